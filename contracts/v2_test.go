package contracts_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/contracts"
)

// Protocol v2's rules, each at its edges: the parts and who may call
// what, exact calldata, a member's payout window, the outflow cap, notice
// and recall, vacated seats, notary keys, and the issuer registry.

// Every part knows every other, and all agree on the parameters.
func TestPartsAreWiredAndAgree(t *testing.T) {
	f := newFixture(t, 4, nil)
	want := f.m.Parts
	hashes := map[[32]byte]bool{}
	for i, b := range []interface {
		PackParts() []byte
		UnpackParts([]byte) (contracts.Parts, error)
		PackParamsHash() []byte
		UnpackParamsHash([]byte) ([32]byte, error)
	}{f.m.ABI, f.m.Board, f.m.Claims, f.m.Registry} {
		if got := view(f, i, b.PackParts(), b.UnpackParts); got != want {
			t.Fatalf("the %s part knows %+v, want %+v", contracts.PartNames[i], got, want)
		}
		hashes[view(f, i, b.PackParamsHash(), b.UnpackParamsHash)] = true
	}
	if len(hashes) != 1 {
		t.Fatalf("the parts hold %d different parameter hashes, want one", len(hashes))
	}
	packed, err := contracts.CommunityABI.GetABI().Constructor.Inputs[:1].Pack(f.m.Params)
	if err != nil {
		t.Fatal(err)
	}
	for h := range hashes {
		if h != crypto.Keccak256Hash(packed) {
			t.Fatal("paramsHash is not keccak256(abi.encode(params))")
		}
	}
	// Deployed in order from the founder's nonces.
	plan, err := chain.PlanCommunityAt(f.m.Founder.From(), 1, f.m.Params)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Parts != want {
		t.Fatalf("the plan from nonce 1 gives %+v, deployed %+v", plan.Parts, want)
	}
}

// The cross-part entry points: only Claims may start a member's claim or
// make the pool pay; a stranger (or another part's caller) cannot.
func TestCrossPartEntryPointsRefuseStrangers(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice, stranger := f.c.Accounts[4], f.c.Accounts[5]
	f.joined(alice, 12)
	f.warp(91 * day)
	for _, data := range [][]byte{
		f.abi.PackStartClaim(alice.From(), big.NewInt(1)),
		f.abi.PackPay(big.NewInt(1), stranger.From(), simchain.Tokens(1)),
	} {
		for _, s := range []*chain.KeySender{stranger, f.m.Founder, alice, f.m.Notaries[0]} {
			_, err := f.m.TxTo(f.ctx, s, f.m.Address, data)
			r := wantRefusal(t, err, "Unauthorized")
			if u := r.Value.(*contracts.CommunityUnauthorized); u.Caller != s.From() || u.Allowed != f.m.Parts.Claims {
				t.Fatalf("Unauthorized names %s allowed %s, want the caller and the Claims part", u.Caller.Hex(), u.Allowed.Hex())
			}
		}
	}
	wantInt(t, "pool", f.balance(f.m.Address), simchain.Tokens(120))
	if m := f.member(alice.From()); m.OpenClaim.Sign() != 0 {
		t.Fatal("a stranger opened a claim for alice")
	}
}

