package contracts_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
)

const day = 24 * time.Hour

type fixture struct {
	t   *testing.T
	ctx context.Context
	c   *simchain.Chain
	m   *simchain.Community
	abi *contracts.Community
}

// newFixture deploys the demo community on a fresh simulated chain with
// accounts: 0 founder, 1..3 notaries, the rest plain.
func newFixture(t *testing.T, accounts int, edit func(*contracts.CommunityParams)) *fixture {
	t.Helper()
	ctx := context.Background()
	c := simchain.New(t.Name(), accounts)
	t.Cleanup(func() { c.Close() })
	m, err := c.DeployCommunity(ctx, edit)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	return &fixture{t: t, ctx: ctx, c: c, m: m, abi: m.ABI}
}

func (f *fixture) tx(s chain.Sender, data []byte) *types.Receipt {
	f.t.Helper()
	r, err := f.m.Tx(f.ctx, s, data)
	if err != nil {
		f.t.Fatalf("transaction from %s: %v", s.From().Hex(), err)
	}
	return r
}

// refused asserts that sending data from s is refused with the named error.
func (f *fixture) refused(s chain.Sender, data []byte, name string) *contracts.Revert {
	f.t.Helper()
	_, err := f.m.Tx(f.ctx, s, data)
	var r *contracts.Revert
	if !errors.As(err, &r) {
		f.t.Fatalf("got error %v, want contract refusal %s", err, name)
	}
	if r.Name != name {
		f.t.Fatalf("got refusal %s, want %s", r, name)
	}
	return r
}

func (f *fixture) fund(s chain.Sender, tokens int64) {
	f.t.Helper()
	if err := f.m.Fund(f.ctx, s, tokens); err != nil {
		f.t.Fatal(err)
	}
}

// joined funds s and joins for periods.
func (f *fixture) joined(s chain.Sender, periods int64) {
	f.t.Helper()
	f.fund(s, 10*periods)
	f.tx(s, f.abi.PackJoin(big.NewInt(periods)))
}

