package claims_test

import (
	"strings"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/claims"
)

// Across spellings (issue 14): one medical event in credentials of the
// same hospital as "ZY-2027-0042" and "ZY-2027-0042 " (or in lower case,
// or in Unicode NFD) got one nullifier per spelling, and each was filed,
// approved and paid. Prepare refuses every event id that is not in the
// canonical form before anything is sealed: a refusal (exit 3 in the CLI)
// that names the fix and not the id.
func TestTrailingSpaceEventIDPaysTwice(t *testing.T) {
	f := joined(t, 12)
	member := f.c.Accounts[4]
	now, _ := f.c.Now(f.ctx)
	paid := 0
	spellings := []string{"ZY-2027-0042", "ZY-2027-0042 ", "zy-2027-0042", "Z\u00e9-2027-0042", "Ze\u0301-2027-0042"}
	for _, id := range spellings {
		cred := f.credential(member.Key, id, now.Add(-24*time.Hour), "3000", "CNY")
		_, err := f.svc.Prepare(f.ctx, claims.Request{Key: member.Key, Credential: cred, CredentialID: "c", Amount: simchain.Tokens(300)})
		if err == nil {
			// What happened before v2: filed, approved by two, paid.
			claim := f.file(member, cred, 300, nil)
			for i := range 2 {
				p, err := f.svc.Approve(f.ctx, claim, f.m.Notaries[i].From(), f.notKeys[i:i+1], false)
				if err != nil {
					t.Fatal(err)
				}
				f.send(f.m.Notaries[i], p)
			}
			if c, err := f.svc.Show(f.ctx, claim); err == nil && c.Status == claims.StatusPaid {
				paid++
			}
			continue
		}
		if !isRefusal(err, claims.ErrCredential) || !strings.Contains(err.Error(), "canonical form") || !strings.Contains(err.Error(), "ask the issuer") {
			t.Errorf("%q: got %v, want a refusal saying the id is not in the canonical form and to ask the issuer", id, err)
		}
		if strings.Contains(err.Error(), strings.TrimSpace(id)) {
			t.Errorf("%q: the refusal %q repeats the event id", id, err)
		}
	}
	if paid > 0 {
		t.Fatalf("one medical event was paid %d times, once under each spelling of its id", paid)
	}
}
