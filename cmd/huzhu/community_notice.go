package main

import (
	"context"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/units"
)

// noticeJSON is `community notice --json`: the approved claims in public
// notice, the recall of each of their boards, and the approved claims
// waiting for payment.
type noticeJSON struct {
	Community string        `json:"community"`
	ChainTime string        `json:"chain_time"`
	Claims    []noticedJSON `json:"claims"`
	Recalls   []recallJSON  `json:"recalls"`
	Queued    []claimJSON   `json:"queued"`
	Account   string        `json:"account,omitempty"`
}

type noticedJSON struct {
	claimJSON
	JoinedAt string `json:"member_joined"`
	// MembershipDays is how long the member had been a member when filing.
	MembershipDays int    `json:"membership_days_at_filing"`
	EndsIn         string `json:"notice_ends_in"`
}

type recallJSON struct {
	Term        uint32 `json:"term"`
	Signatures  int    `json:"signatures"`
	Needed      int    `json:"needed"`
	Open        bool   `json:"open"`
	OpenUntil   string `json:"open_until,omitempty"`
	Recalled    bool   `json:"recalled"`
	RecalledAt  string `json:"recalled_at,omitempty"`
	SignedByYou *bool  `json:"signed_by_account,omitempty"`
}

func newCommunityNoticeCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "notice",
		Short: "List the approved claims in public notice, their boards' recalls, and the claims waiting for payment",
		Long: `List the approved claims in public notice, soonest to end first: the amount, the member,
how long they had been a member when filing, the votes, and when the notice ends. An
approved claim is paid only after its notice (by anyone's huzhu claim settle; huzhu settles
along whatever else it sends). While one of a board's claims is in notice, eligible members
can sign the recall of that board (huzhu election recall); the count so far is shown, and
with --account whether that account has signed. Last, the approved claims whose notice has
ended and that wait for the pool or the period's outflow cap, in payment order.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, n, com, err := a.runCommunityNotice(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.printNotice(com, n, r.Account != "")
			return nil
		},
	}
}

func (a *app) runCommunityNotice(ctx context.Context) (*noticeJSON, *claims.Notice, *community.Community, error) {
	svc, com, err := a.claimService(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	// Whose signature to look for: --account's, if one is chosen.
	var who common.Address
	if a.g.Account != "" {
		acct, err := a.session().Account()
		if err != nil {
			return nil, nil, nil, err
		}
		who = acct.Address
	}
	n, err := svc.Notice(ctx, who)
	if err != nil {
		return nil, nil, nil, err
	}
	tok := com.Token
	r := &noticeJSON{Community: com.Address.Hex(), ChainTime: timeJSON(n.ChainTime), Claims: []noticedJSON{}, Recalls: []recallJSON{}, Queued: []claimJSON{}}
	if who != (common.Address{}) {
		r.Account = who.Hex()
	}
	for _, c := range n.Claims {
		r.Claims = append(r.Claims, noticedJSON{claimJSON: toClaimJSON(tok, c.Claim), JoinedAt: timeJSON(c.JoinedAt),
			MembershipDays: int(c.MembershipAge() / (24 * time.Hour)), EndsIn: units.FormatDuration(c.Left)})
	}
	for _, rc := range n.Recalls {
		j := recallJSON{Term: rc.Term, Signatures: rc.Signatures, Needed: rc.Needed, Open: rc.Open(), Recalled: !rc.RecalledAt.IsZero()}
		if rc.Open() {
			j.OpenUntil = timeJSON(rc.NoticeUntil)
		}
		if j.Recalled {
			j.RecalledAt = timeJSON(rc.RecalledAt)
		}
		if who != (common.Address{}) {
			s := rc.Signed
			j.SignedByYou = &s
		}
		r.Recalls = append(r.Recalls, j)
	}
	for _, c := range n.Queued {
		r.Queued = append(r.Queued, toClaimJSON(tok, c))
	}
	return r, n, com, nil
}

func (a *app) printNotice(com *community.Community, n *claims.Notice, withAccount bool) {
	tok := com.Token
	if len(n.Claims) == 0 {
		a.say("No approved claim is in public notice.")
	} else {
		a.say("In public notice (paid when it ends, unless the board is recalled first):")
		for _, c := range n.Claims {
			a.row("  #"+strconv.FormatUint(c.ID, 10), tok.Format(c.Amount)+" "+tok.Symbol, c.Member.Hex(),
				a.p.Sprintf("member for %s when filing", units.FormatRough(c.MembershipAge())),
				a.p.Text(c.VotesText()),
				a.p.Sprintf("term %d", c.Term),
				a.p.Sprintf("ends in %s (%s)", units.FormatRough(c.Left), community.FormatTime(c.NoticeEndsAt)))
		}
	}
	for _, rc := range n.Recalls {
		switch {
		case !rc.RecalledAt.IsZero():
			a.say("The board of term %d was recalled on %s.", rc.Term, community.FormatTime(rc.RecalledAt))
		case rc.Open():
			line := a.p.Sprintf("Recall of term %d's board: %d of %d signatures, open until %s (huzhu election recall --term %d).",
				rc.Term, rc.Signatures, rc.Needed, community.FormatTime(rc.NoticeUntil), rc.Term)
			if withAccount && rc.Signed {
				line += " " + a.p.T("You have signed it.")
			}
			a.say("%s", line)
		case rc.Signatures == 0:
			a.say("The board of term %d has no approved claim in notice: nothing to recall.", rc.Term)
		default:
			a.say("Recall of term %d's board: %d of %d signatures; closed with the notice.", rc.Term, rc.Signatures, rc.Needed)
		}
	}
	if len(n.Queued) > 0 {
		a.say("Approved, notice ended, waiting for payment (huzhu claim settle):")
		for _, c := range n.Queued {
			a.row("  #"+strconv.FormatUint(c.ID, 10), tok.Format(c.Amount)+" "+tok.Symbol, c.Member.Hex(),
				a.p.Sprintf("notice ended %s", community.FormatTime(c.NoticeEndsAt)))
		}
	}
}
