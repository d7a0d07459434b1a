package claims

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/session"
)

// Waiting is a claim in a notary's queue.
type Waiting struct {
	Claim
	// Left is the time the review window has left.
	Left time.Duration
}

// Queue returns the claims waiting for notary's vote: open, of a term
// where the notary holds a seat, not their own, not yet voted on by them,
// with the review window still open; the soonest to close first.
func (s *Service) Queue(ctx context.Context, notary common.Address) ([]Waiting, error) {
	order, _, err := s.history(ctx)
	if err != nil {
		return nil, err
	}
	now, err := s.chainTime(ctx)
	if err != nil {
		return nil, err
	}
	seats := map[uint32]uint8{}
	seatIn := func(term uint32) (uint8, error) {
		if seat, ok := seats[term]; ok {
			return seat, nil
		}
		seat, err := call(ctx, s, s.abi.PackSeatOf(big.NewInt(int64(term)), notary), s.abi.UnpackSeatOf)
		seats[term] = seat
		return seat, err
	}
	var out []Waiting
	for _, c := range order {
		if c.Status != StatusOpen || c.Member == notary {
			continue
		}
		if slices.ContainsFunc(c.Votes, func(v Vote) bool { return v.Notary == notary }) {
			continue
		}
		if c.Amount != nil {
			seat, err := seatIn(c.Term)
			if err != nil {
				return nil, err
			}
			if seat == 0 {
				continue
			}
		}
		if err := s.refresh(ctx, []*Claim{c}); err != nil {
			return nil, err
		}
		seat, err := seatIn(c.Term)
		if err != nil {
			return nil, err
		}
		if seat == 0 || c.Status != StatusOpen || c.Member == notary || c.votedMask&(1<<(seat-1)) != 0 || !now.Before(c.ReviewEndsAt) {
			continue
		}
		out = append(out, Waiting{Claim: *c, Left: c.ReviewEndsAt.Sub(now)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ReviewEndsAt.Before(out[j].ReviewEndsAt) })
	return out, nil
}

// Review is what a notary sees of one claim: the checklist, and the
// facts the member disclosed (nothing else of the credential is in the
// envelope).
type Review struct {
	Claim  Claim
	Checks []disclosure.Check
	// Disclosed are the facts in the presentation, in the credential
	// format's order. They are health data: show them to the notary only.
	Disclosed []disclosure.Fact
	// Issuer is the credential's iss, as the presentation says it.
	Issuer string
	// Suggested is the reason the first failed check points to (0 when
	// every check passed).
	Suggested Reason
}

// Pass reports whether every check passed.
func (r *Review) Pass() bool {
	for _, c := range r.Checks {
		if !c.Pass {
			return false
		}
	}
	return len(r.Checks) > 0
}

// submitted fetches a claim's ClaimSubmitted event with its envelope: a
// log query for that claim id alone, in the block the community's logs
// place it in when they do.
func (s *Service) submitted(ctx context.Context, id uint64, block uint64) (*contracts.CommunityClaimSubmitted, error) {
	q := ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{s.Com.Address},
		Topics: [][]common.Hash{{s.abi.GetABI().Events["ClaimSubmitted"].ID}, {common.BigToHash(new(big.Int).SetUint64(id))}}}
	if block > 0 {
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(block), new(big.Int).SetUint64(block)
	}
	logs, err := s.B.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("read claim %d's envelope: %w", id, err)
	}
	for i := range logs {
		ev, err := community.DecodeEvent(&logs[i])
		if err != nil {
			continue
		}
		if v, ok := ev.(*contracts.CommunityClaimSubmitted); ok && v.Id.Uint64() == id {
			return v, nil
		}
	}
	if block > 0 {
		return s.submitted(ctx, id, 0)
	}
	return nil, refused(ErrUnknownClaim, "no ClaimSubmitted event of claim %d is found on this chain", id)
}

// checkEvidence checks an event's envelope against its hash and the
// claim's evidence commitment.
func checkEvidence(ev *contracts.CommunityClaimSubmitted, c *Claim) error {
	if crypto.Keccak256Hash(ev.Envelope) != common.Hash(ev.EnvelopeHash) {
		return refused(ErrEnvelope, "claim %d's envelope on chain does not match its hash: it is corrupted", c.ID)
	}
	want := crypto.Keccak256Hash(ev.Nullifier[:], ev.EnvelopeHash[:]) // evidenceOf: abi.encode of two bytes32
	if c.live && want != common.Hash(c.evidence) {
		return refused(ErrEnvelope, "claim %d's nullifier and envelope hash do not match the evidence the contract stores", c.ID)
	}
	return nil
}

