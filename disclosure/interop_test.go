package disclosure_test

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/interop"
)

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, _ := json.Marshal(v)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// Credentials issued and presented by huzhu verify in @sd-jwt/sd-jwt-vc
// (ES256 issuer, ES256K key binding).
func TestInteropHuzhuToSDJWTVC(t *testing.T) {
	dir := t.TempDir()
	issuer := newIssuerKey(t)
	holder, _ := crypto.GenerateKey()
	hj, _ := disclosure.PublicJWK(&holder.PublicKey)
	cred, err := disclosure.IssueMedical(issuer, disclosure.MedicalCredential{
		Issuer: "https://hospital.example", Holder: hj, IssuedAt: time.Now().Add(-time.Minute), Validity: 365 * 24 * time.Hour,
		Facts: map[string]any{
			"event_id": "QEEkLrd2i5LVZJF4djBBvg", "diagnosis_category": "stroke", "diagnosis_date": "2027-03-02",
			"treatment_cost": "18000", "currency": "CNY", "given_name": "Mei", "national_id": "510100199001011234",
			"procedures": []any{"thrombolysis", "CT"}, "address": map[string]any{"locality": "Chengdu"},
		},
	}, disclosure.IssueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	chosen, err := cred.Select([]string{"event_id", "diagnosis_category", "diagnosis_date", "treatment_cost", "currency", "procedures"})
	if err != nil {
		t.Fatal(err)
	}
	p := cred.Present(chosen)
	if err := p.Bind(holder, "eip155:1337:0x00000000000000000000000000000000000000c0", "nonce-42", time.Now()); err != nil {
		t.Fatal(err)
	}
	ij, _ := disclosure.PublicJWK(&issuer.PublicKey)
	writeJSON(t, filepath.Join(dir, "issuer.json"), ij)
	os.WriteFile(filepath.Join(dir, "pres"), []byte(p.String()), 0o600)
	out := interop.Node(t, "sdjwt.mjs", "verify", filepath.Join(dir, "pres"), filepath.Join(dir, "issuer.json"),
		"eip155:1337:0x00000000000000000000000000000000000000c0", "nonce-42")
	var got struct {
		Payload map[string]any `json:"payload"`
		KB      map[string]any `json:"kb"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.Payload["diagnosis_category"] != "stroke" || got.Payload["event_id"] != "QEEkLrd2i5LVZJF4djBBvg" || got.KB["nonce"] != "nonce-42" {
		t.Fatalf("sd-jwt-vc saw %v", got)
	}
	if procs, _ := got.Payload["procedures"].([]any); len(procs) != 2 {
		t.Fatalf("procedures: %v", got.Payload["procedures"])
	}
	for _, hidden := range []string{"given_name", "national_id", "address"} {
		if _, ok := got.Payload[hidden]; ok {
			t.Fatalf("%s was revealed", hidden)
		}
	}

	// A tampered presentation is refused there too.
	bad := p.String()[:len(p.String())-5] + "AAAAA"
	os.WriteFile(filepath.Join(dir, "bad"), []byte(bad), 0o600)
	interopRefuses(t, filepath.Join(dir, "bad"), filepath.Join(dir, "issuer.json"), "Verify Error: Invalid JWT Signature") // the KB-JWT's
}

// Credentials issued and presented by @sd-jwt/sd-jwt-vc verify in huzhu.
func TestInteropSDJWTVCToHuzhu(t *testing.T) {
	dir := t.TempDir()
	holder, _ := crypto.GenerateKey()
	os.WriteFile(filepath.Join(dir, "hk"), []byte(hex.EncodeToString(crypto.FromECDSA(holder))), 0o600)
	writeJSON(t, filepath.Join(dir, "claims.json"), map[string]any{
		"event_id": "KUwntp6pJ-7ejKOofXMTag", "diagnosis_category": "cancer", "treatment_cost": "40000",
		"given_name": "Wei", "procedures": []any{"surgery", "chemotherapy"},
	})
	aud := "eip155:1337:0x00000000000000000000000000000000000000c1"
	out := interop.Node(t, "sdjwt.mjs", "issue-present", filepath.Join(dir, "hk"), filepath.Join(dir, "claims.json"), aud, "n-77", "diagnosis_category,event_id")
	var res struct {
		IssuerJWK    disclosure.JWK `json:"issuerJwk"`
		Credential   string         `json:"credential"`
		Presentation string         `json:"presentation"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	ik, err := res.IssuerJWK.PublicKey()
	if err != nil {
		t.Fatal(err)
	}
	all, err := disclosure.VerifyString(res.Credential, disclosure.VerifyOptions{IssuerKey: ik, VC: true})
	if err != nil {
		t.Fatalf("huzhu refused sd-jwt-vc's credential: %v", err)
	}
	if all.Claims["given_name"] != "Wei" || len(all.Claims["procedures"].([]any)) != 2 {
		t.Fatalf("credential claims: %v", all.Claims)
	}
	v, err := disclosure.VerifyString(res.Presentation, disclosure.VerifyOptions{IssuerKey: ik, VC: true, KeyBinding: true, Audience: aud, Nonce: "n-77"})
	if err != nil {
		t.Fatalf("huzhu refused sd-jwt-vc's presentation: %v", err)
	}
	if v.Claims["diagnosis_category"] != "cancer" || v.Claims["event_id"] != "KUwntp6pJ-7ejKOofXMTag" || v.Claims["given_name"] != nil {
		t.Fatalf("presentation claims: %v", v.Claims)
	}
	if addr, _ := v.Holder.Address(); addr != crypto.PubkeyToAddress(holder.PublicKey) {
		t.Fatal("cnf.jwk is not the holder's key")
	}
	if _, err := disclosure.VerifyString(res.Presentation, disclosure.VerifyOptions{IssuerKey: ik, VC: true, KeyBinding: true, Audience: aud, Nonce: "other"}); err == nil {
		t.Fatal("a wrong nonce was accepted")
	}
}

// A key binding signed by OpenSSL (Node's crypto.sign on secp256k1, which
// does not normalise S) with a high S verifies in huzhu: RFC 8812 has no
// low-S rule.
func TestInteropOpenSSLHighSKeyBinding(t *testing.T) {
	dir := t.TempDir()
	holder, _ := crypto.GenerateKey()
	os.WriteFile(filepath.Join(dir, "hk"), []byte(hex.EncodeToString(crypto.FromECDSA(holder))), 0o600)
	writeJSON(t, filepath.Join(dir, "claims.json"), map[string]any{"event_id": "IcR6BFd8dduY6D4rQFEe0w", "diagnosis_category": "stroke", "treatment_cost": "9000"})
	aud := "eip155:1337:0x00000000000000000000000000000000000000c2"
	out := interop.Node(t, "sdjwt.mjs", "issue-present-openssl", filepath.Join(dir, "hk"), filepath.Join(dir, "claims.json"), aud, "n-high-s", "diagnosis_category,event_id")
	var res struct {
		IssuerJWK    disclosure.JWK `json:"issuerJwk"`
		Presentation string         `json:"presentation"`
		Tries        int            `json:"tries"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	kb := res.Presentation[strings.LastIndexByte(res.Presentation, '~')+1:]
	sig, err := base64.RawURLEncoding.DecodeString(kb[strings.LastIndexByte(kb, '.')+1:])
	if err != nil || len(sig) != 64 {
		t.Fatalf("the KB-JWT signature: %v, %d bytes", err, len(sig))
	}
	halfN := new(big.Int).Rsh(crypto.S256().Params().N, 1)
	if s := new(big.Int).SetBytes(sig[32:]); s.Cmp(halfN) <= 0 {
		t.Fatalf("the OpenSSL key binding has a low S (after %d tries): the test proves nothing", res.Tries)
	}
	ik, err := res.IssuerJWK.PublicKey()
	if err != nil {
		t.Fatal(err)
	}
	v, err := disclosure.VerifyString(res.Presentation, disclosure.VerifyOptions{IssuerKey: ik, VC: true, KeyBinding: true, Audience: aud, Nonce: "n-high-s"})
	if err != nil {
		t.Fatalf("huzhu refused a high-S key binding signed by OpenSSL (%d signatures to get it): %v", res.Tries, err)
	}
	if v.Claims["diagnosis_category"] != "stroke" {
		t.Fatalf("claims: %v", v.Claims)
	}
	// The same high-S signature with one bit of S flipped (decoded, flipped,
	// re-encoded, so the token stays well formed) is refused by the
	// key-binding signature rule, not by some parse error.
	damaged := bytes.Clone(sig)
	damaged[40] ^= 0x01
	bad := res.Presentation[:len(res.Presentation)-len(kb)] + kb[:strings.LastIndexByte(kb, '.')+1] + base64.RawURLEncoding.EncodeToString(damaged)
	_, err = disclosure.VerifyString(bad, disclosure.VerifyOptions{IssuerKey: ik, VC: true, KeyBinding: true, Audience: aud, Nonce: "n-high-s"})
	var ve *disclosure.VerifyError
	if !errors.As(err, &ve) || ve.Rule != disclosure.RuleKeyBindingSig || !strings.Contains(ve.Detail, "does not match") {
		t.Fatalf("a damaged high-S key binding: got %v, want rule %s (the signature does not match)", err, disclosure.RuleKeyBindingSig)
	}
}
