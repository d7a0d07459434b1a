package wallet

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/disclosure"
)

// writeLegacy keeps a key the way earlier versions did: a v3 keystore
// among the wallet's accounts.
func writeLegacy(t *testing.T, s *Store, name, kind string, secret []byte, owner common.Address, pass []byte) {
	t.Helper()
	k, _, err := encryptSecret(bytes.Clone(secret), owner, pass, LightScrypt)
	if err != nil {
		t.Fatal(err)
	}
	k.Huzhu = &accountMeta{Name: name, Kind: kind, Source: SourceGenerated, Created: time.Now().UTC().Truncate(time.Second)}
	b, _ := json.Marshal(k)
	if err := os.WriteFile(s.path(name), b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// Issuer and notary keys kept among the accounts by earlier versions move
// to their own namespaces, free the names they held, and still open.
func TestLegacyIssuerAndNotaryKeysMove(t *testing.T) {
	dataDir := t.TempDir()
	s := NewStore(dataDir)
	s.Scrypt = LightScrypt
	key, _ := crypto.GenerateKey()
	acct, dk, err := s.Add(key, []byte("account pass"), AddOptions{Name: "ning"})
	if err != nil {
		t.Fatal(err)
	}
	hk, _ := disclosure.NewNotaryKey()
	seed, _ := hk.Seed()
	writeLegacy(t, s, "ning-hpke", KindHPKE, seed, acct.Address, dk) // under the keystore's derived key
	ik, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	raw, _ := ik.Bytes()
	writeLegacy(t, s, "clinic", KindIssuer, raw, common.Address{}, []byte("issuer pass"))

	all, err := s.List()
	if err != nil || len(all) != 1 || all[0].Name != "ning" {
		t.Fatalf("accounts: %v %v", all, err)
	}
	// The names are free for accounts now.
	for _, name := range []string{"clinic", "ning-hpke", "ning-hpke-2"} {
		k, _ := crypto.GenerateKey()
		if _, _, err := s.Add(k, []byte("other pass"), AddOptions{Name: name}); err != nil {
			t.Fatalf("account %s: %v", name, err)
		}
	}
	// The issuer key opens with its passphrase where it moved.
	is := NewIssuerStore(dataDir)
	ia, err := is.Get("clinic")
	if err != nil || ia.File != filepath.Join(dataDir, "issuers", "clinic", "key.json") {
		t.Fatalf("issuer: %+v %v", ia, err)
	}
	idk, err := s.Derive(ia, []byte("issuer pass"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.OpenSecret(ia, idk); err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("issuer key: %v", err)
	}
	// The notary key: it does not open with another keystore's derived key
	// (a re-imported account), and the error says what to do; it moves
	// under the account's private key with the right one.
	ks := NewNotaryKeyStore(dataDir)
	old, err := ks.Legacy(acct.Address)
	if err != nil || len(old) != 1 {
		t.Fatalf("legacy: %v %v", old, err)
	}
	if _, err := ks.MigrateLegacy(key, old[0], bytes.Repeat([]byte{7}, 32), nil); err == nil || !strings.Contains(err.Error(), "earlier keystore") {
		t.Fatalf("with another keystore's key: %v", err)
	}
	info, err := ks.MigrateLegacy(key, old[0], dk, nil)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ks.Open(key, info)
	if err != nil || back.ID() != hk.ID() {
		t.Fatalf("migrated key: %v", err)
	}
	if old, _ := ks.Legacy(acct.Address); len(old) != 0 {
		t.Fatalf("the old file stayed: %v", old)
	}
	// Another account's key does not open it.
	other, _ := crypto.GenerateKey()
	if _, err := ks.Open(other, info); err == nil {
		t.Fatal("opened with another account's key")
	}
	if n, err := ks.Remove(acct.Address); err != nil || n != 1 {
		t.Fatalf("remove: %d %v", n, err)
	}
}
