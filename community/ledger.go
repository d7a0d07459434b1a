package community

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/contracts"
)

// ErrUnknownEvent means a log is not an event of a community's parts.
var ErrUnknownEvent = contracts.ErrUnknownEvent

// DecodeEvent decodes a log of one of a community's parts into its
// generated binding struct (*contracts.CommunityDuesPaid,
// *contracts.ClaimsClaimSubmitted, ...): contracts.DecodeEvent. Events, the
// ledger, the statistics, the audit and the wallet's history read logs
// through it. It does not check the emitter: folds check it with IsEvent
// or Parts.Emits first.
func DecodeEvent(l *types.Log) (any, error) { return contracts.DecodeEvent(l) }

// Event is one decoded community event.
type Event struct {
	// Log is the raw log; a ClaimSubmitted log carries no envelope (see
	// Logs).
	Log types.Log
	// Time is the time of the log's block.
	Time time.Time
	// Value is the decoded binding struct (*contracts.CommunityDuesPaid,
	// ...), as DecodeEvent returns it.
	Value any
}

// DecodeEvents decodes the logs of the community with parts, in order, with
// their block times (block number -> header time; a log's own
// BlockTimestamp when its block is missing); logs of other contracts and
// unknown events are skipped.
func DecodeEvents(parts contracts.Parts, logs []types.Log, times map[uint64]uint64) ([]Event, error) {
	evs := make([]Event, 0, len(logs))
	for i := range logs {
		ev, ok, err := decodeOf(parts, &logs[i], times)
		if err != nil {
			return nil, err
		}
		if ok {
			evs = append(evs, ev)
		}
	}
	return evs, nil
}

// decodeOf decodes one log of the community with parts; ok is false for
// a log of another contract (or of a part that does not emit that event),
// a removed one, or an unknown event.
func decodeOf(parts contracts.Parts, l *types.Log, times map[uint64]uint64) (Event, bool, error) {
	if !parts.Emits(l) {
		return Event{}, false, nil
	}
	v, err := DecodeEvent(l)
	if errors.Is(err, ErrUnknownEvent) {
		return Event{}, false, nil
	}
	if err != nil {
		return Event{}, false, fmt.Errorf("block %d, transaction %s: %w", l.BlockNumber, l.TxHash.Hex(), err)
	}
	t, ok := times[l.BlockNumber]
	if !ok {
		t = l.BlockTimestamp
	}
	return Event{Log: *l, Time: blockTime(t), Value: v}, true, nil
}

