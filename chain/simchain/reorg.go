package simchain

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/chain"
)

// Reorg makes parent the head again, as a reorg that drops every block
// after it does, and returns the transactions those blocks held, in chain
// order. The node's pool takes them back (as a real node's does); anyone
// who saw them may also send them again as they were signed (Resend). The
// next Commit builds the new chain on parent.
func (c *Chain) Reorg(ctx context.Context, parent common.Hash) ([]*types.Transaction, error) {
	base, err := c.Client.HeaderByHash(ctx, parent)
	if err != nil {
		return nil, fmt.Errorf("simchain: reorg to %s: %w", parent.Hex(), err)
	}
	head, err := c.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	var dropped []*types.Transaction
	for n := base.Number.Uint64() + 1; n <= head; n++ {
		b, err := c.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, err
		}
		dropped = append(dropped, b.Transactions()...)
	}
	if err := c.Backend.Fork(parent); err != nil {
		return nil, fmt.Errorf("simchain: reorg to %s: %w", parent.Hex(), err)
	}
	// The accounts track their nonces themselves: make them ask the node
	// again, on the new chain.
	for _, a := range c.Accounts {
		*a = chain.KeySender{Backend: a.Backend, Key: a.Key, Mine: a.Mine}
	}
	return dropped, nil
}

// Resend sends a transaction again exactly as it was signed, without
// mining it; one the node's pool already holds is not an error.
//
// Right after a Reorg the pool may not have caught up with the new head
// yet (it resets in the background) and still calls a dropped
// transaction's nonce used: Resend tries again for a few seconds.
func (c *Chain) Resend(ctx context.Context, tx *types.Transaction) error {
	var err error
	for range 250 {
		err = c.Client.SendTransaction(ctx, tx)
		switch {
		case err == nil:
			return nil
		case strings.Contains(err.Error(), "already known"):
			return nil
		case !strings.Contains(err.Error(), "nonce too low"):
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
	return err
}

// SendAhead signs data from s to `to` with a priority fee a hundred times
// the node's suggestion, so that the next block puts it ahead of every
// transaction pending with an ordinary fee, and sends it without mining.
func (c *Chain) SendAhead(ctx context.Context, s *chain.KeySender, to common.Address, data []byte) (*types.Transaction, error) {
	return c.sendRaw(ctx, s, to, data, func() (uint64, error) {
		return chain.EstimateGas(ctx, c.Client, ethereum.CallMsg{From: s.From(), To: &to, Data: data})
	}, 100)
}

// sendRaw signs data from s to `to` at the node's suggested fees, its tip
// times tipTimes (at least 100 gwei when the suggestion is zero and
// tipTimes > 1), with the gas `gas` gives, and sends it without mining. s
// tracks its nonce itself: it is reset to ask the node again.
func (c *Chain) sendRaw(ctx context.Context, s *chain.KeySender, to common.Address, data []byte, gas func() (uint64, error), tipTimes int64) (*types.Transaction, error) {
	nonce, err := c.Client.PendingNonceAt(ctx, s.From())
	if err != nil {
		return nil, err
	}
	id, err := c.Client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	fees, err := chain.SuggestFees(ctx, c.Client)
	if err != nil {
		return nil, err
	}
	tip, feeCap := fees.Tip, fees.FeeCap
	if tipTimes > 1 {
		if tip = new(big.Int).Mul(fees.Tip, big.NewInt(tipTimes)); tip.Sign() == 0 {
			tip = big.NewInt(100_000_000_000)
		}
		feeCap = new(big.Int).Add(fees.FeeCap, tip)
	}
	g, err := gas()
	if err != nil {
		return nil, err
	}
	tx, err := types.SignNewTx(s.Key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: g, To: &to, Value: new(big.Int), Data: data,
	})
	if err != nil {
		return nil, err
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	*s = chain.KeySender{Backend: s.Backend, Key: s.Key, Mine: s.Mine}
	return tx, nil
}
