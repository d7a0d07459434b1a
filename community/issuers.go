package community

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// PackSetIssuerTrust is the call that trusts (or distrusts) an issuer key
// thumbprint.
func (c *Community) PackSetIssuerTrust(thumbprint [32]byte, trusted bool) []byte {
	return c.abi.PackSetIssuerTrust(thumbprint, trusted)
}

// IssuerTrustOutcome reads a setIssuerTrust receipt: whether the registry
// changed, and how many notary approvals the change has (0 for the founder).
func (c *Community) IssuerTrustOutcome(r *types.Receipt) (changed bool, approvals uint64) {
	for _, l := range r.Logs {
		if l.Address != c.Address {
			continue
		}
		if _, err := c.abi.UnpackIssuerTrustChangedEvent(l); err == nil {
			changed = true
		}
		if v, err := c.abi.UnpackIssuerTrustVoteEvent(l); err == nil {
			approvals = v.Approvals.Uint64()
		}
	}
	return changed, approvals
}

// TrustedIssuer reports whether an issuer key thumbprint is in the registry.
func (c *Community) TrustedIssuer(ctx context.Context, thumbprint [32]byte) (bool, error) {
	return call(ctx, c, c.abi.PackTrustedIssuer(thumbprint), c.abi.UnpackTrustedIssuer)
}

// PackSetNotaryKey is the call that publishes (or rotates) the caller's
// HPKE public key for claim envelopes.
func (c *Community) PackSetNotaryKey(key []byte) []byte { return c.abi.PackSetNotaryKey(key) }

// NotaryKeyHash is the hash of the HPKE key a notary has published.
func (c *Community) NotaryKeyHash(ctx context.Context, notary common.Address) ([32]byte, error) {
	return call(ctx, c, c.abi.PackNotaryKeyHash(notary), c.abi.UnpackNotaryKeyHash)
}
