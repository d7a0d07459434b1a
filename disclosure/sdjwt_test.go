package disclosure

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// RFC 9901 section 4.2: digests are over the disclosure as received
// (note the spaces inside it), never a re-serialisation.
func TestRFC9901KnownDigests(t *testing.T) {
	for _, tc := range []struct{ disclosure, digest, name string }{
		{"WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0", "X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0", "family_name"},
		{"WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0", "w0I8EKcdCtUPkGCNUrfwVp2xEgNjtoIDlOxc9-PlOhs", ""},
	} {
		d, err := ParseDisclosure(tc.disclosure)
		if err != nil {
			t.Fatal(err)
		}
		if d.Digest() != tc.digest {
			t.Fatalf("digest of %s: got %s, want %s", tc.disclosure, d.Digest(), tc.digest)
		}
		if d.Name != tc.name || d.Element != (tc.name == "") {
			t.Fatalf("decoded: %+v", d)
		}
	}
	d, _ := ParseDisclosure("WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0")
	if d.Value != "Möbius" || d.Salt != "_26bc4LT-ac6q2KI6cBW5es" {
		t.Fatalf("decoded value %v salt %v", d.Value, d.Salt)
	}
	a, _ := ParseDisclosure("WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0")
	if a.Value != "FR" {
		t.Fatalf("array element value %v", a.Value)
	}
}

func p256(t testing.TB) *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

type fixture struct {
	issuer, other *ecdsa.PrivateKey
	holder        *ecdsa.PrivateKey
	now           time.Time
	cred          *SDJWT
}

