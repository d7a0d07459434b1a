package contracts_test

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
)

// Claims, votes, notice and payouts: the Claims part.

const notice = 3 * day

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
	f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("x"), env, 1), "TermChanged")
	// The envelope is sealed to the term's three notaries: exactly
	// 8,264 + 3 × 1,204 bytes, a byte fewer or more is refused.
	f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("x"), nil, 0), "EnvelopeSize")
	short := f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("x"), env[:len(env)-1], 0), "EnvelopeSize")
	if v := short.Value.(*contracts.ClaimsEnvelopeSize); v.Size.Int64() != int64(len(env)-1) || v.Expected.Int64() != 11876 {
		t.Fatalf("EnvelopeSize names %s and %s, want %d and 11876", v.Size, v.Expected, len(env)-1)
	}
	f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("x"), append(env, 0), 0), "EnvelopeSize")
	f.refused(alice, f.abi.PackSubmitClaim(simchain.Tokens(1), nullifierOf("x"), simchain.SizedEnvelope(2), 0), "EnvelopeSize")

	id := f.submit(alice, 100, "event-1")
	f.refused(alice, f.submitData(1, "event-2"), "OpenClaimExists")
	if c := f.claim(id); c.Status != contracts.StatusOpen || c.Voters != 0b111 || c.ClaimantSeat != 0 {
		t.Fatalf("claim: got status %d voters %b, want open with the 3 seats voting", c.Status, c.Voters)
	}

	// Coverage lapses: no more claims even after the first is decided.
	f.tx(f.m.Notaries[0], f.rejectData(new(big.Int).SetUint64(id)))
	f.tx(f.m.Notaries[1], f.rejectData(new(big.Int).SetUint64(id)))
	f.warp(100 * day)
	f.refused(alice, f.submitData(1, "event-2"), "NotActive")
}

