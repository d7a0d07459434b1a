package disclosure

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Audience is the KB-JWT aud of a community: eip155:<chainId>:<address>.
// A presentation made for one community cannot be replayed to another.
func Audience(chainID uint64, community common.Address) string {
	return fmt.Sprintf("eip155:%d:%s", chainID, community.Hex())
}

// Nullifier names a medical event on chain without revealing it:
// keccak256(issuer identity || event_id). The identity is the bytes32 the
// community's issuer registry maps each of the issuer's keys to (by
// convention the thumbprint of its first key), not the key that signed: an
// event issued again under a rotated or second key of the same hospital
// gets the same nullifier, so it cannot be paid twice. The id is hashed
// byte for byte: only ids in the canonical form (ValidEventID), which
// huzhu issuers make unguessable, name an event once and say nothing of
// it.
func Nullifier(issuerIdentity [32]byte, eventID string) [32]byte {
	return crypto.Keccak256Hash(issuerIdentity[:], []byte(eventID))
}

// ClaimContext is what a claim's envelope says about the claim itself, so
// that a notary can tie the sealed evidence to the claim on chain.
type ClaimContext struct {
	ChainID   uint64 `json:"chainId"`
	Community string `json:"community"`
	Member    string `json:"member"`
	Amount    string `json:"amount"`    // base units of the community token
	Nullifier string `json:"nullifier"` // 0x-hex
	Salt      string `json:"salt"`      // 0x-hex, 16 random bytes: makes the nonce fresh
}

// NewClaimContext fills a context with a fresh salt.
func NewClaimContext(chainID uint64, community, member common.Address, amount *big.Int, nullifier [32]byte) (ClaimContext, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return ClaimContext{}, err
	}
	return ClaimContext{
		ChainID: chainID, Community: community.Hex(), Member: member.Hex(), Amount: amount.String(),
		Nullifier: common.Hash(nullifier).Hex(), Salt: "0x" + hex.EncodeToString(salt),
	}, nil
}

// Nonce is the KB-JWT nonce that names this claim: a digest of the chain,
// the community, the member, the amount, the nullifier and the salt. It
// cannot be replayed to another claim or community.
func (c ClaimContext) Nonce() string {
	h := crypto.Keccak256([]byte(fmt.Sprintf("huzhu-claim-v1|%d|%s|%s|%s|%s|%s",
		c.ChainID, strings.ToLower(c.Community), strings.ToLower(c.Member), c.Amount, strings.ToLower(c.Nullifier), strings.ToLower(c.Salt))))
	return b64.EncodeToString(h)
}

// Audience is the context's KB-JWT aud.
func (c ClaimContext) Audience() string {
	return Audience(c.ChainID, common.HexToAddress(c.Community))
}

// ClaimPayload is what an envelope carries: the presentation and its claim.
type ClaimPayload struct {
	Version      int          `json:"v"`
	Claim        ClaimContext `json:"claim"`
	Presentation string       `json:"presentation"`
}

// Marshal encodes the payload.
func (p ClaimPayload) Marshal() ([]byte, error) { return json.Marshal(p) }

// UnmarshalClaimPayload decodes an opened envelope's payload.
func UnmarshalClaimPayload(b []byte) (*ClaimPayload, error) {
	var p ClaimPayload
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("the envelope's payload is not a claim: %v", err)
	}
	if p.Version != 1 {
		return nil, fmt.Errorf("claim payload version %d: this huzhu reads version 1", p.Version)
	}
	return &p, nil
}

// Policy is what a community's claims must show.
type Policy struct {
	// Required facts, always disclosed.
	Required []string
	// Covered diagnosis categories.
	Covered []string
	// Currencies a treatment cost may be in: those the community counts one
	// to one with its token (its symbol, and any it pegs to).
	Currencies []string
	// CredentialTypes are the credential types (vct) accepted as evidence:
	// a hospital's other credentials (an admission estimate, say) may carry
	// the same field names. ClaimPolicy sets DefaultCredentialTypes; an
	// empty list accepts none.
	CredentialTypes []string
}

