package claims

import (
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/units"
)

// StatusText says where the claim stands, in one sentence each face words
// in its own language: `huzhu claim show`, the TUI's claim status and its
// My claims. tok formats a paid amount; quorum is the number of approvals
// that decide a claim (the community's Params().Quorum). The sentence
// carries the token's symbol as the chain gave it: a face escapes what it
// prints.
func (c *Claim) StatusText(tok community.Token, quorum int) i18n.Text {
	switch c.Status {
	case StatusOpen:
		if c.ReviewEndsAt.IsZero() {
			return i18n.Say("open: %d of the %d approvals needed, %d rejected so far", c.Approvals, quorum, c.Rejections)
		}
		return i18n.Say("open: %d of the %d approvals needed, %d rejected so far; review ends %s",
			c.Approvals, quorum, c.Rejections, community.FormatTime(c.ReviewEndsAt))
	case StatusApproved:
		if !c.NoticeEndsAt.IsZero() && c.ReadAt.IsZero() {
			return i18n.Say("approved, in public notice until %s: members may recall its board until then; it is paid after, in approval order", community.FormatTime(c.NoticeEndsAt))
		}
		if c.ReadAt.Before(c.NoticeEndsAt) {
			return i18n.Say("approved, in public notice until %s (%s left): members may recall its board until then; it is paid after, in approval order",
				community.FormatTime(c.NoticeEndsAt), units.FormatRough(c.NoticeEndsAt.Sub(c.ReadAt)))
		}
		if c.QueuePosition < 0 {
			return i18n.Say("approved, its notice over: in the payout queue, paid as the pool and this period's payout cap allow (anyone may settle)")
		}
		return i18n.Say("approved, its notice over: place %d in the payout queue, paid as the pool and this period's payout cap allow (anyone may settle)", c.QueuePosition+1)
	case StatusPaid:
		paid := c.Paid
		if paid == nil { // read without its payout event: the contract pays the amount claimed
			paid = c.Amount
		}
		if c.Owed != nil && c.OwedWithdrawn {
			return i18n.Say("paid %s %s: the token refused the transfer, and the amount owed has been withdrawn since", tok.Format(c.Owed), tok.Symbol)
		}
		if c.Owed != nil {
			return i18n.Say("paid %s %s, but the token refused the transfer: the pool keeps it for the member until they withdraw it", tok.Format(paid), tok.Symbol)
		}
		return i18n.Say("paid %s %s", tok.Format(paid), tok.Symbol)
	case StatusReturned:
		return i18n.Say("returned: its board was recalled, or too few of its seats remain, before it was paid; file it again with the next board")
	case StatusRejected:
		return i18n.Say("rejected")
	case StatusExpired:
		return i18n.Say("expired: no decision within the review window (the member may file again)")
	}
	return i18n.Say("%s", c.Status)
}

// VotesText counts the votes cast, and of how many notaries while the
// claim is open (a decided claim's state no longer keeps who may vote).
func (c *Claim) VotesText() i18n.Text {
	if c.Voters == 0 {
		return i18n.Say("%d approve, %d reject", c.Approvals, c.Rejections)
	}
	return i18n.Say("%d approve, %d reject, of %d notaries", c.Approvals, c.Rejections, c.Voters)
}