// The claim stores only a commitment to what names it; the envelope and
// its hash travel in the event.
func TestClaimCommitsToMemberAmountTermNullifierAndEnvelope(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.joined(alice, 6)
	f.warp(91 * day)
	env := bytes.Repeat([]byte{0xab}, contracts.EnvelopeSize(3))
	r := f.tx(alice, f.abi.PackSubmitClaim(simchain.Tokens(10), nullifierOf("e"), env, 0))
	ev := findEvent(t, r, f.abi.UnpackClaimSubmittedEvent)
	if !bytes.Equal(ev.Envelope, env) || ev.EnvelopeHash != crypto.Keccak256Hash(env) || ev.Member != alice.From() || ev.Term != 0 {
		t.Fatal("ClaimSubmitted does not carry the member, term, envelope and its hash")
	}
	want := view(f, contracts.PartClaims, f.abi.PackCommitmentOf(alice.From(), simchain.Tokens(10), 0, nullifierOf("e"), crypto.Keccak256Hash(env)), f.abi.UnpackCommitmentOf)
	if c := f.claim(ev.Id.Uint64()); c.Commitment != want || want == ([32]byte{}) {
		t.Fatal("claim does not store the commitment to member, amount, term, nullifier and envelope hash")
	}
	if got := contracts.ClaimCommitment(alice.From(), simchain.Tokens(10), 0, nullifierOf("e"), crypto.Keccak256Hash(env)); got != want {
		t.Fatalf("contracts.ClaimCommitment: got %x, want the contract's %x", got, want)
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
	f.refused(stranger, f.rejectData(id), "NotNotary")
	f.refused(n1, f.abi.PackApproveClaim(big.NewInt(99), alice.From(), [32]byte{}, [32]byte{}), "UnknownClaim")
	ev, _ := f.m.Submitted(f.ctx, id)
	short := f.abi.PackRejectClaim(id, ev.Member, ev.Nullifier, ev.EnvelopeHash, make([]byte, contracts.ReasonBytes-1))
	f.refused(n1, short, "ReasonSize")

	reject := f.rejectData(id)
	r := f.tx(n1, reject)
	vote := findEvent(t, r, f.abi.UnpackClaimVoteEvent)
	if vote.Notary != n1.From() || vote.Approve || vote.Reason != crypto.Keccak256Hash(simchain.SealedReason()) {
		t.Fatalf("ClaimVote: got %+v, want n1's rejection naming the hash of its sealed reason", vote)
	}
	f.refused(n1, f.approveData(id), "AlreadyVoted")
	f.refused(n1, reject, "AlreadyVoted")
	f.tx(n2, f.approveData(id))
	f.refused(n2, f.approveData(id), "AlreadyVoted")
	if c := f.claim(id.Uint64()); c.Status != contracts.StatusOpen || c.Approvals != 0b010 || c.Rejections != 0b001 {
		t.Fatalf("after 1 approve and 1 reject: got %+v", c)
	}
	r = f.tx(n3, f.approveData(id))
	if c := f.claim(id.Uint64()); c.Status != contracts.StatusApproved || hasEvent(r, f.abi.UnpackClaimPaidEvent) {
		t.Fatalf("after quorum: got status %d, want approved and not paid before its notice", c.Status)
	}
	f.refused(n1, f.approveData(id), "ClaimNotOpen")

	// A notary's own claim: the other two notaries are its voters.
	own := new(big.Int).SetUint64(f.submit(n1, 50, "n1"))
	f.refused(n1, f.approveData(own), "OwnClaim")
	if c := f.claim(own.Uint64()); c.Voters != 0b110 || c.ClaimantSeat != 1 {
		t.Fatalf("voters on a notary's own claim: got %b (claimant seat %d), want seats 2 and 3", c.Voters, c.ClaimantSeat)
	}
	// With 2 voters and quorum 2, one rejection decides.
	f.tx(n2, f.rejectData(own))
	if c := f.claim(own.Uint64()); c.Status != contracts.StatusRejected {
		t.Fatalf("own claim after one rejection: got status %d, want rejected", c.Status)
	}
}

// v2: quorum approval starts a public notice; only after it anyone can
// settle the claim, and the pool pays it.
func TestApprovalStartsNoticeThenSettlePays(t *testing.T) {
	f := newFixture(t, 7, nil)
	alice, anyone := f.c.Accounts[4], f.c.Accounts[5]
	f.joined(alice, 12) // 120 KBC in the pool
	f.warp(91 * day)
	id := f.submit(alice, 100, "a")
	before := f.balance(alice.From())
	r1 := f.approve(id, f.m.Notaries[0])
	if hasEvent(r1, f.abi.UnpackClaimApprovedEvent) {
		t.Fatal("one approval approved the claim")
	}
	r2 := f.approve(id, f.m.Notaries[2])
	approved := findEvent(t, r2, f.abi.UnpackClaimApprovedEvent)
	at := f.blockTime(r2)
	if approved.NoticeEndsAt != at+uint64(notice/time.Second) || approved.Position.Sign() != 0 {
		t.Fatalf("ClaimApproved: notice ends %d at position %s, want %d at 0", approved.NoticeEndsAt, approved.Position, at+uint64(notice/time.Second))
	}
	if hasEvent(r2, f.abi.UnpackClaimPaidEvent) {
		t.Fatal("the approving transaction paid the claim: no public notice")
	}
	if c := f.claim(id); c.ApprovedAt != at || c.NoticeEndsAt != approved.NoticeEndsAt {
		t.Fatalf("claimOf: approved %d notice until %d, want %d and %d", c.ApprovedAt, c.NoticeEndsAt, at, approved.NoticeEndsAt)
	}
	if until := view(f, contracts.PartClaims, f.abi.PackNoticeOpenUntil(big.NewInt(0)), f.abi.UnpackNoticeOpenUntil); uint64(until.Int64()) != approved.NoticeEndsAt {
		t.Fatalf("noticeOpenUntil(0): got %s, want %d", until, approved.NoticeEndsAt)
	}
	// One second before the notice ends: not yet.
	f.refusedAt(approved.NoticeEndsAt-1, anyone, f.abi.PackSettle(new(big.Int)), "NoticeOpen")
	wantInt(t, "member tokens during the notice", f.balance(alice.From()), before)
	r := f.txAt(approved.NoticeEndsAt, anyone, f.abi.PackSettle(new(big.Int)))
	paid := findEvent(t, r, f.abi.UnpackClaimPaidEvent)
	wantInt(t, "paid amount", paid.Amount, simchain.Tokens(100))
	if paid.Id.Uint64() != id || paid.Member != alice.From() || f.claim(id).Status != contracts.StatusPaid {
		t.Fatalf("ClaimPaid: %+v", paid)
	}
	wantInt(t, "member tokens", f.balance(alice.From()), new(big.Int).Add(before, simchain.Tokens(100)))
	wantInt(t, "pool", f.balance(f.m.Address), simchain.Tokens(20))
	used := view(f, contracts.PartClaims, f.abi.PackNullifierClaim(nullifierOf("a")), f.abi.UnpackNullifierClaim)
	if used.Uint64() != id {
		t.Fatalf("nullifierClaim: got %s, want %d", used, id)
	}
	f.refused(anyone, f.abi.PackSettle(new(big.Int)), "QueueEmpty")
}

func TestRejectionOnceQuorumUnreachable(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.joined(alice, 12)
	f.warp(91 * day)
	id := new(big.Int).SetUint64(f.submit(alice, 100, "a"))
	f.tx(f.m.Notaries[0], f.rejectData(id))
	if f.claim(id.Uint64()).Status != contracts.StatusOpen {
		t.Fatal("one rejection of three decided the claim")
	}
	r := f.tx(f.m.Notaries[1], f.rejectData(id))
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
	f.approve(id, f.m.Notaries[0])

	f.warp(7*day + time.Second)
	if c := f.claim(id); c.Status != contracts.StatusExpired {
		t.Fatalf("claim after the review window: got status %d, want expired", c.Status)
	}
	f.refused(f.m.Notaries[1], f.approveData(idBig), "ReviewWindowClosed")

	// The member may file again; the old claim is marked expired on chain.
	r := f.tx(alice, f.submitData(10, "a"))
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

func TestPayoutQueueInApprovalOrderAsThePoolCovers(t *testing.T) {
	f := newFixture(t, 9, nil)
	a, b, c, sponsor := f.c.Accounts[4], f.c.Accounts[5], f.c.Accounts[6], f.c.Accounts[7]
	f.joined(a, 4)
	f.joined(b, 4)
	f.joined(c, 4) // pool: 120
	f.fund(sponsor, 1000)
	f.warp(91 * day)
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]
	top := func(tokens int64) { f.tx(sponsor, f.abi.PackContribute(a.From(), big.NewInt(tokens/10))) }

	f.refused(sponsor, f.abi.PackSettle(big.NewInt(0)), "QueueEmpty")

	idA := f.submit(a, 110, "a")
	f.approve(idA, n1, n2)
	idB := f.submit(b, 50, "b")
	f.approve(idB, n1, n2)
	idC := f.submit(c, 30, "c")
	f.approve(idC, n1, n2)
	f.warp(notice)
	// Pool 120: A is paid; B (50) does not fit in the 10 left, and C,
	// though it would, waits behind it.
	r := f.settle(sponsor)
	if n := countEvents(r, f.abi.UnpackClaimPaidEvent); n != 1 || findEvent(t, r, f.abi.UnpackClaimPaidEvent).Id.Uint64() != idA {
		t.Fatalf("settle paid %d claims, want only A", n)
	}
	if f.claim(idB).Status != contracts.StatusApproved || f.claim(idC).Status != contracts.StatusApproved {
		t.Fatal("a claim jumped the payout queue")
	}
	rev := f.refused(sponsor, f.abi.PackSettle(big.NewInt(0)), "PoolInsufficient")
	pi := rev.Value.(*contracts.CommunityPoolInsufficient) // parts sharing an error decode as the first part
	wantInt(t, "PoolInsufficient.available", pi.Available, simchain.Tokens(10))
	wantInt(t, "PoolInsufficient.needed", pi.Needed, simchain.Tokens(50))

	// Pool 50: B is paid, C waits.
	top(40)
	bBefore := f.balance(b.From())
	r = f.settle(sponsor)
	paid := findEvent(t, r, f.abi.UnpackClaimPaidEvent)
	if paid.Id.Uint64() != idB || f.claim(idC).Status != contracts.StatusApproved {
		t.Fatalf("settle paid claim %s, want only B (%d)", paid.Id, idB)
	}
	wantInt(t, "B's tokens", f.balance(b.From()), new(big.Int).Add(bBefore, simchain.Tokens(50)))
	// Pool 30: C is paid; anyone may settle.
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
	idA := f.submit(alice, 10, "event")
	idB := new(big.Int).SetUint64(f.submit(bob, 10, "event")) // same event, racing
	f.approve(idA, f.m.Notaries[0], f.m.Notaries[1])

	r := f.refused(alice, f.submitData(10, "event"), "NullifierAlreadyPaid")
	if got := r.Value.(*contracts.ClaimsNullifierAlreadyPaid).ClaimId; got.Uint64() != idA {
		t.Fatalf("NullifierAlreadyPaid.claimId: got %s, want %d", got, idA)
	}
	f.tx(f.m.Notaries[0], f.approveData(idB))
	f.refused(f.m.Notaries[1], f.approveData(idB), "NullifierAlreadyPaid")
	f.tx(f.m.Notaries[1], f.rejectData(idB))
	f.tx(f.m.Notaries[2], f.rejectData(idB))
	if f.claim(idB.Uint64()).Status != contracts.StatusRejected {
		t.Fatal("the duplicate claim could not be rejected")
	}
}

// Every vote names the claim it decides, and counts only for it: a vote
// for claim 1 sent for id 2 (as a reorg that gave the id to another
// member's claim would replay it) is refused, approving or rejecting,
// whatever part of the claim differs.
func TestEveryVoteIsBoundToTheClaim(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice, bob := f.c.Accounts[4], f.c.Accounts[5]
	f.joined(alice, 12)
	f.joined(bob, 12)
	f.warp(91 * day)
	a := new(big.Int).SetUint64(f.submit(alice, 100, "a"))
	b := new(big.Int).SetUint64(f.submit(bob, 100, "b"))
	evA, _ := f.m.Submitted(f.ctx, a)
	evB, _ := f.m.Submitted(f.ctx, b)
	otherEnvelope := crypto.Keccak256Hash([]byte("another sealed envelope")) // the placeholder envelopes are alike
	for _, tc := range []struct {
		name                string
		member              common.Address
		nullifier, envelope [32]byte
	}{
		{"a's vote replayed on b", evA.Member, evA.Nullifier, evA.EnvelopeHash},
		{"another member", evA.Member, evB.Nullifier, evB.EnvelopeHash},
		{"another nullifier", evB.Member, evA.Nullifier, evB.EnvelopeHash},
		{"another envelope", evB.Member, evB.Nullifier, otherEnvelope},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f.t = t
			f.refused(f.m.Notaries[0], f.abi.PackApproveClaim(b, tc.member, tc.nullifier, tc.envelope), "ClaimMismatch")
			f.refused(f.m.Notaries[0], f.abi.PackRejectClaim(b, tc.member, tc.nullifier, tc.envelope, simchain.SealedReason()), "ClaimMismatch")
		})
	}
	f.t = t
	if c := f.claim(b.Uint64()); c.Approvals != 0 || c.Rejections != 0 {
		t.Fatalf("a refused vote was counted: %+v", c)
	}
	f.approve(b.Uint64(), f.m.Notaries[0], f.m.Notaries[1])
	if f.claim(b.Uint64()).Status != contracts.StatusApproved {
		t.Fatal("the votes naming claim b did not approve it")
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
		{f.abi.PackSTATUSRETURNED(), f.abi.UnpackSTATUSRETURNED, contracts.StatusReturned},
	} {
		if got := view(f, contracts.PartClaims, tc.pack, tc.unpack); got != tc.want {
			t.Fatalf("status constant: got %d, want %d", got, tc.want)
		}
	}
	for _, tc := range []struct {
		pack   []byte
		unpack func([]byte) (uint8, error)
		want   uint8
	}{
		{f.abi.PackVACATEABSENT(), f.abi.UnpackVACATEABSENT, contracts.VacateAbsent},
		{f.abi.PackVACATEABUSIVE(), f.abi.UnpackVACATEABUSIVE, contracts.VacateAbusive},
		{f.abi.PackVACATEUNUSABLEKEY(), f.abi.UnpackVACATEUNUSABLEKEY, contracts.VacateUnusableKey},
	} {
		if got := view(f, contracts.PartBoard, tc.pack, tc.unpack); got != tc.want {
			t.Fatalf("vacate reason: got %d, want %d", got, tc.want)
		}
	}
}

