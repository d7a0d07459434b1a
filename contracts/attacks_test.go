package contracts_test

// Issue 14: the attacks on protocol v1, each a scenario of numbered steps
// (who does what, with which amounts) and an Outcome that asserts the
// safe behaviour the issue requires. Written first against v1, where
// every one failed because the attack worked (commit 892228b on branch
// attacks-v1 has them and their failure lines); ported to v2's ABI here,
// where they pass.
//
// The client-level attacks (notary keys that halt sealing, a rotated
// issuer key that pays an event twice, a rejection note on chain) are in
// claims/attacks_test.go.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/contracts/testtoken"
)

// try sends data from s and returns what happened, refusal or not: for
// the steps of an attack whose refusal is the safe behaviour.
func (f *fixture) try(s chain.Sender, data []byte) (*types.Receipt, error) {
	f.t.Helper()
	return f.m.Tx(f.ctx, s, data)
}

// now is the latest block's time.
func (f *fixture) now() uint64 {
	f.t.Helper()
	h, err := f.c.Client.HeaderByNumber(f.ctx, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return h.Time
}

// warpTo moves the chain clock so that the next block is at or after at.
func (f *fixture) warpTo(at uint64) {
	f.t.Helper()
	if now := f.now(); at > now {
		f.warp(time.Duration(at-now) * time.Second)
	}
}

func (f *fixture) closesAt() uint64 {
	f.t.Helper()
	at, err := simchain.Call(f.ctx, f.m, contracts.PartBoard, f.abi.PackElectionClosesAt(), f.abi.UnpackElectionClosesAt)
	if err != nil {
		f.t.Fatal(err)
	}
	return at
}

func (f *fixture) issuerKey(thumb common.Hash) (issuer common.Hash, trusted bool) {
	f.t.Helper()
	out, err := simchain.Call(f.ctx, f.m, contracts.PartRegistry, f.abi.PackIssuerKey(thumb), f.abi.UnpackIssuerKey)
	if err != nil {
		f.t.Fatal(err)
	}
	return out.Issuer, out.Trusted
}

// kbc writes base units as whole tokens (and decimals if any).
func kbc(v *big.Int) string {
	q, r := new(big.Int).QuoRem(v, simchain.Token, new(big.Int))
	if r.Sign() == 0 {
		return q.String()
	}
	return new(big.Rat).SetFrac(v, simchain.Token).FloatString(6)
}

// outcome names what a step's transaction came to: "accepted", or the
// refusal (the error's name and arguments, hashes shortened), decoded
// with the community's errors or those of tokens' ABIs.
func outcome(err error, tokens ...interface {
	GetABI() abi.ABI
	UnpackError([]byte) (any, error)
}) string {
	if err == nil {
		return "accepted"
	}
	var r *contracts.Revert
	if errors.As(err, &r) {
		return "refused: " + describeRevert(r.Name, r.Value)
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if raw, ok := de.ErrorData().(string); ok {
			data := common.FromHex(raw)
			for _, tok := range tokens {
				for name, e := range tok.GetABI().Errors {
					if len(data) >= 4 && string(e.ID[:4]) == string(data[:4]) {
						v, _ := tok.UnpackError(data)
						return "refused: " + describeRevert(name, v)
					}
				}
			}
		}
	}
	return "failed: " + err.Error()
}

// describeRevert writes an error as Name(field=value, ...), with 32-byte
// values as short hex.
func describeRevert(name string, v any) string {
	rv := reflect.Indirect(reflect.ValueOf(v))
	if !rv.IsValid() || rv.Kind() != reflect.Struct {
		return name
	}
	var args []string
	for i := 0; i < rv.NumField(); i++ {
		val := rv.Field(i).Interface()
		if h, ok := val.([32]byte); ok {
			val = common.Hash(h).Hex()[:10] + "…"
		}
		args = append(args, fmt.Sprintf("%s=%v", rv.Type().Field(i).Name, val))
	}
	return name + "(" + strings.Join(args, ", ") + ")"
}

// minedReceipt waits (at most 30 s) for tx's receipt, reverted or not.
func (f *fixture) minedReceipt(tx *types.Transaction) *types.Receipt {
	f.t.Helper()
	ctx, cancel := context.WithTimeout(f.ctx, 30*time.Second)
	defer cancel()
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		f.t.Fatal(err)
	}
	r, err := chain.WaitReceipt(ctx, f.c.Client, tx, from)
	if r == nil {
		f.t.Fatalf("transaction %s was not mined: %v", tx.Hash().Hex(), err)
	}
	return r
}

func statusName(s uint8) string { return contracts.StatusName(s) }

// paidIn sums the ClaimPaid events of receipts.
func (f *fixture) paidIn(rs ...*types.Receipt) *big.Int {
	sum := new(big.Int)
	for _, r := range rs {
		if r == nil {
			continue
		}
		for _, l := range r.Logs {
			if ev, err := f.abi.UnpackClaimPaidEvent(l); err == nil {
				sum.Add(sum, ev.Amount)
			}
		}
	}
	return sum
}

