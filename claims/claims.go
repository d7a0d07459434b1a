package claims

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

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
	StatusApproved = Status(contracts.StatusApproved) // approved by quorum, waiting in the payout queue
	StatusPaid     = Status(contracts.StatusPaid)
	StatusRejected = Status(contracts.StatusRejected)
	StatusExpired  = Status(contracts.StatusExpired)
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
	Reason  Reason // 0 for an approval
	Block   uint64
	Tx      common.Hash
	// Note is a rejection's public note, read from its transaction (Show
	// only; "" when it has none).
	Note string
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
	Voters       int // notaries who may vote (the claimant's own seat left out)
	Approvals    int
	Rejections   int
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
	votedMask     uint32
	evidence      [32]byte
	live          bool // Status etc. read from claimOf
}

// Service reads and plans the claims of one community.
type Service struct {
	Com     *community.Community
	B       chain.Backend
	ChainID uint64
	// Now is the time a presentation is signed at; nil: the latest block's
	// time (the contract's now, which a dev chain's clock may have moved).
	Now func() time.Time

	abi   *contracts.Community
	bound *bind.BoundContract
}

// New returns the claims service of a community on a chain.
func New(ctx context.Context, b chain.Backend, com *community.Community) (*Service, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	abi := contracts.NewCommunity()
	return &Service{Com: com, B: b, ChainID: id.Uint64(), abi: abi, bound: abi.Instance(b, com.Address)}, nil
}

func call[T any](ctx context.Context, s *Service, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(s.bound, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		var zero T
		return zero, s.explain(err)
	}
	return v, nil
}

// explain turns a contract refusal into a community.Refusal.
func (s *Service) explain(err error) error {
	var rev *contracts.Revert
	if !errors.As(err, &rev) {
		rev = revertIn(err)
	}
	if rev == nil {
		return err
	}
	return &community.Refusal{Reason: community.Explain(rev, s.Com.Token), Revert: rev}
}

