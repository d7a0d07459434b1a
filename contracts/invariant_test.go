package contracts_test

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/contracts"
)

var (
	invSequences = flag.Int("invariant.sequences", 600, "random operation sequences in TestInvariants")
	invSteps     = flag.Int("invariant.steps", 30, "operations per sequence in TestInvariants")
	invSeed      = flag.Uint64("invariant.seed", 0, "seed for TestInvariants (0: from the clock; printed on failure)")
)

// TestInvariants runs random sequences of members, dues, claims, votes,
// elections, recalls, vacated seats and time jumps against fresh
// communities (all four parts) on the real EVM, and after every step
// checks what must always hold:
//   - the community's token balance equals dues received minus payouts made;
//   - no claim is paid twice and no nullifier is paid twice;
//   - no claim is paid before its public notice ended, none of a board
//     recalled during its notice, and no vote of a recalled board counts;
//   - a member's payouts approved within any 365 days total at most
//     maxPayout; a period's payouts at most its outflow cap;
//   - only the votes of a claim's term notaries are counted (a resigned
//     or vacated notary's no longer);
//   - the pool folded from the community's events (dues, donations,
//     payouts) plus plain transfers is the balance, and every PoolSynced
//     states it;
//   - every ballot and candidacy is from a member past the waiting period
//     and covered beyond the election's close;
//   - each candidate's vote count, and its leaderboard entry's, is exactly
//     the number of current ballots that pick it (re-votes take back the
//     previous picks); the board holds exactly the candidates the
//     CandidateListed and CandidateWithdrew events put and left there;
//   - finalize runs no earlier than the close (the term's end, or the
//     voting window after the seats fell below quorum or the board was
//     recalled, never before the voting window after the first members
//     could vote), only with minBallots ballots, and seats exactly the
//     top board candidates covered at that second, by votes, ties to the
//     earlier candidacy.
//
// Refused operations are part of the game: they must change nothing.
func TestInvariants(t *testing.T) {
	seed := *invSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	sequences := *invSequences
	if testing.Short() || os.Getenv("HUZHU_MUTATION") != "" {
		sequences /= 10 // scripts/mutation runs the tests once per mutant
	}
	const workers = 2
	for w := 0; w < workers; w++ {
		t.Run(fmt.Sprintf("worker%d", w), func(t *testing.T) {
			t.Parallel()
			wseed := seed + uint64(w)
			defer func() {
				if t.Failed() {
					t.Logf("replay with: go test ./contracts -run TestInvariants -invariant.seed=%d", seed)
				}
			}()
			runInvariantWorker(t, wseed, sequences/workers, *invSteps)
		})
	}
}

const invAccounts = 12 // 0 founder, the rest members, sponsors and notaries

type invPayout struct {
	at     uint64
	amount *big.Int
}

type invCandidacy struct {
	seq     uint64
	running bool
}

type invModel struct {
	t         *testing.T
	ctx       context.Context
	rng       *rand.Rand
	c         *simchain.Chain
	m         *simchain.Community
	abi       allParts
	tok       *contracts.KangbaoCoin
	seq       int
	step      int
	op        string
	dues      *big.Int
	paid      *big.Int
	donations *big.Int
	transfers *big.Int // plain ERC-20 transfers to the community
	claims    uint64

	term        uint32
	createdAt   uint64
	termStarted uint64
	belowQuorum uint64            // when resignations left fewer than quorum seated (0: not)
	recalled    map[uint32]uint64 // term => when its board was recalled
	candidacies map[common.Address]invCandidacy
	ballots     map[common.Address][]common.Address
	board       map[common.Address]bool
	lastBlock   uint64

	paidClaims     map[uint64]bool
	paidNullifiers map[[32]byte]uint64
	claimTerm      map[uint64]uint32
	sealedFor      uint32 // the term the last submission was sealed for
	claimNullifier map[uint64][32]byte
	claimEnvelope  map[uint64][32]byte
	claimMember    map[uint64]common.Address
	claimAmount    map[uint64]*big.Int
	approvedAt     map[uint64]uint64
	memberPayouts  map[common.Address][]invPayout
	outflowPeriod  int64
	outflowCap     *big.Int
	outflowPaid    *big.Int
	termNotaries   map[uint32]map[common.Address]bool
	votes          map[uint64]map[common.Address]bool // every vote per claim: true approves
	approved       map[common.Address]bool            // accounts that approved this community

	// Steering, so that most operations have a chance to be accepted.
	members    []*chain.KeySender
	candidates []common.Address
	open       map[uint64]bool
	stats      map[string]int
}

