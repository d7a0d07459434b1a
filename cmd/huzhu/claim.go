package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func newClaimCmd(a *app) *cobra.Command {
	return group("claim", "For members: file claims sealed to the notaries, and follow them",
		newClaimSubmitCmd(a), newClaimListCmd(a), newClaimShowCmd(a), newClaimSettleCmd(a), newClaimWithdrawCmd(a),
		newClaimExpireCmd(a), newClaimDecideCmd(a))
}

// claimService opens the chosen community's claims.
func (a *app) claimService(ctx context.Context) (*claims.Service, *community.Community, error) {
	com, err := a.community(ctx)
	if err != nil {
		return nil, nil, err
	}
	conn, err := a.chain(ctx)
	if err != nil {
		return nil, nil, err
	}
	svc, err := claims.New(ctx, conn, com)
	return svc, com, err
}

// executeWith is execute for a sender already unlocked (a claim needs
// the key first, to open the credential and sign the presentation).
// Approved claims whose notice has ended are settled along (settleAlong).
func (a *app) executeWith(ctx context.Context, snd *wallet.Sender, plan session.Plan, question string) (*types.Receipt, error) {
	along := a.settleAlong(ctx, snd.From(), plan)
	q, err := a.confirmPlan(ctx, snd.From(), plan, question, along...)
	if err != nil {
		return nil, err
	}
	r, err := a.session().Send(ctx, snd, q)
	if err == nil && len(along) > 0 {
		a.settleLater = func(ctx context.Context) { a.settleAfter(ctx, snd, plan) }
	}
	return r, err
}

// claimIDArg reads a claim id argument.
func claimIDArg(s string) (uint64, error) {
	id, err := strconv.ParseUint(strings.TrimPrefix(s, "#"), 10, 64)
	if err != nil || id == 0 {
		return 0, usageErrorf("%q is not a claim id (a number from 1)", s)
	}
	return id, nil
}

// voteJSON is one notary's vote.
type voteJSON struct {
	Notary  string `json:"notary"`
	Approve bool   `json:"approve"`
	// Sealed is the hash of a rejection's sealed reason, which only the
	// claimant and the term's notaries open (claim show --open).
	Sealed     string `json:"sealed_reason,omitempty"`
	ReasonCode uint8  `json:"reason_code,omitempty"`
	Reason     string `json:"reason,omitempty"`
	Note       string `json:"note,omitempty"`
	Block      uint64 `json:"block"`
	Tx         string `json:"tx"`
}

// claimJSON is a claim as --json writes it. It holds nothing about
// health: the evidence is sealed, only its hash and the nullifier are here.
type claimJSON struct {
	ID         uint64      `json:"id"`
	Status     string      `json:"status"`
	Member     string      `json:"member"`
	Amount     jsonAmount  `json:"amount"`
	Term       uint32      `json:"term"`
	Submitted  string      `json:"submitted,omitempty"`
	ReviewEnds string      `json:"review_ends,omitempty"`
	Voters     int         `json:"voters,omitempty"`
	Approvals  int         `json:"approvals"`
	Rejections int         `json:"rejections"`
	Votes      []voteJSON  `json:"votes"`
	Paid       *jsonAmount `json:"paid,omitempty"`
	Owed       *jsonAmount `json:"owed,omitempty"`
	// OwedWithdrawn: the member has withdrawn the owed amount since.
	OwedWithdrawn bool   `json:"owed_withdrawn,omitempty"`
	ApprovedAt    string `json:"approved_at,omitempty"`
	NoticeEnds    string `json:"notice_ends,omitempty"`
	QueuePosition *int64 `json:"queue_position,omitempty"`
	Nullifier     string `json:"nullifier,omitempty"`
	EnvelopeHash  string `json:"envelope_hash,omitempty"`
	Tx            string `json:"tx,omitempty"`
}