// Every state-changing function of every part refuses calldata with bytes
// after its arguments, and any other than the canonical encoding of its
// arguments (an offset that leaves a gap, dirty padding).
func TestEveryFunctionChecksExactCalldata(t *testing.T) {
	f := newFixture(t, 4, nil)
	s := f.c.Accounts[3]
	seen := 0
	for i, a := range []abi.ABI{contracts.CommunityABI.GetABI(), contracts.BoardABI.GetABI(), contracts.ClaimsABI.GetABI(), contracts.RegistryABI.GetABI()} {
		for _, m := range a.Methods {
			if m.IsConstant() {
				continue
			}
			seen++
			data := canonical(t, m)
			to := f.m.Parts.At(i)
			for _, tc := range []struct {
				name string
				data []byte
			}{
				{"one byte more", append(bytes.Clone(data), 0)},
				{"a word more", append(bytes.Clone(data), make([]byte, 32)...)},
			} {
				_, err := f.m.TxTo(f.ctx, s, to, tc.data)
				r := wantRefusal(t, err, "Calldata")
				if c := r.Value.(*contracts.CommunityCalldata); c.Length.Int64() != int64(len(tc.data)) {
					t.Fatalf("%s with %s: Calldata names length %s, want %d", m.Sig, tc.name, c.Length, len(tc.data))
				}
			}
		}
	}
	// Too short: the ABI decoder refuses it before any check of ours.
	_, err := f.m.Tx(f.ctx, s, f.abi.PackJoin(big.NewInt(1))[:35])
	if err == nil {
		t.Fatal("join with a truncated argument was accepted")
	}
	if seen != 27 {
		t.Fatalf("checked %d state-changing functions, want every one of the parts' 27 (a new one needs its exact-calldata check)", seen)
	}

	// Dynamic arguments: the offset must point right after the heads, and
	// the padding of the last word be zero.
	f2 := newFixture(t, 6, nil)
	n := f2.m.Notaries[0]
	key := hpkeKey(9)
	good := f2.abi.PackSetNotaryKey(key)
	gap := append(bytes.Clone(good[:4]), common.LeftPadBytes(big.NewInt(64).Bytes(), 32)...)
	gap = append(gap, make([]byte, 32)...)
	gap = append(gap, good[36:]...)
	_, err = f2.m.TxTo(f2.ctx, n, f2.m.Parts.Board, gap[:len(good)+32])
	wantRefusal(t, err, "Calldata")
	reason := f2.abi.PackTrustKey(common.Hash{1}, common.Hash{2}, "https://x.example") // 17 bytes: 15 of padding
	dirty := bytes.Clone(reason)
	dirty[len(dirty)-1] = 1
	_, err = f2.m.TxTo(f2.ctx, f2.m.Founder, f2.m.Parts.Registry, dirty)
	wantRefusal(t, err, "Calldata")
	f2.tx(f2.m.Founder, reason)
	f2.tx(n, good)
}

// canonical packs m with placeholder arguments: zero words, one-byte
// bytes and strings, one-element arrays.
func canonical(t *testing.T, m abi.Method) []byte {
	t.Helper()
	var args []any
	for _, in := range m.Inputs {
		switch in.Type.T {
		case abi.BytesTy:
			args = append(args, []byte{1})
		case abi.StringTy:
			args = append(args, "x")
		case abi.SliceTy:
			args = append(args, []common.Address{{1}})
		case abi.AddressTy:
			args = append(args, common.Address{1})
		case abi.BoolTy:
			args = append(args, true)
		case abi.FixedBytesTy:
			args = append(args, [32]byte{1})
		case abi.UintTy:
			switch in.Type.Size {
			case 8:
				args = append(args, uint8(1))
			case 32:
				args = append(args, uint32(1))
			default:
				args = append(args, big.NewInt(1))
			}
		default:
			t.Fatalf("%s: no placeholder for %s", m.Sig, in.Type)
		}
	}
	data, err := m.Inputs.Pack(args...)
	if err != nil {
		t.Fatalf("%s: %v", m.Sig, err)
	}
	return append(bytes.Clone(m.ID), data...)
}

