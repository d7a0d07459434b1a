package wallet

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/zalando/go-keyring"
)

// The two test vectors of the Web3 Secret Storage Definition.
func TestWeb3SecretStorageVectors(t *testing.T) {
	b, err := os.ReadFile("testdata/web3_secret_storage_v3.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors map[string]json.RawMessage
	json.Unmarshal(b, &vectors)
	for _, name := range []string{"wikipage_test_vector_scrypt", "wikipage_test_vector_pbkdf2"} {
		var v struct {
			JSON     json.RawMessage `json:"json"`
			Password string          `json:"password"`
			Priv     string          `json:"priv"`
		}
		if err := json.Unmarshal(vectors[name], &v); err != nil {
			t.Fatal(err)
		}
		key, err := DecryptKeystore(v.JSON, []byte(v.Password))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := hex.EncodeToString(crypto.FromECDSA(key)); got != v.Priv {
			t.Fatalf("%s: got key %s, want %s", name, got, v.Priv)
		}
		if _, err := DecryptKeystore(v.JSON, []byte("not the password")); !errors.Is(err, ErrWrongPassphrase) {
			t.Fatalf("%s with a wrong password: got %v", name, err)
		}
	}
}

func newTestStore(t *testing.T) *Store {
	s := NewStore(t.TempDir())
	s.Scrypt = LightScrypt
	return s
}

func TestStoreRoundTripAndInterop(t *testing.T) {
	s := newTestStore(t)
	key, _ := crypto.GenerateKey()
	pass := []byte("correct horse battery")
	a, dk, err := s.Add(key, bytes.Clone(pass), AddOptions{Name: "alice", Source: SourceGenerated})
	if err != nil {
		t.Fatal(err)
	}
	if a.Address != crypto.PubkeyToAddress(key.PublicKey) || a.Name != "alice" {
		t.Fatalf("account: got %+v", a)
	}
	st, _ := os.Stat(a.File)
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("keystore file mode: got %v, want 0600", st.Mode().Perm())
	}
	raw, _ := os.ReadFile(a.File)
	if bytes.Contains(raw, []byte(hex.EncodeToString(crypto.FromECDSA(key)))) || bytes.Contains(raw, pass) {
		t.Fatal("the keystore file holds the key or the passphrase in plaintext")
	}
	// The derived key opens it with no KDF; the passphrase derives the same.
	got, err := s.Open(a, dk)
	if err != nil || !got.Equal(key) {
		t.Fatalf("open with derived key: %v", err)
	}
	dk2, err := s.Derive(a, pass)
	if err != nil || !bytes.Equal(dk, dk2) {
		t.Fatalf("derive: %v", err)
	}
	if _, err := s.Derive(a, []byte("wrong passphrase")); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: got %v", err)
	}
	// The exported document is plain v3: go-ethereum's own keystore opens it.
	doc, err := s.Export(a, pass)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(doc, []byte("x-huzhu")) {
		t.Fatal("export kept huzhu's metadata")
	}
	k, err := keystore.DecryptKey(doc, string(pass))
	if err != nil || !k.PrivateKey.Equal(key) {
		t.Fatalf("go-ethereum keystore.DecryptKey of our export: %v", err)
	}
	// And a keystore made by go-ethereum opens here.
	theirs, err := keystore.EncryptKey(k, "their pass", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecryptKeystore(theirs, []byte("their pass"))
	if err != nil || !back.Equal(key) {
		t.Fatalf("decrypt go-ethereum's keystore: %v", err)
	}
}

func TestStoreNamesAndLookups(t *testing.T) {
	s := newTestStore(t)
	k1, _ := crypto.GenerateKey()
	k2, _ := crypto.GenerateKey()
	a1, _, err := s.Add(k1, []byte("passphrase1"), AddOptions{Name: "bob"})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Add(k2, []byte("passphrase2"), AddOptions{Name: "bob"}); !errors.Is(err, ErrAccountExists) {
		t.Fatalf("same name twice: got %v", err)
	}
	if _, _, err := s.Add(k1, []byte("passphrase2"), AddOptions{Name: "bob2"}); !errors.Is(err, ErrAccountExists) {
		t.Fatalf("same key twice: got %v", err)
	}
	for _, bad := range []string{"", "Bob", "a/b", "../x", strings.Repeat("a", 33), "-x"} {
		if _, _, err := s.Add(k2, []byte("passphrase2"), AddOptions{Name: bad}); err == nil {
			t.Fatalf("name %q accepted", bad)
		}
	}
	for _, q := range []string{"bob", "BOB", a1.Address.Hex(), strings.ToLower(a1.Address.Hex())} {
		if got, err := s.Get(q); err != nil || got.Address != a1.Address {
			t.Fatalf("Get(%q): %v", q, err)
		}
	}
	if _, err := s.Get("carol"); !errors.Is(err, ErrNoAccount) || !strings.Contains(err.Error(), "bob") {
		t.Fatalf("Get(carol): got %v, want ErrNoAccount listing bob", err)
	}
	ents, _ := os.ReadDir(s.Dir)
	if len(ents) != 1 {
		t.Fatalf("files in the wallet dir: %v", ents)
	}
	if err := s.Remove(a1); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.List(); len(all) != 0 {
		t.Fatalf("after remove: %v", all)
	}
}

