package community

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Election term+1 runs during term `term`: members stand and vote while it
// is open, and once ClosesAt has passed anyone may finalize it, seating
// the leaderboard's top candidates that are still covered.

// Candidate is one candidacy in an election.
type Candidate struct {
	Address  common.Address
	Votes    uint32
	Sequence uint64 // candidacy order over all elections; ties go to the lower
	Running  bool   // false once withdrawn
	Listed   bool   // on the leaderboard finalize chooses from
	// Covered: covered at the view's chain time (finalize passes over a
	// candidate who is not).
	Covered bool
	// Leading: among the Seats candidates finalize would seat now.
	Leading bool
}

// Notary is a seated notary of the current term.
type Notary struct {
	Address common.Address
	Seat    int // 1-based
	// KeyPublished: the notary has an HPKE key on chain.
	KeyPublished bool
}

// Ballot is a voter's last ballot in an election, from its BallotCast
// event, checked against the hash the contract stores.
type Ballot struct {
	Picks []common.Address
	Tx    common.Hash
	Block uint64
}

// Election is the running election and the sitting term, at a block.
type Election struct {
	Number      uint32 // the term it elects
	Term        uint32 // the sitting term
	TermStarted time.Time
	ClosesAt    time.Time // finalize can run from then on
	ChainTime   time.Time
	Block       uint64
	Seats       int
	Quorum      int
	// Ballots are the ballots cast that pick someone; MinBallots are
	// needed before finalize can seat anyone.
	Ballots    int
	MinBallots int
	// RecalledAt is when the sitting board was recalled (zero: it was not):
	// the election then closes a voting window after it.
	RecalledAt time.Time
	// Candidates are everyone who stood in this election: by votes, then
	// candidacy order; withdrawn ones last.
	Candidates []Candidate
	// Notaries are the sitting term's seated notaries, by seat.
	Notaries []Notary
	// Voter is whose ballot and candidacy the view holds (zero: nobody's).
	Voter common.Address
	// Ballot is the voter's last ballot in this election (nil: none).
	Ballot *Ballot
}

// Finalizable reports whether finalize can run now (it still needs
// enough covered candidates).
func (e *Election) Finalizable() bool {
	return !e.ChainTime.Before(e.ClosesAt) && e.Ballots >= e.MinBallots
}

// Candidate returns the candidacy of a, if a stood.
func (e *Election) Candidate(a common.Address) (Candidate, bool) {
	for _, c := range e.Candidates {
		if c.Address == a {
			return c, true
		}
	}
	return Candidate{}, false
}

// ErrBallotNotFound means the contract holds a ballot for the voter whose
// picks no BallotCast event in the logs read matches.
var ErrBallotNotFound = fmt.Errorf("your last ballot could not be found in the community's events")

// ballotNotFound is ErrBallotNotFound as a refusal that says what to do.
type ballotNotFound struct {
	election uint64
	voter    common.Address
}

func (e *ballotNotFound) Error() string { return e.Said().String() }

func (e *ballotNotFound) Said() i18n.Text {
	return i18n.Say("your last ballot could not be found in the community's events (election %d, voter %s): the contract holds your ballot's hash, but the chain node answered with no matching BallotCast event; "+
		"use a node that serves the community's whole event history, or cast your ballot again (the new one replaces it)", e.election, e.voter.Hex())
}

func (e *ballotNotFound) Unwrap() []error { return []error{ErrBallotNotFound, ErrRefused} }

