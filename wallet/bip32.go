package wallet

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// hardened is the BIP-32 offset of hardened child indexes.
const hardened = 1 << 31

// EthereumPath is the BIP-44 path of account index i: m/44'/60'/0'/0/i,
// the one MetaMask and other wallets derive.
func EthereumPath(i uint32) string { return fmt.Sprintf("m/44'/60'/0'/0/%d", i) }

// ParsePath reads a BIP-32 path such as m/44'/60'/0'/0/0.
func ParsePath(p string) ([]uint32, error) {
	parts := strings.Split(strings.TrimSpace(p), "/")
	if len(parts) == 0 || parts[0] != "m" {
		return nil, fmt.Errorf("derivation path %q must start with m/", p)
	}
	var out []uint32
	for _, s := range parts[1:] {
		var h uint32
		if strings.HasSuffix(s, "'") || strings.HasSuffix(s, "h") {
			h, s = hardened, s[:len(s)-1]
		}
		n, err := strconv.ParseUint(s, 10, 31)
		if err != nil {
			return nil, fmt.Errorf("derivation path %q: bad index %q", p, s)
		}
		out = append(out, uint32(n)+h)
	}
	return out, nil
}

// DeriveKey derives the private key at path from a BIP-39 seed (BIP-32).
func DeriveKey(seed []byte, path string) (*ecdsa.PrivateKey, error) {
	idx, err := ParsePath(path)
	if err != nil {
		return nil, err
	}
	k, err := deriveExtended(seed, idx)
	if err != nil {
		return nil, err
	}
	defer k.wipe()
	return crypto.ToECDSA(k.key[:])
}

// extendedKey is a BIP-32 extended private key. huzhu derives account
// keys with it and never serializes it: no xprv or xpub is read or
// written, so the private key is always held as its 32 bytes (leading
// zeros included, which BIP-32's ser256 requires).
type extendedKey struct {
	key       [32]byte
	chainCode [32]byte
}

// newExtendedKey is a master key from its two halves, refused when the
// key is not a private key (0, or not below the curve order n).
func newExtendedKey(key, chainCode []byte) (*extendedKey, error) {
	k := new(big.Int).SetBytes(key)
	if len(key) != 32 || len(chainCode) != 32 || k.Sign() == 0 || k.Cmp(crypto.S256().Params().N) >= 0 {
		return nil, errors.New("BIP-32: invalid master key (try another seed)")
	}
	x := &extendedKey{}
	copy(x.key[:], key)
	copy(x.chainCode[:], chainCode)
	return x, nil
}

// deriveExtended derives the extended key at the path idx from a seed.
func deriveExtended(seed []byte, idx []uint32) (*extendedKey, error) {
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	I := mac.Sum(nil)
	defer wipe(I)
	k, err := newExtendedKey(I[:32], I[32:])
	if err != nil {
		return nil, err
	}
	for _, i := range idx {
		child, err := k.child(i)
		k.wipe()
		if err != nil {
			return nil, err
		}
		k = child
	}
	return k, nil
}

// child is the private child key i (CKDpriv); i >= 2^31 is hardened.
func (k *extendedKey) child(i uint32) (*extendedKey, error) {
	data := make([]byte, 0, 37)
	defer func() { wipe(data) }()
	if i >= hardened {
		data = append(data, 0)
		data = append(data, k.key[:]...)
	} else {
		priv, err := crypto.ToECDSA(k.key[:])
		if err != nil {
			return nil, err
		}
		data = append(data, crypto.CompressPubkey(&priv.PublicKey)...)
	}
	data = binary.BigEndian.AppendUint32(data, i)
	mac := hmac.New(sha512.New, k.chainCode[:])
	mac.Write(data)
	I := mac.Sum(nil)
	defer wipe(I)
	n := crypto.S256().Params().N
	il := new(big.Int).SetBytes(I[:32])
	if il.Cmp(n) >= 0 {
		return nil, fmt.Errorf("BIP-32: invalid child at index %d (try the next index)", i)
	}
	key := il.Add(il, new(big.Int).SetBytes(k.key[:])).Mod(il, n)
	if key.Sign() == 0 {
		return nil, fmt.Errorf("BIP-32: invalid child at index %d (try the next index)", i)
	}
	c := &extendedKey{}
	key.FillBytes(c.key[:])
	copy(c.chainCode[:], I[32:])
	return c, nil
}

func (k *extendedKey) wipe() {
	wipe(k.key[:])
	wipe(k.chainCode[:])
}
