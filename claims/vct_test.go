package claims_test

import (
	"strings"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/disclosure"
)

// A hospital's admission-estimate credential, signed by a trusted issuer
// key and carrying the same field names as a medical event credential, is
// refused before anything is sealed: its type (vct) is not one the
// community accepts. The refusal names the accepted types, not the
// credential's own (a type can tell an illness).
func TestPrepareRefusesAnAdmissionEstimateWithTheSameFields(t *testing.T) {
	f := joined(t, 12)
	member := f.c.Accounts[4]
	now, _ := f.c.Now(f.ctx)
	hj, _ := disclosure.PublicJWK(&member.Key.PublicKey)
	ij, _ := disclosure.PublicJWK(&f.issuer.PublicKey)
	const estimate = "urn:example:hospital:vct:oncology-admission-estimate:1"
	claimsOf := map[string]any{
		"iss": "https://hospital.example", "iat": now.Add(-time.Hour).Unix(), "exp": now.Add(365 * 24 * time.Hour).Unix(),
		"vct": estimate, "cnf": map[string]any{"jwk": hj},
	}
	for k, v := range map[string]any{"event_id": event("estimate"), "diagnosis_category": "stroke", "diagnosis_date": now.Add(-24 * time.Hour).UTC().Format("2006-01-02"),
		"treatment_cost": "3000", "currency": "CNY", "hospital": "West China Hospital"} {
		claimsOf[k] = disclosure.SD{Value: v}
	}
	cred, err := disclosure.Issue(f.issuer, map[string]any{"typ": "dc+sd-jwt", "jwk": ij}, claimsOf, disclosure.IssueOptions{Shape: &disclosure.MedicalShape})
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Prepare(f.ctx, claims.Request{Key: member.Key, Credential: cred.String(), CredentialID: "c", Amount: simchain.Tokens(100)})
	if !isRefusal(err, claims.ErrCredential) || !strings.Contains(err.Error(), "not of a type this community accepts") || !strings.Contains(err.Error(), disclosure.MedicalVCT) {
		t.Fatalf("an admission estimate: got %v, want a refusal naming the accepted type", err)
	}
	if strings.Contains(err.Error(), "oncology") {
		t.Fatalf("the refusal %q names the credential's type", err)
	}
	// The same facts in a medical event credential: accepted.
	if _, err := f.svc.Prepare(f.ctx, claims.Request{Key: member.Key, Credential: f.credential(member.Key, event("estimate"), now.Add(-24*time.Hour), "3000", "CNY"), CredentialID: "c", Amount: simchain.Tokens(100)}); err != nil {
		t.Fatalf("a medical event credential: %v", err)
	}
	if got := f.svc.Policy().CredentialTypes; len(got) != 1 || got[0] != disclosure.MedicalVCT {
		t.Fatalf("the community's policy accepts %v, want the medical event type", got)
	}
}
