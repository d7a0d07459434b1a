package disclosure

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/units"
)

// What a notary's review shows for one claim (SPEC section 7): each check
// with pass or fail and the reason, in this order.
const (
	CheckIssuerSignature = "issuer-signature"
	CheckIssuerTrusted   = "issuer-trusted"
	CheckNotExpired      = "not-expired"
	CheckCredentialType  = "credential-type"
	CheckHolderBinding   = "holder-binding"
	CheckKeyBinding      = "key-binding"
	CheckRequiredFacts   = "required-facts"
	CheckCategory        = "category-covered"
	CheckDiagnosisDate   = "diagnosis-date"
	CheckAmount          = "amount"
	CheckEventID         = "event-id-canonical"
	CheckNullifier       = "nullifier"
	CheckNotPaid         = "not-paid-before"
	CheckClaimContext    = "claim-context"
)

// Check is one line of the review.
type Check struct {
	ID    string
	Title string
	Pass  bool
	// Reason is why, in English (what --json carries); Text is the same
	// sentence for a face to word in its language.
	Reason string
	Text   i18n.Text
}

func check(id string, pass bool, t i18n.Text) Check {
	return Check{ID: id, Title: titles[id], Pass: pass, Reason: t.String(), Text: t}
}

// OnChainClaim is what the chain says about a claim and its member.
type OnChainClaim struct {
	// ID is the claim's id (0 if unknown): a nullifier already paid by
	// this very claim is not a duplicate.
	ID          uint64
	ChainID     uint64
	Community   common.Address
	Member      common.Address
	Amount      *big.Int
	Nullifier   [32]byte
	SubmittedAt time.Time
	// JoinedAt and CoveredUntil are the member's as they stood when the
	// claim was filed (a later renewal or re-join does not count).
	JoinedAt     time.Time
	CoveredUntil time.Time
}

// ReviewInput is everything a review looks at.
type ReviewInput struct {
	Payload   *ClaimPayload
	Claim     OnChainClaim
	Policy    Policy
	Waiting   time.Duration
	MaxPayout *big.Int
	Decimals  uint8 // of the community token, to read treatment_cost
	// Issuer looks an issuer key thumbprint up in the community's
	// registry: the identity the key belongs to, and whether it is trusted.
	// identity is non-zero whenever the registry knows the key, trusted or
	// not (a revoked key still belongs to its hospital, and the nullifier
	// line must still name the hospital's event); zero only for a key the
	// registry has never seen. (An identity's id is the thumbprint of its
	// first key.)
	Issuer func(thumbprint [32]byte) (identity [32]byte, trusted bool)
	// PaidBy is the claim the contract records as having been paid for
	// the claim's nullifier (nullifierClaim), 0 if none.
	PaidBy uint64
}

// DateProblem says why a diagnosis date does not fall where a claim
// needs it; DateOK when it does.
type DateProblem int

const (
	DateOK DateProblem = iota
	// DateUnreadable: not a YYYY-MM-DD date.
	DateUnreadable
	// DateBeforeEligible: the whole UTC day is before the waiting period ended.
	DateBeforeEligible
	// DateAfterCoverage: the day begins at or after coverage ended.
	DateAfterCoverage
	// DateAfterSubmission: the day is after the UTC day the claim was filed.
	DateAfterSubmission
)

// DiagnosisDay reads a diagnosis date as the UTC calendar day
// [d, d+24h) and places it against a member's eligibility and coverage
// as of a claim's submission. The contract counts the member eligible
// from eligibleFrom (joinedAt + waiting, inclusive) and covered while
// t < coveredUntil. The day passes the lower bound if any second of it
// is eligible (a hospital records the day, not the hour, so the member
// is given the benefit of the doubt), and the coverage bound if it
// begins before coverage ends; it must not be after the UTC day of the
// submission (a diagnosis cannot come after the claim for it).
func DiagnosisDay(date string, eligibleFrom, coveredUntil, submitted time.Time) (time.Time, DateProblem) {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		return time.Time{}, DateUnreadable
	}
	filed := submitted.UTC()
	switch {
	case !d.Add(24 * time.Hour).After(eligibleFrom):
		return d, DateBeforeEligible
	case !d.Before(coveredUntil):
		return d, DateAfterCoverage
	case d.After(time.Date(filed.Year(), filed.Month(), filed.Day(), 0, 0, 0, 0, time.UTC)):
		return d, DateAfterSubmission
	}
	return d, DateOK
}

