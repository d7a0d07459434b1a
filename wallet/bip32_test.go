package wallet

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// bip32Vectors are BIP-32's published test vectors (testdata, copied from
// the BIP's text): 1 to 4 derive chains from a seed, 5 lists invalid
// extended keys.
type bip32Vectors struct {
	Valid []struct {
		Vector int
		Seed   string
		Chains []struct{ Path, Xpub, Xprv string }
	}
	Invalid []struct{ Key, Why string }
}

func readBIP32Vectors(t *testing.T) bip32Vectors {
	t.Helper()
	b, err := os.ReadFile("testdata/bip32_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v bip32Vectors
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Valid) != 4 || len(v.Invalid) != 16 {
		t.Fatalf("got %d derivation vectors and %d invalid keys, want 4 and 16", len(v.Valid), len(v.Invalid))
	}
	return v
}

// serializedKey is a BIP-32 serialized extended key, decoded. huzhu reads
// and writes no xprv or xpub; only the vectors are spelled that way, so the
// decoder is the test's.
type serializedKey struct {
	version   uint32
	depth     byte
	parentFP  [4]byte
	index     uint32
	chainCode []byte
	keyData   []byte // 33 bytes: 0x00 and a private key, or a compressed public key
}

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// decodeSerializedKey reads a Base58Check extended key of 78 bytes.
func decodeSerializedKey(s string) (serializedKey, error) {
	n := new(big.Int)
	for _, r := range s {
		d := strings.IndexRune(base58Alphabet, r)
		if d < 0 {
			return serializedKey{}, fmt.Errorf("%q is not a base58 digit", r)
		}
		n.Mul(n, big.NewInt(58)).Add(n, big.NewInt(int64(d)))
	}
	b := n.Bytes()
	for i := 0; i < len(s) && s[i] == '1'; i++ {
		b = append([]byte{0}, b...)
	}
	if len(b) != 82 {
		return serializedKey{}, fmt.Errorf("%d bytes, want 78 and a 4-byte checksum", len(b))
	}
	payload, sum := b[:78], b[78:]
	h := sha256.Sum256(payload)
	h = sha256.Sum256(h[:])
	if !bytes.Equal(h[:4], sum) {
		return serializedKey{}, errors.New("bad checksum")
	}
	k := serializedKey{
		version:   binary.BigEndian.Uint32(payload[0:4]),
		depth:     payload[4],
		index:     binary.BigEndian.Uint32(payload[9:13]),
		chainCode: payload[13:45],
		keyData:   payload[45:78],
	}
	copy(k.parentFP[:], payload[5:9])
	return k, nil
}

// Vectors 1 to 4: at every step of every chain, the private key, its
// public key and the chain code are the published ones. Vectors 3 and 4
// have keys with leading zero bytes (bitpay/bitcore-lib#47,
// btcsuite/btcutil#172): an implementation that drops them derives
// other children from there on.
func TestBIP32Vectors1To4(t *testing.T) {
	for _, v := range readBIP32Vectors(t).Valid {
		seed, err := hex.DecodeString(v.Seed)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range v.Chains {
			name := fmt.Sprintf("vector %d, %s", v.Vector, c.Path)
			prv, err := decodeSerializedKey(c.Xprv)
			if err != nil {
				t.Fatalf("%s: the vector's xprv: %v", name, err)
			}
			pub, err := decodeSerializedKey(c.Xpub)
			if err != nil {
				t.Fatalf("%s: the vector's xpub: %v", name, err)
			}
			idx, err := ParsePath(c.Path)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if int(prv.depth) != len(idx) || (len(idx) > 0 && prv.index != idx[len(idx)-1]) {
				t.Fatalf("%s: the path does not match the vector's depth %d and index %d", name, prv.depth, prv.index)
			}

			key, err := DeriveKey(seed, c.Path)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if got, want := hex.EncodeToString(crypto.FromECDSA(key)), hex.EncodeToString(prv.keyData[1:]); got != want {
				t.Errorf("%s: private key: got %s, want %s", name, got, want)
			}
			if got, want := hex.EncodeToString(crypto.CompressPubkey(&key.PublicKey)), hex.EncodeToString(pub.keyData); got != want {
				t.Errorf("%s: public key: got %s, want %s", name, got, want)
			}
			xk, err := deriveExtended(seed, idx)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if got, want := hex.EncodeToString(xk.chainCode[:]), hex.EncodeToString(prv.chainCode); got != want {
				t.Errorf("%s: chain code: got %s, want %s", name, got, want)
			}
			if !bytes.Equal(xk.key[:], prv.keyData[1:]) {
				t.Errorf("%s: the extended key's private key differs from DeriveKey's", name)
			}
		}
	}
}

// Vector 5 lists extended keys that must be refused. huzhu parses no
// serialized extended key (it derives account keys from a BIP-39 seed and
// nothing else), so the version, prefix, depth, fingerprint, index,
// public-key and checksum entries have nothing in huzhu to refuse them.
// What does apply is the range of a private key: the two vectors whose
// key is 0 and n (the curve order) must be refused by the same check
// that a master key made from a seed passes through.
func TestBIP32Vector5PrivateKeyOutOfRangeRefused(t *testing.T) {
	applied := 0
	for _, v := range readBIP32Vectors(t).Invalid {
		if !strings.HasPrefix(v.Why, "private key") {
			continue
		}
		applied++
		k, err := decodeSerializedKey(v.Key)
		if err != nil {
			t.Fatalf("%s: %v", v.Why, err)
		}
		if _, err := newExtendedKey(k.keyData[1:], k.chainCode); err == nil {
			t.Errorf("%s: accepted as a master key", v.Why)
		}
	}
	if applied != 2 {
		t.Fatalf("applied %d of vector 5's private-key entries, want 2 (0 and n)", applied)
	}
	// The neighbours of the bounds are keys: 1 and n-1.
	cc := make([]byte, 32)
	n := crypto.S256().Params().N
	for _, k := range []*big.Int{big.NewInt(1), new(big.Int).Sub(n, big.NewInt(1))} {
		if _, err := newExtendedKey(k.FillBytes(make([]byte, 32)), cc); err != nil {
			t.Errorf("private key %x refused: %v", k, err)
		}
	}
}
