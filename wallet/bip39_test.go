package wallet

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestWordlistIsTheOfficialOne(t *testing.T) {
	sum := sha256.Sum256([]byte(englishText))
	if got := hex.EncodeToString(sum[:]); got != "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda" {
		t.Fatalf("wordlist sha256: got %s", got)
	}
	if len(wordlist) != 2048 {
		t.Fatalf("wordlist has %d words", len(wordlist))
	}
}

// The Trezor reference vectors: entropy -> mnemonic -> seed with "TREZOR".
func TestBIP39Vectors(t *testing.T) {
	b, err := os.ReadFile("testdata/bip39_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v struct{ English [][3]string }
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.English) != 24 {
		t.Fatalf("got %d vectors, want 24", len(v.English))
	}
	for _, tc := range v.English {
		entropy, _ := hex.DecodeString(tc[0])
		m, err := MnemonicFromEntropy(entropy)
		if err != nil || m != tc[1] {
			t.Fatalf("entropy %s: got %q (%v), want %q", tc[0], m, err, tc[1])
		}
		if err := ValidateMnemonic(tc[1]); err != nil {
			t.Fatalf("valid mnemonic refused: %v", err)
		}
		seed, err := Seed(tc[1], "TREZOR")
		if err != nil || hex.EncodeToString(seed) != tc[2] {
			t.Fatalf("seed of %q: got %x, want %s", tc[1], seed, tc[2])
		}
	}
}

func TestValidateMnemonicSaysWhatIsWrong(t *testing.T) {
	for _, tc := range []struct {
		m, want string
	}{
		{"abandon abandon abandon", "it has 3 words"},
		{"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandom", "word 12 is not"},
		{"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon", "checksum"},
	} {
		err := ValidateMnemonic(tc.m)
		if !errors.Is(err, ErrBadMnemonic) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ValidateMnemonic(%q): got %v, want %q", tc.m, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "abandon") {
			t.Errorf("the error repeats the mnemonic: %v", err)
		}
	}
	if err := ValidateMnemonic("  ABANDON abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon   about\n"); err != nil {
		t.Errorf("case and spacing should not matter: %v", err)
	}
}

func TestNewMnemonic(t *testing.T) {
	for _, n := range []int{12, 24} {
		m, err := NewMnemonic(n)
		if err != nil || len(strings.Fields(m)) != n || ValidateMnemonic(m) != nil {
			t.Fatalf("NewMnemonic(%d): %q, %v", n, m, err)
		}
		m2, _ := NewMnemonic(n)
		if m == m2 {
			t.Fatal("two new mnemonics are equal")
		}
	}
	if _, err := NewMnemonic(13); err == nil {
		t.Fatal("NewMnemonic(13) succeeded")
	}
}

// BIP-44 addresses of the well-known test mnemonic, as MetaMask, Hardhat
// and Foundry derive them.
func TestBIP44KnownAddresses(t *testing.T) {
	seed, err := Seed("test test test test test test test test test test test junk", "")
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{
		"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
		"0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
		"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
	} {
		k, err := DeriveKey(seed, EthereumPath(uint32(i)))
		if err != nil {
			t.Fatal(err)
		}
		if got := crypto.PubkeyToAddress(k.PublicKey).Hex(); got != want {
			t.Fatalf("index %d: got %s, want %s", i, got, want)
		}
	}
}

// BIP-32 test vector 1 (chain m/0'/1/2'/2/1000000000), private keys.
func TestBIP32Vector1(t *testing.T) {
	seed, _ := hex.DecodeString("000102030405060708090a0b0c0d0e0f")
	for _, tc := range []struct{ path, key string }{
		{"m", "e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35"},
		{"m/0'", "edb2e14f9ee77d26dd93b4ecede8d16ed408ce149b6cd80b0715a2d911a0afea"},
		{"m/0'/1", "3c6cb8d0f6a264c91ea8b5030fadaa8e538b020f0a387421a12de9319dc93368"},
		{"m/0'/1/2'", "cbce0d719ecf7431d88e6a89fa1483e02e35092af60c042b1df2ff59fa424dca"},
		{"m/0'/1/2'/2", "0f479245fb19a38a1954c5c7c0ebab2f9bdfd96a17563ef28a6a4b1a2a764ef4"},
		{"m/0'/1/2'/2/1000000000", "471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8"},
	} {
		k, err := DeriveKey(seed, tc.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := hex.EncodeToString(crypto.FromECDSA(k)); got != tc.key {
			t.Fatalf("%s: got %s, want %s", tc.path, got, tc.key)
		}
	}
	for _, bad := range []string{"", "44'/60'", "m/x", "m/2147483648"} {
		if _, err := ParsePath(bad); err == nil {
			t.Errorf("ParsePath(%q) succeeded", bad)
		}
	}
}