func runInvariantWorker(t *testing.T, seed uint64, sequences, steps int) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var ops, refused int
	stats := map[string]int{}
	// A fresh chain every batch: the in-memory chain grows with every block,
	// and so would the cost of each step.
	const batch = 100
	for first := 0; first < sequences; first += batch {
		o, r := runInvariantBatch(t, rng, seed, first, min(batch, sequences-first), steps, stats)
		ops, refused = ops+o, refused+r
		if t.Failed() {
			return
		}
	}
	t.Logf("%d sequences: %d operations applied, %d refused; events: %v", sequences, ops, refused, stats)
}

func runInvariantBatch(t *testing.T, rng *rand.Rand, seed uint64, first, sequences, steps int, stats map[string]int) (ops, refused int) {
	ctx := context.Background()
	c := simchain.New(fmt.Sprint("invariants", seed, first), invAccounts)
	defer c.Close()
	founder := c.Accounts[0]
	token, err := chain.DeployToken(ctx, founder, founder.From())
	if err != nil {
		t.Fatal(err)
	}
	tok := contracts.TokenABI
	for _, a := range c.Accounts[1:] {
		if _, err := founder.Send(ctx, &token, tok.PackMint(a.From(), simchain.Tokens(1_000_000_000)), nil); err != nil {
			t.Fatal(err)
		}
	}
	for seq := first; seq < first+sequences; seq++ {
		mo := newInvModel(t, ctx, rng, c, token, seq, stats)
		for step := 0; step < steps; step++ {
			mo.step = step
			if mo.randomOp(prelude(step)) {
				ops++
			} else {
				refused++
			}
			mo.check()
			if t.Failed() {
				return ops, refused
			}
		}
	}
	return ops, refused
}

func newInvModel(t *testing.T, ctx context.Context, rng *rand.Rand, c *simchain.Chain, token common.Address, seq int, stats map[string]int) *invModel {
	// Three notaries from the member accounts; a small pool so that
	// payouts queue; short periods so that time jumps matter.
	perm := rng.Perm(invAccounts - 1)
	notaries := []common.Address{}
	for _, i := range perm[:3] {
		notaries = append(notaries, c.Accounts[1+i].From())
	}
	p := contracts.DemoParams(token, notaries)
	p.WaitingPeriod = uint64(10 * day / time.Second)
	p.MaxPayout = simchain.Tokens(100)
	p.Term = uint64(20 * day / time.Second)
	p.NoticeWindow = uint64(2 * day / time.Second)
	p.RecallSignatures = 2
	p.MinBallots = 2
	parts, err := chain.DeployCommunity(ctx, c.Client, c.Accounts[0], p)
	if err != nil {
		t.Fatal(err)
	}
	m := c.Attach(c.Accounts[0], token, parts, p)
	mo := &invModel{
		t: t, ctx: ctx, rng: rng, c: c, m: m, abi: allParts{m.ABI, m.Board, m.Claims, m.Registry}, tok: m.TokenABI, seq: seq,
		dues: new(big.Int), paid: new(big.Int), donations: new(big.Int), transfers: new(big.Int),
		candidacies: map[common.Address]invCandidacy{}, ballots: map[common.Address][]common.Address{}, board: map[common.Address]bool{},
		paidClaims: map[uint64]bool{}, paidNullifiers: map[[32]byte]uint64{},
		claimTerm: map[uint64]uint32{}, claimNullifier: map[uint64][32]byte{}, claimEnvelope: map[uint64][32]byte{}, termNotaries: map[uint32]map[common.Address]bool{0: {}},
		claimMember: map[uint64]common.Address{}, claimAmount: map[uint64]*big.Int{}, approvedAt: map[uint64]uint64{},
		memberPayouts: map[common.Address][]invPayout{}, outflowPeriod: -1, recalled: map[uint32]uint64{},
		votes:    map[uint64]map[common.Address]bool{},
		approved: map[common.Address]bool{}, open: map[uint64]bool{}, stats: stats,
	}
	for _, n := range notaries {
		mo.termNotaries[0][n] = true
	}
	created, err := simchain.Call(ctx, m, contracts.PartBoard, m.Board.PackCreatedAt(), m.Board.UnpackCreatedAt)
	if err != nil {
		t.Fatal(err)
	}
	mo.createdAt, mo.termStarted = created, created
	return mo
}

func (mo *invModel) account() *chain.KeySender {
	return mo.c.Accounts[1+mo.rng.IntN(invAccounts-1)]
}

func (mo *invModel) member() *chain.KeySender {
	if len(mo.members) == 0 || mo.rng.IntN(8) == 0 {
		return mo.account()
	}
	return mo.members[mo.rng.IntN(len(mo.members))]
}