// Attack 2a. K=3, Q=2. A claim is filed while three notaries sit; one
// resigns; of the two left, one approves and one rejects. Quorum (2
// approvals) can no longer be reached over the seats still filled, yet
// the claim stays open until its review window closes: undecidable.
// Safe: it is rejected as soon as quorum cannot be reached over the
// seats still filled.
func TestAttackResignedSeatLeavesClaimUndecidable(t *testing.T) {
	f := newFixture(t, 6, nil) // demo: 3 seats, quorum 2
	alice := f.c.Accounts[4]
	n1, n2, n3 := f.m.Notaries[0], f.m.Notaries[1], f.m.Notaries[2]

	// Setup: alice joins for 12 periods (120 KBC) and waits 91 days.
	f.joined(alice, 12)
	f.warp(91 * day)

	// 1. alice files a claim for 100 KBC; 3 notaries sit.
	id := new(big.Int).SetUint64(f.submit(alice, 100, "alice event"))
	filed := f.claim(id.Uint64())
	// 2. n3 resigns: 2 of 3 seats still filled.
	f.tx(n3, f.abi.PackResign())
	// 3. n1 approves, n2 rejects (reason 1).
	f.tx(n1, f.approveData(id))
	f.tx(n2, f.rejectData(id))
	afterVotes := f.claim(id.Uint64())
	// 4. n3 can no longer vote; the review window (7 days) passes.
	_, n3Vote := f.try(n3, f.approveData(id))
	f.warp(7*day + time.Second)
	afterWindow := f.claim(id.Uint64())

	// Outcome.
	if filed.Voters != 0b111 {
		t.Fatalf("setup: the claim's voters are seats %b, want all 3", filed.Voters)
	}
	if afterVotes.Status != contracts.StatusRejected || afterWindow.Status != contracts.StatusRejected {
		t.Fatalf("after n3 resigned (2 of 3 seats filled, quorum 2), n1 approved and n2 rejected claim %s: it stayed %s (approvals %b, rejections %b of voters %b; n3's vote %s) and was %s when its review window closed 7 days later; want it rejected once quorum cannot be reached over the seats still filled",
			id, statusName(afterVotes.Status), afterVotes.Approvals, afterVotes.Rejections, afterVotes.Voters, outcome(n3Vote), statusName(afterWindow.Status))
	}
	if n3Vote == nil {
		t.Fatal("the resigned notary's vote was accepted")
	}
}

// Attack 2b. Seats K=3 with quorum Q=3 is accepted at creation; then one
// resignation makes every claim undecidable: the claim already filed can
// gather only 2 of the 3 approvals it needs, and a new one is refused.
// Safe: K=Q refused at creation, or every claim still decidable after a
// resignation.
func TestAttackQuorumEqualSeatsHaltsOnResignation(t *testing.T) {
	base := newFixture(t, 7, nil)
	founder := base.m.Founder
	notaries := []common.Address{base.c.Accounts[1].From(), base.c.Accounts[2].From(), base.c.Accounts[3].From()}

	// 1. The founder creates a community with 3 seats and quorum 3.
	p := contracts.DemoParams(base.m.Token, notaries)
	p.Quorum = 3
	_, created := chain.DeployCommunity(base.ctx, base.c.Client, founder, p)

	// Outcome: refused at creation, naming the parameter.
	var r *contracts.Revert
	if !errors.As(created, &r) || r.Name != "InvalidParameter" || r.Value.(*contracts.CommunityInvalidParameter).Name != "quorum" {
		t.Fatalf("creating a community with quorum = seats = 3: got %v, want InvalidParameter(quorum): one resignation would make every claim undecidable", created)
	}
}

