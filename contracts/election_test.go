package contracts_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/contracts"
)

func hpkeKey(b byte) []byte { return bytes.Repeat([]byte{b}, 1216) }

func addrs(ss ...*chain.KeySender) []common.Address {
	out := make([]common.Address, len(ss))
	for i, s := range ss {
		out[i] = s.From()
	}
	return out
}

func (f *fixture) candidates(election int64) map[common.Address]uint32 {
	f.t.Helper()
	got, err := simchain.Call(f.ctx, f.m, f.abi.PackCandidatesOf(big.NewInt(election)), f.abi.UnpackCandidatesOf)
	if err != nil {
		f.t.Fatal(err)
	}
	out := map[common.Address]uint32{}
	for i, a := range got.Accounts {
		out[a] = got.Votes[i]
	}
	return out
}

func (f *fixture) notaries(term int64) []common.Address {
	f.t.Helper()
	got, err := simchain.Call(f.ctx, f.m, f.abi.PackNotariesOf(big.NewInt(term)), f.abi.UnpackNotariesOf)
	if err != nil {
		f.t.Fatal(err)
	}
	return got
}

func sameAddrs(a, b []common.Address) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestElectionFinalizeTopSeatsWithTiesByCandidacy(t *testing.T) {
	f := newFixture(t, 17, nil)
	acc := f.c.Accounts
	c1, c2, c3, c4, c5 := acc[4], acc[5], acc[6], acc[7], acc[8]
	v1, v2, v3, v4 := acc[9], acc[10], acc[11], acc[12]
	claimant, stranger := acc[13], acc[14]
	for _, s := range []*chain.KeySender{c1, c2, c3, c4, c5, v1, v2, v3, v4, claimant} {
		f.joined(s, 12)
	}
	// A new member cannot stand yet: the waiting period applies.
	f.refused(c1, f.abi.PackStand(hpkeKey(1)), "WaitingPeriod")
	// A new member cannot vote yet either.
	short := f.c.Accounts[15]
	f.joined(short, 1)
	f.refused(short, f.abi.PackVote(nil), "WaitingPeriod")
	f.warp(91 * day)
	// Past the term's nominal end every active member's coverage reaches
	// the close: short still covers it only if renewed.
	f.refused(short, f.abi.PackStand(hpkeKey(1)), "NotActive")

	f.refused(stranger, f.abi.PackStand(hpkeKey(1)), "NotActive")
	for i, c := range []*chain.KeySender{c1, c2, c3, c4, c5} {
		r := f.tx(c, f.abi.PackStand(hpkeKey(byte(i+1))))
		ev := findEvent(t, r, f.abi.UnpackCandidateStoodEvent)
		if ev.Election != 1 || ev.Position.Int64() != int64(i) {
			t.Fatalf("CandidateStood: got election %d position %s, want 1 and %d", ev.Election, ev.Position, i)
		}
		if !hasEvent(r, f.abi.UnpackNotaryKeySetEvent) {
			t.Fatal("standing did not publish the HPKE key")
		}
	}
	f.refused(c1, f.abi.PackStand(hpkeKey(9)), "AlreadyCandidate")
	f.refused(c1, f.abi.PackStand(hpkeKey(9)[:5]), "AlreadyCandidate")

	f.refused(stranger, f.abi.PackVote(addrs(c1)), "NotActive")
	f.refused(v1, f.abi.PackVote(addrs(c1, c2, c3, c4)), "TooManyPicks")
	f.refused(v1, f.abi.PackVote(addrs(c1, c1)), "DuplicatePick")
	f.refused(v1, f.abi.PackVote(addrs(stranger)), "NotCandidate")

	// v1 first backs c5 alone, then changes their mind: the tally follows.
	f.tx(v1, f.abi.PackVote(addrs(c5)))
	if f.candidates(1)[c5.From()] != 1 {
		t.Fatal("vote not counted")
	}
	f.tx(v1, f.abi.PackVote(addrs(c2, c3, c4)))
	f.tx(v2, f.abi.PackVote(addrs(c3, c5)))
	f.tx(v3, f.abi.PackVote(addrs(c3, c1, c2)))
	f.tx(v4, f.abi.PackVote(addrs(c4, c5)))
	// Tally: c1 1, c2 2, c3 3, c4 2, c5 2.
	want := map[common.Address]uint32{c1.From(): 1, c2.From(): 2, c3.From(): 3, c4.From(): 2, c5.From(): 2}
	got := f.candidates(1)
	for a, n := range want {
		if got[a] != n {
			t.Fatalf("votes for %s: got %d, want %d", a.Hex(), got[a], n)
		}
	}
	ballot, err := simchain.Call(f.ctx, f.m, f.abi.PackBallotOf(big.NewInt(1), v3.From()), f.abi.UnpackBallotOf)
	if err != nil || !sameAddrs(ballot, addrs(c1, c2, c3)) {
		t.Fatalf("ballotOf v3: got %v (%v)", ballot, err)
	}

	// A claim filed in term 0, before the election is finalized.
	old := new(big.Int).SetUint64(f.submit(claimant, 10, "old-term"))

	r := f.tx(stranger, f.abi.PackFinalize())
	ts := findEvent(t, r, f.abi.UnpackTermStartedEvent)
	wantSeats := addrs(c3, c2, c4) // c5 ties c2 and c4 but stood later
	if ts.Term != 1 || !sameAddrs(ts.Notaries, wantSeats) || !sameAddrs(f.notaries(1), wantSeats) {
		t.Fatalf("term 1 notaries: got %v, want %v", ts.Notaries, wantSeats)
	}
	f.refused(stranger, f.abi.PackFinalize(), "TermNotOver")

	// Old-term claims stay with the old notaries; new claims go to the new ones.
	f.tx(f.m.Notaries[0], f.approveData(old))
	f.refused(c3, f.approveData(old), "NotNotary")
	f.tx(f.m.Notaries[1], f.abi.PackRejectClaim(old, 1))
	f.tx(f.m.Notaries[2], f.abi.PackRejectClaim(old, 1))
	id := new(big.Int).SetUint64(f.submit(claimant, 10, "new-term"))
	if c := f.claim(id.Uint64()); c.Term != 1 {
		t.Fatalf("new claim term: got %d, want 1", c.Term)
	}
	f.refused(f.m.Notaries[0], f.approveData(id), "NotNotary")
	f.tx(c3, f.approveData(id))
	f.tx(c4, f.approveData(id))
	if f.claim(id.Uint64()).Status != contracts.StatusPaid {
		t.Fatal("the new term's notaries could not approve")
	}

	// Election 2 has too few candidates: the sitting notaries serve on and
	// voting stays open.
	f.warp(91 * day)
	f.refused(stranger, f.abi.PackFinalize(), "NotEnoughCandidates")
	f.tx(c1, f.abi.PackStand(hpkeKey(1)))
	f.tx(v1, f.abi.PackVote(addrs(c1)))
	f.refused(stranger, f.abi.PackFinalize(), "NotEnoughCandidates")
	if term, _ := simchain.Call(f.ctx, f.m, f.abi.PackCurrentTerm(), f.abi.UnpackCurrentTerm); term != 1 {
		t.Fatalf("term after a failed finalize: got %d, want 1", term)
	}
	f.tx(c2, f.abi.PackStand(hpkeKey(2)))
	r = f.tx(stranger, f.abi.PackFinalize())
	if ts := findEvent(t, r, f.abi.UnpackTermStartedEvent); ts.Term != 2 || !sameAddrs(ts.Notaries, addrs(c1, c2)) {
		t.Fatalf("term 2: got %v", ts.Notaries)
	}
}

