package community

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/units"
)

// ErrNotCommunity means an address holds a contract that does not answer
// as a huzhu community.
var ErrNotCommunity = errors.New("not a huzhu community contract")

// Token is the ERC-20 a community collects dues in.
type Token struct {
	Address  common.Address
	Symbol   string
	Decimals uint8
}

// Format writes base units as an amount of the token, without the symbol.
func (t Token) Format(v *big.Int) string { return units.FormatAmount(v, t.Decimals) }

// Parse reads an amount of the token ("10", "0.25") into base units.
func (t Token) Parse(s string) (*big.Int, error) { return units.ParseAmount(s, t.Decimals) }

// ReadToken reads an ERC-20's symbol and decimals.
func ReadToken(ctx context.Context, b chain.Backend, addr common.Address) (Token, error) {
	if err := chain.RequireCode(ctx, b, "token", addr); err != nil {
		return Token{}, err
	}
	erc20 := contracts.TokenABI
	inst := erc20.Instance(b, addr)
	opts := &bind.CallOpts{Context: ctx}
	dec, err := bind.Call(inst, opts, erc20.PackDecimals(), erc20.UnpackDecimals)
	if err != nil {
		return Token{}, fmt.Errorf("%s does not answer as an ERC-20 token: %w", addr.Hex(), err)
	}
	sym, err := bind.Call(inst, opts, erc20.PackSymbol(), erc20.UnpackSymbol)
	if err != nil {
		sym = "tokens"
	}
	return Token{Address: addr, Symbol: sym, Decimals: dec}, nil
}

// Community is a client of one community: its four parts (contracts.Parts;
// Address is the Community part's, which names the community).
type Community struct {
	Address common.Address
	Parts   contracts.Parts
	Token   Token
	Founder common.Address
	Created time.Time

	b      chain.Backend
	abi    *contracts.Community
	bound  *bind.BoundContract // the Community part
	parts  [contracts.PartCount]*bind.BoundContract
	params contracts.Params
	logs   logState // Logs' pager and cache (logs.go)
}

// ErrMiswired means a community's parts do not know each other as they
// should, or disagree on the parameters: not a community huzhu created, or
// one whose creation failed part-way.
var ErrMiswired = errors.New("the community's parts are not wired to each other")

// Open connects to the community at addr (its Community part), checking
// that it is one and that its four parts are wired to each other and
// agree on the parameters.
func Open(ctx context.Context, b chain.Backend, addr common.Address) (*Community, error) {
	if err := chain.RequireCode(ctx, b, "community", addr); err != nil {
		return nil, err
	}
	abi := contracts.CommunityABI
	c := &Community{Address: addr, b: b, abi: abi, bound: abi.Instance(b, addr)}
	p, err := call(ctx, c, abi.PackParameters(), abi.UnpackParameters)
	if err != nil {
		if chain.IsConnectionLost(err) {
			return nil, err // no answer is not a wrong answer
		}
		return nil, fmt.Errorf("%s: %w", addr.Hex(), ErrNotCommunity)
	}
	c.params = p
	if c.Parts, err = call(ctx, c, abi.PackParts(), abi.UnpackParts); err != nil {
		return nil, err
	}
	if err := c.checkWiring(ctx); err != nil {
		return nil, err
	}
	if c.Founder, err = call(ctx, c, abi.PackFounder(), abi.UnpackFounder); err != nil {
		return nil, err
	}
	created, err := call(ctx, c, abi.PackCreatedAt(), abi.UnpackCreatedAt)
	if err != nil {
		return nil, err
	}
	c.Created = time.Unix(int64(created), 0)
	if c.Token, err = ReadToken(ctx, b, p.Token); err != nil {
		return nil, err
	}
	return c, nil
}

// checkWiring checks that every part has code, knows the same four parts
// and holds the same parameters' hash.
func (c *Community) checkWiring(ctx context.Context) error {
	if c.Parts.Community != c.Address {
		return fmt.Errorf("%w: %s names %s as the community", ErrMiswired, c.Address.Hex(), c.Parts.Community.Hex())
	}
	type part interface {
		Instance(bind.ContractBackend, common.Address) *bind.BoundContract
		PackParts() []byte
		UnpackParts([]byte) (contracts.Parts, error)
		PackParamsHash() []byte
		UnpackParamsHash([]byte) ([32]byte, error)
	}
	bindings := [contracts.PartCount]part{contracts.CommunityABI, contracts.BoardABI, contracts.ClaimsABI, contracts.RegistryABI}
	var hash [32]byte
	for i, a := range c.Parts.Addresses() {
		if err := chain.RequireCode(ctx, c.b, contracts.PartNames[i], a); err != nil {
			if chain.IsConnectionLost(err) {
				return err
			}
			return fmt.Errorf("%w: %v", ErrMiswired, err)
		}
		c.parts[i] = bindings[i].Instance(c.b, a)
		got, err := bind.Call(c.parts[i], &bind.CallOpts{Context: ctx}, bindings[i].PackParts(), bindings[i].UnpackParts)
		if err != nil {
			if chain.IsConnectionLost(err) {
				return err
			}
			return fmt.Errorf("%w: the %s part at %s does not answer: %v", ErrMiswired, contracts.PartNames[i], a.Hex(), err)
		}
		if got != c.Parts {
			return fmt.Errorf("%w: the %s part at %s knows other parts", ErrMiswired, contracts.PartNames[i], a.Hex())
		}
		h, err := bind.Call(c.parts[i], &bind.CallOpts{Context: ctx}, bindings[i].PackParamsHash(), bindings[i].UnpackParamsHash)
		if err != nil {
			return err
		}
		if i == 0 {
			hash = h
		} else if h != hash {
			return fmt.Errorf("%w: the %s part at %s holds other parameters", ErrMiswired, contracts.PartNames[i], a.Hex())
		}
	}
	return nil
}

