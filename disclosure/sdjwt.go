package disclosure

import (
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"time"
)

// SD-JWT (RFC 9901): an issuer-signed JWT whose selectively disclosable
// claims are replaced by digests of disclosures; the holder reveals a
// claim by presenting its disclosure, and proves possession of the key in
// cnf with a Key Binding JWT.

// Disclosure is one selectively disclosable claim: the base64url of the JSON
// array [salt, name, value] (an object member) or [salt, value] (an array
// element). Encoded is kept exactly as issued or received: digests are
// computed over it, never over a re-serialisation.
type Disclosure struct {
	Encoded string
	Salt    string
	Name    string // empty for an array element
	Value   any
	Element bool // an array element disclosure
}

// Digest is the disclosure's SHA-256 digest in base64url.
func (d Disclosure) Digest() string { return digestOf(d.Encoded) }

func digestOf(encoded string) string {
	sum := sha256.Sum256([]byte(encoded))
	return b64.EncodeToString(sum[:])
}

// SaltBytes is the salt length: 128 bits, the least RFC 9901 recommends.
const SaltBytes = 16

func newDisclosure(r io.Reader, name string, value any, element bool) (Disclosure, error) {
	salt := make([]byte, SaltBytes)
	if _, err := io.ReadFull(r, salt); err != nil {
		return Disclosure{}, err
	}
	d := Disclosure{Salt: b64.EncodeToString(salt), Name: name, Value: value, Element: element}
	arr := []any{d.Salt, name, value}
	if element {
		arr = []any{d.Salt, value}
	}
	b, err := json.Marshal(arr)
	if err != nil {
		return Disclosure{}, err
	}
	// Keep the value as a verifier will read it back (numbers as
	// json.Number, nested digests as []any), not as the Go value given.
	return ParseDisclosure(b64.EncodeToString(b))
}

// ParseDisclosure decodes a disclosure, checking its form.
func ParseDisclosure(encoded string) (Disclosure, error) {
	if strings.ContainsAny(encoded, " \t\r\n") {
		return Disclosure{}, errors.New("a disclosure holds no whitespace")
	}
	b, err := b64.DecodeString(encoded)
	if err != nil {
		return Disclosure{}, fmt.Errorf("not base64url: %v", err)
	}
	var arr []any
	if err := decodeJSON(b, &arr); err != nil {
		return Disclosure{}, fmt.Errorf("not a JSON array: %v", err)
	}
	d := Disclosure{Encoded: encoded}
	salt, ok := arr0(arr)
	if !ok {
		return Disclosure{}, errors.New("the salt is not a string")
	}
	d.Salt = salt
	switch len(arr) {
	case 2:
		d.Element, d.Value = true, arr[1]
	case 3:
		name, ok := arr[1].(string)
		if !ok {
			return Disclosure{}, errors.New("the claim name is not a string")
		}
		d.Name, d.Value = name, arr[2]
	default:
		return Disclosure{}, fmt.Errorf("a disclosure has 2 or 3 elements, this one %d", len(arr))
	}
	return d, nil
}

func arr0(arr []any) (string, bool) {
	if len(arr) == 0 {
		return "", false
	}
	s, ok := arr[0].(string)
	return s, ok
}

// SDJWT is an SD-JWT as issued (all disclosures) or presented (the chosen
// ones, and a Key Binding JWT).
type SDJWT struct {
	IssuerJWT   string
	Disclosures []Disclosure
	KeyBinding  string
}

// String serializes: <JWT>~<D1>~...~<Dn>~[<KB-JWT>].
func (s *SDJWT) String() string {
	return s.withoutKB() + s.KeyBinding
}

func (s *SDJWT) withoutKB() string {
	var b strings.Builder
	b.WriteString(s.IssuerJWT)
	b.WriteByte('~')
	for _, d := range s.Disclosures {
		b.WriteString(d.Encoded)
		b.WriteByte('~')
	}
	return b.String()
}

// SDHash is the digest a Key Binding JWT signs: SHA-256 over the
// presentation up to and including the last ~.
func (s *SDJWT) SDHash() string { return digestOf(s.withoutKB()) }