func (f *fixture) ballot(election int64, voter common.Address) []common.Address {
	f.t.Helper()
	got, err := simchain.Call(f.ctx, f.m, f.abi.PackBallotOf(big.NewInt(election), voter), f.abi.UnpackBallotOf)
	if err != nil {
		f.t.Fatal(err)
	}
	return got
}

func (f *fixture) slots(election int64) []common.Address {
	f.t.Helper()
	got, err := simchain.Call(f.ctx, f.m, f.abi.PackCandidatesOf(big.NewInt(election)), f.abi.UnpackCandidatesOf)
	if err != nil {
		f.t.Fatal(err)
	}
	return got.Accounts
}

// fillCandidates has every account in cands join for periods, stand in
// election 1 and vote for itself (so that none is idle).
func (f *fixture) fillCandidates(cands []*chain.KeySender, periods int64) {
	f.t.Helper()
	for _, c := range cands {
		f.joined(c, periods)
	}
	f.warp(31 * day) // past the 30-day waiting period, before the close at 90 days
	for i, c := range cands {
		f.tx(c, f.abi.PackStand(hpkeKey(byte(i))))
		f.tx(c, f.abi.PackVote(addrs(c)))
	}
}

func shortWait(p *contracts.CommunityParams) { p.WaitingPeriod = uint64(30 * day / time.Second) }

