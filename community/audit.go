package community

import (
	"context"
	"math/big"

	"github.com/huzhu-community/huzhu/internal/i18n"
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
	// first place where events and tokens part, in a sentence (English;
	// DiscrepancyText is the same for a face to word).
	Discrepancy     string
	DiscrepancyText i18n.Text
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
	evs, err := c.Events(ctx, head.Number)
	if err != nil {
		return Audit{}, err
	}
	a := Audit{Block: head.Number.Uint64()}
	ledger := LedgerOf(evs)
	a.Pool = ledger.Pool
	for _, e := range ledger.Entries {
		if e.Kind == EntrySync && e.Amount.Sign() < 0 {
			a.DiscrepancyText = i18n.Say("at block %d (transaction %s) the pool held %s %s, %s less than its events explain: tokens left without a community event",
				e.Block, e.Tx.Hex(), c.Token.Format(e.Balance), c.Token.Symbol, c.Token.Format(new(big.Int).Neg(e.Amount)))
			a.Discrepancy = a.DiscrepancyText.String()
			break
		}
	}
	a.Balance, err = c.balanceAt(ctx, head.Number)
	if err != nil {
		return a, err
	}
	a.Unexplained = new(big.Int).Sub(a.Balance, a.Pool.Balance)
	if a.Discrepancy == "" {
		switch a.Unexplained.Sign() {
		case 1:
			a.DiscrepancyText = i18n.Say("the contract holds %s %s more than its events explain (tokens sent by plain transfer since the last sync); a sync states them", c.Token.Format(a.Unexplained), c.Token.Symbol)
		case -1:
			a.DiscrepancyText = i18n.Say("the contract holds %s %s less than its events explain: tokens left the pool without a community event", c.Token.Format(new(big.Int).Neg(a.Unexplained)), c.Token.Symbol)
		}
		a.Discrepancy = a.DiscrepancyText.String()
	}
	return a, nil
}
