package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/huzhu-community/huzhu/wallet"
)

// foreignKeystore writes a keystore made by go-ethereum (as geth would)
// under pass, and returns its path.
func foreignKeystore(t *testing.T, pass string) string {
	t.Helper()
	key, _ := crypto.GenerateKey()
	doc, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		pass, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	return writeTemp(t, "keystore.json", string(doc))
}

// opensWith says whether the wallet's account name opens with pass.
func opensWith(t *testing.T, dir, name, pass string) bool {
	t.Helper()
	s := wallet.NewStore(dir)
	a, err := s.Get(name)
	if err != nil {
		t.Fatalf("account %s: %v", name, err)
	}
	_, err = s.Derive(a, []byte(pass))
	if err != nil && !errors.Is(err, wallet.ErrWrongPassphrase) {
		t.Fatal(err)
	}
	return err == nil
}

func walletIsEmpty(t *testing.T, dir string) bool {
	t.Helper()
	all, err := wallet.NewStore(dir).List()
	if err != nil {
		t.Fatal(err)
	}
	return len(all) == 0
}

// A foreign keystore whose passphrase is shorter than huzhu's minimum
// used to be imported under that passphrase: a key kept by huzhu under
// "1234". In a script it is refused with the way to give a new one, and
// nothing is written; with the keystore's passphrase in its own file, the
// password file's passphrase protects the account. The scripted forms of
// before still work when the passphrase is long enough.
func TestImportKeystoreDoesNotKeepAShortForeignPassphrase(t *testing.T) {
	dir := t.TempDir()
	ks := foreignKeystore(t, "1234")
	before, _ := os.ReadFile(ks)
	short := passwordFile(t, "1234")
	long := passwordFile(t, "a new passphrase")

	// The old form: the password file opens the keystore and would protect
	// the account. Too short: refused, saying how to give a new one.
	r := huzhu(t, dir, "wallet", "import", "--name", "geth", "--keystore", ks, "--password-file", short, "--insecure-light-kdf")
	if r.code != exitUsage || !strings.Contains(r.errOut, "shorter than 8") || !strings.Contains(r.errOut, "--keystore-password-file") || !strings.Contains(r.errOut, "nothing was imported") {
		t.Fatalf("short keystore passphrase in a script: exit %d, want %d naming --keystore-password-file:\n%s", r.code, exitUsage, r.errOut)
	}
	if !walletIsEmpty(t, dir) {
		t.Fatal("an account was stored under the keystore's short passphrase")
	}
	if after, _ := os.ReadFile(ks); !bytes.Equal(before, after) {
		t.Fatal("the keystore file was changed")
	}
	// The keystore's own passphrase is checked first: a wrong one is an
	// authentication failure, whatever its length.
	r = huzhu(t, dir, "wallet", "import", "--name", "geth", "--keystore", ks, "--password-file", passwordFile(t, "abcd"), "--insecure-light-kdf")
	if r.code != exitAuth {
		t.Fatalf("wrong short keystore passphrase: exit %d, want %d:\n%s", r.code, exitAuth, r.errOut)
	}
	// The keystore's passphrase alone in its file, and no new one.
	r = huzhu(t, dir, "wallet", "import", "--name", "geth", "--keystore", ks, "--keystore-password-file", short, "--insecure-light-kdf")
	if r.code != exitUsage || !strings.Contains(r.errOut, "--password-file") || !walletIsEmpty(t, dir) {
		t.Fatalf("short keystore passphrase and no new one: exit %d, want %d:\n%s", r.code, exitUsage, r.errOut)
	}
	// Only one of them can be stdin.
	r = huzhu(t, dir, "wallet", "import", "--name", "geth", "--keystore", ks, "--keystore-password-file", "-", "--password-file", "-", "--insecure-light-kdf")
	if r.code != exitUsage || !walletIsEmpty(t, dir) {
		t.Fatalf("two files on stdin: exit %d, want %d:\n%s", r.code, exitUsage, r.errOut)
	}
	// Both: the keystore opens with its own, the account is protected by
	// the new one.
	mustOK(t, huzhu(t, dir, "wallet", "import", "--name", "geth", "--keystore", ks, "--keystore-password-file", short, "--password-file", long, "--insecure-light-kdf"))
	if !opensWith(t, dir, "geth", "a new passphrase") || opensWith(t, dir, "geth", "1234") {
		t.Fatal("the imported account is not protected by the new passphrase alone")
	}

	// A long keystore passphrase: both earlier forms keep it, and with a
	// password file as well it is replaced by the password file's.
	longKS := foreignKeystore(t, "the keystore's own passphrase")
	ksPass := passwordFile(t, "the keystore's own passphrase")
	mustOK(t, huzhu(t, dir, "wallet", "import", "--name", "kept", "--keystore", longKS, "--password-file", ksPass, "--insecure-light-kdf"))
	if !opensWith(t, dir, "kept", "the keystore's own passphrase") {
		t.Fatal("--password-file: the keystore's passphrase was not kept")
	}
	other := t.TempDir()
	mustOK(t, huzhu(t, other, "wallet", "import", "--name", "kept", "--keystore", longKS, "--keystore-password-file", ksPass, "--insecure-light-kdf"))
	if !opensWith(t, other, "kept", "the keystore's own passphrase") {
		t.Fatal("--keystore-password-file alone: the keystore's passphrase was not kept")
	}
	third := t.TempDir()
	mustOK(t, huzhu(t, third, "wallet", "import", "--name", "kept", "--keystore", longKS, "--keystore-password-file", ksPass, "--password-file", long, "--insecure-light-kdf"))
	if !opensWith(t, third, "kept", "a new passphrase") {
		t.Fatal("both files: the password file's passphrase does not protect the account")
	}
}