// A member's payouts approved within any 365 days total at most
// maxPayout: a claim for more than remains is refused at submission,
// naming what remains and when more frees up.
func TestPayoutLimitPerMemberWithinAYear(t *testing.T) {
	f := newFixture(t, 7, nil)
	alice, donor := f.c.Accounts[4], f.c.Accounts[5]
	f.joined(alice, 120)
	f.fund(donor, 100_000)
	f.tx(donor, f.abi.PackDonate(simchain.Tokens(100_000)))
	f.warp(91 * day)
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]

	first := f.submit(alice, 3000, "first")
	approved := f.approve(first, n1, n2)
	firstAt := f.blockTime(approved)
	lim := view(f, contracts.PartClaims, f.abi.PackPayoutLimit(alice.From()), f.abi.UnpackPayoutLimit)
	wantInt(t, "remaining", lim.Remaining, simchain.Tokens(2000))
	if lim.FreesAt != firstAt+uint64(contracts.PayoutWindow/time.Second) {
		t.Fatalf("frees at %d, want a year after the approval (%d)", lim.FreesAt, firstAt+uint64(contracts.PayoutWindow/time.Second))
	}
	r := f.refused(alice, f.submitData(2001, "second"), "PayoutLimit")
	if pl := r.Value.(*contracts.ClaimsPayoutLimit); pl.Remaining.Cmp(simchain.Tokens(2000)) != 0 || pl.FreesAt != lim.FreesAt {
		t.Fatalf("PayoutLimit names %s remaining, frees at %d; want 2000 and %d", pl.Remaining, pl.FreesAt, lim.FreesAt)
	}
	second := f.submit(alice, 2000, "second")
	f.approve(second, n1, n2)
	f.warp(100 * day)
	r = f.refused(alice, f.submitData(1, "third"), "PayoutLimit")
	if pl := r.Value.(*contracts.ClaimsPayoutLimit); pl.Remaining.Sign() != 0 {
		t.Fatalf("PayoutLimit names %s remaining, want 0", pl.Remaining)
	}
	// A second before the year ends nothing is free; at its end the first
	// claim's 3,000 frees up, the second's 2,000 a while later.
	end := lim.FreesAt
	f.refusedAt(end-1, alice, f.submitData(1, "fourth"), "PayoutLimit")
	f.refusedAt(end, alice, f.submitData(3001, "fourth"), "PayoutLimit")
	r4 := f.txAt(end+1, alice, f.submitData(3000, "fourth"))
	if !hasEvent(r4, f.abi.UnpackClaimSubmittedEvent) {
		t.Fatal("no claim filed when the year ended")
	}
	// Settled claims count as approved, whatever the queue did.
	f.settle(donor)
}

// With two payouts in the window, a third merges the oldest two into one
// entry dated the later of them: the sum in the window is never
// undercounted (a merged entry leaves the window no earlier than its
// parts), at the price of freeing the older amount later.
func TestPayoutWindowMergesConservatively(t *testing.T) {
	f := newFixture(t, 7, nil)
	alice, donor := f.c.Accounts[4], f.c.Accounts[5]
	f.joined(alice, 120)
	f.fund(donor, 100_000)
	f.tx(donor, f.abi.PackDonate(simchain.Tokens(100_000)))
	f.warp(91 * day)
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]
	var at []uint64
	for i, amount := range []int64{1000, 1000, 1000} {
		id := f.submit(alice, amount, string(rune('a'+i)))
		at = append(at, f.blockTime(f.approve(id, n1, n2)))
		f.warp(30 * day)
	}
	lim := view(f, contracts.PartClaims, f.abi.PackPayoutLimit(alice.From()), f.abi.UnpackPayoutLimit)
	wantInt(t, "remaining after three payouts", lim.Remaining, simchain.Tokens(2000))
	// The first two merged under the second's date: freed together, the
	// first one 30 days late; the third a month after.
	if want := at[1] + uint64(contracts.PayoutWindow/time.Second); lim.FreesAt != want {
		t.Fatalf("frees at %d, want the merged entry's end %d", lim.FreesAt, want)
	}
}

