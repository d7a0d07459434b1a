package disclosure_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/disclosure"
)

// The examples of RFC 9901 (sections 5, 8.2 and appendix A), in
// testdata/rfc9901 (see its README).

const rfcDir = "testdata/rfc9901"

// The RFC's key binding: aud, nonce, and iat (its examples were made then;
// every credential is valid from 2023-05-02 to 2029-09-01).
var (
	rfcAud   = "https://verifier.example.org"
	rfcNonce = "1234567890"
	rfcNow   = time.Unix(1748537243, 0).Add(time.Minute)
)

func rfcFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(rfcDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func rfcText(t *testing.T, name string) string {
	return strings.TrimSpace(string(rfcFile(t, name)))
}

// rfcJSON reads a JSON file with numbers as json.Number, as the verifier
// reads them.
func rfcJSON(t *testing.T, name string) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(rfcFile(t, name)))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

func rfcIssuerKey(t *testing.T) disclosure.JWK {
	t.Helper()
	var k disclosure.JWK
	if err := json.Unmarshal(rfcFile(t, "issuer_key.json"), &k); err != nil {
		t.Fatal(err)
	}
	return k
}

func pretty(v any) string {
	b, _ := json.MarshalIndent(v, "", "  ")
	return string(b)
}

// Every example of RFC 9901 processes to the RFC's result with huzhu's
// verifier, under the issuer key of appendix A.5 and, where the example
// has one, its Key Binding JWT (aud, nonce and sd_hash as the RFC's KB-JWT
// payload says): the issued SD-JWT to the input claims (with the claims
// the issuer kept visible), every presentation to the RFC's Processed
// SD-JWT Payload. The SD-JWT VC of appendix A.3 is also verified as one.
func TestRFC9901Examples(t *testing.T) {
	jwk := rfcIssuerKey(t)
	ik, err := jwk.PublicKey()
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range []struct {
		dir, section string
		keyBinding   bool
		vc           bool
	}{
		{"simple", "section 5", true, false},
		{"simple_structured", "appendix A.1", false, false},
		{"complex_ekyc", "appendix A.2", false, false},
		{"arf-pid", "appendix A.3", true, true},
		{"jsonld", "appendix A.4", true, false},
	} {
		t.Run(ex.dir, func(t *testing.T) {
			file := func(name string) string { return filepath.Join(ex.dir, name) }
			pres, err := disclosure.Parse(rfcText(t, file("sd_jwt_presentation.txt")))
			if err != nil {
				t.Fatalf("%s: the presentation: %v", ex.section, err)
			}
			if (pres.KeyBinding != "") != ex.keyBinding {
				t.Fatalf("%s: key binding %q", ex.section, pres.KeyBinding)
			}
			// The Issuer-signed JWT carries the RFC's payload.
			payload, err := disclosure.Payload(pres)
			if err != nil {
				t.Fatal(err)
			}
			if want := rfcJSON(t, file("sd_jwt_payload.json")); !reflect.DeepEqual(payload, want) {
				t.Fatalf("%s: the JWT's payload is\n%s\nthe RFC's\n%s", ex.section, pretty(payload), pretty(want))
			}

			// The SD-JWT as issued: every disclosure. Where the RFC
			// prints it, it is the JWT and the disclosures listed.
			var ds []string
			for _, l := range strings.Split(rfcText(t, file("disclosures.txt")), "\n") {
				ds = append(ds, strings.TrimSpace(l))
			}
			issued := pres.IssuerJWT + "~" + strings.Join(ds, "~") + "~"
			if b, err := os.ReadFile(filepath.Join(rfcDir, file("sd_jwt_issuance.txt"))); err == nil {
				if got := strings.TrimSpace(string(b)); got != issued {
					t.Fatalf("%s: the issued SD-JWT is not the JWT and the disclosures listed", ex.section)
				}
			}
			iv, err := disclosure.VerifyString(issued, disclosure.VerifyOptions{IssuerKey: ik, Now: rfcNow, VC: ex.vc})
			if err != nil {
				t.Fatalf("%s: the issued SD-JWT: %v", ex.section, err)
			}
			want := rfcJSON(t, file("user_claims.json"))
			for k, v := range payload {
				if _, given := want[k]; !given && k != "_sd" && k != "_sd_alg" {
					want[k] = v // iss, iat, exp, cnf: visible, not among the input claims
				}
			}
			if !reflect.DeepEqual(iv.Claims, want) {
				t.Fatalf("%s: the issued SD-JWT processes to\n%s\nwant the input claims\n%s", ex.section, pretty(iv.Claims), pretty(want))
			}

			// The presentation: the RFC's Processed SD-JWT Payload.
			o := disclosure.VerifyOptions{IssuerKey: ik, Now: rfcNow, VC: ex.vc, KeyBinding: ex.keyBinding}
			if ex.keyBinding {
				o.Audience, o.Nonce = rfcAud, rfcNonce
			}
			v, err := pres.Verify(o)
			if err != nil {
				t.Fatalf("%s: the presentation: %v", ex.section, err)
			}
			if want := rfcJSON(t, file("verified_contents.json")); !reflect.DeepEqual(v.Claims, want) {
				t.Fatalf("%s: the presentation processes to\n%s\nthe RFC's\n%s", ex.section, pretty(v.Claims), pretty(want))
			}
			if ex.keyBinding {
				kb := v.KeyBinding
				got := map[string]any{"aud": kb.Aud, "nonce": kb.Nonce, "iat": json.Number(strconv.FormatInt(kb.Iat.Unix(), 10)), "sd_hash": kb.SDHash}
				if _, err := os.Stat(filepath.Join(rfcDir, file("kb_jwt_payload.json"))); err == nil {
					if want := rfcJSON(t, file("kb_jwt_payload.json")); !reflect.DeepEqual(got, want) {
						t.Fatalf("%s: key binding %v, the RFC's %v", ex.section, got, want)
					}
				}
				// Another nonce is refused, by its rule.
				o.Nonce = "0987654321"
				_, err := pres.Verify(o)
				wantRFCRule(t, ex.section+", another nonce", err, disclosure.RuleNonce)
			}
			// Another issuer key is refused, by its rule.
			other := newIssuerKey(t)
			_, err = pres.Verify(disclosure.VerifyOptions{IssuerKey: &other.PublicKey, Now: rfcNow})
			wantRFCRule(t, ex.section+", another issuer key", err, disclosure.RuleIssuerSignature)
		})
	}
}

