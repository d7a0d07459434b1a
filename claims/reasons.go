package claims

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
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

// reasonNames: each code's name (what a notary types; never translated)
// and what it means, said as a Text for each face to word.
var reasonNames = map[Reason]struct {
	name string
	says i18n.Text
}{
	ReasonEvidenceInvalid: {"evidence-invalid", i18n.Say("the presentation does not verify (signature, holder or key binding, claim context)")},
	ReasonNotCovered:      {"not-covered", i18n.Say("the category is not covered, or the diagnosis falls outside eligibility or coverage")},
	ReasonAmountTooHigh:   {"amount-too-high", i18n.Say("the amount exceeds the treatment cost or the cap, or the cost is in another currency")},
	ReasonUntrustedIssuer: {"untrusted-issuer", i18n.Say("the issuer is not trusted in the community's registry")},
	ReasonDuplicateEvent:  {"duplicate-event", i18n.Say("the medical event was already claimed, or the nullifier does not name it")},
	ReasonUnreadable:      {"unreadable", i18n.Say("the envelope does not open or is not a claim")},
	ReasonOther:           {"other", i18n.Say("none of the above")},
}

// Name is the code's name ("not-covered"); a code huzhu does not know
// is "reason-N". It is what a notary types, in every language.
func (r Reason) Name() string {
	if n, ok := reasonNames[r]; ok {
		return n.name
	}
	return fmt.Sprintf("reason-%d", uint8(r))
}

// Meaning says what the code means, as a Text each face words.
func (r Reason) Meaning() i18n.Text {
	if n, ok := reasonNames[r]; ok {
		return n.says
	}
	return i18n.Say("a code this huzhu does not know")
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