func TestUnlockerPaths(t *testing.T) {
	keyring.MockInit()
	s := newTestStore(t)
	key, _ := crypto.GenerateKey()
	a, _, err := s.Add(key, []byte("the passphrase"), AddOptions{Name: "carol"})
	if err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pwFile, []byte("the passphrase\n"), 0o600)
	badFile := filepath.Join(t.TempDir(), "bad")
	os.WriteFile(badFile, []byte("not it\n"), 0o600)

	// No keyring, no file, no terminal: locked, with the reason.
	u := &Unlocker{Store: s}
	if _, err := u.Key(a); !errors.Is(err, ErrAuth) || !strings.Contains(err.Error(), "no terminal") {
		t.Fatalf("locked: got %v", err)
	}
	// Wrong password file: ErrAuth.
	u = &Unlocker{Store: s, PasswordFile: badFile}
	if _, err := u.Key(a); !errors.Is(err, ErrAuth) {
		t.Fatalf("wrong file: got %v", err)
	}
	// Password file with the keyring on, asked to remember: unlocks and
	// remembers (TestUnlockerRemembersAPasswordFileOnlyWhenAsked).
	kr := OSKeyring{}
	u = &Unlocker{Store: s, Keyring: kr, PasswordFile: pwFile, RememberFromFile: true}
	if k, err := u.Key(a); err != nil || !k.Equal(key) {
		t.Fatalf("password file: %v", err)
	}
	// Now the keyring alone opens it.
	u = &Unlocker{Store: s, Keyring: kr}
	if k, err := u.Key(a); err != nil || !k.Equal(key) {
		t.Fatalf("keyring: %v", err)
	}
	// Prompt: a wrong answer, then the right one.
	answers := [][]byte{[]byte("nope"), []byte("the passphrase")}
	var notes []string
	u = &Unlocker{Store: s, Prompt: func(string) ([]byte, error) {
		a := answers[0]
		answers = answers[1:]
		return bytes.Clone(a), nil
	}, Notify: func(m string) { notes = append(notes, m) }}
	if k, err := u.Key(a); err != nil || !k.Equal(key) || len(notes) != 1 {
		t.Fatalf("prompt: %v, notes %v", err, notes)
	}
	// An explicit password file wins over the keyring: a wrong one fails.
	u = &Unlocker{Store: s, Keyring: kr, PasswordFile: badFile}
	if _, err := u.Key(a); !errors.Is(err, ErrAuth) {
		t.Fatalf("wrong password file with a keyring entry: got %v", err)
	}
	// A keyring that fails: say why, then fall back to the prompt.
	keyring.MockInitWithError(errors.New("no D-Bus session"))
	notes = nil
	answers = [][]byte{[]byte("the passphrase")}
	u = &Unlocker{Store: s, Keyring: kr, Notify: func(m string) { notes = append(notes, m) }, Prompt: func(string) ([]byte, error) {
		a := answers[0]
		answers = answers[1:]
		return bytes.Clone(a), nil
	}}
	if k, err := u.Key(a); err != nil || !k.Equal(key) {
		t.Fatalf("failing keyring with a prompt: %v", err)
	}
	if len(notes) == 0 || !strings.Contains(notes[0], "no D-Bus session") {
		t.Fatalf("no explanation of the keyring failure: %v", notes)
	}
	// In plain words (the TUI's status line): the same reason, without
	// the system's error.
	notes = nil
	answers = [][]byte{[]byte("the passphrase")}
	u = &Unlocker{Store: s, Keyring: kr, PlainNotices: true, Notify: func(m string) { notes = append(notes, m) }, Prompt: func(string) ([]byte, error) {
		a := answers[0]
		answers = answers[1:]
		return bytes.Clone(a), nil
	}}
	if k, err := u.Key(a); err != nil || !k.Equal(key) {
		t.Fatalf("failing keyring with a prompt, plain notices: %v", err)
	}
	if len(notes) != 1 || notes[0] != "No OS keyring here, so huzhu cannot remember the passphrase." {
		t.Fatalf("plain notice of the keyring failure: %q", notes)
	}
	// A failing keyring and nothing else: locked, exit code 4 material.
	u = &Unlocker{Store: s, Keyring: kr}
	if _, err := u.Key(a); !errors.Is(err, ErrAuth) {
		t.Fatalf("failing keyring alone: got %v", err)
	}
}