func (mo *invModel) claimID() *big.Int {
	if mo.claims == 0 || mo.rng.IntN(20) == 0 {
		return big.NewInt(int64(mo.claims + 1)) // sometimes a claim that does not exist
	}
	if mo.rng.IntN(5) > 0 {
		for id := range mo.open {
			return new(big.Int).SetUint64(id)
		}
	}
	return new(big.Int).SetUint64(1 + mo.rng.Uint64N(mo.claims))
}

func (mo *invModel) candidate() common.Address {
	if len(mo.candidates) == 0 || mo.rng.IntN(8) == 0 {
		return mo.account().From()
	}
	return mo.candidates[mo.rng.IntN(len(mo.candidates))]
}

// prelude steers the first steps of a sequence (a few joins, then past the
// waiting period) so that the random part reaches claims and votes often.
func prelude(step int) int {
	switch {
	case step < 4:
		return 0 // join
	case step == 4:
		return 200 // long warp
	}
	return -1
}

// randomOp applies one random operation and reports whether the chain
// accepted it. forced >= 0 picks the operation instead of the dice.
func (mo *invModel) randomOp(forced int) bool {
	r := mo.rng
	s := mo.account()
	var data []byte
	k := forced
	if k < 0 {
		k = r.IntN(124)
		if k == 102 || k == 103 {
			k = 90 + r.IntN(8) // more stand and vote
		}
	}
	switch {
	case k < 12:
		mo.op = "join"
		mo.ensureApproved(s)
		data = mo.abi.PackJoin(big.NewInt(int64(1 + r.IntN(3))))
	case k < 17:
		mo.op = "contribute"
		mo.ensureApproved(s)
		data = mo.abi.PackContribute(mo.member().From(), big.NewInt(int64(1+r.IntN(2))))
	case k < 32:
		mo.op = "submit"
		amount := simchain.Tokens(int64(1 + r.IntN(120)))
		nullifier := nullifierOf(fmt.Sprint("event", r.IntN(6)))
		s = mo.member()
		// Sealed to the term's seated notaries; now and then a size off by
		// one notary, which the contract must refuse.
		seated := len(mo.termNotaries[mo.term]) // the seats still held
		if r.IntN(10) == 0 {
			seated += 1 - 2*r.IntN(2)
		}
		// Now and then sealed for an earlier term, which must be refused.
		sealedFor := uint32(mo.term)
		if sealedFor > 0 && r.IntN(10) == 0 {
			sealedFor--
		}
		mo.sealedFor = sealedFor
		data = mo.abi.PackSubmitClaim(amount, nullifier, simchain.SizedEnvelope(seated), sealedFor)
	case k < 55:
		mo.op = "approve"
		if r.IntN(4) > 0 {
			s = mo.notaryOfLatestTerm()
		}
		id := mo.claimID()
		data = mo.abi.PackApproveClaim(id, mo.claimMember[id.Uint64()], mo.claimNullifier[id.Uint64()], mo.claimEnvelope[id.Uint64()])
	case k < 65:
		mo.op = "reject"
		if r.IntN(4) > 0 {
			s = mo.notaryOfLatestTerm()
		}
		id := mo.claimID()
		data = mo.abi.PackRejectClaim(id, mo.claimMember[id.Uint64()], mo.claimNullifier[id.Uint64()], mo.claimEnvelope[id.Uint64()], simchain.SealedReason())
	case k < 77 || k == 200:
		mo.op = "warp"
		d := time.Duration(1+r.IntN(72)) * time.Hour
		if k == 200 || r.IntN(4) == 0 {
			d = time.Duration(10+r.IntN(40)) * day
		}
		if err := mo.c.Warp(d); err != nil {
			mo.t.Fatalf("seq %d step %d: warp: %v", mo.seq, mo.step, err)
		}
		// Notices end with time: often someone settles then.
		if len(mo.approvedAt) > len(mo.paidClaims) && r.IntN(2) == 0 {
			mo.op = "warp+settle"
			if receipt, err := mo.m.Tx(mo.ctx, s, mo.abi.PackSettle(new(big.Int))); err == nil {
				mo.apply(receipt)
			}
		}
		return true
	case k < 82:
		mo.op = "settle"
		data = mo.abi.PackSettle(big.NewInt(int64(r.IntN(3))))
	case k < 87:
		mo.op = "stand"
		s = mo.member()
		data = mo.abi.PackStand(hpkeKey(byte(r.IntN(256))))
	case k < 94:
		mo.op = "vote"
		var picks []common.Address
		s = mo.member()
		for range r.IntN(4) {
			picks = append(picks, mo.candidate())
		}
		previous := mo.ballots[s.From()]
		if r.IntN(10) == 0 && len(previous) > 0 {
			previous = previous[1:] // not the last ballot: refused
		}
		data = mo.abi.PackVote(previous, picks)
	case k < 98:
		mo.op = "finalize"
		data = mo.abi.PackFinalize()
	case k < 99:
		mo.op = "expire"
		data = mo.abi.PackExpire(mo.claimID())
	case k < 100:
		mo.op = "promote"
		data = mo.abi.PackPromote(mo.candidate())
	case k < 102:
		mo.op = "withdraw"
		s = mo.member()
		if c := mo.candidate(); r.IntN(3) > 0 {
			for _, a := range mo.c.Accounts {
				if a.From() == c {
					s = a
				}
			}
		}
		data = mo.abi.PackWithdraw()
	case k == 104:
		mo.op = "resign"
		s = mo.notaryOfLatestTerm()
		data = mo.abi.PackResign()
	case k >= 110 && k < 118:
		mo.op = "recall"
		s = mo.member()
		data = mo.abi.PackRecall(mo.term - uint32(r.IntN(2))*min(mo.term, 1))
	case k >= 118 && k < 121:
		mo.op = "vacate"
		s = mo.notaryOfLatestTerm()
		data = mo.abi.PackVacate(mo.notaryOfLatestTerm().From(), uint8(r.IntN(5)))
	case k >= 121:
		mo.op = "decide"
		data = mo.abi.PackDecide(mo.claimID())
	case k < 107:
		mo.op = "donate"
		mo.ensureApproved(s)
		data = mo.abi.PackDonate(simchain.Tokens(int64(r.IntN(50))))
	case k < 108:
		mo.op = "sync"
		data = mo.abi.PackSync()
	case k < 110:
		mo.op = "transfer"
		amount := simchain.Tokens(int64(1 + r.IntN(20)))
		if _, err := mo.m.TokenTx(mo.ctx, s, mo.tok.PackTransfer(mo.m.Address, amount)); err != nil {
			mo.t.Fatalf("seq %d step %d: plain transfer: %v", mo.seq, mo.step, err)
		}
		mo.transfers.Add(mo.transfers, amount)
		return true
	}
	receipt, err := mo.m.Tx(mo.ctx, s, data)
	if err != nil {
		var rev *contracts.Revert
		if !errors.As(err, &rev) {
			mo.t.Fatalf("seq %d step %d %s: not a contract refusal: %v", mo.seq, mo.step, mo.op, err)
		}
		return false
	}
	mo.apply(receipt)
	return true
}

