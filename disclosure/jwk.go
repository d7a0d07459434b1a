package disclosure

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// b64 is unpadded base64url, strict: no stray padding bits (one value, one
// encoding). Line breaks, which decoders skip, are refused before decoding.
var b64 = base64.RawURLEncoding.Strict()

// JWK is an elliptic-curve public key as a JSON Web Key (RFC 7517):
// P-256 for issuers (ES256), secp256k1 for holders (ES256K, the wallet key).
type JWK struct {
	Kty string `json:"kty"`
	Crv string `json:"crv"`
	X   string `json:"x"`
	Y   string `json:"y"`
	Kid string `json:"kid,omitempty"`
	Alg string `json:"alg,omitempty"`
	Use string `json:"use,omitempty"`
}

// Curves huzhu accepts.
const (
	CurveP256      = "P-256"
	CurveSecp256k1 = "secp256k1"
)

// PublicJWK returns the JWK of a P-256 or secp256k1 public key.
func PublicJWK(pub *ecdsa.PublicKey) (JWK, error) {
	var crv string
	switch pub.Curve {
	case elliptic.P256():
		crv = CurveP256
	case crypto.S256():
		crv = CurveSecp256k1
	default:
		return JWK{}, errors.New("only P-256 and secp256k1 keys are supported")
	}
	x, y, err := coordinates(pub)
	if err != nil {
		return JWK{}, err
	}
	return JWK{Kty: "EC", Crv: crv, X: b64.EncodeToString(x), Y: b64.EncodeToString(y)}, nil
}

// coordinates returns the 32-byte big-endian X and Y of a public key.
func coordinates(pub *ecdsa.PublicKey) (x, y []byte, err error) {
	var raw []byte
	if pub.Curve == crypto.S256() {
		raw = crypto.FromECDSAPub(pub)
	} else {
		k, err := pub.ECDH()
		if err != nil {
			return nil, nil, err
		}
		raw = k.Bytes()
	}
	if len(raw) != 65 || raw[0] != 4 {
		return nil, nil, errors.New("unexpected public key encoding")
	}
	return raw[1:33], raw[33:], nil
}

// PublicKey returns the key as an ecdsa.PublicKey, checking it is on its curve.
func (k JWK) PublicKey() (*ecdsa.PublicKey, error) {
	if k.Kty != "EC" {
		return nil, fmt.Errorf("JWK kty %q: only EC keys are supported", k.Kty)
	}
	x, err := b64.DecodeString(k.X)
	if err != nil || len(x) != 32 || strings.ContainsAny(k.X+k.Y, "\r\n") {
		return nil, errors.New("JWK x is not 32 bytes of base64url")
	}
	y, err := b64.DecodeString(k.Y)
	if err != nil || len(y) != 32 {
		return nil, errors.New("JWK y is not 32 bytes of base64url")
	}
	raw := append(append([]byte{4}, x...), y...)
	switch k.Crv {
	case CurveP256:
		if _, err := ecdh.P256().NewPublicKey(raw); err != nil {
			return nil, errors.New("JWK point is not on P-256")
		}
		return &ecdsa.PublicKey{Curve: elliptic.P256(), X: new(big.Int).SetBytes(x), Y: new(big.Int).SetBytes(y)}, nil
	case CurveSecp256k1:
		pub, err := crypto.UnmarshalPubkey(raw)
		if err != nil {
			return nil, errors.New("JWK point is not on secp256k1")
		}
		return pub, nil
	}
	return nil, fmt.Errorf("JWK crv %q: only P-256 and secp256k1 are supported", k.Crv)
}

// Thumbprint is the RFC 7638 JWK thumbprint: SHA-256 over the required
// members in lexicographic order, without whitespace.
func (k JWK) Thumbprint() ([32]byte, error) {
	if _, err := k.PublicKey(); err != nil {
		return [32]byte{}, err
	}
	// Members crv, kty, x, y: lexicographic order, no spaces (RFC 7638 §3.2),
	// coordinates re-encoded so that one key has one thumbprint.
	x, _ := b64.DecodeString(k.X)
	y, _ := b64.DecodeString(k.Y)
	canon := fmt.Sprintf(`{"crv":%s,"kty":%s,"x":%s,"y":%s}`, jsonString(k.Crv), jsonString(k.Kty), jsonString(b64.EncodeToString(x)), jsonString(b64.EncodeToString(y)))
	return sha256.Sum256([]byte(canon)), nil
}

// ThumbprintString is the thumbprint in base64url, as JOSE writes it.
func (k JWK) ThumbprintString() (string, error) {
	t, err := k.Thumbprint()
	return b64.EncodeToString(t[:]), err
}

// ThumbprintURN is the key's RFC 9278 thumbprint URN (SHA-256): the iss
// huzhu gives a new issuer, its first key's, kept for its later keys.
func (k JWK) ThumbprintURN() (string, error) {
	t, err := k.ThumbprintString()
	return JWKThumbprintURN + "sha-256:" + t, err
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// Address is the Ethereum address of a secp256k1 JWK: how a credential
// bound to a wallet key names the member.
func (k JWK) Address() (common.Address, error) {
	if k.Crv != CurveSecp256k1 {
		return common.Address{}, fmt.Errorf("JWK crv %q is not secp256k1: no Ethereum address", k.Crv)
	}
	pub, err := k.PublicKey()
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}
