package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
)

func newMemberCmd(a *app) *cobra.Command {
	return group("member", "Join the community, pay dues (for yourself or another member), see where a member stands",
		newMemberJoinCmd(a), newMemberContributeCmd(a), newMemberStatusCmd(a))
}

// memberPayOptions are a dues payment: join (for the account itself) or
// contribute (for another member, --for).
type memberPayOptions struct {
	Periods int
	// For is the member paid for: an address or account name; empty: the
	// account itself.
	For string
	// NoPermit pays with an approval and then the payment even where the
	// token has a permit.
	NoPermit bool
}

// memberPayResult is a dues payment done.
type memberPayResult struct {
	Member       string     `json:"member"`
	Payer        string     `json:"payer"`
	Periods      int        `json:"periods"`
	Amount       jsonAmount `json:"amount"`
	State        string     `json:"state"`
	JoinedAt     string     `json:"joined_at"`
	CoveredUntil string     `json:"covered_until"`
	EligibleAt   string     `json:"eligible_at"`
	// Rejoin: the payment started a new membership, and the waiting period with it.
	Rejoin bool `json:"rejoin"`
	// FirstPayment: no dues had been paid for the member before.
	FirstPayment bool `json:"first_payment"`
	// Permit: paid in one transaction with an EIP-2612 permit, no approval.
	Permit       bool     `json:"permit"`
	Transactions []string `json:"transactions"`
	Block        uint64   `json:"block"`
	// Notice is what the person was told before a first payment.
	Notice string `json:"notice,omitempty"`
}

func addPeriodsFlag(cmd *cobra.Command, p *int, what string) {
	cmd.Flags().IntVar(p, "periods", 1, what)
}

func addNoPermitFlag(cmd *cobra.Command, p *bool) {
	cmd.Flags().BoolVar(p, "no-permit", false, "approve the community and then pay (2 transactions), even where the token has a permit")
}

// checkPeriods validates --periods before anything is read or unlocked.
func checkPeriods(n int) error {
	if n < 1 || n > contracts.MaxPeriods {
		return usageErrorf("--periods must be between 1 and %d (got %d)", contracts.MaxPeriods, n)
	}
	return nil
}

func newMemberJoinCmd(a *app) *cobra.Command {
	var o memberPayOptions
	cmd := &cobra.Command{
		Use:   "join [--periods N]",
		Short: "Pay dues for yourself: join, or renew your coverage",
		Long: `Pay N coverage periods of dues for the account: a first payment joins the community
and starts the waiting period; a payment while covered, or within the grace period after
coverage ends, extends coverage and keeps the join date; a payment after grace joins
again and restarts the waiting period. Dues are contributions to the pool and are never
refunded, also not when leaving. Paid in one transaction with a permit where the token
supports EIP-2612, else an approval and then the payment.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runMemberPay(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.showMemberPay(r)
		},
	}
	addPeriodsFlag(cmd, &o.Periods, "coverage periods to pay")
	addNoPermitFlag(cmd, &o.NoPermit)
	return cmd
}

func newMemberContributeCmd(a *app) *cobra.Command {
	var o memberPayOptions
	cmd := &cobra.Command{
		Use:   "contribute [--periods N] [--for ADDR]",
		Short: "Pay dues for a member (a family member, an employee), or for yourself",
		Long: `Pay N coverage periods of dues for the member --for names (an address or a wallet
account name; default: the account itself), from the account. The member's coverage
follows the same rules as join. Dues are contributions to the pool and are never
refunded, also not when the member leaves.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runMemberPay(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.showMemberPay(r)
		},
	}
	addPeriodsFlag(cmd, &o.Periods, "coverage periods to pay")
	addNoPermitFlag(cmd, &o.NoPermit)
	cmd.Flags().StringVar(&o.For, "for", "", "the member to pay for: an address or account name (default: the account)")
	return cmd
}

// member is whom a member command is about (session.ResolveMember): the
// address or account name given as what (--for, ADDR), else the account.
// A name that names no one is a usage error, as resolveAddress makes it.
func (a *app) member(nameOrAddress, what string) (common.Address, error) {
	m, err := a.session().ResolveMember(nameOrAddress)
	switch {
	case errors.Is(err, session.ErrNobody):
		return common.Address{}, usageErrorf("%s: the zero address is nobody's; name the member's address or wallet account", what)
	case err != nil && strings.TrimSpace(nameOrAddress) != "":
		return common.Address{}, usageErrorf("%v", err)
	}
	return m, err
}

