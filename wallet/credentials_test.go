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
	a1, dk1, _ := s.Add(k1, []byte("passphrase one"), AddOptions{Name: "one"})
	a2, dk2, _ := s.Add(k2, []byte("passphrase two"), AddOptions{Name: "two"})
	cs := NewCredentialStore(dir)
	secret := "eyJhbGciOiJFUzI1NiJ9.eyJkaWFnbm9zaXMiOiJzdHJva2UifQ.sig~WyJzYWx0IiwiZGlhZ25vc2lzIiwic3Ryb2tlIl0~"
	id, err := cs.Add(a1, dk1, secret, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cs.Add(a1, dk1, secret, time.Now()); err == nil {
		t.Fatal("the same credential was added twice")
	}
	b, _ := os.ReadFile(filepath.Join(dir, "credentials", id+".json"))
	if bytes.Contains(b, []byte("WyJzYWx0")) || bytes.Contains(b, []byte("eyJkaWFn")) {
		t.Fatal("the credential is on disk in the clear")
	}
	if st, _ := os.Stat(filepath.Join(dir, "credentials", id+".json")); st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v", st.Mode().Perm())
	}
	got, err := cs.Get(a1, dk1, id[:4])
	if err != nil || got.SDJWT != secret {
		t.Fatalf("get: %v", err)
	}
	// Another account sees none of them; the wrong key opens nothing.
	if l, _ := cs.List(a2, dk2); len(l) != 0 {
		t.Fatalf("account two lists %d credentials", len(l))
	}
	if _, err := cs.List(a1, dk2); err == nil || !strings.Contains(err.Error(), "does not open") {
		t.Fatalf("wrong key: %v", err)
	}
}
