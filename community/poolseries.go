package community

import (
	"errors"
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
// donation, a payout, a sync's snapshot) of the community at addr, from
// its logs in chain order, folded as PoolFromLogs folds them: the last
// point's balance is PoolFromLogs's Balance.
func PoolSeries(addr common.Address, logs []types.Log) ([]PoolPoint, error) {
	var out []PoolPoint
	bal := new(big.Int)
	for i := range logs {
		l := &logs[i]
		if l.Address != addr || l.Removed {
			continue
		}
		ev, err := DecodeEvent(l)
		if errors.Is(err, ErrUnknownEvent) {
			continue
		}
		if err != nil {
			return out, err
		}
		switch v := ev.(type) {
		case *contracts.CommunityDuesPaid:
			bal.Add(bal, v.Amount)
		case *contracts.CommunityDonation:
			bal.Add(bal, v.Amount)
		case *contracts.CommunityClaimPaid:
			bal.Sub(bal, v.Amount)
		case *contracts.CommunityPoolSynced:
			bal.Set(v.Balance)
		default:
			continue
		}
		out = append(out, PoolPoint{Block: l.BlockNumber, Balance: new(big.Int).Set(bal)})
	}
	return out, nil
}