// The key binding of a claim must be signed around the claim's submission:
// not after it (beyond VerifyOptions' 5-minute clock skew), and not more
// than KeyBindingMaxAge before it, so a presentation made for one claim
// cannot be held back and filed much later. Verify uses the same bound,
// relative to its Now, whenever it requires a key binding and is given no
// MaxKeyBindingAge.
const KeyBindingMaxAge = 24 * time.Hour

// IssuerJWK is the issuer's key as the credential's header names it.
func IssuerJWK(s *SDJWT) (*JWK, error) {
	j, err := parseJWT(s.IssuerJWT)
	if err != nil {
		return nil, err
	}
	raw, ok := j.header["jwk"]
	if !ok {
		return nil, errors.New("the credential's header names no issuer key (jwk)")
	}
	b, _ := json.Marshal(raw)
	var k JWK
	if err := json.Unmarshal(b, &k); err != nil {
		return nil, fmt.Errorf("the credential's header jwk: %v", err)
	}
	if _, err := k.PublicKey(); err != nil {
		return nil, err
	}
	return &k, nil
}

// Review runs the notary's checklist. It never stops early: every line
// says pass or fail, so the notary sees the whole picture.
func Review(in ReviewInput) []Check {
	var out []Check
	checked := func(id string, pass bool, format string, args ...any) {
		out = append(out, check(id, pass, i18n.Say(format, args...)))
	}
	c := in.Claim
	pres, perr := Parse(in.Payload.Presentation)
	var issuer *JWK
	if perr == nil {
		issuer, perr = IssuerJWK(pres)
	}
	if perr != nil {
		checked(CheckIssuerSignature, false, "%v", perr)
		for _, id := range []string{CheckIssuerTrusted, CheckNotExpired, CheckCredentialType, CheckHolderBinding, CheckKeyBinding, CheckRequiredFacts, CheckCategory, CheckDiagnosisDate, CheckAmount, CheckEventID, CheckNullifier, CheckNotPaid} {
			checked(id, false, "not checked: the presentation cannot be read")
		}
		return append(out, contextCheck(in))
	}
	ik, _ := issuer.PublicKey()
	thumb, _ := issuer.Thumbprint()

	// Issuer signature and disclosures, at the time the claim was filed.
	// The key binding has a line of its own: it is left out here, so a
	// bad one does not hide every other check.
	base := VerifyOptions{IssuerKey: ik, Now: c.SubmittedAt, VC: true}
	credOnly := *pres
	credOnly.KeyBinding = ""
	v, err := credOnly.Verify(base)
	var ve *VerifyError
	expired := errors.As(err, &ve) && ve.Rule == RuleExpired
	switch {
	case err == nil || expired:
		checked(CheckIssuerSignature, true, "signed by %s, every disclosure checks out", short(thumb))
	default:
		checked(CheckIssuerSignature, false, "%v", err)
	}
	var identity [32]byte
	trusted := false
	if in.Issuer != nil {
		identity, trusted = in.Issuer(thumb)
	}
	switch {
	case identity == [32]byte{}:
		// A key the registry does not know is taken as an identity of its
		// own, so the nullifier line still says whether the claim names
		// this event.
		identity = thumb
		checked(CheckIssuerTrusted, false, "key %s names no issuer in the community's registry", short(thumb))
	case trusted:
		checked(CheckIssuerTrusted, true, "key %s belongs to issuer %s, trusted in the community's registry", short(thumb), short(identity))
	default:
		checked(CheckIssuerTrusted, false, "key %s belongs to issuer %s, but is not trusted in the community's registry (revoked, or the issuer is)", short(thumb), short(identity))
	}
	if expired {
		checked(CheckNotExpired, false, "%s; the claim was filed %s", ve.Detail, day(c.SubmittedAt))
		base.IgnoreValidity = true
		v, err = credOnly.Verify(base)
	} else if err == nil {
		if exp, ok := numericDate(v.Claims["exp"]); ok {
			checked(CheckNotExpired, true, "valid until %s, claim filed %s", day(exp), day(c.SubmittedAt))
		} else {
			checked(CheckNotExpired, false, "the credential has no expiry (exp)")
		}
	} else {
		checked(CheckNotExpired, false, "not checked: the credential does not verify")
	}
	out = append(out, typeCheck(v, in.Policy))
	if err != nil || v == nil {
		for _, id := range []string{CheckHolderBinding, CheckKeyBinding, CheckRequiredFacts, CheckCategory, CheckDiagnosisDate, CheckAmount, CheckEventID, CheckNullifier, CheckNotPaid} {
			checked(id, false, "not checked: the credential does not verify")
		}
		return append(out, contextCheck(in))
	}

	// Holder binding: the credential's key is the claimant's wallet.
	if v.Holder == nil {
		checked(CheckHolderBinding, false, "the credential names no holder key")
	} else if addr, err := v.Holder.Address(); err != nil {
		checked(CheckHolderBinding, false, "%v", err)
	} else {
		checked(CheckHolderBinding, addr == c.Member, "cnf.jwk is %s, the claimant is %s", addr.Hex(), c.Member.Hex())
	}

	// Key binding: sd_hash, aud (this community), nonce (this claim), iat.
	kbOpts := base
	// The nonce expected is the one of the claim on chain (with the
	// envelope's salt), not the one the envelope says.
	onChain := ClaimContext{ChainID: c.ChainID, Community: c.Community.Hex(), Member: c.Member.Hex(),
		Amount: c.Amount.String(), Nullifier: common.Hash(c.Nullifier).Hex(), Salt: in.Payload.Claim.Salt}
	kbOpts.KeyBinding, kbOpts.Audience, kbOpts.Nonce = true, Audience(c.ChainID, c.Community), onChain.Nonce()
	kbOpts.MaxKeyBindingAge = KeyBindingMaxAge
	if _, err := pres.Verify(kbOpts); err != nil {
		checked(CheckKeyBinding, false, "%v", err)
	} else {
		checked(CheckKeyBinding, true, "signed by the holder for %s and this claim", kbOpts.Audience)
	}

	facts := v.Claims
	var missing []string
	for _, r := range in.Policy.Required {
		if _, ok := facts[r]; !ok {
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 {
		checked(CheckRequiredFacts, false, "missing: %s", strings.Join(missing, ", "))
	} else {
		checked(CheckRequiredFacts, true, "all %d required facts are disclosed", len(in.Policy.Required))
	}

	cat, _ := facts["diagnosis_category"].(string)
	covered := cat != "" && slices.Contains(in.Policy.Covered, cat)
	checked(CheckCategory, covered, "%q; covered: %s", cat, strings.Join(in.Policy.Covered, ", "))

	dateStr, _ := facts["diagnosis_date"].(string)
	earliest := c.JoinedAt.Add(in.Waiting)
	if _, problem := DiagnosisDay(dateStr, earliest, c.CoveredUntil, c.SubmittedAt); problem == DateUnreadable {
		checked(CheckDiagnosisDate, false, "diagnosis_date %q is not a YYYY-MM-DD date", dateStr)
	} else {
		checked(CheckDiagnosisDate, problem == DateOK, "diagnosed %s (the UTC day); eligible from %s; covered until %s (exclusive); filed %s",
			dateStr, stamp(earliest), stamp(c.CoveredUntil), day(c.SubmittedAt))
	}

	costStr := fmt.Sprint(facts["treatment_cost"])
	cost, err := units.ParseAmount(costStr, in.Decimals)
	if err != nil {
		checked(CheckAmount, false, "treatment_cost %q is not an amount", costStr)
	} else {
		limit := cost
		if in.MaxPayout != nil && in.MaxPayout.Cmp(limit) < 0 {
			limit = in.MaxPayout
		}
		currency, _ := facts["currency"].(string)
		// Costs are compared as numbers only in a currency the community
		// counts one to one with its token.
		accepted := slices.Contains(in.Policy.Currencies, currency)
		reason := i18n.Say("asks %s; treatment cost %s %s; cap %s",
			units.FormatAmount(c.Amount, in.Decimals), costStr, currency, units.FormatAmount(in.MaxPayout, in.Decimals))
		if !accepted {
			reason = i18n.Say("the treatment cost is in %q; the community accepts %s", currency, strings.Join(in.Policy.Currencies, ", "))
		}
		checked(CheckAmount, accepted && c.Amount.Cmp(limit) <= 0, "%s", reason)
	}

	// An event id in any other form could be another spelling of an event
	// paid already, under another nullifier.
	eventID, _ := facts["event_id"].(string)
	if ValidEventID(eventID) {
		checked(CheckEventID, true, "event_id is in the canonical form (base64url of %d bytes)", len(eventID)*6/8)
	} else {
		checked(CheckEventID, false, "event_id is not in the canonical form (base64url of 16 to 48 bytes): another spelling of the same event could be paid again; the issuer must issue the credential again with an id huzhu generates")
	}
	want := Nullifier(identity, eventID)
	if want == c.Nullifier {
		checked(CheckNullifier, eventID != "", "keccak256(issuer %s, event_id) matches the claim's nullifier", short(identity))
	} else {
		checked(CheckNullifier, false, "keccak256(issuer %s, event_id) does not match the claim's nullifier", short(identity))
	}
	out = append(out, paidCheck(in))
	return append(out, contextCheck(in))
}

var titles = map[string]string{
	CheckIssuerSignature: "Issuer signature",
	CheckIssuerTrusted:   "Issuer trusted",
	CheckNotExpired:      "Not expired",
	CheckCredentialType:  "Credential type accepted",
	CheckHolderBinding:   "Holder binding",
	CheckKeyBinding:      "Key binding (sd_hash, aud, nonce, iat)",
	CheckRequiredFacts:   "Required facts present",
	CheckCategory:        "Category covered",
	CheckDiagnosisDate:   "Diagnosis date (UTC day) within coverage",
	CheckAmount:          "Amount within cost and cap",
	CheckEventID:         "Event id canonical",
	CheckNullifier:       "Nullifier matches",
	CheckNotPaid:         "Event not already paid",
	CheckClaimContext:    "Envelope names this claim",
}

// typeCheck says whether the credential is of a type the policy accepts
// as evidence of a medical event (v is nil when it does not verify).
func typeCheck(v *Verified, p Policy) Check {
	if v == nil {
		return check(CheckCredentialType, false, i18n.Say("not checked: the credential does not verify"))
	}
	vct, _ := v.Claims["vct"].(string)
	if p.AcceptsType(vct) {
		return check(CheckCredentialType, true, i18n.Say("%s (%s), a type the community accepts", TypeName(vct), vct))
	}
	if len(p.CredentialTypes) == 0 {
		return check(CheckCredentialType, false, i18n.Say("%s (%s); the community accepts no credential type", TypeName(vct), vct))
	}
	return check(CheckCredentialType, false, i18n.Say("%s (%s) is not a type the community accepts: %s", TypeName(vct), vct, strings.Join(p.CredentialTypes, ", ")))
}

// paidCheck says whether the contract has already paid a claim for the
// nullifier (another claim than this one).
func paidCheck(in ReviewInput) Check {
	switch {
	case in.PaidBy == 0:
		return check(CheckNotPaid, true, i18n.Say("no claim has been paid for this nullifier"))
	case in.PaidBy == in.Claim.ID:
		return check(CheckNotPaid, true, i18n.Say("this claim is the one approved for this nullifier"))
	}
	return check(CheckNotPaid, false, i18n.Say("claim %d was already paid for this nullifier", in.PaidBy))
}

// contextCheck compares the envelope's claim context with the chain.
func contextCheck(in ReviewInput) Check {
	x, c := in.Payload.Claim, in.Claim
	var diffs []string
	if x.ChainID != c.ChainID {
		diffs = append(diffs, "chain")
	}
	if !common.IsHexAddress(x.Community) || common.HexToAddress(x.Community) != c.Community {
		diffs = append(diffs, "community")
	}
	if !common.IsHexAddress(x.Member) || common.HexToAddress(x.Member) != c.Member {
		diffs = append(diffs, "member")
	}
	if x.Amount != c.Amount.String() {
		diffs = append(diffs, "amount")
	}
	if common.HexToHash(x.Nullifier) != common.Hash(c.Nullifier) {
		diffs = append(diffs, "nullifier")
	}
	if len(diffs) > 0 {
		return check(CheckClaimContext, false, i18n.Say("differs from the claim on chain in: %s", strings.Join(diffs, ", ")))
	}
	return check(CheckClaimContext, true, i18n.Say("chain, community, member, amount and nullifier match"))
}

func short(t [32]byte) string { return b64.EncodeToString(t[:])[:10] + "…" }

func day(t time.Time) string { return t.UTC().Format("2006-01-02") }

func stamp(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") }

// Header returns the issuer-signed JWT's header.
func Header(s *SDJWT) (map[string]any, error) {
	j, err := parseJWT(s.IssuerJWT)
	if err != nil {
		return nil, err
	}
	return j.header, nil
}

// Payload returns the issuer-signed JWT's payload, digests and all.
func Payload(s *SDJWT) (map[string]any, error) {
	j, err := parseJWT(s.IssuerJWT)
	if err != nil {
		return nil, err
	}
	return j.payload, nil
}