// A hostile keystore cannot ask for unbounded work or memory.
func TestKeystoreKDFBounds(t *testing.T) {
	for _, params := range []string{
		`"kdf":"scrypt","kdfparams":{"dklen":32,"n":2147483648,"r":8,"p":1,"salt":"00"}`,
		`"kdf":"scrypt","kdfparams":{"dklen":32,"n":262144,"r":64,"p":1,"salt":"00"}`,
		`"kdf":"scrypt","kdfparams":{"dklen":32,"n":1000,"r":8,"p":1,"salt":"00"}`,
		`"kdf":"pbkdf2","kdfparams":{"dklen":32,"c":4000000000,"prf":"hmac-sha256","salt":"00"}`,
		`"kdf":"scrypt","kdfparams":{"dklen":4096,"n":2,"r":1,"p":1,"salt":"00"}`,
	} {
		doc := `{"version":3,"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"00000000000000000000000000000000"},"ciphertext":"00","mac":"00",` + params + `}}`
		if _, err := DecryptKeystore([]byte(doc), []byte("x")); err == nil || errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("%s: got %v, want a bounds error", params, err)
		}
	}
}

// The scrypt bounds are on memory (128·r·N) and work (p·r·N), exactly at
// their limits, and accept every standard and light setting of geth and
// ethers.
func TestScryptBoundsAreMemoryAndWork(t *testing.T) {
	for _, ok := range []struct{ n, r, p uint64 }{
		{1 << 18, 8, 1},       // geth standard, Web3 Secret Storage's standard
		{1 << 12, 8, 6},       // geth light
		{1 << 17, 8, 1},       // ethers
		{1 << 20, 8, 1},       // memory exactly 1 GiB, work 2^23
		{1 << 23, 1, 1},       // memory exactly 1 GiB with r=1
		{1 << 18, 8, 4},       // work exactly 2^23
		{1 << 10, 1, 1 << 13}, // work exactly 2^23 through p
		{2, 1, 1},
	} {
		if err := checkScrypt(ok.n, ok.r, ok.p); err != nil {
			t.Errorf("n=%d r=%d p=%d: %v", ok.n, ok.r, ok.p, err)
		}
	}
	for _, bad := range []struct {
		n, r, p uint64
		why     string
	}{
		{1 << 21, 8, 1, "memory"}, // 2 GiB
		{1 << 20, 9, 1, "memory"}, // just over 1 GiB
		{1 << 24, 1, 1, "memory"},
		{2, 1 << 40, 1, "memory"},       // r alone, without overflow
		{1 << 18, 8, 5, "work"},         // work 2^23 + 2^21
		{1 << 10, 1, 1<<13 + 1, "work"}, // work one step over
		{1 << 18, 1, 1 << 40, "work"},
		{1000, 8, 1, "power of 2"},
		{1 << 18, 0, 1, "at least 1"},
		{1 << 18, 8, 0, "at least 1"},
	} {
		if err := checkScrypt(bad.n, bad.r, bad.p); err == nil || !strings.Contains(err.Error(), bad.why) {
			t.Errorf("n=%d r=%d p=%d: got %v, want a %s bound", bad.n, bad.r, bad.p, err, bad.why)
		}
	}
	// Through a keystore file: a non-integral or huge number is refused
	// before any conversion.
	for _, params := range []string{
		`"n":1e300,"r":8,"p":1`, `"n":262144.5,"r":8,"p":1`, `"n":262144,"r":8,"p":-1`,
	} {
		doc := `{"version":3,"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"00000000000000000000000000000000"},"ciphertext":"00","mac":"00","kdf":"scrypt","kdfparams":{"dklen":32,"salt":"00",` + params + `}}}`
		if _, err := DecryptKeystore([]byte(doc), []byte("x")); err == nil || errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("%s: got %v", params, err)
		}
	}
}