// runMemberPay plans a dues payment, shows what it does (and, before a
// member's first payment, that dues are never refunded), asks, and sends.
func (a *app) runMemberPay(ctx context.Context, o memberPayOptions) (*memberPayResult, error) {
	if err := checkPeriods(o.Periods); err != nil {
		return nil, err
	}
	member, err := a.member(o.For, "--for")
	if err != nil {
		return nil, err
	}
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	snd, acct, err := a.sender(ctx)
	if err != nil {
		return nil, err
	}
	key := snd.Key
	if o.NoPermit {
		key = nil
	}
	plan, err := com.PlanDues(ctx, acct.Address, member, uint64(o.Periods), key)
	if err != nil {
		return nil, err
	}
	tok, eff := com.Token, plan.Effect
	res := &memberPayResult{
		Member: member.Hex(), Payer: acct.Address.Hex(), Periods: o.Periods, Amount: amountJSON(tok, eff.Amount),
		Rejoin: eff.Rejoin, FirstPayment: eff.First, Permit: plan.Permit, Transactions: []string{},
	}
	if eff.First {
		res.Notice = a.p.T(community.NoRefundNotice)
		a.note("%s", res.Notice)
	}
	what := a.duesWhat(com, plan)
	var receipt *types.Receipt
	if plan.Approve != nil {
		// Two transactions: the payment cannot be priced until the
		// approval is mined, so one confirmation covers both.
		approve := session.Plan{To: &plan.Approve.To, Data: plan.Approve.Data, Spends: eff.Amount, Token: tok,
			What: what + " " + a.p.Sprintf("Without a permit: first an approval lets the community take %s %s, then the payment (2 transactions).", tok.Format(eff.Amount), tok.Symbol)}
		q, err := a.confirmPlan(ctx, acct.Address, approve, "Approve and pay?")
		if err != nil {
			return nil, err
		}
		r, err := a.session().Send(ctx, snd, q)
		if err != nil {
			return nil, err
		}
		res.Transactions = append(res.Transactions, r.TxHash.Hex())
		q, err = a.session().Quote(ctx, acct.Address, a.stepPlan(com, plan.Pay, what))
		if err != nil {
			return nil, err
		}
		if receipt, err = a.session().Send(ctx, snd, q); err != nil {
			return nil, err
		}
	} else {
		q, err := a.confirmPlan(ctx, acct.Address, a.stepPlan(com, plan.Pay, what), "Pay?")
		if err != nil {
			return nil, err
		}
		if receipt, err = a.session().Send(ctx, snd, q); err != nil {
			return nil, err
		}
	}
	res.Transactions = append(res.Transactions, receipt.TxHash.Hex())
	res.Block = receipt.BlockNumber.Uint64()
	st, err := com.MemberStatus(ctx, member)
	if err != nil {
		return nil, err
	}
	res.State = string(st.State)
	res.JoinedAt, res.CoveredUntil, res.EligibleAt = timeJSON(st.JoinedAt), timeJSON(st.CoveredUntil), timeJSON(st.EligibleAt)
	return res, nil
}

// stepPlan is a community step as the session's plan.
func (a *app) stepPlan(com *community.Community, s community.Step, what string) session.Plan {
	return session.StepPlan(com.Token, s, what)
}

// duesWhat says what a dues payment does, for the confirmation.
func (a *app) duesWhat(com *community.Community, p *community.DuesPlan) string {
	tok, eff := com.Token, p.Effect
	who := a.p.T("you")
	if p.Member != p.Payer {
		who = p.Member.Hex()
	}
	s := a.p.Sprintf("This pays %d period(s) of dues, %s %s, for %s: covered until about %s.",
		eff.Periods, tok.Format(eff.Amount), tok.Symbol, who, community.FormatTime(eff.CoveredUntil))
	switch {
	case eff.First:
		s += " " + a.p.Sprintf("A new membership: claims, standing and voting open after the waiting period, about %s.", community.FormatFrom(eff.EligibleAt))
	case eff.Rejoin:
		s += " " + a.p.Sprintf("Coverage lapsed past its grace period, so this joins again and the waiting period restarts: claims, standing and voting open about %s.", community.FormatFrom(eff.EligibleAt))
	default:
		s += " " + a.p.Sprintf("The join date (%s) stays.", community.FormatTime(eff.JoinedAt))
	}
	if p.Permit {
		s += " " + a.p.T("One transaction, with a permit signed by your key.")
	}
	return s
}

