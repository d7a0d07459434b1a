package community

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/contracts"
)

// ErrUnknownEvent means a log is not an event of the community contract.
var ErrUnknownEvent = errors.New("not a community event")

var (
	eventABI    = contracts.NewCommunity()
	eventABIDef = eventABI.GetABI()
)

// DecodeEvent decodes a community contract log into its generated binding
// struct (*contracts.CommunityDuesPaid, *contracts.CommunityClaimPaid, ...).
// It is the one place community events are decoded: the pool ledger and the
// audit read logs through it.
func DecodeEvent(l *types.Log) (any, error) {
	if len(l.Topics) == 0 {
		return nil, ErrUnknownEvent
	}
	ev, err := eventABIDef.EventByID(l.Topics[0])
	if err != nil {
		return nil, fmt.Errorf("%w: topic %s", ErrUnknownEvent, l.Topics[0].Hex())
	}
	unpack := reflect.ValueOf(eventABI).MethodByName("Unpack" + ev.RawName + "Event")
	if !unpack.IsValid() {
		return nil, fmt.Errorf("%w: no decoder for %s", ErrUnknownEvent, ev.RawName)
	}
	out := unpack.Call([]reflect.Value{reflect.ValueOf(l)})
	if err, _ := out[1].Interface().(error); err != nil {
		return nil, fmt.Errorf("decode %s: %w", ev.RawName, err)
	}
	return out[0].Interface(), nil
}

// Pool is the pool as a community's events explain it.
type Pool struct {
	Dues      *big.Int // DuesPaid
	Donations *big.Int // Donation
	Paid      *big.Int // ClaimPaid
	// Unexplained is the net amount that reached the pool without a
	// community event (a plain token transfer), as the PoolSynced
	// snapshots reveal it: each one states the balance, and the difference
	// from the fold before it is counted here.
	Unexplained *big.Int
	// Balance is Dues + Donations - Paid + Unexplained: the pool's token
	// balance as of the last event folded. It equals the balance on chain
	// when no tokens arrived by plain transfer since the last PoolSynced.
	Balance *big.Int
	Synced  int // PoolSynced events folded
}

// PoolFromLogs folds the pool of the community at addr from its logs, in
// chain order (logs of other contracts are skipped).
func PoolFromLogs(addr common.Address, logs []types.Log) (Pool, error) {
	return foldPool(addr, logs, nil)
}

// foldPool is PoolFromLogs that also shows each PoolSynced snapshot, with
// what the events before it explain, to onSync.
func foldPool(addr common.Address, logs []types.Log, onSync func(l *types.Log, explained, snapshot *big.Int)) (Pool, error) {
	p := Pool{Dues: new(big.Int), Donations: new(big.Int), Paid: new(big.Int), Unexplained: new(big.Int), Balance: new(big.Int)}
	for i := range logs {
		l := &logs[i]
		if l.Address != addr {
			continue
		}
		ev, err := DecodeEvent(l)
		if errors.Is(err, ErrUnknownEvent) {
			continue
		}
		if err != nil {
			return p, err
		}
		switch v := ev.(type) {
		case *contracts.CommunityDuesPaid:
			p.Dues.Add(p.Dues, v.Amount)
			p.Balance.Add(p.Balance, v.Amount)
		case *contracts.CommunityDonation:
			p.Donations.Add(p.Donations, v.Amount)
			p.Balance.Add(p.Balance, v.Amount)
		case *contracts.CommunityClaimPaid:
			p.Paid.Add(p.Paid, v.Amount)
			p.Balance.Sub(p.Balance, v.Amount)
		case *contracts.CommunityPoolSynced:
			if onSync != nil {
				onSync(l, new(big.Int).Set(p.Balance), v.Balance)
			}
			p.Unexplained.Add(p.Unexplained, new(big.Int).Sub(v.Balance, p.Balance))
			p.Balance.Set(v.Balance)
			p.Synced++
		}
	}
	return p, nil
}

// Logs returns every log of the community contract up to block to (nil:
// the latest block).
func (c *Community) Logs(ctx context.Context, to *big.Int) ([]types.Log, error) {
	logs, err := c.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), ToBlock: to, Addresses: []common.Address{c.Address}})
	if err != nil {
		return nil, fmt.Errorf("read the community's logs: %w", err)
	}
	return logs, nil
}

// PoolFromChain folds the pool from the community's logs.
func (c *Community) PoolFromChain(ctx context.Context) (Pool, error) {
	logs, err := c.Logs(ctx, nil)
	if err != nil {
		return Pool{}, err
	}
	return PoolFromLogs(c.Address, logs)
}

// PackDonate is the call that gives amount tokens to the pool (approve
// them first).
func (c *Community) PackDonate(amount *big.Int) []byte { return c.abi.PackDonate(amount) }

// PackSync is the call that states the pool's balance in a PoolSynced
// event, explaining tokens that came by plain transfer.
func (c *Community) PackSync() []byte { return c.abi.PackSync() }
