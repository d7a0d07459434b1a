package wallet

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Key material is made, derived and parsed here, not by the faces: an
// account from a mnemonic or a hex private key, an issuer's P-256 signing
// key, a notary's HPKE key.

// ErrBadPrivateKey means a text is not a 32-byte hex private key.
var ErrBadPrivateKey = i18n.SayErr(nil, "not a 32-byte hex private key")

// ErrInvalidPrivateKey means 32 bytes are not a valid secp256k1 private
// key (zero, or not below the curve order).
var ErrInvalidPrivateKey = i18n.SayErr(nil, "not a valid secp256k1 private key")

// KeyFromMnemonic derives the Ethereum account index of a BIP-39 mnemonic
// (m/44'/60'/0'/0/index, as MetaMask does) with an optional BIP-39
// passphrase, and returns the key and its path. A mnemonic that is not
// valid BIP-39 is an error wrapping ErrBadMnemonic.
func KeyFromMnemonic(mnemonic, bip39Passphrase string, index uint32) (*ecdsa.PrivateKey, string, error) {
	path := EthereumPath(index)
	if err := ValidateMnemonic(mnemonic); err != nil {
		return nil, path, err
	}
	seed, err := Seed(NormalizeMnemonic(mnemonic), bip39Passphrase)
	if err != nil {
		return nil, path, err
	}
	defer wipe(seed)
	key, err := DeriveKey(seed, path)
	return key, path, err
}

// ParsePrivateKey reads a hex secp256k1 private key (with or without 0x,
// surrounding space ignored). The errors are ErrBadPrivateKey and
// ErrInvalidPrivateKey; neither echoes the text.
func ParsePrivateKey(text []byte) (*ecdsa.PrivateKey, error) {
	raw, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(string(text)), "0x"))
	defer wipe(raw)
	if err != nil || len(raw) != 32 {
		return nil, ErrBadPrivateKey
	}
	key, err := crypto.ToECDSA(raw)
	if err != nil {
		return nil, ErrInvalidPrivateKey
	}
	return key, nil
}

// Create makes a new issuer signing key (P-256, ES256) for the display
// name, keeps it encrypted under passphrase (see Add), and returns its
// entry, its public JWK and the derived key (for the keyring).
func (s *IssuerStore) Create(display string, passphrase []byte, now time.Time) (Account, disclosure.JWK, []byte, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return Account{}, disclosure.JWK{}, nil, err
	}
	raw, err := key.Bytes()
	if err != nil {
		return Account{}, disclosure.JWK{}, nil, err
	}
	j, err := disclosure.PublicJWK(&key.PublicKey)
	if err != nil {
		wipe(raw)
		return Account{}, disclosure.JWK{}, nil, err
	}
	acct, dk, err := s.Add(display, raw, passphrase, now) // Add wipes raw
	if err != nil {
		return Account{}, disclosure.JWK{}, nil, err
	}
	return acct, j, dk, nil
}

// OpenIssuerKey decrypts an issuer signing key (an entry of an
// IssuerStore) with its derived key.
func OpenIssuerKey(acct Account, dk []byte) (*ecdsa.PrivateKey, error) {
	raw, err := (&Store{}).OpenSecret(acct, dk)
	if err != nil {
		return nil, err
	}
	defer wipe(raw)
	return ecdsa.ParseRawPrivateKey(elliptic.P256(), raw)
}

// Create makes a new HPKE key for the notary whose account key is account,
// shows its public half to check (which may refuse it: then nothing is
// kept), keeps it, and returns what was kept and the public key. The
// check is where a face asks whether the contract takes the key, and the
// person whether to publish it; keeping it before it is published means
// a published key is never lost.
func (s *NotaryKeyStore) Create(account *ecdsa.PrivateKey, now time.Time, check func(pub []byte) error) (NotaryKeyInfo, []byte, error) {
	k, err := disclosure.NewNotaryKey()
	if err != nil {
		return NotaryKeyInfo{}, nil, err
	}
	pub := k.PublicKey()
	if check != nil {
		if err := check(pub); err != nil {
			return NotaryKeyInfo{}, pub, err
		}
	}
	info, err := s.Add(account, k, now)
	return info, pub, err
}