func toClaimJSON(tok community.Token, c claims.Claim) claimJSON {
	out := claimJSON{ID: c.ID, Status: c.Status.String(), Member: c.Member.Hex(), Amount: amountJSON(tok, c.Amount), Term: c.Term,
		Voters: c.Voters, Approvals: c.Approvals, Rejections: c.Rejections, Votes: []voteJSON{}}
	if !c.SubmittedAt.IsZero() {
		out.Submitted, out.ReviewEnds = timeJSON(c.SubmittedAt), timeJSON(c.ReviewEndsAt)
	}
	for _, v := range c.Votes {
		vj := voteJSON{Notary: v.Notary.Hex(), Approve: v.Approve, Block: v.Block, Tx: v.Tx.Hex()}
		if !v.Approve {
			vj.Sealed = common.Hash(v.Sealed).Hex()
			if v.Opened {
				vj.ReasonCode, vj.Reason, vj.Note = uint8(v.Reason), v.Reason.Name(), v.Note
			}
		}
		out.Votes = append(out.Votes, vj)
	}
	if c.Paid != nil {
		p := amountJSON(tok, c.Paid)
		out.Paid = &p
	}
	if c.Owed != nil {
		o := amountJSON(tok, c.Owed)
		out.Owed, out.OwedWithdrawn = &o, c.OwedWithdrawn
	}
	if !c.NoticeEndsAt.IsZero() {
		out.ApprovedAt, out.NoticeEnds = timeJSON(c.ApprovedAt), timeJSON(c.NoticeEndsAt)
	}
	if c.Status == claims.StatusApproved && c.QueuePosition >= 0 {
		pos := c.QueuePosition
		out.QueuePosition = &pos
	}
	if c.Nullifier != ([32]byte{}) {
		out.Nullifier, out.EnvelopeHash = common.Hash(c.Nullifier).Hex(), common.Hash(c.EnvelopeHash).Hex()
	}
	if c.SubmitTx != (common.Hash{}) {
		out.Tx = c.SubmitTx.Hex()
	}
	return out
}

// ---------------------------------------------------------------- submit

type claimSubmitOptions struct {
	Credential string
	Amount     string
	Disclose   []string
}

type claimSubmitResult struct {
	Claim         claimJSON `json:"claim"`
	Credential    string    `json:"credential"`
	Notaries      []string  `json:"notaries"`
	Disclosed     []string  `json:"disclosed"` // fact names only: the values are sealed
	Hidden        []string  `json:"hidden"`
	IssuerTrusted bool      `json:"issuer_trusted"`
	// UnusableKeys are the notaries of the term whose published key could
	// not be sealed to (or who published none): they cannot read it.
	UnusableKeys  []string `json:"unusable_keys"`
	EnvelopeBytes int      `json:"envelope_bytes"`
	Block         uint64   `json:"block"`
}

