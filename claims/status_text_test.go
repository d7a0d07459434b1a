package claims_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

// StatusText is the one sentence of where a claim stands, for every status
// and in both languages the faces word it in.
func TestStatusText(t *testing.T) {
	tok := community.Token{Symbol: "KBC", Decimals: 18}
	kbc := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	ends := time.Date(2027, 6, 8, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name   string
		claim  claims.Claim
		en, zh string
	}{
		{"open", claims.Claim{Status: claims.StatusOpen, Voters: 3, Approvals: 1, Rejections: 0, ReviewEndsAt: ends},
			"open: 1 of the 2 approvals needed, 0 rejected so far; review ends 2027-06-08 12:00 UTC",
			"审核中：已有 1 票批准（需 2 票），0 票拒绝；审核截止 2027-06-08 12:00 UTC"},
		{"open, no review end read", claims.Claim{Status: claims.StatusOpen, Approvals: 0, Rejections: 1},
			"open: 0 of the 2 approvals needed, 1 rejected so far",
			"审核中：已有 0 票批准（需 2 票），1 票拒绝"},
		{"approved, in notice", claims.Claim{Status: claims.StatusApproved, QueuePosition: 0, NoticeEndsAt: ends, ReadAt: ends.Add(-time.Hour)},
			"approved, in public notice until 2027-06-08 12:00 UTC (1h left): members may recall its board until then; it is paid after, in approval order",
			"已批准，公示至 2027-06-08 12:00 UTC（剩余 1h）：公示期内成员可罢免其公证人团；期满后按批准顺序支付"},
		{"approved, in notice, read without the chain's time", claims.Claim{Status: claims.StatusApproved, QueuePosition: 0, NoticeEndsAt: ends},
			"approved, in public notice until 2027-06-08 12:00 UTC: members may recall its board until then; it is paid after, in approval order",
			"已批准，公示至 2027-06-08 12:00 UTC：公示期内成员可罢免其公证人团；期满后按批准顺序支付"},
		{"approved, notice over, queued", claims.Claim{Status: claims.StatusApproved, QueuePosition: 0, NoticeEndsAt: ends, ReadAt: ends},
			"approved, its notice over: place 1 in the payout queue, paid as the pool and this period's payout cap allow (anyone may settle)",
			"已批准，公示期满：在支付队列第 1 位，资金池和本期支付上限允许时支付（任何人都可结算）"},
		{"approved, place unknown", claims.Claim{Status: claims.StatusApproved, QueuePosition: -1},
			"approved, its notice over: in the payout queue, paid as the pool and this period's payout cap allow (anyone may settle)",
			"已批准，公示期满：在支付队列中，资金池和本期支付上限允许时支付（任何人都可结算）"},
		{"paid, owed", claims.Claim{Status: claims.StatusPaid, Amount: kbc(300), Paid: kbc(300), Owed: kbc(300), QueuePosition: -1},
			"paid 300 KBC, but the token refused the transfer: the pool keeps it for the member until they withdraw it",
			"已发放 300 KBC，但代币拒绝了这笔转账：资金池为该成员保管这笔互助金，直到其领取"},
		{"paid, owed, withdrawn since", claims.Claim{Status: claims.StatusPaid, Amount: kbc(300), Paid: kbc(300), Owed: kbc(300), OwedWithdrawn: true, QueuePosition: -1},
			"paid 300 KBC: the token refused the transfer, and the amount owed has been withdrawn since",
			"已支付 300 KBC：代币曾拒绝这笔转账，保管的款项已被提取"},
		{"returned", claims.Claim{Status: claims.StatusReturned},
			"returned: its board was recalled, or too few of its seats remain, before it was paid; file it again with the next board",
			"已退回：支付前其公证人团被罢免，或剩余席位不足；请向下一届公证人团重新提交"},
		{"paid", claims.Claim{Status: claims.StatusPaid, Amount: kbc(300), Paid: kbc(300), QueuePosition: -1},
			"paid 300 KBC", "已支付 300 KBC"},
		{"paid, payout event not read", claims.Claim{Status: claims.StatusPaid, Amount: kbc(25)},
			"paid 25 KBC", "已支付 25 KBC"},
		{"rejected", claims.Claim{Status: claims.StatusRejected, Rejections: 2},
			"rejected", "已拒绝"},
		{"expired", claims.Claim{Status: claims.StatusExpired},
			"expired: no decision within the review window (the member may file again)",
			"已过期：审核期内未作决定（成员可重新提交）"},
		{"a status the contract does not have", claims.Claim{Status: claims.Status(9)},
			"status-9", "status-9"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.claim.StatusText(tok, 2)
			if got := (i18n.Printer{Lang: i18n.English}).Text(text); got != tc.en {
				t.Errorf("English: got %q, want %q", got, tc.en)
			}
			if got := (i18n.Printer{Lang: i18n.Chinese}).Text(text); got != tc.zh {
				t.Errorf("Chinese: got %q, want %q", got, tc.zh)
			}
		})
	}
}

// VotesText counts the voters only while the claim keeps them (open).
func TestVotesText(t *testing.T) {
	en := i18n.Printer{Lang: i18n.English}
	if got := en.Text((&claims.Claim{Status: claims.StatusOpen, Voters: 3, Approvals: 1, Rejections: 1}).VotesText()); got != "1 approve, 1 reject, of 3 notaries" {
		t.Errorf("open: %q", got)
	}
	if got := en.Text((&claims.Claim{Status: claims.StatusApproved, Approvals: 2}).VotesText()); got != "2 approve, 0 reject" {
		t.Errorf("approved: %q", got)
	}
}
