package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/iostreams"
	"github.com/huzhu-community/huzhu/wallet"
)

func parseIssuerJWKFile(p string) (any, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	j, _, err := parseIssuerJWK(b)
	return j, err
}

const junk = "test test test test test test test test test test test junk"

func importJunk(t *testing.T, dir, name, pw string) string {
	t.Helper()
	mf := filepath.Join(t.TempDir(), "m")
	os.WriteFile(mf, []byte(junk+"\n"), 0o600)
	return mustOK(t, huzhu(t, dir, "wallet", "import", "--name", name, "--mnemonic-file", mf, "--index", "3",
		"--password-file", pw, "--insecure-light-kdf", "--json")).json(t)["address"].(string)
}

func notaryKeys(t *testing.T, dir, account, pw string) []any {
	t.Helper()
	r := mustOK(t, huzhu(t, dir, "notary", "keys", "--account", account, "--password-file", pw, "--json")).json(t)
	for _, k := range r["keys"].([]any) {
		if k.(map[string]any)["opens"] != true {
			t.Fatalf("a key does not open: %v", k)
		}
	}
	return r["keys"].([]any)
}

// A notary's HPKE keys live in a namespace of their own, open with the
// account's private key wherever it is imported (after `wallet remove
// --keep-data`, on another machine, under another passphrase), and go with
// the account when it is removed, counted.
func TestNotaryKeysSurviveReimportAndGoWithTheAccount(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "notary passphrase")
	newAccount(t, dir, "founder", pw)
	ning := importJunk(t, dir, "ning", pw)
	mustOK(t, huzhu(t, dir, "faucet", "founder"))
	mustOK(t, huzhu(t, dir, "faucet", "ning"))
	mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "ning", "--seats", "1", "--quorum", "1", "--yes"))

	k1 := mustOK(t, huzhu(t, dir, "notary", "key", "--account", "ning", "--password-file", pw, "--yes", "--json")).json(t)
	if k1["public_key_bytes"].(float64) != 1216 || !strings.HasPrefix(k1["key_file"].(string), filepath.Join(dir, "notary-keys", strings.ToLower(ning))) {
		t.Fatalf("notary key: %v", k1)
	}
	// Account names the old layout would have taken do not block rotation.
	newAccount(t, dir, "ning-hpke", pw)
	newAccount(t, dir, "ning-hpke-2", pw)
	k2 := mustOK(t, huzhu(t, dir, "notary", "key", "--account", "ning", "--password-file", pw, "--yes", "--json")).json(t)
	if k2["key_id"] == k1["key_id"] {
		t.Fatal("rotation kept the same key")
	}
	if got := notaryKeys(t, dir, "ning", pw); len(got) != 2 {
		t.Fatalf("keys: %v", got)
	}

	// Another machine: the key files copied, the account imported from its
	// recovery phrase under another passphrase.
	dir2 := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir2, "notary-keys"), os.DirFS(filepath.Join(dir, "notary-keys"))); err != nil {
		t.Fatal(err)
	}
	importJunk(t, dir2, "ning", passwordFile(t, "another passphrase"))
	if got := notaryKeys(t, dir2, "ning", passwordFile(t, "another passphrase")); len(got) != 2 {
		t.Fatalf("keys on the new machine: %v", got)
	}

	// wallet remove --keep-data, re-import: they open again.
	rm := mustOK(t, huzhu(t, dir, "wallet", "remove", "--name", "ning", "--keep-data", "--yes", "--json")).json(t)
	if rm["notary_keys_kept"].(float64) != 2 || rm["notary_keys_removed"].(float64) != 0 {
		t.Fatalf("remove --keep-data: %v", rm)
	}
	pw2 := passwordFile(t, "a new passphrase")
	importJunk(t, dir, "ning", pw2)
	if got := notaryKeys(t, dir, "ning", pw2); len(got) != 2 {
		t.Fatalf("keys after re-import: %v", got)
	}

	// wallet remove: says what goes with the account, and removes it.
	seed, _ := wallet.Seed(junk, "")
	key, _ := wallet.DeriveKey(seed, wallet.EthereumPath(3))
	acct, err := wallet.NewStore(dir).Get("ning")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := wallet.NewCredentialStore(dir).Add(acct, key, "eyJhbGciOiJFUzI1NiJ9.e30.c2ln~", time.Now()); err != nil {
		t.Fatal(err)
	}
	r := huzhuTTY(t, dir, false, "wallet", "remove", "--name", "ning")
	if r.code != exitUsage || !strings.Contains(r.errOut, "--yes") {
		t.Fatalf("remove without confirmation: %d %s", r.code, r.errOut)
	}
	r = huzhuInput(t, dir, "ning\ny\n", "wallet", "remove", "--name", "ning")
	if r.code != 0 || !strings.Contains(r.errOut, "It has 1 credential(s) and 2 notary HPKE key(s)") || !strings.Contains(r.errOut, "Delete its 1 credential(s) and 2 notary HPKE key(s) too? [y/N]") ||
		!strings.Contains(r.out, "Removed ning, its 1 credential(s) and 2 notary HPKE key(s)") {
		t.Fatalf("remove at a terminal: %d\n%s\n%s", r.code, r.out, r.errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "notary-keys", strings.ToLower(ning))); !os.IsNotExist(err) {
		t.Fatalf("the notary keys stayed: %v", err)
	}
	if n, _ := wallet.NewCredentialStore(dir).Count(common.HexToAddress(ning)); n != 0 {
		t.Fatalf("%d credentials stayed", n)
	}
}