// Attack 3, the audit's scenario. Five sybils join with 4 periods each
// (200 KBC of dues in all) beside 11 honest members who prepaid 104
// periods each (11,440 KBC): an 11,640 KBC pool. In the first election
// two sybils stand against three honest candidates; all five sybils vote,
// but only two honest members do. The sybils take 2 of 3 seats, and the
// three other sybils file made-up claims (5,000 + 5,000 + 1,640 KBC) that
// the two sybil notaries approve back to back. On v1 each was paid in the
// approving transaction. Safe: nothing is paid before the public notice
// window (3 days) has passed; honest members who recall the board inside
// it stop every payout; without a recall, at most one period's outflow is
// paid.
func TestAttackCapturedBoardDrainsPool(t *testing.T) {
	type captured struct {
		f         *fixture
		pool      *big.Int
		honest    []*chain.KeySender
		s1, s2    *chain.KeySender
		term      uint32
		ids       []*big.Int
		receipts  []*types.Receipt
		seatedAt  uint64
		lastAt    uint64
		noticeEnd uint64
	}
	capture := func(t *testing.T) *captured {
		f := newFixture(t, 20, nil) // demo: 10 KBC per 30 days, maxPayout 5,000 KBC, 3 seats, quorum 2
		acc := f.c.Accounts
		sybils := acc[4:9]  // s1..s5
		honest := acc[9:20] // h1..h11
		s1, s2 := sybils[0], sybils[1]
		claimants := sybils[2:] // s3, s4, s5
		honestCands := honest[:3]
		honestVoters := honest[3:5]

		// Setup.
		// 1. Each sybil joins for 4 periods: 40 KBC each, 200 KBC in all
		//    (covered 120 days, beyond the first election's close at 97 days).
		for _, s := range sybils {
			f.joined(s, 4)
		}
		// 2. Each of 11 honest members prepays 104 periods: 1,040 KBC each.
		for _, h := range honest {
			f.joined(h, 104)
		}
		c := &captured{f: f, pool: f.balance(f.m.Address), honest: honest, s1: s1, s2: s2}
		// 3. 91 days later (past the 90-day waiting period), the first
		//    election: h1, h2, h3 and s1, s2 stand.
		f.warp(91 * day)
		for i, cand := range append(append([]*chain.KeySender{}, honestCands...), s1, s2) {
			f.tx(cand, f.abi.PackStand(hpkeKey(byte(i+1))))
		}
		// 4. Only 2 honest members vote (for h1, h2, h3); all 5 sybils vote
		//    for s1 and s2 (7 ballots: the election counts).
		for _, v := range honestVoters {
			f.tx(v, f.voteData(v, addrs(honestCands...)))
		}
		for _, s := range sybils {
			f.tx(s, f.voteData(s, addrs(s1, s2)))
		}
		// 5. At the election's close (97 days) anyone finalizes: term 1.
		f.warpTo(f.closesAt())
		seated := f.tx(honest[10], f.abi.PackFinalize())
		term := findEvent(t, seated, f.abi.UnpackTermStartedEvent)
		if !sameAddrs(term.Notaries[:2], addrs(s1, s2)) {
			t.Fatalf("setup: term 1 seated %v, want s1 and s2 in two of its three seats", term.Notaries)
		}
		if c.pool.Cmp(simchain.Tokens(11_640)) != 0 {
			t.Fatalf("setup: the pool holds %s KBC, want 11640", kbc(c.pool))
		}
		c.term, c.seatedAt = term.Term, f.blockTime(seated)

		// The attack: s3 files 5,000 KBC, s4 5,000 KBC, s5 the rest of
		// the pool; s1 and s2 approve each claim as soon as it is filed.
		left := new(big.Int).Set(c.pool)
		for i, s := range claimants {
			amount := new(big.Int).Set(f.m.Params.MaxPayout)
			if left.Cmp(amount) < 0 {
				amount.Set(left)
			}
			left.Sub(left, amount)
			r := f.tx(s, f.abi.PackSubmitClaim(amount, nullifierOf(fmt.Sprintf("made-up event %d", i+1)), f.envelope(), term.Term))
			id := findEvent(t, r, f.abi.UnpackClaimSubmittedEvent).Id
			c.ids = append(c.ids, id)
			c.receipts = append(c.receipts, r)
			for _, n := range []*chain.KeySender{s1, s2} {
				last := f.tx(n, f.approveData(id))
				c.receipts = append(c.receipts, last)
				c.lastAt = f.blockTime(last)
				if ev, err := f.abi.UnpackClaimApprovedEvent(last.Logs[len(last.Logs)-1]); err == nil {
					c.noticeEnd = ev.NoticeEndsAt
				}
			}
		}
		if paid := f.paidIn(c.receipts...); paid.Sign() != 0 {
			t.Fatalf("captured board: sybils who paid 200 KBC of dues won 2 of 3 seats, then took %s KBC of the %s KBC pool in 3 made-up claims within %d s of taking their seats, paid in the approving transactions; want nothing paid before the public notice window (3 days) has passed",
				kbc(paid), kbc(c.pool), c.lastAt-c.seatedAt)
		}
		return c
	}

	t.Run("honest members recall the board inside the notice", func(t *testing.T) {
		c := capture(t)
		f := c.f
		// 6. A day later three honest members (the demo's recall threshold)
		//    who saw the notices sign a recall of term 1's board.
		f.warp(day)
		var recalled *types.Receipt
		for _, h := range c.honest[5:8] {
			recalled = f.tx(h, f.abi.PackRecall(c.term))
		}
		// 7. The sybil notaries try to approve one more made-up claim.
		more := f.submitData(100, "yet another made-up event")
		_, again := f.try(f.c.Accounts[6], more)
		// 8. After the notice, anyone settles.
		f.warpTo(c.noticeEnd + 1)
		r := f.settle(c.honest[0])

		// Outcome: the board is recalled, every claim returned, nothing paid,
		// and an early election closes a voting window after the recall.
		ev := findEvent(t, recalled, f.abi.UnpackBoardRecalledEvent)
		if ev.Term != c.term || ev.Signatures.Int64() != 3 {
			t.Fatalf("BoardRecalled: %+v, want term %d with 3 signatures", ev, c.term)
		}
		if again == nil {
			t.Fatal("a claim was filed with the recalled board")
		}
		if got := countEvents(r, f.abi.UnpackClaimReturnedEvent); got != 3 || f.paidIn(r).Sign() != 0 {
			t.Fatalf("settle after the recall returned %d claims and paid %s KBC, want 3 returned and nothing paid", got, kbc(f.paidIn(r)))
		}
		for _, id := range c.ids {
			if s := f.claim(id.Uint64()).Status; s != contracts.StatusReturned {
				t.Fatalf("claim %s is %s, want returned", id, statusName(s))
			}
		}
		wantInt(t, "pool", f.balance(f.m.Address), c.pool)
		if closes := f.closesAt(); closes != f.blockTime(recalled)+uint64(7*day/time.Second) {
			t.Fatalf("the early election closes at %d, want the recall + 7 days (%d)", closes, f.blockTime(recalled)+uint64(7*day/time.Second))
		}
	})

	t.Run("without a recall at most one period's outflow is paid", func(t *testing.T) {
		c := capture(t)
		f := c.f
		// 6. Nobody recalls. One second before the notice ends, anyone
		//    settles; then at its end.
		_, early := f.try(c.honest[0], f.abi.PackSettle(new(big.Int)))
		f.warpTo(c.noticeEnd)
		r := f.settle(c.honest[0])
		_, more := f.try(c.honest[0], f.abi.PackSettle(new(big.Int)))

		// Outcome: nothing before the window ends; then one period's
		// outflow cap, the larger of 20% of the pool (2,328 KBC) and one
		// maxPayout (5,000 KBC): the first claim only.
		if early == nil {
			t.Fatal("a claim was settled during its public notice")
		}
		wantInt(t, "paid after the notice", f.paidIn(r), simchain.Tokens(5000))
		rev := wantRefusal(t, more, "OutflowCapped")
		oc := rev.Value.(*contracts.ClaimsOutflowCapped)
		wantInt(t, "OutflowCapped.cap", oc.Cap, simchain.Tokens(5000))
		wantInt(t, "pool", f.balance(f.m.Address), simchain.Tokens(6640))
	})
}

