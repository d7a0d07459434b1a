package claims

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/session"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Errors callers branch on (with errors.Is); each comes wrapped in a
// *session.Error that says what happened in a sentence.
var (
	ErrNotEligible  = errors.New("not eligible to claim")
	ErrOpenClaim    = errors.New("an open claim exists")
	ErrAmount       = errors.New("amount not allowed")
	ErrCredential   = errors.New("credential not usable for this claim")
	ErrNoNotaryKey  = errors.New("a seated notary has published no key")
	ErrNotNotary    = errors.New("not a notary of the claim's term")
	ErrUnknownClaim = errors.New("no such claim")
	ErrNotOpen      = errors.New("the claim is not open")
	ErrEnvelope     = errors.New("the claim's envelope cannot be read")
	ErrNothingToDo  = errors.New("nothing to do")
	ErrChecksFailed = errors.New("the claim's review does not pass")
	ErrNote         = errors.New("the note is not allowed")
	ErrNotCovered   = errors.New("the medical event is not covered")
)

func refused(sentinel error, format string, args ...any) error {
	return &session.Error{Kind: session.KindRefused, Text: i18n.Say(format, args...), Err: sentinel}
}

func invalid(sentinel error, format string, args ...any) error {
	return &session.Error{Kind: session.KindInvalid, Text: i18n.Say(format, args...), Err: sentinel}
}

// Status is a claim's state, as the contract numbers it.
type Status uint8

// The contract's codes (contracts.Status*).
const (
	StatusOpen     = Status(contracts.StatusOpen)
	StatusApproved = Status(contracts.StatusApproved) // approved by quorum: in public notice, then in the payout queue
	StatusPaid     = Status(contracts.StatusPaid)
	StatusRejected = Status(contracts.StatusRejected)
	StatusExpired  = Status(contracts.StatusExpired)
	StatusReturned = Status(contracts.StatusReturned) // its board was recalled or emptied: filed again with the next
)

// String is the status's name (contracts.StatusName), or status-N for a
// code the contract does not have.
func (s Status) String() string {
	if n := contracts.StatusName(uint8(s)); n != "unknown" {
		return n
	}
	return fmt.Sprintf("status-%d", uint8(s))
}

// Named is the status's name as a Text, for a sentence that names it: a
// face words it in its language (String stays the English name).
func (s Status) Named() i18n.Text { return community.ClaimStatus(uint8(s)) }

// Vote is one notary's vote on a claim.
type Vote struct {
	Notary  common.Address
	Approve bool
	// Sealed is the hash of a rejection's sealed reason (zero for an
	// approval): only the claimant and the term's notaries can open it.
	Sealed [32]byte
	Block  uint64
	Tx     common.Hash
	// Reason and Note are a rejection's reason code and note, opened for
	// someone who holds the claim's content key (Show with a key); 0 and
	// "" otherwise. Opened says whether they were.
	Reason Reason
	Note   string
	Opened bool
}

// Claim is a claim as the chain tells it: its ClaimSubmitted event, its
// live state (claimOf) and what followed (votes, payout, queue).
type Claim struct {
	ID           uint64
	Member       common.Address
	Amount       *big.Int
	Term         uint32
	SubmittedAt  time.Time
	ReviewEndsAt time.Time
	Status       Status
	Voters       int // notaries who may vote (the claimant's own seat and any resigned or vacated left out)
	Approvals    int
	Rejections   int
	// ApprovedAt is when a quorum approved it; its public notice ends at
	// NoticeEndsAt (zero unless approved).
	ApprovedAt   time.Time
	NoticeEndsAt time.Time
	// Owed is the amount the token refused to pay the member (nil: none):
	// it stays in the pool for them to withdraw.
	Owed *big.Int
	// OwedWithdrawn: the member has withdrawn what was owed since (every
	// owed amount is withdrawn at once).
	OwedWithdrawn bool
	// owedAt orders the PayoutOwed event against withdrawals; submitAt is
	// the ClaimSubmitted event's place.
	owedAt, submitAt logPos
	// ReadAt is the chain's time when the claim was read (List, Show):
	// whether its notice is still running.
	ReadAt       time.Time
	Nullifier    [32]byte
	EnvelopeHash [32]byte
	SubmitTx     common.Hash
	Block        uint64
	Votes        []Vote
	// Paid is the amount paid (nil until paid); PaidTx its transaction.
	Paid   *big.Int
	PaidTx common.Hash
	// QueuePosition is the claim's place in the payout queue while it
	// waits there (0 = next to be paid); -1 when it does not wait.
	QueuePosition int64
	approvals     uint32 // seat masks, while open
	rejections    uint32
	claimantSeat  uint8
	commitment    [32]byte
	live          bool // Status etc. read from claimOf
}