func (a *app) showMemberPay(r *memberPayResult) error {
	if a.g.JSON {
		return a.writeJSON(r)
	}
	a.say("Paid %s %s for %s in block %d: covered until %s (%s).", r.Amount.Value, r.Amount.Symbol, r.Member, r.Block, humanTime(r.CoveredUntil), r.State)
	if r.State == string(community.StateWaiting) {
		a.say("Claims, standing and voting open %s.", humanFrom(r.EligibleAt))
	}
	return nil
}

// humanTime shows an RFC 3339 time of a result the way huzhu shows times.
func humanTime(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	return community.FormatTime(t)
}

// humanFrom is humanTime of a moment something opens at, rounded up to
// the next minute (community.FormatFrom).
func humanFrom(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	return community.FormatFrom(t)
}

type memberStatusOptions struct {
	// Member is an address or account name; empty: the account.
	Member  string
	Periods int
}

// memberStatusResult is where a member stands, and what paying Periods
// periods now would do.
type memberStatusResult struct {
	Member       string `json:"member"`
	State        string `json:"state"`
	JoinedAt     string `json:"joined_at,omitempty"`
	CoveredUntil string `json:"covered_until,omitempty"`
	EligibleAt   string `json:"eligible_at,omitempty"`
	GraceEndsAt  string `json:"grace_ends_at,omitempty"`
	OpenClaim    uint64 `json:"open_claim"`
	Active       bool   `json:"active"`
	Eligible     bool   `json:"eligible"`
	ChainTime    string `json:"chain_time"`
	// Dues is one period's dues, PeriodSeconds its length.
	Dues          jsonAmount       `json:"dues"`
	PeriodSeconds int64            `json:"period_seconds"`
	IfPaid        memberPaidResult `json:"if_paid"`
}

// memberPaidResult is what paying Periods periods now would do.
type memberPaidResult struct {
	Periods      int        `json:"periods"`
	Cost         jsonAmount `json:"cost"`
	CoveredUntil string     `json:"covered_until"`
	EligibleAt   string     `json:"eligible_at"`
	// Rejoin: it would start a new membership, restarting the waiting period.
	Rejoin bool `json:"rejoin"`
}

func newMemberStatusCmd(a *app) *cobra.Command {
	var o memberStatusOptions
	cmd := &cobra.Command{
		Use:   "status [ADDR]",
		Short: "Show where a member stands (default: the account) and what paying dues now would do",
		Long: `Show a member's join date, coverage, waiting period and grace period, their state
(none, waiting, active, grace or lapsed), and what paying --periods periods now would do.
ADDR is an address or a wallet account name; without it, the account.`,
		Args: maxArgs(1, "at most one address or account name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.Member = args[0]
			}
			r, err := a.runMemberStatus(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.writeKV("", memberStatusKV(a, r))
			return nil
		},
	}
	addPeriodsFlag(cmd, &o.Periods, "periods to reckon the next payment with")
	return cmd
}

func (a *app) runMemberStatus(ctx context.Context, o memberStatusOptions) (*memberStatusResult, error) {
	if err := checkPeriods(o.Periods); err != nil {
		return nil, err
	}
	who, err := a.member(o.Member, "ADDR")
	if err != nil {
		return nil, err
	}
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	st, err := com.MemberStatus(ctx, who)
	if err != nil {
		return nil, err
	}
	eff, err := com.Effect(st, uint64(o.Periods))
	if err != nil {
		return nil, err
	}
	p, tok := com.Params(), com.Token
	r := &memberStatusResult{
		Member: who.Hex(), State: string(st.State), OpenClaim: st.OpenClaim, Active: st.Active, Eligible: st.Eligible,
		ChainTime: timeJSON(st.ChainTime), Dues: amountJSON(tok, p.Dues), PeriodSeconds: int64(p.Period / time.Second),
		IfPaid: memberPaidResult{Periods: o.Periods, Cost: amountJSON(tok, eff.Amount), CoveredUntil: timeJSON(eff.CoveredUntil),
			EligibleAt: timeJSON(eff.EligibleAt), Rejoin: eff.Rejoin},
	}
	if st.Joined() {
		r.JoinedAt, r.CoveredUntil = timeJSON(st.JoinedAt), timeJSON(st.CoveredUntil)
		r.EligibleAt, r.GraceEndsAt = timeJSON(st.EligibleAt), timeJSON(st.GraceEndsAt)
	}
	return r, nil
}

