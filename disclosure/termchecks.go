package disclosure

import (
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Checks of protocol v2 that need what the chain says beyond the claim
// (the community's registry, its notaries' keys): claims.Review adds them
// after Review's lines.
const (
	// CheckIssuerIdentity: the identity the issuer key is bound to is tied
	// to the credential's iss, so a hospital's every key names an event
	// alike.
	CheckIssuerIdentity = "issuer-identity"
	// CheckSealedToAll: the claim was sealed to every notary key of its
	// term as published when it was filed (a notary's unusable or missing
	// key in a random slot, named).
	CheckSealedToAll = "sealed-to-every-notary"
)

func init() {
	titles[CheckIssuerIdentity] = "Issuer identity tied to the credential's iss"
	titles[CheckSealedToAll] = "Sealed to every notary of the term"
}

// IssuerIdentityCheck says whether a credential's iss is the one its
// issuer identity is tied to on chain (tiedIss: keccak256 of that iss;
// zero when the identity is tied to none).
func IssuerIdentityCheck(iss string, identity, tiedIss [32]byte) Check {
	switch {
	case identity == [32]byte{}:
		return check(CheckIssuerIdentity, false, i18n.Say("the key names no issuer identity"))
	case tiedIss == [32]byte{}:
		return check(CheckIssuerIdentity, false, i18n.Say("issuer %s is tied to no iss in the registry", short(identity)))
	case crypto.Keccak256Hash([]byte(iss)) != common.Hash(tiedIss):
		return check(CheckIssuerIdentity, false, i18n.Say("the credential's iss %q is not the one issuer %s is tied to: a key of one hospital cannot speak for another", iss, short(identity)))
	}
	return check(CheckIssuerIdentity, true, i18n.Say("issuer %s, tied to %q", short(identity), iss))
}

// TermRecipient is a notary of a claim's term as the chain stood when the
// claim was filed: their key id (MissingKeyID when they had published
// none) and whether the key could be sealed to.
type TermRecipient struct {
	Notary common.Address
	KeyID  [32]byte
	Usable bool
}

// SealedToCheck says whether an envelope names exactly the term's notary
// keys (each once, no other), and whose key was unusable (its slot is
// random bytes: that notary cannot read the claim). It returns the
// notaries whose key was unusable.
func SealedToCheck(env []byte, term []TermRecipient) (Check, []common.Address) {
	p, err := ParseEnvelope(env)
	if err != nil {
		return check(CheckSealedToAll, false, i18n.Say("the envelope cannot be read: %v", err)), nil
	}
	in := map[[32]byte]bool{}
	for _, r := range p.Recipients {
		in[r.KeyID] = true
	}
	var missing, unusable []string
	var unusableBy []common.Address
	want := map[[32]byte]bool{}
	for _, t := range term {
		want[t.KeyID] = true
		if !in[t.KeyID] {
			missing = append(missing, t.Notary.Hex())
		} else if !t.Usable {
			unusable = append(unusable, t.Notary.Hex())
			unusableBy = append(unusableBy, t.Notary)
		}
	}
	extra := 0
	for id := range in {
		if !want[id] {
			extra++
		}
	}
	switch {
	case len(missing) > 0:
		return check(CheckSealedToAll, false, i18n.Say("not sealed to %s, notary of the term when the claim was filed: they cannot read it", strings.Join(missing, ", "))), unusableBy
	case extra > 0:
		return check(CheckSealedToAll, false, i18n.Say("sealed to %d key(s) of no notary of the term", extra)), unusableBy
	case len(unusable) > 0:
		return check(CheckSealedToAll, true, i18n.Say("sealed to the %d notaries of the term; the key of %s could not be sealed to (its slot is random bytes: they cannot read the claim)", len(term), strings.Join(unusable, ", "))), unusableBy
	}
	return check(CheckSealedToAll, true, i18n.Say("sealed to the %d notaries of the term, each key as published when the claim was filed", len(term))), nil
}
