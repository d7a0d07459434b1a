package community

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

// MemberState says where a member stands at a moment of chain time.
type MemberState string

const (
	// StateNone: no dues were ever paid for the address.
	StateNone MemberState = "none"
	// StateWaiting: covered, but the waiting period since joining has
	// not passed (no claims, standing or voting yet).
	StateWaiting MemberState = "waiting"
	// StateActive: covered and past the waiting period.
	StateActive MemberState = "active"
	// StateGrace: coverage ended, but a renewal now keeps the join date.
	StateGrace MemberState = "grace"
	// StateLapsed: past grace; a payment now is a re-join that restarts
	// the waiting period.
	StateLapsed MemberState = "lapsed"
)

// stateAt derives a member's state from their record (unix seconds) the
// way the contract's rules read it at time now.
func stateAt(joinedAt, coveredUntil, now, waiting, grace uint64) MemberState {
	switch {
	case coveredUntil == 0:
		return StateNone
	case now < coveredUntil && now < joinedAt+waiting:
		return StateWaiting
	case now < coveredUntil:
		return StateActive
	case now <= coveredUntil+grace: // _payDues renews while now <= coveredUntil + grace
		return StateGrace
	}
	return StateLapsed
}

// MemberStatus is memberOf(addr) as of ChainTime. Times are zero for an
// address that never joined.
type MemberStatus struct {
	Member       common.Address
	JoinedAt     time.Time
	CoveredUntil time.Time
	EligibleAt   time.Time // claims, standing and voting from then on
	GraceEndsAt  time.Time // a renewal until then keeps JoinedAt
	OpenClaim    uint64    // the member's last claim id (0: none)
	Active       bool      // covered now
	Eligible     bool      // covered and past the waiting period
	State        MemberState
	ChainTime    time.Time

	joinedAt, coveredUntil, now uint64
}

// Joined reports whether dues were ever paid for the member.
func (s MemberStatus) Joined() bool { return s.coveredUntil != 0 }

// tsTime is a contract timestamp as a time; 0 (never) is the zero time.
func tsTime(v uint64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.Unix(int64(v), 0)
}

// MemberStatus reads an address's membership at the latest block.
func (c *Community) MemberStatus(ctx context.Context, who common.Address) (MemberStatus, error) {
	head, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return MemberStatus{}, err
	}
	v, err := bind.Call(c.bound, &bind.CallOpts{Context: ctx, BlockNumber: head.Number}, c.abi.PackMemberOf(who), c.abi.UnpackMemberOf)
	if err != nil {
		return MemberStatus{}, c.explain(err)
	}
	p := c.params
	return MemberStatus{
		Member: who, JoinedAt: tsTime(v.JoinedAt), CoveredUntil: tsTime(v.CoveredUntil),
		EligibleAt: tsTime(v.EligibleAt), GraceEndsAt: tsTime(v.GraceEndsAt),
		OpenClaim: v.OpenClaim.Uint64(), Active: v.Active, Eligible: v.Eligible,
		State:     stateAt(v.JoinedAt, v.CoveredUntil, head.Time, p.WaitingPeriod, p.GracePeriod),
		ChainTime: time.Unix(int64(head.Time), 0),
		joinedAt:  v.JoinedAt, coveredUntil: v.CoveredUntil, now: head.Time,
	}, nil
}

// NoRefundNotice is what a person is told before a member's first dues
// payment (DuesEffect.First), in the CLI and the TUI alike (each face
// translates it through its catalog).
const NoRefundNotice = "Dues are contributions to the community's pool, not deposits: they are never refunded, also not when leaving the community."

// DuesEffect is what paying Periods periods for a member does, reckoned
// at the status's chain time (the payment's block comes a little later,
// so a re-join's dates move by as much).
type DuesEffect struct {
	Periods      uint64
	Amount       *big.Int // dues × periods
	JoinedAt     time.Time
	CoveredUntil time.Time
	EligibleAt   time.Time
	// Rejoin: the payment starts a new membership (a first join, or a
	// re-join after grace), so the waiting period starts again.
	Rejoin bool
	// First: no dues were ever paid for the member.
	First bool
}

// ErrPeriods means a number of periods outside 1..contracts.MaxPeriods.
var ErrPeriods = fmt.Errorf("pay between 1 and %d periods at a time", contracts.MaxPeriods)

func checkPeriods(n uint64) error {
	if n < 1 || n > contracts.MaxPeriods {
		return &periodsError{asked: n}
	}
	return nil
}

