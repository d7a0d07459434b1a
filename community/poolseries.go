package community

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/contracts"
)

// PoolPoint is the pool's balance after one of its movements.
type PoolPoint struct {
	Block   uint64
	Balance *big.Int
}

// PoolSeries is the pool's running balance after each movement (dues, a
// donation, a payout, a withdrawal of what was owed, a sync's snapshot) of
// the community with parts, from its logs in chain order, folded as
// PoolFromLogs folds them: the last point's balance is PoolFromLogs's
// Balance.
func PoolSeries(parts contracts.Parts, logs []types.Log) ([]PoolPoint, error) {
	var f seriesFold
	for i := range logs {
		if err := f.add(parts, &logs[i]); err != nil {
			return f.out, err
		}
	}
	return f.out, nil
}

// PoolSeries is the package's PoolSeries over the community's logs up to
// the latest block, read one at a time (EachLog): the logs are never all
// in memory at once.
func (c *Community) PoolSeries(ctx context.Context) ([]PoolPoint, error) {
	var f seriesFold
	err := c.EachLog(ctx, nil, func(l *types.Log) error { return f.add(c.Parts, l) })
	return f.out, err
}

// poolEvents are the events that move the pool.
var poolEvents = []common.Hash{EventID("DuesPaid"), EventID("Donation"), EventID("ClaimPaid"), EventID("OwedWithdrawn"), EventID("PoolSynced")}

// seriesFold is PoolSeries, one log at a time.
type seriesFold struct {
	out []PoolPoint
	bal big.Int
}

func (f *seriesFold) add(parts contracts.Parts, l *types.Log) error {
	if !IsEvent(l, parts, poolEvents...) {
		return nil // only the pool's movements are decoded
	}
	ev, err := DecodeEvent(l)
	if err != nil {
		return err
	}
	bal := &f.bal
	switch v := ev.(type) {
	case *contracts.CommunityDuesPaid:
		bal.Add(bal, v.Amount)
	case *contracts.CommunityDonation:
		bal.Add(bal, v.Amount)
	case *contracts.CommunityClaimPaid:
		bal.Sub(bal, v.Amount)
	case *contracts.CommunityOwedWithdrawn:
		bal.Sub(bal, v.Amount)
	case *contracts.CommunityPoolSynced:
		bal.Set(v.Balance)
	default:
		return nil
	}
	f.out = append(f.out, PoolPoint{Block: l.BlockNumber, Balance: new(big.Int).Set(bal)})
	return nil
}