// Keystores written by early go-ethereum versions name the section
// "Crypto" (capitalised); they open as well, and a file with neither is
// refused as not a keystore.
func TestKeystoreWithCapitalisedCrypto(t *testing.T) {
	b, err := os.ReadFile("testdata/web3_secret_storage_v3.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors map[string]struct {
		JSON     json.RawMessage `json:"json"`
		Password string          `json:"password"`
		Priv     string          `json:"priv"`
	}
	json.Unmarshal(b, &vectors)
	v := vectors["wikipage_test_vector_pbkdf2"]
	old := bytes.Replace(v.JSON, []byte(`"crypto"`), []byte(`"Crypto"`), 1)
	if bytes.Equal(old, v.JSON) {
		t.Fatal("the vector has no crypto section to rename")
	}
	key, err := DecryptKeystore(old, []byte(v.Password))
	if err != nil {
		t.Fatalf("a keystore with \"Crypto\": %v", err)
	}
	if got := hex.EncodeToString(crypto.FromECDSA(key)); got != v.Priv {
		t.Fatalf("got key %s, want %s", got, v.Priv)
	}
	none := bytes.Replace(v.JSON, []byte(`"crypto"`), []byte(`"cipherless"`), 1)
	if _, err := DecryptKeystore(none, []byte(v.Password)); err == nil {
		t.Fatal("a keystore without a crypto section was opened")
	}
}

// The pbkdf2 iteration count of an imported keystore is bounded at both
// ends, exactly: 1 opens, 0 and 10,000,001 are refused before any work.
func TestPBKDF2CountBounds(t *testing.T) {
	b, err := os.ReadFile("testdata/web3_secret_storage_v3.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors map[string]struct {
		JSON     json.RawMessage `json:"json"`
		Password string          `json:"password"`
	}
	json.Unmarshal(b, &vectors)
	v := vectors["wikipage_test_vector_pbkdf2"]
	withCount := func(c any) []byte {
		var k map[string]any
		if err := json.Unmarshal(v.JSON, &k); err != nil {
			t.Fatal(err)
		}
		k["crypto"].(map[string]any)["kdfparams"].(map[string]any)["c"] = c
		out, _ := json.Marshal(k)
		return out
	}
	// With c = 1 the key derived differs from the vector's, so the MAC
	// check (not the bound) refuses the passphrase: the bound let it through.
	if _, err := DecryptKeystore(withCount(1), []byte(v.Password)); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("c = 1: got %v, want the MAC check to run (wrong passphrase)", err)
	}
	for _, c := range []any{0, -1, 10_000_001, 2.5} {
		_, err := DecryptKeystore(withCount(c), []byte(v.Password))
		if err == nil || errors.Is(err, ErrWrongPassphrase) {
			t.Fatalf("c = %v: got %v, want a refusal before any work", c, err)
		}
	}
}

// The wallet keeps no account under a passphrase shorter than
// MinPassphrase, whatever face or import path hands it one (a foreign
// keystore's "1234" included): the refusal comes before any file is
// written.
func TestStoreRefusesAShortPassphrase(t *testing.T) {
	s := newTestStore(t)
	key, _ := crypto.GenerateKey()
	for _, short := range []string{"", "1234", "七个字的密码啊"} {
		if _, _, err := s.Add(key, []byte(short), AddOptions{Name: "short"}); !errors.Is(err, ErrShortPassphrase) {
			t.Fatalf("passphrase %q: got %v, want ErrShortPassphrase", short, err)
		}
	}
	if ents, _ := os.ReadDir(s.Dir); len(ents) != 0 {
		t.Fatalf("a refused account left files: %v", ents)
	}
	// Eight characters, not eight bytes: "八个字的密码好的" is eight runes.
	if _, _, err := s.Add(key, []byte("八个字的密码好的"), AddOptions{Name: "long"}); err != nil {
		t.Fatalf("eight characters refused: %v", err)
	}
}

