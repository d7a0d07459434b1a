package disclosure_test

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/disclosure"
)

// The preview listed "hospital" among the hidden facts and said nothing
// of the claims an SD-JWT VC never hides, although every notary learns
// the issuer from iss and its key: the preview says, apart from the
// hidden facts, what is always shown (iss, iat, exp, vct, cnf), which is
// exactly what a presentation disclosing nothing shows.
func TestPreviewSaysWhatIsAlwaysShown(t *testing.T) {
	f := newClaimFixture(t)
	pv, err := disclosure.ClaimPolicy(contractsCategories, "KBC").Preview(f.cred, nil)
	if err != nil {
		t.Fatal(err)
	}
	var always []string
	for _, a := range pv.Always {
		always = append(always, a.Name)
	}
	if strings.Join(always, ",") != "iss,iat,exp,vct,cnf" || !slices.Contains(pv.Hide, "hospital") {
		t.Fatalf("always shown %v, hidden %v", always, pv.Hide)
	}
	// A notary given no disclosure at all sees exactly these.
	bare := f.cred.Present(nil)
	v, err := bare.Verify(disclosure.VerifyOptions{IssuerKey: &f.issuer.PublicKey, Now: f.now, VC: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := slices.Sorted(maps.Keys(v.Claims)); strings.Join(got, ",") != "cnf,exp,iat,iss,vct" {
		t.Fatalf("a presentation disclosing nothing shows %v", got)
	}
	for _, a := range pv.Always {
		if a.Name != "cnf" && v.Claims[a.Name] != a.Value {
			t.Errorf("%s: the preview says %v, a notary sees %v", a.Name, a.Value, v.Claims[a.Name])
		}
	}
	wallet := crypto.PubkeyToAddress(f.holder.PublicKey).Hex()
	wallet = wallet[:6] + "…" + wallet[38:]
	want := "Always seen by every notary, whatever you choose: issuer hospital.example, issued 2027-05-08, valid until 2028-05-07, type medical event, bound to " + wallet + "."
	if got := disclosure.AlwaysShown(pv.Always).String(); got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}

	// A credential showing more than these (sub, and a visible object
	// whose members are disclosable) says so; a missing date is a dash.
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	ij, _ := disclosure.PublicJWK(&f.issuer.PublicKey)
	other, err := disclosure.Issue(f.issuer, map[string]any{"typ": "dc+sd-jwt", "jwk": ij}, map[string]any{
		"iss": "https://clinic.example/issuer", "exp": f.now.Add(time.Hour).Unix(), "vct": disclosure.MedicalVCT, "cnf": map[string]any{"jwk": hj},
		"sub": "member-7", "address": map[string]any{"country": "CN", "locality": disclosure.SD{Value: "Chengdu"}},
		"event_id": disclosure.SD{Value: "evt-1"},
	}, disclosure.IssueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pv, err = disclosure.ClaimPolicy(contractsCategories, "KBC").Preview(other, nil)
	if err != nil {
		t.Fatal(err)
	}
	always = nil
	for _, a := range pv.Always {
		always = append(always, a.Name)
	}
	if strings.Join(always, ",") != "iss,exp,vct,cnf,address,sub" {
		t.Fatalf("always shown %v", always)
	}
	if a := pv.Always[4].Value.(map[string]any); len(a) != 1 || a["country"] != "CN" {
		t.Fatalf("the visible part of address: %v", a)
	}
	want = "Always seen by every notary, whatever you choose: issuer clinic.example, issued —, valid until " + f.now.Add(time.Hour).UTC().Format("2006-01-02") +
		", type medical event, bound to " + wallet + ". Also always seen: address, sub."
	if got := disclosure.AlwaysShown(pv.Always).String(); got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}