func TestBoundsMatchContract(t *testing.T) {
	f := newFixture(t, 4, nil)
	for _, tc := range []struct {
		part   int
		pack   []byte
		unpack func([]byte) (*big.Int, error)
		want   int64
	}{
		{contracts.PartBoard, f.m.Board.PackMAXSEATS(), f.m.Board.UnpackMAXSEATS, contracts.MaxSeats},
		{contracts.PartCommunity, f.m.ABI.PackMAXSEATS(), f.m.ABI.UnpackMAXSEATS, contracts.MaxSeats},
		{contracts.PartBoard, f.abi.PackMAXBOARD(), f.abi.UnpackMAXBOARD, contracts.MaxBoard},
		{contracts.PartBoard, f.abi.PackKEYBYTES(), f.abi.UnpackKEYBYTES, contracts.KeyBytes},
		{contracts.PartCommunity, f.abi.PackMAXPERIODS(), f.abi.UnpackMAXPERIODS, contracts.MaxPeriods},
		{contracts.PartClaims, f.abi.PackENVELOPEBASE(), f.abi.UnpackENVELOPEBASE, contracts.EnvelopeBase},
		{contracts.PartClaims, f.abi.PackENVELOPEPERRECIPIENT(), f.abi.UnpackENVELOPEPERRECIPIENT, contracts.EnvelopePerRecipient},
		{contracts.PartClaims, f.abi.PackMAXSETTLE(), f.abi.UnpackMAXSETTLE, contracts.MaxSettle},
		{contracts.PartClaims, f.abi.PackREASONBYTES(), f.abi.UnpackREASONBYTES, contracts.ReasonBytes},
		{contracts.PartClaims, f.abi.PackPAYOUTWINDOW(), f.abi.UnpackPAYOUTWINDOW, int64(contracts.PayoutWindow / time.Second)},
	} {
		if got := view(f, tc.part, tc.pack, tc.unpack); got.Int64() != tc.want {
			t.Fatalf("bound: got %v, want %d", got, tc.want)
		}
	}
}

