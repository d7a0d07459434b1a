package claims

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

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

// Request is what a member asks to claim.
type Request struct {
	// Key is the member's wallet key: the credential must be bound to it,
	// and it signs the presentation's key binding.
	Key *ecdsa.PrivateKey
	// Credential is the SD-JWT VC as issued (and kept in the wallet);
	// CredentialID names it for the member.
	Credential   string
	CredentialID string
	Amount       *big.Int
	// Disclose are facts to reveal besides the ones every claim shows.
	Disclose []string
}

// Notary is a seated notary of a term and the HPKE key claims are sealed
// to: KeyID names it in the envelope; Key is nil, and Usable false, when
// the notary published none, and Usable is false when it cannot be
// sealed to (the envelope then holds random bytes in their slot).
type Notary struct {
	Address common.Address
	KeyID   [32]byte
	Key     []byte
	Usable  bool
}

// MissingKeysError names the seated notaries who have published no HPKE
// key: until they do, a claim cannot be sealed to every notary.
type MissingKeysError struct {
	Term     uint32
	Notaries []common.Address
}

func (e *MissingKeysError) Error() string { return e.Said().String() }

// Said is the refusal as a Text (i18n.Sayer).
func (e *MissingKeysError) Said() i18n.Text {
	names := make([]string, len(e.Notaries))
	for i, n := range e.Notaries {
		names[i] = n.Hex()
	}
	return i18n.Say("claims cannot be sealed yet: notary %s of term %d has published no HPKE key, and a claim is sealed to every seated notary; the notary must publish one first",
		strings.Join(names, ", "), e.Term)
}

func (e *MissingKeysError) Unwrap() error { return ErrNoNotaryKey }

// Draft is a claim checked and ready to seal: what it will reveal and to
// whom, before anything is sent.
type Draft struct {
	Member       common.Address
	CredentialID string
	Amount       *big.Int
	// Cost and Currency are the treatment cost the credential discloses.
	Cost     *big.Int
	Currency string
	Term     uint32
	// Notaries are every seated notary of the term, with the key the
	// envelope is sealed to (the member's own seat too, if they hold one).
	Notaries []Notary
	// Unusable are the notaries whose key cannot be sealed to (or who
	// published none): their slot is random bytes, they cannot read the
	// claim, and the review says so.
	Unusable []common.Address
	// Voters are the notaries who vote on it (the member's seat left out).
	Voters int
	// Remaining is what remains of the member's payouts within 365 days.
	Remaining *big.Int
	// Preview is exactly what the notaries will see and what stays hidden.
	Preview disclosure.Preview
	// Issuer is the issuer identity the nullifier is derived from (the
	// community's registry entry of the signing key; the key's own
	// thumbprint if the registry does not know it).
	Issuer        [32]byte
	IssuerKnown   bool
	IssuerTrusted bool
	IssuerName    string // the credential's iss
	Nullifier     [32]byte

	s      *Service
	cred   *disclosure.SDJWT
	key    *ecdsa.PrivateKey
	extra  []string
	policy disclosure.Policy
}

// Policy is the community's claim policy: required facts, covered
// categories, the currencies a cost may be in (its currency and its
// token's symbol), and the credential types accepted as evidence.
func (s *Service) Policy() disclosure.Policy {
	p := s.Com.Params()
	pol := disclosure.ClaimPolicy(p.Categories, s.currencies()...)
	// The credential types (vct) the community accepts: a creation
	// parameter, for Prepare and Review alike.
	if len(p.AcceptedTypes) > 0 {
		pol.CredentialTypes = slices.Clone(p.AcceptedTypes)
	}
	return pol
}

