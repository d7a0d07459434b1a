package wallet

import (
	"bytes"
	"crypto/elliptic"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/disclosure"
)

const junkMnemonic = "test test test test test test test test test test test junk"

func TestKeyFromMnemonic(t *testing.T) {
	for _, tc := range []struct {
		mnemonic, pass string
		index          uint32
		want, path     string
	}{
		{junkMnemonic, "", 0, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "m/44'/60'/0'/0/0"},
		{junkMnemonic, "", 2, "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "m/44'/60'/0'/0/2"},
		// Case and spacing as copied from paper do not matter.
		{"  TEST test test test test test test test test test test   Junk\n", "", 1, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "m/44'/60'/0'/0/1"},
	} {
		k, path, err := KeyFromMnemonic(tc.mnemonic, tc.pass, tc.index)
		if err != nil {
			t.Fatalf("index %d: %v", tc.index, err)
		}
		if got := crypto.PubkeyToAddress(k.PublicKey).Hex(); got != tc.want {
			t.Errorf("index %d: got %s, want %s", tc.index, got, tc.want)
		}
		if path != tc.path {
			t.Errorf("index %d: path %s, want %s", tc.index, path, tc.path)
		}
	}
	// A BIP-39 passphrase gives another account.
	k, _, err := KeyFromMnemonic(junkMnemonic, "extra words", 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.PubkeyToAddress(k.PublicKey).Hex(); got == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" {
		t.Errorf("the BIP-39 passphrase was ignored: got the passphrase-less account %s", got)
	}
}

func TestKeyFromMnemonicRefusesBadMnemonics(t *testing.T) {
	for name, m := range map[string]string{
		"word count": "test test test",
		"unknown":    "test test test test test test test test test test test junkk",
		"checksum":   "test test test test test test test test test test test test",
		"empty":      "",
	} {
		k, _, err := KeyFromMnemonic(m, "", 0)
		if !errors.Is(err, ErrBadMnemonic) || k != nil {
			t.Errorf("%s: got key %v, err %v; want ErrBadMnemonic", name, k != nil, err)
		}
	}
}

func TestParsePrivateKey(t *testing.T) {
	const hexKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	const want = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	for _, text := range []string{hexKey, "0x" + hexKey, "  0x" + hexKey + "\n"} {
		k, err := ParsePrivateKey([]byte(text))
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if got := crypto.PubkeyToAddress(k.PublicKey).Hex(); got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	}
	for name, tc := range map[string]struct {
		text string
		want error
	}{
		"not hex":      {"zz0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", ErrBadPrivateKey},
		"odd length":   {hexKey[:63], ErrBadPrivateKey},
		"too short":    {hexKey[:62], ErrBadPrivateKey},
		"too long":     {hexKey + "00", ErrBadPrivateKey},
		"empty":        {"", ErrBadPrivateKey},
		"zero":         {"0x" + string(bytes.Repeat([]byte("0"), 64)), ErrInvalidPrivateKey},
		"above order":  {string(bytes.Repeat([]byte("f"), 64)), ErrInvalidPrivateKey},
		"mnemonic":     {junkMnemonic, ErrBadPrivateKey},
		"address only": {want, ErrBadPrivateKey},
	} {
		k, err := ParsePrivateKey([]byte(tc.text))
		if !errors.Is(err, tc.want) || k != nil {
			t.Errorf("%s: got key %v, err %v; want %v", name, k != nil, err, tc.want)
		}
		if err != nil && tc.text != "" && bytes.Contains([]byte(err.Error()), []byte(tc.text)) {
			t.Errorf("%s: the error echoes the text", name)
		}
	}
}

func TestIssuerStoreCreateAndOpen(t *testing.T) {
	is := NewIssuerStore(t.TempDir())
	is.Scrypt = LightScrypt
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	acct, j, dk, err := is.Create("Yangzhou First People's Hospital", []byte("a good passphrase"), now)
	if err != nil {
		t.Fatal(err)
	}
	if acct.Display != "Yangzhou First People's Hospital" || acct.Kind != KindIssuer || !acct.Created.Equal(now) {
		t.Errorf("got entry %+v", acct)
	}
	if j.Crv != disclosure.CurveP256 {
		t.Errorf("JWK curve %q, want %q", j.Crv, disclosure.CurveP256)
	}
	key, err := OpenIssuerKey(acct, dk)
	if err != nil {
		t.Fatal(err)
	}
	if key.Curve != elliptic.P256() {
		t.Fatalf("opened a key on %v, want P-256", key.Curve.Params().Name)
	}
	pub, err := j.PublicKey()
	if err != nil {
		t.Fatal(err)
	}
	if !key.PublicKey.Equal(pub) {
		t.Error("the kept key is not the one whose JWK was returned")
	}
	// The same name again is refused, and the first key stays.
	if _, _, _, err := is.Create("Yangzhou First People's Hospital", []byte("another passphrase"), now); !errors.Is(err, ErrAccountExists) {
		t.Errorf("second create: got %v, want ErrAccountExists", err)
	}
	// A wrong derived key does not open it.
	bad := append([]byte(nil), dk...)
	bad[len(bad)-1] ^= 1 // the MAC half: v3 checks it
	if _, err := OpenIssuerKey(acct, bad); err == nil {
		t.Error("a wrong derived key opened the issuer key")
	}
	// A bad name keeps nothing.
	if _, _, _, err := is.Create("", []byte("a good passphrase"), now); err == nil {
		t.Error("an empty issuer name was accepted")
	}
}

func TestNotaryKeyStoreCreate(t *testing.T) {
	ks := NewNotaryKeyStore(t.TempDir())
	account, _ := crypto.GenerateKey()
	notary := crypto.PubkeyToAddress(account.PublicKey)
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

	// A refused check keeps nothing.
	refused := errors.New("the contract does not take it")
	var seen []byte
	_, pub, err := ks.Create(account, now, func(p []byte) error { seen = p; return refused })
	if !errors.Is(err, refused) {
		t.Fatalf("got %v, want the check's error", err)
	}
	if len(pub) == 0 || !bytes.Equal(pub, seen) {
		t.Error("the check did not see the public key returned")
	}
	if infos, err := ks.List(notary); err != nil || len(infos) != 0 {
		t.Fatalf("after a refused check: %d keys kept (%v), want none", len(infos), err)
	}

	info, pub, err := ks.Create(account, now, func([]byte) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if info.ID != disclosure.KeyID(pub) || info.Notary != notary {
		t.Errorf("got %+v for public key id %x", info, disclosure.KeyID(pub))
	}
	if _, err := os.Stat(info.File); err != nil {
		t.Fatal(err)
	}
	k, err := ks.Open(account, info)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(k.PublicKey(), pub) {
		t.Error("the kept key is not the one whose public half was returned")
	}
	// Another account's key does not open it.
	other, _ := crypto.GenerateKey()
	if _, err := ks.Open(other, info); err == nil {
		t.Error("another account's key opened the notary key")
	}
}

// Names: an issuer key kept here goes by its display name, found by its
// public JWK's thumbprint (jwk.json beside it); a key without one names
// nothing.
func TestIssuerStoreNames(t *testing.T) {
	is := NewIssuerStore(t.TempDir())
	is.Scrypt = LightScrypt
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	acct, j, _, err := is.Create("扬州市第一人民医院", []byte("a good passphrase"), now)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := is.Create("No JWK Clinic", []byte("a good passphrase"), now); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(map[string]any{"name": acct.Display, "jwk": j})
	if err := os.WriteFile(filepath.Join(filepath.Dir(acct.File), "jwk.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	thumb, err := j.Thumbprint()
	if err != nil {
		t.Fatal(err)
	}
	names := is.Names()
	if len(names) != 1 || names[thumb] != "扬州市第一人民医院" {
		t.Fatalf("names %v, want only %x: 扬州市第一人民医院", names, thumb)
	}
}