func newClaimSubmitCmd(a *app) *cobra.Command {
	var o claimSubmitOptions
	cmd := &cobra.Command{
		Use:   "submit [--credential ID] --amount X [--disclose FACT,...]",
		Short: "File a claim: disclose only the facts the policy needs, sealed to the term's notaries",
		Long: `File a claim for AMOUNT tokens with a medical credential kept in the wallet. The claim
reveals the facts every claim must show (event_id, diagnosis_category, diagnosis_date,
treatment_cost, currency) and any you add with --disclose; every other fact stays hidden.
What every credential shows is always seen: its issuer (iss, and the key that signed it),
its dates (iat, exp), its type (vct) and the wallet it is bound to (cnf). You see exactly
what the notaries will see before you confirm. The presentation is bound to
this community and this claim, sealed (HPKE, X-Wing) to every seated notary of the current
term, and filed; only the envelope's hash is kept on chain.

Refused before anything is sent: an amount above the community's cap or the treatment
cost, a cost in another currency, a credential that is not yours, has expired or is of a
type the community does not accept, a member still in the waiting period or with an open
claim, a notary who has published no key.
The revealed values are shown only at a terminal.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := a.runClaimSubmit(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(res)
			}
			a.say("Filed claim %d for %s %s: %s", res.Claim.ID, res.Claim.Amount.Value, res.Claim.Amount.Symbol, res.Claim.Status)
			a.say("Under review by %d notaries until %s.", res.Claim.Voters, res.Claim.ReviewEnds)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Credential, "credential", "", "the credential's `ID` (or a unique prefix) as huzhu credential list shows it; default: the only one")
	f.StringVar(&o.Amount, "amount", "", "tokens to ask for (at most the treatment cost and the community's cap)")
	f.StringSliceVar(&o.Disclose, "disclose", nil, "facts to reveal besides the required ones (e.g. hospital)")
	return cmd
}

func (a *app) runClaimSubmit(ctx context.Context, o claimSubmitOptions) (*claimSubmitResult, error) {
	if o.Amount == "" {
		return nil, usageErrorf("--amount is required")
	}
	svc, com, err := a.claimService(ctx)
	if err != nil {
		return nil, err
	}
	tok := com.Token
	amount, err := tok.Parse(o.Amount)
	if err != nil {
		return nil, usageErrorf("--amount: %v", err)
	}
	snd, acct, err := a.sender(ctx)
	if err != nil {
		return nil, err
	}
	sc, err := a.claimCredential(acct, snd.Key, o.Credential)
	if err != nil {
		return nil, err
	}
	var d *claims.Draft
	var sealed *claims.Sealed
	var r *types.Receipt
	// A new term may begin between sealing and mining: the contract then
	// refuses the claim, and it is sealed again, once, to the new notaries.
	for attempt := 0; ; attempt++ {
		d, err = svc.Prepare(ctx, claims.Request{Key: snd.Key, Credential: sc.SDJWT, CredentialID: sc.ID, Amount: amount, Disclose: o.Disclose})
		if err != nil {
			return nil, err
		}
		a.showDraft(d, com)
		if sealed, err = d.Seal(ctx); err != nil {
			return nil, err
		}
		r, err = a.executeWith(ctx, snd, sealed.Plan, "File this claim?")
		if err == nil {
			break
		}
		if attempt > 0 || !claims.TermChanged(err) {
			return nil, err
		}
		a.note("A new term of notaries began while the claim was on its way; sealing it again to the new notaries.")
	}
	ids := svc.ClaimIDs(r)
	if len(ids) == 0 {
		return nil, errorf("transaction %s was mined but names no claim", r.TxHash.Hex())
	}
	c, err := svc.Show(ctx, ids[0])
	if err != nil {
		return nil, err
	}
	res := &claimSubmitResult{Claim: toClaimJSON(tok, *c), Credential: sc.ID, IssuerTrusted: d.IssuerTrusted, UnusableKeys: addrsJSON(d.Unusable),
		EnvelopeBytes: len(sealed.Envelope), Block: r.BlockNumber.Uint64(), Hidden: d.Preview.Hide}
	for _, n := range d.Notaries {
		res.Notaries = append(res.Notaries, n.Address.Hex())
	}
	for _, f := range d.Preview.Reveal {
		res.Disclosed = append(res.Disclosed, f.Name)
	}
	if res.Hidden == nil {
		res.Hidden = []string{}
	}
	return res, nil
}

// claimCredential is the credential named by id, or without id the
// member's only one.
func (a *app) claimCredential(acct wallet.Account, key *ecdsa.PrivateKey, id string) (wallet.StoredCredential, error) {
	cs := wallet.NewCredentialStore(a.g.DataDir)
	if id != "" {
		sc, err := cs.Get(acct, key, id)
		if err != nil {
			return sc, usageWrap(err)
		}
		return sc, nil
	}
	all, err := cs.List(acct, key)
	if err != nil {
		return wallet.StoredCredential{}, err
	}
	switch len(all) {
	case 1:
		return all[0], nil
	case 0:
		return wallet.StoredCredential{}, usageErrorf("%s holds no credential; import the one your hospital issued with `huzhu credential import FILE`", acct.Name)
	}
	ids := make([]string, len(all))
	for i, c := range all {
		ids[i] = c.ID
	}
	return wallet.StoredCredential{}, usageErrorf("%s holds %d credentials; choose one with --credential ID: %s", acct.Name, len(all), strings.Join(ids, ", "))
}

// showDraft shows the member, before confirming, what the claim reveals
// and to whom, and what stays hidden. The revealed values are health
// data: shown at a terminal only, never to a pipe or a log.
func (a *app) showDraft(d *claims.Draft, com *community.Community) {
	tok := com.Token
	if a.g.JSON && !a.io.IsStderrTTY() {
		if !d.IssuerTrusted {
			a.warn("the credential's issuer (%s) is not trusted in the community's registry: the notaries will see that check fail", d.IssuerName)
		}
		a.warnUnusable(d)
		return
	}
	atTerminal := a.io.IsStderrTTY()
	a.note("The %d notaries of term %d will see %d facts of credential %s:", len(d.Notaries), d.Term, len(d.Preview.Reveal), d.CredentialID)
	for _, f := range d.Preview.Reveal {
		if atTerminal {
			a.note("  %s: %v", f.Name, f.Value)
		} else {
			a.note("  %s", f.Name)
		}
	}
	a.note("%d stay hidden: %s", len(d.Preview.Hide), strings.Join(d.Preview.Hide, ", "))
	if atTerminal {
		a.note("%s", a.p.Text(disclosure.AlwaysShown(d.Preview.Always)))
	} else {
		names := make([]string, len(d.Preview.Always))
		for i, f := range d.Preview.Always {
			names[i] = f.Name
		}
		a.note("Always seen by every notary, whatever you choose: %s", strings.Join(names, ", "))
	}
	if atTerminal {
		a.note("Amount: %s %s (treatment cost %s %s; the community's cap %s %s)", tok.Format(d.Amount), tok.Symbol,
			units.FormatAmount(d.Cost, tok.Decimals), d.Currency, tok.Format(com.Params().MaxPayout), tok.Symbol)
	} else {
		a.note("Amount: %s %s (within the treatment cost the credential shows; the community's cap %s %s)", tok.Format(d.Amount), tok.Symbol,
			tok.Format(com.Params().MaxPayout), tok.Symbol)
	}
	if !d.IssuerTrusted {
		a.warn("the credential's issuer (%s) is not trusted in the community's registry: the notaries will see that check fail", d.IssuerName)
	}
	a.warnUnusable(d)
}

// warnUnusable names the notaries of the term whose key the claim cannot
// be sealed to: they cannot read it, and the others' review says so.
func (a *app) warnUnusable(d *claims.Draft) {
	for _, n := range d.Unusable {
		a.warn("notary %s of term %d published no key the claim can be sealed to: they cannot read it, and the other notaries' review says so", n.Hex(), d.Term)
	}
}

// ---------------------------------------------------------------- list

type claimListOptions struct{ Member string }

type claimListResult struct {
	Community string      `json:"community"`
	Claims    []claimJSON `json:"claims"`
}

func newClaimListCmd(a *app) *cobra.Command {
	var o claimListOptions
	cmd := &cobra.Command{
		Use:   "list [--member ADDR|NAME]",
		Short: "List the community's claims (of one member with --member), from the chain's events",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := a.runClaimList(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(res)
			}
			if len(res.Claims) == 0 {
				a.say("No claims.")
				return nil
			}
			if a.io.IsStdoutTTY() {
				a.row(a.p.T("ID"), a.p.T("STATUS"), a.p.T("AMOUNT"), a.p.T("MEMBER"), a.p.T("TERM"), a.p.T("VOTES"), a.p.T("SUBMITTED"))
			}
			for _, c := range res.Claims {
				a.row(strconv.FormatUint(c.ID, 10), c.Status, c.Amount.Value+" "+c.Amount.Symbol, c.Member, strconv.FormatUint(uint64(c.Term), 10),
					fmt.Sprintf("+%d -%d", c.Approvals, c.Rejections), c.Submitted)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.Member, "member", "", "only this member's claims (an address or a wallet account name)")
	return cmd
}

func (a *app) runClaimList(ctx context.Context, o claimListOptions) (*claimListResult, error) {
	var member *common.Address
	if o.Member != "" {
		m, err := a.resolveAddress(o.Member)
		if err != nil {
			return nil, err
		}
		member = &m
	}
	svc, com, err := a.claimService(ctx)
	if err != nil {
		return nil, err
	}
	list, err := svc.List(ctx, member)
	if err != nil {
		return nil, err
	}
	res := &claimListResult{Community: com.Address.Hex(), Claims: []claimJSON{}}
	for _, c := range list {
		res.Claims = append(res.Claims, toClaimJSON(com.Token, c))
	}
	return res, nil
}

// ---------------------------------------------------------------- show

type claimShowOptions struct {
	ID   uint64
	Open bool
}

func newClaimShowCmd(a *app) *cobra.Command {
	var open bool
	cmd := &cobra.Command{
		Use:   "show ID [--open]",
		Short: "Show a claim: status, votes, public notice, payout, place in the payout queue",
		Long: `Show a claim: its status, each notary's vote, its public notice, payout and place in
the payout queue. A rejection's reason and note are sealed: only the claimant and the
notaries of the claim's term read them, with --open (it unlocks --account: the claimant's
wallet key, or a notary's HPKE keys).`,
		Args: exactArgs(1, "one claim id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := claimIDArg(args[0])
			if err != nil {
				return err
			}
			c, com, err := a.runClaimShow(cmd.Context(), claimShowOptions{ID: id, Open: open})
			if err != nil {
				return err
			}
			tok := com.Token
			if a.g.JSON {
				return a.writeJSON(toClaimJSON(tok, *c))
			}
			a.showClaim(com, c)
			return nil
		},
	}
	cmd.Flags().BoolVar(&open, "open", false, "open the sealed reasons of rejections (as the claimant or a notary of the claim's term)")
	return cmd
}