func (f *fixture) warp(d time.Duration) {
	f.t.Helper()
	if err := f.c.Warp(d); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) member(a common.Address) contracts.CommunityMemberView {
	f.t.Helper()
	v, err := f.m.Member(f.ctx, a)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func (f *fixture) claim(id uint64) contracts.CommunityClaimView {
	f.t.Helper()
	v, err := f.m.Claim(f.ctx, id)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func (f *fixture) balance(a common.Address) *big.Int {
	f.t.Helper()
	b, err := f.m.Balance(f.ctx, a)
	if err != nil {
		f.t.Fatal(err)
	}
	return b
}

func (f *fixture) blockTime(r *types.Receipt) uint64 {
	f.t.Helper()
	h, err := f.c.Client.HeaderByNumber(f.ctx, r.BlockNumber)
	if err != nil {
		f.t.Fatal(err)
	}
	return h.Time
}

func (f *fixture) submit(s chain.Sender, tokens int64, nullifier string) uint64 {
	f.t.Helper()
	term, err := simchain.Call(f.ctx, f.m, f.abi.PackCurrentTerm(), f.abi.UnpackCurrentTerm)
	if err != nil {
		f.t.Fatal(err)
	}
	r := f.tx(s, f.abi.PackSubmitClaim(simchain.Tokens(tokens), nullifierOf(nullifier), f.envelope(), term))
	ev := findEvent(f.t, r, f.abi.UnpackClaimSubmittedEvent)
	return ev.Id.Uint64()
}

// envelope is a placeholder claim envelope of the size the contract
// requires now: sealed to every seated notary of the current term.
func (f *fixture) envelope() []byte {
	f.t.Helper()
	env, err := f.m.Envelope(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	return env
}

// voteData packs vote(previous, picks) for s, with previous read from s's
// last BallotCast event in the running election, as huzhu's client does.
func (f *fixture) voteData(s chain.Sender, picks []common.Address) []byte {
	f.t.Helper()
	data, err := f.m.PackVote(f.ctx, s.From(), picks)
	if err != nil {
		f.t.Fatal(err)
	}
	return data
}

// approveData packs approveClaim(id) as a notary's client does; for a claim
// that was never submitted, with zero evidence.
func (f *fixture) approveData(id *big.Int) []byte {
	return approveData(f.ctx, f.m, id)
}

func approveData(ctx context.Context, m *simchain.Community, id *big.Int) []byte {
	data, err := m.PackApprove(ctx, id)
	if err != nil {
		return m.ABI.PackApproveClaim(id, [32]byte{}, [32]byte{})
	}
	return data
}

func nullifierOf(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

// findEvent returns the first log of r that unpack accepts.
func findEvent[T any](t *testing.T, r *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	var zero T
	t.Fatalf("no %T event in tx %s", zero, r.TxHash.Hex())
	return nil
}

func hasEvent[T any](r *types.Receipt, unpack func(*types.Log) (*T, error)) bool {
	for _, l := range r.Logs {
		if _, err := unpack(l); err == nil {
			return true
		}
	}
	return false
}

func wantInt(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s: got %s, want %s", what, got, want)
	}
}

func TestJoinSetsCoverageAndPaysPool(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.fund(alice, 100)
	r := f.tx(alice, f.abi.PackJoin(big.NewInt(2)))
	now := f.blockTime(r)

	ev := findEvent(t, r, f.abi.UnpackDuesPaidEvent)
	if ev.Member != alice.From() || ev.Payer != alice.From() {
		t.Fatalf("DuesPaid member/payer: got %s/%s", ev.Member.Hex(), ev.Payer.Hex())
	}
	wantInt(t, "dues paid", ev.Amount, simchain.Tokens(20))

	v := f.member(alice.From())
	if v.JoinedAt != now || v.CoveredUntil != now+2*30*86400 {
		t.Fatalf("coverage: got joined %d until %d, want %d and %d", v.JoinedAt, v.CoveredUntil, now, now+60*86400)
	}
	if !v.Active || v.Eligible {
		t.Fatalf("got active=%v eligible=%v, want active and not yet eligible", v.Active, v.Eligible)
	}
	if v.EligibleAt != now+90*86400 {
		t.Fatalf("eligibleAt: got %d, want %d", v.EligibleAt, now+90*86400)
	}
	wantInt(t, "pool", f.balance(f.m.Address), simchain.Tokens(20))
	wantInt(t, "member tokens", f.balance(alice.From()), simchain.Tokens(80))

	f.refused(alice, f.abi.PackJoin(big.NewInt(0)), "InvalidPeriods")
	f.refused(alice, f.abi.PackJoin(big.NewInt(121)), "InvalidPeriods")
	f.refused(alice, f.abi.PackContribute(common.Address{}, big.NewInt(1)), "ZeroMember")
}

func TestRenewalInsideCoverageAndGraceKeepsJoinDate(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.fund(alice, 100)
	f.tx(alice, f.abi.PackJoin(big.NewInt(1)))
	first := f.member(alice.From())

	// Inside coverage.
	f.warp(10 * day)
	f.tx(alice, f.abi.PackJoin(big.NewInt(1)))
	v := f.member(alice.From())
	if v.JoinedAt != first.JoinedAt || v.CoveredUntil != first.CoveredUntil+30*86400 {
		t.Fatalf("renewal in coverage: got joined %d until %d, want %d and %d", v.JoinedAt, v.CoveredUntil, first.JoinedAt, first.CoveredUntil+30*86400)
	}

	// Coverage ended 10 days ago: inside the 15-day grace.
	f.warp(60 * day)
	if f.member(alice.From()).Active {
		t.Fatal("member still active after coverage ended")
	}
	f.tx(alice, f.abi.PackJoin(big.NewInt(1)))
	v2 := f.member(alice.From())
	if v2.JoinedAt != first.JoinedAt || v2.CoveredUntil != v.CoveredUntil+30*86400 {
		t.Fatalf("renewal in grace: got joined %d until %d, want %d and %d", v2.JoinedAt, v2.CoveredUntil, first.JoinedAt, v.CoveredUntil+30*86400)
	}
	if !v2.Active {
		t.Fatal("renewal in grace did not make the member active")
	}
}

func TestRejoinAfterGraceRestartsWaitingPeriod(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.fund(alice, 100)
	f.tx(alice, f.abi.PackJoin(big.NewInt(1)))
	first := f.member(alice.From())

	f.warp(30*day + 16*day) // coverage ended 16 days ago: grace is over
	r := f.tx(alice, f.abi.PackJoin(big.NewInt(1)))
	now := f.blockTime(r)
	v := f.member(alice.From())
	if v.JoinedAt == first.JoinedAt || v.JoinedAt != now {
		t.Fatalf("re-join: got joined %d, want the new join time %d", v.JoinedAt, now)
	}
	if v.EligibleAt != now+90*86400 || v.Eligible {
		t.Fatalf("re-join: got eligibleAt %d eligible=%v, want %d and false", v.EligibleAt, v.Eligible, now+90*86400)
	}
}

func TestSponsorPaysForMember(t *testing.T) {
	f := newFixture(t, 7, nil)
	member, sponsor := f.c.Accounts[4], f.c.Accounts[5]
	f.fund(sponsor, 100)
	r := f.tx(sponsor, f.abi.PackContribute(member.From(), big.NewInt(3)))
	ev := findEvent(t, r, f.abi.UnpackDuesPaidEvent)
	if ev.Member != member.From() || ev.Payer != sponsor.From() {
		t.Fatalf("DuesPaid: got member %s payer %s", ev.Member.Hex(), ev.Payer.Hex())
	}
	v := f.member(member.From())
	if !v.Active || v.CoveredUntil != v.JoinedAt+90*86400 {
		t.Fatalf("sponsored coverage: got %+v", v)
	}
	wantInt(t, "sponsor tokens", f.balance(sponsor.From()), simchain.Tokens(70))
	wantInt(t, "member tokens", f.balance(member.From()), new(big.Int))
	// A sponsor without allowance is refused by the token.
	f.refused(f.c.Accounts[6], f.abi.PackContribute(member.From(), big.NewInt(1)), "ERC20InsufficientAllowance")
}

func (f *fixture) permit(owner *chain.KeySender, value *big.Int, deadline int64) (uint8, [32]byte, [32]byte) {
	f.t.Helper()
	v, r, s, err := f.m.Permit(f.ctx, owner, value, big.NewInt(deadline))
	if err != nil {
		f.t.Fatal(err)
	}
	return v, r, s
}

func TestDuesWithPermitInOneTransaction(t *testing.T) {
	f := newFixture(t, 7, nil)
	alice, bob := f.c.Accounts[4], f.c.Accounts[5]
	for _, s := range []*chain.KeySender{alice, bob} {
		if _, err := f.m.TokenTx(f.ctx, f.m.Founder, f.m.TokenABI.PackMint(s.From(), simchain.Tokens(100))); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(time.Hour).Unix()

	// Without allowance or permit, join is refused by the token.
	f.refused(alice, f.abi.PackJoin(big.NewInt(2)), "ERC20InsufficientAllowance")

	v, r, s := f.permit(alice, simchain.Tokens(20), deadline)
	// An absurd period count is named as such, not a bare overflow panic.
	huge := new(big.Int).Lsh(big.NewInt(1), 250)
	f.refused(alice, f.abi.PackJoinWithPermit(huge, big.NewInt(deadline), v, r, s), "InvalidPeriods")
	f.tx(alice, f.abi.PackJoinWithPermit(big.NewInt(2), big.NewInt(deadline), v, r, s))
	if !f.member(alice.From()).Active {
		t.Fatal("joinWithPermit did not make alice a member")
	}
	wantInt(t, "alice tokens", f.balance(alice.From()), simchain.Tokens(80))

	// The same permit again (as if front-run): the permit fails, and with
	// no allowance left the payment is refused by the token.
	f.refused(alice, f.abi.PackJoinWithPermit(big.NewInt(2), big.NewInt(deadline), v, r, s), "ERC20InsufficientAllowance")

	// Bob pays for alice with a permit.
	v, r, s = f.permit(bob, simchain.Tokens(10), deadline)
	f.tx(bob, f.abi.PackContributeWithPermit(alice.From(), big.NewInt(1), big.NewInt(deadline), v, r, s))
	wantInt(t, "bob tokens", f.balance(bob.From()), simchain.Tokens(90))
	wantInt(t, "pool", f.balance(f.m.Address), simchain.Tokens(30))
}

func TestClaimRefusedUnlessEligible(t *testing.T) {
	f := newFixture(t, 7, nil)
	stranger, alice := f.c.Accounts[4], f.c.Accounts[5]
	env := f.envelope()
	f.refused(stranger, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("x"), env, 0), "NotActive")

	f.joined(alice, 6)
	r := f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("x"), env, 0), "WaitingPeriod")
	wp := r.Value.(*contracts.CommunityWaitingPeriod)
	if v := f.member(alice.From()); wp.EligibleAt != v.EligibleAt {
		t.Fatalf("WaitingPeriod.eligibleAt: got %d, want %d", wp.EligibleAt, v.EligibleAt)
	}

	f.warp(91 * day)
	if !f.member(alice.From()).Eligible {
		t.Fatal("member not eligible after the waiting period")
	}
	f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(5001), nullifierOf("x"), env, 0), "AmountOutOfRange")
	f.refused(alice, f.abi.PackSubmitClaim(new(big.Int), nullifierOf("x"), env, 0), "AmountOutOfRange")
	// The envelope is sealed to the term's three notaries: exactly
	// 8,264 + 3 × 1,204 bytes, a byte fewer or more is refused.
	f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("x"), nil, 0), "EnvelopeSize")
	short := f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("x"), env[:len(env)-1], 0), "EnvelopeSize")
	if v := short.Value.(*contracts.CommunityEnvelopeSize); v.Size.Int64() != int64(len(env)-1) || v.Expected.Int64() != 11876 {
		t.Fatalf("EnvelopeSize names %s and %s, want %d and 11876", v.Size, v.Expected, len(env)-1)
	}
	f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("x"), append(env, 0), 0), "EnvelopeSize")
	f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("x"), simchain.SizedEnvelope(2), 0), "EnvelopeSize")

	id := f.submit(alice, 100, "event-1")
	f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("event-2"), env, 0), "OpenClaimExists")
	if c := f.claim(id); c.Status != contracts.StatusOpen || c.Voters != 3 {
		t.Fatalf("claim: got status %d voters %d, want open with 3 voters", c.Status, c.Voters)
	}

	// Coverage lapses: no more claims even after the first is decided.
	f.tx(f.m.Notaries[0], f.abi.PackRejectClaim(new(big.Int).SetUint64(id), 1))
	f.tx(f.m.Notaries[1], f.abi.PackRejectClaim(new(big.Int).SetUint64(id), 1))
	f.warp(100 * day)
	f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("event-2"), env, 0), "NotActive")
}

