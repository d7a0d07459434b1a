package keyringtest

import (
	"errors"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	. "github.com/huzhu-community/huzhu/wallet"
)

// requireSecretService skips unless scripts/test runs this package inside
// dbus-run-session with an unlocked gnome-keyring (HUZHU_TEST_SECRET_SERVICE=1);
// there the real Secret Service must work, or the test fails.
func requireSecretService(t *testing.T) {
	t.Helper()
	if os.Getenv("HUZHU_TEST_SECRET_SERVICE") != "1" {
		t.Skip("needs a Secret Service: run scripts/test (dbus-run-session + gnome-keyring-daemon --unlock)")
	}
}

func TestRealSecretServiceStoresReadsDeletes(t *testing.T) {
	requireSecretService(t)
	s := NewStore(t.TempDir())
	s.Scrypt = LightScrypt
	key, _ := crypto.GenerateKey()
	a, dk, err := s.Add(key, []byte("secret service passphrase"), AddOptions{Name: "dora"})
	if err != nil {
		t.Fatal(err)
	}
	kr := OSKeyring{}
	if err := Remember(kr, a, dk); err != nil {
		t.Fatalf("store in the Secret Service: %v", err)
	}
	t.Cleanup(func() { Forget(kr, a) })
	got, err := Recall(kr, a)
	if err != nil {
		t.Fatalf("read from the Secret Service: %v", err)
	}
	u := &Unlocker{Store: s, Keyring: kr}
	if k, err := u.Key(a); err != nil || !k.Equal(key) {
		t.Fatalf("unlock through the Secret Service: %v", err)
	}
	if string(got) != string(dk) {
		t.Fatal("the Secret Service returned another secret")
	}
	if err := Forget(kr, a); err != nil {
		t.Fatalf("delete from the Secret Service: %v", err)
	}
	if _, err := Recall(kr, a); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after delete: got %v, want not found", err)
	}
	// Once forgotten, unlocking needs the passphrase again.
	if _, err := u.Key(a); !errors.Is(err, ErrAuth) {
		t.Fatalf("unlock after forget without a passphrase: got %v", err)
	}
}