// huzhuInput runs a command line at a terminal, typing input.
func huzhuInput(t *testing.T, dir, input string, args ...string) result {
	t.Helper()
	streams, in, out, errOut := iostreams.Test()
	in.WriteString(input)
	streams.SetTTY(true, false)
	code := run(context.Background(), append([]string{"--data-dir", dir}, args...), streams)
	return result{code: code, out: out.String(), errOut: errOut.String()}
}

// Issuer keys have their own namespace: an account may take an issuer's
// name, and the issuer key still signs.
func TestIssuerNamesDoNotCollideWithAccounts(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "issuer passphrase")
	mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "clinic", "--password-file", pw, "--insecure-light-kdf", "--json"))
	if _, err := os.Stat(filepath.Join(dir, "issuers", "clinic", "key.json")); err != nil {
		t.Fatal(err)
	}
	jwk := filepath.Join(dir, "issuers", "clinic", "jwk.json")
	if _, err := parseIssuerJWKFile(jwk); err != nil {
		t.Fatalf("jwk.json: %v", err)
	}
	newAccount(t, dir, "clinic", pw) // refused before: the issuer key had the name
	if r := huzhu(t, dir, "issuer", "init", "--name", "clinic", "--password-file", pw, "--insecure-light-kdf"); r.code != exitUsage || !strings.Contains(r.errOut, "already") {
		t.Fatalf("a second issuer key named clinic: %d %s", r.code, r.errOut)
	}
	req := filepath.Join(t.TempDir(), "req.json")
	os.WriteFile(req, []byte(mustOK(t, huzhu(t, dir, "credential", "request", "--account", "clinic", "--password-file", pw)).out), 0o600)
	facts := filepath.Join(t.TempDir(), "facts.json")
	os.WriteFile(facts, []byte(`{"event_id":"wRTXISjXWxcUTwC31jW4cA","diagnosis_category":"stroke","diagnosis_date":"2027-02-20","treatment_cost":"100","currency":"KBC"}`), 0o600)
	mustOK(t, huzhu(t, dir, "issuer", "issue", "--name", "clinic", "--holder", req, "--claims", facts, "--password-file", pw))
}

// An HPKE key kept the old way (a v3 keystore among the accounts, under
// the account keystore's derived key) is moved on the next run: the name
// it held is free, and the key opens under the account's private key.
func TestOldNotaryKeysAreMigrated(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "notary passphrase")
	ning := importJunk(t, dir, "ning", pw)
	s := wallet.NewStore(dir)
	acct, err := s.Get("ning")
	if err != nil {
		t.Fatal(err)
	}
	dk, err := s.Derive(acct, []byte("notary passphrase"))
	if err != nil {
		t.Fatal(err)
	}
	hk, _ := disclosure.NewNotaryKey()
	seed, _ := hk.Seed()
	cj, err := keystore.EncryptDataV3(seed, dk, 1<<12, 1)
	if err != nil {
		t.Fatal(err)
	}
	old, _ := json.Marshal(map[string]any{
		"version": 3, "id": "5d3c1e9a-1111-4222-8333-944455556666", "address": strings.ToLower(ning[2:]), "crypto": cj,
		"x-huzhu": map[string]any{"name": "ning-hpke", "kind": "hpke", "source": "generated", "created": "2026-01-01T00:00:00Z"},
	})
	os.WriteFile(filepath.Join(dir, "wallet", "ning-hpke.json"), old, 0o600)

	keys := notaryKeys(t, dir, "ning", pw)
	if len(keys) != 1 || keys[0].(map[string]any)["key_id"] != common.Hash(hk.ID()).Hex() {
		t.Fatalf("after migration: %v", keys)
	}
	if _, err := os.Stat(filepath.Join(dir, "wallet", "ning-hpke.json")); !os.IsNotExist(err) {
		t.Fatal("the old file stayed among the accounts")
	}
	newAccount(t, dir, "ning-hpke", pw)
}