// The pool pays at most the outflow cap per period (the larger of 20% of
// the pool at the period's first payout and one maxPayout); claims beyond
// it wait in approval order for the next period.
func TestOutflowCapPerPeriod(t *testing.T) {
	f := newFixture(t, 10, nil)
	claimants := f.members(4, 4, 120)
	donor := f.c.Accounts[8]
	f.fund(donor, 40_000)
	f.tx(donor, f.abi.PackDonate(simchain.Tokens(40_000))) // pool: 44,800
	f.warp(91 * day)
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]
	var ids []uint64
	for i, c := range claimants {
		id := f.submit(c, 4000, string(rune('a'+i)))
		f.approve(id, n1, n2)
		ids = append(ids, id)
	}
	f.warp(notice)
	// Cap: 20% of 44,800 = 8,960 > 5,000: two claims of 4,000 (8,000).
	r := f.settle(donor)
	wantInt(t, "paid this period", f.paidIn(r), simchain.Tokens(8000))
	ob := view(f, contracts.PartClaims, f.abi.PackOutflow(), f.abi.UnpackOutflow)
	wantInt(t, "outflow cap", ob.Cap, simchain.Tokens(8960))
	rev := f.refused(donor, f.abi.PackSettle(new(big.Int)), "OutflowCapped")
	oc := rev.Value.(*contracts.ClaimsOutflowCapped)
	created := view(f, contracts.PartClaims, f.m.Claims.PackCreatedAt(), f.m.Claims.UnpackCreatedAt)
	if want := created + uint64(ob.Period+1)*f.m.Params.Period; oc.NextPeriodAt != want {
		t.Fatalf("OutflowCapped: next period at %d, want %d", oc.NextPeriodAt, want)
	}
	if f.claim(ids[2]).Status != contracts.StatusApproved || f.claim(ids[3]).Status != contracts.StatusApproved {
		t.Fatal("claims beyond the cap did not wait")
	}
	// The next period: the cap is reckoned again from the pool (36,800).
	f.refusedAt(oc.NextPeriodAt-1, donor, f.abi.PackSettle(new(big.Int)), "OutflowCapped")
	r = f.txAt(oc.NextPeriodAt, donor, f.abi.PackSettle(new(big.Int)))
	if got := countEvents(r, f.abi.UnpackClaimPaidEvent); got != 1 {
		t.Fatalf("the next period paid %d claims, want 1 (cap 7,360: one 4,000 claim)", got)
	}
	if findEvent(t, r, f.abi.UnpackClaimPaidEvent).Id.Uint64() != ids[2] {
		t.Fatal("the next period did not pay the next claim in approval order")
	}
}

// Only eligible members sign a recall, once each per term, and only while
// one of the board's approved claims is in notice; the recalled board
// decides nothing more; its open claims are returned and can be filed
// again with the next board.
func TestRecallRules(t *testing.T) {
	f := newFixture(t, 12, nil)
	members := f.members(4, 5, 12)
	late := f.c.Accounts[9]
	outsider := f.c.Accounts[10]
	f.warp(91 * day)
	f.joined(late, 12) // still in the waiting period
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]

	f.refused(members[0], f.abi.PackRecall(0), "NoNotice")
	a := f.submit(members[0], 100, "a")
	f.approve(a, n1, n2)
	b := f.submit(members[1], 100, "b") // open when the board is recalled
	f.refused(outsider, f.abi.PackRecall(0), "NotActive")
	f.refused(late, f.abi.PackRecall(0), "WaitingPeriod")
	r := f.tx(members[2], f.abi.PackRecall(0))
	if ev := findEvent(t, r, f.abi.UnpackRecallSignedEvent); ev.Member != members[2].From() || ev.Signatures.Int64() != 1 {
		t.Fatalf("RecallSigned: %+v", ev)
	}
	f.refused(members[2], f.abi.PackRecall(0), "RecallRepeated")
	f.tx(members[3], f.abi.PackRecall(0))
	r = f.tx(members[4], f.abi.PackRecall(0))
	findEvent(t, r, f.abi.UnpackBoardRecalledEvent)
	f.refused(members[0], f.abi.PackRecall(0), "AlreadyRecalled")

	// The recalled board decides nothing; its claims are returned.
	f.refused(n1, f.approveData(new(big.Int).SetUint64(b)), "BoardRecalled")
	f.refused(members[3], f.submitData(10, "c"), "BoardRecalled")
	if c := f.claim(b); c.Status != contracts.StatusReturned {
		t.Fatalf("claimOf shows the recalled board's open claim %s, want returned", contracts.StatusName(c.Status))
	}
	if c := f.claim(a); c.Status != contracts.StatusReturned || c.ApprovedAt == 0 {
		t.Fatalf("claimOf shows the claim in notice as %s (approved at %d), want returned with its approval time", contracts.StatusName(c.Status), c.ApprovedAt)
	}
	f.tx(members[1], f.abi.PackDecide(new(big.Int).SetUint64(b)))
	if c := f.claim(b); c.Status != contracts.StatusReturned {
		t.Fatal("decide did not return the recalled board's open claim")
	}
	f.refused(members[1], f.abi.PackDecide(new(big.Int).SetUint64(b)), "ClaimNotOpen")
	f.warp(notice)
	f.settle(members[0])
	lim := view(f, contracts.PartClaims, f.abi.PackPayoutLimit(members[0].From()), f.abi.UnpackPayoutLimit)
	wantInt(t, "member 0's payout window after the return", lim.Remaining, simchain.Tokens(5000))

	// The early election seats a new board; the returned claims are filed
	// again, with the same nullifiers.
	cands := members[2:5]
	for i, c := range cands {
		f.tx(c, f.abi.PackStand(hpkeKey(byte(i))))
	}
	for _, v := range members[2:] {
		f.tx(v, f.voteData(v, addrs(cands...)))
	}
	f.warp(7 * day)
	f.tx(members[2], f.abi.PackFinalize())
	f.submit(members[0], 100, "a")
	f.submit(members[1], 100, "b")
}

