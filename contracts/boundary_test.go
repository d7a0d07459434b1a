package contracts_test

import (
	"math/big"
	"testing"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/contracts"
)

// Every time and amount rule of the contract, at the exact second or wei on
// both sides of its edge. Transactions are mined at chosen timestamps with
// simchain.SendAt.

const daySec = uint64(day / 1e9)

func TestBoundariesOfClaimRules(t *testing.T) {
	f := newFixture(t, 10, nil) // demo: 30-day periods, 90 days waiting, 15 days grace, 7 days review, 5,000 max
	m1, m2, g1, g2 := f.c.Accounts[4], f.c.Accounts[5], f.c.Accounts[6], f.c.Accounts[7]
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]
	for _, s := range []*chain.KeySender{m1, m2, g1, g2} {
		f.fund(s, 200)
	}
	f.warp(day) // ahead of the wall clock, so that block times are ours to set
	p, w, grace, review := f.m.Params.Period, f.m.Params.WaitingPeriod, f.m.Params.GracePeriod, f.m.Params.ReviewWindow
	j := f.head() + 10
	f.txAt(j, m1, f.abi.PackJoin(big.NewInt(12)))
	f.txAt(j+1, m2, f.abi.PackJoin(big.NewInt(12)))
	f.txAt(j+2, g1, f.abi.PackJoin(big.NewInt(1)))
	f.txAt(j+3, g2, f.abi.PackJoin(big.NewInt(1)))

	// Grace: a renewal at coveredUntil + grace keeps the join date, one
	// second later restarts it (and the waiting period).
	f.txAt(j+2+p+grace, g1, f.abi.PackJoin(big.NewInt(1)))
	if v := f.member(g1.From()); v.JoinedAt != j+2 || v.CoveredUntil != j+2+2*p {
		t.Fatalf("renewal at the last second of grace: joined %d covered %d, want %d and %d", v.JoinedAt, v.CoveredUntil, j+2, j+2+2*p)
	}
	late := j + 3 + p + grace + 1
	f.txAt(late, g2, f.abi.PackJoin(big.NewInt(1)))
	if v := f.member(g2.From()); v.JoinedAt != late || v.CoveredUntil != late+p {
		t.Fatalf("renewal a second after grace: joined %d covered %d, want %d and %d", v.JoinedAt, v.CoveredUntil, late, late+p)
	}

	// Waiting period: a claim at eligibleAt-1 is refused, at eligibleAt it
	// is accepted. maxPayout: +1 wei refused, exactly maxPayout accepted.
	max := f.m.Params.MaxPayout
	over := new(big.Int).Add(max, big.NewInt(1))
	e1 := j + w
	f.refusedAt(e1-1, m1, f.abi.PackSubmitClaim(max, nullifierOf("m1"), f.envelope(), 0), "WaitingPeriod")
	f.refusedAt(e1, m1, f.abi.PackSubmitClaim(over, nullifierOf("m1"), f.envelope(), 0), "AmountOutOfRange")
	r := f.txAt(e1+1, m1, f.abi.PackSubmitClaim(max, nullifierOf("m1"), f.envelope(), 0))
	id1 := findEvent(t, r, f.abi.UnpackClaimSubmittedEvent).Id
	s1 := e1 + 1
	s2 := e1 + 10
	f.txAt(s2, m2, f.abi.PackSubmitClaim(simchain.Tokens(10), nullifierOf("m2"), f.envelope(), 0))

	// Review window: a vote at closesAt-1 counts, at closesAt it is refused;
	// expire at closesAt-1 is refused, at closesAt it expires the claim.
	f.txAt(s1+review-1, n1, f.approveData(id1))
	f.refusedAt(s1+review, n2, f.approveData(id1), "ReviewWindowClosed")
	f.refusedAt(s2+review-1, n1, f.abi.PackExpire(big.NewInt(2)), "ReviewWindowOpen")
	r = f.txAt(s2+review, n1, f.abi.PackExpire(big.NewInt(2)))
	if !hasEvent(r, f.abi.UnpackClaimExpiredEvent) {
		t.Fatal("expire at the window's close did not expire the claim")
	}
	if c := f.claim(id1.Uint64()); c.Approvals != 1 || c.Status != contracts.StatusExpired {
		t.Fatalf("claim 1: %d approvals, status %s", c.Approvals, contracts.StatusName(c.Status))
	}
}

