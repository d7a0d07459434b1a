package disclosure_test

import (
	"strings"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/disclosure"
)

// The diagnosis date must fall inside the member's coverage. The contract
// counts a member eligible from joinedAt + waiting (inclusive) and covered
// while t < coveredUntil; the diagnosis date is the UTC day [d, d+24h), so
// it counts if any second of it is both: d < coveredUntil and
// joinedAt + waiting < d + 24h. Both sides of each edge, to the second.
func TestReviewBoundsTheDiagnosisDateByCoverage(t *testing.T) {
	f := newClaimFixture(t)
	env, _ := f.seal(t, nil, kbc(5000))
	diagnosed := time.Date(2027, 5, 1, 0, 0, 0, 0, time.UTC) // the credential's diagnosis_date
	waiting := 90 * 24 * time.Hour
	later := f.now.Add(60 * 24 * time.Hour)
	for _, c := range []struct {
		name         string
		joined       time.Time
		coveredUntil time.Time
		pass         bool
	}{
		{"covered for the first second of the diagnosis day", f.joined, diagnosed.Add(time.Second), true},
		{"coverage ended the instant the diagnosis day began", f.joined, diagnosed, false},
		{"coverage lapsed the second before the diagnosis day", f.joined, diagnosed.Add(-time.Second), false},
		{"coverage lapsed a week before", f.joined, diagnosed.Add(-7 * 24 * time.Hour), false},
		{"eligible from the last second of the diagnosis day", diagnosed.Add(24*time.Hour - time.Second - waiting), later, true},
		{"eligible from the instant the next day begins", diagnosed.Add(24*time.Hour - waiting), later, false},
		{"eligible from the second after the diagnosis day", diagnosed.Add(24*time.Hour + time.Second - waiting), later, false},
		{"joined a month before the diagnosis", diagnosed.Add(-30 * 24 * time.Hour), later, false},
	} {
		oc := f.onChain(kbc(5000))
		oc.JoinedAt, oc.CoveredUntil = c.joined, c.coveredUntil
		got := f.review(t, env, oc, true)[disclosure.CheckDiagnosisDate]
		if got.Pass != c.pass {
			t.Errorf("%s: diagnosis-date pass=%v (%s), want %v", c.name, got.Pass, got.Reason, c.pass)
		}
	}
}

// The key binding must be signed around the claim's submission: from
// KeyBindingMaxAge before it to 5 minutes (clock skew) after.
func TestReviewBoundsTheKeyBindingIat(t *testing.T) {
	f := newClaimFixture(t)
	for _, c := range []struct {
		name string
		kbAt time.Time
		pass bool
	}{
		{"signed at submission", f.now, true},
		{"5 minutes after submission", f.now.Add(5 * time.Minute), true},
		{"5 minutes and a second after", f.now.Add(5*time.Minute + time.Second), false},
		{"24 hours before submission", f.now.Add(-disclosure.KeyBindingMaxAge), true},
		{"24 hours and a second before", f.now.Add(-disclosure.KeyBindingMaxAge - time.Second), false},
		{"a month before", f.now.Add(-30 * 24 * time.Hour), false},
	} {
		env, _ := f.sealAt(t, nil, kbc(5000), c.kbAt)
		checks := f.review(t, env, f.onChain(kbc(5000)), true)
		for id, got := range checks {
			want := c.pass || id != disclosure.CheckKeyBinding
			if got.Pass != want {
				t.Errorf("%s: %s pass=%v (%s), want %v", c.name, id, got.Pass, got.Reason, want)
			}
		}
	}
}

// The diagnosis day must not be after the UTC day the claim was filed,
// nor wholly before eligibility, nor begin after coverage ended.
func TestDiagnosisDay(t *testing.T) {
	eligible := time.Date(2027, 3, 1, 13, 4, 30, 0, time.UTC)
	covered := time.Date(2027, 9, 1, 0, 0, 0, 0, time.UTC)
	filed := time.Date(2027, 5, 10, 23, 59, 59, 0, time.UTC)
	for _, c := range []struct {
		date string
		want disclosure.DateProblem
	}{
		{"2027-05-10", disclosure.DateOK},              // the day of submission
		{"2027-05-11", disclosure.DateAfterSubmission}, // the day after
		{"2027-03-01", disclosure.DateOK},              // eligible from 13:04:30 that day
		{"2027-02-28", disclosure.DateBeforeEligible},  // wholly before
		{"2027-08-31", disclosure.DateAfterSubmission}, // covered, but after filing
		{"2027-09-01", disclosure.DateAfterCoverage},   // coverage ended as it began
		{"10 May 2027", disclosure.DateUnreadable},     // not YYYY-MM-DD
		{"", disclosure.DateUnreadable},
	} {
		if _, got := disclosure.DiagnosisDay(c.date, eligible, covered, filed); got != c.want {
			t.Errorf("DiagnosisDay(%q) = %v, want %v", c.date, got, c.want)
		}
	}
	// Filed the first second of a UTC day: that day counts, the next does not.
	early := time.Date(2027, 5, 10, 0, 0, 0, 0, time.UTC)
	if _, got := disclosure.DiagnosisDay("2027-05-10", eligible, covered, early); got != disclosure.DateOK {
		t.Errorf("diagnosed the day of filing at 00:00:00: %v", got)
	}
}

// A review fails the diagnosis date of a claim filed before the day of
// diagnosis, and names an already-paid nullifier.
func TestReviewUpperBoundAndPaidNullifier(t *testing.T) {
	f := newClaimFixture(t)
	filed := time.Date(2027, 4, 30, 12, 0, 0, 0, time.UTC) // the credential says diagnosed 2027-05-01
	env, _ := f.sealAt(t, nil, kbc(5000), filed)
	oc := f.onChain(kbc(5000))
	oc.SubmittedAt = filed
	if got := f.review(t, env, oc, true)[disclosure.CheckDiagnosisDate]; got.Pass {
		t.Errorf("diagnosed the day after filing passes: %s", got.Reason)
	}

	env, _ = f.seal(t, nil, kbc(5000))
	oc = f.onChain(kbc(5000))
	oc.ID = 7
	for _, c := range []struct {
		paidBy uint64
		pass   bool
	}{{0, true}, {7, true}, {3, false}} {
		got := f.reviewPaid(t, env, oc, c.paidBy)[disclosure.CheckNotPaid]
		if got.Pass != c.pass || (!c.pass && !strings.Contains(got.Reason, "claim 3")) {
			t.Errorf("paid by %d: pass=%v (%s), want %v", c.paidBy, got.Pass, got.Reason, c.pass)
		}
	}
}
