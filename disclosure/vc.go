package disclosure

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"
	"time"
)

// The medical event credential: an SD-JWT VC (draft-ietf-oauth-sd-jwt-vc)
// issued by a hospital (ES256) to a member's wallet key (cnf.jwk, secp256k1).

// MedicalVCT is the credential type of a medical event.
const MedicalVCT = "urn:huzhu:vct:medical-event:1"

// Facts a medical credential may carry, each selectively disclosable
// (SPEC section 5). address is an object and procedures an array whose
// members and elements are disclosable one by one too.
var MedicalFacts = []string{
	"given_name", "family_name", "birthdate", "national_id", "phone_number", "address",
	"event_id", "diagnosis_code", "diagnosis_category", "diagnosis_date", "hospital",
	"treatment_cost", "currency", "physician", "notes", "procedures",
}

// MedicalShape is the shape of every medical credential huzhu issues: the
// top-level _sd always holds 24 digests (16 facts at most, decoys for the
// rest), a nested object's _sd 12 (address), an array 16 elements
// (procedures).
var MedicalShape = Shape{TopLevel: 24, Nested: 12, Array: 16}

// VisibleClaims are always visible in a medical credential.
var VisibleClaims = []string{"iss", "iat", "exp", "vct", "cnf"}

func isFact(name string) bool {
	for _, f := range MedicalFacts {
		if f == name {
			return true
		}
	}
	return false
}

// MedicalCredential describes one credential to issue.
type MedicalCredential struct {
	Issuer   string // iss: the hospital's identifier (a URL)
	Holder   JWK    // the member's secp256k1 wallet key
	Facts    map[string]any
	IssuedAt time.Time
	Validity time.Duration // exp = IssuedAt + Validity
}

// IssueMedical signs a medical SD-JWT VC with the issuer's P-256 key.
func IssueMedical(key *ecdsa.PrivateKey, c MedicalCredential, o IssueOptions) (*SDJWT, error) {
	if c.Holder.Crv != CurveSecp256k1 {
		return nil, fmt.Errorf("the holder key must be a secp256k1 wallet key, not %q", c.Holder.Crv)
	}
	if _, err := c.Holder.PublicKey(); err != nil {
		return nil, fmt.Errorf("holder key: %w", err)
	}
	if c.Issuer == "" {
		return nil, fmt.Errorf("the credential needs an issuer (iss)")
	}
	if c.Validity <= 0 {
		return nil, fmt.Errorf("the credential needs a validity")
	}
	var unknown []string
	claims := map[string]any{
		"iss": c.Issuer, "iat": c.IssuedAt.Unix(), "exp": c.IssuedAt.Add(c.Validity).Unix(),
		"vct": MedicalVCT, "cnf": map[string]any{"jwk": JWK{Kty: c.Holder.Kty, Crv: c.Holder.Crv, X: c.Holder.X, Y: c.Holder.Y}},
	}
	for name, v := range c.Facts {
		if !isFact(name) {
			unknown = append(unknown, name)
			continue
		}
		switch x := v.(type) {
		case map[string]any:
			if o.Shape == nil && len(x) > MedicalShape.Nested {
				return nil, fmt.Errorf("%s has %d fields; a medical credential holds at most %d in one object", name, len(x), MedicalShape.Nested)
			}
			inner := map[string]any{}
			for k, e := range x {
				inner[k] = SD{e}
			}
			claims[name] = SD{inner}
		case []any:
			if o.Shape == nil && len(x) > MedicalShape.Array {
				return nil, fmt.Errorf("%s has %d entries; a medical credential holds at most %d in one list", name, len(x), MedicalShape.Array)
			}
			inner := make([]any, len(x))
			for i, e := range x {
				inner[i] = SD{e}
			}
			claims[name] = SD{inner}
		default:
			claims[name] = SD{v}
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fmt.Errorf("unknown facts %s; a medical credential carries: %s", strings.Join(unknown, ", "), strings.Join(MedicalFacts, ", "))
	}
	// The header names the issuer's key; a verifier trusts it only if its
	// thumbprint is in the community's registry (or it is the key given).
	ij, err := PublicJWK(&key.PublicKey)
	if err != nil {
		return nil, err
	}
	if o.Shape == nil {
		shape := MedicalShape
		o.Shape = &shape
	}
	cred, err := Issue(key, map[string]any{"typ": "dc+sd-jwt", "jwk": ij}, claims, o)
	if err != nil {
		return nil, err
	}
	// Every credential huzhu issues can be presented with every fact: the
	// member must never hold evidence that no envelope can carry.
	if n, err := FullPresentationSize(cred); err != nil {
		return nil, err
	} else if n > MaxPayload {
		// Disclosures are base64url: 3 bytes of text take 4.
		return nil, fmt.Errorf("%w: presented with every fact, a key binding and its claim, it takes %d bytes and an envelope carries %d; shorten the notes or the procedures by at least %d bytes of UTF-8 text (a Chinese character is 3)",
			ErrCredentialTooLarge, n, MaxPayload, (3*(n-MaxPayload)+3)/4)
	}
	return cred, nil
}

// ErrCredentialTooLarge: IssueMedical refuses a credential that could not
// be filed with every fact disclosed.
var ErrCredentialTooLarge = errors.New("the credential would not fit a claim envelope with every fact disclosed")

// FullPresentationSize is the length of the largest claim payload a
// credential can make: every disclosure presented, a Key Binding JWT, and
// the longest claim context (chain id 2^64-1, an amount of 2^256-1 base
// units, a key binding dated in year 9999). A payload of a real claim of
// this credential is never longer.
func FullPresentationSize(cred *SDJWT) (int, error) {
	ctx := ClaimContext{
		ChainID:   math.MaxUint64,
		Community: "0x" + strings.Repeat("f", 40), Member: "0x" + strings.Repeat("f", 40),
		Amount:    new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)).String(),
		Nullifier: "0x" + strings.Repeat("f", 64), Salt: "0x" + strings.Repeat("f", 32),
	}
	pres := &SDJWT{IssuerJWT: cred.IssuerJWT, Disclosures: cred.Disclosures}
	h, err := json.Marshal(map[string]any{"alg": AlgES256K, "typ": "kb+jwt"})
	if err != nil {
		return 0, err
	}
	pl, err := json.Marshal(map[string]any{"iat": int64(maxNumericDate), "aud": ctx.Audience(), "nonce": ctx.Nonce(), "sd_hash": pres.SDHash()})
	if err != nil {
		return 0, err
	}
	pres.KeyBinding = b64.EncodeToString(h) + "." + b64.EncodeToString(pl) + "." + b64.EncodeToString(make([]byte, 64))
	b, err := ClaimPayload{Version: 1, Claim: ctx, Presentation: pres.String()}.Marshal()
	if err != nil {
		return 0, err
	}
	return len(b), nil
}
