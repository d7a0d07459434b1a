package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// The notary's side of a claim: the queue, the review, the vote.

// ---------------------------------------------------------------- queue

type queuedJSON struct {
	claimJSON
	LeftSeconds int64 `json:"time_left_seconds"`
}

type notaryQueueResult struct {
	Notary string       `json:"notary"`
	Claims []queuedJSON `json:"claims"`
}

func newNotaryQueueCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "queue",
		Short: "List the claims waiting for my vote: open, of my term, not my own, review window still open",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := a.runNotaryQueue(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(res)
			}
			if len(res.Claims) == 0 {
				a.say("No claim waits for your vote.")
				return nil
			}
			if a.io.IsStdoutTTY() {
				a.row(a.p.T("ID"), a.p.T("AMOUNT"), a.p.T("MEMBER"), a.p.T("TERM"), a.p.T("VOTES"), a.p.T("TIME LEFT"))
			}
			for _, c := range res.Claims {
				a.row(strconv.FormatUint(c.ID, 10), c.Amount.Value+" "+c.Amount.Symbol, c.Member, strconv.FormatUint(uint64(c.Term), 10),
					fmt.Sprintf("+%d -%d", c.Approvals, c.Rejections), units.FormatDuration(secondsDuration(c.LeftSeconds)))
			}
			return nil
		},
	}
}

func (a *app) runNotaryQueue(ctx context.Context) (*notaryQueueResult, error) {
	acct, err := a.account(nil)
	if err != nil {
		return nil, err
	}
	svc, com, err := a.claimService(ctx)
	if err != nil {
		return nil, err
	}
	q, err := svc.Queue(ctx, acct.Address)
	if err != nil {
		return nil, err
	}
	res := &notaryQueueResult{Notary: acct.Address.Hex(), Claims: []queuedJSON{}}
	for _, w := range q {
		res.Claims = append(res.Claims, queuedJSON{claimJSON: toClaimJSON(com.Token, w.Claim), LeftSeconds: int64(w.Left.Seconds())})
	}
	return res, nil
}

// ---------------------------------------------------------------- review

type checkJSON struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Pass   bool   `json:"pass"`
	Reason string `json:"reason"`
	// text is Reason as the review said it, for the lines to word in the
	// chosen language (JSON stays English).
	text i18n.Text
}

type factJSON struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

type notaryReviewResult struct {
	Claim  claimJSON   `json:"claim"`
	Pass   bool        `json:"pass"`
	Checks []checkJSON `json:"checks"`
	// Disclosed are the facts the member revealed: health data, written
	// to this stdout only.
	Disclosed []factJSON `json:"disclosed"`
	Issuer    string     `json:"issuer"`
	// SuggestedReason is the reason code the first failed check points to.
	SuggestedReason     uint8  `json:"suggested_reason,omitempty"`
	SuggestedReasonName string `json:"suggested_reason_name,omitempty"`
}

func newNotaryReviewCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "review ID",
		Short: "Open a claim's envelope and check it: the SPEC checklist, then the disclosed facts (health data, for your eyes only)",
		Long: `Fetch claim ID's sealed envelope from the chain, check it against the hash the contract
stores, open it with your HPKE key, and check the presentation against the chain: issuer
signature and trust, expiry, holder binding, key binding (sd_hash, aud, nonce, iat),
required facts, covered category, diagnosis date within eligibility and coverage, amount
within cost and cap, nullifier, that the event was not already paid, and that the envelope
names this claim. Each check says PASS or FAIL and why; then the facts the member disclosed,
and nothing else.

The disclosed facts (and some checks' reasons) are HEALTH DATA, for your eyes only as the
member's notary: they are written to this command's standard output only, never to its
standard error, a log or a file, and you must not copy them anywhere. Do not redirect this
output into a file or a shared log. The review itself exits 0 whatever it finds: you decide,
with huzhu notary approve or huzhu notary reject.`,
		Args: exactArgs(1, "one claim id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := claimIDArg(args[0])
			if err != nil {
				return err
			}
			res, err := a.runNotaryReview(cmd.Context(), id)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(res)
			}
			a.printReview(res)
			return nil
		},
	}
}

// notaryKeys opens every HPKE key kept here for the account.
func (a *app) notaryKeys() (wallet.Account, []*disclosure.NotaryKey, error) {
	acct, key, err := a.unlockAccount()
	if err != nil {
		return acct, nil, err
	}
	keys, err := a.notaryKeysOf(acct, key)
	return acct, keys, err
}