// InNotice reports whether the claim is approved and its public notice
// has not ended at now.
func (c *Claim) InNotice(now time.Time) bool {
	return c.Status == StatusApproved && now.Before(c.NoticeEndsAt)
}

// Service reads and plans the claims of one community.
type Service struct {
	Com     *community.Community
	B       chain.Backend
	ChainID uint64
	// Now is the time a presentation is signed at; nil: the latest block's
	// time (the contract's now, which a dev chain's clock may have moved).
	Now func() time.Time

	abi *contracts.Claims
}

// New returns the claims service of a community on a chain.
func New(ctx context.Context, b chain.Backend, com *community.Community) (*Service, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	return &Service{Com: com, B: b, ChainID: id.Uint64(), abi: contracts.ClaimsABI}, nil
}

// call calls a view of the Claims part.
func call[T any](ctx context.Context, s *Service, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return community.CallPart(ctx, s.Com, contracts.PartClaims, data, unpack)
}

// callBoard calls a view of the Board part.
func callBoard[T any](ctx context.Context, s *Service, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return community.CallPart(ctx, s.Com, contracts.PartBoard, data, unpack)
}

// to is the Claims part's address, where claims' transactions go.
func (s *Service) to() *common.Address {
	a := s.Com.Parts.Claims
	return &a
}

func (s *Service) chainTime(ctx context.Context) (time.Time, error) {
	return community.ChainTime(ctx, s.B)
}

func (s *Service) signTime(ctx context.Context) (time.Time, error) {
	if s.Now != nil {
		return s.Now(), nil
	}
	return s.chainTime(ctx)
}

func unixTime(v uint64) time.Time { return time.Unix(int64(v), 0) }

// claimView reads claimOf(id), refusing an id the community never had.
func (s *Service) claimView(ctx context.Context, id uint64) (contracts.ClaimsClaimView, error) {
	count, err := call(ctx, s, s.abi.PackClaimCount(), s.abi.UnpackClaimCount)
	if err != nil {
		return contracts.ClaimsClaimView{}, err
	}
	if id == 0 || id > count {
		return contracts.ClaimsClaimView{}, invalid(ErrUnknownClaim, "the community has no claim %d (it has %d)", id, count)
	}
	return call(ctx, s, s.abi.PackClaimOf(new(big.Int).SetUint64(id)), s.abi.UnpackClaimOf)
}

// applyView sets a claim's live state from claimOf (its member, not on
// chain but in its ClaimSubmitted event, stays as the events gave it).
func applyView(c *Claim, v contracts.ClaimsClaimView) {
	c.ID = v.Id.Uint64()
	c.Amount, c.Term = v.Amount, v.Term
	c.SubmittedAt, c.ReviewEndsAt = unixTime(v.SubmittedAt), unixTime(v.ReviewEndsAt)
	c.Status = Status(v.Status)
	c.claimantSeat, c.commitment = v.ClaimantSeat, v.Commitment
	if v.ApprovedAt != 0 {
		c.ApprovedAt, c.NoticeEndsAt = unixTime(v.ApprovedAt), unixTime(v.NoticeEndsAt)
	}
	if c.Status == StatusOpen || c.Status == StatusRejected || c.Status == StatusExpired {
		c.Voters = bits.OnesCount32(v.Voters)
		c.Approvals, c.Rejections = bits.OnesCount32(v.Approvals), bits.OnesCount32(v.Rejections)
		c.approvals, c.rejections = v.Approvals, v.Rejections
	}
	c.live = true
}

// history folds the community's claim events: every claim by id, in
// the order filed.
func (s *Service) history(ctx context.Context) ([]*Claim, map[uint64]*Claim, error) {
	// One log at a time: the fold keeps claims, not the community's logs.
	return s.fold(func(fn func(*types.Log) error) error { return s.Com.EachLog(ctx, nil, fn) })
}

// logPos is where a log stands in the chain.
type logPos struct{ block, index uint64 }

func posOf(l *types.Log) logPos { return logPos{l.BlockNumber, uint64(l.Index)} }

func (p logPos) before(q logPos) bool {
	return p.block < q.block || (p.block == q.block && p.index < q.index)
}

// owedWithdrawnID is the topic of a member's withdrawal of what the pool
// owed them (indexed by member, not by claim).
var owedWithdrawnID = community.EventID("OwedWithdrawn")