func TestClaimSubmittedEventCarriesEnvelope(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.joined(alice, 6)
	f.warp(91 * day)
	env := bytes.Repeat([]byte{0xab}, contracts.EnvelopeSize(3))
	r := f.tx(alice, f.abi.PackSubmitClaim(simchain.Tokens(10), nullifierOf("e"), env, 0))
	ev := findEvent(t, r, f.abi.UnpackClaimSubmittedEvent)
	if !bytes.Equal(ev.Envelope, env) || ev.EnvelopeHash != crypto.Keccak256Hash(env) {
		t.Fatal("ClaimSubmitted does not carry the envelope and its hash")
	}
	want, _ := simchain.Call(f.ctx, f.m, f.abi.PackEvidenceOf(nullifierOf("e"), crypto.Keccak256Hash(env)), f.abi.UnpackEvidenceOf)
	if c := f.claim(ev.Id.Uint64()); c.Evidence != want || want == ([32]byte{}) {
		t.Fatal("claim does not store the evidence commitment of nullifier and envelope hash")
	}
}

func TestVotingRules(t *testing.T) {
	f := newFixture(t, 7, nil)
	alice, stranger := f.c.Accounts[4], f.c.Accounts[5]
	n1, n2, n3 := f.m.Notaries[0], f.m.Notaries[1], f.m.Notaries[2]
	f.joined(alice, 6)
	f.joined(n1, 6) // a notary who is also a member
	f.warp(91 * day)
	id := new(big.Int).SetUint64(f.submit(alice, 100, "a"))

	f.refused(stranger, f.approveData(id), "NotNotary")
	f.refused(stranger, f.abi.PackRejectClaim(id, 3), "NotNotary")
	f.refused(n1, f.abi.PackRejectClaim(id, 0), "ReasonRequired")
	f.refused(n1, f.abi.PackApproveClaim(big.NewInt(99), [32]byte{}, [32]byte{}), "UnknownClaim")

	r := f.tx(n1, f.abi.PackRejectClaim(id, 7))
	ev := findEvent(t, r, f.abi.UnpackClaimVoteEvent)
	if ev.Notary != n1.From() || ev.Approve || ev.Reason != 7 {
		t.Fatalf("ClaimVote: got %+v", ev)
	}
	f.refused(n1, f.approveData(id), "AlreadyVoted")
	f.refused(n1, f.abi.PackRejectClaim(id, 1), "AlreadyVoted")
	f.tx(n2, f.approveData(id))
	f.refused(n2, f.approveData(id), "AlreadyVoted")
	if c := f.claim(id.Uint64()); c.Status != contracts.StatusOpen || c.Approvals != 1 || c.Rejections != 1 {
		t.Fatalf("after 1 approve and 1 reject: got %+v", c)
	}
	f.tx(n3, f.approveData(id))
	if c := f.claim(id.Uint64()); c.Status != contracts.StatusPaid {
		t.Fatalf("after quorum: got status %d, want paid", c.Status)
	}
	f.refused(n1, f.approveData(id), "ClaimNotOpen")

	// A notary's own claim: the other two notaries are its voters.
	own := new(big.Int).SetUint64(f.submit(n1, 50, "n1"))
	f.refused(n1, f.approveData(own), "OwnClaim")
	if c := f.claim(own.Uint64()); c.Voters != 2 {
		t.Fatalf("voters on a notary's own claim: got %d, want 2", c.Voters)
	}
	// With 2 voters and quorum 2, one rejection decides.
	f.tx(n2, f.abi.PackRejectClaim(own, 2))
	if c := f.claim(own.Uint64()); c.Status != contracts.StatusRejected {
		t.Fatalf("own claim after one rejection: got status %d, want rejected", c.Status)
	}
}

