package claims

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/units"
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
	board := contracts.BoardABI
	seatIn := func(term uint32) (uint8, error) {
		if seat, ok := seats[term]; ok {
			return seat, nil
		}
		// 0 once resigned or vacated: their votes no longer count.
		seat, err := callBoard(ctx, s, board.PackSeatOf(big.NewInt(int64(term)), notary), board.UnpackSeatOf)
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
		voted := c.approvals|c.rejections != 0 && (c.approvals|c.rejections)&(1<<(seat-1)) != 0
		if slices.ContainsFunc(c.Votes, func(v Vote) bool { return v.Notary == notary }) {
			voted = true
		}
		if seat == 0 || c.Status != StatusOpen || c.Member == notary || voted || !now.Before(c.ReviewEndsAt) {
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
	// Unusable are the notaries of the term whose key the claim could not
	// be sealed to (their slot is random bytes).
	Unusable []common.Address

	contentKey []byte // the envelope's, for a sealed reason
}

// Forget clears what the review holds of the claim's secrets (the
// envelope's content key); the disclosed facts stay the caller's.
func (r *Review) Forget() { clear(r.contentKey) }

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
func (s *Service) submitted(ctx context.Context, id uint64, block uint64) (*contracts.ClaimsClaimSubmitted, *types.Log, error) {
	topics := [][]common.Hash{{community.EventID("ClaimSubmitted")}, {common.BigToHash(new(big.Int).SetUint64(id))}}
	var logs []types.Log
	var err error
	if block > 0 {
		logs, err = s.B.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(block), ToBlock: new(big.Int).SetUint64(block),
			Addresses: []common.Address{s.Com.Parts.Claims}, Topics: topics})
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
		if v, ok := ev.(*contracts.ClaimsClaimSubmitted); ok && v.Id.Uint64() == id && logs[i].Address == s.Com.Parts.Claims {
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
func (s *Service) membershipAt(ctx context.Context, member common.Address, at logPos) (joined, covered time.Time, err error) {
	// The member's DuesPaid events alone (member is an indexed topic).
	logs, err := s.Com.TopicLogs(ctx, [][]common.Hash{{community.EventID("DuesPaid")}, {common.BytesToHash(member.Bytes())}})
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	var last *contracts.CommunityDuesPaid
	for i := range logs {
		l := &logs[i]
		if l.Address != s.Com.Address || l.Removed || !posOf(l).before(at) {
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
	m, err := s.Com.MemberStatus(ctx, member)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	return m.JoinedAt, m.CoveredUntil, nil
}

// checkEvidence checks an event's envelope against its hash and the
// claim's commitment (member, amount, term, nullifier, envelope hash).
func checkEvidence(ev *contracts.ClaimsClaimSubmitted, c *Claim) error {
	if crypto.Keccak256Hash(ev.Envelope) != common.Hash(ev.EnvelopeHash) {
		return refused(ErrEnvelope, "claim %d's envelope on chain does not match its hash: it is corrupted", c.ID)
	}
	want := contracts.ClaimCommitment(ev.Member, ev.Amount, ev.Term, ev.Nullifier, ev.EnvelopeHash)
	if c.live && want != c.commitment {
		return refused(ErrEnvelope, "claim %d's event does not match the commitment the contract stores (member, amount, term, nullifier, envelope)", c.ID)
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
	var plain, contentKey []byte
	var openErr error
	for _, k := range keys {
		plain, contentKey, openErr = k.OpenKey(ev.Envelope, aud)
		if openErr == nil {
			break
		}
	}
	if openErr != nil {
		if errors.Is(openErr, disclosure.ErrNotRecipient) {
			return nil, refused(ErrEnvelope, "claim %d is not sealed to any HPKE key kept here for this notary (it was sealed to the keys published when it was filed)", id)
		}
		if errors.Is(openErr, disclosure.ErrEnvelopeOpen) {
			return nil, refused(ErrEnvelope, "claim %d's envelope does not open with this notary's key: its slot may be random bytes (the key published when it was filed could not be sealed to)", id)
		}
		return nil, refused(ErrEnvelope, "claim %d's envelope does not open: %v", id, openErr)
	}
	defer clear(plain)
	payload, err := disclosure.UnmarshalClaimPayload(plain)
	if err != nil {
		clear(contentKey)
		return nil, refused(ErrEnvelope, "claim %d: %v", id, err)
	}
	joined, covered, err := s.membershipAt(ctx, c.Member, posOf(at))
	if err != nil {
		clear(contentKey)
		return nil, err
	}
	paidBy, err := call(ctx, s, s.abi.PackNullifierClaim(ev.Nullifier), s.abi.UnpackNullifierClaim)
	if err != nil {
		clear(contentKey)
		return nil, err
	}
	p := s.Com.Params()
	var identity [32]byte
	var issuerErr error // a node that did not answer is not an untrusted issuer
	in := disclosure.ReviewInput{
		Payload: payload, PaidBy: paidBy.Uint64(),
		Claim: disclosure.OnChainClaim{ID: id, ChainID: s.ChainID, Community: s.Com.Address, Member: c.Member, Amount: c.Amount,
			Nullifier: ev.Nullifier, SubmittedAt: c.SubmittedAt, JoinedAt: joined, CoveredUntil: covered},
		Policy: s.Policy(), Waiting: p.Waiting, MaxPayout: p.MaxPayout, Decimals: s.Com.Token.Decimals,
		Issuer: func(thumb [32]byte) ([32]byte, bool) {
			id, trusted, err := s.Com.IssuerKey(ctx, thumb)
			if err != nil {
				issuerErr = err
				return [32]byte{}, false
			}
			identity = id
			return id, trusted
		},
	}
	checks := disclosure.Review(in)
	r := &Review{Claim: *c, contentKey: contentKey}
	if issuerErr != nil {
		r.Forget()
		return nil, issuerErr
	}
	if pres, err := disclosure.Parse(payload.Presentation); err == nil {
		r.Disclosed = orderedFacts(disclosure.Facts(pres))
		if pl, err := disclosure.Payload(pres); err == nil {
			r.Issuer, _ = pl["iss"].(string)
		}
	}
	// v2: the identity is tied to the credential's iss; the claim is
	// sealed to every notary key of its term as of filing.
	var tied [32]byte
	if identity != ([32]byte{}) {
		if tied, err = s.Com.IssOf(ctx, identity); err != nil {
			r.Forget()
			return nil, err
		}
	}
	checks = append(checks, disclosure.IssuerIdentityCheck(r.Issuer, identity, tied))
	term, err := s.termRecipients(ctx, c.Term, at)
	if err != nil {
		r.Forget()
		return nil, err
	}
	sealed, unusable := disclosure.SealedToCheck(ev.Envelope, term)
	checks = append(checks, sealed)
	r.Checks, r.Unusable, r.Suggested = checks, unusable, SuggestReason(checks)
	return r, nil
}

// termRecipients are the notaries of term seated when the claim at log at
// was filed, each with the key they had published then (MissingKeyID if
// none) and whether it could be sealed to: from the community's events
// before the claim's.
func (s *Service) termRecipients(ctx context.Context, term uint32, at *types.Log) ([]disclosure.TermRecipient, error) {
	before := func(l *types.Log) bool {
		return at == nil || l.BlockNumber < at.BlockNumber || (l.BlockNumber == at.BlockNumber && l.Index < at.Index)
	}
	var seated []common.Address
	keys := map[common.Address][]byte{}
	ids := []common.Hash{community.EventID("TermStarted"), community.EventID("NotaryResigned"), community.EventID("SeatVacated"), community.EventID("NotaryKeySet")}
	err := s.Com.EachLog(ctx, nil, func(l *types.Log) error {
		if !community.IsEvent(l, s.Com.Parts, ids...) || !before(l) {
			return nil
		}
		ev, err := community.DecodeEvent(l)
		if err != nil {
			return err
		}
		switch v := ev.(type) {
		case *contracts.BoardTermStarted:
			if v.Term == term {
				seated = slices.Clone(v.Notaries)
			}
		case *contracts.BoardNotaryResigned:
			if v.Term == term {
				seated = slices.DeleteFunc(seated, func(a common.Address) bool { return a == v.Notary })
			}
		case *contracts.BoardSeatVacated:
			if v.Term == term {
				seated = slices.DeleteFunc(seated, func(a common.Address) bool { return a == v.Notary })
			}
		case *contracts.BoardNotaryKeySet:
			keys[v.Notary] = v.Key
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return recipients(seated, keys), nil
}

// recipients are the slots of notaries with the keys they published.
func recipients(notaries []common.Address, keys map[common.Address][]byte) []disclosure.TermRecipient {
	var out []disclosure.TermRecipient
	for _, n := range notaries {
		k, ok := keys[n]
		if !ok {
			out = append(out, disclosure.TermRecipient{Notary: n, KeyID: disclosure.MissingKeyID(n)})
			continue
		}
		out = append(out, disclosure.TermRecipient{Notary: n, KeyID: disclosure.KeyID(k), Usable: disclosure.UsableKey(k)})
	}
	return out
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
// in its term (or no longer), a recalled board, the notary's own claim, a
// second vote.
func (s *Service) canVote(ctx context.Context, id uint64, notary common.Address) (*Claim, error) {
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
	if c.Status != StatusOpen {
		return nil, refused(ErrNotOpen, "claim %d is %s; votes are taken only while it is open", id, c.Status.Named())
	}
	board := contracts.BoardABI
	vt, err := callBoard(ctx, s, board.PackVoter(c.Term, notary), board.UnpackVoter)
	if err != nil {
		return nil, err
	}
	switch {
	case vt.Recalled.Sign() != 0:
		return nil, refused(ErrNotOpen, "the board of term %d was recalled; it decides no more claims", c.Term)
	case vt.Seat == 0:
		return nil, refused(ErrNotNotary, "%s holds no seat in term %d, the term claim %d was filed in", notary.Hex(), c.Term, id)
	case c.Member == notary:
		return nil, refused(ErrNotNotary, "claim %d is your own; the other notaries decide it", id)
	case (c.approvals|c.rejections)&(1<<(vt.Seat-1)) != 0:
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
	rv.Forget()
	if rv.Claim.Member != c.Member || rv.Claim.Amount.Cmp(c.Amount) != 0 {
		return session.Plan{}, refused(ErrEnvelope, "claim %d changed while it was reviewed (the chain reorganised); review it again", id)
	}
	failed := rv.Failed()
	if len(failed) > 0 && !despiteFailedChecks {
		return session.Plan{}, &session.Error{Kind: session.KindRefused, Err: &ChecksFailedError{Claim: id, Checks: failed},
			Text: (&ChecksFailedError{Claim: id, Checks: failed}).Said()}
	}
	tok := s.Com.Token
	q := s.Com.Params().Quorum
	what := i18n.Say("This approves claim %d (%s %s for %s); it needs %d approvals of its %d notaries, %d so far. Once approved it is in public notice for %s, then paid.",
		id, tok.Format(c.Amount), tok.Symbol, c.Member.Hex(), q, c.Voters, c.Approvals, units.FormatDuration(s.Com.Params().Notice))
	if len(failed) > 0 {
		what = i18n.Say("This approves claim %d (%s %s for %s) DESPITE failed checks (%s), as you decide; it needs %d approvals of its %d notaries, %d so far.",
			id, tok.Format(c.Amount), tok.Symbol, c.Member.Hex(), strings.Join(failed, ", "), q, c.Voters, c.Approvals)
	}
	return session.Plan{To: s.to(), Data: s.abi.PackApproveClaim(new(big.Int).SetUint64(id), c.Member, rv.Claim.Nullifier, rv.Claim.EnvelopeHash), Text: what}.Said(), nil
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

// A rejection's reason code and note are sealed (disclosure.SealReason)
// under the claim envelope's content key, so that only the claimant and
// the term's notaries read them; the rejectClaim transaction carries the
// sealed bytes, its ClaimVote event only their hash.
const NoteMaxSize = disclosure.ReasonNoteMax // bytes of text

// CheckNote refuses a note that is too long, not UTF-8 or has control
// characters.
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

// noteRevealsFacts reports whether note contains any value the claim
// disclosed (compared case-insensitively, in NFKC, spaces folded): a
// notary's note must say why, never what the evidence says.
func noteRevealsFacts(note string, facts []disclosure.Fact) bool {
	fold := func(s string) string {
		s = strings.ToLower(norm.NFKC.String(s))
		return strings.Join(strings.Fields(s), " ")
	}
	n := fold(note)
	var values []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			values = append(values, x)
		case float64, int, int64, json.Number:
			values = append(values, fmt.Sprint(x))
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	for _, f := range facts {
		walk(f.Value)
	}
	for _, v := range values {
		if v := fold(v); len([]rune(v)) >= 2 && strings.Contains(n, v) {
			return true
		}
	}
	return false
}

// Reject plans notary's rejection of claim id for a reason, with an
// optional note, sealed to the claimant and the term's notaries. It opens
// the claim with the notary's keys to seal the reason under its content
// key; a note that contains any value the claim disclosed is refused (it
// would put health data where another notary or a leak could read it). A
// notary who cannot open the claim rejects it as unreadable, with no note
// (the sealed bytes are then random: nobody can read them).
func (s *Service) Reject(ctx context.Context, id uint64, notary common.Address, keys []*disclosure.NotaryKey, reason Reason, note string) (session.Plan, error) {
	if reason == 0 {
		return session.Plan{}, invalid(nil, "a rejection needs a reason code")
	}
	if err := CheckNote(note); err != nil {
		return session.Plan{}, err
	}
	c, err := s.canVote(ctx, id, notary)
	if err != nil {
		return session.Plan{}, err
	}
	rv, err := s.Review(ctx, id, keys)
	var sealed []byte
	switch {
	case errors.Is(err, ErrEnvelope) && reason == ReasonUnreadable && note == "":
		// Nothing to seal under: a reason nobody can open.
		if sealed, err = disclosure.SealedBlank(); err != nil {
			return session.Plan{}, err
		}
		ev, _, serr := s.submitted(ctx, id, c.Block)
		if serr != nil {
			return session.Plan{}, serr
		}
		c.Nullifier, c.EnvelopeHash = ev.Nullifier, ev.EnvelopeHash
	case err != nil:
		return session.Plan{}, err
	default:
		defer rv.Forget()
		if noteRevealsFacts(note, rv.Disclosed) {
			return session.Plan{}, invalid(ErrNote, "the note repeats something the claim discloses; say why the claim fails, never what its evidence says")
		}
		if sealed, err = disclosure.SealReason(rv.contentKey, id, rv.Claim.EnvelopeHash, notary, uint8(reason), note); err != nil {
			return session.Plan{}, err
		}
		c.Nullifier, c.EnvelopeHash = rv.Claim.Nullifier, rv.Claim.EnvelopeHash
	}
	data := s.abi.PackRejectClaim(new(big.Int).SetUint64(id), c.Member, c.Nullifier, c.EnvelopeHash, sealed)
	what := i18n.Say("This rejects claim %d with reason %d (%s), sealed: only the claimant and the term's notaries can read it; publicly the claim is only rejected.", id, reason, reason.Name())
	if note != "" {
		what = i18n.Say("This rejects claim %d with reason %d (%s) and a note, both sealed: only the claimant and the term's notaries can read them.", id, reason, reason.Name())
	}
	return session.Plan{To: s.to(), Data: data, Text: what}.Said(), nil
}

// ContentKey is the content key of claim id's envelope, for whoever holds
// it: the claimant (their wallet key derives it) or a notary of its term
// (their HPKE keys open their slot). The caller clears it.
func (s *Service) ContentKey(ctx context.Context, id uint64, member *ecdsa.PrivateKey, keys []*disclosure.NotaryKey) ([]byte, error) {
	ev, err := s.Com.ClaimEnvelope(ctx, new(big.Int).SetUint64(id))
	if err != nil {
		return nil, err
	}
	if member != nil {
		secret := disclosure.MemberSecret(member)
		defer clear(secret)
		if k, err := disclosure.ContentKeyFor(ev.Envelope, secret); err == nil {
			return k, nil
		}
	}
	aud := disclosure.Audience(s.ChainID, s.Com.Address)
	for _, k := range keys {
		plain, key, err := k.OpenKey(ev.Envelope, aud)
		clear(plain)
		if err == nil {
			return key, nil
		}
	}
	return nil, refused(ErrEnvelope, "claim %d's sealed reasons are read by its claimant and its term's notaries; no key kept here opens it", id)
}

// OpenReasons opens the sealed reasons of claim c's rejections with the
// claim's content key, from their transactions (each checked against the
// hash its ClaimVote event holds). A reason that does not open (a notary
// who could not read the claim sent random bytes) stays unopened.
func (s *Service) OpenReasons(ctx context.Context, c *Claim, contentKey []byte) {
	txs, ok := s.B.(interface {
		TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error)
	})
	if !ok {
		return
	}
	method := s.abi.GetABI().Methods["rejectClaim"]
	for i := range c.Votes {
		v := &c.Votes[i]
		if v.Approve || v.Tx == (common.Hash{}) {
			continue
		}
		tx, _, err := txs.TransactionByHash(ctx, v.Tx)
		if err != nil || tx.To() == nil || *tx.To() != s.Com.Parts.Claims || len(tx.Data()) < 4 || !bytes.Equal(tx.Data()[:4], method.ID) {
			continue
		}
		args, err := method.Inputs.Unpack(tx.Data()[4:])
		if err != nil || len(args) != 5 {
			continue
		}
		sealed, _ := args[4].([]byte)
		if crypto.Keccak256Hash(sealed) != common.Hash(v.Sealed) {
			continue
		}
		code, note, err := disclosure.OpenReason(contentKey, c.ID, c.EnvelopeHash, v.Notary, sealed)
		if err != nil {
			continue
		}
		v.Reason, v.Note, v.Opened = Reason(code), note, true
	}
}