// A quorum of the other seated notaries vacates a seat, with a public
// reason; the vacated notary's votes stop counting, and a claim whose
// remaining voters can no longer approve it is decided at once by decide.
func TestVacateSeat(t *testing.T) {
	f := newFixture(t, 9, func(p *contracts.Params) {
		p.Seats, p.Quorum = 5, 3
	})
	acc := f.c.Accounts
	notaries := acc[1:6] // five seats, quorum 3
	m := f.m
	m.Notaries = notaries
	alice := acc[6]
	f.joined(alice, 12)
	f.warp(91 * day)
	id := f.submit(alice, 100, "a")
	idBig := new(big.Int).SetUint64(id)
	f.tx(notaries[0], f.rejectData(idBig))
	f.tx(notaries[4], f.rejectData(idBig))

	target := notaries[4]
	f.refused(alice, f.abi.PackVacate(target.From(), contracts.VacateAbsent), "NotNotary")
	f.refused(notaries[0], f.abi.PackVacate(target.From(), 0), "InvalidReason")
	f.refused(notaries[0], f.abi.PackVacate(target.From(), 4), "InvalidReason")
	f.refused(notaries[0], f.abi.PackVacate(notaries[0].From(), contracts.VacateAbusive), "VacateOwnSeat")
	f.refused(notaries[0], f.abi.PackVacate(alice.From(), contracts.VacateAbusive), "NotNotary")
	r := f.tx(notaries[0], f.abi.PackVacate(target.From(), contracts.VacateAbusive))
	if ev := findEvent(t, r, f.abi.UnpackVacateVoteEvent); ev.Approvals.Int64() != 1 || hasEvent(r, f.abi.UnpackSeatVacatedEvent) {
		t.Fatal("one notary vacated a seat")
	}
	f.refused(notaries[0], f.abi.PackVacate(target.From(), contracts.VacateAbusive), "VacateVoteRepeated")
	f.tx(notaries[1], f.abi.PackVacate(target.From(), contracts.VacateAbsent))
	r = f.tx(notaries[2], f.abi.PackVacate(target.From(), contracts.VacateAbusive))
	ev := findEvent(t, r, f.abi.UnpackSeatVacatedEvent)
	if ev.Notary != target.From() || ev.Reason != contracts.VacateAbusive || ev.SeatsLeft != 4 {
		t.Fatalf("SeatVacated: %+v", ev)
	}
	f.refused(target, f.approveData(idBig), "NotNotary")
	if c := f.claim(id); c.Rejections != 0b00001 || c.Voters != 0b01111 {
		t.Fatalf("after the vacate: rejections %b over voters %b, want the vacated seat's rejection gone", c.Rejections, c.Voters)
	}
	// One more rejection: of the 4 seats held, 2 could still approve,
	// fewer than the quorum of 3: rejected.
	r = f.tx(notaries[1], f.rejectData(idBig))
	if !hasEvent(r, f.abi.UnpackClaimRejectedEvent) {
		t.Fatal("not rejected with two of the four seats held against")
	}
	if c := f.claim(id); c.Status != contracts.StatusRejected {
		t.Fatalf("claim %s, want rejected", contracts.StatusName(c.Status))
	}
	// Another claim: one rejection; then a seat with no vote is vacated:
	// 3 seats, 1 rejection: 3 - 1 < 3, decided by decide without a vote.
	f.warp(day)
	second := new(big.Int).SetUint64(f.submit(alice, 100, "b"))
	f.tx(notaries[0], f.rejectData(second))
	f.refused(alice, f.abi.PackDecide(second), "NothingToDecide")
	for _, n := range notaries[:3] {
		f.tx(n, f.abi.PackVacate(notaries[3].From(), contracts.VacateAbsent))
	}
	r = f.tx(alice, f.abi.PackDecide(second))
	if !hasEvent(r, f.abi.UnpackClaimRejectedEvent) {
		t.Fatal("decide did not reject a claim its seats still held can no longer approve")
	}
	// Below quorum: the next claim is refused and an early election opens.
	f.tx(notaries[0], f.abi.PackResign())
	f.refused(alice, f.submitData(1, "c"), "QuorumUnreachable")
}

