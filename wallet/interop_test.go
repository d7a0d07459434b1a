package wallet_test

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/internal/interop"
	"github.com/huzhu-community/huzhu/wallet"
)

// A keystore exported by huzhu opens in ethers (Wallet.fromEncryptedJson)
// to the same address, and one made by ethers opens in huzhu.
func TestKeystoreInteropWithEthers(t *testing.T) {
	dir := t.TempDir()
	s := wallet.NewStore(dir)
	s.Scrypt = wallet.LightScrypt
	key, _ := crypto.GenerateKey()
	pass := "interop passphrase"
	a, _, err := s.Add(key, []byte(pass), wallet.AddOptions{Name: "interop"})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := s.Export(a, []byte(pass))
	if err != nil {
		t.Fatal(err)
	}
	ks := filepath.Join(dir, "export.json")
	pw := filepath.Join(dir, "pw")
	os.WriteFile(ks, doc, 0o600)
	os.WriteFile(pw, []byte(pass+"\n"), 0o600)
	if got := interop.Node(t, "keystore.mjs", "decrypt", ks, pw); common.HexToAddress(got) != a.Address || !common.IsHexAddress(got) {
		t.Fatalf("ethers decrypted huzhu's keystore to %q, want %s", got, a.Address.Hex())
	}

	kf := filepath.Join(dir, "key")
	os.WriteFile(kf, []byte("0x"+hex.EncodeToString(crypto.FromECDSA(key))), 0o600)
	theirs := interop.Node(t, "keystore.mjs", "encrypt", kf, pw)
	if !strings.Contains(theirs, `"crypto"`) && !strings.Contains(theirs, `"Crypto"`) {
		t.Fatalf("ethers output is not a keystore: %s", theirs)
	}
	back, err := wallet.DecryptKeystore([]byte(theirs), []byte(pass))
	if err != nil || !back.Equal(key) {
		t.Fatalf("huzhu could not open ethers' keystore: %v", err)
	}
}