// Attack 4a. A victim's claim and its two approvals are mined; a reorg
// drops them. The attacker re-files a copy of the victim's evidence (the
// same nullifier and envelope, read from the dropped ClaimSubmitted
// event, but for maxPayout) ahead of everything pending, so that it takes
// the victim's claim id; the notaries' approvals are sent again as they
// were signed. On v1 they counted for the attacker's claim: the attacker
// was paid and the victim's nullifier spent. Safe: a replayed vote names
// the victim's claim and is refused for any other.
func TestAttackApprovalReplayAfterReorg(t *testing.T) {
	f := newFixture(t, 8, nil)
	victim, attacker, donor := f.c.Accounts[4], f.c.Accounts[5], f.c.Accounts[6]
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]

	// Setup: victim and attacker join for 12 periods; a donor gives
	// 10,000 KBC; 91 days pass.
	f.joined(victim, 12)
	f.joined(attacker, 12)
	f.fund(donor, 10_000)
	f.tx(donor, f.abi.PackDonate(simchain.Tokens(10_000)))
	f.warp(91 * day)
	parent, err := f.c.Client.HeaderByNumber(f.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	victimBefore, attackerBefore := f.balance(victim.From()), f.balance(attacker.From())

	// 1. The victim files a claim for 3,000 KBC.
	nullifier := nullifierOf("victim's medical event")
	env := simchain.SizedEnvelope(3)
	env[0] = 0x5e // the victim's sealed evidence
	r := f.tx(victim, f.abi.PackSubmitClaim(simchain.Tokens(3000), nullifier, env, 0))
	id := findEvent(t, r, f.abi.UnpackClaimSubmittedEvent).Id
	// 2. n1 and n2 approve it: its public notice starts.
	f.tx(n1, f.approveData(id))
	f.tx(n2, f.approveData(id))
	approvedBeforeReorg := f.claim(id.Uint64()).Status

	// 3. A reorg drops the three blocks after parent.
	dropped, err := f.c.Reorg(f.ctx, parent.Hash())
	if err != nil {
		t.Fatal(err)
	}
	// 4. The attacker files a copy of the victim's evidence (same
	//    nullifier, same envelope) for 5,000 KBC, with a high tip.
	copied, err := f.c.SendAhead(f.ctx, attacker, f.m.Parts.Claims, f.abi.PackSubmitClaim(simchain.Tokens(5000), nullifier, env, 0))
	if err != nil {
		t.Fatalf("the attacker's copy: %v", err)
	}
	// 5. The dropped transactions (the victim's claim, n1's and n2's
	//    approvals of claim id) are sent again as they were signed.
	for _, tx := range dropped {
		if err := f.c.Resend(f.ctx, tx); err != nil {
			t.Fatalf("resend %s: %v", tx.Hash().Hex(), err)
		}
	}
	f.c.Commit()
	var all []*types.Receipt
	for _, tx := range append([]*types.Transaction{copied}, dropped...) {
		all = append(all, f.minedReceipt(tx))
	}
	// 6. 4 days pass (longer than the public notice window); anyone
	//    settles what is due.
	f.warp(4 * day)
	f.try(donor, f.abi.PackSettle(big.NewInt(0)))

	// Outcome.
	if approvedBeforeReorg != contracts.StatusApproved {
		t.Fatalf("setup: before the reorg the victim's claim was %s, want approved", statusName(approvedBeforeReorg))
	}
	attackerClaim := findEvent(t, all[0], f.abi.UnpackClaimSubmittedEvent).Id
	if attackerClaim.Cmp(id) != 0 {
		t.Fatalf("setup: the attacker's copy took id %s, want the victim's id %s", attackerClaim, id)
	}
	for _, r := range all[2:] {
		if r.Status == types.ReceiptStatusSuccessful {
			t.Fatalf("a replayed approval (tx %s) was accepted for the attacker's claim", r.TxHash.Hex())
		}
	}
	spentBy := view(f, contracts.PartClaims, f.abi.PackNullifierClaim(nullifier), f.abi.UnpackNullifierClaim)
	attackerGot := new(big.Int).Sub(f.balance(attacker.From()), attackerBefore)
	ac := f.claim(attackerClaim.Uint64())
	if attackerGot.Sign() != 0 || ac.Approvals != 0 || ac.Status != contracts.StatusOpen || spentBy.Sign() != 0 {
		t.Fatalf("after a reorg the attacker's copy of the victim's evidence took claim id %s: %s with approvals %b, paid %s KBC, nullifier spent by claim %s; want the replayed approvals refused, nothing paid, the nullifier unspent",
			attackerClaim, statusName(ac.Status), ac.Approvals, kbc(attackerGot), spentBy)
	}
	// The victim's claim, filed again behind it, is intact and can be
	// approved by the notaries who review it again.
	victimClaim := findEvent(t, all[1], f.abi.UnpackClaimSubmittedEvent).Id
	f.approve(victimClaim.Uint64(), n1, n2)
	if s := f.claim(victimClaim.Uint64()).Status; s != contracts.StatusApproved {
		t.Fatalf("the victim's claim filed again is %s after two fresh approvals, want approved", statusName(s))
	}
	_ = victimBefore
}