func TestQuorumApprovalPaysInSameTransaction(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.joined(alice, 12) // 120 KBC in the pool
	f.warp(91 * day)
	id := new(big.Int).SetUint64(f.submit(alice, 100, "a"))
	before := f.balance(alice.From())
	r1 := f.tx(f.m.Notaries[0], f.approveData(id))
	if hasEvent(r1, f.abi.UnpackClaimPaidEvent) {
		t.Fatal("one approval paid the claim")
	}
	// The final approval must name the claim's real nullifier and envelope.
	f.refused(f.m.Notaries[2], f.abi.PackApproveClaim(id, nullifierOf("b"), crypto.Keccak256Hash([]byte("sealed envelope"))), "EvidenceMismatch")
	r2 := f.tx(f.m.Notaries[2], f.approveData(id))
	paid := findEvent(t, r2, f.abi.UnpackClaimPaidEvent)
	wantInt(t, "paid amount", paid.Amount, simchain.Tokens(100))
	if !hasEvent(r2, f.abi.UnpackClaimApprovedEvent) {
		t.Fatal("no ClaimApproved event")
	}
	wantInt(t, "member tokens", f.balance(alice.From()), new(big.Int).Add(before, simchain.Tokens(100)))
	wantInt(t, "pool", f.balance(f.m.Address), simchain.Tokens(20))
	used, err := simchain.Call(f.ctx, f.m, f.abi.PackNullifierClaim(nullifierOf("a")), f.abi.UnpackNullifierClaim)
	if err != nil || used.Cmp(id) != 0 {
		t.Fatalf("nullifierClaim: got %v (%v), want %s", used, err, id)
	}
}

func TestRejectionOnceQuorumUnreachable(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.joined(alice, 12)
	f.warp(91 * day)
	id := new(big.Int).SetUint64(f.submit(alice, 100, "a"))
	f.tx(f.m.Notaries[0], f.abi.PackRejectClaim(id, 5))
	if f.claim(id.Uint64()).Status != contracts.StatusOpen {
		t.Fatal("one rejection of three decided the claim")
	}
	r := f.tx(f.m.Notaries[1], f.abi.PackRejectClaim(id, 6))
	if !hasEvent(r, f.abi.UnpackClaimRejectedEvent) || f.claim(id.Uint64()).Status != contracts.StatusRejected {
		t.Fatal("two rejections of three (quorum 2) did not reject")
	}
	f.refused(f.m.Notaries[2], f.approveData(id), "ClaimNotOpen")
	wantInt(t, "pool", f.balance(f.m.Address), simchain.Tokens(120))
	// A rejected claim does not block a new one.
	f.submit(alice, 10, "b")
}

func TestExpiryAfterReviewWindow(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.joined(alice, 12)
	f.warp(91 * day)
	id := f.submit(alice, 100, "a")
	idBig := new(big.Int).SetUint64(id)
	f.refused(f.m.Founder, f.abi.PackExpire(idBig), "ReviewWindowOpen")
	f.tx(f.m.Notaries[0], f.approveData(idBig))

	f.warp(7*day + time.Second)
	if c := f.claim(id); c.Status != contracts.StatusExpired {
		t.Fatalf("claim after the review window: got status %d, want expired", c.Status)
	}
	f.refused(f.m.Notaries[1], f.approveData(idBig), "ReviewWindowClosed")

	// The member may file again; the old claim is marked expired on chain.
	r := f.tx(alice, f.abi.PackSubmitClaim(simchain.Tokens(10), nullifierOf("a"), f.envelope(), 0))
	exp := findEvent(t, r, f.abi.UnpackClaimExpiredEvent)
	if exp.Id.Uint64() != id {
		t.Fatalf("ClaimExpired: got id %s, want %d", exp.Id, id)
	}
	f.refused(f.m.Founder, f.abi.PackExpire(idBig), "ClaimNotOpen")
	// expire() by anyone, for a claim nobody re-filed.
	second := new(big.Int).SetUint64(id + 1)
	f.warp(8 * day)
	r = f.tx(f.m.Founder, f.abi.PackExpire(second))
	if !hasEvent(r, f.abi.UnpackClaimExpiredEvent) {
		t.Fatal("expire() emitted no ClaimExpired")
	}
}