// MaxSize bounds what Parse accepts.
const MaxSize = 1 << 20

// Parse reads a compact SD-JWT (with or without Key Binding). It checks
// the form only; Verify checks everything else.
func Parse(s string) (*SDJWT, error) {
	s = strings.TrimSpace(s)
	if len(s) > MaxSize {
		return nil, &VerifyError{Rule: RuleFormat, Detail: "larger than 1 MiB"}
	}
	// The JWS JSON serialization (RFC 9901 section 8) is optional, and
	// huzhu reads only the compact one: a claim's envelope carries one
	// string, sd_hash is over the compact form anyway, and a JSON SD-JWT's
	// disclosures and kb_jwt ride in unprotected headers.
	if strings.HasPrefix(s, "{") {
		return nil, &VerifyError{Rule: RuleFormat, Detail: "a JWS JSON serialization (RFC 9901 section 8): huzhu reads only the compact serialization, <JWT>~<disclosures>~[<KB-JWT>]"}
	}
	parts := strings.Split(s, "~")
	if len(parts) < 2 {
		return nil, &VerifyError{Rule: RuleFormat, Detail: "an SD-JWT is <JWT>~<disclosures>~[<KB-JWT>]: no ~ found"}
	}
	out := &SDJWT{IssuerJWT: parts[0], KeyBinding: parts[len(parts)-1]}
	if strings.Count(out.IssuerJWT, ".") != 2 {
		return nil, &VerifyError{Rule: RuleFormat, Detail: "the issuer-signed JWT is not a compact JWS"}
	}
	for i, p := range parts[1 : len(parts)-1] {
		if p == "" {
			return nil, &VerifyError{Rule: RuleFormat, Detail: fmt.Sprintf("disclosure %d is empty", i+1)}
		}
		d, err := ParseDisclosure(p)
		if err != nil {
			return nil, &VerifyError{Rule: RuleDisclosure, Detail: fmt.Sprintf("disclosure %d: %v", i+1, err)}
		}
		out.Disclosures = append(out.Disclosures, d)
	}
	return out, nil
}

// SD marks a claim value as selectively disclosable when issuing. It may
// wrap an object member's value or an array element, at any depth.
type SD struct{ Value any }

// IssueOptions tune issuance.
type IssueOptions struct {
	// Decoys is the most decoy digests added to each _sd array (a random
	// number from 1 to Decoys, so that the count of claims is hidden);
	// 0 means 3, a negative number none. Shape, when set, replaces it.
	Decoys int
	// Shape, when set, fills every _sd array and every array with a
	// disclosable element with decoys up to a fixed count.
	Shape *Shape
	// Rand is the source of salts and decoys (crypto/rand by default).
	Rand io.Reader
}

// Shape fixes how many digests a credential carries, so that neither the
// credential nor a presentation of it tells which facts exist, how many
// procedures there were, or which address fields the hospital knew.
type Shape struct {
	TopLevel int // digests in the top-level _sd
	Nested   int // digests in the _sd of every nested object that has one
	Array    int // elements of every array that has a disclosable element
}

// Issue signs an SD-JWT: claims whose values are SD become disclosures
// (nested SD values inside them too), the rest stays visible. header gets
// alg from the key; typ is the caller's.
func Issue(key *ecdsa.PrivateKey, header, claims map[string]any, o IssueOptions) (*SDJWT, error) {
	if o.Rand == nil {
		o.Rand = rand.Reader
	}
	if o.Decoys == 0 {
		o.Decoys = 3
	}
	is := &issuance{o: o}
	payload, err := is.object(claims, 0)
	if err != nil {
		return nil, err
	}
	payload["_sd_alg"] = "sha-256"
	jwt, err := signJWT(key, header, payload)
	if err != nil {
		return nil, err
	}
	return &SDJWT{IssuerJWT: jwt, Disclosures: is.disclosures}, nil
}

type issuance struct {
	o           IssueOptions
	disclosures []Disclosure
}

