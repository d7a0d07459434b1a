package disclosure_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/disclosure"
)

// CheckIssued keeps a credential as issued, bound to a wallet key, and
// refuses a presentation, an expired one, and text that is none; Summarize
// reads its issuer, dates and every fact, also after it expired.
func TestCheckIssuedAndSummarize(t *testing.T) {
	ik := newIssuerKey(t)
	hk, _ := crypto.GenerateKey()
	holder, err := disclosure.PublicJWK(&hk.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	cred, err := disclosure.IssueMedical(ik, disclosure.MedicalCredential{
		Issuer: "https://hospital.example", Holder: holder, IssuedAt: at, Validity: 24 * time.Hour,
		Facts: map[string]any{"diagnosis_code": "J18.9", "hospital": "General"},
	}, disclosure.IssueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := disclosure.CheckIssued("  "+cred.String()+"\n", at.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if got.Holder != crypto.PubkeyToAddress(hk.PublicKey) || got.Raw != cred.String() {
		t.Fatalf("holder %s, raw trimmed %v", got.Holder.Hex(), got.Raw == cred.String())
	}
	if _, err := disclosure.CheckIssued(cred.String(), at.Add(48*time.Hour)); !errors.Is(err, disclosure.ErrNotIssued) || !strings.Contains(err.Error(), "does not verify") {
		t.Fatalf("expired: %v", err)
	}
	if _, err := disclosure.CheckIssued("hello", at); !errors.Is(err, disclosure.ErrNotIssued) || !strings.HasPrefix(err.Error(), "not a credential") {
		t.Fatalf("not a credential: %v", err)
	}
	pres := cred.Present(nil)
	if err := pres.Bind(hk, "aud", "nonce", at); err != nil {
		t.Fatal(err)
	}
	if _, err := disclosure.CheckIssued(pres.String(), at); !errors.Is(err, disclosure.ErrNotIssued) || !strings.Contains(err.Error(), "presentation") {
		t.Fatalf("presentation: %v", err)
	}

	sum, facts := disclosure.Summarize(cred.String())
	thumb, _ := got.Issuer.Thumbprint()
	if sum.Issuer != "https://hospital.example" || !sum.Issued.Equal(at) || !sum.Expires.Equal(at.Add(24*time.Hour)) ||
		sum.Facts != 2 || !sum.HasIssuer || sum.IssuerThumbprint != thumb {
		t.Fatalf("summary %+v", sum)
	}
	if facts["diagnosis_code"] != "J18.9" || facts["hospital"] != "General" {
		t.Fatalf("facts %v", facts)
	}
	if s, f := disclosure.Summarize("garbage"); f != nil || s.Facts != 0 {
		t.Fatalf("garbage summarized: %+v %v", s, f)
	}
}
