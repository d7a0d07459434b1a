package wallet

import (
	"bytes"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/disclosure"
)

// An issuer key comes with an event id secret kept beside it, 0600 and
// encrypted (the passphrase and the derived key the keyring remembers
// both open it); the same secret every time; another issuer's is another.
// A wrong derived key opens nothing and makes nothing.
func TestIssuerEventIDSecretIsKeptWithTheKey(t *testing.T) {
	is := NewIssuerStore(t.TempDir())
	is.Scrypt = LightScrypt
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	acct, _, dk, err := is.Create("West China Hospital", []byte("a good passphrase"), now)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(filepath.Dir(acct.File), eventIDSecretFile)
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("after issuer init, the event id secret: %v (mode %v), want a 0600 file beside the key", err, st)
	}
	secret, err := is.EventIDSecret(acct, dk)
	if err != nil || len(secret) != disclosure.EventIDSecretSize {
		t.Fatalf("EventIDSecret: %d bytes, %v", len(secret), err)
	}
	kept, _ := os.ReadFile(path)
	if bytes.Contains(kept, []byte(hex.EncodeToString(secret))) || bytes.Contains(kept, secret) {
		t.Fatal("the event id secret is kept in the clear")
	}
	// The passphrase opens it too, through the key file's KDF.
	dk2, err := (&Store{}).Derive(acct, []byte("a good passphrase"))
	if err != nil {
		t.Fatal(err)
	}
	if again, err := is.EventIDSecret(acct, dk2); err != nil || !bytes.Equal(again, secret) {
		t.Fatalf("the secret a second time: %v; same: %v", err, bytes.Equal(again, secret))
	}
	bad := bytes.Clone(dk)
	bad[len(bad)-1] ^= 1
	if _, err := is.EventIDSecret(acct, bad); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("a wrong derived key: got %v, want ErrWrongPassphrase", err)
	}
	other, _, odk, err := is.Create("Yangzhou First People's Hospital", []byte("another passphrase"), now)
	if err != nil {
		t.Fatal(err)
	}
	if theirs, err := is.EventIDSecret(other, odk); err != nil || bytes.Equal(theirs, secret) {
		t.Fatalf("another issuer's secret: %v; the same as the first's: %v", err, bytes.Equal(theirs, secret))
	}

	// A damaged secret is refused, never replaced.
	if err := os.WriteFile(path, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := is.EventIDSecret(acct, dk); err == nil {
		t.Fatal("a damaged event id secret was taken or replaced")
	}
	if b, _ := os.ReadFile(path); string(b) != "{}" {
		t.Fatal("a damaged event id secret was overwritten")
	}
}

// An issuer key made before event ids had a secret gets one on first use,
// once: eight processes asking at once all get the same secret, and it is
// the one kept. A wrong derived key makes none.
func TestEventIDSecretOfAnOlderIssuerIsMadeOnce(t *testing.T) {
	is := NewIssuerStore(t.TempDir())
	is.Scrypt = LightScrypt
	acct, _, dk, err := is.Create("Old Clinic", []byte("a good passphrase"), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(filepath.Dir(acct.File), eventIDSecretFile)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	bad := bytes.Clone(dk)
	bad[0] ^= 1
	bad[len(bad)-1] ^= 1
	if _, err := is.EventIDSecret(acct, bad); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("a wrong derived key: got %v, want ErrWrongPassphrase", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a wrong derived key made a secret: %v", err)
	}
	const n = 8
	got := make([][]byte, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := NewIssuerStore(filepath.Dir(is.Dir))
			var err error
			if got[i], err = s.EventIDSecret(acct, dk); err != nil {
				t.Errorf("%d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	kept, err := is.EventIDSecret(acct, dk)
	if err != nil {
		t.Fatal(err)
	}
	for i, g := range got {
		if !bytes.Equal(g, kept) {
			t.Fatalf("process %d got another secret than the one kept", i)
		}
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("the secret made on first use: %v (mode %v)", err, st)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*")); len(left) != 0 {
		t.Fatalf("temporary files left behind: %v", left)
	}
}