// At a terminal, a keystore's passphrase too short to keep is followed by
// the question for a new one, with the reason; the account is protected
// by the new passphrase. A password file holding the keystore's short
// passphrase is followed by the same question.
func TestImportKeystoreAtTerminalAsksANewPassphraseForAShortOne(t *testing.T) {
	ks := foreignKeystore(t, "1234")
	answer := func(stderr string) string {
		last := stderr[strings.LastIndex(stderr, "\n")+1:]
		switch {
		case strings.HasPrefix(last, "Passphrase of the keystore file"):
			return "1234"
		case strings.Contains(last, "New passphrase"), strings.HasPrefix(last, "Repeat it"):
			return "a new passphrase"
		}
		t.Errorf("unexpected prompt %q", last)
		return ""
	}
	for _, extra := range [][]string{nil, {"--password-file", passwordFile(t, "1234")}} {
		dir := t.TempDir()
		r := huzhuAtTerminal(t, dir, answer, append([]string{"wallet", "import", "--name", "geth", "--keystore", ks, "--insecure-light-kdf"}, extra...)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d:\n%s", extra, r.code, r.errOut)
		}
		if !strings.Contains(r.errOut, "shorter than 8") || !strings.Contains(r.errOut, "New passphrase for geth") {
			t.Errorf("%v: no new passphrase asked, or no reason given:\n%s", extra, r.errOut)
		}
		if !opensWith(t, dir, "geth", "a new passphrase") || opensWith(t, dir, "geth", "1234") {
			t.Fatalf("%v: the account is not protected by the new passphrase alone", extra)
		}
	}
}

// saltOf is the scrypt salt of a keystore document.
func saltOf(t *testing.T, doc []byte) string {
	t.Helper()
	var k struct {
		Crypto struct {
			KDFParams struct {
				Salt string `json:"salt"`
			} `json:"kdfparams"`
		} `json:"crypto"`
	}
	if err := json.Unmarshal(doc, &k); err != nil || k.Crypto.KDFParams.Salt == "" {
		t.Fatalf("not a keystore with a salt: %v\n%s", err, doc)
	}
	return k.Crypto.KDFParams.Salt
}

// An export used to be the stored keystore minus huzhu's metadata: same
// salt, so the derived key the OS keyring keeps opened every exported
// copy. It is sealed afresh under the passphrase, which it therefore
// needs (the keyring's key cannot do it): from the password file or the
// terminal, checked before anything is written.
func TestExportIsSealedUnderAFreshSalt(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "export passphrase")
	newAccount(t, dir, "dora", pw)
	stored, err := os.ReadFile(filepath.Join(dir, "wallet", "dora.json"))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "export.json")

	// No passphrase to be had: refused, nothing written.
	r := huzhu(t, dir, "wallet", "export", "--name", "dora", "--out", out)
	if r.code != exitAuth || !strings.Contains(r.errOut, "--password-file") {
		t.Fatalf("export with no passphrase: exit %d, want %d naming --password-file:\n%s", r.code, exitAuth, r.errOut)
	}
	// A wrong one: refused, nothing written.
	r = huzhu(t, dir, "wallet", "export", "--name", "dora", "--out", out, "--password-file", passwordFile(t, "not the passphrase"))
	if r.code != exitAuth {
		t.Fatalf("export with a wrong passphrase: exit %d, want %d:\n%s", r.code, exitAuth, r.errOut)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatal("a refused export wrote the file")
	}

	mustOK(t, huzhu(t, dir, "wallet", "export", "--name", "dora", "--out", out, "--password-file", pw))
	doc, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(out); st.Mode().Perm() != 0o600 {
		t.Errorf("export file mode %v, want 0600", st.Mode().Perm())
	}
	if saltOf(t, doc) == saltOf(t, stored) {
		t.Fatal("the export is under the stored keystore's salt")
	}
	s := wallet.NewStore(dir)
	a, _ := s.Get("dora")
	if k, err := wallet.DecryptKeystore(doc, []byte("export passphrase")); err != nil || crypto.PubkeyToAddress(k.PublicKey) != a.Address {
		t.Fatalf("the export does not open with the passphrase: %v", err)
	}
	// To stdout: the same, and a salt of its own each time.
	r = mustOK(t, huzhu(t, dir, "wallet", "export", "--name", "dora", "--out", "-", "--password-file", pw))
	if salt := saltOf(t, []byte(r.out)); salt == saltOf(t, stored) || salt == saltOf(t, doc) {
		t.Fatal("an export to stdout shares a salt with the stored keystore or an earlier export")
	}
}
