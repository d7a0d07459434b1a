package disclosure

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// The verification rules of RFC 9901 section 7 (and of SD-JWT VC), each
// named so that a failure says which one.
const (
	RuleFormat            = "format"                  // not <JWT>~<disclosures>~[<KB-JWT>]
	RuleTyp               = "typ"                     // header typ is not dc+sd-jwt (or vc+sd-jwt)
	RuleAlg               = "alg"                     // alg none, or not the key's algorithm
	RuleIssuerSignature   = "issuer-signature"        // the issuer's signature does not verify
	RuleSDAlg             = "sd-alg"                  // _sd_alg is not sha-256
	RuleDisclosure        = "disclosure"              // a disclosure is malformed
	RuleDuplicateDigest   = "duplicate-digest"        // a digest appears more than once
	RuleUnreferenced      = "unreferenced-disclosure" // a disclosure no digest refers to
	RuleReservedName      = "reserved-name"           // a disclosure names _sd or ...
	RuleNameCollision     = "name-collision"          // a disclosed name already exists there
	RuleExpired           = "expired"                 // exp has passed
	RuleNotYetValid       = "not-yet-valid"           // nbf or iat is in the future
	RuleVCT               = "vct"                     // an SD-JWT VC without vct
	RuleNotDisclosable    = "not-disclosable"         // an SD-JWT VC discloses a claim that must be visible
	RuleCnf               = "cnf"                     // no holder key in cnf.jwk
	RuleKeyBindingMissing = "key-binding-missing"     // a Key Binding JWT was required
	RuleKeyBindingTyp     = "key-binding-typ"         // KB-JWT typ is not kb+jwt
	RuleKeyBindingSig     = "key-binding-signature"   // KB-JWT not signed by the cnf key
	RuleSDHash            = "sd-hash"                 // sd_hash does not match the presentation
	RuleAudience          = "aud"                     // KB-JWT aud is not the one expected
	RuleNonce             = "nonce"                   // KB-JWT nonce is not the one expected
	RuleKeyBindingIat     = "key-binding-iat"         // KB-JWT iat missing, in the future or too old
	RuleCrit              = "crit"                    // a crit header huzhu cannot honour (RFC 7515 section 4.1.11)
)

// VerifyError says which rule an SD-JWT broke.
type VerifyError struct {
	Rule   string
	Detail string
}

func (e *VerifyError) Error() string { return e.Rule + ": " + e.Detail }

func fail(rule, format string, args ...any) *VerifyError {
	return &VerifyError{Rule: rule, Detail: fmt.Sprintf(format, args...)}
}

// VerifyOptions say what to expect.
type VerifyOptions struct {
	// IssuerKey verifies the issuer's signature (required).
	IssuerKey *ecdsa.PublicKey
	// Now is the time exp, nbf and iat are checked against.
	Now time.Time
	// Skew tolerates clocks that differ (default 5 minutes).
	Skew time.Duration
	// VC requires an SD-JWT VC: typ dc+sd-jwt (or vc+sd-jwt), a vct, and
	// its registered claims and everything inside them visible
	// (notDisclosable).
	VC bool
	// KeyBinding requires a Key Binding JWT by the key in cnf.
	KeyBinding bool
	// Audience and Nonce, when set, must be the KB-JWT's aud and nonce.
	Audience, Nonce string
	// MaxKeyBindingAge rejects a KB-JWT older than this before Now. When a
	// key binding is required and this is zero, it is KeyBindingMaxAge
	// (24 h): a presentation is never accepted at any age.
	MaxKeyBindingAge time.Duration
	// IgnoreValidity skips exp, nbf and iat of the credential (a notary's
	// review reports expiry as a line of its own).
	IgnoreValidity bool
}

// Verified is what a valid SD-JWT says.
type Verified struct {
	Header map[string]any
	// Claims are the visible claims with every presented disclosure put in
	// place, without _sd and _sd_alg.
	Claims      map[string]any
	Disclosures []Disclosure
	Holder      *JWK
	KeyBinding  *KeyBinding
}