// periodsError is ErrPeriods with the number asked, said as a Text.
type periodsError struct{ asked uint64 }

func (e *periodsError) Error() string { return e.Said().String() }
func (e *periodsError) Unwrap() error { return ErrPeriods }
func (e *periodsError) Said() i18n.Text {
	return i18n.Say("pay between 1 and %d periods at a time (asked: %d)", contracts.MaxPeriods, e.asked)
}

// Effect is what paying periods periods would do, by the contract's rule:
// a payment inside coverage or grace extends coverage and keeps the join
// date; otherwise it (re-)joins now.
func (c *Community) Effect(s MemberStatus, periods uint64) (DuesEffect, error) {
	if err := checkPeriods(periods); err != nil {
		return DuesEffect{}, err
	}
	p := c.params
	e := DuesEffect{Periods: periods, Amount: new(big.Int).Mul(p.Dues, new(big.Int).SetUint64(periods)), First: !s.Joined()}
	extra := p.Period * periods
	joined, covered := s.joinedAt, s.coveredUntil
	if covered == 0 || s.now > covered+p.GracePeriod {
		e.Rejoin = true
		joined, covered = s.now, s.now+extra
	} else {
		covered += extra
	}
	e.JoinedAt, e.CoveredUntil, e.EligibleAt = tsTime(joined), tsTime(covered), tsTime(joined+p.WaitingPeriod)
	return e, nil
}

// Step is one transaction of a plan: the call, and how many tokens it
// moves from the sender (for the balance check).
type Step struct {
	To     common.Address
	Data   []byte
	Spends *big.Int
}

// DuesPlan is a dues payment, planned: one transaction with a permit (or
// an allowance already in place), else an approval and then the payment.
type DuesPlan struct {
	Payer  common.Address
	Member common.Address
	Status MemberStatus // the member before paying
	Effect DuesEffect
	// Permit: the payment carries an EIP-2612 permit signed by the payer,
	// so no approval is sent.
	Permit bool
	// Approve is the approval the payment needs first (nil: none).
	Approve *Step
	Pay     Step
}

// Steps are the plan's transactions, in order.
func (p *DuesPlan) Steps() []Step {
	if p.Approve != nil {
		return []Step{*p.Approve, p.Pay}
	}
	return []Step{p.Pay}
}

// permitLifetime is how long a signed permit stays good: long enough to
// confirm and mine, short enough not to linger in a mempool.
const permitLifetime = time.Hour

// PlanDues plans paying periods periods for member from payer: join when
// they are the same, contribute otherwise. key is the payer's private key
// for an EIP-2612 permit; when the token has no permit (or key is nil) the
// plan approves the community first, unless the allowance already covers
// the amount.
func (c *Community) PlanDues(ctx context.Context, payer, member common.Address, periods uint64, key *ecdsa.PrivateKey) (*DuesPlan, error) {
	if err := checkPeriods(periods); err != nil {
		return nil, err
	}
	if member == (common.Address{}) {
		return nil, i18n.SayErr(nil, "no member named: the zero address cannot be covered")
	}
	if key != nil && crypto.PubkeyToAddress(key.PublicKey) != payer {
		return nil, i18n.SayErr(nil, "the key given is not %s's", payer.Hex())
	}
	st, err := c.MemberStatus(ctx, member)
	if err != nil {
		return nil, err
	}
	eff, err := c.Effect(st, periods)
	if err != nil {
		return nil, err
	}
	plan := &DuesPlan{Payer: payer, Member: member, Status: st, Effect: eff}
	n := new(big.Int).SetUint64(periods)
	pay := func(data []byte) Step { return Step{To: c.Address, Data: data, Spends: eff.Amount} }

	if key != nil {
		if sep, nonce, ok := c.permitDomain(ctx, payer); ok {
			deadline := new(big.Int).SetInt64(st.ChainTime.Add(permitLifetime).Unix())
			digest := contracts.PermitDigest(sep, payer, c.Address, eff.Amount, nonce, deadline)
			sig, err := crypto.Sign(digest[:], key)
			if err != nil {
				return nil, fmt.Errorf("sign the permit: %w", err)
			}
			var r, s [32]byte
			copy(r[:], sig[:32])
			copy(s[:], sig[32:64])
			v := sig[64] + 27
			plan.Permit = true
			if payer == member {
				plan.Pay = pay(c.abi.PackJoinWithPermit(n, deadline, v, r, s))
			} else {
				plan.Pay = pay(c.abi.PackContributeWithPermit(member, n, deadline, v, r, s))
			}
			return plan, nil
		}
	}
	if payer == member {
		plan.Pay = pay(c.abi.PackJoin(n))
	} else {
		plan.Pay = pay(c.abi.PackContribute(member, n))
	}
	allowed, err := c.Allowance(ctx, payer)
	if err != nil {
		return nil, err
	}
	if allowed.Cmp(eff.Amount) < 0 {
		erc20 := contracts.TokenABI
		plan.Approve = &Step{To: c.Token.Address, Data: erc20.PackApprove(c.Address, eff.Amount)}
	}
	return plan, nil
}