// Attack 4b. The attacker files a junk claim; the notaries reject it. A
// victim files an honest claim just after (its wallet pays a higher
// tip). A reorg drops all of it; sent again, the victim's claim lands
// first and takes the junk claim's id, and the notaries' rejections, sent
// again as they were signed, rejected the victim's claim on v1, which no
// notary had reviewed. Safe: a replayed vote for any other claim is
// refused.
func TestAttackRejectionReplayAfterReorg(t *testing.T) {
	f := newFixture(t, 8, nil)
	victim, attacker := f.c.Accounts[4], f.c.Accounts[5]
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]

	// Setup: victim and attacker join for 12 periods; 91 days pass.
	f.joined(victim, 12)
	f.joined(attacker, 12)
	f.warp(91 * day)
	parent, err := f.c.Client.HeaderByNumber(f.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}

	// 1. The attacker files a junk claim for 10 KBC.
	junk := new(big.Int).SetUint64(f.submit(attacker, 10, "junk"))
	// 2. The victim files an honest claim for 100 KBC, with a high tip.
	honestTx, err := f.c.SendAhead(f.ctx, victim, f.m.Parts.Claims, f.abi.PackSubmitClaim(simchain.Tokens(100), nullifierOf("victim's event"), f.envelope(), 0))
	if err != nil {
		t.Fatal(err)
	}
	f.c.Commit()
	honestBefore := findEvent(t, f.minedReceipt(honestTx), f.abi.UnpackClaimSubmittedEvent).Id
	// 3. n1 and n2 reject the junk claim: it is rejected.
	f.tx(n1, f.rejectData(junk))
	f.tx(n2, f.rejectData(junk))
	junkBefore := f.claim(junk.Uint64())

	// 4. A reorg drops the four blocks after parent.
	dropped, err := f.c.Reorg(f.ctx, parent.Hash())
	if err != nil {
		t.Fatal(err)
	}
	// 5. Every dropped transaction is sent again as it was signed; the
	//    next block takes the victim's (higher tip) first.
	for _, tx := range dropped {
		if err := f.c.Resend(f.ctx, tx); err != nil {
			t.Fatalf("resend %s: %v", tx.Hash().Hex(), err)
		}
	}
	f.c.Commit()
	for _, tx := range dropped {
		f.minedReceipt(tx)
	}
	honestAfter := findEvent(t, f.minedReceipt(honestTx), f.abi.UnpackClaimSubmittedEvent).Id
	victimClaim := f.claim(honestAfter.Uint64())

	// Outcome.
	if junkBefore.Status != contracts.StatusRejected || honestBefore.Cmp(junk) == 0 || honestAfter.Cmp(junk) != 0 {
		t.Fatalf("setup: before the reorg the junk claim %s was %s and the victim's claim had id %s; after it, %s", junk, statusName(junkBefore.Status), honestBefore, honestAfter)
	}
	if victimClaim.Status != contracts.StatusOpen || victimClaim.Rejections != 0 {
		t.Fatalf("after a reorg the victim's claim landed first and took id %s (the junk claim's id before); the notaries' replayed rejections of the junk claim made it %s with rejections %b, though no notary had reviewed it; want a replayed vote for another claim refused",
			honestAfter, statusName(victimClaim.Status), victimClaim.Rejections)
	}
}

// electFirstTerm runs the first election of a demo community: every
// candidate stands with its own key, every voter backs all candidates
// (at least the demo's 3 ballots), and anyone finalizes at the close.
// Candidates and voters must have joined at least 91 days ago for
// periods reaching past 97 days.
func (f *fixture) electFirstTerm(cands, voters []*chain.KeySender) []common.Address {
	f.t.Helper()
	for i, c := range cands {
		f.tx(c, f.abi.PackStand(hpkeKey(byte(0x40+i))))
	}
	for _, v := range voters {
		f.tx(v, f.voteData(v, addrs(cands...)))
	}
	f.warpTo(f.closesAt())
	r := f.tx(voters[0], f.abi.PackFinalize())
	return findEvent(f.t, r, f.abi.UnpackTermStartedEvent).Notaries
}