// notaryKeysOf opens the HPKE keys of an unlocked account; a key that does
// not open is named and skipped.
func (a *app) notaryKeysOf(acct wallet.Account, key *ecdsa.PrivateKey) ([]*disclosure.NotaryKey, error) {
	a.migrateNotaryKeys(acct, key)
	ks := wallet.NewNotaryKeyStore(a.g.DataDir)
	infos, err := ks.List(acct.Address)
	if err != nil {
		return nil, err
	}
	var keys []*disclosure.NotaryKey
	for _, info := range infos {
		k, err := ks.Open(key, info)
		if err != nil {
			a.note("HPKE key %s does not open: %v", info.ID.Hex(), err)
			continue
		}
		keys = append(keys, k)
	}
	return keys, nil
}

func (a *app) runNotaryReview(ctx context.Context, id uint64) (*notaryReviewResult, error) {
	svc, com, err := a.claimService(ctx)
	if err != nil {
		return nil, err
	}
	_, keys, err := a.notaryKeys()
	if err != nil {
		return nil, err
	}
	rv, err := svc.Review(ctx, id, keys)
	if err != nil {
		return nil, err
	}
	res := &notaryReviewResult{Claim: toClaimJSON(com.Token, rv.Claim), Pass: rv.Pass(), Checks: []checkJSON{}, Disclosed: []factJSON{}, Issuer: rv.Issuer}
	for _, c := range rv.Checks {
		res.Checks = append(res.Checks, checkJSON{ID: c.ID, Title: c.Title, Pass: c.Pass, Reason: c.Reason, text: c.Text})
	}
	for _, f := range rv.Disclosed {
		res.Disclosed = append(res.Disclosed, factJSON{Name: f.Name, Value: f.Value})
	}
	if rv.Suggested != 0 {
		res.SuggestedReason, res.SuggestedReasonName = uint8(rv.Suggested), rv.Suggested.Name()
	}
	return res, nil
}

func (a *app) printReview(res *notaryReviewResult) {
	c := res.Claim
	a.say("Claim %d: %s %s for %s, term %d, filed %s", c.ID, c.Amount.Value, c.Amount.Symbol, c.Member, c.Term, c.Submitted)
	a.say("HEALTH DATA below, for your eyes only as this member's notary: do not copy, save or share it.")
	for _, ch := range res.Checks {
		mark := a.p.T("PASS")
		if !ch.Pass {
			mark = a.p.T("FAIL")
		}
		reason := ch.Reason
		if !ch.text.IsZero() {
			reason = a.p.Text(ch.text)
		}
		a.row(mark, a.p.T(ch.Title), reason)
	}
	if res.Pass {
		a.say("Every check passes.")
	} else {
		a.say("Some checks fail; the first points to reason %d (%s).", res.SuggestedReason, res.SuggestedReasonName)
	}
	a.say("Disclosed by the member (health data: for your eyes only, do not copy it anywhere):")
	for _, f := range res.Disclosed {
		a.row("  "+f.Name, fmt.Sprint(f.Value))
	}
}

// ---------------------------------------------------------------- vote

type notaryVoteResult struct {
	Claim claimJSON `json:"claim"`
	Vote  string    `json:"vote"` // approve or reject
	// ReasonCode and Reason name a rejection's code (public on chain).
	ReasonCode uint8  `json:"reason_code,omitempty"`
	Reason     string `json:"reason,omitempty"`
	// Note is a rejection's public note.
	Note  string `json:"note,omitempty"`
	Tx    string `json:"tx"`
	Block uint64 `json:"block"`
}