func (a *app) runClaimShow(ctx context.Context, o claimShowOptions) (*claims.Claim, *community.Community, error) {
	svc, com, err := a.claimService(ctx)
	if err != nil {
		return nil, nil, err
	}
	c, err := svc.Show(ctx, o.ID)
	if err != nil || !o.Open {
		return c, com, err
	}
	acct, key, err := a.unlockAccount()
	if err != nil {
		return nil, nil, err
	}
	var member *ecdsa.PrivateKey
	if acct.Address == c.Member {
		member = key
	}
	notaryKeys, _ := a.notaryKeysOf(acct, key)
	ck, err := svc.ContentKey(ctx, o.ID, member, notaryKeys)
	if err != nil {
		return nil, nil, err
	}
	defer clear(ck)
	svc.OpenReasons(ctx, c, ck)
	return c, com, nil
}

func (a *app) showClaim(com *community.Community, c *claims.Claim) {
	tok := com.Token
	rows := []kv{
		{"Claim", strconv.FormatUint(c.ID, 10)},
		{"Status", a.p.Text(c.StatusText(com.Token, com.Params().Quorum))},
		{"Member", c.Member.Hex()},
		{"Amount", tok.Format(c.Amount) + " " + tok.Symbol},
		{"Term", strconv.FormatUint(uint64(c.Term), 10)},
		{"Submitted", community.FormatTime(c.SubmittedAt)},
		{"Review ends", community.FormatTime(c.ReviewEndsAt)},
		{"Votes", a.p.Text(c.VotesText())},
	}
	if !c.NoticeEndsAt.IsZero() {
		rows = append(rows, kv{"Public notice", a.p.Sprintf("%s to %s", community.FormatTime(c.ApprovedAt), community.FormatTime(c.NoticeEndsAt))})
	}
	if c.Owed != nil {
		rows = append(rows, kv{"Owed to the member", tok.Format(c.Owed) + " " + tok.Symbol})
	}
	if c.Nullifier != ([32]byte{}) {
		rows = append(rows, kv{"Nullifier", common.Hash(c.Nullifier).Hex()}, kv{"Envelope hash", common.Hash(c.EnvelopeHash).Hex()})
	}
	a.writeKV(a.p.Sprintf("Claim %d", c.ID), rows)
	for _, v := range c.Votes {
		if v.Approve {
			a.row(a.p.T("vote"), v.Notary.Hex(), a.p.T("approve"), "")
		} else if !v.Opened {
			a.row(a.p.T("vote"), v.Notary.Hex(), a.p.T("reject"), a.p.T("reason sealed (--open reads it, for the claimant and the term's notaries)"))
		} else {
			a.row(a.p.T("vote"), v.Notary.Hex(), a.p.T("reject"), fmt.Sprintf("%d %s", v.Reason, v.Reason.Name()))
			if v.Note != "" {
				a.row("", "", a.p.T("note"), safetext.Escape(v.Note))
			}
		}
	}
}

