package community

import (
	"context"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/contracts"
)

// The trusted-issuer registry (the Registry part) knows issuers as
// identities (32 bytes), each tied for good to the `iss` its credentials
// carry, with one or more keys, each named by its RFC 7638 thumbprint. By
// convention a new identity's id is the thumbprint of its first key; a
// rotated or second key of the same issuer joins that identity (a key for
// an iss already registered joins its identity or is refused). Nullifiers
// are derived from the identity, so one medical event is paid once
// whichever key signed it.

// PlanTrustKey is the call that binds an issuer key thumbprint to the
// identity issuer, tied to iss, and trusts it.
func (c *Community) PlanTrustKey(issuer, thumbprint [32]byte, iss string) Step {
	return Step{To: c.Parts.Registry, Data: contracts.RegistryABI.PackTrustKey(issuer, thumbprint, iss)}
}

// PlanDistrustKey is the call that stops trusting an issuer key (it stays
// bound to its identity).
func (c *Community) PlanDistrustKey(thumbprint [32]byte) Step {
	return Step{To: c.Parts.Registry, Data: contracts.RegistryABI.PackDistrustKey(thumbprint)}
}

// PlanUnbindKey is the call that unbinds a distrusted key no claim could
// have used from its identity.
func (c *Community) PlanUnbindKey(thumbprint [32]byte) Step {
	return Step{To: c.Parts.Registry, Data: contracts.RegistryABI.PackUnbindKey(thumbprint)}
}

// IssuerKeyOutcome reads a registry receipt: whether the registry
// changed, and how many notary approvals the change has (0 for the founder).
func (c *Community) IssuerKeyOutcome(r *types.Receipt) (changed bool, approvals uint64) {
	reg := contracts.RegistryABI
	for _, l := range r.Logs {
		if l.Address != c.Parts.Registry {
			continue
		}
		if _, err := reg.UnpackIssuerKeyChangedEvent(l); err == nil {
			changed = true
		}
		if _, err := reg.UnpackIssuerKeyUnboundEvent(l); err == nil {
			changed = true
		}
		if v, err := reg.UnpackIssuerKeyVoteEvent(l); err == nil {
			approvals = v.Approvals.Uint64()
		}
	}
	return changed, approvals
}

// IssuerKey returns the identity an issuer key thumbprint is bound to (zero
// if none) and whether the key is trusted.
func (c *Community) IssuerKey(ctx context.Context, thumbprint [32]byte) (issuer [32]byte, trusted bool, err error) {
	out, err := callPart(ctx, c, contracts.PartRegistry, contracts.RegistryABI.PackIssuerKey(thumbprint), contracts.RegistryABI.UnpackIssuerKey)
	if err != nil {
		return [32]byte{}, false, err
	}
	return out.Issuer, out.Trusted, nil
}

// IssuerOfIss returns the identity tied to iss (zero if none).
func (c *Community) IssuerOfIss(ctx context.Context, iss string) ([32]byte, error) {
	return callPart(ctx, c, contracts.PartRegistry, contracts.RegistryABI.PackIssuerOfIss(IssHash(iss)), contracts.RegistryABI.UnpackIssuerOfIss)
}

// IssOf returns the hash of the iss an identity is tied to (zero if none).
func (c *Community) IssOf(ctx context.Context, issuer [32]byte) ([32]byte, error) {
	return callPart(ctx, c, contracts.PartRegistry, contracts.RegistryABI.PackIssOf(issuer), contracts.RegistryABI.UnpackIssOf)
}

// IssHash is keccak256 of an iss, as the registry keeps it.
func IssHash(iss string) [32]byte { return contracts.IssHash(iss) }

// TrustedIssuer reports whether an issuer key thumbprint is trusted.
func (c *Community) TrustedIssuer(ctx context.Context, thumbprint [32]byte) (bool, error) {
	_, trusted, err := c.IssuerKey(ctx, thumbprint)
	return trusted, err
}

// FounderActs reports whether the founder alone still changes the
// registry: only while the founder-named first term sits.
func (c *Community) FounderActs(ctx context.Context) (bool, error) {
	term, err := c.CurrentTerm(ctx)
	return term == 0, err
}

// CurrentTerm is the sitting term (0: the founder-named first one).
func (c *Community) CurrentTerm(ctx context.Context) (uint32, error) {
	return callPart(ctx, c, contracts.PartBoard, contracts.BoardABI.PackCurrentTerm(), contracts.BoardABI.UnpackCurrentTerm)
}