const hospitalIss = "https://hospital.example"

// Attack 5a. After the first elected term has started, its notaries
// distrust an issuer key by quorum; on v1 the founder alone trusted it
// again, at once. Safe: the founder's registry powers end when the first
// elected term starts.
func TestAttackFounderRetrustsKeyQuorumDistrusted(t *testing.T) {
	f := newFixture(t, 9, nil)
	acc := f.c.Accounts
	c1, c2, c3, voter := acc[4], acc[5], acc[6], acc[7]
	key := crypto.Keccak256Hash([]byte("a hospital's key")) // its thumbprint; a new identity is named by it

	// Setup.
	// 1. Term 0: the founder trusts the hospital's key.
	f.tx(f.m.Founder, f.abi.PackTrustKey(key, key, hospitalIss))
	// 2. c1, c2, c3 and a voter join for 12 periods; after 91 days the
	//    three stand, all four vote, and at the close (97 days) term 1,
	//    the first elected term, starts with c1, c2, c3.
	for _, s := range []*chain.KeySender{c1, c2, c3, voter} {
		f.joined(s, 12)
	}
	f.warp(91 * day)
	seated := f.electFirstTerm([]*chain.KeySender{c1, c2, c3}, []*chain.KeySender{voter, c1, c2, c3})

	// 3. In term 1, c1 and c2 (quorum 2 of 3) distrust the key.
	f.tx(c1, f.abi.PackDistrustKey(key))
	f.tx(c2, f.abi.PackDistrustKey(key))
	_, trustedAfterQuorum := f.issuerKey(key)
	// 4. The founder alone trusts it again.
	_, retrust := f.try(f.m.Founder, f.abi.PackTrustKey(key, key, hospitalIss))
	_, trustedAfterFounder := f.issuerKey(key)

	// Outcome.
	if !sameAddrs(seated, addrs(c1, c2, c3)) || trustedAfterQuorum {
		t.Fatalf("setup: term 1 seated %v; trusted after the quorum's distrust: %v", seated, trustedAfterQuorum)
	}
	if trustedAfterFounder {
		t.Fatalf("in term 1 (the first elected term) notaries c1 and c2 distrusted issuer key %s; the founder alone trusted it again (%s); want the founder's registry powers ended when the first elected term started",
			key.Hex()[:10], outcome(retrust))
	}
	wantRefusal(t, retrust, "FounderPowersEnded")
	// The quorum itself can still trust it again.
	f.tx(c1, f.abi.PackTrustKey(key, key, hospitalIss))
	f.tx(c3, f.abi.PackTrustKey(key, key, hospitalIss))
	if _, ok := f.issuerKey(key); !ok {
		t.Fatal("a quorum of term 1 could not trust the key again")
	}
}

// Attack 5b. The founder binds hospital A's key to hospital B's identity
// (by mistake or not). No claim ever used the key, yet on v1 nobody could
// ever undo it. Safe: a quorum can unbind a key no paid claim used (none
// approved since it was first trusted), and bind it to A's identity.
func TestAttackFounderBindsKeyToWrongIdentityForever(t *testing.T) {
	f := newFixture(t, 6, nil)
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]
	keyA := crypto.Keccak256Hash([]byte("hospital A's key"))
	identityA := crypto.Keccak256Hash([]byte("hospital A's first key")) // A's identity, named by its first key
	identityB := crypto.Keccak256Hash([]byte("hospital B's first key"))
	const issA, issB = "https://a.example", "https://b.example"

	// 1. The founder trusts A's key under B's identity.
	f.tx(f.m.Founder, f.abi.PackTrustKey(identityB, keyA, issB))
	// 2. Notaries n1 and n2 (quorum 2 of 3) distrust it, then unbind it.
	f.tx(n1, f.abi.PackDistrustKey(keyA))
	f.tx(n2, f.abi.PackDistrustKey(keyA))
	f.tx(n1, f.abi.PackUnbindKey(keyA))
	unbound := f.tx(n2, f.abi.PackUnbindKey(keyA))
	// 3. They bind it to A's identity.
	f.tx(n1, f.abi.PackTrustKey(identityA, keyA, issA))
	f.tx(n2, f.abi.PackTrustKey(identityA, keyA, issA))
	boundTo, trusted := f.issuerKey(keyA)

	// Outcome.
	if ev := findEvent(t, unbound, f.abi.UnpackIssuerKeyUnboundEvent); ev.Issuer != identityB || ev.Thumbprint != keyA {
		t.Fatalf("IssuerKeyUnbound: %+v", ev)
	}
	if boundTo != identityA || !trusted {
		t.Fatalf("hospital A's key %s, bound by the founder to B's identity and never used, is bound to %s (trusted %v) after the quorum unbound it and bound it to A; want A's identity", keyA.Hex()[:10], boundTo.Hex()[:10], trusted)
	}
}

