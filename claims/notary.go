package claims

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
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
		// The events tell the votes and the filing time; the contract is
		// asked only about a claim they do not describe in full.
		if c.Amount == nil || c.SubmittedAt.IsZero() {
			if err := s.refresh(ctx, []*Claim{c}); err != nil {
				return nil, err
			}
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
// place it in when they do. The log is returned too: where the claim
// stands among the chain's events.
func (s *Service) submitted(ctx context.Context, id uint64, block uint64) (*contracts.CommunityClaimSubmitted, *types.Log, error) {
	topics := [][]common.Hash{{community.EventID("ClaimSubmitted")}, {common.BigToHash(new(big.Int).SetUint64(id))}}
	var logs []types.Log
	var err error
	if block > 0 {
		logs, err = s.B.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(block), ToBlock: new(big.Int).SetUint64(block),
			Addresses: []common.Address{s.Com.Address}, Topics: topics})
	} else {
		logs, err = s.Com.TopicLogs(ctx, topics)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read claim %d's envelope: %w", id, err)
	}
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := community.DecodeEvent(&logs[i])
		if err != nil {
			continue
		}
		if v, ok := ev.(*contracts.CommunityClaimSubmitted); ok && v.Id.Uint64() == id {
			return v, &logs[i], nil
		}
	}
	if block > 0 {
		return s.submitted(ctx, id, 0)
	}
	return nil, nil, refused(ErrUnknownClaim, "no ClaimSubmitted event of claim %d is found on this chain", id)
}

