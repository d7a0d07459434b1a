package disclosure_test

import (
	"errors"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/disclosure"
)

// The nullifier line tells the notary in words whether the nullifier
// matches: "matches" for a good claim, "does not match" otherwise.
func TestReviewNullifierReasonSaysWhetherItMatches(t *testing.T) {
	f := newClaimFixture(t)
	env, _ := f.seal(t, nil, kbc(5000))
	for _, tc := range []struct {
		name      string
		nullifier [32]byte
		pass      bool
		word      string
	}{
		{"the claim's own event", disclosure.Nullifier(f.thumb(), fixtureEvent), true, " matches "},
		{"another event", disclosure.Nullifier(f.thumb(), "another-event"), false, " does not match "},
	} {
		oc := f.onChain(kbc(5000))
		oc.Nullifier = tc.nullifier
		c := f.review(t, env, oc, true)[disclosure.CheckNullifier]
		if c.Pass != tc.pass || !strings.Contains(c.Reason, tc.word) {
			t.Errorf("%s: pass=%v reason %q, want pass=%v and %q", tc.name, c.Pass, c.Reason, tc.pass, tc.word)
		}
	}
}

// A credential too large to file says by how many bytes of text to shorten
// it: shortening the notes by that many fits, and three bytes fewer does
// not (so the figure is no gross overestimate), for overshoots of 1 byte
// and more.
func TestIssueTooLargeSaysHowMuchToShorten(t *testing.T) {
	f := newClaimFixture(t)
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	issue := func(notes int) error {
		facts := chineseFacts(strings.Repeat("x", notes))
		_, err := disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{
			Issuer: "https://hospital.example", Holder: hj, IssuedAt: f.now.Add(-time.Hour), Validity: 365 * 24 * time.Hour, Facts: facts,
		}, disclosure.IssueOptions{})
		return err
	}
	// The longest ASCII notes that fit.
	limit := sort.Search(4096, func(n int) bool { return issue(n) != nil }) - 1
	if limit < 0 || issue(limit) != nil || issue(limit+1) == nil {
		t.Fatalf("no limit found for the notes (%d)", limit)
	}
	by := regexp.MustCompile(`by at least (\d+) bytes`)
	for _, over := range []int{1, 2, 3, 4, 5, 6, 7, 8, 100, 1001} {
		err := issue(limit + over)
		m := by.FindStringSubmatch(errOrEmpty(err))
		if !errors.Is(err, disclosure.ErrCredentialTooLarge) || m == nil {
			t.Fatalf("%d bytes over: %v, want ErrCredentialTooLarge saying by how much to shorten", over, err)
		}
		x, _ := strconv.Atoi(m[1])
		if x < 1 {
			t.Errorf("%d bytes over: asks to shorten by %d", over, x)
		}
		if limit+over-x < 0 {
			t.Errorf("%d bytes over: asks to shorten by %d, more than the notes hold", over, x)
			continue
		}
		if err := issue(limit + over - x); err != nil {
			t.Errorf("%d bytes over, shortened by the %d asked: %v", over, x, err)
		}
		if over-x+3 > 0 && issue(limit+over-x+3) == nil {
			t.Errorf("%d bytes over: shortened by %d, 3 fewer than the %d asked, it fits already", over, x-3, x)
		}
	}
}

func errOrEmpty(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
