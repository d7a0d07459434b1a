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
			"approved, in public notice until 2027-06-08 12:00 UTC (members may recall the board until then); paid after it, in approval order",
			"已批准，公示至 2027-06-08 12:00 UTC（公示期内成员可罢免公证人团）；公示期满后按批准顺序支付"},
		{"approved, notice over, queued", claims.Claim{Status: claims.StatusApproved, QueuePosition: 0, NoticeEndsAt: ends, ReadAt: ends},
			"approved, its notice over, at place 1 of the payout queue (anyone may settle it; the pool and this period's cap permitting)",
			"已批准，公示期满，在支付队列第 1 位（资金池与本期支付上限允许时，任何人都可结算）"},
		{"approved, place unknown", claims.Claim{Status: claims.StatusApproved, QueuePosition: -1},
			"approved, its notice over, waiting in the payout queue (anyone may settle it)",
			"已批准，公示期满，在支付队列中等待（任何人都可结算）"},
		{"paid, owed", claims.Claim{Status: claims.StatusPaid, Amount: kbc(300), Paid: kbc(300), Owed: kbc(300), QueuePosition: -1},
			"paid 300 KBC, but the token refused the transfer: the pool owes it to the member, who withdraws it to another address",
			"已支付 300 KBC，但代币拒绝了这笔转账：资金池代为保管，成员可提取到另一个地址"},
		{"returned", claims.Claim{Status: claims.StatusReturned},
			"returned: its board was recalled, or too few of its seats remain; the member may file it again with the next board",
			"已退回：其公证人团已被罢免，或剩余席位不足；成员可向下一届公证人团重新提交"},
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