func TestUnderfundedPoolQueuesThenSettlesInApprovalOrder(t *testing.T) {
	f := newFixture(t, 9, nil)
	a, b, c, sponsor := f.c.Accounts[4], f.c.Accounts[5], f.c.Accounts[6], f.c.Accounts[7]
	f.joined(a, 4)
	f.joined(b, 4)
	f.joined(c, 4) // pool: 120
	f.fund(sponsor, 1000)
	f.warp(91 * day)
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]
	approve := func(id uint64) *types.Receipt {
		f.tx(n1, f.approveData(new(big.Int).SetUint64(id)))
		return f.tx(n2, f.approveData(new(big.Int).SetUint64(id)))
	}
	top := func(tokens int64) { f.tx(sponsor, f.abi.PackContribute(a.From(), big.NewInt(tokens/10))) }

	f.refused(sponsor, f.abi.PackSettle(big.NewInt(0)), "QueueEmpty")

	idA := f.submit(a, 110, "a")
	if r := approve(idA); !hasEvent(r, f.abi.UnpackClaimPaidEvent) {
		t.Fatal("claim A was not paid from a pool that covers it")
	}
	// Pool: 10. B (50) queues.
	idB := f.submit(b, 50, "b")
	r := approve(idB)
	q := findEvent(t, r, f.abi.UnpackClaimQueuedEvent)
	if q.Position.Sign() != 0 || f.claim(idB).Status != contracts.StatusApproved {
		t.Fatalf("claim B: got queued at %s status %d, want position 0, approved", q.Position, f.claim(idB).Status)
	}
	// Pool: 40 after new dues. C (30) is affordable but B is ahead: C queues.
	top(30)
	idC := f.submit(c, 30, "c")
	r = approve(idC)
	if hasEvent(r, f.abi.UnpackClaimPaidEvent) || f.claim(idC).Status != contracts.StatusApproved {
		t.Fatal("claim C jumped the payout queue")
	}
	rev := f.refused(sponsor, f.abi.PackSettle(big.NewInt(0)), "PoolInsufficient")
	pi := rev.Value.(*contracts.CommunityPoolInsufficient)
	wantInt(t, "PoolInsufficient.available", pi.Available, simchain.Tokens(40))
	wantInt(t, "PoolInsufficient.needed", pi.Needed, simchain.Tokens(50))

	// Pool: 50: B is paid, C waits.
	top(10)
	bBefore := f.balance(b.From())
	r = f.tx(sponsor, f.abi.PackSettle(big.NewInt(0)))
	paid := findEvent(t, r, f.abi.UnpackClaimPaidEvent)
	if paid.Id.Uint64() != idB || f.claim(idC).Status != contracts.StatusApproved {
		t.Fatalf("settle paid claim %s, want only B (%d)", paid.Id, idB)
	}
	wantInt(t, "B's tokens", f.balance(b.From()), new(big.Int).Add(bBefore, simchain.Tokens(50)))
	// Pool: 30: C is paid; anyone may settle.
	top(30)
	r = f.tx(f.c.Accounts[8], f.abi.PackSettle(big.NewInt(5)))
	if findEvent(t, r, f.abi.UnpackClaimPaidEvent).Id.Uint64() != idC || f.claim(idC).Status != contracts.StatusPaid {
		t.Fatal("settle did not pay claim C")
	}
	f.refused(sponsor, f.abi.PackSettle(big.NewInt(0)), "QueueEmpty")
	wantInt(t, "pool", f.balance(f.m.Address), new(big.Int))
}

func TestPaidNullifierIsRefused(t *testing.T) {
	f := newFixture(t, 7, nil)
	alice, bob := f.c.Accounts[4], f.c.Accounts[5]
	f.joined(alice, 12)
	f.joined(bob, 12)
	f.warp(91 * day)
	idA := new(big.Int).SetUint64(f.submit(alice, 10, "event"))
	idB := new(big.Int).SetUint64(f.submit(bob, 10, "event")) // same event, racing
	f.tx(f.m.Notaries[0], f.approveData(idA))
	f.tx(f.m.Notaries[1], f.approveData(idA))

	r := f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(10), nullifierOf("event"), f.envelope(), 0), "NullifierAlreadyPaid")
	if got := r.Value.(*contracts.CommunityNullifierAlreadyPaid).ClaimId; got.Cmp(idA) != 0 {
		t.Fatalf("NullifierAlreadyPaid.claimId: got %s, want %s", got, idA)
	}
	f.tx(f.m.Notaries[0], f.approveData(idB))
	f.refused(f.m.Notaries[1], f.approveData(idB), "NullifierAlreadyPaid")
	f.tx(f.m.Notaries[1], f.abi.PackRejectClaim(idB, 9))
	f.tx(f.m.Notaries[2], f.abi.PackRejectClaim(idB, 9))
	if f.claim(idB.Uint64()).Status != contracts.StatusRejected {
		t.Fatal("the duplicate claim could not be rejected")
	}
}

