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
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	I := mac.Sum(nil)
	defer wipe(I)
	key, chainCode := new(big.Int).SetBytes(I[:32]), append([]byte(nil), I[32:]...)
	defer wipe(chainCode)
	n := crypto.S256().Params().N
	if key.Sign() == 0 || key.Cmp(n) >= 0 {
		return nil, errors.New("BIP-32: invalid master key (try another seed)")
	}
	for _, i := range idx {
		data := make([]byte, 0, 37)
		if i >= hardened {
			data = append(data, 0)
			data = append(data, key.FillBytes(make([]byte, 32))...)
		} else {
			priv, err := crypto.ToECDSA(key.FillBytes(make([]byte, 32)))
			if err != nil {
				return nil, err
			}
			data = append(data, crypto.CompressPubkey(&priv.PublicKey)...)
		}
		data = binary.BigEndian.AppendUint32(data, i)
		mac := hmac.New(sha512.New, chainCode)
		mac.Write(data)
		wipe(data)
		I := mac.Sum(nil)
		il := new(big.Int).SetBytes(I[:32])
		if il.Cmp(n) >= 0 {
			return nil, fmt.Errorf("BIP-32: invalid child at index %d (try the next index)", i)
		}
		key.Add(key, il).Mod(key, n)
		if key.Sign() == 0 {
			return nil, fmt.Errorf("BIP-32: invalid child at index %d (try the next index)", i)
		}
		copy(chainCode, I[32:])
		wipe(I)
	}
	return crypto.ToECDSA(key.FillBytes(make([]byte, 32)))
}
