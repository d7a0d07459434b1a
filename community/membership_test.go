package community_test

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
)

func (e *env) mint(s *chain.KeySender, tokens int64) {
	e.t.Helper()
	if _, err := e.m.TokenTx(e.ctx, e.m.Founder, e.m.TokenABI.PackMint(s.From(), simchain.Tokens(tokens))); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) status(a common.Address) community.MemberStatus {
	e.t.Helper()
	s, err := e.com.MemberStatus(e.ctx, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

func (e *env) send(s *chain.KeySender, steps []community.Step) {
	e.t.Helper()
	for _, st := range steps {
		to := st.To
		if _, err := s.Send(e.ctx, &to, st.Data, nil); err != nil {
			e.t.Fatal(err)
		}
	}
}

// A dues payment with KBC's permit is one transaction, no approval; the
// member's state moves none -> waiting -> active -> grace -> lapsed, and a
// payment after grace is a re-join that restarts the waiting period, as
// Effect said it would.
func TestDuesWithPermitAndMemberStates(t *testing.T) {
	e := newEnv(t)
	ctx, com := e.ctx, e.com
	alice, bob := e.c.Accounts[4], e.c.Accounts[5]
	e.mint(alice, 1000)
	if !com.SupportsPermit(ctx) {
		t.Fatal("KBC is not seen as an EIP-2612 token")
	}
	if s := e.status(alice.From()); s.State != community.StateNone || s.Joined() {
		t.Fatalf("before joining: %+v", s)
	}
	plan, err := com.PlanDues(ctx, alice.From(), alice.From(), 3, alice.Key)
	if err != nil {
		t.Fatal(err)
	}
	if !plan.Permit || plan.Approve != nil || len(plan.Steps()) != 1 || !plan.Effect.First || !plan.Effect.Rejoin ||
		plan.Effect.Amount.Cmp(simchain.Tokens(30)) != 0 || plan.Pay.Spends.Cmp(simchain.Tokens(30)) != 0 {
		t.Fatalf("plan: %+v", plan)
	}
	e.send(alice, plan.Steps())
	if a, _ := com.Allowance(ctx, alice.From()); a.Sign() != 0 {
		t.Fatalf("allowance left after the permit payment: %v", a)
	}
	s := e.status(alice.From())
	if s.State != community.StateWaiting || s.CoveredUntil.Sub(s.JoinedAt) != 90*contracts.Day || s.EligibleAt != s.JoinedAt.Add(90*contracts.Day) {
		t.Fatalf("after joining: %+v", s)
	}
	joined := s.JoinedAt

	// bob pays one period for alice: contribute, coverage extends, same join date.
	e.mint(bob, 100)
	plan, err = com.PlanDues(ctx, bob.From(), alice.From(), 1, bob.Key)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Effect.Rejoin || plan.Effect.First || !plan.Effect.CoveredUntil.Equal(s.CoveredUntil.Add(30*contracts.Day)) {
		t.Fatalf("contribute effect: %+v", plan.Effect)
	}
	e.send(bob, plan.Steps())
	s = e.status(alice.From())
	if !s.JoinedAt.Equal(joined) || !s.CoveredUntil.Equal(joined.Add(120*contracts.Day)) {
		t.Fatalf("after contribute: %+v", s)
	}

	for _, step := range []struct {
		warp time.Duration
		want community.MemberState
	}{{91 * contracts.Day, community.StateActive}, {30 * contracts.Day, community.StateGrace}, {16 * contracts.Day, community.StateLapsed}} {
		if err := e.c.Warp(step.warp); err != nil {
			t.Fatal(err)
		}
		if s = e.status(alice.From()); s.State != step.want {
			t.Fatalf("after %v more: state %s, want %s", step.warp, s.State, step.want)
		}
	}
	plan, err = com.PlanDues(ctx, alice.From(), alice.From(), 1, alice.Key)
	if err != nil {
		t.Fatal(err)
	}
	if !plan.Effect.Rejoin || plan.Effect.First {
		t.Fatalf("after grace: %+v", plan.Effect)
	}
	e.send(alice, plan.Steps())
	if s = e.status(alice.From()); s.State != community.StateWaiting || !s.JoinedAt.After(joined) {
		t.Fatalf("re-join: %+v", s)
	}

	// Without a key: approve, then pay.
	plan, err = com.PlanDues(ctx, bob.From(), bob.From(), 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Permit || plan.Approve == nil || len(plan.Steps()) != 2 {
		t.Fatalf("plan without a permit: %+v", plan)
	}
	e.send(bob, plan.Steps())
	if s := e.status(bob.From()); s.State != community.StateWaiting {
		t.Fatalf("bob: %+v", s)
	}

	if _, err := com.PlanDues(ctx, alice.From(), alice.From(), 0, alice.Key); !errors.Is(err, community.ErrPeriods) {
		t.Fatalf("0 periods: %v", err)
	}
	if _, err := com.PlanDues(ctx, alice.From(), alice.From(), contracts.MaxPeriods+1, alice.Key); !errors.Is(err, community.ErrPeriods) {
		t.Fatalf("too many periods: %v", err)
	}

	r, err := com.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Members) != 2 || r.Members[0].Member != alice.From() || r.Members[0].Payments != 3 ||
		r.Members[0].Paid.Cmp(simchain.Tokens(50)) != 0 || len(r.Members[0].Payers) != 2 || r.Members[0].State != community.StateWaiting ||
		r.Count(community.StateWaiting) != 2 {
		t.Fatalf("roster: %+v", r)
	}
}

// The running election as members see it: candidates by votes, the
// voter's ballot found from its event, a re-vote taking back the previous
// picks, a withdrawal, and finalize seating the leaders.
func TestElectionViewAndRevote(t *testing.T) {
	e := newEnv(t)
	ctx, com := e.ctx, e.com
	a, b, c, v := e.c.Accounts[4], e.c.Accounts[5], e.c.Accounts[6], e.c.Accounts[7]
	for _, s := range []*chain.KeySender{a, b, c, v} {
		e.mint(s, 2000)
		plan, err := com.PlanDues(ctx, s.From(), s.From(), 10, s.Key)
		if err != nil {
			t.Fatal(err)
		}
		e.send(s, plan.Steps())
	}
	if _, err := e.m.Tx(ctx, v, com.PlanStand(bytes.Repeat([]byte{7}, 1216)).Data); err == nil {
		t.Fatal("stood before the waiting period")
	}
	if err := e.c.Warp(91 * contracts.Day); err != nil {
		t.Fatal(err)
	}
	for i, s := range []*chain.KeySender{a, b, c} {
		e.send(s, []community.Step{com.PlanStand(bytes.Repeat([]byte{byte(7 + i)}, 1216))}) // a key of each one's own
	}
	vote := func(s *chain.KeySender, picks ...common.Address) {
		t.Helper()
		p, err := com.PlanVote(ctx, s.From(), picks)
		if err != nil {
			t.Fatal(err)
		}
		e.send(s, []community.Step{p.Step})
	}
	vote(v, a.From(), b.From())
	vote(v, a.From(), c.From()) // a re-vote: b loses the vote, c gains it
	vote(a, c.From())
	el, err := com.Election(ctx, v.From())
	if err != nil {
		t.Fatal(err)
	}
	if el.Ballots != 2 || el.MinBallots != 3 {
		t.Fatalf("turnout: %d of %d ballots, want 2 of 3", el.Ballots, el.MinBallots)
	}
	vote(b, a.From()) // the third ballot: the election can count
	el, err = com.Election(ctx, v.From())
	if err != nil {
		t.Fatal(err)
	}
	votes := map[common.Address]uint32{}
	for _, cd := range el.Candidates {
		votes[cd.Address] = cd.Votes
	}
	if el.Number != 1 || votes[a.From()] != 2 || votes[b.From()] != 0 || votes[c.From()] != 2 || el.Candidates[0].Address != a.From() || el.Ballots != 3 {
		t.Fatalf("tallies: %v, candidates %+v", votes, el.Candidates)
	}
	if el.Ballot == nil || len(el.Ballot.Picks) != 2 || el.Ballot.Picks[1] != c.From() {
		t.Fatalf("ballot: %+v", el.Ballot)
	}
	if _, err := com.PlanVote(ctx, v.From(), []common.Address{a.From(), a.From()}); !errors.Is(err, community.ErrRefused) {
		t.Fatalf("duplicate pick: %v", err)
	}
	if _, err := com.PlanVote(ctx, v.From(), []common.Address{v.From()}); !errors.Is(err, community.ErrRefused) {
		t.Fatalf("non-candidate pick: %v", err)
	}
	e.send(b, []community.Step{com.PlanWithdraw()})
	if el.Finalizable() {
		t.Fatal("finalizable before the term's end")
	}
	if _, err := e.m.Tx(ctx, v, com.PlanFinalize().Data); err == nil {
		t.Fatal("finalized before the term's end")
	}
	if err := e.c.Warp(el.ClosesAt.Sub(el.ChainTime) + time.Second); err != nil {
		t.Fatal(err)
	}
	rc, err := e.m.Tx(ctx, v, com.PlanFinalize().Data)
	if err != nil {
		t.Fatal(err)
	}
	term, seated, ok := com.TermStartedIn(rc)
	if !ok || term != 1 || len(seated) != 2 || seated[0] != a.From() || seated[1] != c.From() {
		t.Fatalf("finalize: term %d, seated %v", term, seated)
	}
	el, err = com.Election(ctx, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	if el.Term != 1 || len(el.Notaries) != 2 || !el.Notaries[0].KeyPublished || el.Ballot != nil {
		t.Fatalf("after finalize: %+v", el)
	}
}

// A member covered too briefly to stand or vote is told until when to pay.
func TestCoverageBeforeElectionSaysUntilWhen(t *testing.T) {
	r := &contracts.Revert{Name: "CoverageEndsBeforeElection", Value: &contracts.BoardCoverageEndsBeforeElection{CoveredUntil: 1803902400, ElectionClosesAt: 1804507200}}
	ref := community.Refuse(r, community.Token{Symbol: "KBC", Decimals: 18})
	want := "standing and voting need coverage past the election's close (2027-03-08 12:00 UTC), and your coverage ends 2027-03-01 12:00 UTC; pay dues until after 2027-03-08 12:00 UTC first"
	if ref.Reason != want || ref.Fix != community.FixPayPastElection {
		t.Fatalf("got %q, fix %d\nwant %q", ref.Reason, ref.Fix, want)
	}
}
