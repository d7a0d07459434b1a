package community

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/contracts"
)

// Audit is the pool recomputed from the community's events alone and
// compared with the token balance the contract holds, both as of Block.
type Audit struct {
	Block uint64
	// Pool is the fold of the community's events up to Block.
	Pool Pool
	// Balance is the community's token balance at Block.
	Balance *big.Int
	// Discrepancy is empty when every token unit is explained; else the
	// first place where events and tokens part, in a sentence.
	Discrepancy string
	// Unexplained is Balance - Pool.Balance at Block (positive: tokens
	// that arrived by plain transfer since the last sync).
	Unexplained *big.Int
}

// Pass reports whether the events explain the pool exactly.
func (a Audit) Pass() bool { return a.Discrepancy == "" }

// Audit recomputes the pool from the community's logs up to the latest
// block and compares it with the contract's token balance at that block.
// Tokens that leave without an event, or a snapshot (PoolSynced) below
// what the events explain, are discrepancies; tokens that arrived by plain
// transfer since the last snapshot are one too, until anyone's sync()
// states them.
func (c *Community) Audit(ctx context.Context) (Audit, error) {
	head, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return Audit{}, err
	}
	logs, err := c.Logs(ctx, head.Number)
	if err != nil {
		return Audit{}, err
	}
	a := Audit{Block: head.Number.Uint64()}
	a.Pool, err = foldPool(c.Address, logs, func(l *types.Log, explained, snapshot *big.Int) {
		if a.Discrepancy == "" && snapshot.Cmp(explained) < 0 {
			a.Discrepancy = fmt.Sprintf("at block %d (transaction %s) the pool held %s %s, %s less than its events explain: tokens left without a community event",
				l.BlockNumber, l.TxHash.Hex(), c.Token.Format(snapshot), c.Token.Symbol, c.Token.Format(new(big.Int).Sub(explained, snapshot)))
		}
	})
	if err != nil {
		return a, err
	}
	erc20 := contracts.NewKangbaoCoin()
	a.Balance, err = bind.Call(erc20.Instance(c.b, c.Token.Address), &bind.CallOpts{Context: ctx, BlockNumber: head.Number}, erc20.PackBalanceOf(c.Address), erc20.UnpackBalanceOf)
	if err != nil {
		return a, err
	}
	a.Unexplained = new(big.Int).Sub(a.Balance, a.Pool.Balance)
	if a.Discrepancy == "" {
		switch a.Unexplained.Sign() {
		case 1:
			a.Discrepancy = fmt.Sprintf("the contract holds %s %s more than its events explain (tokens sent by plain transfer since the last sync); a sync states them", c.Token.Format(a.Unexplained), c.Token.Symbol)
		case -1:
			a.Discrepancy = fmt.Sprintf("the contract holds %s %s less than its events explain: tokens left the pool without a community event", c.Token.Format(new(big.Int).Neg(a.Unexplained)), c.Token.Symbol)
		}
	}
	return a, nil
}
