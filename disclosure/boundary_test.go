package disclosure

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// Tests that pin the boundaries and branches mutation testing found
// unpinned: each case fails if its comparison or condition is changed.

// An envelope carries 1 to MaxRecipients notaries: MaxRecipients itself is
// allowed, one more is not.
func TestSealRecipientBounds(t *testing.T) {
	keys := make([][]byte, MaxRecipients+1)
	for i := range keys {
		k, err := NewNotaryKey()
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k.PublicKey()
	}
	for _, tc := range []struct {
		n  int
		ok bool
	}{{0, false}, {1, true}, {MaxRecipients, true}, {MaxRecipients + 1, false}} {
		env, err := Seal([]byte(`{"v":1}`), keys[:tc.n], "ctx")
		if (err == nil) != tc.ok {
			t.Fatalf("%d recipients: err %v, want ok=%v", tc.n, err, tc.ok)
		}
		if tc.ok && len(env) != EnvelopeSize(tc.n) {
			t.Fatalf("%d recipients: %d bytes, want %d", tc.n, len(env), EnvelopeSize(tc.n))
		}
	}
}

// A JWT part is exactly one JSON object: trailing data after it is refused.
func TestParseJWTRefusesTrailingJSON(t *testing.T) {
	enc := func(s string) string { return b64.EncodeToString([]byte(s)) }
	sig := enc("sig")
	for _, tc := range []struct {
		name, header, payload string
		ok                    bool
	}{
		{"one object each", `{"alg":"ES256"}`, `{"a":1}`, true},
		{"surrounding whitespace", " {\"alg\":\"ES256\"}\n", `{"a":1}`, true},
		{"a second header object", `{"alg":"ES256"}{"alg":"none"}`, `{"a":1}`, false},
		{"a second payload object", `{"alg":"ES256"}`, `{"a":1}{"a":2}`, false},
		{"trailing garbage", `{"alg":"ES256"}`, `{"a":1} x`, false},
		{"not JSON", `{"alg":`, `{"a":1}`, false},
		{"null", `null`, `{"a":1}`, false},
	} {
		_, err := parseJWT(enc(tc.header) + "." + enc(tc.payload) + "." + sig)
		if (err == nil) != tc.ok {
			t.Errorf("%s: err %v, want ok=%v", tc.name, err, tc.ok)
		}
	}
}

// A bare holder JWK is read back as given, and one whose point is not on
// secp256k1 is refused.
func TestReadHolderBareJWK(t *testing.T) {
	key, _ := crypto.GenerateKey()
	good, err := PublicJWK(&key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	offCurve := good
	y, _ := b64.DecodeString(good.Y)
	y[len(y)-1] ^= 1
	offCurve.Y = b64.EncodeToString(y)
	for _, tc := range []struct {
		name string
		jwk  JWK
		ok   bool
	}{{"a wallet key", good, true}, {"a point off the curve", offCurve, false}} {
		b, _ := json.Marshal(tc.jwk)
		k, isReq, err := ReadHolder(b, time.Now())
		if (err == nil) != tc.ok {
			t.Fatalf("%s: err %v, want ok=%v", tc.name, err, tc.ok)
		}
		if tc.ok && (isReq || k != tc.jwk) {
			t.Fatalf("%s: read back %+v (request %v), want %+v", tc.name, k, isReq, tc.jwk)
		}
	}
}

// A holder request's iat may run at most 5 minutes ahead of the issuer's
// clock, and its address, when given, must be the key's (in any case).
func TestHolderRequestIatAndAddress(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey).Hex()
	other, _ := crypto.GenerateKey()
	for _, tc := range []struct {
		name    string
		iat     time.Time
		address string
		ok      bool
	}{
		{"signed now", now, addr, true},
		{"signed a day ago", now.Add(-24 * time.Hour), addr, true},
		{"4 min ahead", now.Add(4 * time.Minute), addr, true},
		{"5 min ahead", now.Add(5 * time.Minute), addr, true},
		{"5 min 1 s ahead", now.Add(5*time.Minute + time.Second), addr, false},
		{"lower-case address", now, strings.ToLower(addr), true},
		{"no address", now, "", true},
		{"another key's address", now, crypto.PubkeyToAddress(other.PublicKey).Hex(), false},
	} {
		r, err := NewHolderRequest(key, tc.iat)
		if err != nil {
			t.Fatal(err)
		}
		r.Address = tc.address
		if err := r.Check(now); (err == nil) != tc.ok {
			t.Errorf("%s: err %v, want ok=%v", tc.name, err, tc.ok)
		}
	}
}