// Events returns the community's events up to block to (nil: the latest
// block), decoded, with their block times.
func (c *Community) Events(ctx context.Context, to *big.Int) ([]Event, error) {
	var evs []Event
	err := c.EachEvent(ctx, to, func(ev Event) error {
		evs = append(evs, ev)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return evs, nil
}

// EachEvent calls fn with each of the community's events up to block to
// (nil: the latest block), decoded, with its block time, in chain order:
// Events one at a time, for a fold that keeps what it makes of them and
// not the events (see EachLog). An error from fn ends the walk and is
// returned.
func (c *Community) EachEvent(ctx context.Context, to *big.Int, fn func(Event) error) error {
	return c.EachLog(ctx, to, func(l *types.Log) error {
		ev, ok, err := decodeOf(c.Parts, l, nil)
		if err != nil || !ok {
			return err
		}
		return fn(ev)
	})
}

// Kinds of ledger entries.
const (
	EntryDues     = "dues"     // DuesPaid: Payer paid for Member
	EntryDonation = "donation" // Donation by Payer
	EntryPayout   = "payout"   // ClaimPaid to Member
	// EntryOwed: the token refused claim Claim's payout to Member; Owed
	// stays in the pool for them (Amount is 0: nothing moved).
	EntryOwed = "owed"
	// EntryWithdrawal: Member withdrew what the pool owed them, to Payer's
	// place the address it went to.
	EntryWithdrawal = "withdrawal"
	EntrySync       = "sync" // PoolSynced: Amount is what came without an event
)

// Entry is one movement of the pool.
type Entry struct {
	Kind     string
	Block    uint64
	Time     time.Time
	Tx       common.Hash
	LogIndex uint
	// Amount is the change of the pool: positive in, negative out. For a
	// sync it is the stated balance minus what the events before it
	// explain (tokens that came by plain transfer, or, if negative, left
	// without an event).
	Amount *big.Int
	// Balance is the pool after the entry.
	Balance *big.Int
	Payer   common.Address // dues or donation: who paid; withdrawal: where it went
	Member  common.Address // dues: covered member; payout, owed, withdrawal: the member
	Claim   *big.Int       // payout, owed: the claim; else nil
	Owed    *big.Int       // owed: the amount owed; else nil
}

// Ledger is every movement of the pool, oldest first, and its sums.
type Ledger struct {
	Entries []Entry
	Pool    Pool
}

// Pool is the pool as a community's events explain it.
type Pool struct {
	Dues      *big.Int // DuesPaid
	Donations *big.Int // Donation
	Paid      *big.Int // ClaimPaid
	// Owed is what the pool owes members whose payout the token refused
	// (PayoutOwed less OwedWithdrawn): in the pool, not available for
	// claims. Withdrawn is what members took of it (OwedWithdrawn).
	Owed      *big.Int
	Withdrawn *big.Int
	// Unexplained is the net amount that reached the pool without a
	// community event (a plain token transfer), as the PoolSynced
	// snapshots reveal it: each one states the balance, and the difference
	// from the fold before it is counted here.
	Unexplained *big.Int
	// Balance is Dues + Donations - Paid - Withdrawn + Unexplained: the pool's token
	// balance as of the last event folded. It equals the balance on chain
	// when no tokens arrived by plain transfer since the last PoolSynced.
	Balance *big.Int
	Synced  int // PoolSynced events folded
}

// LedgerOf folds the pool's movements from decoded events, in chain order.
func LedgerOf(evs []Event) Ledger {
	f := newLedgerFold(true)
	for _, ev := range evs {
		f.add(ev)
	}
	return f.ledger()
}

// ledgerFold folds the pool's movements one event at a time (LedgerOf).
type ledgerFold struct {
	p       Pool
	entries bool // keep the entries, not only the sums
	es      []Entry
}

func newLedgerFold(entries bool) *ledgerFold {
	return &ledgerFold{entries: entries, p: Pool{Dues: new(big.Int), Donations: new(big.Int), Paid: new(big.Int),
		Owed: new(big.Int), Withdrawn: new(big.Int), Unexplained: new(big.Int), Balance: new(big.Int)}}
}

func (f *ledgerFold) add(ev Event) {
	p := &f.p
	e := Entry{Block: ev.Log.BlockNumber, Time: ev.Time, Tx: ev.Log.TxHash, LogIndex: ev.Log.Index}
	switch v := ev.Value.(type) {
	case *contracts.CommunityDuesPaid:
		e.Kind, e.Amount, e.Payer, e.Member = EntryDues, v.Amount, v.Payer, v.Member
		p.Dues.Add(p.Dues, v.Amount)
	case *contracts.CommunityDonation:
		e.Kind, e.Amount, e.Payer = EntryDonation, v.Amount, v.From
		p.Donations.Add(p.Donations, v.Amount)
	case *contracts.CommunityClaimPaid:
		e.Kind, e.Amount, e.Member, e.Claim = EntryPayout, new(big.Int).Neg(v.Amount), v.Member, v.Id
		p.Paid.Add(p.Paid, v.Amount)
	case *contracts.CommunityPayoutOwed:
		e.Kind, e.Amount, e.Member, e.Claim, e.Owed = EntryOwed, new(big.Int), v.Member, v.Id, v.Amount
		p.Owed.Add(p.Owed, v.Amount)
	case *contracts.CommunityOwedWithdrawn:
		e.Kind, e.Amount, e.Member, e.Payer = EntryWithdrawal, new(big.Int).Neg(v.Amount), v.Member, v.To
		p.Owed.Sub(p.Owed, v.Amount)
		p.Withdrawn.Add(p.Withdrawn, v.Amount)
	case *contracts.CommunityPoolSynced:
		e.Kind, e.Amount = EntrySync, new(big.Int).Sub(v.Balance, p.Balance)
		p.Unexplained.Add(p.Unexplained, e.Amount)
		p.Synced++
	default:
		return
	}
	if !f.entries {
		p.Balance.Add(p.Balance, e.Amount)
		return
	}
	p.Balance = new(big.Int).Add(p.Balance, e.Amount)
	e.Balance = p.Balance
	f.es = append(f.es, e)
}

func (f *ledgerFold) ledger() Ledger {
	p := f.p
	if !f.entries {
		p.Balance = new(big.Int).Set(p.Balance)
	}
	return Ledger{Entries: f.es, Pool: p}
}

// PoolFromLogs folds the pool of the community with parts from its logs,
// in chain order (logs of other contracts are skipped).
func PoolFromLogs(parts contracts.Parts, logs []types.Log) (Pool, error) {
	evs, err := DecodeEvents(parts, logs, nil)
	if err != nil {
		return Pool{}, err
	}
	return LedgerOf(evs).Pool, nil
}

// Ledger reads every movement of the pool from the community's events,
// folding them one at a time (EachEvent).
func (c *Community) Ledger(ctx context.Context) (Ledger, error) {
	f := newLedgerFold(true)
	if err := c.EachEvent(ctx, nil, func(ev Event) error { f.add(ev); return nil }); err != nil {
		return Ledger{}, err
	}
	return f.ledger(), nil
}

// PoolFromChain folds the pool from the community's logs.
func (c *Community) PoolFromChain(ctx context.Context) (Pool, error) {
	f := newLedgerFold(false)
	if err := c.EachEvent(ctx, nil, func(ev Event) error { f.add(ev); return nil }); err != nil {
		return Pool{}, err
	}
	return f.ledger().Pool, nil
}

// PlanDonate is the call that gives amount tokens to the pool (approve
// them first).
func (c *Community) PlanDonate(amount *big.Int) Step {
	return Step{To: c.Address, Data: c.abi.PackDonate(amount), Spends: amount}
}

// PlanSync is the call that states the pool's balance in a PoolSynced
// event, explaining tokens that came by plain transfer.
func (c *Community) PlanSync() Step { return Step{To: c.Address, Data: c.abi.PackSync()} }

// Owed is what the pool owes member (payouts the token refused).
func (c *Community) Owed(ctx context.Context, member common.Address) (*big.Int, error) {
	return call(ctx, c, c.abi.PackOwed(member), c.abi.UnpackOwed)
}

// PlanWithdrawOwed is the call that pays what the pool owes the sender to
// `to` (an address the token does not refuse).
func (c *Community) PlanWithdrawOwed(to common.Address) Step {
	return Step{To: c.Address, Data: c.abi.PackWithdrawOwed(to)}
}