// A notary key belongs to the first address that publishes it: another
// notary or a candidate cannot publish a copy; its owner may rotate away
// and back.
func TestNotaryKeyBelongsToOneAddress(t *testing.T) {
	f := newFixture(t, 7, shortWait)
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]
	cand := f.c.Accounts[4]
	f.joined(cand, 12)
	key := hpkeKey(7)
	r := f.tx(n1, f.abi.PackSetNotaryKey(key))
	ev := findEvent(t, r, f.abi.UnpackNotaryKeySetEvent)
	if !bytes.Equal(ev.Key, key) || ev.KeyHash != crypto.Keccak256Hash(key) {
		t.Fatal("NotaryKeySet does not carry the key and its hash")
	}
	if owner := view(f, contracts.PartBoard, f.abi.PackKeyOwner(crypto.Keccak256Hash(key)), f.abi.UnpackKeyOwner); owner != n1.From() {
		t.Fatalf("keyOwner: %s, want n1", owner.Hex())
	}
	rev := f.refused(n2, f.abi.PackSetNotaryKey(key), "KeyTaken")
	if kt := rev.Value.(*contracts.BoardKeyTaken); kt.Owner != n1.From() {
		t.Fatalf("KeyTaken names %s, want n1", kt.Owner.Hex())
	}
	f.warp(31 * day)
	f.refused(cand, f.abi.PackStand(key), "KeyTaken")
	// Rotation and back.
	key2 := hpkeKey(8)
	f.tx(n1, f.abi.PackSetNotaryKey(key2))
	f.tx(n1, f.abi.PackSetNotaryKey(key))
	if h := view(f, contracts.PartBoard, f.abi.PackNotaryKeyHash(n1.From()), f.abi.UnpackNotaryKeyHash); h != crypto.Keccak256Hash(key) {
		t.Fatal("rotation back not stored")
	}
	f.refused(f.c.Accounts[5], f.abi.PackSetNotaryKey(hpkeKey(9)), "NotNotaryOrCandidate")
	f.refused(n2, f.abi.PackSetNotaryKey(key[:len(key)-1]), "InvalidKey")
	f.refused(n2, f.abi.PackSetNotaryKey(append(bytes.Clone(key), 0)), "InvalidKey")
}