// ---------------------------------------------------------------- settle, expire

type claimTxResult struct {
	Community string   `json:"community"`
	Tx        string   `json:"tx"`
	Block     uint64   `json:"block"`
	Claims    []uint64 `json:"claims"` // the claims the transaction paid or changed
}

func newClaimSettleCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "settle",
		Short: "Pay approved claims waiting for the pool, in approval order, as far as the pool covers them",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			svc, com, err := a.claimService(ctx)
			if err != nil {
				return err
			}
			var from common.Address
			if acct, err := a.account(nil); err == nil {
				from = acct.Address
			}
			plan, err := svc.Settle(ctx, from)
			if err != nil {
				return err
			}
			return a.claimTx(ctx, svc, com, plan, "Send it?", "Paid claims %v in block %d")
		},
	}
}

func newClaimExpireCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "expire ID",
		Short: "Mark a claim left undecided past its review window as expired (anyone may)",
		Args:  exactArgs(1, "one claim id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			id, err := claimIDArg(args[0])
			if err != nil {
				return err
			}
			svc, com, err := a.claimService(ctx)
			if err != nil {
				return err
			}
			plan, err := svc.Expire(ctx, id)
			if err != nil {
				return err
			}
			return a.claimTx(ctx, svc, com, plan, "Send it?", "Claim %v marked expired in block %d")
		},
	}
}

