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

// Community is a deployed token and community (its four parts) on a
// simulated chain, with typed shortcuts for tests.
type Community struct {
	Chain    *Chain
	Founder  *chain.KeySender
	Notaries []*chain.KeySender
	Token    common.Address
	// Address is the community's address: its Community part.
	Address common.Address
	Parts   contracts.Parts
	Params  contracts.Params

	ABI      *contracts.Community
	Board    *contracts.Board
	Claims   *contracts.Claims
	Registry *contracts.Registry
	TokenABI *contracts.KangbaoCoin
	bound    [contracts.PartCount]*bind.BoundContract
	token    *bind.BoundContract
}

// DeployCommunity deploys KBC (owned by account 0, the founder) and a
// community with the demo parameters, changed by edit if given, whose
// first-term notaries are accounts 1..seats.
func (c *Chain) DeployCommunity(ctx context.Context, edit func(*contracts.Params)) (*Community, error) {
	token, err := chain.DeployToken(ctx, c.Accounts[0], c.Accounts[0].From())
	if err != nil {
		return nil, err
	}
	return c.DeployCommunityOn(ctx, token, edit)
}

// DeployCommunityOn deploys a community collecting dues in token, which
// account 0 (the founder) can mint with mint(address,uint256) as KBC does.
func (c *Chain) DeployCommunityOn(ctx context.Context, token common.Address, edit func(*contracts.Params)) (*Community, error) {
	founder := c.Accounts[0]
	p := contracts.DemoParams(token, nil)
	if edit != nil {
		edit(&p)
	}
	if p.Notaries == nil {
		for i := 1; i <= int(p.Seats) && i < len(c.Accounts); i++ {
			p.Notaries = append(p.Notaries, c.Accounts[i].From())
		}
	}
	parts, err := chain.DeployCommunity(ctx, c.Client, founder, p)
	if err != nil {
		return nil, err
	}
	return c.Attach(founder, token, parts, p), nil
}

// Attach returns a Community for contracts already deployed with p.
func (c *Chain) Attach(founder *chain.KeySender, token common.Address, parts contracts.Parts, p contracts.Params) *Community {
	m := &Community{Chain: c, Founder: founder, Token: token, Address: parts.Community, Parts: parts, Params: p}
	for _, n := range p.Notaries {
		for _, a := range c.Accounts {
			if a.From() == n {
				m.Notaries = append(m.Notaries, a)
			}
		}
	}
	m.ABI, m.Board, m.Claims, m.Registry, m.TokenABI = contracts.CommunityABI, contracts.BoardABI, contracts.ClaimsABI, contracts.RegistryABI, contracts.TokenABI
	m.bound = [contracts.PartCount]*bind.BoundContract{
		m.ABI.Instance(c.Client, parts.Community), m.Board.Instance(c.Client, parts.Board),
		m.Claims.Instance(c.Client, parts.Claims), m.Registry.Instance(c.Client, parts.Registry),
	}
	m.token = m.TokenABI.Instance(c.Client, token)
	return m
}

// Tx sends calldata from s to the part whose function it calls.
func (m *Community) Tx(ctx context.Context, s chain.Sender, data []byte) (*types.Receipt, error) {
	to, ok := m.Parts.To(data)
	if !ok {
		return nil, fmt.Errorf("simchain: calldata %x calls no part's function", data[:min(4, len(data))])
	}
	return s.Send(ctx, &to, data, nil)
}

// TxTo sends calldata from s to an address as it is (a test of what a
// part does with calldata not meant for it).
func (m *Community) TxTo(ctx context.Context, s chain.Sender, to common.Address, data []byte) (*types.Receipt, error) {
	return s.Send(ctx, &to, data, nil)
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
	return Call(ctx, m, contracts.PartCommunity, m.ABI.PackMemberOf(a), m.ABI.UnpackMemberOf)
}

// Claim reads a claim's view.
func (m *Community) Claim(ctx context.Context, id uint64) (contracts.ClaimsClaimView, error) {
	return Call(ctx, m, contracts.PartClaims, m.Claims.PackClaimOf(new(big.Int).SetUint64(id)), m.Claims.UnpackClaimOf)
}

// Call runs a view of a part (contracts.PartCommunity...).
func Call[T any](ctx context.Context, m *Community, part int, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return bind.Call(m.bound[part], &bind.CallOpts{Context: ctx}, data, unpack)
}

// Term is the current term.
func (m *Community) Term(ctx context.Context) (uint32, error) {
	return Call(ctx, m, contracts.PartBoard, m.Board.PackCurrentTerm(), m.Board.UnpackCurrentTerm)
}

// Balance returns the token balance of a.
func (m *Community) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	return bind.Call(m.token, &bind.CallOpts{Context: ctx}, m.TokenABI.PackBalanceOf(a), m.TokenABI.UnpackBalanceOf)
}

// Tokens converts whole KBC to base units.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), Token) }

// Submitted returns the ClaimSubmitted event of claim id.
func (m *Community) Submitted(ctx context.Context, id *big.Int) (*contracts.ClaimsClaimSubmitted, error) {
	it, err := bind.FilterEvents(m.bound[contracts.PartClaims], &bind.FilterOpts{Context: ctx}, m.Claims.UnpackClaimSubmittedEvent, []any{id})
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

// PackApprove packs approveClaim(id, ...) naming the claim as its
// ClaimSubmitted event does, as a notary's client does.
func (m *Community) PackApprove(ctx context.Context, id *big.Int) ([]byte, error) {
	ev, err := m.Submitted(ctx, id)
	if err != nil {
		return nil, err
	}
	return m.Claims.PackApproveClaim(id, ev.Member, ev.Nullifier, ev.EnvelopeHash), nil
}

// PackReject packs rejectClaim(id, ...) naming the claim as its
// ClaimSubmitted event does, with a placeholder sealed reason.
func (m *Community) PackReject(ctx context.Context, id *big.Int) ([]byte, error) {
	ev, err := m.Submitted(ctx, id)
	if err != nil {
		return nil, err
	}
	return m.Claims.PackRejectClaim(id, ev.Member, ev.Nullifier, ev.EnvelopeHash, SealedReason()), nil
}

// SealedReason is a placeholder sealed rejection reason of the length the
// contract requires.
func SealedReason() []byte {
	r := make([]byte, contracts.ReasonBytes)
	for i := range r {
		r[i] = byte(i*13 + 5)
	}
	return r
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
	seated, err := Call(ctx, m, contracts.PartBoard, m.Board.PackTermSeats(), m.Board.UnpackTermSeats)
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
	it, err := bind.FilterEvents(m.bound[contracts.PartBoard], &bind.FilterOpts{Context: ctx}, m.Board.UnpackBallotCastEvent, []any{election}, []any{voter})
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
	term, err := m.Term(ctx)
	if err != nil {
		return nil, err
	}
	previous, err := m.LastBallot(ctx, term+1, voter)
	if err != nil {
		return nil, err
	}
	return m.Board.PackVote(previous, picks), nil
}