func call[T any](ctx context.Context, c *Community, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return callPart(ctx, c, contracts.PartCommunity, data, unpack)
}

// callPart calls a view of part (contracts.PartCommunity...).
func callPart[T any](ctx context.Context, c *Community, part int, data []byte, unpack func([]byte) (T, error)) (T, error) {
	bound := c.parts[part]
	if bound == nil {
		bound = c.bound
	}
	v, err := bind.Call(bound, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		var zero T
		return zero, c.explain(err)
	}
	return v, nil
}

// CallPart calls a view of one of the community's parts, explaining a
// refusal: for the claims package.
func CallPart[T any](ctx context.Context, c *Community, part int, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return callPart(ctx, c, part, data, unpack)
}

// Backend is the chain the community is read from.
func (c *Community) Backend() chain.Backend { return c.b }

// Params returns the community's rules.
func (c *Community) Params() Params { return paramsOf(c.params) }

func paramsOf(p contracts.Params) Params {
	sec := func(v uint64) time.Duration { return time.Duration(v) * time.Second }
	return Params{
		Token: p.Token, Dues: p.Dues, Period: sec(p.Period), Waiting: sec(p.WaitingPeriod),
		Grace: sec(p.GracePeriod), MaxPayout: p.MaxPayout, Seats: int(p.Seats), Quorum: int(p.Quorum),
		Term: sec(p.Term), Review: sec(p.ReviewWindow), Voting: sec(p.VotingWindow), Notice: sec(p.NoticeWindow),
		RecallSignatures: int(p.RecallSignatures), OutflowBps: int(p.OutflowBps), MinBallots: int(p.MinBallots),
		Notaries: p.Notaries, Categories: p.Categories, AcceptedTypes: p.AcceptedTypes, Currency: p.Currency,
	}
}

// Info is a community's rules and current state.
type Info struct {
	Address     common.Address
	Parts       contracts.Parts
	Token       Token
	Founder     common.Address
	Created     time.Time
	Params      Params
	Term        uint32
	TermStarted time.Time
	TermEnds    time.Time        // nominal: the term lasts until an election is finalized after this
	Notaries    []common.Address // seated now (resigned and vacated seats left out)
	Pool        *big.Int
	// Owed is what the pool owes members whose payout the token refused
	// (part of Pool, not available for claims).
	Owed      *big.Int
	Claims    uint64
	Queued    uint64 // approved claims not yet paid: in notice or waiting for the pool
	ChainTime time.Time
}

// Info reads the community's rules and current state.
func (c *Community) Info(ctx context.Context) (*Info, error) {
	board := contracts.BoardABI
	term, err := callPart(ctx, c, contracts.PartBoard, board.PackCurrentTerm(), board.UnpackCurrentTerm)
	if err != nil {
		return nil, err
	}
	started, err := callPart(ctx, c, contracts.PartBoard, board.PackTermStartedAt(), board.UnpackTermStartedAt)
	if err != nil {
		return nil, err
	}
	notaries, err := callPart(ctx, c, contracts.PartBoard, board.PackNotariesOf(big.NewInt(int64(term))), board.UnpackNotariesOf)
	if err != nil {
		return nil, err
	}
	seated := notaries[:0:0]
	for _, n := range notaries {
		if n != (common.Address{}) {
			seated = append(seated, n)
		}
	}
	notaries = seated
	pool, err := call(ctx, c, c.abi.PackPoolBalance(), c.abi.UnpackPoolBalance)
	if err != nil {
		return nil, err
	}
	owed, err := call(ctx, c, c.abi.PackTotalOwed(), c.abi.UnpackTotalOwed)
	if err != nil {
		return nil, err
	}
	cl := contracts.ClaimsABI
	claims, err := callPart(ctx, c, contracts.PartClaims, cl.PackClaimCount(), cl.UnpackClaimCount)
	if err != nil {
		return nil, err
	}
	head, err := callPart(ctx, c, contracts.PartClaims, cl.PackQueueHead(), cl.UnpackQueueHead)
	if err != nil {
		return nil, err
	}
	tail, err := callPart(ctx, c, contracts.PartClaims, cl.PackQueueTail(), cl.UnpackQueueTail)
	if err != nil {
		return nil, err
	}
	now, err := ChainTime(ctx, c.b)
	if err != nil {
		return nil, err
	}
	p := c.Params()
	st := time.Unix(started.Int64(), 0)
	return &Info{
		Address: c.Address, Parts: c.Parts, Token: c.Token, Founder: c.Founder, Created: c.Created, Params: p,
		Term: term, TermStarted: st, TermEnds: st.Add(p.Term), Notaries: notaries,
		Pool: pool, Owed: owed, Claims: claims, Queued: tail - head, ChainTime: now,
	}, nil
}

// ChainTime is the time of the latest block: the contract's "now".
func ChainTime(ctx context.Context, b chain.Backend) (time.Time, error) {
	h, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0), nil
}

// TokenBalance is the community token balance of an address.
func (c *Community) TokenBalance(ctx context.Context, who common.Address) (*big.Int, error) {
	erc20 := contracts.TokenABI
	return bind.Call(erc20.Instance(c.b, c.Token.Address), &bind.CallOpts{Context: ctx}, erc20.PackBalanceOf(who), erc20.UnpackBalanceOf)
}

// BalanceOf is an address's balance of the token.
func (t Token) BalanceOf(ctx context.Context, b chain.Backend, who common.Address) (*big.Int, error) {
	erc20 := contracts.TokenABI
	return bind.Call(erc20.Instance(b, t.Address), &bind.CallOpts{Context: ctx}, erc20.PackBalanceOf(who), erc20.UnpackBalanceOf)
}