// revertIn decodes revert data an RPC error carries.
func revertIn(err error) *contracts.Revert {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	switch d := de.ErrorData().(type) {
	case string:
		if b, err := hexutil.Decode(d); err == nil {
			return contracts.DecodeRevert(b)
		}
	case []byte:
		return contracts.DecodeRevert(d)
	}
	return nil
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
func (s *Service) claimView(ctx context.Context, id uint64) (contracts.CommunityClaimView, error) {
	count, err := call(ctx, s, s.abi.PackClaimCount(), s.abi.UnpackClaimCount)
	if err != nil {
		return contracts.CommunityClaimView{}, err
	}
	if id == 0 || id > count {
		return contracts.CommunityClaimView{}, invalid(ErrUnknownClaim, "the community has no claim %d (it has %d)", id, count)
	}
	return call(ctx, s, s.abi.PackClaimOf(new(big.Int).SetUint64(id)), s.abi.UnpackClaimOf)
}

// applyView sets a claim's live state from claimOf.
func applyView(c *Claim, v contracts.CommunityClaimView) {
	c.ID = v.Id.Uint64()
	c.Member, c.Amount, c.Term = v.Member, v.Amount, v.Term
	c.SubmittedAt, c.ReviewEndsAt = unixTime(v.SubmittedAt), unixTime(v.ReviewEndsAt)
	c.Status = Status(v.Status)
	c.Voters, c.Approvals, c.Rejections = int(v.Voters), int(v.Approvals), int(v.Rejections)
	c.votedMask, c.evidence = v.VotedMask, v.Evidence
	c.live = true
}

// history folds the community's claim events: every claim by id, in
// the order filed.
func (s *Service) history(ctx context.Context) ([]*Claim, map[uint64]*Claim, error) {
	// One log at a time: the fold keeps claims, not the community's logs.
	return s.fold(func(fn func(*types.Log) error) error { return s.Com.EachLog(ctx, nil, fn) })
}

// claimEventIDs are the topics of the events that name a claim by id
// (their first indexed argument).
var claimEventIDs = func() []common.Hash {
	var ids []common.Hash
	for _, n := range []string{"ClaimSubmitted", "ClaimVote", "ClaimApproved", "ClaimQueued", "ClaimPaid", "ClaimRejected", "ClaimExpired"} {
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
	review := s.Com.Params().Review
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
		if !community.IsEvent(l, s.Com.Address, claimEventIDs...) {
			return nil // only claim events are decoded
		}
		ev, err := community.DecodeEvent(l)
		if err != nil {
			return err
		}
		switch v := ev.(type) {
		case *contracts.CommunityClaimSubmitted:
			c := get(v.Id)
			c.Member, c.Amount, c.Term = v.Member, v.Amount, v.Term
			c.Nullifier, c.EnvelopeHash = v.Nullifier, v.EnvelopeHash
			c.SubmitTx, c.Block, c.Status = l.TxHash, l.BlockNumber, StatusOpen
			if l.BlockTimestamp != 0 {
				c.SubmittedAt = unixTime(l.BlockTimestamp)
				c.ReviewEndsAt = c.SubmittedAt.Add(review)
			}
		case *contracts.CommunityClaimVote:
			c := get(v.Id)
			c.Votes = append(c.Votes, Vote{Notary: v.Notary, Approve: v.Approve, Reason: Reason(v.Reason), Block: l.BlockNumber, Tx: l.TxHash})
			if v.Approve {
				c.Approvals++
			} else {
				c.Rejections++
			}
		case *contracts.CommunityClaimApproved:
			get(v.Id).Status = StatusApproved
		case *contracts.CommunityClaimQueued:
			c := get(v.Id)
			c.Status, c.QueuePosition = StatusApproved, v.Position.Int64()
		case *contracts.CommunityClaimPaid:
			c := get(v.Id)
			c.Status, c.Paid, c.PaidTx, c.QueuePosition = StatusPaid, v.Amount, l.TxHash, -1
		case *contracts.CommunityClaimRejected:
			get(v.Id).Status = StatusRejected
		case *contracts.CommunityClaimExpired:
			get(v.Id).Status = StatusExpired
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return order, byID, nil
}

// refresh reads the live state of the claims the events leave open
// (their window may have closed), and of any whose submission the logs
// did not show.
func (s *Service) refresh(ctx context.Context, cs []*Claim) error {
	for _, c := range cs {
		if c.Status != StatusOpen && c.Amount != nil {
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
	out := make([]Claim, 0, len(picked))
	for _, c := range picked {
		if member == nil || c.Member == *member {
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
	for i := range c.Votes {
		c.Votes[i].Note = s.noteOf(ctx, c.Votes[i], id)
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
		if l.Address != s.Com.Address {
			continue
		}
		ev, err := community.DecodeEvent(l)
		if err != nil {
			continue
		}
		var id *big.Int
		switch v := ev.(type) {
		case *contracts.CommunityClaimSubmitted:
			id = v.Id
		case *contracts.CommunityClaimVote:
			id = v.Id
		case *contracts.CommunityClaimPaid:
			id = v.Id
		case *contracts.CommunityClaimQueued:
			id = v.Id
		case *contracts.CommunityClaimExpired:
			id = v.Id
		case *contracts.CommunityClaimRejected:
			id = v.Id
		}
		if id != nil && !seen[id.Uint64()] {
			seen[id.Uint64()] = true
			ids = append(ids, id.Uint64())
		}
	}
	return ids
}

// Settle plans paying the approved claims waiting for the pool, in
// approval order, as many as the pool covers (at most the contract's
// per-call bound).
func (s *Service) Settle(ctx context.Context) (session.Plan, error) {
	head, err := call(ctx, s, s.abi.PackQueueHead(), s.abi.UnpackQueueHead)
	if err != nil {
		return session.Plan{}, err
	}
	tail, err := call(ctx, s, s.abi.PackQueueTail(), s.abi.UnpackQueueTail)
	if err != nil {
		return session.Plan{}, err
	}
	if head == tail {
		return session.Plan{}, refused(ErrNothingToDo, "no approved claim is waiting for the pool; every approved claim is paid")
	}
	return session.Plan{To: &s.Com.Address, Data: s.abi.PackSettle(new(big.Int)),
		Text: i18n.Say("This pays the approved claims waiting for the pool (%d in the queue), in approval order, as far as the pool covers them.", tail-head)}.Said(), nil
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
	return session.Plan{To: &s.Com.Address, Data: s.abi.PackExpire(new(big.Int).SetUint64(id)),
		Text: i18n.Say("This marks claim %d, undecided when its review window closed, as expired.", id)}.Said(), nil
}