func (mo *invModel) ensureApproved(s *chain.KeySender) {
	if mo.approved[s.From()] {
		return
	}
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	if _, err := mo.m.TokenTx(mo.ctx, s, mo.tok.PackApprove(mo.m.Address, max)); err != nil {
		mo.t.Fatal(err)
	}
	mo.approved[s.From()] = true
}

func (mo *invModel) notaryOfLatestTerm() *chain.KeySender {
	latest := uint32(0)
	for term := range mo.termNotaries {
		latest = max(latest, term)
	}
	// Sometimes a notary of an earlier term, to try votes out of term.
	if latest > 0 && mo.rng.IntN(3) == 0 {
		latest--
	}
	for _, a := range mo.c.Accounts {
		if mo.termNotaries[latest][a.From()] && mo.rng.IntN(2) == 0 {
			return a
		}
	}
	return mo.account()
}

// apply folds the events of an accepted transaction into the model,
// failing on any event that breaks an invariant.
func (mo *invModel) apply(r *types.Receipt) {
	t := mo.t
	now := mo.blockTime(r)
	for _, l := range r.Logs {
		if !mo.m.Parts.Emits(l) {
			continue
		}
		if ev, err := mo.abi.UnpackDuesPaidEvent(l); err == nil {
			mo.dues.Add(mo.dues, ev.Amount)
			mo.stats["DuesPaid"]++
			known := false
			for _, m := range mo.members {
				known = known || m.From() == ev.Member
			}
			for _, a := range mo.c.Accounts {
				if !known && a.From() == ev.Member {
					mo.members = append(mo.members, a)
				}
			}
		} else if ev, err := mo.abi.UnpackClaimSubmittedEvent(l); err == nil {
			mo.claims = ev.Id.Uint64()
			if ev.Term != mo.sealedFor {
				t.Errorf("seq %d step %d: a claim sealed for term %d landed in term %d", mo.seq, mo.step, mo.sealedFor, ev.Term)
			}
			if mo.recalled[ev.Term] != 0 {
				t.Errorf("seq %d step %d: a claim filed with term %d's recalled board", mo.seq, mo.step, ev.Term)
			}
			mo.claimTerm[mo.claims] = ev.Term
			mo.claimNullifier[mo.claims] = ev.Nullifier
			mo.claimEnvelope[mo.claims] = ev.EnvelopeHash
			mo.claimMember[mo.claims] = ev.Member
			mo.claimAmount[mo.claims] = ev.Amount
			mo.open[mo.claims] = true
			mo.stats["ClaimSubmitted"]++
		} else if ev, err := mo.abi.UnpackClaimRejectedEvent(l); err == nil {
			delete(mo.open, ev.Id.Uint64())
			mo.stats["ClaimRejected"]++
		} else if ev, err := mo.abi.UnpackClaimExpiredEvent(l); err == nil {
			delete(mo.open, ev.Id.Uint64())
			mo.stats["ClaimExpired"]++
		} else if ev, err := mo.abi.UnpackClaimReturnedEvent(l); err == nil {
			id := ev.Id.Uint64()
			delete(mo.open, id)
			mo.stats["ClaimReturned"]++
			if at := mo.approvedAt[id]; at != 0 {
				// Returned from its notice: its payout no longer counts.
				ps := mo.memberPayouts[mo.claimMember[id]]
				for i, p := range ps {
					if p.at == at && p.amount.Cmp(mo.claimAmount[id]) == 0 {
						mo.memberPayouts[mo.claimMember[id]] = append(ps[:i:i], ps[i+1:]...)
						break
					}
				}
				if rc := mo.recalled[mo.claimTerm[id]]; rc == 0 || at+mo.m.Params.NoticeWindow <= rc {
					t.Errorf("seq %d step %d: claim %d returned from its notice, but its board was not recalled during it", mo.seq, mo.step, id)
				}
			}
		} else if ev, err := mo.abi.UnpackClaimApprovedEvent(l); err == nil {
			id := ev.Id.Uint64()
			delete(mo.open, id)
			mo.approvedAt[id] = now
			mo.stats["ClaimApproved"]++
			if ev.NoticeEndsAt != now+mo.m.Params.NoticeWindow {
				t.Errorf("seq %d step %d: claim %d's notice ends %d, want %d", mo.seq, mo.step, id, ev.NoticeEndsAt, now+mo.m.Params.NoticeWindow)
			}
			member := mo.claimMember[id]
			sum := new(big.Int).Set(mo.claimAmount[id])
			for _, p := range mo.memberPayouts[member] {
				if p.at+uint64(contracts.PayoutWindow/time.Second) > now {
					sum.Add(sum, p.amount)
				}
			}
			if sum.Cmp(mo.m.Params.MaxPayout) > 0 {
				t.Errorf("seq %d step %d: claim %d approved: %s of payouts approved for %s within 365 days, more than maxPayout", mo.seq, mo.step, id, sum, member.Hex())
			}
			mo.memberPayouts[member] = append(mo.memberPayouts[member], invPayout{now, mo.claimAmount[id]})
		} else if ev, err := mo.abi.UnpackCandidateStoodEvent(l); err == nil {
			mo.candidates = append(mo.candidates, ev.Candidate)
			mo.stats["CandidateStood"]++
			mo.requireElector(r, ev.Candidate, "candidacy")
			if c := mo.candidacies[ev.Candidate]; c.running || ev.Sequence <= c.seq {
				t.Errorf("seq %d step %d: %s stood while running or with an old sequence %d", mo.seq, mo.step, ev.Candidate.Hex(), ev.Sequence)
			}
			mo.candidacies[ev.Candidate] = invCandidacy{seq: ev.Sequence, running: true}
		} else if ev, err := mo.abi.UnpackCandidateWithdrewEvent(l); err == nil {
			c := mo.candidacies[ev.Candidate]
			c.running = false
			mo.candidacies[ev.Candidate] = c
			delete(mo.board, ev.Candidate)
			mo.stats["CandidateWithdrew"]++
		} else if ev, err := mo.abi.UnpackCandidateListedEvent(l); err == nil {
			if !mo.candidacies[ev.Candidate].running || mo.board[ev.Candidate] {
				t.Errorf("seq %d step %d: %s listed while not running or already listed", mo.seq, mo.step, ev.Candidate.Hex())
			}
			if ev.Replaced != (common.Address{}) {
				if !mo.board[ev.Replaced] {
					t.Errorf("seq %d step %d: %s replaced %s, which was not listed", mo.seq, mo.step, ev.Candidate.Hex(), ev.Replaced.Hex())
				}
				delete(mo.board, ev.Replaced)
			} else if len(mo.board) >= contracts.MaxBoard {
				t.Errorf("seq %d step %d: a full board took %s without replacing anyone", mo.seq, mo.step, ev.Candidate.Hex())
			}
			mo.board[ev.Candidate] = true
			mo.stats["CandidateListed"]++
		} else if ev, err := mo.abi.UnpackNotaryResignedEvent(l); err == nil {
			mo.unseat(r, ev.Term, ev.Notary, ev.SeatsLeft)
			mo.stats["NotaryResigned"]++
		} else if ev, err := mo.abi.UnpackSeatVacatedEvent(l); err == nil {
			mo.unseat(r, ev.Term, ev.Notary, ev.SeatsLeft)
			mo.stats["SeatVacated"]++
		} else if ev, err := mo.abi.UnpackBoardRecalledEvent(l); err == nil {
			if mo.recalled[ev.Term] != 0 || ev.Signatures.Uint64() < uint64(mo.m.Params.RecallSignatures) {
				t.Errorf("seq %d step %d: term %d's board recalled twice or with %s signatures", mo.seq, mo.step, ev.Term, ev.Signatures)
			}
			mo.recalled[ev.Term] = now
			mo.stats["BoardRecalled"]++
		} else if _, err := mo.abi.UnpackRecallSignedEvent(l); err == nil {
			mo.stats["RecallSigned"]++
		} else if ev, err := mo.abi.UnpackDonationEvent(l); err == nil {
			mo.donations.Add(mo.donations, ev.Amount)
			mo.stats["Donation"]++
		} else if ev, err := mo.abi.UnpackPoolSyncedEvent(l); err == nil {
			if want := mo.explained(); ev.Balance.Cmp(want) != 0 {
				t.Errorf("seq %d step %d: PoolSynced(%s), but events and transfers explain %s", mo.seq, mo.step, ev.Balance, want)
			}
			mo.stats["PoolSynced"]++
		} else if ev, err := mo.abi.UnpackClaimVoteEvent(l); err == nil {
			id := ev.Id.Uint64()
			if !mo.termNotaries[mo.claimTerm[id]][ev.Notary] {
				t.Errorf("seq %d step %d: vote on claim %d by %s, not a notary of term %d", mo.seq, mo.step, id, ev.Notary.Hex(), mo.claimTerm[id])
			}
			if mo.recalled[mo.claimTerm[id]] != 0 {
				t.Errorf("seq %d step %d: vote on claim %d by term %d's recalled board", mo.seq, mo.step, id, mo.claimTerm[id])
			}
			if mo.votes[id] == nil {
				mo.votes[id] = map[common.Address]bool{}
			}
			if _, again := mo.votes[id][ev.Notary]; again {
				t.Errorf("seq %d step %d: notary %s voted twice on claim %d", mo.seq, mo.step, ev.Notary.Hex(), id)
			}
			mo.votes[id][ev.Notary] = ev.Approve
			mo.stats["ClaimVote"]++
		} else if ev, err := mo.abi.UnpackClaimPaidEvent(l); err == nil {
			id := ev.Id.Uint64()
			if mo.paidClaims[id] {
				t.Errorf("seq %d step %d: claim %d paid twice", mo.seq, mo.step, id)
			}
			if at := mo.approvedAt[id]; at == 0 || now < at+mo.m.Params.NoticeWindow {
				t.Errorf("seq %d step %d: claim %d paid at %d, approved at %d: before its notice ended", mo.seq, mo.step, id, now, at)
			}
			if rc := mo.recalled[mo.claimTerm[id]]; rc != 0 && mo.approvedAt[id]+mo.m.Params.NoticeWindow > rc {
				t.Errorf("seq %d step %d: claim %d paid though its board was recalled during its notice", mo.seq, mo.step, id)
			}
			mo.checkOutflow(now, ev.Amount)
			mo.paidClaims[id] = true
			delete(mo.open, id)
			mo.stats["ClaimPaid"]++
			mo.paid.Add(mo.paid, ev.Amount)
			n := mo.claimNullifier[id]
			if other, dup := mo.paidNullifiers[n]; dup {
				t.Errorf("seq %d step %d: nullifier of claim %d already paid to claim %d", mo.seq, mo.step, id, other)
			}
			mo.paidNullifiers[n] = id
		} else if ev, err := mo.abi.UnpackTermStartedEvent(l); err == nil {
			set := map[common.Address]bool{}
			for _, n := range ev.Notaries {
				set[n] = true
			}
			if ev.Term > 0 {
				mo.checkSeated(r, ev.Notaries)
			}
			mo.termNotaries[ev.Term] = set
			mo.term = ev.Term
			mo.termStarted, mo.belowQuorum = now, 0
			mo.candidates, mo.candidacies = nil, map[common.Address]invCandidacy{}
			mo.ballots, mo.board = map[common.Address][]common.Address{}, map[common.Address]bool{}
			mo.stats["TermStarted"]++
		} else if ev, err := mo.abi.UnpackBallotCastEvent(l); err == nil {
			mo.stats["BallotCast"]++
			mo.requireElector(r, ev.Voter, "ballot")
			for _, p := range ev.Picks {
				if !mo.candidacies[p].running {
					t.Errorf("seq %d step %d: ballot for %s, not a running candidate", mo.seq, mo.step, p.Hex())
				}
			}
			mo.ballots[ev.Voter] = ev.Picks
		}
	}
}