// Election reads the running election, the sitting notaries and, when
// voter is not zero, the voter's last ballot.
func (c *Community) Election(ctx context.Context, voter common.Address) (*Election, error) {
	head, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	abi, board := contracts.BoardABI, c.parts[contracts.PartBoard]
	term, err := bind.Call(board, opts, abi.PackCurrentTerm(), abi.UnpackCurrentTerm)
	if err != nil {
		return nil, c.explain(err)
	}
	started, err := bind.Call(board, opts, abi.PackTermStartedAt(), abi.UnpackTermStartedAt)
	if err != nil {
		return nil, c.explain(err)
	}
	closes, err := bind.Call(board, opts, abi.PackElectionClosesAt(), abi.UnpackElectionClosesAt)
	if err != nil {
		return nil, c.explain(err)
	}
	e := &Election{
		Number: term + 1, Term: term, TermStarted: time.Unix(started.Int64(), 0), ClosesAt: tsTime(closes),
		ChainTime: time.Unix(int64(head.Time), 0), Block: head.Number.Uint64(),
		Seats: int(c.params.Seats), Quorum: int(c.params.Quorum), MinBallots: int(c.params.MinBallots), Voter: voter,
	}
	election := new(big.Int).SetUint64(uint64(e.Number))
	turnout, err := bind.Call(board, opts, abi.PackBallotsOf(election), abi.UnpackBallotsOf)
	if err != nil {
		return nil, c.explain(err)
	}
	e.Ballots = int(turnout.Int64())
	recalled, err := bind.Call(board, opts, abi.PackRecalledAt(new(big.Int).SetUint64(uint64(term))), abi.UnpackRecalledAt)
	if err != nil {
		return nil, c.explain(err)
	}
	e.RecalledAt = tsTime(recalled.Uint64())

	notaries, err := bind.Call(board, opts, abi.PackNotariesOf(new(big.Int).SetUint64(uint64(term))), abi.UnpackNotariesOf)
	if err != nil {
		return nil, c.explain(err)
	}
	for i, n := range notaries {
		if n == (common.Address{}) {
			continue // resigned or vacated
		}
		kh, err := bind.Call(board, opts, abi.PackNotaryKeyHash(n), abi.UnpackNotaryKeyHash)
		if err != nil {
			return nil, c.explain(err)
		}
		e.Notaries = append(e.Notaries, Notary{Address: n, Seat: i + 1, KeyPublished: kh != [32]byte{}})
	}

	// Who stood, and the voter's ballots, from the events; each candidacy
	// as the contract holds it now.
	var stood []common.Address
	var ballots []Ballot
	stoodID, ballotID := EventID("CandidateStood"), EventID("BallotCast")
	err = c.EachLog(ctx, head.Number, func(l *types.Log) error {
		if !IsEvent(l, c.Parts, stoodID, ballotID) {
			return nil // only these two are decoded
		}
		ev, err := DecodeEvent(l)
		if err != nil {
			return err
		}
		switch v := ev.(type) {
		case *contracts.BoardCandidateStood:
			if v.Election == e.Number && !containsAddr(stood, v.Candidate) {
				stood = append(stood, v.Candidate)
			}
		case *contracts.BoardBallotCast:
			if v.Election == e.Number && v.Voter == voter && voter != (common.Address{}) {
				ballots = append(ballots, Ballot{Picks: v.Picks, Tx: l.TxHash, Block: l.BlockNumber})
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, a := range stood {
		cd, err := bind.Call(board, opts, abi.PackCandidacyOf(election, a), abi.UnpackCandidacyOf)
		if err != nil {
			return nil, c.explain(err)
		}
		m, err := bind.Call(c.bound, opts, c.abi.PackMemberOf(a), c.abi.UnpackMemberOf)
		if err != nil {
			return nil, c.explain(err)
		}
		e.Candidates = append(e.Candidates, Candidate{
			Address: a, Votes: cd.Votes, Sequence: cd.Sequence, Running: cd.Running, Listed: cd.Listed != 0,
			Covered: head.Time < m.CoveredUntil,
		})
	}
	sort.SliceStable(e.Candidates, func(i, j int) bool {
		a, b := e.Candidates[i], e.Candidates[j]
		if a.Running != b.Running {
			return a.Running
		}
		if a.Votes != b.Votes {
			return a.Votes > b.Votes
		}
		return a.Sequence < b.Sequence
	})
	// finalize seats the best Seats listed candidates covered at its block.
	seated := 0
	for i := range e.Candidates {
		if cd := &e.Candidates[i]; cd.Listed && cd.Covered && seated < e.Seats {
			cd.Leading = true
			seated++
		}
	}

	if voter != (common.Address{}) {
		stored, err := bind.Call(board, opts, abi.PackBallotHashOf(election, voter), abi.UnpackBallotHashOf)
		if err != nil {
			return nil, c.explain(err)
		}
		if stored != [32]byte{} {
			for i := len(ballots) - 1; i >= 0; i-- {
				if BallotHash(ballots[i].Picks) == stored {
					b := ballots[i]
					e.Ballot = &b
					break
				}
			}
			if e.Ballot == nil {
				return nil, &ballotNotFound{election: uint64(e.Number), voter: voter}
			}
		}
	}
	return e, nil
}

var addressArray = func() abi.Arguments {
	t, err := abi.NewType("address[]", "", nil)
	if err != nil {
		panic(err)
	}
	return abi.Arguments{{Type: t}}
}()

// BallotHash is keccak256(abi.encode(picks)), the hash the contract keeps
// of a ballot.
func BallotHash(picks []common.Address) [32]byte {
	if picks == nil {
		picks = []common.Address{}
	}
	enc, err := addressArray.Pack(picks)
	if err != nil {
		panic(err) // an address slice always packs
	}
	return crypto.Keccak256Hash(enc)
}

// VotePlan replaces the voter's ballot in the running election.
type VotePlan struct {
	Election uint32
	Previous []common.Address // the ballot replaced (empty: the first)
	Picks    []common.Address
	Step     Step
}

// PlanVote plans a ballot for picks in the running election, replacing
// the voter's last one (read from its BallotCast event). Picks are
// checked here as the contract would (at most Seats, no repeats, each a
// running candidate), so that a mistake is explained before signing.
func (c *Community) PlanVote(ctx context.Context, voter common.Address, picks []common.Address) (*VotePlan, error) {
	e, err := c.Election(ctx, voter)
	if err != nil {
		return nil, err
	}
	if err := c.requireElector(ctx, voter, e); err != nil {
		return nil, err
	}
	if len(picks) > e.Seats {
		return nil, refusedf("vote for at most %d candidates (got %d)", e.Seats, len(picks))
	}
	for i, p := range picks {
		if containsAddr(picks[:i], p) {
			return nil, refusedf("%s is named twice in the vote", p.Hex())
		}
		if cd, ok := e.Candidate(p); !ok || !cd.Running {
			return nil, refusedf("%s is not a running candidate in election %d", p.Hex(), e.Number)
		}
	}
	plan := &VotePlan{Election: e.Number, Previous: []common.Address{}, Picks: append([]common.Address{}, picks...)}
	if e.Ballot != nil {
		plan.Previous = e.Ballot.Picks
	}
	plan.Step = Step{To: c.Parts.Board, Data: contracts.BoardABI.PackVote(plan.Previous, plan.Picks)}
	return plan, nil
}

// refusedf is a refusal huzhu makes before sending, by the contract's rules.
func refusedf(format string, args ...any) error {
	return Refused(i18n.Say(format, args...), FixNone)
}

// PlanStand is the call that stands the sender in the running election
// with hpkeKey, the public half of the HPKE key claims will be sealed to.
// The caller keeps the private half before sending.
func (c *Community) PlanStand(hpkeKey []byte) Step {
	return Step{To: c.Parts.Board, Data: contracts.BoardABI.PackStand(hpkeKey)}
}

// PlanWithdraw is the call that takes the sender out of the running
// election, for good.
func (c *Community) PlanWithdraw() Step {
	return Step{To: c.Parts.Board, Data: contracts.BoardABI.PackWithdraw()}
}

// PlanFinalize is the call that closes the running election and seats
// the next term. Anyone may send it once the election can close.
func (c *Community) PlanFinalize() Step {
	return Step{To: c.Parts.Board, Data: contracts.BoardABI.PackFinalize()}
}

// PlanPromote is the call that puts a running candidate off the
// leaderboard onto it. Anyone may send it.
func (c *Community) PlanPromote(candidate common.Address) Step {
	return Step{To: c.Parts.Board, Data: contracts.BoardABI.PackPromote(candidate)}
}

// PlanResign is the call that gives up the sender's seat in the sitting term.
func (c *Community) PlanResign() Step {
	return Step{To: c.Parts.Board, Data: contracts.BoardABI.PackResign()}
}

// PlanSetNotaryKey is the call that publishes (or rotates) the sender's
// HPKE public key for claim envelopes.
func (c *Community) PlanSetNotaryKey(key []byte) Step {
	return Step{To: c.Parts.Board, Data: contracts.BoardABI.PackSetNotaryKey(key)}
}

// NotaryKeyHash is the hash of the HPKE key a notary has published.
func (c *Community) NotaryKeyHash(ctx context.Context, notary common.Address) ([32]byte, error) {
	return callPart(ctx, c, contracts.PartBoard, contracts.BoardABI.PackNotaryKeyHash(notary), contracts.BoardABI.UnpackNotaryKeyHash)
}

// KeyOwner is the address that published the HPKE key with hash h (zero:
// nobody): a key belongs to one address for good.
func (c *Community) KeyOwner(ctx context.Context, h [32]byte) (common.Address, error) {
	return callPart(ctx, c, contracts.PartBoard, contracts.BoardABI.PackKeyOwner(h), contracts.BoardABI.UnpackKeyOwner)
}

// VacateReason is why a seat is vacated (contracts.Vacate*).
type VacateReason uint8

// The reasons the Board part knows.
const (
	VacateAbsent      = VacateReason(contracts.VacateAbsent)
	VacateAbusive     = VacateReason(contracts.VacateAbusive)
	VacateUnusableKey = VacateReason(contracts.VacateUnusableKey)
)

// VacateReasons are the reasons, in order.
var VacateReasons = []VacateReason{VacateAbsent, VacateAbusive, VacateUnusableKey}

// Name is the reason's name, what a notary types ("absent").
func (r VacateReason) Name() string {
	switch r {
	case VacateAbsent:
		return "absent"
	case VacateAbusive:
		return "abusive"
	case VacateUnusableKey:
		return "unusable-key"
	}
	return fmt.Sprintf("reason-%d", uint8(r))
}

// Meaning says what the reason means, for a face to word.
func (r VacateReason) Meaning() i18n.Text {
	switch r {
	case VacateAbsent:
		return i18n.Say("the notary does not review the claims of the term")
	case VacateAbusive:
		return i18n.Say("the notary abuses the seat (votes against the evidence, leaks what they read)")
	case VacateUnusableKey:
		return i18n.Say("the notary's published key cannot be sealed to")
	}
	return i18n.Say("a reason this huzhu does not know")
}

// ParseVacateReason reads a reason by name or number.
func ParseVacateReason(s string) (VacateReason, error) {
	for _, r := range VacateReasons {
		if s == r.Name() || s == fmt.Sprint(uint8(r)) {
			return r, nil
		}
	}
	var names []string
	for _, r := range VacateReasons {
		names = append(names, r.Name())
	}
	return 0, Refused(i18n.Say("%q is not a reason to vacate a seat; the reasons are: %s", s, strings.Join(names, ", ")), FixNone)
}

// VacatePlan asks, as a seated notary, to vacate another notary's seat.
type VacatePlan struct {
	Term   uint32
	Notary common.Address
	Reason VacateReason
	// Needed is how many of the other seated notaries must ask; Asked how
	// many have (this ask not counted), Reasons the reasons they gave, in
	// order (each ask gives its own; the vacancy records the one that
	// completes the quorum).
	Needed, Asked int
	Reasons       []VacateReason
	Step          Step
}

// PlanVacate plans `by`'s ask to vacate notary's seat in the sitting
// term, refusing what the contract would: an ask from a notary without a
// seat, about a notary without one, about one's own seat, or repeated.
func (c *Community) PlanVacate(ctx context.Context, by, notary common.Address, reason VacateReason) (*VacatePlan, error) {
	e, err := c.Election(ctx, common.Address{})
	if err != nil {
		return nil, err
	}
	seated := map[common.Address]bool{}
	for _, n := range e.Notaries {
		seated[n.Address] = true
	}
	switch {
	case !seated[by]:
		return nil, refusedf("%s holds no seat in term %d: only its seated notaries can vacate a seat", by.Hex(), e.Term)
	case !seated[notary]:
		return nil, refusedf("%s holds no seat in term %d", notary.Hex(), e.Term)
	case by == notary:
		return nil, refusedf("a notary cannot vacate their own seat; resign instead")
	}
	if reason < VacateAbsent || reason > VacateUnusableKey {
		return nil, refusedf("%d is not a reason to vacate a seat", uint8(reason))
	}
	// Who already asked, from this term's VacateVote events about notary.
	asked := map[common.Address]bool{}
	var reasons []VacateReason
	err = c.EachLog(ctx, new(big.Int).SetUint64(e.Block), func(l *types.Log) error {
		if !IsEvent(l, c.Parts, vacateVoteID) {
			return nil
		}
		ev, err := DecodeEvent(l)
		if err != nil {
			return err
		}
		if v := ev.(*contracts.BoardVacateVote); v.Term == e.Term && v.Notary == notary && seated[v.By] && !asked[v.By] {
			asked[v.By] = true
			reasons = append(reasons, VacateReason(v.Reason))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if asked[by] {
		return nil, refusedf("%s has already asked to vacate %s's seat; the other notaries must join", by.Hex(), notary.Hex())
	}
	needed := min(e.Quorum, len(e.Notaries)-1)
	return &VacatePlan{Term: e.Term, Notary: notary, Reason: reason, Needed: needed, Asked: len(asked), Reasons: reasons,
		Step: Step{To: c.Parts.Board, Data: contracts.BoardABI.PackVacate(notary, uint8(reason))}}, nil
}

var vacateVoteID = EventID("VacateVote")

// SeatVacatedIn reads whether a vacate receipt vacated the seat.
func (c *Community) SeatVacatedIn(r *types.Receipt) bool {
	for _, l := range r.Logs {
		if IsEvent(l, c.Parts, EventID("SeatVacated")) {
			return true
		}
	}
	return false
}

// TermStartedIn reads the term a finalize receipt started and its
// notaries (ok false if the receipt started none).
func (c *Community) TermStartedIn(r *types.Receipt) (term uint32, notaries []common.Address, ok bool) {
	for _, l := range r.Logs {
		if !c.Parts.Emits(l) {
			continue
		}
		if ev, err := DecodeEvent(l); err == nil {
			if v, is := ev.(*contracts.BoardTermStarted); is {
				return v.Term, v.Notaries, true
			}
		}
	}
	return 0, nil, false
}

// requireElector checks the contract's rule for standing and voting
// before anything is signed: covered now, past the waiting period, and
// covered beyond the election's close. The refusal reads as the
// contract's would.
func (c *Community) requireElector(ctx context.Context, who common.Address, e *Election) error {
	s, err := c.MemberStatus(ctx, who)
	if err != nil {
		return err
	}
	var v any
	switch {
	case !s.ChainTime.Before(s.CoveredUntil) || !s.Joined():
		v = &contracts.CommunityNotActive{Member: who, CoveredUntil: s.coveredUntil}
	case s.ChainTime.Before(s.EligibleAt):
		v = &contracts.CommunityWaitingPeriod{Member: who, EligibleAt: uint64(s.EligibleAt.Unix())}
	case !s.CoveredUntil.After(e.ClosesAt):
		v = &contracts.BoardCoverageEndsBeforeElection{Member: who, CoveredUntil: s.coveredUntil, ElectionClosesAt: uint64(e.ClosesAt.Unix())}
	default:
		return nil
	}
	return Refuse(&contracts.Revert{Value: v}, c.Token)
}

// Recall is where a board's recall stands (SPEC section 4, v2): members
// sign it while one of the board's approved claims is in public notice.
type Recall struct {
	Term       uint32
	Signatures int
	Needed     int
	// NoticeUntil is the end of the board's latest public notice; a recall
	// can be signed until then.
	NoticeUntil time.Time
	RecalledAt  time.Time // zero: not recalled
	// Signed: the member asked about has signed it.
	Signed    bool
	ChainTime time.Time
}

// Open reports whether the recall can be signed now.
func (r *Recall) Open() bool { return r.RecalledAt.IsZero() && r.ChainTime.Before(r.NoticeUntil) }

// Recall reads the recall of term's board, and whether member (if not
// zero) signed it.
func (c *Community) Recall(ctx context.Context, term uint32, member common.Address) (*Recall, error) {
	head, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	b, board := contracts.BoardABI, c.parts[contracts.PartBoard]
	t := new(big.Int).SetUint64(uint64(term))
	n, err := bind.Call(board, opts, b.PackRecallsOf(t), b.UnpackRecallsOf)
	if err != nil {
		return nil, c.explain(err)
	}
	at, err := bind.Call(board, opts, b.PackRecalledAt(t), b.UnpackRecalledAt)
	if err != nil {
		return nil, c.explain(err)
	}
	until, err := bind.Call(c.parts[contracts.PartClaims], opts, contracts.ClaimsABI.PackNoticeOpenUntil(t), contracts.ClaimsABI.UnpackNoticeOpenUntil)
	if err != nil {
		return nil, c.explain(err)
	}
	r := &Recall{Term: term, Signatures: int(n.Int64()), Needed: int(c.params.RecallSignatures),
		NoticeUntil: tsTime(until.Uint64()), RecalledAt: tsTime(at.Uint64()), ChainTime: time.Unix(int64(head.Time), 0)}
	if member != (common.Address{}) {
		if r.Signed, err = bind.Call(board, opts, b.PackRecallSigned(t, member), b.UnpackRecallSigned); err != nil {
			return nil, c.explain(err)
		}
	}
	return r, nil
}

// RecallPlan is a member's signature of a board's recall.
type RecallPlan struct {
	Recall *Recall
	Step   Step
}

// PlanRecall plans member's signature of the recall of term's board,
// refusing what the contract would: no claim of the board in notice, a
// board recalled already, a second signature, a member not covered or
// still waiting.
func (c *Community) PlanRecall(ctx context.Context, member common.Address, term uint32) (*RecallPlan, error) {
	r, err := c.Recall(ctx, term, member)
	if err != nil {
		return nil, err
	}
	switch {
	case !r.RecalledAt.IsZero():
		return nil, refusedf("the board of term %d was recalled %s", term, FormatTime(r.RecalledAt))
	case !r.ChainTime.Before(r.NoticeUntil):
		return nil, refusedf("no claim the board of term %d approved is in public notice now; a recall is signed during a notice", term)
	case r.Signed:
		return nil, refusedf("%s has already signed the recall of term %d's board; a member signs once per term", member.Hex(), term)
	}
	s, err := c.MemberStatus(ctx, member)
	if err != nil {
		return nil, err
	}
	if !s.Eligible {
		v := any(&contracts.CommunityNotActive{Member: member, CoveredUntil: s.coveredUntil})
		if s.Active {
			v = &contracts.CommunityWaitingPeriod{Member: member, EligibleAt: uint64(s.EligibleAt.Unix())}
		}
		return nil, Refuse(&contracts.Revert{Value: v}, c.Token)
	}
	return &RecallPlan{Recall: r, Step: Step{To: c.Parts.Board, Data: contracts.BoardABI.PackRecall(term)}}, nil
}

// BoardRecalledIn reads whether a recall receipt recalled the board.
func (c *Community) BoardRecalledIn(r *types.Receipt) bool {
	for _, l := range r.Logs {
		if IsEvent(l, c.Parts, EventID("BoardRecalled")) {
			return true
		}
	}
	return false
}