// Issue 7, attack 1: 64 members stand and vote for themselves, then let
// their membership lapse before anyone can finalize. On the old contract
// every finalize then reverted (NotEnoughCandidates, lapsed candidates are
// skipped) and every stand reverted (TooManyCandidates): the sitting
// notaries served forever. Now a lapsed candidate's slot goes to the next
// member who stands, and the election closes.
func TestElectionFullListOfLapsedCandidatesCannotFreeze(t *testing.T) {
	const bound = contracts.MaxCandidates
	f := newFixture(t, 4+bound+4, shortWait)
	attackers := f.c.Accounts[4 : 4+bound]
	h1, h2, voter, stranger := f.c.Accounts[4+bound], f.c.Accounts[4+bound+1], f.c.Accounts[4+bound+2], f.c.Accounts[4+bound+3]
	for _, s := range []*chain.KeySender{h1, h2, voter} {
		f.joined(s, 12)
	}
	// Covered 120 days: beyond the close at 90 days, as standing requires.
	f.fillCandidates(attackers, 4)
	// A full list of live candidates, each with a vote, has no room.
	f.refused(h1, f.abi.PackStand(hpkeKey(1)), "TooManyCandidates")
	if gas, err := f.c.Client.EstimateGas(f.ctx, ethereum.CallMsg{From: attackers[0].From(), To: &f.m.Address, Data: f.abi.PackWithdraw()}); err == nil {
		t.Logf("withdraw: about %d gas", gas)
	}

	// Nobody finalizes before the attackers lapse at 120 days.
	f.warp(90 * day)
	f.refused(stranger, f.abi.PackFinalize(), "NotEnoughCandidates")
	r := f.tx(h1, f.abi.PackStand(hpkeKey(1)))
	if ev := findEvent(t, r, f.abi.UnpackCandidateDroppedEvent); ev.Candidate != attackers[0].From() || ev.Position.Int64() != 0 {
		t.Fatalf("dropped %s at %s, want the first lapsed attacker at 0", ev.Candidate.Hex(), ev.Position)
	}
	if ev := findEvent(t, r, f.abi.UnpackCandidateStoodEvent); ev.Position.Int64() != 0 {
		t.Fatalf("h1 stood at slot %s, want 0", ev.Position)
	}
	// The scan's worst case: only idle candidates would be found at the end
	// of a 64-long list of live voted ones; here the first slot is lapsed.
	t.Logf("stand reclaiming a lapsed slot: %d gas", r.GasUsed)
	f.tx(h2, f.abi.PackStand(hpkeKey(2)))
	// The lapsed attacker's vote for itself does not follow its slot.
	if got := f.candidates(1)[h1.From()]; got != 0 {
		t.Fatalf("a reclaimed slot kept %d votes", got)
	}
	f.tx(voter, f.abi.PackVote(addrs(h1, h2)))
	r = f.tx(stranger, f.abi.PackFinalize())
	if ts := findEvent(t, r, f.abi.UnpackTermStartedEvent); !sameAddrs(ts.Notaries, addrs(h1, h2)) {
		t.Fatalf("seated %v, want h1 and h2", ts.Notaries)
	}
}

