package disclosure

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"testing"
	"time"
)

// FuzzParseAndVerify feeds arbitrary text to the SD-JWT parser and
// verifier: it may refuse, never panic.
func FuzzParseAndVerify(f *testing.F) {
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	cred, err := Issue(key, map[string]any{"typ": "dc+sd-jwt"}, map[string]any{
		"iss": "x", "vct": MedicalVCT, "a": SD{"b"}, "arr": []any{SD{1}, 2}, "obj": SD{map[string]any{"c": SD{true}}},
	}, IssueOptions{})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(cred.String())
	f.Add("WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0")
	f.Add("a.b.c~WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0~")
	f.Add("~~~")
	f.Fuzz(func(t *testing.T, s string) {
		sd, err := Parse(s)
		if err != nil {
			return
		}
		sd.Verify(VerifyOptions{IssuerKey: &key.PublicKey, Now: time.Unix(1, 0), VC: true, KeyBinding: true, Audience: "a", Nonce: "n"})
		sd.Select([]string{"a", "obj", "arr"})
		Facts(sd)
		IssuerJWK(sd)
	})
}

// FuzzParseEnvelope feeds arbitrary bytes to the envelope decoder and to
// Open: refusals only, never a panic.
func FuzzParseEnvelope(f *testing.F) {
	k, err := NewNotaryKey()
	if err != nil {
		f.Fatal(err)
	}
	env, err := Seal([]byte(`{"v":1}`), [][]byte{k.PublicKey()}, "ctx")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(env)
	f.Add([]byte("HZEV"))
	f.Add(append([]byte("HZEV\x01\x64\x7a\x00\x01\x00\x02\x01"), make([]byte, 40)...))
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := ParseEnvelope(b); err != nil {
			return
		}
		k.Open(b, "ctx")
	})
}