func newFixture(t testing.TB) *fixture {
	f := &fixture{issuer: p256(t), other: p256(t), now: time.Unix(1_800_000_000, 0)}
	f.holder, _ = crypto.GenerateKey()
	hj, err := PublicJWK(&f.holder.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	claims := map[string]any{
		"iss": "https://hospital.example", "iat": f.now.Add(-time.Hour).Unix(), "exp": f.now.Add(365 * 24 * time.Hour).Unix(),
		"vct": MedicalVCT, "cnf": map[string]any{"jwk": hj},
		"given_name":         SD{"Mei"},
		"diagnosis_category": SD{"stroke"},
		"treatment_cost":     SD{"12000.50"},
		"address":            SD{map[string]any{"locality": SD{"Chengdu"}, "country": SD{"CN"}}},
		"procedures":         SD{[]any{SD{"thrombolysis"}, SD{"CT scan"}, "rehabilitation"}},
	}
	cred, err := Issue(f.issuer, map[string]any{"typ": "dc+sd-jwt"}, claims, IssueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	f.cred = cred
	return f
}

func (f *fixture) present(t testing.TB, names []string, aud, nonce string) *SDJWT {
	ds, err := f.cred.Select(names)
	if err != nil {
		t.Fatal(err)
	}
	p := f.cred.Present(ds)
	if err := p.Bind(f.holder, aud, nonce, f.now); err != nil {
		t.Fatal(err)
	}
	return p
}

func (f *fixture) opts() VerifyOptions {
	return VerifyOptions{IssuerKey: &f.issuer.PublicKey, Now: f.now, VC: true, KeyBinding: true, Audience: "eip155:1337:0xabc", Nonce: "n-1"}
}

func TestIssuePresentVerify(t *testing.T) {
	f := newFixture(t)
	// The issued credential, seen whole by its holder.
	all, err := f.cred.Verify(VerifyOptions{IssuerKey: &f.issuer.PublicKey, Now: f.now, VC: true})
	if err != nil {
		t.Fatal(err)
	}
	if all.Claims["given_name"] != "Mei" || all.Claims["address"].(map[string]any)["locality"] != "Chengdu" {
		t.Fatalf("claims: %v", all.Claims)
	}
	if procs := all.Claims["procedures"].([]any); len(procs) != 3 || procs[0] != "thrombolysis" {
		t.Fatalf("procedures: %v", procs)
	}
	// Decoys hide the number of claims: more digests than disclosures.
	j, _ := parseJWT(f.cred.IssuerJWT)
	if n := len(j.payload["_sd"].([]any)); n <= 5 {
		t.Fatalf("top-level _sd holds %d digests: no decoys", n)
	}
	// Salts of 128 bits.
	for _, d := range f.cred.Disclosures {
		if s, _ := b64.DecodeString(d.Salt); len(s) != SaltBytes {
			t.Fatalf("salt of %d bytes", len(s))
		}
	}

	p := f.present(t, []string{"diagnosis_category", "procedures"}, "eip155:1337:0xabc", "n-1")
	v, err := VerifyString(p.String(), f.opts())
	if err != nil {
		t.Fatal(err)
	}
	if v.Claims["diagnosis_category"] != "stroke" || v.Claims["given_name"] != nil || v.Claims["address"] != nil {
		t.Fatalf("presented claims: %v", v.Claims)
	}
	if procs := v.Claims["procedures"].([]any); len(procs) != 3 {
		t.Fatalf("procedures with their elements: %v", procs)
	}
	addr, _ := v.Holder.Address()
	if addr != crypto.PubkeyToAddress(f.holder.PublicKey) {
		t.Fatal("cnf.jwk does not map to the holder's address")
	}
	if v.KeyBinding.Aud != "eip155:1337:0xabc" || v.KeyBinding.Nonce != "n-1" {
		t.Fatalf("key binding: %+v", v.KeyBinding)
	}
	// The parent alone: its nested disclosures are left out by Present of
	// a hand-picked set, and the verifier sees an empty array.
	ds, _ := f.cred.Select([]string{"diagnosis_category"})
	if len(ds) != 1 {
		t.Fatalf("Select(diagnosis_category) picked %d disclosures", len(ds))
	}
}

func reencode(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b64.EncodeToString(b)
}

// forge re-signs an issuer JWT whose payload was changed.
func forge(t testing.TB, key *ecdsa.PrivateKey, raw string, edit func(h, p map[string]any)) string {
	j, err := parseJWT(raw)
	if err != nil {
		t.Fatal(err)
	}
	edit(j.header, j.payload)
	s, err := signJWT(key, j.header, j.payload)
	if err != nil {
		t.Fatal(err)
	}
	if alg, ok := j.header["alg"].(string); ok && alg != "ES256" && alg != "ES256K" {
		parts := strings.Split(s, ".")
		j.header["alg"] = alg
		parts[0] = reencode(t, j.header)
		s = strings.Join(parts, ".")
	}
	return s
}

func wantRule(t *testing.T, name string, err error, rule string) {
	t.Helper()
	var ve *VerifyError
	if !errors.As(err, &ve) || ve.Rule != rule {
		t.Errorf("%s: got %v, want rule %s", name, err, rule)
	}
}

// Every rejection rule, each with a crafted input.
func TestVerifierRejections(t *testing.T) {
	f := newFixture(t)
	good := f.present(t, []string{"diagnosis_category", "treatment_cost"}, "eip155:1337:0xabc", "n-1")
	if _, err := good.Verify(f.opts()); err != nil {
		t.Fatal(err)
	}
	clone := func() *SDJWT {
		c := *good
		c.Disclosures = append([]Disclosure(nil), good.Disclosures...)
		return &c
	}
	rebind := func(p *SDJWT) *SDJWT {
		p.Bind(f.holder, "eip155:1337:0xabc", "n-1", f.now)
		return p
	}
	otherHolder, _ := crypto.GenerateKey()
	newDisc := func(name string, v any) Disclosure {
		d, _ := newDisclosure(rand.Reader, name, v, false)
		return d
	}

	t.Run("forged issuer signature", func(t *testing.T) {
		p := clone()
		p.IssuerJWT = forge(t, f.other, p.IssuerJWT, func(h, pl map[string]any) {})
		_, err := rebind(p).Verify(f.opts())
		wantRule(t, "forged", err, RuleIssuerSignature)
	})
	t.Run("tampered payload", func(t *testing.T) {
		p := clone()
		parts := strings.Split(p.IssuerJWT, ".")
		j, _ := parseJWT(p.IssuerJWT)
		j.payload["iss"] = "https://evil.example"
		parts[1] = reencode(t, j.payload)
		p.IssuerJWT = strings.Join(parts, ".")
		_, err := rebind(p).Verify(f.opts())
		wantRule(t, "tampered payload", err, RuleIssuerSignature)
	})
	t.Run("tampered disclosure", func(t *testing.T) {
		p := clone()
		d := p.Disclosures[0]
		raw, _ := b64.DecodeString(d.Encoded)
		changed := strings.Replace(string(raw), `"stroke"`, `"cancer"`, 1)
		changed = strings.Replace(changed, `"12000.50"`, `"99999"`, 1)
		nd, err := ParseDisclosure(b64.EncodeToString([]byte(changed)))
		if err != nil {
			t.Fatal(err)
		}
		p.Disclosures[0] = nd
		_, err = rebind(p).Verify(f.opts())
		wantRule(t, "tampered disclosure", err, RuleUnreferenced)
	})
	t.Run("unreferenced disclosure", func(t *testing.T) {
		p := clone()
		p.Disclosures = append(p.Disclosures, newDisc("rare_disease", "yes"))
		_, err := rebind(p).Verify(f.opts())
		wantRule(t, "unreferenced", err, RuleUnreferenced)
	})
	t.Run("duplicate digest", func(t *testing.T) {
		p := clone()
		dg := p.Disclosures[0].Digest()
		p.IssuerJWT = forge(t, f.issuer, p.IssuerJWT, func(h, pl map[string]any) {
			pl["_sd"] = append(pl["_sd"].([]any), dg)
		})
		_, err := rebind(p).Verify(f.opts())
		wantRule(t, "duplicate digest", err, RuleDuplicateDigest)
	})
	t.Run("duplicate disclosure", func(t *testing.T) {
		p := clone()
		p.Disclosures = append(p.Disclosures, p.Disclosures[0])
		_, err := rebind(p).Verify(f.opts())
		wantRule(t, "duplicate disclosure", err, RuleDuplicateDigest)
	})
	t.Run("reserved claim name", func(t *testing.T) {
		p := clone()
		d := newDisc("_sd", []any{"x"})
		p.IssuerJWT = forge(t, f.issuer, p.IssuerJWT, func(h, pl map[string]any) {
			pl["_sd"] = append(pl["_sd"].([]any), d.Digest())
		})
		p.Disclosures = append(p.Disclosures, d)
		_, err := rebind(p).Verify(f.opts())
		wantRule(t, "reserved name", err, RuleReservedName)
	})
	t.Run("name collision", func(t *testing.T) {
		p := clone()
		d := newDisc("iss", "https://evil.example")
		p.IssuerJWT = forge(t, f.issuer, p.IssuerJWT, func(h, pl map[string]any) {
			pl["_sd"] = append(pl["_sd"].([]any), d.Digest())
		})
		p.Disclosures = append(p.Disclosures, d)
		_, err := rebind(p).Verify(f.opts())
		wantRule(t, "collision", err, RuleNameCollision)
	})
	t.Run("wrong sd_hash", func(t *testing.T) {
		p := clone()
		p.Disclosures = p.Disclosures[:1] // the KB-JWT signed two disclosures
		_, err := p.Verify(f.opts())
		wantRule(t, "sd_hash", err, RuleSDHash)
	})
	t.Run("KB-JWT by another key", func(t *testing.T) {
		p := clone()
		p.Bind(otherHolder, "eip155:1337:0xabc", "n-1", f.now)
		_, err := p.Verify(f.opts())
		wantRule(t, "other key", err, RuleKeyBindingSig)
	})
	t.Run("wrong aud", func(t *testing.T) {
		p := clone()
		p.Bind(f.holder, "eip155:1:0xabc", "n-1", f.now)
		_, err := p.Verify(f.opts())
		wantRule(t, "aud", err, RuleAudience)
	})
	t.Run("wrong nonce", func(t *testing.T) {
		p := clone()
		p.Bind(f.holder, "eip155:1337:0xabc", "n-2", f.now)
		_, err := p.Verify(f.opts())
		wantRule(t, "nonce", err, RuleNonce)
	})
	t.Run("expired credential", func(t *testing.T) {
		o := f.opts()
		o.Now = f.now.Add(2 * 365 * 24 * time.Hour)
		_, err := good.Verify(o)
		wantRule(t, "expired", err, RuleExpired)
	})
	t.Run("alg none", func(t *testing.T) {
		p := clone()
		parts := strings.Split(p.IssuerJWT, ".")
		parts[0] = reencode(t, map[string]any{"alg": "none", "typ": "dc+sd-jwt"})
		p.IssuerJWT = parts[0] + "." + parts[1] + "."
		_, err := rebind(p).Verify(f.opts())
		wantRule(t, "alg none", err, RuleAlg)
	})
	t.Run("KB-JWT alg none", func(t *testing.T) {
		p := clone()
		parts := strings.Split(p.KeyBinding, ".")
		parts[0] = reencode(t, map[string]any{"alg": "none", "typ": "kb+jwt"})
		p.KeyBinding = parts[0] + "." + parts[1] + "."
		_, err := p.Verify(f.opts())
		wantRule(t, "KB alg none", err, RuleAlg)
	})
	t.Run("wrong typ", func(t *testing.T) {
		p := clone()
		p.IssuerJWT = forge(t, f.issuer, p.IssuerJWT, func(h, pl map[string]any) { h["typ"] = "JWT" })
		_, err := rebind(p).Verify(f.opts())
		wantRule(t, "typ", err, RuleTyp)
	})
	t.Run("vc+sd-jwt accepted", func(t *testing.T) {
		p := clone()
		p.IssuerJWT = forge(t, f.issuer, p.IssuerJWT, func(h, pl map[string]any) { h["typ"] = "vc+sd-jwt" })
		if _, err := rebind(p).Verify(f.opts()); err != nil {
			t.Fatalf("vc+sd-jwt refused: %v", err)
		}
	})
	t.Run("no key binding", func(t *testing.T) {
		p := clone()
		p.KeyBinding = ""
		_, err := p.Verify(f.opts())
		wantRule(t, "no KB", err, RuleKeyBindingMissing)
	})
	t.Run("KB-JWT typ", func(t *testing.T) {
		p := clone()
		kb, _ := signJWT(f.holder, map[string]any{"typ": "JWT"}, map[string]any{"iat": f.now.Unix(), "aud": "eip155:1337:0xabc", "nonce": "n-1", "sd_hash": p.SDHash()})
		p.KeyBinding = kb
		_, err := p.Verify(f.opts())
		wantRule(t, "KB typ", err, RuleKeyBindingTyp)
	})
	t.Run("KB-JWT from the future", func(t *testing.T) {
		p := clone()
		p.Bind(f.holder, "eip155:1337:0xabc", "n-1", f.now.Add(time.Hour))
		_, err := p.Verify(f.opts())
		wantRule(t, "KB iat", err, RuleKeyBindingIat)
	})
	t.Run("high-S ES256K", func(t *testing.T) {
		// RFC 8812 has no low-S rule: the twin (r, n-s) of huzhu's
		// low-S signature is as valid. r or s of 0 or >= n are not, each
		// refused under the key-binding-signature rule with its reason.
		n := crypto.S256().Params().N
		ones := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
		// with replaces r (half 0) or s (half 1) of the key binding's signature.
		with := func(half int, v func(was *big.Int) *big.Int) *SDJWT {
			p := clone()
			parts := strings.Split(p.KeyBinding, ".")
			sig, _ := b64.DecodeString(parts[2])
			part := sig[32*half : 32*half+32]
			copy(part, v(new(big.Int).SetBytes(part)).FillBytes(make([]byte, 32)))
			parts[2] = b64.EncodeToString(sig)
			p.KeyBinding = strings.Join(parts, ".")
			return p
		}
		if _, err := with(1, func(low *big.Int) *big.Int { return low.Sub(n, low) }).Verify(f.opts()); err != nil {
			t.Fatalf("a high-S key binding was refused: %v", err)
		}
		for _, c := range []struct {
			name string
			half int
			v    func(*big.Int) *big.Int
			want string
		}{
			{"s = 2^256-1", 1, func(*big.Int) *big.Int { return ones }, "its s is not between 1 and the curve order"},
			{"s = n", 1, func(*big.Int) *big.Int { return n }, "its s is not between 1 and the curve order"},
			{"s = 0", 1, func(*big.Int) *big.Int { return new(big.Int) }, "its s is not between 1 and the curve order"},
			{"r = 0", 0, func(*big.Int) *big.Int { return new(big.Int) }, "its r is not between 1 and the curve order"},
			{"r = n", 0, func(*big.Int) *big.Int { return n }, "its r is not between 1 and the curve order"},
			{"r = 2^256-1", 0, func(*big.Int) *big.Int { return ones }, "its r is not between 1 and the curve order"},
			{"s = n-1, in range", 1, func(*big.Int) *big.Int { return new(big.Int).Sub(n, big.NewInt(1)) }, "it does not match"},
			{"r = n-1, in range", 0, func(*big.Int) *big.Int { return new(big.Int).Sub(n, big.NewInt(1)) }, "it does not match"},
			{"s + 1", 1, func(s *big.Int) *big.Int { return s.Add(s, big.NewInt(1)) }, "it does not match"},
		} {
			_, err := with(c.half, c.v).Verify(f.opts())
			wantRule(t, c.name, err, RuleKeyBindingSig)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s: got %v, want the reason %q", c.name, err, c.want)
			}
		}
		// The same range rule for the issuer's ES256 signature.
		nP := elliptic.P256().Params().N
		for _, c := range []struct {
			name string
			half int
			v    *big.Int
			want string
		}{
			{"issuer r = 0", 0, new(big.Int), "its r is not between 1"},
			{"issuer s = n", 1, nP, "its s is not between 1"},
			{"issuer s = n-1", 1, new(big.Int).Sub(nP, big.NewInt(1)), "it does not match"},
		} {
			p := clone()
			parts := strings.Split(p.IssuerJWT, ".")
			sig, _ := b64.DecodeString(parts[2])
			c.v.FillBytes(sig[32*c.half : 32*c.half+32])
			parts[2] = b64.EncodeToString(sig)
			p.IssuerJWT = strings.Join(parts, ".")
			_, err := p.Verify(f.opts())
			wantRule(t, c.name, err, RuleIssuerSignature)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s: got %v, want the reason %q", c.name, err, c.want)
			}
		}
		// huzhu itself still signs low S.
		for range 32 {
			p := clone()
			p.Bind(f.holder, "eip155:1337:0xabc", "n-1", f.now)
			sig, _ := b64.DecodeString(p.KeyBinding[strings.LastIndexByte(p.KeyBinding, '.')+1:])
			if new(big.Int).SetBytes(sig[32:]).Cmp(new(big.Int).Rsh(n, 1)) > 0 {
				t.Fatal("huzhu signed a key binding with a high S")
			}
		}
	})
	t.Run("malformed", func(t *testing.T) {
		for _, s := range []string{"", "abc", "a.b.c", "a.b~", good.IssuerJWT + "~%%%~"} {
			_, err := VerifyString(s, f.opts())
			var ve *VerifyError
			if !errors.As(err, &ve) {
				t.Errorf("%q: got %v, want a rule", s, err)
			}
		}
	})
}