// unseat follows a resignation or a vacated seat.
func (mo *invModel) unseat(r *types.Receipt, term uint32, notary common.Address, left uint8) {
	if !mo.termNotaries[term][notary] || int(left) != len(mo.termNotaries[term])-1 {
		mo.t.Errorf("seq %d step %d: %s left a seat of term %d it did not hold, or %d seats are said left of %d", mo.seq, mo.step, notary.Hex(), term, left, len(mo.termNotaries[term]))
	}
	delete(mo.termNotaries[term], notary)
	if left < mo.m.Params.Quorum && mo.belowQuorum == 0 {
		mo.belowQuorum = mo.blockTime(r)
	}
}

// checkOutflow checks a payout against its period's cap: the larger of
// outflowBps of the pool at the period's first payout and maxPayout.
func (mo *invModel) checkOutflow(now uint64, amount *big.Int) {
	p := mo.m.Params
	period := int64((now - mo.createdAt) / p.Period)
	if period != mo.outflowPeriod {
		mo.outflowPeriod = period
		mo.outflowCap = new(big.Int).Div(new(big.Int).Mul(mo.explained(), big.NewInt(int64(p.OutflowBps))), big.NewInt(10_000))
		if mo.outflowCap.Cmp(p.MaxPayout) < 0 {
			mo.outflowCap = new(big.Int).Set(p.MaxPayout)
		}
		mo.outflowPaid = new(big.Int)
	}
	mo.outflowPaid.Add(mo.outflowPaid, amount)
	if mo.outflowPaid.Cmp(mo.outflowCap) > 0 {
		mo.t.Errorf("seq %d step %d: period %d paid %s, over its cap %s", mo.seq, mo.step, period, mo.outflowPaid, mo.outflowCap)
	}
}

