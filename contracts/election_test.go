package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

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
	// One covered for too short a time cannot stand or vote.
	short := f.c.Accounts[15]
	f.joined(short, 1)
	f.refused(short, f.abi.PackVote(nil), "CoverageEndsBeforeElection")
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

func TestElectionCandidateBoundAndLapsedCandidates(t *testing.T) {
	const bound = 64
	f := newFixture(t, 4+bound+2, nil)
	cands := f.c.Accounts[4 : 4+bound+1]
	voter := f.c.Accounts[4+bound+1]
	f.joined(voter, 12)
	for i, c := range cands {
		periods := int64(12)
		if i == 0 {
			periods = 4 // lapses before the election is finalized
		}
		f.joined(c, periods)
	}
	f.warp(91 * day)
	for i, c := range cands[:bound] {
		f.tx(c, f.abi.PackStand(hpkeKey(byte(i))))
	}
	f.refused(cands[bound], f.abi.PackStand(hpkeKey(1)), "TooManyCandidates")
	// The most-voted candidate lapses and is passed over.
	f.tx(voter, f.abi.PackVote(addrs(cands[0], cands[10], cands[20])))
	f.warp(30 * day)
	r := f.tx(voter, f.abi.PackFinalize())
	ts := findEvent(t, r, f.abi.UnpackTermStartedEvent)
	if want := addrs(cands[10], cands[20], cands[1]); !sameAddrs(ts.Notaries, want) {
		t.Fatalf("seated: got %v, want %v", ts.Notaries, want)
	}
	t.Logf("finalize with %d candidates used %d gas", bound, r.GasUsed)
}
