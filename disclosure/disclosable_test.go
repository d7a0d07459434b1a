package disclosure

import (
	"crypto/rand"
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"time"
)

// issueVC signs an SD-JWT VC of these claims (iss, iat, exp, vct and cnf
// added when absent) with the fixture's issuer key.
func (f *fixture) issueVC(t *testing.T, claims map[string]any) *SDJWT {
	t.Helper()
	hj, _ := PublicJWK(&f.holder.PublicKey)
	base := map[string]any{"iss": "https://hospital.example", "iat": f.now.Add(-time.Hour).Unix(),
		"exp": f.now.Add(time.Hour).Unix(), "vct": MedicalVCT, "cnf": map[string]any{"jwk": hj}}
	for k, v := range claims {
		base[k] = v
	}
	for k, v := range claims {
		if v == nil {
			delete(base, k)
		}
	}
	cred, err := Issue(f.issuer, map[string]any{"typ": "dc+sd-jwt"}, base, IssueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return cred
}

func (f *fixture) verifyVC(cred *SDJWT) (*Verified, error) {
	return cred.Verify(VerifyOptions{IssuerKey: &f.issuer.PublicKey, Now: f.now, VC: true})
}

// SD-JWT VC forbids disclosing only the registered top-level claims (iss,
// nbf, exp, cnf, vct, vct#integrity, aka_vcts, status) and their
// sub-claims: a claim of the same name deeper in the credential is an
// ordinary claim. The not-disclosable rule matched a disclosure's name at
// any depth, so a valid credential that discloses membership.status, a
// document's exp or iss, was refused: one issued by huzhu's own Issue and
// IssueMedical among them.
func TestNestedClaimsNamedLikeRegisteredOnesMayBeDisclosed(t *testing.T) {
	f := newFixture(t)
	cred := f.issueVC(t, map[string]any{
		"membership": SD{map[string]any{"status": SD{"active"}, "since": SD{"2020-01-01"}}},
		"document":   SD{map[string]any{"exp": SD{"2030-03-12"}, "iss": SD{"Stadt Augsburg"}, "nbf": SD{"2020-03-12"}}},
		"device":     map[string]any{"cnf": SD{"bound"}, "vct": SD{"urn:example:device"}, "vct#integrity": SD{"sha256-x"}, "aka_vcts": SD{[]any{"urn:x"}}},
		"history":    []any{SD{map[string]any{"status": SD{"closed"}}}},
		// iat and sub are registered, but SD-JWT VC lets them be disclosed.
		"iat": SD{f.now.Add(-time.Hour).Unix()},
		"sub": SD{"user_42"},
	})
	v, err := f.verifyVC(cred)
	if err != nil {
		t.Fatalf("a credential disclosing nested status, exp, iss, nbf, cnf, vct, vct#integrity, aka_vcts (and top-level iat, sub) was refused: %v", err)
	}
	m := v.Claims["membership"].(map[string]any)
	d := v.Claims["document"].(map[string]any)
	dev := v.Claims["device"].(map[string]any)
	h := v.Claims["history"].([]any)[0].(map[string]any)
	if m["status"] != "active" || d["exp"] != "2030-03-12" || d["iss"] != "Stadt Augsburg" || dev["vct"] != "urn:example:device" || h["status"] != "closed" || v.Claims["sub"] != "user_42" {
		t.Fatalf("processed: %v", v.Claims)
	}

	// A medical credential huzhu issues, whose address has a status.
	hj, _ := PublicJWK(&f.holder.PublicKey)
	med, err := IssueMedical(f.issuer, MedicalCredential{Issuer: "https://hospital.example", Holder: hj, IssuedAt: f.now.Add(-time.Hour), Validity: time.Hour,
		Facts: map[string]any{"event_id": "evt-1", "address": map[string]any{"locality": "Chengdu", "status": "current", "exp": "2031-01"}}}, IssueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := med.Select([]string{"address"})
	if err != nil {
		t.Fatal(err)
	}
	pres := med.Present(ds)
	if err := pres.Bind(f.holder, "eip155:1337:0xabc", "n-1", f.now); err != nil {
		t.Fatal(err)
	}
	v, err = pres.Verify(f.opts())
	if err != nil {
		t.Fatalf("huzhu's own medical credential disclosing address.status and address.exp was refused: %v", err)
	}
	if a := v.Claims["address"].(map[string]any); a["status"] != "current" || a["exp"] != "2031-01" {
		t.Fatalf("address: %v", a)
	}
}

// The reverse: SD-JWT VC's registered claims and every sub-claim of
// theirs must never be disclosures. vct#integrity and aka_vcts (added to
// the draft's list), and sub-claims of status and cnf, were accepted as
// disclosures: a holder could withhold a status list reference or part of
// the key a credential is bound to.
func TestRegisteredClaimsAndTheirSubClaimsAreNotDisclosable(t *testing.T) {
	f := newFixture(t)
	hj, _ := PublicJWK(&f.holder.PublicKey)
	statusList := func(idx any, uri any) map[string]any {
		return map[string]any{"status_list": map[string]any{"idx": idx, "uri": uri}}
	}
	for _, c := range []struct {
		name   string
		claims map[string]any
	}{
		{"iss", map[string]any{"iss": SD{"https://hospital.example"}}},
		{"nbf", map[string]any{"nbf": SD{f.now.Add(-time.Hour).Unix()}}},
		{"exp", map[string]any{"exp": SD{f.now.Add(time.Hour).Unix()}}},
		{"cnf", map[string]any{"cnf": SD{map[string]any{"jwk": hj}}}},
		{"vct", map[string]any{"vct": SD{MedicalVCT}}},
		{"vct#integrity", map[string]any{"vct#integrity": SD{"sha256-0000"}}},
		{"aka_vcts", map[string]any{"aka_vcts": SD{[]any{"urn:example:pid"}}}},
		{"status", map[string]any{"status": SD{statusList(7, "https://hospital.example/status/1")}}},
		{"an element of aka_vcts", map[string]any{"aka_vcts": []any{SD{"urn:example:pid"}, "urn:example:other"}}},
		{"status.status_list", map[string]any{"status": map[string]any{"status_list": SD{map[string]any{"idx": 7, "uri": "https://hospital.example/status/1"}}}}},
		{"status.status_list.idx", map[string]any{"status": statusList(SD{7}, "https://hospital.example/status/1")}},
		{"status.status_list.uri", map[string]any{"status": statusList(7, SD{"https://hospital.example/status/1"})}},
		{"cnf.jwk", map[string]any{"cnf": map[string]any{"jwk": SD{hj}}}},
		{"cnf.kid", map[string]any{"cnf": map[string]any{"jwk": hj, "kid": SD{"key-1"}}}},
		{"cnf.jwk.x", map[string]any{"cnf": map[string]any{"jwk": map[string]any{"kty": "EC", "crv": hj.Crv, "x": SD{hj.X}, "y": hj.Y}}}},
	} {
		_, err := f.verifyVC(f.issueVC(t, c.claims))
		wantRule(t, c.name+" disclosed", err, RuleNotDisclosable)
	}
	// An SD-JWT that is not a VC has no such rule (RFC 9901 restricts none).
	cred := f.issueVC(t, map[string]any{"status": map[string]any{"status_list": SD{map[string]any{"idx": 7}}}})
	if _, err := cred.Verify(VerifyOptions{IssuerKey: &f.issuer.PublicKey, Now: f.now}); err != nil {
		t.Fatalf("a plain SD-JWT disclosing status.status_list: %v", err)
	}
	// The rule is checked before validity: a disclosed exp that has
	// passed is refused for being disclosed.
	expired := f.issueVC(t, map[string]any{"exp": SD{f.now.Add(-24 * time.Hour).Unix()}})
	_, err := f.verifyVC(expired)
	wantRule(t, "a disclosed exp that has passed", err, RuleNotDisclosable)
}

// RFC 9901 section 7.1: only an array element that is an object with
// exactly one key, "...", whose value is a string is a digest. {"...":42}
// and {"...":"x","k":1} are ordinary elements, kept as they are; they were
// refused as format errors.
func TestArrayElementLookalikesAreOrdinaryElements(t *testing.T) {
	f := newFixture(t)
	cred := f.issueVC(t, map[string]any{"tags": SD{[]any{SD{"a"}}}})
	lookalikes := []any{
		map[string]any{"...": json.Number("42")},
		map[string]any{"...": "x", "k": json.Number("1")},
		map[string]any{"...": []any{"a"}},
		map[string]any{"...": nil},
		map[string]any{"...": map[string]any{"...": "y"}},
		map[string]any{"...": true, "_sd": []any{}},
	}
	p := *cred
	p.IssuerJWT = forge(t, f.issuer, cred.IssuerJWT, func(h, pl map[string]any) {
		pl["extra"] = append([]any{map[string]any{"...": "not-a-digest-of-anything"}}, lookalikes...)
	})
	v, err := f.verifyVC(&p)
	if err != nil {
		t.Fatalf("array elements shaped like digests were refused: %v", err)
	}
	want := []any{
		map[string]any{"...": json.Number("42")},
		map[string]any{"...": "x", "k": json.Number("1")},
		map[string]any{"...": []any{"a"}},
		map[string]any{"...": nil},
		map[string]any{"...": map[string]any{"...": "y"}},
		map[string]any{"...": true},
	}
	if got := v.Claims["extra"]; !reflect.DeepEqual(got, want) {
		t.Fatalf("extra: got %v, want %v (the undisclosed digest dropped, the rest as they are)", got, want)
	}
	// An element with a digest and another key is no digest, so the
	// disclosure it would name is referenced by nothing.
	elem, err := newDisclosure(rand.Reader, "", "b", true)
	if err != nil {
		t.Fatal(err)
	}
	q := *cred
	q.Disclosures = append(slices.Clone(cred.Disclosures), elem)
	q.IssuerJWT = forge(t, f.issuer, cred.IssuerJWT, func(h, pl map[string]any) {
		pl["extra"] = []any{map[string]any{"...": elem.Digest(), "k": 1}}
	})
	_, err = f.verifyVC(&q)
	wantRule(t, "a disclosure named by an element with another key", err, RuleUnreferenced)
}
