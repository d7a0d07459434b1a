package disclosure

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// A holder request is what a member hands a hospital to be issued a
// credential: the wallet's public key as a JWK, with proof that the member
// holds its private key (a JWS by that key over the key's thumbprint).

// HolderRequest is a member's request for a credential.
type HolderRequest struct {
	JWK     JWK    `json:"jwk"`
	Address string `json:"address"`
	Proof   string `json:"proof"`
}

const requestTyp = "huzhu-holder-request+jwt"

// NewHolderRequest signs a request with the wallet key.
func NewHolderRequest(key *ecdsa.PrivateKey, now time.Time) (*HolderRequest, error) {
	j, err := PublicJWK(&key.PublicKey)
	if err != nil {
		return nil, err
	}
	tp, err := j.ThumbprintString()
	if err != nil {
		return nil, err
	}
	proof, err := signJWT(key, map[string]any{"typ": requestTyp}, map[string]any{"iat": now.Unix(), "jkt": tp})
	if err != nil {
		return nil, err
	}
	return &HolderRequest{JWK: j, Address: crypto.PubkeyToAddress(key.PublicKey).Hex(), Proof: proof}, nil
}

// ErrNotHolder: the holder file is not a holder request or a wallet JWK
// at all (as opposed to a request whose proof fails).
var ErrNotHolder = errors.New("not a holder request or key")

// ReadHolder reads what an issuer is given: a holder request (whose proof
// of possession it checks) or a bare secp256k1 JWK.
func ReadHolder(b []byte, now time.Time) (JWK, bool, error) {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(b, &probe); err != nil {
		return JWK{}, false, fmt.Errorf("%w: the holder file is not JSON: %v", ErrNotHolder, err)
	}
	if _, isRequest := probe["proof"]; !isRequest {
		var k JWK
		if err := json.Unmarshal(b, &k); err != nil {
			return JWK{}, false, fmt.Errorf("%w: %v", ErrNotHolder, err)
		}
		if k.Crv != CurveSecp256k1 {
			return JWK{}, false, fmt.Errorf("%w: the holder key must be a secp256k1 wallet key, not %q", ErrNotHolder, k.Crv)
		}
		if _, err := k.PublicKey(); err != nil {
			return JWK{}, false, fmt.Errorf("%w: %v", ErrNotHolder, err)
		}
		return k, false, nil
	}
	var r HolderRequest
	if err := json.Unmarshal(b, &r); err != nil {
		return JWK{}, false, fmt.Errorf("%w: %v", ErrNotHolder, err)
	}
	if err := r.Check(now); err != nil {
		return JWK{}, false, err
	}
	return r.JWK, true, nil
}

// Check verifies the proof of possession: signed by the request's key,
// over its thumbprint, not from the future.
func (r *HolderRequest) Check(now time.Time) error {
	pub, err := r.JWK.PublicKey()
	if err != nil {
		return fmt.Errorf("holder request: %w", err)
	}
	if r.JWK.Crv != CurveSecp256k1 {
		return errors.New("holder request: the key must be a secp256k1 wallet key")
	}
	j, err := parseJWT(r.Proof)
	if err != nil {
		return fmt.Errorf("holder request proof: %w", err)
	}
	if err := checkCrit(j.header); err != nil {
		return fmt.Errorf("holder request proof: %w", err)
	}
	if typ, _ := j.header["typ"].(string); typ != requestTyp {
		return fmt.Errorf("holder request proof: typ %q", typ)
	}
	if err := checkAlg(j, pub); err != nil {
		return fmt.Errorf("holder request proof: %w", err)
	}
	if err := verifyES(pub, []byte(j.signingInput()), j.signature); err != nil {
		return fmt.Errorf("holder request proof: not signed by the requested key (proof of possession fails): %v", err)
	}
	tp, _ := r.JWK.ThumbprintString()
	if jkt, _ := j.payload["jkt"].(string); jkt != tp {
		return errors.New("holder request proof: it signs another key's thumbprint")
	}
	if iat, ok := numericDate(j.payload["iat"]); !ok || iat.After(now.Add(5*time.Minute)) {
		return errors.New("holder request proof: iat missing or in the future")
	}
	if addr, _ := r.JWK.Address(); r.Address != "" && !strings.EqualFold(addr.Hex(), r.Address) {
		return errors.New("holder request: the address does not belong to the key")
	}
	return nil
}