// Parse takes up to MaxSize bytes, and a credential with no disclosures.
func TestParseSizeAndEmptyPresentation(t *testing.T) {
	jwt := "e30.e30.c2ln~"
	for _, tc := range []struct {
		name string
		s    string
		ok   bool
	}{
		{"no disclosures, no key binding", jwt, true},
		{"no ~", "e30.e30.c2ln", false},
		{"exactly MaxSize", jwt + strings.Repeat("A", MaxSize-len(jwt)), true},
		{"MaxSize + 1", jwt + strings.Repeat("A", MaxSize-len(jwt)+1), false},
	} {
		p, err := Parse(tc.s)
		if (err == nil) != tc.ok {
			t.Errorf("%s: err %v, want ok=%v", tc.name, err, tc.ok)
		}
		if err == nil && len(p.Disclosures) != 0 {
			t.Errorf("%s: %d disclosures", tc.name, len(p.Disclosures))
		}
	}
}

// With a Shape, the top-level _sd has TopLevel digests and every _sd below
// it Nested, whatever mix of disclosable and visible objects and arrays
// leads there.
func TestShapeAppliesAtEveryDepth(t *testing.T) {
	shape := Shape{TopLevel: 5, Nested: 3, Array: 4}
	claims := map[string]any{
		"iss": "https://h.example",
		// a disclosable object holding a visible one holding a disclosable claim
		"a": SD{map[string]any{"v": map[string]any{"w": SD{2}}, "x": SD{1}}},
		// a visible object holding a disclosable object
		"m": map[string]any{"n": SD{map[string]any{"o": SD{1}}}},
		// a disclosable array with a disclosable object and a visible one
		"l": SD{[]any{SD{map[string]any{"x": SD{3}}}, map[string]any{"y": SD{4}}}},
	}
	cred, err := Issue(p256(t), map[string]any{"typ": "dc+sd-jwt"}, claims, IssueOptions{Shape: &shape})
	if err != nil {
		t.Fatal(err)
	}
	j, err := parseJWT(cred.IssuerJWT)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(j.payload["_sd"].([]any)); n != shape.TopLevel {
		t.Fatalf("top-level _sd has %d digests, want %d", n, shape.TopLevel)
	}
	nested, arrays := 0, 0
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if sd, ok := x["_sd"]; ok {
				nested++
				n := len(digestsIn(map[string]any{"_sd": sd}))
				if n != shape.Nested {
					t.Errorf("a nested _sd has %d digests, want %d", n, shape.Nested)
				}
			}
			for k, e := range x {
				if k != "_sd" {
					walk(e)
				}
			}
		case []any:
			arrays++
			if len(x) != shape.Array {
				t.Errorf("an array of %d elements, want %d", len(x), shape.Array)
			}
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(j.payload["m"])
	for _, d := range cred.Disclosures {
		walk(d.Value)
	}
	// a, its v, m, its n, l's two elements: six nested _sd arrays; one array.
	if nested != 6 || arrays != 1 {
		t.Fatalf("found %d nested _sd and %d arrays, want 6 and 1", nested, arrays)
	}
}

// Exactly as many disclosable claims as the shape holds fit, with no
// decoys; one more is refused.
func TestShapeHoldsExactlyItsSize(t *testing.T) {
	shape := Shape{TopLevel: 2, Nested: 2, Array: 2}
	for _, tc := range []struct {
		claims map[string]any
		ok     bool
	}{
		{map[string]any{"a": SD{1}, "b": SD{2}}, true},
		{map[string]any{"a": SD{1}, "b": SD{2}, "c": SD{3}}, false},
		{map[string]any{"o": SD{map[string]any{"a": SD{1}, "b": SD{2}}}}, true},
		{map[string]any{"o": SD{map[string]any{"a": SD{1}, "b": SD{2}, "c": SD{3}}}}, false},
	} {
		_, err := Issue(p256(t), map[string]any{}, tc.claims, IssueOptions{Shape: &shape})
		if (err == nil) != tc.ok {
			t.Errorf("%v: err %v, want ok=%v", tc.claims, err, tc.ok)
		}
	}
}

// Decoy elements go to random places in a padded array: the real element
// is not always first.
func TestShapeShufflesArrayDecoys(t *testing.T) {
	shape := Shape{TopLevel: 1, Nested: 1, Array: 8}
	key := p256(t)
	seen := map[int]bool{}
	for range 16 {
		cred, err := Issue(key, map[string]any{}, map[string]any{"l": []any{SD{"x"}}}, IssueOptions{Shape: &shape})
		if err != nil {
			t.Fatal(err)
		}
		j, _ := parseJWT(cred.IssuerJWT)
		real := cred.Disclosures[0].Digest()
		for i, e := range j.payload["l"].([]any) {
			if e.(map[string]any)["..."] == real {
				seen[i] = true
			}
		}
	}
	if len(seen) < 2 {
		t.Fatalf("in 16 credentials the real element sat only at %v of 8 places", seen)
	}
}

