package community

import (
	"context"
	"errors"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/contracts"
)

// RegistryKey is an issuer key the registry knows, as its last
// IssuerKeyChanged event left it.
type RegistryKey struct {
	Thumbprint [32]byte
	Issuer     [32]byte // the identity the key is bound to
	Iss        string   // the iss the identity is tied to
	Trusted    bool
	Block      uint64         // of the last change
	By         common.Address // who made it: the founder, or the notary whose vote reached quorum
}

// Registry operations a proposal asks for (the Registry part's OP_*).
const (
	OpTrust    uint8 = 1
	OpDistrust uint8 = 2
	OpUnbind   uint8 = 3
)

// IssuerProposal is a change of the registry that sitting notaries asked
// for and that has not reached quorum yet.
type IssuerProposal struct {
	Op         uint8 // OpTrust, OpDistrust, OpUnbind
	Issuer     [32]byte
	Thumbprint [32]byte
	Trusted    bool // Op == OpTrust
	Term       uint32
	Voters     []common.Address
	// Approvals counts the voters still seated, as the contract counted
	// them at the last vote.
	Approvals uint64
}

// Registry is the trusted-issuer registry rebuilt from events: every key
// bound, the iss each identity is tied to, and the changes of the current
// term still waiting for votes.
type Registry struct {
	Keys []RegistryKey
	// Iss is each identity's iss (its IssuerBound event).
	Iss     map[[32]byte]string
	Pending []IssuerProposal
}

type proposalID struct {
	term       uint32
	op         uint8
	issuer     [32]byte
	thumbprint [32]byte
}

// RegistryFromLogs folds the registry of the community with parts from
// its logs, in chain order. Votes count only in the term they were cast in
// and only until the key changes (the contract's proposal nonce).
func RegistryFromLogs(parts contracts.Parts, logs []types.Log) (Registry, error) {
	keys := map[[32]byte]*RegistryKey{}
	iss := map[[32]byte]string{}
	pending := map[proposalID]*IssuerProposal{}
	var order []proposalID
	var term uint32
	for i := range logs {
		l := &logs[i]
		if !parts.Emits(l) {
			continue
		}
		ev, err := DecodeEvent(l)
		if errors.Is(err, ErrUnknownEvent) {
			continue
		}
		if err != nil {
			return Registry{}, err
		}
		ended := [32]byte{}
		switch v := ev.(type) {
		case *contracts.BoardTermStarted:
			term = v.Term
		case *contracts.RegistryIssuerBound:
			iss[v.Issuer] = v.Iss
		case *contracts.RegistryIssuerKeyVote:
			id := proposalID{term, v.Op, v.Issuer, v.Thumbprint}
			p := pending[id]
			if p == nil {
				p = &IssuerProposal{Op: v.Op, Issuer: v.Issuer, Thumbprint: v.Thumbprint, Trusted: v.Op == OpTrust, Term: term}
				pending[id] = p
				order = append(order, id)
			}
			p.Voters = append(p.Voters, v.Notary)
			p.Approvals = v.Approvals.Uint64()
		case *contracts.RegistryIssuerKeyChanged:
			keys[v.Thumbprint] = &RegistryKey{Thumbprint: v.Thumbprint, Issuer: v.Issuer, Trusted: v.Trusted, Block: l.BlockNumber, By: v.By}
			ended = v.Thumbprint
		case *contracts.RegistryIssuerKeyUnbound:
			delete(keys, v.Thumbprint)
			ended = v.Thumbprint
		}
		if ended != ([32]byte{}) {
			// The change ends every proposal about this key.
			for id := range pending {
				if id.thumbprint == ended {
					delete(pending, id)
				}
			}
		}
	}
	r := Registry{Iss: iss}
	for _, k := range keys {
		k.Iss = iss[k.Issuer]
		r.Keys = append(r.Keys, *k)
	}
	sort.Slice(r.Keys, func(i, j int) bool {
		if r.Keys[i].Block != r.Keys[j].Block {
			return r.Keys[i].Block < r.Keys[j].Block
		}
		return string(r.Keys[i].Thumbprint[:]) < string(r.Keys[j].Thumbprint[:])
	})
	for _, id := range order {
		if p := pending[id]; p != nil && id.term == term {
			r.Pending = append(r.Pending, *p)
		}
	}
	return r, nil
}

// Registry rebuilds the community's trusted-issuer registry from its
// events.
func (c *Community) Registry(ctx context.Context) (Registry, error) {
	logs, err := c.Logs(ctx, nil)
	if err != nil {
		return Registry{}, err
	}
	return RegistryFromLogs(c.Parts, logs)
}