// membershipAt is the member's join date and coverage as they stood when
// the claim at log at was filed: from their last DuesPaid event before
// it (each carries joinedAt and coveredUntil). A renewal after the claim
// does not extend its coverage, a re-join does not move its join date.
// Without such an event among the logs read, the member's state now.
func (s *Service) membershipAt(ctx context.Context, member common.Address, at *types.Log) (joined, covered time.Time, err error) {
	// The member's DuesPaid events alone (member is an indexed topic).
	logs, err := s.Com.TopicLogs(ctx, [][]common.Hash{{community.EventID("DuesPaid")}, {common.BytesToHash(member.Bytes())}})
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	var last *contracts.CommunityDuesPaid
	for i := range logs {
		l := &logs[i]
		if l.Address != s.Com.Address || l.Removed || l.BlockNumber > at.BlockNumber || (l.BlockNumber == at.BlockNumber && l.Index >= at.Index) {
			continue
		}
		ev, err := community.DecodeEvent(l)
		if err != nil {
			continue
		}
		if d, ok := ev.(*contracts.CommunityDuesPaid); ok && d.Member == member {
			last = d
		}
	}
	if last != nil {
		return unixTime(last.JoinedAt), unixTime(last.CoveredUntil), nil
	}
	m, err := call(ctx, s, s.abi.PackMemberOf(member), s.abi.UnpackMemberOf)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	return unixTime(m.JoinedAt), unixTime(m.CoveredUntil), nil
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
	ev, at, err := s.submitted(ctx, id, c.Block)
	if err != nil {
		return nil, err
	}
	// From here on the claim is the one this event and envelope name:
	// its approval names them, so it cannot land on another claim.
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
	joined, covered, err := s.membershipAt(ctx, c.Member, at)
	if err != nil {
		return nil, err
	}
	paidBy, err := call(ctx, s, s.abi.PackNullifierClaim(ev.Nullifier), s.abi.UnpackNullifierClaim)
	if err != nil {
		return nil, err
	}
	p := s.Com.Params()
	in := disclosure.ReviewInput{
		Payload: payload, PaidBy: paidBy.Uint64(),
		Claim: disclosure.OnChainClaim{ID: id, ChainID: s.ChainID, Community: s.Com.Address, Member: c.Member, Amount: c.Amount,
			Nullifier: ev.Nullifier, SubmittedAt: c.SubmittedAt, JoinedAt: joined, CoveredUntil: covered},
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
		return nil, refused(ErrNotOpen, "claim %d is %s; votes are taken only while it is open", id, c.Status.Named())
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

// Failed names the checks of the review that fail, by id.
func (r *Review) Failed() []string {
	var out []string
	for _, c := range r.Checks {
		if !c.Pass {
			out = append(out, c.ID)
		}
	}
	return out
}

// Approve reviews claim id with the notary's HPKE keys and plans their
// approval (the approval that reaches quorum pays the claim, or queues
// it while the pool is short). It refuses, with ErrChecksFailed naming
// the failing checks, a claim whose review does not pass every check,
// unless despiteFailedChecks (the notary decides, SPEC section 7); it
// always refuses, with ErrEnvelope, a claim whose envelope this notary
// cannot open. The approval names the nullifier and envelope hash the
// review verified, so it cannot count for a claim the notary did not see.
func (s *Service) Approve(ctx context.Context, id uint64, notary common.Address, keys []*disclosure.NotaryKey, despiteFailedChecks bool) (session.Plan, error) {
	c, err := s.canVote(ctx, id, notary)
	if err != nil {
		return session.Plan{}, err
	}
	rv, err := s.Review(ctx, id, keys)
	if err != nil {
		return session.Plan{}, err
	}
	if rv.Claim.Member != c.Member || rv.Claim.Amount.Cmp(c.Amount) != 0 {
		return session.Plan{}, refused(ErrEnvelope, "claim %d changed while it was reviewed (the chain reorganised); review it again", id)
	}
	failed := rv.Failed()
	if len(failed) > 0 && !despiteFailedChecks {
		return session.Plan{}, &session.Error{Kind: session.KindRefused, Err: &ChecksFailedError{Claim: id, Checks: failed},
			Text: (&ChecksFailedError{Claim: id, Checks: failed}).Said()}
	}
	tok := s.Com.Token
	what := i18n.Say("This approves claim %d (%s %s for %s); it needs %d approvals of its %d notaries, %d so far.",
		id, tok.Format(c.Amount), tok.Symbol, c.Member.Hex(), s.Com.Params().Quorum, c.Voters, c.Approvals)
	if len(failed) > 0 {
		what = i18n.Say("This approves claim %d (%s %s for %s) DESPITE failed checks (%s), as you decide; it needs %d approvals of its %d notaries, %d so far.",
			id, tok.Format(c.Amount), tok.Symbol, c.Member.Hex(), strings.Join(failed, ", "), s.Com.Params().Quorum, c.Voters, c.Approvals)
	}
	return session.Plan{To: &s.Com.Address, Data: s.abi.PackApproveClaim(new(big.Int).SetUint64(id), rv.Claim.Nullifier, rv.Claim.EnvelopeHash), Text: what}.Said(), nil
}

// ChecksFailedError is the refusal of an approval whose review does not
// pass: the claim and the ids of the failing checks.
type ChecksFailedError struct {
	Claim  uint64
	Checks []string
}

func (e *ChecksFailedError) Error() string { return e.Said().String() }

// Said is the refusal as a Text (i18n.Sayer).
func (e *ChecksFailedError) Said() i18n.Text {
	return i18n.Say("claim %d fails %d check(s) of the review (%s); it is approved only when every check passes, or when the notary knowingly decides to approve it despite them",
		e.Claim, len(e.Checks), strings.Join(e.Checks, ", "))
}

func (e *ChecksFailedError) Unwrap() error { return ErrChecksFailed }

// A rejection's note travels in the rejectClaim transaction itself:
// the contract reads only its two arguments, and Solidity ignores
// calldata after them, so the note is appended as a tail, NoteTag then
// the UTF-8 text. It is public forever and recorded nowhere else.
const (
	NoteTag     = "huzhu-note:v1:"
	NoteMaxSize = 280 // bytes of text
)

// CheckNote refuses a note that is too long, not UTF-8 or has control
// characters (it is shown to everyone who reads the claim).
func CheckNote(note string) error {
	if len(note) > NoteMaxSize {
		return invalid(ErrNote, "the note is %d bytes; a note is at most %d", len(note), NoteMaxSize)
	}
	if !utf8.ValidString(note) {
		return invalid(ErrNote, "the note is not UTF-8 text")
	}
	for _, r := range note {
		if unicode.IsControl(r) || (unicode.Is(unicode.Cf, r) && r != 0x200d) {
			return invalid(ErrNote, "the note has a control character (%U); a note is one line of plain text", r)
		}
	}
	return nil
}

// Reject plans notary's rejection of claim id for a reason, with an
// optional note. The reason code and the note are public on chain.
func (s *Service) Reject(ctx context.Context, id uint64, notary common.Address, reason Reason, note string) (session.Plan, error) {
	if reason == 0 {
		return session.Plan{}, invalid(nil, "a rejection needs a reason code")
	}
	if err := CheckNote(note); err != nil {
		return session.Plan{}, err
	}
	if _, err := s.canVote(ctx, id, notary); err != nil {
		return session.Plan{}, err
	}
	data := s.abi.PackRejectClaim(new(big.Int).SetUint64(id), uint8(reason))
	what := i18n.Say("This rejects claim %d with reason %d (%s), recorded publicly on chain.", id, reason, reason.Name())
	if note != "" {
		data = append(data, NoteTag+note...)
		what = i18n.Say("This rejects claim %d with reason %d (%s) and the note %q, both public on chain forever.", id, reason, reason.Name(), note)
	}
	return session.Plan{To: &s.Com.Address, Data: data, Text: what}.Said(), nil
}

// noteOf reads a rejection's note from its transaction's input: the
// tail after rejectClaim's arguments, if it carries NoteTag and a note
// CheckNote accepts ("" otherwise).
func (s *Service) noteOf(ctx context.Context, v Vote, id uint64) string {
	txs, ok := s.B.(interface {
		TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error)
	})
	if !ok || v.Approve || v.Tx == (common.Hash{}) {
		return ""
	}
	tx, _, err := txs.TransactionByHash(ctx, v.Tx)
	if err != nil || tx.To() == nil || *tx.To() != s.Com.Address {
		return ""
	}
	args := s.abi.PackRejectClaim(new(big.Int).SetUint64(id), uint8(v.Reason))
	data := tx.Data()
	if len(data) <= len(args) || !bytes.Equal(data[:len(args)], args) || !bytes.HasPrefix(data[len(args):], []byte(NoteTag)) {
		return ""
	}
	note := string(data[len(args)+len(NoteTag):])
	if CheckNote(note) != nil {
		return ""
	}
	return note
}