// KeyBinding is a verified Key Binding JWT's payload.
type KeyBinding struct {
	Iat    time.Time
	Aud    string
	Nonce  string
	SDHash string
}

// VerifyString parses and verifies a compact SD-JWT.
func VerifyString(s string, o VerifyOptions) (*Verified, error) {
	sd, err := Parse(s)
	if err != nil {
		return nil, err
	}
	return sd.Verify(o)
}

// Verify applies every rule of RFC 9901 section 7: the issuer-signed JWT,
// its disclosures, and the Key Binding JWT.
func (s *SDJWT) Verify(o VerifyOptions) (*Verified, error) {
	if o.IssuerKey == nil {
		return nil, errors.New("no issuer key to verify with")
	}
	if o.Skew == 0 {
		o.Skew = 5 * time.Minute
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.KeyBinding && o.MaxKeyBindingAge == 0 {
		o.MaxKeyBindingAge = KeyBindingMaxAge
	}
	j, err := parseJWT(s.IssuerJWT)
	if err != nil {
		return nil, fail(RuleFormat, "issuer-signed JWT: %v", err)
	}
	if err := checkCrit(j.header); err != nil {
		return nil, fail(RuleCrit, "issuer-signed JWT: %v", err)
	}
	typ, _ := j.header["typ"].(string)
	if o.VC && typ != "dc+sd-jwt" && typ != "vc+sd-jwt" {
		return nil, fail(RuleTyp, "typ %q, want dc+sd-jwt", typ)
	}
	if err := checkAlg(j, o.IssuerKey); err != nil {
		return nil, err
	}
	if err := verifyES(o.IssuerKey, []byte(j.signingInput()), j.signature); err != nil {
		return nil, fail(RuleIssuerSignature, "the issuer's signature does not verify with the given key: %v", err)
	}
	if alg, ok := j.payload["_sd_alg"]; ok && alg != "sha-256" {
		return nil, fail(RuleSDAlg, "_sd_alg %v: only sha-256 is supported", alg)
	}

	r := newResolver()
	for i := range s.Disclosures {
		d := &s.Disclosures[i]
		dg := d.Digest()
		if _, dup := r.byDigest[dg]; dup {
			return nil, fail(RuleDuplicateDigest, "disclosure %d is presented twice", i+1)
		}
		r.byDigest[dg] = d
	}
	payload := map[string]any{}
	for k, v := range j.payload {
		if k != "_sd_alg" {
			payload[k] = v
		}
	}
	resolved, verr := r.value(payload)
	if verr != nil {
		return nil, verr
	}
	claims := resolved.(map[string]any)
	for i, d := range s.Disclosures {
		if !r.used[d.Digest()] {
			return nil, fail(RuleUnreferenced, "disclosure %d (%s) is referenced by no digest", i+1, describe(d))
		}
	}
	if o.VC {
		// Before validity: a disclosed exp is refused for being disclosed,
		// whatever it says.
		if err := r.checkNotDisclosable(s.Disclosures); err != nil {
			return nil, err
		}
		if vct, _ := claims["vct"].(string); vct == "" {
			return nil, fail(RuleVCT, "an SD-JWT VC needs a vct")
		}
	}
	if !o.IgnoreValidity {
		if err := checkTimes(claims, o); err != nil {
			return nil, err
		}
	}
	v := &Verified{Header: j.header, Claims: claims, Disclosures: s.Disclosures}
	if cnf, ok := claims["cnf"].(map[string]any); ok {
		if raw, ok := cnf["jwk"]; ok {
			b, _ := json.Marshal(raw)
			var k JWK
			if err := json.Unmarshal(b, &k); err != nil {
				return nil, fail(RuleCnf, "cnf.jwk is not a JWK: %v", err)
			}
			if _, err := k.PublicKey(); err != nil {
				return nil, fail(RuleCnf, "cnf.jwk: %v", err)
			}
			v.Holder = &k
		}
	}
	if s.KeyBinding == "" {
		if o.KeyBinding {
			return nil, fail(RuleKeyBindingMissing, "a Key Binding JWT is required and there is none")
		}
		return v, nil
	}
	kb, err := s.verifyKeyBinding(v.Holder, o)
	if err != nil {
		return nil, err
	}
	v.KeyBinding = kb
	return v, nil
}

func describe(d Disclosure) string {
	if d.Element {
		return "an array element"
	}
	return "claim " + d.Name
}

func checkAlg(j *jwt, key *ecdsa.PublicKey) error {
	alg, _ := j.header["alg"].(string)
	if alg == "" || strings.EqualFold(alg, "none") {
		return fail(RuleAlg, "alg %q: unsigned tokens are refused", alg)
	}
	want, err := algFor(key)
	if err != nil {
		return fail(RuleAlg, "%v", err)
	}
	if alg != want {
		return fail(RuleAlg, "alg %s does not match the key (%s)", alg, want)
	}
	return nil
}

type resolver struct {
	byDigest map[string]*Disclosure
	used     map[string]bool
	seen     map[string]bool
	// Where each used disclosure was found: under which top-level claim
	// (its own name for a top-level disclosure), and whether at the top.
	depth    int
	top      string
	under    map[string]string
	topLevel map[string]bool
}

func newResolver() *resolver {
	return &resolver{byDigest: map[string]*Disclosure{}, used: map[string]bool{}, seen: map[string]bool{},
		under: map[string]string{}, topLevel: map[string]bool{}}
}

// notDisclosable are the registered claims an SD-JWT VC never lets a
// holder withhold (draft-ietf-oauth-sd-jwt-vc, "Registered JWT Claims":
// they "including any of their sub-claims ... MUST NOT be selectively
// disclosed"): the issuer, validity, the holder's key, the type and its
// integrity, the other types, the status reference. Only the top-level
// claims of these names are meant: a nested claim named exp or status is
// an ordinary claim. (iat and sub may be disclosed.)
var notDisclosable = []string{"iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "aka_vcts", "status"}

// checkNotDisclosable refuses a disclosure that is one of notDisclosable
// or lies anywhere inside one.
func (r *resolver) checkNotDisclosable(ds []Disclosure) *VerifyError {
	for _, d := range ds {
		dg := d.Digest()
		top := r.under[dg]
		if !slices.Contains(notDisclosable, top) {
			continue
		}
		if r.topLevel[dg] {
			return fail(RuleNotDisclosable, "claim %q must be visible in an SD-JWT VC, not disclosed", top)
		}
		return fail(RuleNotDisclosable, "%s inside %q is disclosed: in an SD-JWT VC, %q and everything inside it must be visible", describe(d), top, top)
	}
	return nil
}

// found records where a used disclosure was found.
func (r *resolver) found(dg string, d *Disclosure) {
	r.used[dg] = true
	if r.depth == 1 { // in the payload's own _sd
		r.top = d.Name
		r.topLevel[dg] = true
	}
	r.under[dg] = r.top
}

func (r *resolver) note(dg string) *VerifyError {
	if r.seen[dg] {
		return fail(RuleDuplicateDigest, "digest %s appears more than once", dg)
	}
	r.seen[dg] = true
	return nil
}

// value replaces digests with their disclosures, recursively (RFC 9901
// section 7.1, step 3).
func (r *resolver) value(v any) (any, *VerifyError) {
	switch x := v.(type) {
	case map[string]any:
		r.depth++
		defer func() { r.depth-- }()
		out := map[string]any{}
		for k, e := range x {
			if k == "_sd" {
				continue
			}
			if r.depth == 1 {
				r.top = k
			}
			rv, err := r.value(e)
			if err != nil {
				return nil, err
			}
			out[k] = rv
		}
		sdv, ok := x["_sd"]
		if !ok {
			return out, nil
		}
		arr, ok := sdv.([]any)
		if !ok {
			return nil, fail(RuleFormat, "_sd is not an array")
		}
		for _, e := range arr {
			dg, ok := e.(string)
			if !ok {
				return nil, fail(RuleFormat, "_sd holds a non-string")
			}
			if err := r.note(dg); err != nil {
				return nil, err
			}
			d, ok := r.byDigest[dg]
			if !ok {
				continue // not disclosed, or a decoy
			}
			if d.Element {
				return nil, fail(RuleDisclosure, "an array element disclosure is referenced from _sd")
			}
			if d.Name == "_sd" || d.Name == "..." {
				return nil, fail(RuleReservedName, "a disclosure names the reserved claim %q", d.Name)
			}
			if _, exists := out[d.Name]; exists {
				return nil, fail(RuleNameCollision, "claim %q is both visible and disclosed, or disclosed twice", d.Name)
			}
			r.found(dg, d)
			rv, err := r.value(d.Value)
			if err != nil {
				return nil, err
			}
			out[d.Name] = rv
		}
		return out, nil
	case []any:
		r.depth++
		defer func() { r.depth-- }()
		out := make([]any, 0, len(x))
		for _, e := range x {
			// Only an object with exactly one key, "...", whose value is
			// a string is a digest (section 7.1, step 3.2.2); any other
			// element, {"...": 42} or {"...": "x", "k": 1} too, is an
			// ordinary one.
			if dg, ok := elementDigest(e); ok {
				if err := r.note(dg); err != nil {
					return nil, err
				}
				d, ok := r.byDigest[dg]
				if !ok {
					continue
				}
				if !d.Element {
					return nil, fail(RuleDisclosure, "an object member disclosure is referenced from an array")
				}
				r.found(dg, d)
				rv, err := r.value(d.Value)
				if err != nil {
					return nil, err
				}
				out = append(out, rv)
				continue
			}
			rv, err := r.value(e)
			if err != nil {
				return nil, err
			}
			out = append(out, rv)
		}
		return out, nil
	}
	return v, nil
}

// NumericDates outside years 1 to 9999 are refused: beyond int64 a
// conversion would wrap (a far-future exp turning into a past one), and
// time.Unix overflows well before that.
const (
	minNumericDate = -62135596800 // 0001-01-01T00:00:00Z
	maxNumericDate = 253402300799 // 9999-12-31T23:59:59Z
)

// numericDate reads a JWT NumericDate (RFC 7519: seconds since the epoch,
// fractions allowed and dropped).
func numericDate(v any) (time.Time, bool) {
	var f float64
	switch n := v.(type) {
	case json.Number:
		if i, err := n.Int64(); err == nil {
			return unixDate(i)
		}
		x, err := n.Float64()
		if err != nil {
			return time.Time{}, false
		}
		f = x
	case float64:
		f = n
	case int64:
		return unixDate(n)
	default:
		return time.Time{}, false
	}
	// Compared as floats before any conversion, and the only check on this
	// path: int64(f) of a huge f is implementation-defined, and NaN fails
	// both comparisons.
	if !(f >= minNumericDate && f <= maxNumericDate) {
		return time.Time{}, false
	}
	return time.Unix(int64(f), 0), true
}

func unixDate(sec int64) (time.Time, bool) {
	if sec < minNumericDate || sec > maxNumericDate {
		return time.Time{}, false
	}
	return time.Unix(sec, 0), true
}

func checkTimes(claims map[string]any, o VerifyOptions) error {
	if v, ok := claims["exp"]; ok {
		t, ok := numericDate(v)
		if !ok {
			return fail(RuleFormat, "exp is not a NumericDate between years 1 and 9999")
		}
		if !o.Now.Before(t.Add(o.Skew)) {
			return fail(RuleExpired, "the credential expired %s", t.UTC().Format(time.RFC3339))
		}
	}
	for _, name := range []string{"nbf", "iat"} {
		if v, ok := claims[name]; ok {
			t, ok := numericDate(v)
			if !ok {
				return fail(RuleFormat, "%s is not a NumericDate between years 1 and 9999", name)
			}
			if t.After(o.Now.Add(o.Skew)) {
				return fail(RuleNotYetValid, "%s is %s, in the future", name, t.UTC().Format(time.RFC3339))
			}
		}
	}
	return nil
}

// verifyKeyBinding checks the KB-JWT (RFC 9901 section 7.3).
func (s *SDJWT) verifyKeyBinding(holder *JWK, o VerifyOptions) (*KeyBinding, error) {
	if holder == nil {
		return nil, fail(RuleCnf, "a Key Binding JWT, but no holder key in cnf.jwk")
	}
	j, err := parseJWT(s.KeyBinding)
	if err != nil {
		return nil, fail(RuleFormat, "Key Binding JWT: %v", err)
	}
	if err := checkCrit(j.header); err != nil {
		return nil, fail(RuleCrit, "Key Binding JWT: %v", err)
	}
	if typ, _ := j.header["typ"].(string); typ != "kb+jwt" {
		return nil, fail(RuleKeyBindingTyp, "typ %q, want kb+jwt", typ)
	}
	pub, _ := holder.PublicKey()
	if err := checkAlg(j, pub); err != nil {
		return nil, err
	}
	if err := verifyES(pub, []byte(j.signingInput()), j.signature); err != nil {
		return nil, fail(RuleKeyBindingSig, "the Key Binding JWT is not signed by the key in cnf: %v", err)
	}
	kb := &KeyBinding{}
	kb.Aud, _ = j.payload["aud"].(string)
	kb.Nonce, _ = j.payload["nonce"].(string)
	kb.SDHash, _ = j.payload["sd_hash"].(string)
	iat, ok := numericDate(j.payload["iat"])
	if !ok {
		return nil, fail(RuleKeyBindingIat, "the Key Binding JWT has no iat, or one that is not a NumericDate between years 1 and 9999")
	}
	kb.Iat = iat
	if kb.SDHash != s.SDHash() {
		return nil, fail(RuleSDHash, "sd_hash does not match the presented SD-JWT")
	}
	if o.Audience != "" && kb.Aud != o.Audience {
		if auds, ok := j.payload["aud"].([]any); !ok || !slices.Contains(auds, any(o.Audience)) {
			return nil, fail(RuleAudience, "aud %q, want %q", kb.Aud, o.Audience)
		}
	}
	if o.Nonce != "" && kb.Nonce != o.Nonce {
		return nil, fail(RuleNonce, "nonce %q, want %q", kb.Nonce, o.Nonce)
	}
	if iat.After(o.Now.Add(o.Skew)) {
		return nil, fail(RuleKeyBindingIat, "iat %s is in the future", iat.UTC().Format(time.RFC3339))
	}
	if o.MaxKeyBindingAge > 0 && o.Now.Sub(iat) > o.MaxKeyBindingAge {
		return nil, fail(RuleKeyBindingIat, "the Key Binding JWT is older than %s", o.MaxKeyBindingAge)
	}
	return kb, nil
}

// registeredHeaders are the header parameters of RFC 7515 and RFC 7516 that
// crit must not list (RFC 7515 section 4.1.11).
var registeredHeaders = map[string]bool{
	"alg": true, "jku": true, "jwk": true, "kid": true, "x5u": true, "x5c": true, "x5t": true, "x5t#S256": true,
	"typ": true, "cty": true, "crit": true, "enc": true, "zip": true, "epk": true, "apu": true, "apv": true,
	"iv": true, "tag": true, "p2s": true, "p2c": true,
}

// checkCrit refuses any crit header: huzhu understands no JWS extension,
// so a token that says one must be understood cannot be accepted (RFC 7515
// section 4.1.11). Malformed ones are named as such.
func checkCrit(header map[string]any) error {
	raw, ok := header["crit"]
	if !ok {
		return nil
	}
	list, ok := raw.([]any)
	if !ok {
		return fmt.Errorf("crit is not an array of header names")
	}
	if len(list) == 0 {
		return fmt.Errorf("crit is an empty array, which RFC 7515 forbids")
	}
	for _, e := range list {
		name, ok := e.(string)
		if !ok {
			return fmt.Errorf("crit lists a non-string")
		}
		if registeredHeaders[name] {
			return fmt.Errorf("crit lists %q, a header that RFC 7515 defines and crit must not name", name)
		}
	}
	name, _ := list[0].(string)
	return fmt.Errorf("crit requires the extension %q, which huzhu does not understand", name)
}
