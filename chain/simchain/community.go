package simchain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
)

// Community is a deployed token and community on a simulated chain, with
// typed shortcuts for tests.
type Community struct {
	Chain    *Chain
	Founder  *chain.KeySender
	Notaries []*chain.KeySender
	Token    common.Address
	Address  common.Address
	Params   contracts.CommunityParams

	ABI      *contracts.Community
	TokenABI *contracts.KangbaoCoin
	contract *bind.BoundContract
	token    *bind.BoundContract
}

// DeployCommunity deploys KBC (owned by account 0, the founder) and a
// community with the demo parameters, changed by edit if given, whose
// first-term notaries are accounts 1..seats.
func (c *Chain) DeployCommunity(ctx context.Context, edit func(*contracts.CommunityParams)) (*Community, error) {
	founder := c.Accounts[0]
	token, err := chain.DeployToken(ctx, founder, founder.From())
	if err != nil {
		return nil, err
	}
	p := contracts.DemoParams(token, nil)
	if edit != nil {
		edit(&p)
	}
	if p.Notaries == nil {
		for i := 1; i <= int(p.Seats) && i < len(c.Accounts); i++ {
			p.Notaries = append(p.Notaries, c.Accounts[i].From())
		}
	}
	addr, err := chain.DeployCommunity(ctx, founder, p)
	if err != nil {
		return nil, err
	}
	return c.Attach(founder, token, addr, p), nil
}

// Attach returns a Community for contracts already deployed with p.
func (c *Chain) Attach(founder *chain.KeySender, token, addr common.Address, p contracts.CommunityParams) *Community {
	m := &Community{Chain: c, Founder: founder, Token: token, Address: addr, Params: p}
	for _, n := range p.Notaries {
		for _, a := range c.Accounts {
			if a.From() == n {
				m.Notaries = append(m.Notaries, a)
			}
		}
	}
	m.ABI, m.TokenABI = contracts.NewCommunity(), contracts.NewKangbaoCoin()
	m.contract = m.ABI.Instance(c.Client, addr)
	m.token = m.TokenABI.Instance(c.Client, token)
	return m
}

// Tx sends calldata to the community from s.
func (m *Community) Tx(ctx context.Context, s chain.Sender, data []byte) (*types.Receipt, error) {
	return s.Send(ctx, &m.Address, data, nil)
}

// TokenTx sends calldata to the token from s.
func (m *Community) TokenTx(ctx context.Context, s chain.Sender, data []byte) (*types.Receipt, error) {
	return s.Send(ctx, &m.Token, data, nil)
}

// Fund mints tokens (whole KBC) to s and approves the community for all of them.
func (m *Community) Fund(ctx context.Context, s chain.Sender, tokens int64) error {
	amount := new(big.Int).Mul(big.NewInt(tokens), Token)
	if _, err := m.TokenTx(ctx, m.Founder, m.TokenABI.PackMint(s.From(), amount)); err != nil {
		return fmt.Errorf("mint: %w", err)
	}
	if _, err := m.TokenTx(ctx, s, m.TokenABI.PackApprove(m.Address, amount)); err != nil {
		return fmt.Errorf("approve: %w", err)
	}
	return nil
}

// Member reads a member's view.
func (m *Community) Member(ctx context.Context, a common.Address) (contracts.CommunityMemberView, error) {
	return bind.Call(m.contract, &bind.CallOpts{Context: ctx}, m.ABI.PackMemberOf(a), m.ABI.UnpackMemberOf)
}

// Claim reads a claim's view.
func (m *Community) Claim(ctx context.Context, id uint64) (contracts.CommunityClaimView, error) {
	return bind.Call(m.contract, &bind.CallOpts{Context: ctx}, m.ABI.PackClaimOf(new(big.Int).SetUint64(id)), m.ABI.UnpackClaimOf)
}

// Call runs a view of the community.
func Call[T any](ctx context.Context, m *Community, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return bind.Call(m.contract, &bind.CallOpts{Context: ctx}, data, unpack)
}