// Attack 7. A community whose token blocklists addresses (as USDC and
// USDT do). A's approved claim waits at the head of the payout queue;
// the token then blocks A. On v1 every settle reverted on the transfer to
// A, so B's and C's claims, approved later, waited forever, however full
// the pool. Safe: later claims are paid; A's payout becomes an amount
// owed that A withdraws to an address the token does not block.
func TestAttackBlockedPayeeFreezesPayouts(t *testing.T) {
	f, tok := deployBlocklistCommunity(t, 10)
	a, b, c, donor, anyone, aElsewhere := f.c.Accounts[4], f.c.Accounts[5], f.c.Accounts[6], f.c.Accounts[7], f.c.Accounts[8], f.c.Accounts[9]
	n1, n2 := f.m.Notaries[0], f.m.Notaries[1]

	// Setup: A, B and C join for 12 periods (360 in the pool); 91 days pass.
	for _, s := range []*chain.KeySender{a, b, c} {
		f.joined(s, 12)
	}
	f.fund(donor, 2000)
	f.warp(91 * day)

	// 1. A files a claim for 500; it is approved: first in the payout queue.
	idA := f.submit(a, 500, "A's event")
	f.approve(idA, n1, n2)
	// 2. The token's owner blocks A.
	if _, err := f.m.TokenTx(f.ctx, f.m.Founder, tok.PackSetBlocked(a.From(), true)); err != nil {
		t.Fatal(err)
	}
	// 3. B files a claim for 100; it is approved.
	idB := f.submit(b, 100, "B's event")
	f.approve(idB, n1, n2)
	// 4. A donor gives 2,000: the pool covers every approved claim.
	f.tx(donor, f.abi.PackDonate(simchain.Tokens(2000)))
	// 5. 4 days pass (longer than the public notice window); anyone
	//    settles the queue.
	f.warp(4 * day)
	settle1, err1 := f.try(anyone, f.abi.PackSettle(big.NewInt(0)))
	// 6. C files a claim for 100; it is approved; 4 days later anyone
	//    settles again.
	idC := f.submit(c, 100, "C's event")
	f.approve(idC, n1, n2)
	f.warp(4 * day)
	_, err2 := f.try(anyone, f.abi.PackSettle(big.NewInt(0)))
	// 7. A withdraws what the pool owes them to another address of theirs.
	aBefore := f.balance(aElsewhere.From())
	_, blockedWithdraw := f.try(a, f.abi.PackWithdrawOwed(a.From()))
	withdrawn := f.tx(a, f.abi.PackWithdrawOwed(aElsewhere.From()))

	// Outcome.
	if err1 != nil || err2 != nil {
		t.Fatalf("settle: %s, then %s; want both to go through", outcome(err1, tok), outcome(err2, tok))
	}
	ca, cb, cc := f.claim(idA), f.claim(idB), f.claim(idC)
	if cb.Status != contracts.StatusPaid || cc.Status != contracts.StatusPaid || ca.Status != contracts.StatusPaid {
		t.Fatalf("A (blocklisted) heads the payout queue: A's claim %s, B's %s, C's %s; want all three settled", statusName(ca.Status), statusName(cb.Status), statusName(cc.Status))
	}
	owedEv := findEvent(t, settle1, f.abi.UnpackPayoutOwedEvent)
	if owedEv.Id.Uint64() != idA || owedEv.Member != a.From() || owedEv.Amount.Cmp(simchain.Tokens(500)) != 0 {
		t.Fatalf("PayoutOwed: %+v, want A's 500", owedEv)
	}
	if blockedWithdraw == nil {
		t.Fatal("the token paid the blocked address")
	}
	if ev := findEvent(t, withdrawn, f.abi.UnpackOwedWithdrawnEvent); ev.Member != a.From() || ev.To != aElsewhere.From() {
		t.Fatalf("OwedWithdrawn: %+v", ev)
	}
	wantInt(t, "A's other address", f.balance(aElsewhere.From()), new(big.Int).Add(aBefore, simchain.Tokens(500)))
	wantInt(t, "owed to A", view(f, contracts.PartCommunity, f.abi.PackOwed(a.From()), f.abi.UnpackOwed), new(big.Int))
	wantInt(t, "total owed", view(f, contracts.PartCommunity, f.abi.PackTotalOwed(), f.abi.UnpackTotalOwed), new(big.Int))
	_, twice := f.try(a, f.abi.PackWithdrawOwed(aElsewhere.From()))
	wantRefusal(t, twice, "NothingOwed")
}

// Attack 8b. On v1 any function accepted bytes appended after its
// arguments (the client's rejection note rode that way, public forever):
// here 100 junk bytes after join(1) and after a notary's rejection. Safe:
// every function checks its exact calldata length.
func TestAttackCalldataCarriesExtraBytes(t *testing.T) {
	f := newFixture(t, 7, nil)
	alice, bob := f.c.Accounts[4], f.c.Accounts[5]
	junk := make([]byte, 100)
	for i := range junk {
		junk[i] = byte(0xa0 + i%16)
	}

	// Setup: bob joins for 12 periods and files a claim for 100 after
	// 91 days; alice is funded with 10 KBC.
	f.joined(bob, 12)
	f.fund(alice, 10)
	f.warp(91 * day)
	id := new(big.Int).SetUint64(f.submit(bob, 100, "bob's event"))

	// 1. alice joins for 1 period, with 100 junk bytes appended.
	_, join := f.try(alice, append(f.abi.PackJoin(big.NewInt(1)), junk...))
	// 2. n1 rejects bob's claim, with 100 junk bytes appended.
	_, vote := f.try(f.m.Notaries[0], append(f.rejectData(id), junk...))

	// Outcome.
	if join == nil || vote == nil {
		t.Fatalf("join(1) with 100 bytes appended was %s (alice active: %v) and a rejection with 100 bytes appended was %s (claim rejections: %b); want calldata longer than a function's arguments refused",
			outcome(join), f.member(alice.From()).Active, outcome(vote), f.claim(id.Uint64()).Rejections)
	}
	wantRefusal(t, join, "Calldata")
	wantRefusal(t, vote, "Calldata")
}

