package disclosure_test

import (
	"strings"
	"testing"

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
		{"the claim's own event", disclosure.Nullifier(f.thumb(), "evt-0b6f9a1c2d"), true, " matches "},
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