// A reused slot neither inherits nor later loses the votes of ballots cast
// for its previous candidate; idle candidates give way when the list is
// full; withdrawn candidates leave the count.
func TestElectionSlotReuseAndStaleBallots(t *testing.T) {
	const bound = contracts.MaxCandidates
	f := newFixture(t, 4+bound+4, shortWait)
	cands := f.c.Accounts[4 : 4+bound]
	newcomer, v1, v2, late := f.c.Accounts[4+bound], f.c.Accounts[4+bound+1], f.c.Accounts[4+bound+2], f.c.Accounts[4+bound+3]
	for _, s := range []*chain.KeySender{newcomer, v1, v2, late} {
		f.joined(s, 12)
	}
	f.fillCandidates(cands, 12)
	x, y := cands[5], cands[6]
	f.tx(v1, f.abi.PackVote(addrs(x, y)))
	if got := f.candidates(1)[x.From()]; got != 2 {
		t.Fatalf("x has %d votes, want 2", got)
	}

	// x withdraws: ballots for x stop counting, x can no longer be picked.
	r := f.tx(x, f.abi.PackWithdraw())
	if ev := findEvent(t, r, f.abi.UnpackCandidateWithdrewEvent); ev.Candidate != x.From() || ev.Position.Int64() != 5 {
		t.Fatalf("CandidateWithdrew: %s at %s", ev.Candidate.Hex(), ev.Position)
	}
	f.refused(x, f.abi.PackWithdraw(), "NotCandidate")
	f.refused(x, f.abi.PackSetNotaryKey(hpkeKey(9)), "NotNotaryOrCandidate")
	f.refused(v2, f.abi.PackVote(addrs(x)), "NotCandidate")
	if s := f.slots(1); s[5] != (common.Address{}) {
		t.Fatalf("slot 5 after withdrawal: %s", s[5].Hex())
	}
	if b := f.ballot(1, v1.From()); !sameAddrs(b, addrs(y)) {
		t.Fatalf("v1's ballot after x withdrew: %v", b)
	}

	// The newcomer takes x's slot (withdrawn before idle): it starts at 0
	// votes although v1's ballot still has bit 5.
	r = f.tx(newcomer, f.abi.PackStand(hpkeKey(7)))
	if ev := findEvent(t, r, f.abi.UnpackCandidateStoodEvent); ev.Position.Int64() != 5 {
		t.Fatalf("newcomer stood at %s, want x's slot 5", ev.Position)
	}
	if hasEvent(r, f.abi.UnpackCandidateDroppedEvent) {
		t.Fatal("a withdrawn slot's reuse dropped someone")
	}
	if got := f.candidates(1)[newcomer.From()]; got != 0 {
		t.Fatalf("a reused slot inherited %d votes", got)
	}
	if b := f.ballot(1, v1.From()); !sameAddrs(b, addrs(y)) {
		t.Fatalf("v1's stale bit shows in ballotOf: %v", b)
	}
	// v1 changes their ballot: the stale bit must not take a vote from the
	// newcomer (on a naive tally this underflows and reverts).
	f.tx(v2, f.abi.PackVote(addrs(newcomer)))
	f.tx(v1, f.abi.PackVote(addrs(y)))
	if got := f.candidates(1); got[newcomer.From()] != 1 || got[y.From()] != 2 {
		t.Fatalf("after v1 re-voted: newcomer %d (want 1), y %d (want 2)", got[newcomer.From()], got[y.From()])
	}
	f.tx(v1, f.abi.PackVote(addrs(newcomer)))
	f.tx(v1, f.abi.PackVote(nil))
	if got := f.candidates(1); got[newcomer.From()] != 1 || got[y.From()] != 1 {
		t.Fatalf("after v1 voted and withdrew the vote: newcomer %d (want 1), y %d (want 1)", got[newcomer.From()], got[y.From()])
	}

	// A candidate with no votes gives way on a full list; the dropped one
	// may stand again, taking another idle slot.
	f.tx(cands[0], f.abi.PackVote(addrs(cands[1])))
	f.tx(cands[1], f.abi.PackVote(addrs(cands[2])))
	f.tx(cands[2], f.abi.PackVote(addrs(cands[3])))
	// cands[0] now has no vote (it moved its own): it is the first idle slot.
	r = f.tx(late, f.abi.PackStand(hpkeKey(8)))
	if ev := findEvent(t, r, f.abi.UnpackCandidateDroppedEvent); ev.Candidate != cands[0].From() || ev.Position.Int64() != 0 {
		t.Fatalf("dropped %s at %s, want the idle cands[0] at 0", ev.Candidate.Hex(), ev.Position)
	}
	// x, still a member, votes for late: no slot is idle any more.
	f.tx(x, f.abi.PackVote(addrs(late)))
	f.refused(cands[0], f.abi.PackStand(hpkeKey(1)), "TooManyCandidates")
	f.tx(v1, f.abi.PackVote(addrs(y)))

	// finalize skips withdrawn candidates and seats by votes.
	f.warp(60 * day)
	r = f.tx(v2, f.abi.PackFinalize())
	ts := findEvent(t, r, f.abi.UnpackTermStartedEvent)
	// cands[3] and y have 2 votes (ties: lower slot), late leads the ones at 1.
	if !sameAddrs(ts.Notaries, addrs(cands[3], y, late)) {
		t.Fatalf("seated %v", ts.Notaries)
	}
	t.Logf("finalize with %d candidates, %d seats: %d gas", bound, len(ts.Notaries), r.GasUsed)
}