func TestIssuerRegistry(t *testing.T) {
	f := newFixture(t, 6, nil)
	thumb := crypto.Keccak256Hash([]byte("hospital key"))
	id := thumb // a new identity is named by its first key
	key := func(th common.Hash) (common.Hash, bool) {
		out, err := simchain.Call(f.ctx, f.m, f.abi.PackIssuerKey(th), f.abi.UnpackIssuerKey)
		if err != nil {
			t.Fatal(err)
		}
		return out.Issuer, out.Trusted
	}
	trusted := func() bool { _, ok := key(thumb); return ok }
	n1, n2, stranger := f.m.Notaries[0], f.m.Notaries[1], f.c.Accounts[4]

	f.refused(stranger, f.abi.PackSetIssuerKey(id, thumb, true), "NotFounderOrNotary")
	f.refused(f.m.Founder, f.abi.PackSetIssuerKey(common.Hash{}, thumb, true), "ZeroIssuer")
	f.refused(f.m.Founder, f.abi.PackSetIssuerKey(id, thumb, false), "IssuerUnchanged")
	r := f.tx(f.m.Founder, f.abi.PackSetIssuerKey(id, thumb, true))
	if ev := findEvent(t, r, f.abi.UnpackIssuerKeyChangedEvent); !ev.Trusted || ev.Issuer != id || ev.Thumbprint != thumb || ev.By != f.m.Founder.From() || !trusted() {
		t.Fatal("the founder could not trust an issuer key")
	}
	f.refused(f.m.Founder, f.abi.PackSetIssuerKey(id, thumb, true), "IssuerUnchanged")
	// A key never moves to another identity, trusted or not.
	other := crypto.Keccak256Hash([]byte("another hospital"))
	f.refused(f.m.Founder, f.abi.PackSetIssuerKey(other, thumb, true), "IssuerKeyBound")
	f.refused(f.m.Founder, f.abi.PackSetIssuerKey(other, thumb, false), "IssuerKeyBound")

	// Notaries distrust it by quorum; it stays bound to its identity.
	r = f.tx(n1, f.abi.PackSetIssuerKey(id, thumb, false))
	if hasEvent(r, f.abi.UnpackIssuerKeyChangedEvent) || !trusted() {
		t.Fatal("one notary of three changed the registry")
	}
	f.refused(n1, f.abi.PackSetIssuerKey(id, thumb, false), "IssuerVoteRepeated")
	r = f.tx(n2, f.abi.PackSetIssuerKey(id, thumb, false))
	if !hasEvent(r, f.abi.UnpackIssuerKeyChangedEvent) || trusted() {
		t.Fatal("a notary quorum could not distrust the issuer key")
	}
	if iss, _ := key(thumb); iss != id {
		t.Fatalf("a distrusted key lost its identity: %s", iss.Hex())
	}
	f.refused(n1, f.abi.PackSetIssuerKey(other, thumb, true), "IssuerKeyBound")
	// A fresh proposal needs a fresh quorum: the old votes do not carry over.
	r = f.tx(n1, f.abi.PackSetIssuerKey(id, thumb, true))
	if vote := findEvent(t, r, f.abi.UnpackIssuerKeyVoteEvent); vote.Approvals.Int64() != 1 || vote.Issuer != id || trusted() {
		t.Fatalf("re-trust after a change: got %s approvals, want 1 and untrusted", vote.Approvals)
	}
}

// L1: a notary who resigned still had their vote on a pending issuer-key
// proposal counted, so one more notary reached "quorum" with a single
// sitting approval. Approvals now count only live seats.
func TestIssuerVoteOfResignedNotaryDoesNotCount(t *testing.T) {
	f := newFixture(t, 6, nil)
	n1, n2, n3 := f.m.Notaries[0], f.m.Notaries[1], f.m.Notaries[2]
	id := crypto.Keccak256Hash([]byte("hospital"))
	f.tx(n1, f.abi.PackSetIssuerKey(id, id, true))
	f.tx(n1, f.abi.PackResign())
	r := f.tx(n2, f.abi.PackSetIssuerKey(id, id, true))
	if vote := findEvent(t, r, f.abi.UnpackIssuerKeyVoteEvent); vote.Approvals.Int64() != 1 || hasEvent(r, f.abi.UnpackIssuerKeyChangedEvent) {
		t.Fatalf("after n1 resigned, n2's vote counts %s approvals and changed the registry: want 1 and no change", vote.Approvals)
	}
	r = f.tx(n3, f.abi.PackSetIssuerKey(id, id, true))
	if !hasEvent(r, f.abi.UnpackIssuerKeyChangedEvent) {
		t.Fatal("two sitting notaries could not trust the key")
	}
}

// Trust, distrust, trust again: a partial notary vote left over from
// before the key changed twice must not count for the same change later
// (each change moves the key's proposal nonce on).
func TestIssuerLeftoverVoteAfterTrustDistrustTrust(t *testing.T) {
	f := newFixture(t, 6, nil)
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]
	id := crypto.Keccak256Hash([]byte("hospital"))
	trusted := func() bool {
		out, err := simchain.Call(f.ctx, f.m, f.abi.PackIssuerKey(id), f.abi.UnpackIssuerKey)
		if err != nil {
			t.Fatal(err)
		}
		return out.Trusted
	}
	f.tx(n1, f.abi.PackSetIssuerKey(id, id, true)) // partial: 1 of 2
	f.tx(f.m.Founder, f.abi.PackSetIssuerKey(id, id, true))
	f.tx(f.m.Founder, f.abi.PackSetIssuerKey(id, id, false))
	if trusted() {
		t.Fatal("the founder's distrust did not apply")
	}
	r := f.tx(n2, f.abi.PackSetIssuerKey(id, id, true))
	if vote := findEvent(t, r, f.abi.UnpackIssuerKeyVoteEvent); vote.Approvals.Int64() != 1 || trusted() {
		t.Fatalf("n2's vote counts %s approvals (trusted %v): n1's vote from before two changes carried over", vote.Approvals, trusted())
	}
	f.tx(n1, f.abi.PackSetIssuerKey(id, id, true))
	if !trusted() {
		t.Fatal("a fresh quorum could not trust the key again")
	}
}

func TestNotaryKeys(t *testing.T) {
	f := newFixture(t, 6, nil)
	key := bytes.Repeat([]byte{7}, 1216)
	r := f.tx(f.m.Notaries[0], f.abi.PackSetNotaryKey(key))
	ev := findEvent(t, r, f.abi.UnpackNotaryKeySetEvent)
	if !bytes.Equal(ev.Key, key) || ev.KeyHash != crypto.Keccak256Hash(key) {
		t.Fatal("NotaryKeySet does not carry the key and its hash")
	}
	h, _ := simchain.Call(f.ctx, f.m, f.abi.PackNotaryKeyHash(f.m.Notaries[0].From()), f.abi.UnpackNotaryKeyHash)
	if h != crypto.Keccak256Hash(key) {
		t.Fatal("notaryKeyHash not stored")
	}
	// Rotation.
	key2 := bytes.Repeat([]byte{8}, 1216)
	f.tx(f.m.Notaries[0], f.abi.PackSetNotaryKey(key2))
	h, _ = simchain.Call(f.ctx, f.m, f.abi.PackNotaryKeyHash(f.m.Notaries[0].From()), f.abi.UnpackNotaryKeyHash)
	if h != crypto.Keccak256Hash(key2) {
		t.Fatal("key rotation not stored")
	}
	f.refused(f.c.Accounts[4], f.abi.PackSetNotaryKey(key), "NotNotaryOrCandidate")
	// Only an X-Wing public key's size: a key nobody can seal to would
	// stall every claim of the term.
	f.refused(f.m.Notaries[1], f.abi.PackSetNotaryKey(key[:len(key)-1]), "InvalidKey")
	f.refused(f.m.Notaries[1], f.abi.PackSetNotaryKey(append(key, 0)), "InvalidKey")
	f.refused(f.m.Notaries[1], f.abi.PackSetNotaryKey(key[:32]), "InvalidKey")
}