func newNotaryApproveCmd(a *app) *cobra.Command {
	var o notaryVoteOptions
	cmd := &cobra.Command{
		Use:   "approve ID [--despite-failed-checks]",
		Short: "Review a claim of your term and approve it if every check passes (the approval that reaches quorum pays it)",
		Long: `Open claim ID's envelope with your HPKE key and run the review's checks (as huzhu notary
review does); approve only if every check passes. The approval names the nullifier and the
envelope hash you reviewed, so it cannot count for any other claim.

--despite-failed-checks approves a claim some checks fail: the notary decides (SPEC section
7), knowingly. Even then, a claim whose envelope you cannot open is refused: you cannot
approve what you have not seen.`,
		Args: exactArgs(1, "one claim id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := claimIDArg(args[0])
			if err != nil {
				return err
			}
			o.ID, o.Approve = id, true
			res, err := a.runNotaryVote(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.reportVote(res)
		},
	}
	cmd.Flags().BoolVar(&o.DespiteFailedChecks, "despite-failed-checks", false, "approve even though some of the review's checks fail (you decide; never when the envelope does not open)")
	return cmd
}

type notaryVoteOptions struct {
	ID      uint64
	Approve bool
	// DespiteFailedChecks approves a claim whose review fails some checks.
	DespiteFailedChecks bool
	Reason              string
	Note                string
}

func newNotaryRejectCmd(a *app) *cobra.Command {
	var o notaryVoteOptions
	cmd := &cobra.Command{
		Use:   "reject ID --reason CODE [--note T]",
		Short: "Reject a claim of your term with a reason code and an optional note, sealed to the claimant and the term's notaries",
		Args:  exactArgs(1, "one claim id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := claimIDArg(args[0])
			if err != nil {
				return err
			}
			o.ID = id
			res, err := a.runNotaryVote(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.reportVote(res)
		},
	}
	cmd.Flags().StringVar(&o.Reason, "reason", "", "the reason code, a number or a name (see above)")
	cmd.Flags().StringVar(&o.Note, "note", "", "a short note for the claimant and the term's notaries: never a health fact (at most 280 bytes)")
	return a.longHelp(cmd, func(p i18n.Printer) string {
		var codes []string
		for _, r := range claims.Reasons {
			codes = append(codes, fmt.Sprintf("  %d %-17s %s", r, r.Name(), p.Text(r.Meaning())))
		}
		return p.Sprintf(`Reject claim ID with a reason code, by number or name. Publicly the claim is only
rejected: the reason code and the note are sealed to the claimant and the notaries of the
claim's term (the envelope's scheme, in a box of one size whatever they say), and the
chain keeps only the box's hash, forever. huzhu claim show ID --open reads them, for those
who can.

--note T adds a short note (at most 280 bytes of one-line text). It must NEVER repeat a
health fact (diagnosis, dates, costs, names): say what is missing or wrong, not what the
claim shows. A note that contains any value the claim disclosed is refused before
anything is sent; a sealed box still outlives every key that opens it.

Reason codes:
%s`, strings.Join(codes, "\n"))
	})
}

func (a *app) runNotaryVote(ctx context.Context, o notaryVoteOptions) (*notaryVoteResult, error) {
	var reason claims.Reason
	if !o.Approve {
		if o.Reason == "" {
			return nil, usageErrorf("--reason is required: a code from 1 to %d or its name (see huzhu notary reject --help)", len(claims.Reasons))
		}
		r, err := claims.ParseReason(o.Reason)
		if err != nil {
			return nil, err
		}
		reason = r
		if err := claims.CheckNote(o.Note); err != nil {
			return nil, usageErrorf("--note: %v", err)
		}
	}
	acct, err := a.account(nil)
	if err != nil {
		return nil, err
	}
	svc, com, err := a.claimService(ctx)
	if err != nil {
		return nil, err
	}
	var p session.Plan
	question := "Approve this claim?"
	if o.Approve {
		_, keys, kerr := a.notaryKeys()
		if kerr != nil {
			return nil, kerr
		}
		p, err = svc.Approve(ctx, o.ID, acct.Address, keys, o.DespiteFailedChecks)
		var cf *claims.ChecksFailedError
		if errors.As(err, &cf) {
			return nil, &session.Error{Kind: session.KindRefused, Err: err,
				Problem: a.p.Sprintf("%v. See each check with huzhu notary review %d; if you decide to approve it anyway, add --despite-failed-checks", err, o.ID)}
		}
	} else {
		_, keys, kerr := a.notaryKeys()
		if kerr != nil {
			return nil, kerr
		}
		p, err = svc.Reject(ctx, o.ID, acct.Address, keys, reason, o.Note)
		question = "Reject this claim?"
		a.note("The reason code (%d, %s) and the note are sealed: only the claimant and the term's notaries can read them; publicly the claim is only rejected. The note must still never repeat a health fact.", uint8(reason), reason.Name())
	}
	if err != nil {
		return nil, err
	}
	r, err := a.execute(ctx, p, question)
	if err != nil {
		return nil, err
	}
	c, err := svc.Show(ctx, o.ID)
	if err != nil {
		return nil, err
	}
	res := &notaryVoteResult{Claim: toClaimJSON(com.Token, *c), Vote: "approve", Tx: r.TxHash.Hex(), Block: r.BlockNumber.Uint64()}
	if !o.Approve {
		res.Vote, res.ReasonCode, res.Reason, res.Note = "reject", uint8(reason), reason.Name(), o.Note
	}
	return res, nil
}

func (a *app) reportVote(res *notaryVoteResult) error {
	if a.g.JSON {
		return a.writeJSON(res)
	}
	if res.Vote == "approve" {
		a.say("Approved claim %d in block %d.", res.Claim.ID, res.Block)
	} else {
		a.say("Rejected claim %d (reason %d, %s) in block %d.", res.Claim.ID, res.ReasonCode, res.Reason, res.Block)
	}
	a.say("Claim %d is now %s (%d approve, %d reject, of %d notaries).", res.Claim.ID, res.Claim.Status, res.Claim.Approvals, res.Claim.Rejections, res.Claim.Voters)
	return nil
}

func secondsDuration(s int64) time.Duration { return time.Duration(s) * time.Second }