// Allowance is how many of owner's tokens the community may spend.
func (c *Community) Allowance(ctx context.Context, owner common.Address) (*big.Int, error) {
	erc20 := contracts.TokenABI
	return bind.Call(erc20.Instance(c.b, c.Token.Address), &bind.CallOpts{Context: ctx}, erc20.PackAllowance(owner, c.Address), erc20.UnpackAllowance)
}

// SupportsPermit reports whether the community's token answers as an
// EIP-2612 token (nonces and DOMAIN_SEPARATOR).
func (c *Community) SupportsPermit(ctx context.Context) bool {
	_, _, ok := c.permitDomain(ctx, c.Address)
	return ok
}

func (c *Community) permitDomain(ctx context.Context, owner common.Address) (sep [32]byte, nonce *big.Int, ok bool) {
	erc20 := contracts.TokenABI
	inst := erc20.Instance(c.b, c.Token.Address)
	opts := &bind.CallOpts{Context: ctx}
	sep, err := bind.Call(inst, opts, erc20.PackDOMAINSEPARATOR(), erc20.UnpackDOMAINSEPARATOR)
	if err != nil || sep == ([32]byte{}) {
		return sep, nil, false
	}
	nonce, err = bind.Call(inst, opts, erc20.PackNonces(owner), erc20.UnpackNonces)
	if err != nil {
		return sep, nil, false
	}
	return sep, nonce, true
}

// MemberRecord is one member as the DuesPaid events tell it.
type MemberRecord struct {
	Member       common.Address
	JoinedAt     time.Time
	CoveredUntil time.Time
	Paid         *big.Int // all dues paid for the member
	Payments     int
	Payers       []common.Address // who paid, in order of first payment
	State        MemberState      // at the roster's chain time
}

// Roster is every member the community's events know, at a block.
type Roster struct {
	Block     uint64
	ChainTime time.Time
	Members   []MemberRecord // in order of first payment
}

// Count is how many members are in state s.
func (r Roster) Count(s MemberState) int {
	n := 0
	for _, m := range r.Members {
		if m.State == s {
			n++
		}
	}
	return n
}

// Members lists every address dues were ever paid for, from the
// community's DuesPaid events up to the latest block.
func (c *Community) Members(ctx context.Context) (Roster, error) {
	head, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return Roster{}, err
	}
	r := Roster{Block: head.Number.Uint64(), ChainTime: time.Unix(int64(head.Time), 0)}
	index := map[common.Address]int{}
	type coverage struct{ joined, until uint64 }
	last := map[common.Address]coverage{}
	duesPaid := EventID("DuesPaid")
	err = c.EachLog(ctx, head.Number, func(l *types.Log) error {
		if !IsEvent(l, c.Parts, duesPaid) {
			return nil // only DuesPaid is decoded
		}
		ev, err := DecodeEvent(l)
		if err != nil {
			return err
		}
		d := ev.(*contracts.CommunityDuesPaid)
		at, seen := index[d.Member]
		if !seen {
			at = len(r.Members)
			index[d.Member] = at
			r.Members = append(r.Members, MemberRecord{Member: d.Member, Paid: new(big.Int)})
		}
		m := &r.Members[at]
		m.Paid.Add(m.Paid, d.Amount)
		m.Payments++
		if !containsAddr(m.Payers, d.Payer) {
			m.Payers = append(m.Payers, d.Payer)
		}
		last[d.Member] = coverage{d.JoinedAt, d.CoveredUntil}
		return nil
	})
	if err != nil {
		return Roster{}, err
	}
	p := c.params
	for i := range r.Members {
		m := &r.Members[i]
		d := last[m.Member]
		m.JoinedAt, m.CoveredUntil = tsTime(d.joined), tsTime(d.until)
		m.State = stateAt(d.joined, d.until, head.Time, p.WaitingPeriod, p.GracePeriod)
	}
	return r, nil
}

func containsAddr(as []common.Address, a common.Address) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}
