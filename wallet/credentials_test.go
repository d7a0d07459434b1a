package wallet

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestCredentialsAreEncryptedPerAccount(t *testing.T) {
	dir := t.TempDir()
	s := NewStore(dir)
	s.Scrypt = LightScrypt
	k1, _ := crypto.GenerateKey()
	k2, _ := crypto.GenerateKey()
	a1, _, _ := s.Add(k1, []byte("passphrase one"), AddOptions{Name: "one"})
	a2, _, _ := s.Add(k2, []byte("passphrase two"), AddOptions{Name: "two"})
	cs := NewCredentialStore(dir)
	secret := "eyJhbGciOiJFUzI1NiJ9.eyJkaWFnbm9zaXMiOiJzdHJva2UifQ.sig~WyJzYWx0IiwiZGlhZ25vc2lzIiwic3Ryb2tlIl0~"
	id, err := cs.Add(a1, k1, secret, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cs.Add(a1, k1, secret, time.Now()); err == nil {
		t.Fatal("the same credential was added twice")
	}
	b, _ := os.ReadFile(filepath.Join(dir, "credentials", id+".json"))
	if bytes.Contains(b, []byte("WyJzYWx0")) || bytes.Contains(b, []byte("eyJkaWFn")) {
		t.Fatal("the credential is on disk in the clear")
	}
	if st, _ := os.Stat(filepath.Join(dir, "credentials", id+".json")); st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v", st.Mode().Perm())
	}
	got, err := cs.Get(a1, k1, id[:4])
	if err != nil || got.SDJWT != secret {
		t.Fatalf("get: %v", err)
	}
	// Another account sees none of them; the wrong key opens nothing.
	if l, _ := cs.List(a2, k2); len(l) != 0 {
		t.Fatalf("account two lists %d credentials", len(l))
	}
	if got, err := cs.List(a1, k2); err == nil || len(got) != 0 || !strings.Contains(err.Error(), "do not open") {
		t.Fatalf("wrong key: %v", err)
	}
}

// Re-importing the account (a new keystore, a new passphrase) keeps its
// credentials readable: they are keyed to the private key.
func TestCredentialsSurviveReimport(t *testing.T) {
	dir := t.TempDir()
	s := NewStore(dir)
	s.Scrypt = LightScrypt
	k, _ := crypto.GenerateKey()
	a, _, _ := s.Add(k, []byte("first passphrase"), AddOptions{Name: "one"})
	cs := NewCredentialStore(dir)
	id, err := cs.Add(a, k, "h.p.s~", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	s.Remove(a)
	b, _, err := s.Add(k, []byte("second passphrase"), AddOptions{Name: "again"})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := cs.Get(b, k, id); err != nil || got.SDJWT != "h.p.s~" {
		t.Fatalf("after re-import: %v", err)
	}
	if CredentialID("h.p.s1~") != CredentialID("h.p.s2~") {
		t.Fatal("the id depends on the signature")
	}
}
