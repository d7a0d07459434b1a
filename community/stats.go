package community

import (
	"context"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/contracts"
)

// Stats are a community's figures rebuilt from its events alone (and the
// times of their blocks); only TokenBalance is read from the token, for
// comparison.
type Stats struct {
	Block     uint64
	ChainTime time.Time

	MembersEver int // addresses dues were ever paid for
	Active      int // members whose coverage has not ended at ChainTime

	Pool         *big.Int // the pool as the events explain it
	TokenBalance *big.Int // the token balance the contract holds
	Dues         *big.Int
	Donations    *big.Int
	Paid         *big.Int

	// DuesPerPeriod has one bucket per coverage period since the
	// community's creation, up to the one ChainTime is in (only the
	// periods with payments when there are more than MaxPeriodBuckets).
	DuesPerPeriod []PeriodDues

	Claims ClaimCounts
	// AveragePayout is Paid / Claims.Paid (zero with no paid claim).
	AveragePayout *big.Int
	// MemberPeriods is the coverage bought: dues paid / dues per period.
	MemberPeriods *big.Int
	// CostPerMemberPeriod is Paid / MemberPeriods, in base units (zero
	// when no coverage was bought).
	CostPerMemberPeriod *big.Int
	// LossRatio is Paid / Dues (zero when no dues were paid).
	LossRatio float64

	Notaries []NotaryStats
	// MedianDecision is the median time from a claim's submission to its
	// approval or rejection, over Decided claims.
	MedianDecision time.Duration
	Decided        int
}

// MaxPeriodBuckets bounds DuesPerPeriod's empty buckets.
const MaxPeriodBuckets = 1000

// PeriodDues is the dues paid in one coverage period since creation.
type PeriodDues struct {
	Index    int // 0: the period the community was created in
	Start    time.Time
	Payments int
	Amount   *big.Int
}

// ClaimCounts counts claims by what became of them.
type ClaimCounts struct {
	Filed    int
	Approved int // reached quorum: paid, in notice, queued or returned
	Paid     int
	// Owed counts paid claims whose transfer the token refused (the
	// amount waits in the pool for the member).
	Owed     int
	InNotice int // approved, in public notice
	Queued   int // approved, notice over, waiting for the pool or the period's cap
	Returned int // returned to be filed again (recalled board, emptied seats)
	Rejected int
	// Expired counts claims marked expired and open claims whose review
	// window has closed (the contract marks them lazily).
	Expired int
	Open    int // in review
}

// NotaryStats is one notary's participation over every term it sat in:
// Votes cast of Possible, where Possible counts the claims filed in its
// terms (not its own, not after it resigned).
type NotaryStats struct {
	Address  common.Address
	Votes    int
	Possible int
}

// Participation is Votes / Possible (zero when nothing was possible).
func (n NotaryStats) Participation() float64 {
	if n.Possible == 0 {
		return 0
	}
	return float64(n.Votes) / float64(n.Possible)
}

// Stats rebuilds the community's figures from its events up to the latest
// block, folding them one at a time (EachEvent).
func (c *Community) Stats(ctx context.Context) (*Stats, error) {
	head, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	f := newStatsFold(c.Params(), c.Created)
	if err := c.EachEvent(ctx, head.Number, func(ev Event) error { f.add(ev); return nil }); err != nil {
		return nil, err
	}
	s := f.stats(time.Unix(int64(head.Time), 0))
	s.Block = head.Number.Uint64()
	if s.TokenBalance, err = c.balanceAt(ctx, head.Number); err != nil {
		return nil, err
	}
	return s, nil
}

type claimState struct {
	member    common.Address
	term      uint32
	submitted time.Time
	approved  time.Time
	status    string
}

// statsFold computes Stats (all but Block and TokenBalance) one event
// at a time, for a community with params created at created.
type statsFold struct {
	p            Params
	created      time.Time
	pool         *ledgerFold
	s            Stats
	coveredUntil map[common.Address]uint64
	buckets      map[int]*PeriodDues
	claims       map[uint64]*claimState
	order        []uint64
	terms        map[uint32][]common.Address
	resigned     map[uint32]map[common.Address]bool
	notaries     map[common.Address]*NotaryStats
	decisions    []time.Duration
}

func newStatsFold(p Params, created time.Time) *statsFold {
	return &statsFold{p: p, created: created, pool: newLedgerFold(false),
		coveredUntil: map[common.Address]uint64{}, buckets: map[int]*PeriodDues{}, claims: map[uint64]*claimState{},
		terms: map[uint32][]common.Address{}, resigned: map[uint32]map[common.Address]bool{}, notaries: map[common.Address]*NotaryStats{}}
}

func (f *statsFold) periodOf(t time.Time) int {
	if f.p.Period <= 0 || t.Before(f.created) {
		return 0
	}
	return int(t.Sub(f.created) / f.p.Period)
}

func (f *statsFold) notary(a common.Address) *NotaryStats {
	n := f.notaries[a]
	if n == nil {
		n = &NotaryStats{Address: a}
		f.notaries[a] = n
	}
	return n
}