// One value, one encoding: no line breaks slipped into a token, no stray
// padding bits, and a VC never lets the holder withhold exp or swap cnf.
func TestMalleabilityAndVisibleClaims(t *testing.T) {
	f := newFixture(t)
	p := f.present(t, []string{"diagnosis_category"}, "eip155:1337:0xabc", "n-1")
	withNewline := *p
	withNewline.KeyBinding = p.KeyBinding[:20] + "\n" + p.KeyBinding[20:]
	if _, err := withNewline.Verify(f.opts()); err == nil {
		t.Fatal("a line break inside the KB-JWT was accepted")
	}
	// The last character of a 64-byte signature carries 4 padding bits.
	sigPart := p.KeyBinding[strings.LastIndexByte(p.KeyBinding, '.')+1:]
	last := sigPart[len(sigPart)-1]
	idx := strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", last)
	alt := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[idx|1]
	if alt != last {
		twin := *p
		twin.KeyBinding = p.KeyBinding[:len(p.KeyBinding)-1] + string(alt)
		if _, err := twin.Verify(f.opts()); err == nil {
			t.Fatal("a signature with non-zero padding bits was accepted")
		}
	}
	// A JWK with stray padding bits is refused, so a key has one thumbprint.
	hj, _ := PublicJWK(&f.holder.PublicKey)
	c := hj.X[len(hj.X)-1]
	i := strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", c)
	if i%4 == 0 {
		bent := hj
		bent.X = hj.X[:len(hj.X)-1] + string("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[i+1])
		if _, err := bent.Thumbprint(); err == nil {
			t.Fatal("a JWK with stray padding bits has a thumbprint")
		}
	}

	// exp as a disclosure: refused for a VC.
	cred, err := Issue(f.issuer, map[string]any{"typ": "dc+sd-jwt"}, map[string]any{
		"iss": "x", "vct": MedicalVCT, "exp": SD{f.now.Add(time.Hour).Unix()}, "a": SD{"b"},
	}, IssueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = cred.Verify(VerifyOptions{IssuerKey: &f.issuer.PublicKey, Now: f.now, VC: true})
	wantRule(t, "exp disclosed", err, RuleNotDisclosable)
}