// The most finalize can cost: the largest seat count the contract accepts
// (MAX_SEATS) and a full list of MAX_CANDIDATES live candidates, every one
// with votes, so that every seat is filled.
func TestElectionFinalizeWorstCaseGas(t *testing.T) {
	const seats, bound = contracts.MaxSeats, contracts.MaxCandidates
	f := newFixture(t, 1+seats+bound, func(p *contracts.CommunityParams) {
		shortWait(p)
		// One founder-named notary: deploying with 32 would not fit the
		// transaction gas cap (EIP-7825).
		p.Seats, p.Quorum = seats, 1
		p.Notaries = []common.Address{{1}}
	})
	cands := f.c.Accounts[1+seats : 1+seats+bound]
	f.fillCandidates(cands, 12)
	f.warp(60 * day)
	r := f.tx(cands[0], f.abi.PackFinalize())
	ts := findEvent(t, r, f.abi.UnpackTermStartedEvent)
	if len(ts.Notaries) != seats {
		t.Fatalf("seated %d, want %d", len(ts.Notaries), seats)
	}
	t.Logf("finalize, %d seats from %d candidates: %d gas", seats, bound, r.GasUsed)
	// It must fit a transaction (EIP-7825 caps one at 2^24 gas) with the
	// 20% margin huzhu adds to estimates; README reports the number.
	if r.GasUsed*6/5 > 1<<24 {
		t.Fatalf("finalize used %d gas: with a 20%% margin more than a transaction may use", r.GasUsed)
	}
}

// Issue 7, attack 2: after a term's nominal end, six members who had just
// paid a single period outvoted five members who had paid 1,200 KBC each,
// seating their two candidates. Now a ballot counts only from a member past
// the waiting period: the newcomers' ballots are refused, the honest
// candidates win.
func TestElectionCannotBeBoughtWithNewMembers(t *testing.T) {
	f := newFixture(t, 20, nil)
	acc := f.c.Accounts
	long, honest, bought, fresh := acc[4:9], acc[9:12], acc[12:14], acc[14:20]
	for _, s := range long {
		f.joined(s, 120) // 1,200 KBC each
	}
	for _, s := range append(append([]*chain.KeySender{}, honest...), bought...) {
		f.joined(s, 12)
	}
	f.warp(91 * day) // past the waiting period and the term's nominal end
	for i, c := range append(append([]*chain.KeySender{}, honest...), bought...) {
		f.tx(c, f.abi.PackStand(hpkeKey(byte(i))))
	}
	for _, s := range long {
		f.tx(s, f.abi.PackVote(addrs(honest...)))
	}
	for _, s := range bought {
		f.tx(s, f.abi.PackVote(addrs(bought...)))
	}
	for _, s := range fresh {
		f.joined(s, 1) // one period: covered beyond the close, but new
		r := f.refused(s, f.abi.PackVote(addrs(bought...)), "WaitingPeriod")
		if ev := r.Value.(*contracts.CommunityWaitingPeriod); ev.EligibleAt != f.member(s.From()).EligibleAt {
			t.Fatalf("WaitingPeriod names %d, the member is eligible at %d", ev.EligibleAt, f.member(s.From()).EligibleAt)
		}
		f.refused(s, f.abi.PackStand(hpkeKey(9)), "WaitingPeriod")
	}
	r := f.tx(acc[0], f.abi.PackFinalize())
	if ts := findEvent(t, r, f.abi.UnpackTermStartedEvent); !sameAddrs(ts.Notaries, addrs(honest...)) {
		t.Fatalf("seated %v, want the honest candidates", ts.Notaries)
	}
}