// RequiredFacts are the facts every claim discloses (SPEC section 5).
var RequiredFacts = []string{"event_id", "diagnosis_category", "diagnosis_date", "treatment_cost", "currency"}

// DefaultCredentialTypes are the credential types a community accepts
// unless it names others: the medical event credential huzhu issues.
var DefaultCredentialTypes = []string{MedicalVCT}

// ClaimPolicy is the policy of a community covering these categories,
// whose token counts one to one with these currencies, accepting the
// default credential types.
func ClaimPolicy(covered []string, currencies ...string) Policy {
	return Policy{Required: slices.Clone(RequiredFacts), Covered: slices.Clone(covered), Currencies: slices.Clone(currencies),
		CredentialTypes: slices.Clone(DefaultCredentialTypes)}
}

// AcceptsType reports whether a credential of type vct is evidence the
// policy accepts.
func (p Policy) AcceptsType(vct string) bool {
	return vct != "" && slices.Contains(p.CredentialTypes, vct)
}

// Fact is one fact of a credential and its value.
type Fact struct {
	Name  string
	Value any
}

// Preview is exactly what a claim will reveal and what stays hidden.
type Preview struct {
	// Always are the claims every notary sees whatever the member chooses
	// (AlwaysVisible): an SD-JWT VC keeps its issuer (iss, and the key that
	// signed it), its dates (iat, exp), its type (vct) and the key it is
	// bound to (cnf) visible, so a hidden fact (hospital, say) may be told
	// by them all the same. AlwaysShown says them for a person.
	Always []Fact
	Reveal []Fact
	Hide   []string
	// Missing are required facts the credential does not have.
	Missing []string
}

