package keyringtest

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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

// What the Secret Service keeps for an account (its keystore's derived
// key) used to open every exported copy too: the copy had the same salt.
// An export is sealed afresh: the kept key does not open it, the
// passphrase does.
func TestRealSecretServiceKeyDoesNotOpenAnExport(t *testing.T) {
	requireSecretService(t)
	s := NewStore(t.TempDir())
	s.Scrypt = LightScrypt
	key, _ := crypto.GenerateKey()
	pass := []byte("export through the secret service")
	a, dk, err := s.Add(key, pass, AddOptions{Name: "fay"})
	if err != nil {
		t.Fatal(err)
	}
	kr := OSKeyring{}
	if err := Remember(kr, a, dk); err != nil {
		t.Fatalf("store in the Secret Service: %v", err)
	}
	t.Cleanup(func() { Forget(kr, a) })
	doc, err := s.Export(a, pass)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := Recall(kr, a)
	if err != nil {
		t.Fatalf("read from the Secret Service: %v", err)
	}
	// The copy, as another wallet would hold it.
	other := NewStore(t.TempDir())
	if err := os.MkdirAll(other.Dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(other.Dir, "copy.json"), doc, 0o600); err != nil {
		t.Fatal(err)
	}
	cp, err := other.Get("copy")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Open(cp, kept); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("the Secret Service's key opens the exported copy: %v", err)
	}
	copyDK, err := other.Derive(cp, pass)
	if err != nil {
		t.Fatalf("the passphrase does not open the exported copy: %v", err)
	}
	if k, err := other.Open(cp, copyDK); err != nil || !k.Equal(key) {
		t.Fatalf("the exported copy holds another key: %v", err)
	}
}

// A password file's passphrase is not remembered in the Secret Service
// unless asked (RememberFromFile); a typed one is.
func TestRealSecretServiceRemembersAPasswordFileOnlyWhenAsked(t *testing.T) {
	requireSecretService(t)
	s := NewStore(t.TempDir())
	s.Scrypt = LightScrypt
	key, _ := crypto.GenerateKey()
	a, _, err := s.Add(key, []byte("secret service file pass"), AddOptions{Name: "gus"})
	if err != nil {
		t.Fatal(err)
	}
	kr := OSKeyring{}
	t.Cleanup(func() { Forget(kr, a) })
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("secret service file pass\n"), 0o600)
	kept := func() bool {
		_, err := Recall(kr, a)
		if err != nil && !errors.Is(err, ErrNotFound) {
			t.Fatalf("read from the Secret Service: %v", err)
		}
		return err == nil
	}
	if _, err := (&Unlocker{Store: s, Keyring: kr, PasswordFile: pw}).Key(a); err != nil {
		t.Fatal(err)
	}
	if kept() {
		t.Fatal("the Secret Service holds a password file's passphrase's key without being asked")
	}
	if _, err := (&Unlocker{Store: s, Keyring: kr, PasswordFile: pw, RememberFromFile: true}).Key(a); err != nil {
		t.Fatal(err)
	}
	if !kept() {
		t.Fatal("asked to remember, the Secret Service holds nothing")
	}
	if err := Forget(kr, a); err != nil {
		t.Fatal(err)
	}
	typed := &Unlocker{Store: s, Keyring: kr, Prompt: func(string) ([]byte, error) { return []byte("secret service file pass"), nil }}
	if _, err := typed.Key(a); err != nil {
		t.Fatal(err)
	}
	if !kept() {
		t.Fatal("a typed passphrase is not remembered in the Secret Service")
	}
}

// Last in this package: it locks the session's keyring. A locked keyring
// makes huzhu say so and use the password file instead; with none, it
// fails as an authentication error, never falling back to plaintext.
func TestLockedSecretServiceFallsBack(t *testing.T) {
	requireSecretService(t)
	s := NewStore(t.TempDir())
	s.Scrypt = LightScrypt
	key, _ := crypto.GenerateKey()
	a, dk, err := s.Add(key, []byte("locked keyring pass"), AddOptions{Name: "erin"})
	if err != nil {
		t.Fatal(err)
	}
	kr := OSKeyring{}
	if err := Remember(kr, a, dk); err != nil {
		t.Fatal(err)
	}
	conn, err := dbus.SessionBus()
	if err != nil {
		t.Fatal(err)
	}
	svc := conn.Object("org.freedesktop.secrets", "/org/freedesktop/secrets")
	var locked []dbus.ObjectPath
	var prompt dbus.ObjectPath
	if err := svc.Call("org.freedesktop.Secret.Service.Lock", 0, []dbus.ObjectPath{"/org/freedesktop/secrets/collection/login"}).Store(&locked, &prompt); err != nil {
		t.Fatalf("lock the login collection: %v", err)
	}
	if len(locked) == 0 {
		t.Fatal("the login collection did not lock")
	}
	KeyringTimeout = 2 * time.Second
	if _, err := Recall(kr, a); !errors.Is(err, ErrKeyringUnavailable) {
		t.Fatalf("recall from a locked keyring: got %v, want ErrKeyringUnavailable", err)
	}
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("locked keyring pass\n"), 0o600)
	// With no prompt to follow, the reason is in the error: the account is
	// locked because the keyring cannot be used (not "no entry").
	u := &Unlocker{Store: s, Keyring: kr}
	_, err = u.Key(a)
	var le *LockedError
	if !errors.Is(err, ErrAuth) || !errors.As(err, &le) || le.Keyring != KeyringUnavailable {
		t.Fatalf("locked keyring, nothing else: got %v, want a LockedError saying the keyring is unavailable", err)
	}
	// With a prompt, huzhu says why it asks.
	var notes []string
	u = &Unlocker{Store: s, Keyring: kr, Notify: func(m string) { notes = append(notes, m) },
		Prompt: func(string) ([]byte, error) { return []byte("locked keyring pass"), nil }}
	if k, err := u.Key(a); err != nil || !k.Equal(key) {
		t.Fatalf("locked keyring, passphrase typed: %v", err)
	}
	if len(notes) == 0 {
		t.Fatal("huzhu did not say why it could not use the keyring before asking")
	}
	u = &Unlocker{Store: s, PasswordFile: pw}
	if k, err := u.Key(a); err != nil || !k.Equal(key) {
		t.Fatalf("locked keyring with a password file: %v", err)
	}
}

// BenchmarkUnlockFromSecretServiceAndSign: the derived key fetched over
// D-Bus from gnome-keyring, the keystore opened, a transaction signed.
func BenchmarkUnlockFromSecretServiceAndSign(b *testing.B) {
	if os.Getenv("HUZHU_TEST_SECRET_SERVICE") != "1" {
		b.Skip("needs a Secret Service: run scripts/bench")
	}
	s := NewStore(b.TempDir())
	key, _ := crypto.GenerateKey()
	a, dk, err := s.Add(key, []byte("benchmark passphrase"), AddOptions{Name: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	kr := OSKeyring{}
	if err := Remember(kr, a, dk); err != nil {
		b.Fatal(err)
	}
	defer Forget(kr, a)
	u := &Unlocker{Store: s, Keyring: kr}
	to := common.HexToAddress("0x00000000000000000000000000000000000000e1")
	signer := types.LatestSignerForChainID(big.NewInt(1337))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k, err := u.Key(a)
		if err != nil {
			b.Fatal(err)
		}
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: uint64(i), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &to, Value: big.NewInt(1)})
		if _, err := types.SignTx(tx, signer, k); err != nil {
			b.Fatal(err)
		}
	}
}