// claimTx executes a claim plan and reports the claims it touched.
func (a *app) claimTx(ctx context.Context, svc *claims.Service, com *community.Community, plan session.Plan, question, done string) error {
	r, err := a.execute(ctx, plan, question)
	if err != nil {
		return err
	}
	res := claimTxResult{Community: com.Address.Hex(), Tx: r.TxHash.Hex(), Block: r.BlockNumber.Uint64(), Claims: svc.ClaimIDs(r)}
	if res.Claims == nil {
		res.Claims = []uint64{}
	}
	if a.g.JSON {
		return a.writeJSON(res)
	}
	a.say(done, res.Claims, res.Block)
	return nil
}

// claimWithdrawResult is an owed payout withdrawn.
type claimWithdrawResult struct {
	Member string     `json:"member"`
	To     string     `json:"to"`
	Amount jsonAmount `json:"amount"`
	Tx     string     `json:"tx"`
	Block  uint64     `json:"block"`
}

func newClaimWithdrawCmd(a *app) *cobra.Command {
	var to string
	cmd := &cobra.Command{
		Use:   "withdraw [--to ADDR]",
		Short: "Withdraw a payout the token refused to pay you, to an address of yours it accepts",
		Long: `A token may refuse to pay an address (USDC and USDT keep blocklists). When it refused
a payout of yours, the amount stays in the pool, owed to you: withdraw it to an address the
token accepts (--to; default your own).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runClaimWithdraw(cmd.Context(), to)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Withdrew %s %s to %s (block %d)", r.Amount.Value, r.Amount.Symbol, r.To, r.Block)
			return nil
		},
	}
	cmd.Flags().StringVar(&to, "to", "", "the address to pay (an address or account name; default: yours)")
	return cmd
}

func (a *app) runClaimWithdraw(ctx context.Context, toFlag string) (*claimWithdrawResult, error) {
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	acct, err := a.session().Account()
	if err != nil {
		return nil, err
	}
	to := acct.Address
	if toFlag != "" {
		if to, err = a.resolveAddress(toFlag); err != nil {
			return nil, err
		}
	}
	owed, err := com.Owed(ctx, acct.Address)
	if err != nil {
		return nil, err
	}
	if owed.Sign() == 0 {
		return nil, &session.Error{Kind: session.KindRefused, Err: community.ErrRefused,
			Text: i18n.Say("the pool owes %s nothing: every payout to it was made", acct.Address.Hex())}
	}
	tok := com.Token
	what := a.p.Sprintf("This withdraws the %s %s the pool owes you to %s.", tok.Format(owed), tok.Symbol, to.Hex())
	r, err := a.execute(ctx, a.stepPlan(com, com.PlanWithdrawOwed(to), what), "Withdraw what the pool owes you?")
	if err != nil {
		return nil, err
	}
	return &claimWithdrawResult{Member: acct.Address.Hex(), To: to.Hex(), Amount: amountJSON(tok, owed), Tx: r.TxHash.Hex(), Block: r.BlockNumber.Uint64()}, nil
}

func newClaimDecideCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "decide ID",
		Short: "Decide a claim its board can no longer change (after a resignation or a vacated seat): returned or rejected",
		Args:  exactArgs(1, "one claim id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := claimIDArg(args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			svc, com, err := a.claimService(ctx)
			if err != nil {
				return err
			}
			var from common.Address
			if acct, err := a.session().Account(); err == nil {
				from = acct.Address
			}
			plan, err := svc.Decide(ctx, id, from)
			if err != nil {
				return err
			}
			return a.claimTx(ctx, svc, com, plan, "Send it?", "Decided claim %v in block %d")
		},
	}
}