// A notary resigns: the seat stays empty, later claims count one voter
// fewer, and when fewer than quorum remain seated the term is over at once.
func TestNotaryResignation(t *testing.T) {
	f := newFixture(t, 10, shortWait)
	n1, n2, n3 := f.m.Notaries[0], f.m.Notaries[1], f.m.Notaries[2]
	claimant, other, c1, c2 := f.c.Accounts[4], f.c.Accounts[5], f.c.Accounts[6], f.c.Accounts[7]
	for _, s := range []*chain.KeySender{claimant, other, c1, c2} {
		f.joined(s, 12)
	}
	f.fund(f.c.Accounts[8], 1000)
	f.tx(f.c.Accounts[8], f.abi.PackDonate(simchain.Tokens(1000)))
	f.warp(31 * day) // past the waiting period, well before the term's end
	f.tx(c1, f.abi.PackStand(hpkeKey(1)))
	f.tx(c2, f.abi.PackStand(hpkeKey(2)))
	first := new(big.Int).SetUint64(f.submit(claimant, 10, "before"))

	f.refused(claimant, f.abi.PackResign(), "NotNotary")
	r := f.tx(n1, f.abi.PackResign())
	if ev := findEvent(t, r, f.abi.UnpackNotaryResignedEvent); ev.Term != 0 || ev.Notary != n1.From() || ev.SeatsLeft != 2 {
		t.Fatalf("NotaryResigned: %+v", ev)
	}
	f.refused(n1, f.abi.PackResign(), "NotNotary")
	f.refused(n1, f.approveData(first), "NotNotary")
	f.refused(n1, f.abi.PackSetNotaryKey(hpkeKey(3)), "NotNotaryOrCandidate")
	if got := f.notaries(0); got[0] != (common.Address{}) || got[1] != n2.From() {
		t.Fatalf("notariesOf(0) after n1 resigned: %v", got)
	}
	p, err := simchain.Call(f.ctx, f.m, f.abi.PackParameters(), f.abi.UnpackParameters)
	if err != nil || !sameAddrs(p.Notaries, addrs(n1, n2, n3)) {
		t.Fatalf("parameters().notaries changed: %v (%v)", p.Notaries, err)
	}
	// The claim filed before keeps its three voters; the two seated decide it.
	f.tx(n2, f.approveData(first))
	f.tx(n3, f.approveData(first))
	if f.claim(first.Uint64()).Status != contracts.StatusPaid {
		t.Fatal("the remaining quorum could not approve")
	}
	second := f.submit(claimant, 10, "after")
	if c := f.claim(second); c.Voters != 2 {
		t.Fatalf("a claim filed after the resignation counts %d voters, want 2", c.Voters)
	}
	f.refused(other, f.abi.PackFinalize(), "TermNotOver")

	// Fewer than quorum seated: no claim can be decided, the term is over.
	f.tx(n2, f.abi.PackResign())
	f.refused(other, f.abi.PackSubmitClaim(simchain.Tokens(10), nullifierOf("stuck"), []byte("sealed")), "QuorumUnreachable")
	r = f.tx(other, f.abi.PackFinalize())
	ts := findEvent(t, r, f.abi.UnpackTermStartedEvent)
	if ts.Term != 1 || !sameAddrs(ts.Notaries, addrs(c1, c2)) {
		t.Fatalf("early finalize: term %d %v", ts.Term, ts.Notaries)
	}
	f.submit(other, 10, "new term")
}