// Attack 9. "Ties: earlier candidacy wins" failed on v1 for a candidate
// pushed off a full leaderboard: E stands first (candidacy 1) but has no
// vote yet; 63 others stand and vote for themselves, filling the 64
// entries; L stands last (candidacy 65) and one ballot lists it in place
// of E, the lowest entry. E's own vote then ties L and every entry at 1.
// Safe: E out-ranks the latest candidacy tied at 1 vote, re-enters the
// board, and takes the first seat.
func TestAttackTieEarlierCandidacyLosesAfterPushOff(t *testing.T) {
	const bound = contracts.MaxBoard
	f := newFixture(t, 4+1+(bound-1)+2, shortWait) // 30 days waiting
	e := f.c.Accounts[4]
	others := f.c.Accounts[5 : 5+bound-1]
	l, voter := f.c.Accounts[4+bound], f.c.Accounts[4+bound+1]

	// Setup: everyone joins for 12 periods; 31 days pass.
	for _, s := range append([]*chain.KeySender{e, l, voter}, others...) {
		f.joined(s, 12)
	}
	f.warp(31 * day)
	// 1. E stands: candidacy 1, on the board with 0 votes.
	f.tx(e, f.abi.PackStand(hpkeKey(1)))
	// 2. 63 others stand (candidacies 2..64) and vote for themselves:
	//    the board is full, E its lowest entry.
	for i, c := range others {
		f.tx(c, f.abi.PackStand(hpkeKey(byte(2+i))))
		f.tx(c, f.voteData(c, addrs(c)))
	}
	// 3. L stands (candidacy 65, off the board); the voter backs L, who
	//    out-polls E (1 vote to 0) and takes E's entry.
	f.tx(l, f.abi.PackStand(hpkeKey(0xff)))
	listed := f.tx(voter, f.voteData(voter, addrs(l)))
	pushOff := findEvent(t, listed, f.abi.UnpackCandidateListedEvent)
	// 4. E votes for itself: 1 vote, as many as L and every entry.
	back := f.tx(e, f.voteData(e, addrs(e)))
	// 5. At the close (90 days) anyone finalizes.
	f.warpTo(f.closesAt())
	r := f.tx(voter, f.abi.PackFinalize())
	seated := findEvent(t, r, f.abi.UnpackTermStartedEvent).Notaries

	// Outcome.
	if pushOff.Candidate != l.From() || pushOff.Replaced != e.From() {
		t.Fatalf("setup: L was listed in place of %s, want E", pushOff.Replaced.Hex())
	}
	ce, cl := f.candidacy(1, e.From()), f.candidacy(1, l.From())
	if ce.Votes != cl.Votes {
		t.Fatalf("setup: E has %d votes, L %d, want a tie", ce.Votes, cl.Votes)
	}
	if ev := findEvent(t, back, f.abi.UnpackCandidateListedEvent); ev.Candidate != e.From() || ev.Replaced != l.From() {
		t.Fatalf("E's vote listed %s in place of %s, want E back in place of L (the latest candidacy tied at 1)", ev.Candidate.Hex(), ev.Replaced.Hex())
	}
	if len(seated) == 0 || seated[0] != e.From() {
		var seqs []string
		for _, a := range seated {
			seqs = append(seqs, fmt.Sprint(f.candidacy(1, a).Sequence))
		}
		t.Fatalf("E (candidacy %d), pushed off the full %d-entry board by L (candidacy %d), tied L and every entry at %d, yet term 1 seated candidacies %s, not E; want E seated first: ties go to the earlier candidacy",
			ce.Sequence, bound, cl.Sequence, ce.Votes, strings.Join(seqs, ", "))
	}
}

// deployBlocklistCommunity deploys a BlocklistToken owned by account 0
// and a demo community on it, whose notaries are accounts 1..3.
func deployBlocklistCommunity(t *testing.T, accounts int) (*fixture, *testtoken.BlocklistToken) {
	t.Helper()
	ctx := context.Background()
	c := simchain.New(t.Name(), accounts)
	t.Cleanup(func() { c.Close() })
	founder := c.Accounts[0]
	tok := testtoken.NewBlocklistToken()
	r, err := founder.Send(ctx, nil, common.FromHex(testtoken.BlocklistTokenMetaData.Bin), new(big.Int))
	if err != nil {
		t.Fatalf("deploy the blocklist token: %v", err)
	}
	// The token's mint, approve and balanceOf are KBC's: the fixture's
	// helpers work on it as they are.
	m, err := c.DeployCommunityOn(ctx, r.ContractAddress, nil)
	if err != nil {
		t.Fatalf("deploy the community: %v", err)
	}
	return &fixture{t: t, ctx: ctx, c: c, m: m, abi: allParts{m.ABI, m.Board, m.Claims, m.Registry}}, tok
}
