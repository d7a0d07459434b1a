package disclosure

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// Algorithms: ES256 (P-256, issuers) and ES256K (secp256k1, holders).
const (
	AlgES256  = "ES256"
	AlgES256K = "ES256K"
)

// algFor names the JWS algorithm of a key's curve.
func algFor(pub *ecdsa.PublicKey) (string, error) {
	switch pub.Curve {
	case elliptic.P256():
		return AlgES256, nil
	case crypto.S256():
		return AlgES256K, nil
	}
	return "", errors.New("only P-256 and secp256k1 keys sign")
}

// signJWT makes a compact JWS of header and payload with key.
func signJWT(key *ecdsa.PrivateKey, header, payload map[string]any) (string, error) {
	alg, err := algFor(&key.PublicKey)
	if err != nil {
		return "", err
	}
	header["alg"] = alg
	h, err := json.Marshal(header)
	if err != nil {
		return "", err
	}
	p, err := json.Marshal(payload)
	if err != nil {
		return "", err
	}
	input := b64.EncodeToString(h) + "." + b64.EncodeToString(p)
	sig, err := signES(key, []byte(input))
	if err != nil {
		return "", err
	}
	return input + "." + b64.EncodeToString(sig), nil
}

// signES signs SHA-256(input), returning R||S (64 bytes). For secp256k1 S
// is always the low one (go-ethereum's signer), as ES256K verifiers expect.
func signES(key *ecdsa.PrivateKey, input []byte) ([]byte, error) {
	digest := sha256.Sum256(input)
	if key.Curve == crypto.S256() {
		sig, err := crypto.Sign(digest[:], key)
		if err != nil {
			return nil, err
		}
		return sig[:64], nil
	}
	r, s, err := ecdsa.Sign(rand.Reader, key, digest[:])
	if err != nil {
		return nil, err
	}
	out := make([]byte, 64)
	r.FillBytes(out[:32])
	s.FillBytes(out[32:])
	return out, nil
}

// verifyES checks an R||S signature over SHA-256(input), returning nil or
// why it does not verify. For secp256k1 a high S is accepted as well as a
// low one: RFC 8812 has no low-S rule, and OpenSSL-based signers produce a
// high S half the time. (huzhu signs low S; nothing here depends on a
// signature being unique: digests are over the disclosures and sd_hash,
// never over a signature.)
func verifyES(pub *ecdsa.PublicKey, input, sig []byte) error {
	if len(sig) != 64 {
		return fmt.Errorf("the signature is %d bytes, not 64 (R||S)", len(sig))
	}
	n := pub.Curve.Params().N
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:])
	if r.Sign() == 0 || r.Cmp(n) >= 0 {
		return errors.New("its r is not between 1 and the curve order")
	}
	if s.Sign() == 0 || s.Cmp(n) >= 0 {
		return errors.New("its s is not between 1 and the curve order")
	}
	digest := sha256.Sum256(input)
	if pub.Curve == crypto.S256() {
		pk := crypto.FromECDSAPub(pub)
		if crypto.VerifySignature(pk, digest[:], sig) {
			return nil
		}
		// (r, s) and (r, n-s) verify alike, and go-ethereum takes only the
		// low S of the two: a high S is tried as its low twin.
		twin := make([]byte, 64)
		copy(twin, sig[:32])
		s.Sub(n, s).FillBytes(twin[32:])
		if crypto.VerifySignature(pk, digest[:], twin) {
			return nil
		}
		return errSignatureMismatch
	}
	if ecdsa.Verify(pub, digest[:], r, s) {
		return nil
	}
	return errSignatureMismatch
}

var errSignatureMismatch = errors.New("it does not match the signed data and key")

// jwt is a parsed compact JWS.
type jwt struct {
	raw       string
	header    map[string]any
	payload   map[string]any
	signature []byte
}

func (j *jwt) signingInput() string { return j.raw[:strings.LastIndexByte(j.raw, '.')] }

func parseJWT(s string) (*jwt, error) {
	if strings.ContainsAny(s, " \t\r\n") {
		return nil, errors.New("a JWT holds no whitespace")
	}
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return nil, fmt.Errorf("a JWT has three dot-separated parts, got %d", len(parts))
	}
	var j jwt
	j.raw = s
	for i, dst := range []*map[string]any{&j.header, &j.payload} {
		b, err := b64.DecodeString(parts[i])
		if err != nil {
			return nil, fmt.Errorf("JWT part %d is not base64url: %v", i+1, err)
		}
		if err := decodeJSON(b, dst); err != nil {
			return nil, fmt.Errorf("JWT part %d is not a JSON object: %v", i+1, err)
		}
		if *dst == nil {
			return nil, fmt.Errorf("JWT part %d is not a JSON object", i+1)
		}
	}
	sig, err := b64.DecodeString(parts[2])
	if err != nil {
		return nil, fmt.Errorf("JWT signature is not base64url: %v", err)
	}
	j.signature = sig
	return &j, nil
}

// decodeJSON decodes exactly one JSON text (RFC 8259: one value, with
// optional whitespace around it), with numbers kept as json.Number, so
// that values pass through huzhu unchanged. Anything after the value is
// refused: a Decoder stops at the value's end, and its More reports
// false before a ] or a }, so {"a":1}] would otherwise pass.
func decodeJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if rest := b[dec.InputOffset():]; len(bytes.TrimLeft(rest, " \t\r\n")) > 0 {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}