func TestConstructorRefusesBadParameters(t *testing.T) {
	f := newFixture(t, 6, nil)
	founder := f.m.Founder
	notaries := []common.Address{f.c.Accounts[1].From(), f.c.Accounts[2].From(), f.c.Accounts[3].From()}
	cases := []struct {
		name string
		edit func(p *contracts.CommunityParams)
	}{
		{"token", func(p *contracts.CommunityParams) { p.Token = common.Address{} }},
		{"token", func(p *contracts.CommunityParams) { p.Token = founder.From() }}, // no code
		{"dues", func(p *contracts.CommunityParams) { p.Dues = new(big.Int) }},
		{"period", func(p *contracts.CommunityParams) { p.Period = 0 }},
		{"grace", func(p *contracts.CommunityParams) { p.GracePeriod = p.Period + 1 }},
		{"maxPayout", func(p *contracts.CommunityParams) { p.MaxPayout = new(big.Int).Lsh(big.NewInt(1), 96) }},
		{"seats", func(p *contracts.CommunityParams) { p.Seats = 33 }},
		{"quorum", func(p *contracts.CommunityParams) { p.Quorum = 4 }},
		{"quorum", func(p *contracts.CommunityParams) { p.Quorum = 0 }},
		{"term", func(p *contracts.CommunityParams) { p.Term = 0 }},
		{"review", func(p *contracts.CommunityParams) { p.ReviewWindow = 0 }},
		{"voting", func(p *contracts.CommunityParams) { p.VotingWindow = 0 }},
		{"voting", func(p *contracts.CommunityParams) { p.VotingWindow = p.Term + 1 }},
		{"notaries", func(p *contracts.CommunityParams) { p.Notaries = p.Notaries[:1] }},
		{"notaries", func(p *contracts.CommunityParams) { p.Notaries = append(p.Notaries, p.Notaries[0]) }},
		{"notaries", func(p *contracts.CommunityParams) { p.Notaries[1] = p.Notaries[0] }},
		{"categories", func(p *contracts.CommunityParams) { p.Categories = nil }},
		{"categories", func(p *contracts.CommunityParams) { p.Categories = []string{""} }},
		{"waiting", func(p *contracts.CommunityParams) { p.WaitingPeriod = 0 }},
		{"currency", func(p *contracts.CommunityParams) { p.Currency = "" }},
		{"currency", func(p *contracts.CommunityParams) { p.Currency = "cny" }},
		{"currency", func(p *contracts.CommunityParams) { p.Currency = "CN" }},
		{"currency", func(p *contracts.CommunityParams) { p.Currency = "CNYY" }},
		{"currency", func(p *contracts.CommunityParams) { p.Currency = "C@Y" }},
		{"currency", func(p *contracts.CommunityParams) { p.Currency = "CN[" }},
	}
	for _, tc := range cases {
		p := contracts.DemoParams(f.m.Token, append([]common.Address(nil), notaries...))
		tc.edit(&p)
		_, err := chain.DeployCommunity(f.ctx, founder, p)
		var r *contracts.Revert
		if !errors.As(err, &r) || r.Name != "InvalidParameter" {
			t.Fatalf("%s: got %v, want InvalidParameter", tc.name, err)
		}
		if got := r.Value.(*contracts.CommunityInvalidParameter).Name; got != tc.name {
			t.Fatalf("InvalidParameter: got %q, want %q", got, tc.name)
		}
	}
	// The parameters are in the creation event too: the ledger can be
	// rebuilt from logs alone.
	created, err := f.c.Client.TransactionReceipt(f.ctx, deployTx(t, f))
	if err != nil {
		t.Fatal(err)
	}
	ev := findEvent(t, created, f.abi.UnpackCommunityCreatedEvent)
	if ev.Params.Dues.Cmp(simchain.Tokens(10)) != 0 || ev.Params.Quorum != 2 || len(ev.Params.Categories) != 5 || ev.Founder != founder.From() || ev.Params.Currency != "CNY" {
		t.Fatalf("CommunityCreated: %+v", ev)
	}
	// The good parameters are readable on chain.
	p, err := simchain.Call(f.ctx, f.m, f.abi.PackParameters(), f.abi.UnpackParameters)
	if err != nil {
		t.Fatal(err)
	}
	if p.Dues.Cmp(simchain.Tokens(10)) != 0 || p.Seats != 3 || p.Quorum != 2 || p.WaitingPeriod != 90*86400 ||
		strings.Join(p.Categories, ",") != strings.Join(contracts.DemoCategories, ",") || len(p.Notaries) != 3 || p.Currency != "CNY" {
		t.Fatalf("parameters on chain: got %+v", p)
	}
	if cur, err := simchain.Call(f.ctx, f.m, f.abi.PackCurrency(), f.abi.UnpackCurrency); err != nil || cur != "CNY" {
		t.Fatalf("currency(): %q (%v)", cur, err)
	}
}

