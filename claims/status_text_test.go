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
		{"approved, queued", claims.Claim{Status: claims.StatusApproved, QueuePosition: 0},
			"approved, waiting for the pool at place 1 of the payout queue (anyone may settle it once dues arrive)",
			"已批准，在支付队列第 1 位等待资金池（会费到账后任何人都可结算）"},
		{"approved, place unknown", claims.Claim{Status: claims.StatusApproved, QueuePosition: -1},
			"approved, waiting for the pool in the payout queue (anyone may settle it once dues arrive)",
			"已批准，在支付队列中等待资金池（会费到账后任何人都可结算）"},
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