// The registry: an identity is tied to its iss; the founder acts alone
// only during the founder-named term; a quorum otherwise; a key unbinds
// only while no claim could have used it.
func TestIssuerRegistryV2(t *testing.T) {
	f := newFixture(t, 6, nil)
	n1, n2, stranger := f.m.Notaries[0], f.m.Notaries[1], f.c.Accounts[4]
	k1 := crypto.Keccak256Hash([]byte("hospital key 1"))
	k2 := crypto.Keccak256Hash([]byte("hospital key 2 (rotated)"))
	other := crypto.Keccak256Hash([]byte("another hospital's key"))
	id := k1 // a new identity is named by its first key

	f.refused(stranger, f.abi.PackTrustKey(id, k1, hospitalIss), "NotFounderOrNotary")
	f.refused(f.m.Founder, f.abi.PackTrustKey(common.Hash{}, k1, hospitalIss), "ZeroIssuer")
	f.refused(f.m.Founder, f.abi.PackTrustKey(id, k1, ""), "InvalidParameter")
	r := f.tx(f.m.Founder, f.abi.PackTrustKey(id, k1, hospitalIss))
	bound := findEvent(t, r, f.abi.UnpackIssuerBoundEvent)
	if bound.Issuer != id || bound.Iss != hospitalIss || bound.IssHash != crypto.Keccak256Hash([]byte(hospitalIss)) {
		t.Fatalf("IssuerBound: %+v", bound)
	}
	f.refused(f.m.Founder, f.abi.PackTrustKey(id, k1, hospitalIss), "IssuerUnchanged")
	// A rotated key of the same iss joins the identity, or is refused.
	rev := f.refused(f.m.Founder, f.abi.PackTrustKey(k2, k2, hospitalIss), "IssTaken")
	if it := rev.Value.(*contracts.RegistryIssTaken); it.Issuer != id {
		t.Fatalf("IssTaken names %x, want the identity %x", it.Issuer, id)
	}
	f.refused(f.m.Founder, f.abi.PackTrustKey(id, k2, "https://elsewhere.example"), "IssuerIss")
	r = f.tx(f.m.Founder, f.abi.PackTrustKey(id, k2, hospitalIss))
	if hasEvent(r, f.abi.UnpackIssuerBoundEvent) {
		t.Fatal("a second key re-tied the identity")
	}
	if iss, ok := f.issuerKey(k2); iss != id || !ok {
		t.Fatal("the rotated key did not join its identity")
	}
	// A key never moves to another identity while bound.
	f.refused(f.m.Founder, f.abi.PackTrustKey(other, k1, "https://other.example"), "IssuerKeyBound")

	// Unbinding: only a distrusted key, and only while no claim could
	// have used it.
	f.refused(n1, f.abi.PackUnbindKey(k1), "KeyTrusted")
	f.tx(n1, f.abi.PackDistrustKey(k1))
	f.tx(n2, f.abi.PackDistrustKey(k1))
	alice := f.c.Accounts[5]
	f.joined(alice, 12)
	f.warp(91 * day)
	claim := f.submit(alice, 10, "e")
	f.approve(claim, n1, n2) // approved after the key was trusted
	rev = f.refused(n1, f.abi.PackUnbindKey(k1), "KeyMayBeUsed")
	if mu := rev.Value.(*contracts.RegistryKeyMayBeUsed); mu.LastApprovedAt < mu.TrustedAt {
		t.Fatalf("KeyMayBeUsed: %+v", mu)
	}
	f.refused(n1, f.abi.PackUnbindKey(other), "KeyNotBound")
	// A key bound but never trusted... is trusted by binding: a new key
	// trusted now, then distrusted, unbinds while nothing is approved.
	k3 := crypto.Keccak256Hash([]byte("key 3"))
	f.tx(f.m.Founder, f.abi.PackTrustKey(id, k3, hospitalIss))
	f.tx(f.m.Founder, f.abi.PackDistrustKey(k3))
	f.tx(f.m.Founder, f.abi.PackUnbindKey(k3))
	if iss, _ := f.issuerKey(k3); iss != (common.Hash{}) {
		t.Fatal("k3 still bound")
	}
	// A vote of a resigned notary stops counting (as before v2).
	r = f.tx(n1, f.abi.PackTrustKey(other, other, "https://other.example"))
	if v := findEvent(t, r, f.abi.UnpackIssuerKeyVoteEvent); v.Approvals.Int64() != 1 || v.Op != 1 {
		t.Fatalf("IssuerKeyVote: %+v", v)
	}
	f.tx(n1, f.abi.PackResign())
	r = f.tx(n2, f.abi.PackTrustKey(other, other, "https://other.example"))
	if hasEvent(r, f.abi.UnpackIssuerKeyChangedEvent) {
		t.Fatal("a resigned notary's vote still counted")
	}
}