// explained is the pool as events and plain transfers explain it.
func (mo *invModel) explained() *big.Int {
	b := new(big.Int).Add(mo.dues, mo.donations)
	b.Sub(b, mo.paid)
	return b.Add(b, mo.transfers)
}

func (mo *invModel) blockTime(r *types.Receipt) uint64 {
	h, err := mo.c.Client.HeaderByNumber(mo.ctx, r.BlockNumber)
	if err != nil {
		mo.t.Fatal(err)
	}
	return h.Time
}

// requireElector fails unless account, at r's block, is past the waiting
// period and covered beyond the running election's close.
func (mo *invModel) requireElector(r *types.Receipt, account common.Address, what string) {
	now := mo.blockTime(r)
	v, err := mo.m.Member(mo.ctx, account)
	if err != nil {
		mo.t.Fatal(err)
	}
	closesAt := mo.closesAt()
	if now < v.EligibleAt || v.CoveredUntil <= closesAt || v.CoveredUntil <= now {
		mo.t.Errorf("seq %d step %d: %s by %s at %d accepted: eligible at %d, covered until %d, election closes at %d",
			mo.seq, mo.step, what, account.Hex(), now, v.EligibleAt, v.CoveredUntil, closesAt)
	}
}

// closesAt is when the running election can close, by the model.
func (mo *invModel) closesAt() uint64 {
	p := mo.m.Params
	c := mo.termStarted + p.Term
	early := mo.belowQuorum
	if rc := mo.recalled[mo.term]; rc != 0 && (early == 0 || rc < early) {
		early = rc
	}
	if early != 0 {
		c = min(c, early+p.VotingWindow)
	}
	return max(c, mo.createdAt+p.WaitingPeriod+p.VotingWindow)
}

