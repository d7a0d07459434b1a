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
	erc20 := contracts.NewKangbaoCoin()
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

// Community is a client of one community contract.
type Community struct {
	Address common.Address
	Token   Token
	Founder common.Address
	Created time.Time

	b      chain.Backend
	abi    *contracts.Community
	bound  *bind.BoundContract
	params contracts.CommunityParams
	logs   logState // Logs' pager and cache (logs.go)
}

// Open connects to the community at addr, checking that it is one.
func Open(ctx context.Context, b chain.Backend, addr common.Address) (*Community, error) {
	if err := chain.RequireCode(ctx, b, "community", addr); err != nil {
		return nil, err
	}
	abi := contracts.NewCommunity()
	c := &Community{Address: addr, b: b, abi: abi, bound: abi.Instance(b, addr)}
	p, err := call(ctx, c, abi.PackParameters(), abi.UnpackParameters)
	if err != nil {
		if chain.IsConnectionLost(err) {
			return nil, err // no answer is not a wrong answer
		}
		return nil, fmt.Errorf("%s: %w", addr.Hex(), ErrNotCommunity)
	}
	c.params = p
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

func call[T any](ctx context.Context, c *Community, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(c.bound, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		var zero T
		return zero, c.explain(err)
	}
	return v, nil
}

// Params returns the community's rules.
func (c *Community) Params() Params {
	p := c.params
	sec := func(v uint64) time.Duration { return time.Duration(v) * time.Second }
	return Params{
		Token: p.Token, Dues: p.Dues, Period: sec(p.Period), Waiting: sec(p.WaitingPeriod),
		Grace: sec(p.GracePeriod), MaxPayout: p.MaxPayout, Seats: int(p.Seats), Quorum: int(p.Quorum),
		Term: sec(p.Term), Review: sec(p.ReviewWindow), Voting: sec(p.VotingWindow), Notaries: p.Notaries, Categories: p.Categories,
		Currency: p.Currency,
	}
}

// Info is a community's rules and current state.
type Info struct {
	Address     common.Address
	Token       Token
	Founder     common.Address
	Created     time.Time
	Params      Params
	Term        uint32
	TermStarted time.Time
	TermEnds    time.Time        // nominal: the term lasts until an election is finalized after this
	Notaries    []common.Address // seated now (resigned seats left out)
	Pool        *big.Int
	Claims      uint64
	Queued      uint64
	ChainTime   time.Time
}

// Info reads the community's rules and current state.
func (c *Community) Info(ctx context.Context) (*Info, error) {
	abi := c.abi
	term, err := call(ctx, c, abi.PackCurrentTerm(), abi.UnpackCurrentTerm)
	if err != nil {
		return nil, err
	}
	started, err := call(ctx, c, abi.PackTermStartedAt(), abi.UnpackTermStartedAt)
	if err != nil {
		return nil, err
	}
	notaries, err := call(ctx, c, abi.PackNotariesOf(big.NewInt(int64(term))), abi.UnpackNotariesOf)
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
	pool, err := call(ctx, c, abi.PackPoolBalance(), abi.UnpackPoolBalance)
	if err != nil {
		return nil, err
	}
	claims, err := call(ctx, c, abi.PackClaimCount(), abi.UnpackClaimCount)
	if err != nil {
		return nil, err
	}
	head, err := call(ctx, c, abi.PackQueueHead(), abi.UnpackQueueHead)
	if err != nil {
		return nil, err
	}
	tail, err := call(ctx, c, abi.PackQueueTail(), abi.UnpackQueueTail)
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
		Address: c.Address, Token: c.Token, Founder: c.Founder, Created: c.Created, Params: p,
		Term: term, TermStarted: st, TermEnds: st.Add(p.Term), Notaries: notaries,
		Pool: pool, Claims: claims, Queued: tail - head, ChainTime: now,
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
	erc20 := contracts.NewKangbaoCoin()
	return bind.Call(erc20.Instance(c.b, c.Token.Address), &bind.CallOpts{Context: ctx}, erc20.PackBalanceOf(who), erc20.UnpackBalanceOf)
}

// BalanceOf is an address's balance of the token.
func (t Token) BalanceOf(ctx context.Context, b chain.Backend, who common.Address) (*big.Int, error) {
	erc20 := contracts.NewKangbaoCoin()
	return bind.Call(erc20.Instance(b, t.Address), &bind.CallOpts{Context: ctx}, erc20.PackBalanceOf(who), erc20.UnpackBalanceOf)
}