func (s *Service) currencies() []string {
	var out []string
	for _, c := range []string{s.Com.Params().Currency, s.Com.Token.Symbol} {
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// Prepare checks a claim against the community's rules and the
// credential, and returns the draft to show the member. It refuses, before
// anything is sealed or sent: an amount of zero, above the cap or above
// the disclosed treatment cost; a cost in another currency; a credential
// not bound to the member's key, not verifying, expired, of a type (vct)
// the community's policy does not accept, or whose event id is not in the
// canonical form; a member not covered or still in the waiting period; an
// open claim; and a seated notary without a published key.
func (s *Service) Prepare(ctx context.Context, r Request) (*Draft, error) {
	if r.Key == nil {
		return nil, errors.New("no member key")
	}
	member := crypto.PubkeyToAddress(r.Key.PublicKey)
	tok := s.Com.Token
	p := s.Com.Params()
	amt := func(v *big.Int) string { return tok.Format(v) + " " + tok.Symbol }
	if r.Amount == nil || r.Amount.Sign() <= 0 {
		return nil, invalid(ErrAmount, "a claim asks for more than 0 %s", tok.Symbol)
	}
	if r.Amount.Cmp(p.MaxPayout) > 0 {
		return nil, refused(ErrAmount, "the amount %s is above the community's cap of %s per claim", amt(r.Amount), amt(p.MaxPayout))
	}
	now, err := s.chainTime(ctx)
	if err != nil {
		return nil, err
	}

	// The credential: the issuer's signature, bound to this member, valid now.
	cred, err := disclosure.Parse(strings.TrimSpace(r.Credential))
	if err != nil {
		return nil, refused(ErrCredential, "credential %s cannot be read: %v", r.CredentialID, err)
	}
	ijwk, err := disclosure.IssuerJWK(cred)
	if err != nil {
		return nil, refused(ErrCredential, "credential %s: %v", r.CredentialID, err)
	}
	ik, _ := ijwk.PublicKey()
	v, err := cred.Verify(disclosure.VerifyOptions{IssuerKey: ik, Now: now, VC: true})
	var ve *disclosure.VerifyError
	if errors.As(err, &ve) && ve.Rule == disclosure.RuleExpired {
		return nil, refused(ErrCredential, "credential %s has expired (%s); ask the issuer for a new one", r.CredentialID, ve.Detail)
	}
	if err != nil {
		return nil, refused(ErrCredential, "credential %s does not verify: %v", r.CredentialID, err)
	}
	if v.Holder == nil {
		return nil, refused(ErrCredential, "credential %s is bound to no key (no cnf.jwk)", r.CredentialID)
	}
	holder, err := v.Holder.Address()
	if err != nil || holder != member {
		return nil, refused(ErrCredential, "credential %s is bound to %s, not to the claimant %s: only the member it was issued to can claim with it", r.CredentialID, holder.Hex(), member.Hex())
	}

	// Its type: one the community accepts as evidence (a hospital's other
	// credentials may carry the same field names). The sentence does not
	// name the credential's own type: a type can tell an illness.
	policy := s.Policy()
	if vct, _ := v.Claims["vct"].(string); !policy.AcceptsType(vct) {
		return nil, refused(ErrCredential, "credential %s is not of a type this community accepts as evidence of a medical event (it accepts: %s); claim with a medical event credential from the issuer", r.CredentialID, strings.Join(policy.CredentialTypes, ", "))
	}

	// What it reveals, and the amount against the disclosed cost.
	pv, err := policy.Preview(cred, r.Disclose)
	if err != nil {
		return nil, invalid(ErrCredential, "%v", err)
	}
	if len(pv.Missing) > 0 {
		return nil, refused(ErrCredential, "credential %s lacks %s, which every claim must show; ask the issuer for a credential with it", r.CredentialID, strings.Join(pv.Missing, ", "))
	}
	facts := disclosure.Facts(cred)
	currency, _ := facts["currency"].(string)
	if !slices.Contains(policy.Currencies, currency) {
		return nil, refused(ErrAmount, "the treatment cost the credential shows is not in a currency this community reckons in (%s), so the notaries could not compare it with the amount", strings.Join(policy.Currencies, " or "))
	}
	costStr := fmt.Sprint(facts["treatment_cost"])
	cost, err := units.ParseAmount(costStr, tok.Decimals)
	if err != nil {
		return nil, refused(ErrAmount, "the credential's treatment_cost is not an amount the notaries could compare with the claim")
	}
	if r.Amount.Cmp(cost) > 0 {
		return nil, refused(ErrAmount, "the amount is above the treatment cost the credential shows; ask at most that cost")
	}

	// The member: covered, past the waiting period, no open claim.
	m, err := s.Com.MemberStatus(ctx, member)
	if err != nil {
		return nil, err
	}
	switch {
	case !m.Joined():
		return nil, refused(ErrNotEligible, "%s is not a member of this community; members join, and may claim once their waiting period has passed", member.Hex())
	case !m.Active:
		return nil, refused(ErrNotEligible, "%s's coverage ended %s; renew it first (a renewal after the grace period restarts the waiting period)", member.Hex(), community.FormatTime(m.CoveredUntil))
	case !m.Eligible:
		return nil, refused(ErrNotEligible, "waiting period ends %s; claims open then", community.FormatFrom(m.EligibleAt))
	}
	if err := checkFacts(facts, policy, m.JoinedAt.Add(p.Waiting), m.CoveredUntil, now); err != nil {
		return nil, err
	}
	if m.OpenClaim > 0 {
		c, err := s.claimView(ctx, m.OpenClaim)
		if err != nil {
			return nil, err
		}
		if Status(c.Status) == StatusOpen {
			return nil, refused(ErrOpenClaim, "claim %s is still under review until %s; one open claim at a time", c.Id, community.FormatFrom(unixTime(c.ReviewEndsAt)))
		}
	}
	// Within 365 days a member's payouts total at most the cap.
	limit, err := call(ctx, s, s.abi.PackPayoutLimit(member), s.abi.UnpackPayoutLimit)
	if err != nil {
		return nil, err
	}
	if r.Amount.Cmp(limit.Remaining) > 0 {
		if limit.FreesAt == 0 {
			return nil, refused(ErrAmount, "a member's payouts within 365 days total at most %s; %s remains", amt(p.MaxPayout), amt(limit.Remaining))
		}
		return nil, refused(ErrAmount, "a member's payouts within 365 days total at most %s; %s remains, more from %s", amt(p.MaxPayout), amt(limit.Remaining), community.FormatFrom(unixTime(limit.FreesAt)))
	}

	// The issuer's identity on chain names the event.
	thumb, err := ijwk.Thumbprint()
	if err != nil {
		return nil, refused(ErrCredential, "credential %s: %v", r.CredentialID, err)
	}
	identity, trusted, err := s.Com.IssuerKey(ctx, thumb)
	if err != nil {
		return nil, err
	}
	known := identity != [32]byte{}
	if !known {
		identity = thumb // the convention the review applies to an unknown key
	}
	eventID, _ := facts["event_id"].(string) // canonical: checkFacts
	nullifier := disclosure.Nullifier(identity, eventID)
	paidBy, err := call(ctx, s, s.abi.PackNullifierClaim(nullifier), s.abi.UnpackNullifierClaim)
	if err != nil {
		return nil, err
	}
	if paidBy.Sign() > 0 {
		// A claim returned to be filed again (its board recalled) frees it.
		prev, err := s.claimView(ctx, paidBy.Uint64())
		if err != nil {
			return nil, err
		}
		if Status(prev.Status) != StatusReturned {
			return nil, refused(ErrCredential, "this medical event was already paid by claim %s; it cannot be paid twice", paidBy)
		}
	}

	// The term's seated notaries, each with the key they published (a
	// random slot for an unusable or missing one).
	term, notaries, err := s.sealTo(ctx)
	if err != nil {
		return nil, err
	}
	voters, readers := 0, 0
	var unusable []common.Address
	for _, n := range notaries {
		if n.Address == member {
			continue
		}
		voters++
		if n.Usable {
			readers++
		} else {
			unusable = append(unusable, n.Address)
		}
	}
	if voters < p.Quorum {
		return nil, refused(ErrNotEligible, "only %d notaries of term %d could vote on your claim, fewer than the quorum of %d; it could never pass", voters, term, p.Quorum)
	}
	if readers < p.Quorum {
		return nil, refused(ErrNotEligible, "only %d notaries of term %d have a key your claim can be sealed to, fewer than the quorum of %d: it could never pass; wait until they publish usable keys, or the next term", readers, term, p.Quorum)
	}
	iss, _ := v.Claims["iss"].(string)
	return &Draft{
		Member: member, CredentialID: r.CredentialID, Amount: new(big.Int).Set(r.Amount), Cost: cost, Currency: currency,
		Term: term, Notaries: notaries, Unusable: unusable, Voters: voters, Preview: pv, Remaining: limit.Remaining,
		Issuer: identity, IssuerKnown: known, IssuerTrusted: trusted, IssuerName: iss, Nullifier: nullifier,
		s: s, cred: cred, key: r.Key, extra: slices.Clone(r.Disclose), policy: policy,
	}, nil
}

// checkFacts refuses, before anything is revealed, a claim the notaries'
// review is sure to fail: a category the community does not cover, a
// diagnosis date outside the member's eligibility and coverage or after
// today (the rule of the review's checklist, disclosure.DiagnosisDay),
// an event_id that is not a non-empty string or not in the canonical
// form (disclosure.ValidEventID: another spelling of an event already
// paid would get a nullifier of its own). Its sentences name no fact's
// value, not even the event id: errors reach logs and scripts, and the
// id with the public issuer identity gives the claim's nullifier.
func checkFacts(facts map[string]any, policy disclosure.Policy, eligibleFrom, coveredUntil, now time.Time) error {
	id, ok := facts["event_id"].(string)
	if !ok || strings.TrimSpace(id) == "" {
		return refused(ErrCredential, "the credential's event_id is not a non-empty text, so it cannot name the medical event (nor tell it from another); ask the issuer for a credential with one")
	}
	if !disclosure.ValidEventID(id) {
		return refused(ErrCredential, "the credential's event_id is not in the canonical form (base64url of 16 to 48 bytes), so the notaries' review would fail it; ask the issuer to issue the credential again with an event id huzhu makes")
	}
	if cat, _ := facts["diagnosis_category"].(string); !slices.Contains(policy.Covered, cat) {
		return refused(ErrNotCovered, "the credential's diagnosis category is not one this community covers (%s); the notaries would reject the claim", strings.Join(policy.Covered, ", "))
	}
	date, _ := facts["diagnosis_date"].(string)
	switch _, problem := disclosure.DiagnosisDay(date, eligibleFrom, coveredUntil, now); problem {
	case disclosure.DateUnreadable:
		return refused(ErrCredential, "the credential's diagnosis date is not a YYYY-MM-DD date, so the notaries could not check it against your coverage; ask the issuer for a corrected credential")
	case disclosure.DateBeforeEligible:
		return refused(ErrNotCovered, "the credential's diagnosis date is before your waiting period ended (%s); an event diagnosed then is not covered", community.FormatFrom(eligibleFrom))
	case disclosure.DateAfterCoverage:
		return refused(ErrNotCovered, "the credential's diagnosis date is after your coverage ended (%s); an event diagnosed then is not covered", community.FormatTime(coveredUntil))
	case disclosure.DateAfterSubmission:
		return refused(ErrCredential, "the credential's diagnosis date is after today (%s UTC by the chain's clock); a claim is filed after its diagnosis", now.UTC().Format("2006-01-02"))
	}
	return nil
}

// sealTo returns the current term and its seated notaries with their
// latest published keys (a notary without one, or with one that cannot be
// sealed to, gets a random slot: Usable false). A board the members
// recalled takes no claims.
func (s *Service) sealTo(ctx context.Context) (uint32, []Notary, error) {
	board := contracts.BoardABI
	term, err := callBoard(ctx, s, board.PackCurrentTerm(), board.UnpackCurrentTerm)
	if err != nil {
		return 0, nil, err
	}
	recalled, err := callBoard(ctx, s, board.PackRecalledAt(big.NewInt(int64(term))), board.UnpackRecalledAt)
	if err != nil {
		return 0, nil, err
	}
	if recalled.Sign() != 0 {
		return 0, nil, refused(ErrNotEligible, "the board of term %d was recalled by the members and takes no claims; file yours once the next board sits (the early election closes a voting window after the recall)", term)
	}
	seated, err := callBoard(ctx, s, board.PackNotariesOf(big.NewInt(int64(term))), board.UnpackNotariesOf)
	if err != nil {
		return 0, nil, err
	}
	var addrs []common.Address
	for _, a := range seated {
		if a != (common.Address{}) {
			addrs = append(addrs, a)
		}
	}
	keys, err := s.notaryKeys(ctx, addrs)
	if err != nil {
		return 0, nil, err
	}
	var notaries []Notary
	for _, r := range recipients(addrs, keys) {
		notaries = append(notaries, Notary{Address: r.Notary, KeyID: r.KeyID, Key: keys[r.Notary], Usable: r.Usable})
	}
	return term, notaries, nil
}

// notaryKeys returns each notary's current key: the one whose hash the
// Board holds (notaryKeyHash), from its NotaryKeySet event.
func (s *Service) notaryKeys(ctx context.Context, notaries []common.Address) (map[common.Address][]byte, error) {
	want := map[common.Address][32]byte{}
	for _, n := range notaries {
		h, err := s.Com.NotaryKeyHash(ctx, n)
		if err != nil {
			return nil, err
		}
		if h != ([32]byte{}) {
			want[n] = h
		}
	}
	out := map[common.Address][]byte{}
	if len(want) == 0 {
		return out, nil
	}
	keySet := community.EventID("NotaryKeySet")
	err := s.Com.EachLog(ctx, nil, func(l *types.Log) error {
		if !community.IsEvent(l, s.Com.Parts, keySet) {
			return nil
		}
		ev, err := community.DecodeEvent(l)
		if err != nil {
			return err
		}
		k := ev.(*contracts.BoardNotaryKeySet)
		if h, ok := want[k.Notary]; ok && h == k.KeyHash && crypto.Keccak256Hash(k.Key) == common.Hash(h) {
			out[k.Notary] = k.Key
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Keys the logs read lack: ask for each notary's NotaryKeySet events alone.
	var lacking []common.Hash
	for a := range want {
		if _, ok := out[a]; !ok {
			lacking = append(lacking, common.BytesToHash(a.Bytes()))
		}
	}
	if len(lacking) == 0 {
		return out, nil
	}
	found, err := s.Com.TopicLogs(ctx, [][]common.Hash{{keySet}, lacking})
	if err != nil {
		return nil, fmt.Errorf("read the notaries' keys: %w", err)
	}
	for i := range found {
		if !community.IsEvent(&found[i], s.Com.Parts, keySet) {
			continue
		}
		ev, err := community.DecodeEvent(&found[i])
		if err != nil {
			continue
		}
		if k, ok := ev.(*contracts.BoardNotaryKeySet); ok {
			if h := want[k.Notary]; h == k.KeyHash && crypto.Keccak256Hash(k.Key) == common.Hash(h) {
				out[k.Notary] = k.Key
			}
		}
	}
	return out, nil
}

// Sealed is a claim sealed and planned: the envelope goes in the
// submitClaim call, only its hash stays in storage.
type Sealed struct {
	Plan         session.Plan
	Envelope     []byte
	EnvelopeHash [32]byte
	Context      disclosure.ClaimContext
}

// Seal builds the presentation (aud: the community; nonce: this claim;
// signed now, by the chain's clock), seals it with the claim's context to
// every notary of the term, and plans submitClaim for that term.
func (d *Draft) Seal(ctx context.Context) (*Sealed, error) {
	s := d.s
	cctx, err := disclosure.NewClaimContext(s.ChainID, s.Com.Address, d.Member, d.Amount, d.Nullifier)
	if err != nil {
		return nil, err
	}
	at, err := s.signTime(ctx)
	if err != nil {
		return nil, err
	}
	pres, _, err := d.policy.Present(d.cred, d.key, cctx, d.extra, at)
	if err != nil {
		return nil, refused(ErrCredential, "%v", err)
	}
	payload, err := disclosure.ClaimPayload{Version: 1, Claim: cctx, Presentation: pres.String()}.Marshal()
	if err != nil {
		return nil, err
	}
	defer clear(payload)
	slots := make([]disclosure.Slot, len(d.Notaries))
	for i, n := range d.Notaries {
		slots[i] = disclosure.Slot{ID: n.KeyID}
		if n.Usable {
			slots[i].Key = n.Key
		}
	}
	// The content key derives from the member's wallet key, so that they
	// can read the reasons of a rejection later without keeping it.
	secret := disclosure.MemberSecret(d.key)
	defer clear(secret)
	env, _, err := disclosure.SealTo(payload, slots, cctx.Audience(), secret)
	if errors.Is(err, disclosure.ErrPayloadTooLarge) {
		return nil, invalid(ErrCredential, "%v", err)
	}
	if err != nil {
		return nil, err
	}
	tok := s.Com.Token
	text := i18n.Say("This files a claim for %s %s, sealed to the %d notaries of term %d (a %d-byte envelope in the transaction; only its hash is stored).",
		tok.Format(d.Amount), tok.Symbol, len(d.Notaries), d.Term, len(env))
	if len(d.Unusable) > 0 {
		names := make([]string, len(d.Unusable))
		for i, a := range d.Unusable {
			names[i] = a.Hex()
		}
		text = i18n.Say("This files a claim for %s %s, sealed to the notaries of term %d whose keys can be sealed to; %s published no usable key and cannot read it (the review tells the others). A %d-byte envelope goes in the transaction; only its hash is stored.",
			tok.Format(d.Amount), tok.Symbol, d.Term, strings.Join(names, ", "), len(env))
	}
	return &Sealed{
		Plan:     session.Plan{To: s.to(), Data: s.abi.PackSubmitClaim(d.Amount, d.Nullifier, env, d.Term), Text: text}.Said(),
		Envelope: env, EnvelopeHash: disclosure.EnvelopeHash(env), Context: cctx,
	}, nil
}

// TermChanged reports whether err is the contract's refusal of a claim
// sealed for a term that has since ended (a finalize was mined first):
// the claim must be prepared and sealed again, to the new notaries.
func TermChanged(err error) bool {
	var rev *contracts.Revert
	if !errors.As(err, &rev) {
		return false
	}
	_, ok := rev.Value.(*contracts.ClaimsTermChanged)
	return ok
}
