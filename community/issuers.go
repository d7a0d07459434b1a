package community

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The trusted-issuer registry knows issuers as identities (32 bytes) with
// one or more keys, each named by its RFC 7638 thumbprint. By convention a
// new identity's id is the thumbprint of its first key; a rotated or second
// key of the same issuer is added under that id. Nullifiers are derived from
// the identity, so one medical event is paid once whichever key signed it.

// PackSetIssuerKey is the call that binds an issuer key thumbprint to the
// identity issuer and trusts (or distrusts) it.
func (c *Community) PackSetIssuerKey(issuer, thumbprint [32]byte, trusted bool) []byte {
	return c.abi.PackSetIssuerKey(issuer, thumbprint, trusted)
}

// IssuerKeyOutcome reads a setIssuerKey receipt: whether the registry
// changed, and how many notary approvals the change has (0 for the founder).
func (c *Community) IssuerKeyOutcome(r *types.Receipt) (changed bool, approvals uint64) {
	for _, l := range r.Logs {
		if l.Address != c.Address {
			continue
		}
		if _, err := c.abi.UnpackIssuerKeyChangedEvent(l); err == nil {
			changed = true
		}
		if v, err := c.abi.UnpackIssuerKeyVoteEvent(l); err == nil {
			approvals = v.Approvals.Uint64()
		}
	}
	return changed, approvals
}

// IssuerKey returns the identity an issuer key thumbprint is bound to (zero
// if none) and whether the key is trusted.
func (c *Community) IssuerKey(ctx context.Context, thumbprint [32]byte) (issuer [32]byte, trusted bool, err error) {
	out, err := call(ctx, c, c.abi.PackIssuerKey(thumbprint), c.abi.UnpackIssuerKey)
	if err != nil {
		return [32]byte{}, false, err
	}
	return out.Issuer, out.Trusted, nil
}

// TrustedIssuer reports whether an issuer key thumbprint is trusted.
func (c *Community) TrustedIssuer(ctx context.Context, thumbprint [32]byte) (bool, error) {
	_, trusted, err := c.IssuerKey(ctx, thumbprint)
	return trusted, err
}

// PackSetNotaryKey is the call that publishes (or rotates) the caller's
// HPKE public key for claim envelopes.
func (c *Community) PackSetNotaryKey(key []byte) []byte { return c.abi.PackSetNotaryKey(key) }

// NotaryKeyHash is the hash of the HPKE key a notary has published.
func (c *Community) NotaryKeyHash(ctx context.Context, notary common.Address) ([32]byte, error) {
	return call(ctx, c, c.abi.PackNotaryKeyHash(notary), c.abi.UnpackNotaryKeyHash)
}