// The OS keyring remembers an account's derived key (the scrypt output
// of its keystore's salt). An exported copy under the same salt opened
// with that key too: whoever read the keyring entry opened every copy
// ever exported. An export is sealed afresh (salt, IV, id), so the
// stored keystore's derived key does not open it; the passphrase does,
// with the stored file's scrypt costs, and go-ethereum reads it.
func TestExportSharesNoDerivedKeyWithTheStoredKeystore(t *testing.T) {
	s := newTestStore(t)
	key, _ := crypto.GenerateKey()
	pass := []byte("export passphrase")
	a, dk, err := s.Add(key, bytes.Clone(pass), AddOptions{Name: "dora"})
	if err != nil {
		t.Fatal(err)
	}
	stored, _, err := s.read(a.File)
	if err != nil {
		t.Fatal(err)
	}
	if doc, err := s.Export(a, []byte("not the passphrase")); !errors.Is(err, ErrWrongPassphrase) || doc != nil {
		t.Fatalf("export with a wrong passphrase: got %v", err)
	}
	doc, err := s.Export(a, pass)
	if err != nil {
		t.Fatal(err)
	}
	exported, err := parseKeystore(doc)
	if err != nil {
		t.Fatal(err)
	}
	if exported.Crypto.KDFParams["salt"] == stored.Crypto.KDFParams["salt"] {
		t.Error("the export has the stored keystore's salt")
	}
	if exported.Crypto.CipherParams.IV == stored.Crypto.CipherParams.IV {
		t.Error("the export has the stored keystore's IV")
	}
	if exported.ID == stored.ID {
		t.Error("the export has the stored keystore's id")
	}
	if _, err := exported.open(dk); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("the stored keystore's derived key (the keyring's) opens the export: %v", err)
	}
	for _, p := range []string{"n", "r", "p"} {
		if fmt.Sprint(exported.Crypto.KDFParams[p]) != fmt.Sprint(stored.Crypto.KDFParams[p]) {
			t.Errorf("scrypt %s: export %v, stored %v", p, exported.Crypto.KDFParams[p], stored.Crypto.KDFParams[p])
		}
	}
	if bytes.Contains(doc, []byte("x-huzhu")) {
		t.Error("the export kept huzhu's metadata")
	}
	if k, err := DecryptKeystore(doc, pass); err != nil || !k.Equal(key) {
		t.Fatalf("the passphrase does not open the export: %v", err)
	}
	if k, err := keystore.DecryptKey(doc, string(pass)); err != nil || !k.PrivateKey.Equal(key) {
		t.Fatalf("go-ethereum's keystore.DecryptKey of the export: %v", err)
	}
	// Two exports share nothing either.
	again, err := s.Export(a, pass)
	if err != nil {
		t.Fatal(err)
	}
	if second, _ := parseKeystore(again); second.Crypto.KDFParams["salt"] == exported.Crypto.KDFParams["salt"] {
		t.Error("two exports have the same salt")
	}
}

// A passphrase read from a password file used to be remembered by the
// keyring as soon as it unlocked: one scripted run, and the desktop
// session opened the key from then on. It is remembered only when asked
// (RememberFromFile, the CLI's --remember); a typed one is remembered as
// before.
func TestUnlockerRemembersAPasswordFileOnlyWhenAsked(t *testing.T) {
	keyring.MockInit()
	s := newTestStore(t)
	key, _ := crypto.GenerateKey()
	a, _, err := s.Add(key, []byte("remember me not"), AddOptions{Name: "gus"})
	if err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pwFile, []byte("remember me not\n"), 0o600)
	kr := OSKeyring{}
	kept := func() bool {
		_, err := Recall(kr, a)
		if err != nil && !errors.Is(err, ErrNotFound) {
			t.Fatal(err)
		}
		return err == nil
	}
	u := &Unlocker{Store: s, Keyring: kr, PasswordFile: pwFile}
	if k, err := u.Key(a); err != nil || !k.Equal(key) {
		t.Fatalf("password file: %v", err)
	}
	if kept() {
		t.Fatal("a password file's passphrase was remembered without being asked")
	}
	u = &Unlocker{Store: s, Keyring: kr, Prompt: func(string) ([]byte, error) { return []byte("remember me not"), nil }}
	if k, err := u.Key(a); err != nil || !k.Equal(key) {
		t.Fatalf("prompt: %v", err)
	}
	if !kept() {
		t.Fatal("a typed passphrase was not remembered")
	}
	if err := Forget(kr, a); err != nil {
		t.Fatal(err)
	}
	u = &Unlocker{Store: s, Keyring: kr, PasswordFile: pwFile, RememberFromFile: true}
	if _, err := u.Key(a); err != nil {
		t.Fatal(err)
	}
	if !kept() {
		t.Fatal("asked to remember a password file's passphrase, the keyring did not")
	}
	// Asked, and the keyring fails: said, since it was asked for.
	keyring.MockInitWithError(errors.New("no D-Bus session"))
	t.Cleanup(keyring.MockInit)
	var notes []string
	u = &Unlocker{Store: s, Keyring: kr, PasswordFile: pwFile, RememberFromFile: true, Notify: func(m string) { notes = append(notes, m) }}
	if _, err := u.Key(a); err != nil {
		t.Fatal(err)
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "could not remember") {
		t.Fatalf("a failed --remember was not said: %q", notes)
	}
}