// Appendix A.1's decoy digests are in the payload and stand for no
// disclosure: the verifier ignores them.
func TestRFC9901DecoyDigests(t *testing.T) {
	payload := rfcJSON(t, "simple_structured/sd_jwt_payload.json")
	in := map[string]bool{}
	for _, arr := range []any{payload["_sd"], payload["address"].(map[string]any)["_sd"]} {
		for _, d := range arr.([]any) {
			in[d.(string)] = true
		}
	}
	disclosed := map[string]bool{}
	for _, l := range strings.Split(rfcText(t, "simple_structured/disclosures.txt"), "\n") {
		d, err := disclosure.ParseDisclosure(l)
		if err != nil {
			t.Fatal(err)
		}
		disclosed[d.Digest()] = true
	}
	decoys := strings.Split(rfcText(t, "simple_structured/decoy_digests.txt"), "\n")
	if len(decoys) != 6 {
		t.Fatalf("%d decoys", len(decoys))
	}
	for _, d := range decoys {
		if !in[d] || disclosed[d] {
			t.Errorf("decoy %s: in the payload %v, a disclosure's digest %v", d, in[d], disclosed[d])
		}
	}
	if len(in) != len(disclosed)+len(decoys) {
		t.Errorf("the payload holds %d digests: %d disclosures and %d decoys", len(in), len(disclosed), len(decoys))
	}
}

// The JWS JSON serialization (RFC 9901 section 8) is optional, and huzhu
// deliberately reads only the compact one: a claim's envelope carries one
// string, the key binding's sd_hash is over the compact form anyway, and
// a JSON SD-JWT's disclosures and kb_jwt ride in unprotected headers
// (the General form can carry several signatures besides). The RFC's
// flattened example is refused as such, under the format rule, saying
// so; the same SD-JWT in the compact form verifies.
func TestRFC9901JSONSerializationIsRefusedClearly(t *testing.T) {
	jwk := rfcIssuerKey(t)
	ik, _ := jwk.PublicKey()
	raw := rfcText(t, "json_serialization_flattened/sd_jwt_issuance.json")
	_, err := disclosure.VerifyString(raw, disclosure.VerifyOptions{IssuerKey: ik, Now: rfcNow})
	wantRFCRule(t, "the JWS JSON serialization", err, disclosure.RuleFormat)
	if err == nil || !strings.Contains(err.Error(), "JSON serialization") || !strings.Contains(err.Error(), "compact") {
		t.Fatalf("the refusal does not say why: %v", err)
	}
	var flat struct {
		Header struct {
			Disclosures []string `json:"disclosures"`
		} `json:"header"`
		Payload, Protected, Signature string
	}
	if err := json.Unmarshal([]byte(raw), &flat); err != nil {
		t.Fatal(err)
	}
	compact := flat.Protected + "." + flat.Payload + "." + flat.Signature + "~" + strings.Join(flat.Header.Disclosures, "~") + "~"
	v, err := disclosure.VerifyString(compact, disclosure.VerifyOptions{IssuerKey: ik, Now: rfcNow})
	if err != nil {
		t.Fatalf("the same SD-JWT, compact: %v", err)
	}
	for k, want := range map[string]any{"sub": "john_doe_42", "given_name": "John", "family_name": "Doe", "birthdate": "1940-01-01", "iss": "https://issuer.example.com"} {
		if v.Claims[k] != want {
			t.Errorf("%s: got %v, want %v", k, v.Claims[k], want)
		}
	}
}

func wantRFCRule(t *testing.T, name string, err error, rule string) {
	t.Helper()
	var ve *disclosure.VerifyError
	if !errors.As(err, &ve) || ve.Rule != rule {
		t.Errorf("%s: got %v, want rule %s", name, err, rule)
	}
}
