package disclosure

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// A digest may appear once in a whole credential (RFC 9901 section 7.1,
// step 4): a duplicated undisclosed digest or decoy is refused, under the
// duplicate-digest rule and no other.
func TestDuplicateDigestsAreRefused(t *testing.T) {
	f := newFixture(t)
	good := f.present(t, []string{"diagnosis_category", "treatment_cost"}, "eip155:1337:0xabc", "n-1")
	j, _ := parseJWT(good.IssuerJWT)
	disclosed := map[string]string{}
	for _, d := range f.cred.Disclosures {
		disclosed[d.Digest()] = d.Name
	}
	var undisclosed, decoy string
	for _, e := range j.payload["_sd"].([]any) {
		dg := e.(string)
		switch name, ok := disclosed[dg]; {
		case !ok && decoy == "":
			decoy = dg
		case ok && name == "given_name":
			undisclosed = dg
		}
	}
	if undisclosed == "" || decoy == "" {
		t.Fatal("the fixture has no undisclosed digest or no decoy")
	}
	for name, edit := range map[string]func(pl map[string]any){
		"an undisclosed digest twice in _sd": func(pl map[string]any) { pl["_sd"] = append(pl["_sd"].([]any), undisclosed) },
		"a decoy twice in _sd":               func(pl map[string]any) { pl["_sd"] = append(pl["_sd"].([]any), decoy) },
		"a decoy in _sd and in an array":     func(pl map[string]any) { pl["extra"] = []any{map[string]any{"...": decoy}} },
		"a decoy twice in one array": func(pl map[string]any) {
			pl["extra"] = []any{map[string]any{"...": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}, map[string]any{"...": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}
		},
		"an undisclosed digest in _sd and a nested _sd": func(pl map[string]any) {
			pl["extra"] = map[string]any{"_sd": []any{undisclosed}}
		},
	} {
		p := *good
		p.IssuerJWT = forge(t, f.issuer, good.IssuerJWT, func(h, pl map[string]any) { edit(pl) })
		p.Bind(f.holder, "eip155:1337:0xabc", "n-1", f.now)
		_, err := p.Verify(f.opts())
		wantRule(t, name, err, RuleDuplicateDigest)
	}
}

// crit (RFC 7515 section 4.1.11): huzhu understands no extension, so any
// crit is refused under its own rule, in the credential and the key binding.
func TestCritIsRefused(t *testing.T) {
	f := newFixture(t)
	good := f.present(t, []string{"diagnosis_category"}, "eip155:1337:0xabc", "n-1")
	for _, c := range []struct {
		name string
		crit any
		says string
	}{
		{"an extension", []any{"b64"}, `the extension "b64", which huzhu does not understand`},
		{"an unknown extension", []any{"urn:example:policy"}, "does not understand"},
		{"an empty list", []any{}, "empty"},
		{"not an array", "b64", "not an array"},
		{"a registered header", []any{"alg"}, `"alg", a header that RFC 7515 defines`},
		{"a non-string", []any{7}, "non-string"},
	} {
		p := *good
		p.IssuerJWT = forge(t, f.issuer, good.IssuerJWT, func(h, pl map[string]any) { h["crit"] = c.crit; h["b64"] = true })
		p.Bind(f.holder, "eip155:1337:0xabc", "n-1", f.now)
		_, err := p.Verify(f.opts())
		wantRule(t, "issuer JWT, crit "+c.name, err, RuleCrit)
		if err != nil && !strings.Contains(err.Error(), c.says) {
			t.Errorf("crit %s: %q does not say %q", c.name, err, c.says)
		}
		kb := *good
		kb.KeyBinding, _ = signJWT(f.holder, map[string]any{"typ": "kb+jwt", "crit": c.crit}, map[string]any{"iat": f.now.Unix(), "aud": "eip155:1337:0xabc", "nonce": "n-1", "sd_hash": good.SDHash()})
		_, err = kb.Verify(f.opts())
		wantRule(t, "KB-JWT, crit "+c.name, err, RuleCrit)
	}
	// A holder request's proof with crit is refused too.
	req, _ := NewHolderRequest(f.holder, f.now)
	req.Proof, _ = signJWT(f.holder, map[string]any{"typ": requestTyp, "crit": []any{"x"}}, map[string]any{"iat": f.now.Unix(), "jkt": "ignored"})
	if err := req.Check(f.now); err == nil || !strings.Contains(err.Error(), "crit") {
		t.Errorf("a holder request with crit: got %v", err)
	}
}

// NumericDates beyond years 1 to 9999 (and so beyond int64) are refused,
// not wrapped: a far-future exp must never read as a past one, nor a huge
// negative nbf as "valid long ago".
func TestNumericDatesOutOfRangeAreRefused(t *testing.T) {
	f := newFixture(t)
	good := f.present(t, []string{"diagnosis_category"}, "eip155:1337:0xabc", "n-1")
	withClaim := func(name string, v json.Number) error {
		p := *good
		p.IssuerJWT = forge(t, f.issuer, good.IssuerJWT, func(h, pl map[string]any) { pl[name] = v })
		p.Bind(f.holder, "eip155:1337:0xabc", "n-1", f.now)
		_, err := p.Verify(f.opts())
		return err
	}
	for _, c := range []struct {
		claim, value string
		rule         string // "" accepted
	}{
		{"exp", "253402300799", ""},           // 9999-12-31T23:59:59Z
		{"exp", "1800003600.75", ""},          // fractions are allowed
		{"exp", "253402300799.0", ""},         // the last second, read as a float
		{"exp", "253402300799.5", RuleFormat}, // past it, though int64 would truncate it back
		{"exp", "253402300800", RuleFormat},   // year 10000
		{"nbf", "-62135596800.0", ""},         // the first second of year 1, as a float
		{"nbf", "-62135596800.5", RuleFormat},
		{"nbf", "-62135596801", RuleFormat},
		{"nbf", "-62135596800", ""},
		{"exp", "9223372036854775807", RuleFormat},
		{"exp", "9223372036854775808", RuleFormat}, // 2^63: wrapped to the past before
		{"exp", "1e20", RuleFormat},
		{"exp", "1e300", RuleFormat},
		{"exp", "18446744073709551616", RuleFormat},
		{"nbf", "-1e19", RuleFormat},
		{"nbf", "-9223372036854775808", RuleFormat},
		{"iat", "1e19", RuleFormat},
	} {
		err := withClaim(c.claim, json.Number(c.value))
		if c.rule == "" {
			if err != nil {
				t.Errorf("%s %s: refused (%v)", c.claim, c.value, err)
			}
			continue
		}
		wantRule(t, c.claim+" "+c.value, err, c.rule)
	}
	for _, v := range []string{"1e19", "-1e19", "9223372036854775808", "1e300"} {
		p := *good
		p.KeyBinding, _ = signJWT(f.holder, map[string]any{"typ": "kb+jwt"}, map[string]any{"iat": json.Number(v), "aud": "eip155:1337:0xabc", "nonce": "n-1", "sd_hash": good.SDHash()})
		_, err := p.Verify(f.opts())
		wantRule(t, "KB-JWT iat "+v, err, RuleKeyBindingIat)
	}
	if _, ok := numericDate(json.Number("1e19")); ok {
		t.Fatal("1e19 read as a date")
	}
	if d, ok := numericDate(json.Number("1800000000")); !ok || !d.Equal(time.Unix(1_800_000_000, 0)) {
		t.Fatal("an ordinary date was refused")
	}
}

// A required key binding is bounded in age even when the caller sets no
// MaxKeyBindingAge: KeyBindingMaxAge (24 h) before Now, to the second, so
// a presentation cannot be held back and replayed much later.
func TestKeyBindingAgeDefaultsToADay(t *testing.T) {
	f := newFixture(t)
	at := func(iat time.Time, o VerifyOptions) error {
		p := f.present(t, []string{"diagnosis_category"}, "eip155:1337:0xabc", "n-1")
		if err := p.Bind(f.holder, "eip155:1337:0xabc", "n-1", iat); err != nil {
			t.Fatal(err)
		}
		_, err := p.Verify(o)
		return err
	}
	o := f.opts() // KeyBinding required, MaxKeyBindingAge zero
	if err := at(f.now.Add(-KeyBindingMaxAge), o); err != nil {
		t.Fatalf("a key binding exactly 24 h old: %v", err)
	}
	wantRule(t, "a key binding 24 h and a second old", at(f.now.Add(-KeyBindingMaxAge-time.Second), o), RuleKeyBindingIat)
	wantRule(t, "a key binding a year old", at(f.now.Add(-365*24*time.Hour), o), RuleKeyBindingIat)
	// A caller's own bound still rules.
	o.MaxKeyBindingAge = 48 * time.Hour
	if err := at(f.now.Add(-KeyBindingMaxAge-time.Second), o); err != nil {
		t.Fatalf("with MaxKeyBindingAge 48 h, a key binding a day old: %v", err)
	}
	wantRule(t, "with MaxKeyBindingAge 48 h, 48 h and a second", at(f.now.Add(-48*time.Hour-time.Second), o), RuleKeyBindingIat)
}