// Balance returns the token balance of a.
func (m *Community) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	return bind.Call(m.token, &bind.CallOpts{Context: ctx}, m.TokenABI.PackBalanceOf(a), m.TokenABI.UnpackBalanceOf)
}

// Tokens converts whole KBC to base units.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), Token) }

// Submitted returns the ClaimSubmitted event of claim id.
func (m *Community) Submitted(ctx context.Context, id *big.Int) (*contracts.CommunityClaimSubmitted, error) {
	it, err := bind.FilterEvents(m.contract, &bind.FilterOpts{Context: ctx}, m.ABI.UnpackClaimSubmittedEvent, []any{id})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	if !it.Next() {
		if err := it.Error(); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("claim %s: no ClaimSubmitted event", id)
	}
	return it.Value(), nil
}

// PackApprove packs approveClaim(id) with the nullifier and envelope hash
// of the claim's ClaimSubmitted event, as a notary's client does.
func (m *Community) PackApprove(ctx context.Context, id *big.Int) ([]byte, error) {
	ev, err := m.Submitted(ctx, id)
	if err != nil {
		return nil, err
	}
	return m.ABI.PackApproveClaim(id, ev.Nullifier, ev.EnvelopeHash), nil
}

// Permit signs an EIP-2612 permit for the community to spend value of
// owner's tokens until deadline, returning v, r and s.
func (m *Community) Permit(ctx context.Context, owner *chain.KeySender, value, deadline *big.Int) (uint8, [32]byte, [32]byte, error) {
	opts := &bind.CallOpts{Context: ctx}
	sep, err := bind.Call(m.token, opts, m.TokenABI.PackDOMAINSEPARATOR(), m.TokenABI.UnpackDOMAINSEPARATOR)
	if err != nil {
		return 0, [32]byte{}, [32]byte{}, err
	}
	nonce, err := bind.Call(m.token, opts, m.TokenABI.PackNonces(owner.From()), m.TokenABI.UnpackNonces)
	if err != nil {
		return 0, [32]byte{}, [32]byte{}, err
	}
	digest := contracts.PermitDigest(sep, owner.From(), m.Address, value, nonce, deadline)
	sig, err := crypto.Sign(digest[:], owner.Key)
	if err != nil {
		return 0, [32]byte{}, [32]byte{}, err
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s, nil
}

// Envelope returns a claim envelope of the length the contract requires
// now (contracts.EnvelopeSize of the current term's seated notaries),
// filled with a pattern: tests that do not open envelopes need only its size.
func (m *Community) Envelope(ctx context.Context) ([]byte, error) {
	seated, err := Call(ctx, m, m.ABI.PackTermSeats(), m.ABI.UnpackTermSeats)
	if err != nil {
		return nil, err
	}
	return SizedEnvelope(int(seated)), nil
}

// SizedEnvelope is a placeholder envelope for seated notaries.
func SizedEnvelope(seated int) []byte {
	env := make([]byte, contracts.EnvelopeSize(seated))
	for i := range env {
		env[i] = byte(i*7 + 1)
	}
	return env
}

// LastBallot returns the picks of voter's last ballot in election, from
// its BallotCast events (nil if none), as a voter's client reads them.
func (m *Community) LastBallot(ctx context.Context, election uint32, voter common.Address) ([]common.Address, error) {
	it, err := bind.FilterEvents(m.contract, &bind.FilterOpts{Context: ctx}, m.ABI.UnpackBallotCastEvent, []any{election}, []any{voter})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var picks []common.Address
	for it.Next() {
		picks = it.Value().Picks
	}
	return picks, it.Error()
}

// PackVote packs vote(previous, picks) for voter in the running election,
// with previous read from the voter's last BallotCast event.
func (m *Community) PackVote(ctx context.Context, voter common.Address, picks []common.Address) ([]byte, error) {
	term, err := Call(ctx, m, m.ABI.PackCurrentTerm(), m.ABI.UnpackCurrentTerm)
	if err != nil {
		return nil, err
	}
	previous, err := m.LastBallot(ctx, term+1, voter)
	if err != nil {
		return nil, err
	}
	return m.ABI.PackVote(previous, picks), nil
}
