package disclosure

import (
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Issued is a credential as its issuer made it, checked for keeping in a
// wallet: it parses, it is no presentation, the issuer's signature and
// validity hold, and it is bound to a wallet (secp256k1) key.
type Issued struct {
	// Raw is the compact credential, trimmed.
	Raw      string
	Cred     *SDJWT
	Issuer   *JWK
	Verified *Verified
	// Holder is the address of the wallet key the credential is bound to.
	Holder common.Address
}

// ErrNotIssued marks a credential CheckIssued refuses; the error's text
// says why, naming no fact.
var ErrNotIssued = errors.New("not a credential to keep")

type notIssued struct{ reason i18n.Text }

func (e *notIssued) Error() string   { return e.reason.String() }
func (e *notIssued) Said() i18n.Text { return e.reason }
func (e *notIssued) Unwrap() error   { return ErrNotIssued }

func refuseIssued(format string, args ...any) error {
	return &notIssued{reason: i18n.Say(format, args...)}
}

// CheckIssued checks a credential as issued at time now (what `huzhu
// credential import` and the TUI's credential screen do before keeping
// one). A refusal wraps ErrNotIssued.
func CheckIssued(raw string, now time.Time) (*Issued, error) {
	raw = strings.TrimSpace(raw)
	cred, err := Parse(raw)
	if err != nil {
		return nil, refuseIssued("not a credential: %v", err)
	}
	if cred.KeyBinding != "" {
		return nil, refuseIssued("this is a presentation (it has a Key Binding JWT), not a credential as issued")
	}
	issuer, err := IssuerJWK(cred)
	if err != nil {
		return nil, refuseIssued("%v", err)
	}
	ik, _ := issuer.PublicKey()
	v, err := cred.Verify(VerifyOptions{IssuerKey: ik, Now: now, VC: true})
	if err != nil {
		return nil, refuseIssued("the credential does not verify: %v", err)
	}
	if v.Holder == nil {
		return nil, refuseIssued("the credential is bound to no key (no cnf.jwk)")
	}
	holder, err := v.Holder.Address()
	if err != nil {
		return nil, refuseIssued("the credential's key is not a wallet key: %v", err)
	}
	return &Issued{Raw: raw, Cred: cred, Issuer: issuer, Verified: v, Holder: holder}, nil
}

// Summary is what a kept credential says of itself, without its facts:
// for a list.
type Summary struct {
	Issuer string // iss
	Type   string // vct
	// Issued and Expires are iat and exp (zero when absent).
	Issued, Expires time.Time
	Facts           int
	// IssuerThumbprint is the issuer key's RFC 7638 thumbprint (the
	// community's registry knows issuers by it); HasIssuer says it was read.
	IssuerThumbprint [32]byte
	HasIssuer        bool
}

// Summarize reads a kept credential's summary and every fact of it (nil
// facts when it no longer parses). The signature is checked, validity
// not: an expired credential is still listed.
func Summarize(sdjwt string) (Summary, map[string]any) {
	var s Summary
	cred, err := Parse(sdjwt)
	if err != nil {
		return s, nil
	}
	facts := Facts(cred)
	s.Facts = len(facts)
	ij, err := IssuerJWK(cred)
	if err != nil {
		return s, facts
	}
	if t, err := ij.Thumbprint(); err == nil {
		s.IssuerThumbprint, s.HasIssuer = t, true
	}
	ik, err := ij.PublicKey()
	if err != nil {
		return s, facts
	}
	v, err := cred.Verify(VerifyOptions{IssuerKey: ik, IgnoreValidity: true})
	if err != nil {
		return s, facts
	}
	s.Issuer, _ = v.Claims["iss"].(string)
	s.Type, _ = v.Claims["vct"].(string)
	s.Issued, s.Expires = numericTime(v.Claims["iat"]), numericTime(v.Claims["exp"])
	return s, facts
}

func numericTime(v any) time.Time {
	var i int64
	switch n := v.(type) {
	case json.Number:
		var err error
		if i, err = n.Int64(); err != nil {
			return time.Time{}
		}
	case float64:
		i = int64(n)
	default:
		return time.Time{}
	}
	return time.Unix(i, 0)
}
