package disclosure

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/units"
)

// ErrBadFact marks a medical fact an issuer must not sign as given: a
// missing event_id or one not in the canonical form (ErrEventID), an
// impossible date, an amount or a currency no
// community could read. Review would reject the claim later; the issuer
// hears it now.
var ErrBadFact = errors.New("bad medical fact")

// CheckMedicalFacts checks the facts of a credential about to be issued.
// currencies are those a treatment cost may be in (a community's currency
// and its token's symbol); empty means any ISO 4217-shaped code.
func CheckMedicalFacts(facts map[string]any, currencies []string) error {
	badFact := func(format string, args ...any) error {
		return i18n.SayErr(ErrBadFact, "bad medical fact: %s", i18n.Say(format, args...))
	}
	var unknown []string
	for name := range facts {
		if !isFact(name) {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return badFact("unknown facts %s; a medical credential carries: %s", strings.Join(unknown, ", "), strings.Join(MedicalFacts, ", "))
	}
	id, ok := facts["event_id"]
	if !ok {
		return badFact("event_id is missing: every credential names its medical event with an unguessable event_id (the claim's nullifier is derived from it)")
	}
	if s, _ := id.(string); !ValidEventID(s) {
		return i18n.SayErr(ErrEventID, "event_id is not in the canonical form (base64url of 16 to 48 bytes): another spelling of the event could be paid again, and a guessable id names the hospital")
	}
	for _, name := range []string{"diagnosis_date", "birthdate"} {
		v, ok := facts[name]
		if !ok {
			continue
		}
		s, _ := v.(string)
		if _, err := time.Parse("2006-01-02", s); err != nil {
			return badFact("%s %v is not a date of the calendar (YYYY-MM-DD, e.g. 2027-02-20)", name, quoted(v))
		}
	}
	if v, ok := facts["treatment_cost"]; ok {
		s := fmt.Sprint(v)
		if _, err := units.ParseAmount(s, 18); err != nil {
			return badFact("treatment_cost %q is not an amount (e.g. 18000 or 18000.50)", s)
		}
	}
	if v, ok := facts["currency"]; ok {
		c, _ := v.(string)
		switch {
		case len(currencies) > 0 && !slices.Contains(currencies, c):
			return badFact("currency %v is not one the community counts costs in (%s)", quoted(v), strings.Join(currencies, ", "))
		case !ValidCurrency(c):
			return badFact("currency %v is not an ISO 4217 code (three capital letters, e.g. CNY)", quoted(v))
		}
	}
	return nil
}

func quoted(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}

// ValidCurrency reports whether s is shaped as an ISO 4217 code: exactly
// three uppercase ASCII letters (the community contract checks the same).
func ValidCurrency(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