func (f *statsFold) add(ev Event) {
	f.pool.add(ev)
	s := &f.s
	switch v := ev.Value.(type) {
	case *contracts.CommunityDuesPaid:
		f.coveredUntil[v.Member] = v.CoveredUntil
		i := f.periodOf(ev.Time)
		b := f.buckets[i]
		if b == nil {
			b = &PeriodDues{Index: i, Amount: new(big.Int)}
			f.buckets[i] = b
		}
		b.Payments++
		b.Amount.Add(b.Amount, v.Amount)
	case *contracts.BoardTermStarted:
		f.terms[v.Term] = v.Notaries
	case *contracts.BoardNotaryResigned:
		f.unseat(v.Term, v.Notary)
	case *contracts.BoardSeatVacated:
		f.unseat(v.Term, v.Notary)
	case *contracts.ClaimsClaimSubmitted:
		id := v.Id.Uint64()
		f.claims[id] = &claimState{member: v.Member, term: v.Term, submitted: ev.Time, status: "open"}
		f.order = append(f.order, id)
		s.Claims.Filed++
		for _, n := range f.terms[v.Term] {
			if n != (common.Address{}) && n != v.Member && !f.resigned[v.Term][n] {
				f.notary(n).Possible++
			}
		}
	case *contracts.ClaimsClaimVote:
		f.notary(v.Notary).Votes++
	case *contracts.ClaimsClaimApproved:
		s.Claims.Approved++
		if c := f.claims[v.Id.Uint64()]; c != nil {
			c.status, c.approved = "approved", ev.Time
			f.decisions = append(f.decisions, ev.Time.Sub(c.submitted))
		}
	case *contracts.CommunityClaimPaid:
		s.Claims.Paid++
		if c := f.claims[v.Id.Uint64()]; c != nil {
			c.status = "paid"
		}
	case *contracts.CommunityPayoutOwed:
		s.Claims.Paid++
		s.Claims.Owed++
		if c := f.claims[v.Id.Uint64()]; c != nil {
			c.status = "paid"
		}
	case *contracts.ClaimsClaimRejected:
		s.Claims.Rejected++
		if c := f.claims[v.Id.Uint64()]; c != nil {
			c.status = "rejected"
			f.decisions = append(f.decisions, ev.Time.Sub(c.submitted))
		}
	case *contracts.ClaimsClaimExpired:
		if c := f.claims[v.Id.Uint64()]; c != nil {
			c.status = "expired"
		}
	case *contracts.ClaimsClaimReturned:
		if c := f.claims[v.Id.Uint64()]; c != nil {
			c.status = "returned"
		}
	}
}

func (f *statsFold) unseat(term uint32, notary common.Address) {
	if f.resigned[term] == nil {
		f.resigned[term] = map[common.Address]bool{}
	}
	f.resigned[term][notary] = true
}

// stats is the figures of the events added, as of now.
func (f *statsFold) stats(now time.Time) *Stats {
	p := f.p
	pool := f.pool.ledger().Pool
	s := &f.s
	s.ChainTime, s.Pool, s.Dues, s.Donations, s.Paid = now, pool.Balance, pool.Dues, pool.Donations, pool.Paid
	s.AveragePayout, s.MemberPeriods, s.CostPerMemberPeriod = new(big.Int), new(big.Int), new(big.Int)
	nowUnix := uint64(now.Unix())
	for _, until := range f.coveredUntil {
		if until > nowUnix {
			s.Active++
		}
	}
	s.MembersEver = len(f.coveredUntil)
	for _, id := range f.order {
		c := f.claims[id]
		switch c.status {
		case "approved":
			if c.approved.Add(p.Notice).After(now) {
				s.Claims.InNotice++
			} else {
				s.Claims.Queued++
			}
		case "returned":
			s.Claims.Returned++
		case "expired":
			s.Claims.Expired++
		case "open":
			if !c.submitted.Add(p.Review).After(now) {
				s.Claims.Expired++
			} else {
				s.Claims.Open++
			}
		}
	}
	buckets := f.buckets
	current := f.periodOf(now)
	if current < MaxPeriodBuckets {
		for i := 0; i <= current; i++ {
			if buckets[i] == nil {
				buckets[i] = &PeriodDues{Index: i, Amount: new(big.Int)}
			}
		}
	}
	for _, b := range buckets {
		b.Start = f.created.Add(time.Duration(b.Index) * p.Period)
		s.DuesPerPeriod = append(s.DuesPerPeriod, *b)
	}
	sort.Slice(s.DuesPerPeriod, func(i, k int) bool { return s.DuesPerPeriod[i].Index < s.DuesPerPeriod[k].Index })
	if s.Claims.Paid > 0 {
		s.AveragePayout.Quo(s.Paid, big.NewInt(int64(s.Claims.Paid)))
	}
	if p.Dues != nil && p.Dues.Sign() > 0 {
		s.MemberPeriods.Quo(s.Dues, p.Dues)
	}
	if s.MemberPeriods.Sign() > 0 {
		s.CostPerMemberPeriod.Quo(s.Paid, s.MemberPeriods)
	}
	if s.Dues.Sign() > 0 {
		s.LossRatio, _ = new(big.Rat).SetFrac(s.Paid, s.Dues).Float64()
	}
	for _, n := range f.notaries {
		s.Notaries = append(s.Notaries, *n)
	}
	sort.Slice(s.Notaries, func(i, k int) bool { return s.Notaries[i].Address.Cmp(s.Notaries[k].Address) < 0 })
	decisions := f.decisions
	s.Decided = len(decisions)
	if len(decisions) > 0 {
		sort.Slice(decisions, func(i, k int) bool { return decisions[i] < decisions[k] })
		m := len(decisions) / 2
		if len(decisions)%2 == 1 {
			s.MedianDecision = decisions[m]
		} else {
			s.MedianDecision = (decisions[m-1] + decisions[m]) / 2
		}
	}
	return s
}

// balanceAt is the community's token balance at block n.
func (c *Community) balanceAt(ctx context.Context, n *big.Int) (*big.Int, error) {
	erc20 := contracts.TokenABI
	return bind.Call(erc20.Instance(c.b, c.Token.Address), &bind.CallOpts{Context: ctx, BlockNumber: n}, erc20.PackBalanceOf(c.Address), erc20.UnpackBalanceOf)
}