func TestBoundariesOfElectionRules(t *testing.T) {
	f := newFixture(t, 12, func(p *contracts.Params) {
		p.WaitingPeriod = daySec
		p.Term = 100 * daySec
		p.Quorum = 1
		p.MinBallots = 1
	})
	a, b, c1, c2 := f.c.Accounts[4], f.c.Accounts[5], f.c.Accounts[6], f.c.Accounts[7]
	for _, s := range []*chain.KeySender{a, b, c1, c2} {
		f.fund(s, 200)
	}
	started, err := simchain.Call(f.ctx, f.m, contracts.PartBoard, f.abi.PackTermStartedAt(), f.abi.UnpackTermStartedAt)
	if err != nil {
		t.Fatal(err)
	}
	t0 := started.Uint64()
	closesAt := t0 + 100*daySec
	p := f.m.Params.Period // 30 days

	// a is covered until the election's close exactly, b one second beyond.
	f.txAt(closesAt-3*p, a, f.abi.PackJoin(big.NewInt(3)))
	f.txAt(closesAt-3*p+1, b, f.abi.PackJoin(big.NewInt(3)))
	if f.member(a.From()).CoveredUntil != closesAt || f.member(b.From()).CoveredUntil != closesAt+1 {
		t.Fatal("coverage set up wrong")
	}
	// Waiting period for voting: eligibleAt-1 refused, eligibleAt counted.
	eb := closesAt - 3*p + 1 + daySec
	f.refusedAt(eb-1, b, f.voteData(b, nil), "WaitingPeriod")
	f.txAt(eb, b, f.voteData(b, nil))
	// Coverage until the close: == closesAt is lapsed whenever finalize can
	// run, refused; closesAt+1 accepted (b above and below).
	f.refusedAt(eb+1, a, f.voteData(a, nil), "CoverageEndsBeforeElection")
	f.refusedAt(eb+2, a, f.abi.PackStand(hpkeKey(1)), "CoverageEndsBeforeElection")
	f.txAt(eb+3, b, f.abi.PackStand(hpkeKey(2)))

	// Candidates whose coverage ends at finalize's second (c1) and one
	// second after it (c2).
	fin := closesAt + 40*daySec
	j1 := fin - 4*p
	f.txAt(j1, c1, f.abi.PackJoin(big.NewInt(4)))
	f.txAt(j1+1, c2, f.abi.PackJoin(big.NewInt(4)))
	// Waiting period for standing: eligibleAt-1 refused, eligibleAt accepted.
	f.refusedAt(j1+daySec-1, c1, f.abi.PackStand(hpkeKey(3)), "WaitingPeriod")
	f.txAt(j1+daySec, c1, f.abi.PackStand(hpkeKey(3)))
	f.txAt(j1+daySec+1, c2, f.abi.PackStand(hpkeKey(4)))
	f.txAt(j1+daySec+2, b, f.voteData(b, addrs(c1, b))) // c1 leads c2

	// The term's nominal end: finalize a second early is refused.
	f.refusedAt(closesAt-1, a, f.abi.PackFinalize(), "TermNotOver")
	// At fin, c1 (covered until fin) and b (until closesAt+1) have lapsed.
	r := f.txAt(fin, a, f.abi.PackFinalize())
	if ts := findEvent(t, r, f.abi.UnpackTermStartedEvent); !sameAddrs(ts.Notaries, addrs(c2)) {
		t.Fatalf("seated %v, want c2 only (c1 lapsed at this second, b long before)", ts.Notaries)
	}
}

// A candidate covered until one second past the close is covered at the
// first second finalize can run and is seated then; one covered until the
// close exactly cannot stand at all (the other side of the edge).
func TestBoundaryCandidateCoveredJustPastTheClose(t *testing.T) {
	f := newFixture(t, 8, func(p *contracts.Params) {
		p.WaitingPeriod = daySec
		p.Term = 100 * daySec
		p.Quorum = 1
		p.MinBallots = 1
	})
	a, b := f.c.Accounts[4], f.c.Accounts[5]
	for _, s := range []*chain.KeySender{a, b} {
		f.fund(s, 200)
	}
	closesAt, err := simchain.Call(f.ctx, f.m, contracts.PartBoard, f.abi.PackElectionClosesAt(), f.abi.UnpackElectionClosesAt)
	if err != nil {
		t.Fatal(err)
	}
	p := f.m.Params.Period
	f.txAt(closesAt-3*p, a, f.abi.PackJoin(big.NewInt(3)))
	f.txAt(closesAt-3*p+1, b, f.abi.PackJoin(big.NewInt(3)))
	eligible := closesAt - 3*p + 1 + daySec
	f.refusedAt(eligible, a, f.abi.PackStand(hpkeKey(1)), "CoverageEndsBeforeElection")
	f.txAt(eligible+1, b, f.abi.PackStand(hpkeKey(2)))
	f.txAt(eligible+2, b, f.voteData(b, addrs(b)))
	f.refusedAt(closesAt-1, a, f.abi.PackFinalize(), "TermNotOver")
	r := f.txAt(closesAt, a, f.abi.PackFinalize())
	if ts := findEvent(t, r, f.abi.UnpackTermStartedEvent); !sameAddrs(ts.Notaries, addrs(b)) {
		t.Fatalf("seated %v at the close, want b (covered one second beyond it)", ts.Notaries)
	}
}