// tally is the model's vote count of a candidate: the current ballots
// that pick it.
func (mo *invModel) tally(a common.Address) uint32 {
	var n uint32
	for _, picks := range mo.ballots {
		for _, p := range picks {
			if p == a {
				n++
			}
		}
	}
	return n
}

// checkSeated checks a finalize against the model of the election it closed
// (before the model forgets it): not before the close, and exactly the top
// board candidates covered at that second, by votes, ties to the earlier
// candidacy.
func (mo *invModel) checkSeated(r *types.Receipt, seated []common.Address) {
	now := mo.blockTime(r)
	if now < mo.closesAt() {
		mo.t.Errorf("seq %d step %d: finalize at %d, before the close at %d", mo.seq, mo.step, now, mo.closesAt())
	}
	ballots := 0
	for _, picks := range mo.ballots {
		if len(picks) > 0 {
			ballots++
		}
	}
	if ballots < int(mo.m.Params.MinBallots) {
		mo.t.Errorf("seq %d step %d: finalize with %d ballots, fewer than %d", mo.seq, mo.step, ballots, mo.m.Params.MinBallots)
	}
	var live []common.Address
	for a := range mo.board {
		v, err := mo.m.Member(mo.ctx, a)
		if err != nil {
			mo.t.Fatal(err)
		}
		if v.CoveredUntil > now {
			live = append(live, a)
		}
	}
	slices.SortFunc(live, func(a, b common.Address) int {
		if va, vb := mo.tally(a), mo.tally(b); va != vb {
			return cmp.Compare(vb, va)
		}
		return cmp.Compare(mo.candidacies[a].seq, mo.candidacies[b].seq)
	})
	want := live[:min(len(live), int(mo.m.Params.Seats))]
	if !slices.Equal(seated, want) {
		mo.t.Errorf("seq %d step %d: finalize seated %v, want %v", mo.seq, mo.step, seated, want)
	}
}