func TestStatusCodesMatchContract(t *testing.T) {
	f := newFixture(t, 4, nil)
	for _, tc := range []struct {
		pack   []byte
		unpack func([]byte) (uint8, error)
		want   uint8
	}{
		{f.abi.PackSTATUSNONE(), f.abi.UnpackSTATUSNONE, contracts.StatusNone},
		{f.abi.PackSTATUSOPEN(), f.abi.UnpackSTATUSOPEN, contracts.StatusOpen},
		{f.abi.PackSTATUSAPPROVED(), f.abi.UnpackSTATUSAPPROVED, contracts.StatusApproved},
		{f.abi.PackSTATUSPAID(), f.abi.UnpackSTATUSPAID, contracts.StatusPaid},
		{f.abi.PackSTATUSREJECTED(), f.abi.UnpackSTATUSREJECTED, contracts.StatusRejected},
		{f.abi.PackSTATUSEXPIRED(), f.abi.UnpackSTATUSEXPIRED, contracts.StatusExpired},
	} {
		got, err := simchain.Call(f.ctx, f.m, tc.pack, tc.unpack)
		if err != nil || got != tc.want {
			t.Fatalf("status constant: got %d (%v), want %d", got, err, tc.want)
		}
	}
}

func TestBoundsMatchContract(t *testing.T) {
	f := newFixture(t, 4, nil)
	for _, tc := range []struct {
		pack   []byte
		unpack func([]byte) (*big.Int, error)
		want   int64
	}{
		{f.abi.PackMAXSEATS(), f.abi.UnpackMAXSEATS, contracts.MaxSeats},
		{f.abi.PackMAXBOARD(), f.abi.UnpackMAXBOARD, contracts.MaxBoard},
		{f.abi.PackMAXPERIODS(), f.abi.UnpackMAXPERIODS, contracts.MaxPeriods},
		{f.abi.PackENVELOPEBASE(), f.abi.UnpackENVELOPEBASE, contracts.EnvelopeBase},
		{f.abi.PackENVELOPEPERRECIPIENT(), f.abi.UnpackENVELOPEPERRECIPIENT, contracts.EnvelopePerRecipient},
		{f.abi.PackMAXSETTLE(), f.abi.UnpackMAXSETTLE, contracts.MaxSettle},
	} {
		got, err := simchain.Call(f.ctx, f.m, tc.pack, tc.unpack)
		if err != nil || got.Int64() != tc.want {
			t.Fatalf("bound: got %v (%v), want %d", got, err, tc.want)
		}
	}
}

// The contract requires of a claim envelope exactly the size huzhu seals:
// disclosure's envelope format v2 for the seated notaries. A change on
// either side must change the other.
func TestEnvelopeSizeMatchesDisclosure(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 5, contracts.MaxSeats} {
		if got, want := contracts.EnvelopeSize(n), disclosure.EnvelopeSize(n); got != want {
			t.Fatalf("for %d notaries the contract requires %d bytes, disclosure seals %d", n, got, want)
		}
	}
}

// deployTx finds the transaction that created the fixture's community.
func deployTx(t *testing.T, f *fixture) common.Hash {
	t.Helper()
	head, _ := f.c.Client.BlockNumber(f.ctx)
	for n := uint64(1); n <= head; n++ {
		b, err := f.c.Client.BlockByNumber(f.ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			r, err := f.c.Client.TransactionReceipt(f.ctx, tx.Hash())
			if err == nil && r.ContractAddress == f.m.Address {
				return tx.Hash()
			}
		}
	}
	t.Fatal("no creation transaction found")
	return common.Hash{}
}

// txAt mines data from s in a block at exactly `at` (unix seconds).
func (f *fixture) txAt(at uint64, s *chain.KeySender, data []byte) *types.Receipt {
	f.t.Helper()
	r, err := f.c.SendAt(f.ctx, at, s, f.m.Address, data)
	if err != nil {
		f.t.Fatalf("transaction from %s at %d: %v", s.From().Hex(), at, err)
	}
	return r
}

// refusedAt asserts that data from s, mined at exactly `at`, is refused
// with the named error.
func (f *fixture) refusedAt(at uint64, s *chain.KeySender, data []byte, name string) {
	f.t.Helper()
	_, err := f.c.SendAt(f.ctx, at, s, f.m.Address, data)
	var r *contracts.Revert
	if !errors.As(err, &r) {
		f.t.Fatalf("at %d: got error %v, want contract refusal %s", at, err, name)
	}
	if r.Name != name {
		f.t.Fatalf("at %d: got refusal %s, want %s", at, r, name)
	}
}

// Every approval names the evidence it approves, and counts only for it:
// an approval of claim 1's evidence sent for id 2 (as a reorg that gave
// the id to another member's claim would replay it) is refused, even when
// it is not the one that reaches quorum; so no claim is paid on approvals
// of other evidence.
func TestEveryApprovalIsBoundToTheEvidence(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice, bob := f.c.Accounts[4], f.c.Accounts[5]
	f.joined(alice, 12)
	f.joined(bob, 12)
	f.warp(91 * day)
	a := new(big.Int).SetUint64(f.submit(alice, 100, "a"))
	b := new(big.Int).SetUint64(f.submit(bob, 100, "b"))
	forA := f.approveData(a)
	// claim a's approval, aimed at claim b: refused at the first vote.
	replayed := f.abi.PackApproveClaim(b, nullifierOf("a"), crypto.Keccak256Hash([]byte("sealed envelope")))
	if len(replayed) != len(forA) {
		t.Fatal("packing differs")
	}
	replayed = append(append([]byte{}, forA[:4]...), replayed[4:]...)
	copy(replayed[4+32:], forA[4+32:]) // a's nullifier and envelope hash, b's id
	f.refused(f.m.Notaries[0], replayed, "EvidenceMismatch")
	c, err := simchain.Call(f.ctx, f.m, f.abi.PackClaimOf(b), f.abi.UnpackClaimOf)
	if err != nil || c.Approvals != 0 || c.VotedMask != 0 {
		t.Fatalf("a refused approval was counted: %+v (%v)", c, err)
	}
	before := f.balance(bob.From())
	f.tx(f.m.Notaries[0], f.approveData(b))
	f.tx(f.m.Notaries[1], f.approveData(b))
	wantInt(t, "bob paid", f.balance(bob.From()), new(big.Int).Add(before, simchain.Tokens(100)))
}