// Select names top-level claims: a visible one brings the disclosures
// nested at any depth inside it; _sd and _sd_alg are not claims.
func TestSelectVisibleAndReservedNames(t *testing.T) {
	claims := map[string]any{
		"iss": "https://h.example",
		"vis": map[string]any{"deep": map[string]any{"k": SD{"v"}}},
		"top": SD{"x"},
	}
	cred, err := Issue(p256(t), map[string]any{}, claims, IssueOptions{Decoys: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		want []string // disclosure names; nil for an error
	}{
		{"vis", []string{"k"}},
		{"iss", []string{}},
		{"top", []string{"top"}},
		{"_sd", nil},
		{"_sd_alg", nil},
		{"nope", nil},
	} {
		ds, err := cred.Select([]string{tc.name})
		if tc.want == nil {
			if err == nil {
				t.Errorf("Select(%q) gave %d disclosures, want an error", tc.name, len(ds))
			}
			continue
		}
		if err != nil {
			t.Errorf("Select(%q): %v", tc.name, err)
			continue
		}
		var got []string
		for _, d := range ds {
			got = append(got, d.Name)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("Select(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// IssueMedical refuses unknown facts and a zero validity, and bounds an
// object fact by the medical shape unless the caller gives its own.
func TestIssueMedicalInputs(t *testing.T) {
	issuer := p256(t)
	holder, _ := crypto.GenerateKey()
	hj, _ := PublicJWK(&holder.PublicKey)
	fields := func(n int) map[string]any {
		m := map[string]any{}
		for i := range n {
			m[string(rune('a'+i))] = "x"
		}
		return m
	}
	wide := Shape{TopLevel: 24, Nested: 20, Array: 16}
	for _, tc := range []struct {
		name     string
		facts    map[string]any
		validity time.Duration
		shape    *Shape
		wantErr  string // "" for success
	}{
		{"known facts", map[string]any{"given_name": "Mei", "event_id": "V14MqHDoOEgXKRjZFUeXRA"}, time.Hour, nil, ""},
		{"an unknown fact", map[string]any{"given_name": "Mei", "blood_type": "O"}, time.Hour, nil, "unknown facts blood_type"},
		{"zero validity", map[string]any{"given_name": "Mei"}, 0, nil, "needs a validity"},
		{"one second validity", map[string]any{"given_name": "Mei"}, time.Second, nil, ""},
		{"12 address fields", map[string]any{"address": fields(12)}, time.Hour, nil, ""},
		{"13 address fields", map[string]any{"address": fields(13)}, time.Hour, nil, "address has 13 fields"},
		{"13 address fields, own shape", map[string]any{"address": fields(13)}, time.Hour, &wide, ""},
	} {
		_, err := IssueMedical(issuer, MedicalCredential{Issuer: "https://h.example", Holder: hj, Facts: tc.facts, IssuedAt: time.Unix(1_800_000_000, 0), Validity: tc.validity}, IssueOptions{Shape: tc.shape})
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%s: err %v, want one containing %q", tc.name, err, tc.wantErr)
		}
	}
}

// When no key binding is required and no age is given, a key binding that
// is present is checked but not for its age.
func TestOptionalKeyBindingHasNoDefaultAge(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		name   string
		age    time.Duration
		maxAge time.Duration
		rule   string // "" for success
	}{
		{"a year old, no bound", 365 * 24 * time.Hour, 0, ""},
		{"a second old, no bound", time.Second, 0, ""},
		{"2 h old, bound 1 h", 2 * time.Hour, time.Hour, RuleKeyBindingIat},
		{"1 h old, bound 1 h", time.Hour, time.Hour, ""},
	} {
		p := f.present(t, []string{"diagnosis_category"}, "eip155:1337:0xabc", "n-1")
		if err := p.Bind(f.holder, "eip155:1337:0xabc", "n-1", f.now.Add(-tc.age)); err != nil {
			t.Fatal(err)
		}
		o := f.opts()
		o.KeyBinding = false
		o.MaxKeyBindingAge = tc.maxAge
		_, err := p.Verify(o)
		if tc.rule == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		var ve *VerifyError
		if !errors.As(err, &ve) || ve.Rule != tc.rule {
			t.Errorf("%s: err %v, want rule %s", tc.name, err, tc.rule)
		}
	}
}
