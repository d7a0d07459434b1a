package disclosure_test

import (
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/disclosure"
)

// admissionEstimateVCT is another credential a hospital issues: an
// estimate of the cost of an admission, before any treatment.
const admissionEstimateVCT = "urn:example:hospital:vct:admission-estimate:1"

// issueTyped issues, with the fixture's issuer key and holder, an SD-JWT
// VC of type vct carrying exactly the facts of a medical event
// credential, in the same shape.
func (f *claimFixture) issueTyped(t *testing.T, vct string) *disclosure.SDJWT {
	t.Helper()
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	ij, _ := disclosure.PublicJWK(&f.issuer.PublicKey)
	claims := map[string]any{
		"iss": "https://hospital.example", "iat": f.now.Add(-48 * time.Hour).Unix(), "exp": f.now.Add(365 * 24 * time.Hour).Unix(),
		"vct": vct, "cnf": map[string]any{"jwk": hj},
	}
	for k, v := range map[string]any{"event_id": fixtureEvent, "diagnosis_category": "stroke", "diagnosis_date": "2027-05-01",
		"treatment_cost": "18000", "currency": "KBC", "hospital": "West China Hospital"} {
		claims[k] = disclosure.SD{Value: v}
	}
	cred, err := disclosure.Issue(f.issuer, map[string]any{"typ": "dc+sd-jwt", "jwk": ij}, claims, disclosure.IssueOptions{Shape: &disclosure.MedicalShape})
	if err != nil {
		t.Fatal(err)
	}
	return cred
}

// A hospital's admission-estimate credential that carries the same field
// names as a medical event credential is no evidence of a medical event:
// it passed all 12 checks of the review. It fails the credential type
// line, and no other, which says what the community accepts.
func TestReviewRefusesAnAdmissionEstimateWithTheSameFields(t *testing.T) {
	f := newClaimFixture(t)
	f.cred = f.issueTyped(t, admissionEstimateVCT)
	env, _ := f.seal(t, nil, kbc(5000))
	checks := f.review(t, env, f.onChain(kbc(5000)), true)
	for id, c := range checks {
		if c.Pass != (id != disclosure.CheckCredentialType) {
			t.Errorf("an admission estimate: %s pass=%v (%s)", id, c.Pass, c.Reason)
		}
	}
	if got, want := checks[disclosure.CheckCredentialType].Reason,
		"admission estimate ("+admissionEstimateVCT+") is not a type the community accepts: "+disclosure.MedicalVCT; got != want {
		t.Errorf("reason: got %q, want %q", got, want)
	}
}

// The review's credential type line: the medical event type passes under
// the default policy; a community whose policy names another type accepts
// it too; a policy naming none accepts nothing.
func TestReviewChecksTheCredentialType(t *testing.T) {
	f := newClaimFixture(t)
	env, _ := f.seal(t, nil, kbc(5000))
	if c := f.review(t, env, f.onChain(kbc(5000)), true)[disclosure.CheckCredentialType]; !c.Pass || c.Title != "Credential type accepted" ||
		c.Reason != "medical event ("+disclosure.MedicalVCT+"), a type the community accepts" {
		t.Fatalf("the medical event credential: %+v", c)
	}

	f.cred = f.issueTyped(t, admissionEstimateVCT)
	env, _ = f.seal(t, nil, kbc(5000))
	p := disclosure.ClaimPolicy(contractsCategories, "KBC")
	p.CredentialTypes = append(p.CredentialTypes, admissionEstimateVCT)
	if c := f.reviewWith(t, env, f.onChain(kbc(5000)), true, p)[disclosure.CheckCredentialType]; !c.Pass {
		t.Errorf("a policy naming the admission estimate refuses it: %s", c.Reason)
	}
	p.CredentialTypes = nil
	if c := f.reviewWith(t, env, f.onChain(kbc(5000)), true, p)[disclosure.CheckCredentialType]; c.Pass {
		t.Error("a policy naming no type accepted one")
	}
	if p.AcceptsType("") || !disclosure.ClaimPolicy(nil).AcceptsType(disclosure.MedicalVCT) {
		t.Error("AcceptsType: an empty vct accepted, or the default policy refuses the medical event type")
	}
}