// The contract requires of a claim envelope exactly the size huzhu seals:
// disclosure's envelope format v2 for the seated notaries, and of a
// rejection's sealed reason the size disclosure seals. A change on either
// side must change the other.
func TestEnvelopeSizeMatchesDisclosure(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 5, contracts.MaxSeats} {
		if got, want := contracts.EnvelopeSize(n), disclosure.EnvelopeSize(n); got != want {
			t.Fatalf("for %d notaries the contract requires %d bytes, disclosure seals %d", n, got, want)
		}
	}
	if contracts.ReasonBytes != disclosure.SealedReasonSize {
		t.Fatalf("the contract requires a sealed reason of %d bytes, disclosure seals %d", contracts.ReasonBytes, disclosure.SealedReasonSize)
	}
	if contracts.MedicalEventType != disclosure.MedicalVCT {
		t.Fatalf("the demo community accepts %q, disclosure issues %q", contracts.MedicalEventType, disclosure.MedicalVCT)
	}
}

func TestConstructorRefusesBadParameters(t *testing.T) {
	f := newFixture(t, 6, nil)
	founder := f.m.Founder
	notaries := []common.Address{f.c.Accounts[1].From(), f.c.Accounts[2].From(), f.c.Accounts[3].From()}
	cases := []struct {
		name string
		edit func(p *contracts.Params)
	}{
		{"token", func(p *contracts.Params) { p.Token = common.Address{} }},
		{"token", func(p *contracts.Params) { p.Token = founder.From() }}, // no code
		{"dues", func(p *contracts.Params) { p.Dues = new(big.Int) }},
		{"period", func(p *contracts.Params) { p.Period = 0 }},
		{"grace", func(p *contracts.Params) { p.GracePeriod = p.Period + 1 }},
		{"maxPayout", func(p *contracts.Params) { p.MaxPayout = new(big.Int).Lsh(big.NewInt(1), 88) }},
		{"seats", func(p *contracts.Params) { p.Seats = 33 }},
		{"quorum", func(p *contracts.Params) { p.Quorum = 4 }},
		{"quorum", func(p *contracts.Params) { p.Quorum = 0 }},
		// A quorum of every seat cannot survive one resignation.
		{"quorum", func(p *contracts.Params) { p.Quorum = 3 }},
		{"term", func(p *contracts.Params) { p.Term = 0 }},
		{"review", func(p *contracts.Params) { p.ReviewWindow = 0 }},
		{"voting", func(p *contracts.Params) { p.VotingWindow = 0 }},
		{"voting", func(p *contracts.Params) { p.VotingWindow = p.Term + 1 }},
		{"notice", func(p *contracts.Params) { p.NoticeWindow = 0 }},
		{"recall", func(p *contracts.Params) { p.RecallSignatures = 0 }},
		{"outflow", func(p *contracts.Params) { p.OutflowBps = 0 }},
		{"outflow", func(p *contracts.Params) { p.OutflowBps = 10001 }},
		{"minBallots", func(p *contracts.Params) { p.MinBallots = 0 }},
		{"notaries", func(p *contracts.Params) { p.Notaries = p.Notaries[:1] }},
		{"notaries", func(p *contracts.Params) { p.Notaries = append(p.Notaries, p.Notaries[0]) }},
		{"notaries", func(p *contracts.Params) { p.Notaries[1] = p.Notaries[0] }},
		{"notaries", func(p *contracts.Params) { p.Notaries[2] = common.Address{} }},
		{"categories", func(p *contracts.Params) { p.Categories = nil }},
		{"categories", func(p *contracts.Params) { p.Categories = []string{""} }},
		{"acceptedTypes", func(p *contracts.Params) { p.AcceptedTypes = nil }},
		{"acceptedTypes", func(p *contracts.Params) { p.AcceptedTypes = []string{contracts.MedicalEventType, ""} }},
		{"waiting", func(p *contracts.Params) { p.WaitingPeriod = 0 }},
		{"currency", func(p *contracts.Params) { p.Currency = "" }},
		{"currency", func(p *contracts.Params) { p.Currency = "cny" }},
		{"currency", func(p *contracts.Params) { p.Currency = "CN" }},
		{"currency", func(p *contracts.Params) { p.Currency = "CNYY" }},
		{"currency", func(p *contracts.Params) { p.Currency = "C@Y" }},
		{"currency", func(p *contracts.Params) { p.Currency = "CN[" }},
	}
	for _, tc := range cases {
		p := contracts.DemoParams(f.m.Token, append([]common.Address(nil), notaries...))
		tc.edit(&p)
		_, err := chain.DeployCommunity(f.ctx, f.c.Client, founder, p)
		var r *contracts.Revert
		if !errors.As(err, &r) || r.Name != "InvalidParameter" {
			t.Fatalf("%s: got %v, want InvalidParameter", tc.name, err)
		}
		if got := r.Value.(*contracts.CommunityInvalidParameter).Name; got != tc.name {
			t.Fatalf("InvalidParameter: got %q, want %q", got, tc.name)
		}
	}
	// A one-seat community (a trial) is allowed: its quorum is its seat.
	one := contracts.DemoParams(f.m.Token, notaries[:1])
	one.Seats, one.Quorum = 1, 1
	if _, err := chain.DeployCommunity(f.ctx, f.c.Client, founder, one); err != nil {
		t.Fatalf("a one-seat community: %v", err)
	}

	// The parameters are in the creation event too: the ledger can be
	// rebuilt from logs alone.
	created, err := f.c.Client.TransactionReceipt(f.ctx, deployTx(t, f))
	if err != nil {
		t.Fatal(err)
	}
	ev := findEvent(t, created, f.abi.UnpackCommunityCreatedEvent)
	if ev.Params.Dues.Cmp(simchain.Tokens(10)) != 0 || ev.Params.Quorum != 2 || len(ev.Params.Categories) != 5 || ev.Founder != founder.From() ||
		ev.Params.Currency != "CNY" || ev.Parts != f.m.Parts || ev.Params.NoticeWindow != 3*86400 {
		t.Fatalf("CommunityCreated: %+v", ev)
	}
	// The good parameters are readable on chain, all of them.
	p := view(f, contracts.PartCommunity, f.abi.PackParameters(), f.abi.UnpackParameters)
	want := contracts.DemoParams(f.m.Token, notaries)
	if p.Dues.Cmp(want.Dues) != 0 || p.MaxPayout.Cmp(want.MaxPayout) != 0 || p.Seats != 3 || p.Quorum != 2 || p.Period != want.Period ||
		p.WaitingPeriod != want.WaitingPeriod || p.GracePeriod != want.GracePeriod || p.Term != want.Term || p.ReviewWindow != want.ReviewWindow ||
		p.VotingWindow != want.VotingWindow || p.NoticeWindow != want.NoticeWindow || p.RecallSignatures != 3 || p.OutflowBps != 2000 ||
		p.MinBallots != 3 || strings.Join(p.Categories, ",") != strings.Join(contracts.DemoCategories, ",") || !sameAddrs(p.Notaries, notaries) ||
		p.Currency != "CNY" || len(p.AcceptedTypes) != 1 || p.AcceptedTypes[0] != contracts.MedicalEventType || p.Token != f.m.Token {
		t.Fatalf("parameters on chain: got %+v", p)
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