// Review opens claim id with the notary's keys (each is tried), checks it
// against the chain and returns the checklist and the disclosed facts.
func (s *Service) Review(ctx context.Context, id uint64, keys []*disclosure.NotaryKey) (*Review, error) {
	c, err := s.Show(ctx, id)
	if err != nil {
		return nil, err
	}
	ev, err := s.submitted(ctx, id, c.Block)
	if err != nil {
		return nil, err
	}
	c.Nullifier, c.EnvelopeHash = ev.Nullifier, ev.EnvelopeHash
	if err := checkEvidence(ev, c); err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		return nil, refused(ErrEnvelope, "no HPKE key of this notary is kept here; the envelope is sealed to the notaries' published keys")
	}
	aud := disclosure.Audience(s.ChainID, s.Com.Address)
	var plain []byte
	var openErr error
	for _, k := range keys {
		plain, openErr = k.Open(ev.Envelope, aud)
		if openErr == nil {
			break
		}
	}
	if openErr != nil {
		if errors.Is(openErr, disclosure.ErrNotRecipient) {
			return nil, refused(ErrEnvelope, "claim %d is not sealed to any HPKE key kept here for this notary (it was sealed to the keys published when it was filed)", id)
		}
		return nil, refused(ErrEnvelope, "claim %d's envelope does not open: %v", id, openErr)
	}
	defer clear(plain)
	payload, err := disclosure.UnmarshalClaimPayload(plain)
	if err != nil {
		return nil, refused(ErrEnvelope, "claim %d: %v", id, err)
	}
	m, err := call(ctx, s, s.abi.PackMemberOf(c.Member), s.abi.UnpackMemberOf)
	if err != nil {
		return nil, err
	}
	p := s.Com.Params()
	in := disclosure.ReviewInput{
		Payload: payload,
		Claim: disclosure.OnChainClaim{ChainID: s.ChainID, Community: s.Com.Address, Member: c.Member, Amount: c.Amount,
			Nullifier: ev.Nullifier, SubmittedAt: c.SubmittedAt, JoinedAt: unixTime(m.JoinedAt), CoveredUntil: unixTime(m.CoveredUntil)},
		Policy: s.Policy(), Waiting: p.Waiting, MaxPayout: p.MaxPayout, Decimals: s.Com.Token.Decimals,
		Issuer: func(thumb [32]byte) ([32]byte, bool) {
			id, trusted, err := s.Com.IssuerKey(ctx, thumb)
			if err != nil {
				return [32]byte{}, false
			}
			return id, trusted
		},
	}
	checks := disclosure.Review(in)
	r := &Review{Claim: *c, Checks: checks, Suggested: SuggestReason(checks)}
	if pres, err := disclosure.Parse(payload.Presentation); err == nil {
		r.Disclosed = orderedFacts(disclosure.Facts(pres))
		if pl, err := disclosure.Payload(pres); err == nil {
			r.Issuer, _ = pl["iss"].(string)
		}
	}
	return r, nil
}

// orderedFacts lists facts in the credential format's order, any others
// after them by name.
func orderedFacts(m map[string]any) []disclosure.Fact {
	var out []disclosure.Fact
	for _, name := range disclosure.MedicalFacts {
		if v, ok := m[name]; ok {
			out = append(out, disclosure.Fact{Name: name, Value: v})
			delete(m, name)
		}
	}
	rest := make([]string, 0, len(m))
	for name := range m {
		rest = append(rest, name)
	}
	sort.Strings(rest)
	for _, name := range rest {
		out = append(out, disclosure.Fact{Name: name, Value: m[name]})
	}
	return out
}

// canVote refuses, before anything is sent, a vote the contract would
// refuse: a claim not open or out of its window, a notary without a seat
// in its term, the notary's own claim, a second vote.
func (s *Service) canVote(ctx context.Context, id uint64, notary common.Address) (*Claim, error) {
	v, err := s.claimView(ctx, id)
	if err != nil {
		return nil, err
	}
	c := &Claim{QueuePosition: -1}
	applyView(c, v)
	if c.Status != StatusOpen {
		return nil, refused(ErrNotOpen, "claim %d is %s; votes are taken only while it is open", id, c.Status)
	}
	seat, err := call(ctx, s, s.abi.PackSeatOf(big.NewInt(int64(c.Term)), notary), s.abi.UnpackSeatOf)
	if err != nil {
		return nil, err
	}
	switch {
	case seat == 0:
		return nil, refused(ErrNotNotary, "%s is not a notary of term %d, the term claim %d was filed in", notary.Hex(), c.Term, id)
	case c.Member == notary:
		return nil, refused(ErrNotNotary, "claim %d is your own; the other notaries decide it", id)
	case c.votedMask&(1<<(seat-1)) != 0:
		return nil, refused(ErrNotOpen, "%s has already voted on claim %d; a notary votes once", notary.Hex(), id)
	}
	return c, nil
}

// Approve plans notary's approval of claim id, naming the claim's
// nullifier and envelope hash from its ClaimSubmitted event (the approval
// that reaches quorum pays the claim, or queues it while the pool is short).
func (s *Service) Approve(ctx context.Context, id uint64, notary common.Address) (session.Plan, error) {
	c, err := s.canVote(ctx, id, notary)
	if err != nil {
		return session.Plan{}, err
	}
	block := uint64(0)
	if _, byID, err := s.history(ctx); err == nil && byID[id] != nil {
		block = byID[id].Block
	}
	ev, err := s.submitted(ctx, id, block)
	if err != nil {
		return session.Plan{}, err
	}
	if err := checkEvidence(ev, c); err != nil {
		return session.Plan{}, err
	}
	tok := s.Com.Token
	what := fmt.Sprintf("This approves claim %d (%s %s for %s); it needs %d approvals of its %d notaries, %d so far.",
		id, tok.Format(c.Amount), tok.Symbol, c.Member.Hex(), s.Com.Params().Quorum, c.Voters, c.Approvals)
	return session.Plan{To: &s.Com.Address, Data: s.abi.PackApproveClaim(new(big.Int).SetUint64(id), ev.Nullifier, ev.EnvelopeHash), What: what}, nil
}

// Reject plans notary's rejection of claim id for a reason. The reason
// code is public on chain; nothing else is recorded.
func (s *Service) Reject(ctx context.Context, id uint64, notary common.Address, reason Reason) (session.Plan, error) {
	if reason == 0 {
		return session.Plan{}, invalid(nil, "a rejection needs a reason code")
	}
	if _, err := s.canVote(ctx, id, notary); err != nil {
		return session.Plan{}, err
	}
	what := fmt.Sprintf("This rejects claim %d with reason %d (%s), recorded publicly on chain.", id, reason, reason.Name())
	return session.Plan{To: &s.Com.Address, Data: s.abi.PackRejectClaim(new(big.Int).SetUint64(id), uint8(reason)), What: what}, nil
}
