package main

import (
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/wallet"
)

// remembered says whether the OS keyring (go-keyring's mock here) holds
// what unlocks the wallet's account name.
func remembered(t *testing.T, dir, name string) bool {
	t.Helper()
	a, err := wallet.NewStore(dir).Get(name)
	if err != nil {
		t.Fatal(err)
	}
	_, err = wallet.Recall(wallet.OSKeyring{}, a)
	if err != nil && !errors.Is(err, wallet.ErrNotFound) {
		t.Fatal(err)
	}
	return err == nil
}

// A passphrase read from a password file used to be remembered in the OS
// keyring: after one scripted run, anyone at the desktop session opened
// the key without it. It is remembered only when asked (--remember), for
// a new or imported account as for an unlock; one typed at a terminal is
// remembered as before.
func TestPasswordFileIsNotRememberedUnlessAsked(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "remember passphrase")
	newAccount(t, dir, "plain", pw)
	if remembered(t, dir, "plain") {
		t.Error("wallet new --password-file: the keyring remembers the account")
	}
	mustOK(t, huzhu(t, dir, "wallet", "new", "--name", "asked", "--password-file", pw, "--remember", "--insecure-light-kdf"))
	if !remembered(t, dir, "asked") {
		t.Error("wallet new --password-file --remember: the keyring does not remember the account")
	}
	for _, tc := range []struct {
		name     string
		remember bool
	}{{"imported", false}, {"imported-asked", true}} {
		key, _ := crypto.GenerateKey()
		kf := writeTemp(t, "key", hex.EncodeToString(crypto.FromECDSA(key)))
		args := []string{"wallet", "import", "--name", tc.name, "--private-key-file", kf, "--password-file", pw, "--insecure-light-kdf"}
		if tc.remember {
			args = append(args, "--remember")
		}
		mustOK(t, huzhu(t, dir, args...))
		if remembered(t, dir, tc.name) != tc.remember {
			t.Errorf("wallet import, --remember %v: remembered %v", tc.remember, !tc.remember)
		}
	}
	// An unlock with the password file: remembered only when asked.
	mustOK(t, huzhu(t, dir, "credential", "list", "--account", "plain", "--password-file", pw))
	if remembered(t, dir, "plain") {
		t.Error("an unlock with --password-file: the keyring remembers the account")
	}
	mustOK(t, huzhu(t, dir, "credential", "list", "--account", "plain", "--password-file", pw, "--remember"))
	if !remembered(t, dir, "plain") {
		t.Error("an unlock with --password-file --remember: the keyring does not remember the account")
	}
	// Asked, with the keyring turned off: a contradiction.
	if r := huzhu(t, dir, "credential", "list", "--account", "asked", "--password-file", pw, "--remember", "--no-keyring"); r.code != exitUsage || !strings.Contains(r.errOut, "--no-keyring") {
		t.Errorf("--remember --no-keyring: exit %d, want %d:\n%s", r.code, exitUsage, r.errOut)
	}

	// Typed at a terminal: remembered, as before.
	typed := func(string) string { return "typed passphrase" }
	key, _ := crypto.GenerateKey()
	kf := writeTemp(t, "key", hex.EncodeToString(crypto.FromECDSA(key)))
	if r := huzhuAtTerminal(t, dir, typed, "wallet", "import", "--name", "typed", "--private-key-file", kf, "--insecure-light-kdf"); r.code != 0 {
		t.Fatalf("import at a terminal: exit %d:\n%s", r.code, r.errOut)
	}
	if !remembered(t, dir, "typed") {
		t.Error("a passphrase typed at a terminal: the keyring does not remember the account")
	}
}