// AlwaysVisible returns what a credential shows whatever is disclosed: its
// visible top-level claims, each without its digests (the visible part of
// an object whose members are disclosable), VisibleClaims first in their
// order, then any others by name.
func AlwaysVisible(cred *SDJWT) []Fact {
	j, err := parseJWT(cred.IssuerJWT)
	if err != nil {
		return nil
	}
	payload := map[string]any{}
	for k, v := range j.payload {
		if k != "_sd_alg" {
			payload[k] = v
		}
	}
	// Resolved with no disclosure: every digest is dropped.
	resolved, verr := newResolver().value(payload)
	if verr != nil {
		return nil
	}
	visible := resolved.(map[string]any)
	var out []Fact
	for _, name := range VisibleClaims {
		if v, ok := visible[name]; ok {
			out = append(out, Fact{Name: name, Value: v})
			delete(visible, name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(visible)) {
		out = append(out, Fact{Name: name, Value: visible[name]})
	}
	return out
}

// AlwaysShown says for a person what every notary sees whatever the member
// chooses: the issuer by a short name, the dates (UTC days), the type by
// name and the wallet the credential is bound to (its address, shortened),
// then the names of any other claim always shown. It holds the
// credential's values: for the member's screen, not for a pipe or a log.
func AlwaysShown(always []Fact) i18n.Text {
	const none = "—" // a claim the credential does not have
	var issuer, issued, until, typ, wallet any = none, none, none, none, none
	var others []string
	for _, f := range always {
		switch f.Name {
		case "iss":
			if s, ok := f.Value.(string); ok {
				issuer = IssuerName(s, "")
			}
		case "iat":
			if t, ok := numericDate(f.Value); ok {
				issued = day(t)
			}
		case "exp":
			if t, ok := numericDate(f.Value); ok {
				until = day(t)
			}
		case "vct":
			if s, ok := f.Value.(string); ok {
				typ = TypeName(s)
			}
		case "cnf":
			if w, ok := boundTo(f.Value); ok {
				wallet = w
			}
		default:
			others = append(others, f.Name)
		}
	}
	t := i18n.Say("Always seen by every notary, whatever you choose: issuer %s, issued %s, valid until %s, type %s, bound to %s.",
		issuer, issued, until, typ, wallet)
	if len(others) > 0 {
		return i18n.Say("%s Also always seen: %s.", t, strings.Join(others, ", "))
	}
	return t
}

// boundTo names the key in a cnf claim: a wallet's address, or another
// key by its thumbprint.
func boundTo(cnf any) (any, bool) {
	m, _ := cnf.(map[string]any)
	raw, ok := m["jwk"]
	if !ok {
		return nil, false
	}
	b, _ := json.Marshal(raw)
	var k JWK
	if json.Unmarshal(b, &k) != nil {
		return nil, false
	}
	if addr, err := k.Address(); err == nil {
		h := addr.Hex()
		return h[:6] + "…" + h[len(h)-4:], true
	}
	if tp, err := k.Thumbprint(); err == nil {
		return i18n.Say("key %s", short(tp)), true
	}
	return nil, false
}

// Facts returns every selectively disclosable top-level fact of a
// credential, by name, as its holder sees them.
func Facts(cred *SDJWT) map[string]any {
	j, err := parseJWT(cred.IssuerJWT)
	if err != nil {
		return nil
	}
	top := map[string]bool{}
	for _, dg := range digestsIn(map[string]any{"_sd": j.payload["_sd"]}) {
		top[dg] = true
	}
	r := newResolver()
	for i := range cred.Disclosures {
		r.byDigest[cred.Disclosures[i].Digest()] = &cred.Disclosures[i]
	}
	out := map[string]any{}
	for _, d := range cred.Disclosures {
		if top[d.Digest()] && !d.Element {
			v, err := r.value(d.Value)
			if err != nil {
				continue
			}
			out[d.Name] = v
		}
	}
	return out
}

// Preview says what a claim with the given extra facts reveals and hides.
func (p Policy) Preview(cred *SDJWT, extra []string) (Preview, error) {
	facts := Facts(cred)
	pv := Preview{Always: AlwaysVisible(cred)}
	reveal := map[string]bool{}
	for _, name := range append(slices.Clone(p.Required), extra...) {
		if _, ok := facts[name]; !ok {
			if slices.Contains(p.Required, name) {
				pv.Missing = append(pv.Missing, name)
				continue
			}
			return Preview{}, fmt.Errorf("the credential has no fact %q to disclose", name)
		}
		if !reveal[name] {
			reveal[name] = true
			pv.Reveal = append(pv.Reveal, Fact{Name: name, Value: facts[name]})
		}
	}
	for name := range facts {
		if !reveal[name] {
			pv.Hide = append(pv.Hide, name)
		}
	}
	sort.Strings(pv.Hide)
	return pv, nil
}

// Present builds a claim's presentation: exactly the required facts and
// the extra ones the member chose, bound to the wallet key for this claim
// (aud = the community, nonce = the claim).
func (p Policy) Present(cred *SDJWT, holder *ecdsa.PrivateKey, c ClaimContext, extra []string, now time.Time) (*SDJWT, Preview, error) {
	pv, err := p.Preview(cred, extra)
	if err != nil {
		return nil, pv, err
	}
	if len(pv.Missing) > 0 {
		return nil, pv, fmt.Errorf("the credential lacks %s, which every claim must show; ask the issuer for a credential with it", strings.Join(pv.Missing, ", "))
	}
	names := make([]string, len(pv.Reveal))
	for i, f := range pv.Reveal {
		names[i] = f.Name
	}
	chosen, err := cred.Select(names)
	if err != nil {
		return nil, pv, err
	}
	pres := cred.Present(chosen)
	if err := pres.Bind(holder, c.Audience(), c.Nonce(), now); err != nil {
		return nil, pv, err
	}
	return pres, pv, nil
}