func (is *issuance) value(v any, depth int) (any, error) {
	switch x := v.(type) {
	case map[string]any:
		return is.object(x, depth)
	case []any:
		return is.array(x, depth)
	case SD:
		return nil, errors.New("SD may wrap an object member or an array element, not stand alone")
	}
	return v, nil
}

func (is *issuance) object(m map[string]any, depth int) (map[string]any, error) {
	out := map[string]any{}
	var digests []string
	for k, v := range m {
		if k == "_sd" || k == "..." || k == "_sd_alg" {
			return nil, fmt.Errorf("claim name %q is reserved", k)
		}
		if sd, ok := v.(SD); ok {
			inner, err := is.value(sd.Value, depth+1)
			if err != nil {
				return nil, err
			}
			d, err := newDisclosure(is.o.Rand, k, inner, false)
			if err != nil {
				return nil, err
			}
			is.disclosures = append(is.disclosures, d)
			digests = append(digests, d.Digest())
			continue
		}
		inner, err := is.value(v, depth+1)
		if err != nil {
			return nil, err
		}
		out[k] = inner
	}
	if len(digests) > 0 {
		decoys, err := is.decoys(depth, len(digests))
		if err != nil {
			return nil, err
		}
		digests = append(digests, decoys...)
		sort.Strings(digests) // order reveals nothing
		out["_sd"] = digests
	}
	return out, nil
}

func (is *issuance) array(a []any, depth int) ([]any, error) {
	out := make([]any, 0, len(a))
	disclosable := 0
	for _, v := range a {
		if sd, ok := v.(SD); ok {
			disclosable++
			inner, err := is.value(sd.Value, depth+1)
			if err != nil {
				return nil, err
			}
			d, err := newDisclosure(is.o.Rand, "", inner, true)
			if err != nil {
				return nil, err
			}
			is.disclosures = append(is.disclosures, d)
			out = append(out, map[string]any{"...": d.Digest()})
			continue
		}
		inner, err := is.value(v, depth+1)
		if err != nil {
			return nil, err
		}
		out = append(out, inner)
	}
	if is.o.Shape == nil || disclosable == 0 {
		return out, nil
	}
	if len(out) > is.o.Shape.Array {
		return nil, fmt.Errorf("an array of %d elements: this credential's arrays hold at most %d", len(out), is.o.Shape.Array)
	}
	// Decoy elements at random places, the real ones in their order.
	n := is.o.Shape.Array
	decoy := make([]bool, n)
	for i := len(out); i < n; i++ {
		decoy[i] = true
	}
	for i := n - 1; i > 0; i-- {
		j, err := rand.Int(is.o.Rand, big.NewInt(int64(i+1)))
		if err != nil {
			return nil, err
		}
		decoy[i], decoy[j.Int64()] = decoy[j.Int64()], decoy[i]
	}
	padded := make([]any, 0, n)
	next := 0
	for _, d := range decoy {
		if !d {
			padded = append(padded, out[next])
			next++
			continue
		}
		dg, err := is.decoy()
		if err != nil {
			return nil, err
		}
		padded = append(padded, map[string]any{"...": dg})
	}
	return padded, nil
}

// decoys are the decoy digests for an _sd array of an object at depth
// (0: the top level) holding real digests.
func (is *issuance) decoys(depth, real int) ([]string, error) {
	var n int
	switch {
	case is.o.Shape != nil:
		want := is.o.Shape.Nested
		if depth == 0 {
			want = is.o.Shape.TopLevel
		}
		if real > want {
			return nil, fmt.Errorf("%d disclosable claims in one object: this credential holds at most %d", real, want)
		}
		n = want - real
	case is.o.Decoys < 0:
		return nil, nil
	default:
		r, err := rand.Int(is.o.Rand, big.NewInt(int64(is.o.Decoys)))
		if err != nil {
			return nil, err
		}
		n = int(r.Int64()) + 1
	}
	out := make([]string, n)
	for i := range out {
		dg, err := is.decoy()
		if err != nil {
			return nil, err
		}
		out[i] = dg
	}
	return out, nil
}

