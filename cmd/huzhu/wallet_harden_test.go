package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/wallet"
)

// A BIP-39 passphrase file loses its final line ending and nothing else:
// leading, trailing and inner spaces are part of the passphrase.
func TestBIP39PassphraseFileKeepsSpaces(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "import passphrase")
	const mnemonic = "test test test test test test test test test test test junk"
	mf := filepath.Join(t.TempDir(), "m")
	os.WriteFile(mf, []byte(mnemonic+"\n"), 0o600)
	address := func(pass string) string {
		seed, err := wallet.Seed(mnemonic, pass)
		if err != nil {
			t.Fatal(err)
		}
		k, err := wallet.DeriveKey(seed, wallet.EthereumPath(0))
		if err != nil {
			t.Fatal(err)
		}
		return crypto.PubkeyToAddress(k.PublicKey).Hex()
	}
	for i, tc := range []struct{ file, pass string }{
		{"  two words \n", "  two words "},
		{"crlf\r\n", "crlf"},
		{"two lines\n\n", "two lines\n"},
		{"no newline ", "no newline "},
		{"\t tab\n", "\t tab"},
	} {
		pf := filepath.Join(t.TempDir(), "p")
		os.WriteFile(pf, []byte(tc.file), 0o600)
		name := []string{"a", "b", "c", "d", "e"}[i]
		v := mustOK(t, huzhu(t, dir, "wallet", "import", "--name", name, "--mnemonic-file", mf, "--bip39-passphrase-file", pf,
			"--password-file", pw, "--insecure-light-kdf", "--json")).json(t)
		if want := address(tc.pass); v["address"] != want {
			t.Errorf("passphrase file %q: address %v, want %s (the passphrase %q)", tc.file, v["address"], want, tc.pass)
		}
	}
}