// stateLine says a member's state with the date that ends it.
func stateLine(a *app, r *memberStatusResult) string {
	switch community.MemberState(r.State) {
	case community.StateNone:
		return a.p.T("not a member")
	case community.StateWaiting:
		return a.p.Sprintf("waiting until %s (claims, standing and voting open then)", humanFrom(r.EligibleAt))
	case community.StateActive:
		return a.p.Sprintf("active until %s", humanTime(r.CoveredUntil))
	case community.StateGrace:
		return a.p.Sprintf("in grace until %s (coverage ended; a renewal keeps the join date)", humanTime(r.GraceEndsAt))
	}
	return a.p.Sprintf("lapsed since %s (a payment joins again and restarts the waiting period)", humanTime(r.GraceEndsAt))
}

func memberStatusKV(a *app, r *memberStatusResult) []kv {
	rows := []kv{{"Member", r.Member}, {"State", stateLine(a, r)}}
	if r.JoinedAt != "" {
		rows = append(rows,
			kv{"Joined", humanTime(r.JoinedAt)},
			kv{"Covered until", humanTime(r.CoveredUntil)},
			kv{"Eligible from", humanFrom(r.EligibleAt)},
			kv{"Grace ends", humanTime(r.GraceEndsAt)})
	}
	if r.OpenClaim != 0 {
		rows = append(rows, kv{"Last claim", fmt.Sprint(r.OpenClaim)})
	}
	next := a.p.Sprintf("%d period(s), %s %s: covered until %s", r.IfPaid.Periods, r.IfPaid.Cost.Value, r.IfPaid.Cost.Symbol, humanTime(r.IfPaid.CoveredUntil))
	if r.IfPaid.Rejoin {
		next += a.p.Sprintf("; a new membership, eligible from %s", humanFrom(r.IfPaid.EligibleAt))
	}
	rows = append(rows,
		kv{"Dues", r.Dues.Value + " " + r.Dues.Symbol + " " + a.p.Sprintf("per %s", units.FormatDuration(time.Duration(r.PeriodSeconds)*time.Second))},
		kv{"Paying now", next},
		kv{"Chain time", humanTime(r.ChainTime)})
	return rows
}

// communityMembersResult is every member the community's events know.
type communityMembersResult struct {
	Community string             `json:"community"`
	Block     uint64             `json:"block"`
	ChainTime string             `json:"chain_time"`
	Counts    map[string]int     `json:"counts"`
	Members   []memberListResult `json:"members"`
}

type memberListResult struct {
	Member       string     `json:"member"`
	State        string     `json:"state"`
	JoinedAt     string     `json:"joined_at"`
	CoveredUntil string     `json:"covered_until"`
	Paid         jsonAmount `json:"paid"`
	Payments     int        `json:"payments"`
	Payers       []string   `json:"payers"`
}

func newCommunityMembersCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "members",
		Short: "List every member from the community's dues events: coverage, dues paid, who paid, state",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runCommunityMembers(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			if len(r.Members) == 0 {
				a.say("No members yet.")
				return nil
			}
			if a.io.IsStdoutTTY() {
				a.row(a.p.T("Member"), a.p.T("State"), a.p.T("Joined"), a.p.T("Covered until"), a.p.T("Paid"), a.p.T("Payers"))
			}
			for _, m := range r.Members {
				a.row(m.Member, m.State, humanTime(m.JoinedAt), humanTime(m.CoveredUntil), m.Paid.Value+" "+m.Paid.Symbol, strings.Join(m.Payers, ","))
			}
			return nil
		},
	}
}

func (a *app) runCommunityMembers(ctx context.Context) (*communityMembersResult, error) {
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	ro, err := com.Members(ctx)
	if err != nil {
		return nil, err
	}
	r := &communityMembersResult{Community: com.Address.Hex(), Block: ro.Block, ChainTime: timeJSON(ro.ChainTime), Counts: map[string]int{}, Members: []memberListResult{}}
	for _, s := range []community.MemberState{community.StateWaiting, community.StateActive, community.StateGrace, community.StateLapsed} {
		r.Counts[string(s)] = ro.Count(s)
	}
	for _, m := range ro.Members {
		r.Members = append(r.Members, memberListResult{
			Member: m.Member.Hex(), State: string(m.State), JoinedAt: timeJSON(m.JoinedAt), CoveredUntil: timeJSON(m.CoveredUntil),
			Paid: amountJSON(com.Token, m.Paid), Payments: m.Payments, Payers: addrsJSON(m.Payers),
		})
	}
	return r, nil
}