// decoy is a digest of 32 random bytes: like a real one, and of nothing.
func (is *issuance) decoy() (string, error) {
	b := make([]byte, 32)
	if _, err := io.ReadFull(is.o.Rand, b); err != nil {
		return "", err
	}
	return digestOf(b64.EncodeToString(b)), nil
}

// Select returns the disclosures that reveal the named top-level claims,
// each with everything disclosable nested inside it (and nothing else).
func (s *SDJWT) Select(names []string) ([]Disclosure, error) {
	j, err := parseJWT(s.IssuerJWT)
	if err != nil {
		return nil, err
	}
	byDigest := map[string]Disclosure{}
	for _, d := range s.Disclosures {
		byDigest[d.Digest()] = d
	}
	var out []Disclosure
	added := map[string]bool{}
	var include func(v any)
	include = func(v any) {
		for _, dg := range digestsIn(v) {
			d, ok := byDigest[dg]
			if !ok || added[dg] {
				continue
			}
			added[dg] = true
			out = append(out, d)
			include(d.Value)
		}
	}
	top := map[string]Disclosure{}
	for _, dg := range digestsIn(map[string]any{"_sd": j.payload["_sd"]}) {
		if d, ok := byDigest[dg]; ok {
			top[d.Name] = d
		}
	}
	for _, n := range names {
		if d, ok := top[n]; ok {
			if !added[d.Digest()] {
				added[d.Digest()] = true
				out = append(out, d)
				include(d.Value)
			}
			continue
		}
		if v, ok := j.payload[n]; ok && n != "_sd" && n != "_sd_alg" {
			include(v) // a visible claim with disclosable parts inside
			continue
		}
		return nil, fmt.Errorf("the credential has no claim %q", n)
	}
	return out, nil
}

// digestsIn lists the digests referenced directly in v: its _sd array and
// its {"...": digest} array elements (not those inside disclosures).
func digestsIn(v any) []string {
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if arr, ok := x["_sd"].([]any); ok {
				for _, e := range arr {
					if s, ok := e.(string); ok {
						out = append(out, s)
					}
				}
			}
			if arr, ok := x["_sd"].([]string); ok {
				out = append(out, arr...)
			}
			for k, e := range x {
				if k != "_sd" {
					walk(e)
				}
			}
		case []any:
			for _, e := range x {
				if dg, ok := elementDigest(e); ok {
					out = append(out, dg)
					continue
				}
				walk(e)
			}
		}
	}
	walk(v)
	return out
}

// elementDigest reads an array element that stands for a disclosed one:
// an object with exactly one key, "...", whose value is a string (RFC
// 9901 section 7.1). Any other element is an ordinary value.
func elementDigest(e any) (string, bool) {
	m, ok := e.(map[string]any)
	if !ok || len(m) != 1 {
		return "", false
	}
	dg, ok := m["..."].(string)
	return dg, ok
}

// Present returns a presentation with the given disclosures (in the
// credential's order) and no Key Binding yet.
func (s *SDJWT) Present(chosen []Disclosure) *SDJWT {
	keep := map[string]bool{}
	for _, d := range chosen {
		keep[d.Encoded] = true
	}
	p := &SDJWT{IssuerJWT: s.IssuerJWT}
	for _, d := range s.Disclosures {
		if keep[d.Encoded] {
			p.Disclosures = append(p.Disclosures, d)
		}
	}
	return p
}

// Bind adds a Key Binding JWT (typ kb+jwt) signed by the holder's key, for
// audience aud and nonce, over this presentation's sd_hash.
func (s *SDJWT) Bind(key *ecdsa.PrivateKey, aud, nonce string, iat time.Time) error {
	kb, err := signJWT(key, map[string]any{"typ": "kb+jwt"}, map[string]any{
		"iat": iat.Unix(), "aud": aud, "nonce": nonce, "sd_hash": s.SDHash(),
	})
	if err != nil {
		return err
	}
	s.KeyBinding = kb
	return nil
}