// check verifies the invariants against the chain after every step.
func (mo *invModel) check() {
	t := mo.t
	bal, err := mo.m.Balance(mo.ctx, mo.m.Address)
	if err != nil {
		t.Fatal(err)
	}
	want := mo.explained()
	if bal.Cmp(want) != 0 {
		t.Errorf("seq %d step %d (%s): pool holds %s, want dues %s + donations %s - payouts %s + transfers %s = %s", mo.seq, mo.step, mo.op, bal, mo.dues, mo.donations, mo.paid, mo.transfers, want)
	}
	// Vote counts and the board follow the ballots and listing events.
	if mo.op == "vote" || mo.op == "stand" || mo.op == "withdraw" || mo.op == "promote" {
		election := big.NewInt(int64(mo.term) + 1)
		got, err := simchain.Call(mo.ctx, mo.m, contracts.PartBoard, mo.abi.PackCandidatesOf(election), mo.abi.UnpackCandidatesOf)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Accounts) != len(mo.board) {
			t.Errorf("seq %d step %d (%s): %d board entries, model has %d", mo.seq, mo.step, mo.op, len(got.Accounts), len(mo.board))
		}
		for i, a := range got.Accounts {
			if !mo.board[a] || got.Votes[i] != mo.tally(a) || got.Sequences[i] != mo.candidacies[a].seq {
				t.Errorf("seq %d step %d (%s): board entry %s with %d votes, sequence %d; model: listed %v, %d votes, sequence %d",
					mo.seq, mo.step, mo.op, a.Hex(), got.Votes[i], got.Sequences[i], mo.board[a], mo.tally(a), mo.candidacies[a].seq)
			}
		}
		for a, c := range mo.candidacies {
			on, err := simchain.Call(mo.ctx, mo.m, contracts.PartBoard, mo.abi.PackCandidacyOf(election, a), mo.abi.UnpackCandidacyOf)
			if err != nil {
				t.Fatal(err)
			}
			if on.Votes != mo.tally(a) || on.Running != c.running || on.Sequence != c.seq || (on.Listed != 0) != mo.board[a] {
				t.Errorf("seq %d step %d (%s): candidacy of %s on chain %+v, model %+v with %d votes, listed %v", mo.seq, mo.step, mo.op, a.Hex(), on, c, mo.tally(a), mo.board[a])
			}
		}
	}
	// The counted votes on chain are exactly the votes of the term's
	// notaries still seated.
	for id := uint64(1); id <= mo.claims; id++ {
		if mo.op != "approve" && mo.op != "reject" && mo.op != "resign" && mo.op != "vacate" && id != mo.claims {
			continue // only votes and seats change counts; check the touched claims
		}
		c, err := mo.m.Claim(mo.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if c.Status == contracts.StatusOpen {
			var approvals, rejections int
			for n, approve := range mo.votes[id] {
				if !mo.termNotaries[mo.claimTerm[id]][n] {
					continue
				}
				if approve {
					approvals++
				} else {
					rejections++
				}
			}
			if bits.OnesCount32(c.Approvals) != approvals || bits.OnesCount32(c.Rejections) != rejections {
				t.Errorf("seq %d step %d: claim %d counts %b/%b votes, want %d/%d from its term's seated notaries",
					mo.seq, mo.step, id, c.Approvals, c.Rejections, approvals, rejections)
			}
		}
		if (c.Status == contracts.StatusPaid) != mo.paidClaims[id] {
			t.Errorf("seq %d step %d: claim %d status %s, paid events %v", mo.seq, mo.step, id, contracts.StatusName(c.Status), mo.paidClaims[id])
		}
	}
}
