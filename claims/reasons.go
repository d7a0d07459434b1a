package claims

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/huzhu-community/huzhu/disclosure"
)

// Reason is a rejection's code, as the contract records it (see the
// package doc for the list).
type Reason uint8

const (
	ReasonEvidenceInvalid Reason = 1 + iota
	ReasonNotCovered
	ReasonAmountTooHigh
	ReasonUntrustedIssuer
	ReasonDuplicateEvent
	ReasonUnreadable
	ReasonOther
)

// Reasons are the codes huzhu knows, in order.
var Reasons = []Reason{ReasonEvidenceInvalid, ReasonNotCovered, ReasonAmountTooHigh, ReasonUntrustedIssuer, ReasonDuplicateEvent, ReasonUnreadable, ReasonOther}

var reasonNames = map[Reason][2]string{
	ReasonEvidenceInvalid: {"evidence-invalid", "the presentation does not verify (signature, holder or key binding, claim context)"},
	ReasonNotCovered:      {"not-covered", "the category is not covered, or the diagnosis falls outside eligibility or coverage"},
	ReasonAmountTooHigh:   {"amount-too-high", "the amount exceeds the treatment cost or the cap, or the cost is in another currency"},
	ReasonUntrustedIssuer: {"untrusted-issuer", "the issuer is not trusted in the community's registry"},
	ReasonDuplicateEvent:  {"duplicate-event", "the medical event was already claimed, or the nullifier does not name it"},
	ReasonUnreadable:      {"unreadable", "the envelope does not open or is not a claim"},
	ReasonOther:           {"other", "none of the above"},
}

// Name is the code's name ("not-covered"); a code huzhu does not know
// is "reason-N".
func (r Reason) Name() string {
	if n, ok := reasonNames[r]; ok {
		return n[0]
	}
	return fmt.Sprintf("reason-%d", uint8(r))
}

// Description says what the code means.
func (r Reason) Description() string {
	if n, ok := reasonNames[r]; ok {
		return n[1]
	}
	return "a code this huzhu does not know"
}

func (r Reason) String() string { return r.Name() }

// ParseReason reads a code by number ("2") or name ("not-covered").
func ParseReason(s string) (Reason, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	if n, err := strconv.ParseUint(s, 10, 8); err == nil {
		if _, ok := reasonNames[Reason(n)]; ok {
			return Reason(n), nil
		}
	}
	for _, r := range Reasons {
		if r.Name() == s {
			return r, nil
		}
	}
	var known []string
	for _, r := range Reasons {
		known = append(known, fmt.Sprintf("%d %s", r, r.Name()))
	}
	return 0, invalid(nil, "%q is not a rejection reason; the reasons are: %s", s, strings.Join(known, ", "))
}

// SuggestReason is the reason the first failed check of a review points
// to (0 when every check passed).
func SuggestReason(checks []disclosure.Check) Reason {
	for _, c := range checks {
		if c.Pass {
			continue
		}
		switch c.ID {
		case disclosure.CheckIssuerTrusted:
			return ReasonUntrustedIssuer
		case disclosure.CheckCategory, disclosure.CheckDiagnosisDate:
			return ReasonNotCovered
		case disclosure.CheckAmount:
			return ReasonAmountTooHigh
		case disclosure.CheckNullifier, disclosure.CheckNotPaid:
			return ReasonDuplicateEvent
		default:
			return ReasonEvidenceInvalid
		}
	}
	return 0
}