// claimEventIDs are the topics of the events that name a claim by id
// (their first indexed argument).
var claimEventIDs = func() []common.Hash {
	var ids []common.Hash
	for _, n := range []string{"ClaimSubmitted", "ClaimVote", "ClaimApproved", "ClaimPaid", "PayoutOwed", "ClaimRejected", "ClaimExpired", "ClaimReturned"} {
		ids = append(ids, community.EventID(n))
	}
	return ids
}()

// historyOf folds one claim's events, read by a query on its id alone.
func (s *Service) historyOf(ctx context.Context, id uint64) (map[uint64]*Claim, error) {
	logs, err := s.Com.TopicLogs(ctx, [][]common.Hash{claimEventIDs, {common.BigToHash(new(big.Int).SetUint64(id))}})
	if err != nil {
		return nil, err
	}
	_, byID, err := s.fold(func(fn func(*types.Log) error) error {
		for i := range logs {
			if err := fn(&logs[i]); err != nil {
				return err
			}
		}
		return nil
	})
	return byID, err
}

// fold folds claim events into claims by id, in the order filed, from the
// logs each gives in chain order.
func (s *Service) fold(each func(fn func(*types.Log) error) error) ([]*Claim, map[uint64]*Claim, error) {
	p := s.Com.Params()
	review, notice := p.Review, p.Notice
	byID := map[uint64]*Claim{}
	var order []*Claim
	get := func(id *big.Int) *Claim {
		c := byID[id.Uint64()]
		if c == nil {
			// An event of a claim whose submission is not among the logs
			// read: kept, its fields come from claimOf.
			c = &Claim{ID: id.Uint64(), QueuePosition: -1}
			byID[c.ID] = c
			order = append(order, c)
		}
		return c
	}
	err := each(func(l *types.Log) error {
		if community.IsEvent(l, s.Com.Parts, owedWithdrawnID) {
			ev, err := community.DecodeEvent(l)
			if err != nil {
				return err
			}
			withdrawn(order, ev.(*contracts.CommunityOwedWithdrawn).Member, posOf(l))
			return nil
		}
		if !community.IsEvent(l, s.Com.Parts, claimEventIDs...) {
			return nil // only claim events are decoded
		}
		ev, err := community.DecodeEvent(l)
		if err != nil {
			return err
		}
		switch v := ev.(type) {
		case *contracts.ClaimsClaimSubmitted:
			c := get(v.Id)
			c.Member, c.Amount, c.Term = v.Member, v.Amount, v.Term
			c.Nullifier, c.EnvelopeHash = v.Nullifier, v.EnvelopeHash
			c.SubmitTx, c.Block, c.Status, c.submitAt = l.TxHash, l.BlockNumber, StatusOpen, posOf(l)
			if l.BlockTimestamp != 0 {
				c.SubmittedAt = unixTime(l.BlockTimestamp)
				c.ReviewEndsAt = c.SubmittedAt.Add(review)
			}
		case *contracts.ClaimsClaimVote:
			c := get(v.Id)
			c.Votes = append(c.Votes, Vote{Notary: v.Notary, Approve: v.Approve, Sealed: v.Reason, Block: l.BlockNumber, Tx: l.TxHash})
			if v.Approve {
				c.Approvals++
			} else {
				c.Rejections++
			}
		case *contracts.ClaimsClaimApproved:
			c := get(v.Id)
			c.Status, c.QueuePosition = StatusApproved, v.Position.Int64()
			c.NoticeEndsAt = unixTime(v.NoticeEndsAt)
			c.ApprovedAt = c.NoticeEndsAt.Add(-notice)
		case *contracts.CommunityClaimPaid:
			c := get(v.Id)
			c.Status, c.Paid, c.PaidTx, c.QueuePosition = StatusPaid, v.Amount, l.TxHash, -1
		case *contracts.CommunityPayoutOwed:
			c := get(v.Id)
			c.Status, c.Paid, c.Owed, c.PaidTx, c.QueuePosition = StatusPaid, v.Amount, v.Amount, l.TxHash, -1
			c.owedAt, c.OwedWithdrawn = posOf(l), false
		case *contracts.ClaimsClaimRejected:
			get(v.Id).Status = StatusRejected
		case *contracts.ClaimsClaimExpired:
			get(v.Id).Status = StatusExpired
		case *contracts.ClaimsClaimReturned:
			c := get(v.Id)
			c.Status, c.QueuePosition = StatusReturned, -1
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return order, byID, nil
}

// withdrawn marks member's owed payouts before a withdrawal at `at` as
// withdrawn.
func withdrawn(cs []*Claim, member common.Address, at logPos) {
	for _, c := range cs {
		if c.Member == member && c.Owed != nil && c.owedAt.before(at) {
			c.OwedWithdrawn = true
		}
	}
}

// refresh reads the live state of the claims the events leave open or
// approved (a window may have closed, a recall returned them), and of any
// whose submission the logs did not show.
func (s *Service) refresh(ctx context.Context, cs []*Claim) error {
	for _, c := range cs {
		// Open claims may have expired or been returned since their last
		// event, approved ones returned (a recall): ask the contract.
		if c.Status != StatusOpen && c.Status != StatusApproved && c.Amount != nil {
			continue
		}
		// Known from its events: no need to check the id first.
		v, err := call(ctx, s, s.abi.PackClaimOf(new(big.Int).SetUint64(c.ID)), s.abi.UnpackClaimOf)
		if err != nil {
			return err
		}
		applyView(c, v)
	}
	return nil
}

// List returns the community's claims in the order filed, of one member
// only if member is not nil.
func (s *Service) List(ctx context.Context, member *common.Address) ([]Claim, error) {
	order, _, err := s.history(ctx)
	if err != nil {
		return nil, err
	}
	var picked []*Claim
	for _, c := range order {
		if member == nil || c.Member == *member || c.Amount == nil {
			picked = append(picked, c)
		}
	}
	if err := s.refresh(ctx, picked); err != nil {
		return nil, err
	}
	now, err := s.chainTime(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Claim, 0, len(picked))
	for _, c := range picked {
		if member == nil || c.Member == *member {
			c.ReadAt = now
			out = append(out, *c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Show returns one claim: its live state, votes, payout and, while it
// waits for the pool, its place in the payout queue.
func (s *Service) Show(ctx context.Context, id uint64) (*Claim, error) {
	v, err := s.claimView(ctx, id)
	if err != nil {
		return nil, err
	}
	byID, err := s.historyOf(ctx, id)
	if err != nil {
		return nil, err
	}
	c := byID[id]
	if c == nil {
		c = &Claim{QueuePosition: -1}
	}
	applyView(c, v)
	if c.Owed != nil {
		// A withdrawal names the member, not the claim.
		logs, err := s.Com.TopicLogs(ctx, [][]common.Hash{{owedWithdrawnID}, {common.BytesToHash(c.Member[:])}})
		if err != nil {
			return nil, err
		}
		for i := range logs {
			if s.Com.Parts.Emits(&logs[i]) {
				withdrawn([]*Claim{c}, c.Member, posOf(&logs[i]))
			}
		}
	}
	if c.ReadAt, err = s.chainTime(ctx); err != nil {
		return nil, err
	}
	if c.Status == StatusApproved && c.QueuePosition >= 0 {
		head, err := call(ctx, s, s.abi.PackQueueHead(), s.abi.UnpackQueueHead)
		if err != nil {
			return nil, err
		}
		c.QueuePosition -= int64(head)
	} else if c.Status != StatusApproved {
		c.QueuePosition = -1
	}
	return c, nil
}

// ClaimIDs are the claims a receipt's community events name (a
// submission's new claim, the claims a vote or a settle touched).
func (s *Service) ClaimIDs(r *types.Receipt) []uint64 {
	var ids []uint64
	seen := map[uint64]bool{}
	for _, l := range r.Logs {
		if !s.Com.Parts.Emits(l) {
			continue
		}
		ev, err := community.DecodeEvent(l)
		if err != nil {
			continue
		}
		var id *big.Int
		switch v := ev.(type) {
		case *contracts.ClaimsClaimSubmitted:
			id = v.Id
		case *contracts.ClaimsClaimVote:
			id = v.Id
		case *contracts.ClaimsClaimApproved:
			id = v.Id
		case *contracts.CommunityClaimPaid:
			id = v.Id
		case *contracts.CommunityPayoutOwed:
			id = v.Id
		case *contracts.ClaimsClaimExpired:
			id = v.Id
		case *contracts.ClaimsClaimRejected:
			id = v.Id
		case *contracts.ClaimsClaimReturned:
			id = v.Id
		}
		if id != nil && !seen[id.Uint64()] {
			seen[id.Uint64()] = true
			ids = append(ids, id.Uint64())
		}
	}
	return ids
}

// Settle plans paying the approved claims whose public notice has ended,
// in approval order, as far as the pool and this period's outflow cap
// cover them (at most the contract's per-call bound), and returning those
// whose board was recalled during their notice. It refuses, saying why,
// when nothing can be settled now (the next claim still in notice, the
// period's cap reached, the pool short).
func (s *Service) Settle(ctx context.Context, from common.Address) (session.Plan, error) {
	head, err := call(ctx, s, s.abi.PackQueueHead(), s.abi.UnpackQueueHead)
	if err != nil {
		return session.Plan{}, err
	}
	tail, err := call(ctx, s, s.abi.PackQueueTail(), s.abi.UnpackQueueTail)
	if err != nil {
		return session.Plan{}, err
	}
	if head == tail {
		return session.Plan{}, refused(ErrNothingToDo, "no approved claim is waiting for payment; every approved claim is paid")
	}
	data := s.abi.PackSettle(new(big.Int))
	if _, err := s.B.EstimateGas(ctx, ethereum.CallMsg{From: from, To: s.to(), Data: data}); err != nil {
		if rev := chain.RevertOf(err); rev != nil {
			return session.Plan{}, &session.Error{Kind: session.KindRefused, Err: errors.Join(ErrNothingToDo, community.Refuse(rev, s.Com.Token)), Text: community.ExplainText(rev, s.Com.Token)}
		}
		return session.Plan{}, err
	}
	return session.Plan{To: s.to(), Data: data,
		Text: i18n.Say("This pays the approved claims whose public notice has ended (%d in the queue), in approval order, as far as the pool and this period's cap cover them.", tail-head)}.Said(), nil
}

// Settleable reports whether a settle would pay or return a claim now
// (what huzhu settles when it sends anything else).
func (s *Service) Settleable(ctx context.Context, from common.Address) bool {
	_, err := s.Settle(ctx, from)
	return err == nil
}

// Along is the settle a face sends after `sent`, so that approved claims
// whose notice has ended are paid by whoever uses huzhu next: false when
// sent is itself a settle or nothing can be settled now.
func (s *Service) Along(ctx context.Context, from common.Address, sent session.Plan) (session.Plan, bool) {
	if IsSettle(s.Com, sent) {
		return session.Plan{}, false
	}
	p, err := s.Settle(ctx, from)
	return p, err == nil
}

// IsSettle reports whether p calls com's settle.
func IsSettle(com *community.Community, p session.Plan) bool {
	sel := contracts.ClaimsABI.PackSettle(new(big.Int))[:4]
	return p.To != nil && *p.To == com.Parts.Claims && len(p.Data) >= 4 && bytes.Equal(p.Data[:4], sel)
}

// Expire plans marking an open claim whose review window has closed as
// expired (anyone may; the member may then file again).
func (s *Service) Expire(ctx context.Context, id uint64) (session.Plan, error) {
	v, err := s.claimView(ctx, id)
	if err != nil {
		return session.Plan{}, err
	}
	now, err := s.chainTime(ctx)
	if err != nil {
		return session.Plan{}, err
	}
	if Status(v.Status) != StatusOpen && Status(v.Status) != StatusExpired {
		return session.Plan{}, refused(ErrNotOpen, "claim %d is %s, not open", id, Status(v.Status).Named())
	}
	if end := unixTime(v.ReviewEndsAt); now.Before(end) {
		return session.Plan{}, refused(ErrNotOpen, "claim %d is under review until %s; it expires only then", id, community.FormatFrom(end))
	}
	return session.Plan{To: s.to(), Data: s.abi.PackExpire(new(big.Int).SetUint64(id)),
		Text: i18n.Say("This marks claim %d, undecided when its review window closed, as expired.", id)}.Said(), nil
}

// Decide plans applying to an open claim what its board can no longer
// change (after a resignation or a vacated seat): returned when too few
// seats remain or the board was recalled, rejected when the seats still
// held can no longer approve it. Anyone may.
func (s *Service) Decide(ctx context.Context, id uint64, from common.Address) (session.Plan, error) {
	if _, err := s.claimView(ctx, id); err != nil {
		return session.Plan{}, err
	}
	data := s.abi.PackDecide(new(big.Int).SetUint64(id))
	if _, err := s.B.EstimateGas(ctx, ethereum.CallMsg{From: from, To: s.to(), Data: data}); err != nil {
		if rev := chain.RevertOf(err); rev != nil {
			return session.Plan{}, &session.Error{Kind: session.KindRefused, Err: community.Refuse(rev, s.Com.Token), Text: community.ExplainText(rev, s.Com.Token)}
		}
		return session.Plan{}, err
	}
	return session.Plan{To: s.to(), Data: data,
		Text: i18n.Say("This decides claim %d as its seats still held can: returned or rejected.", id)}.Said(), nil
}
