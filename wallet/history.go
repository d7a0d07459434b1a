package wallet

import (
	"context"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
)

// Kinds of history items.
const (
	HistoryTokenIn   = "token-in"
	HistoryTokenOut  = "token-out"
	HistoryDues      = "dues"       // dues paid by or for the account
	HistoryClaim     = "claim"      // a claim the account filed
	HistoryPayout    = "payout"     // a claim paid to the account
	HistorySent      = "sent"       // a transaction from huzhu's journal
	HistoryCommunity = "membership" // dues the account paid for someone else
)

// HistoryItem is one line of an account's history.
type HistoryItem struct {
	Kind         string
	Block        uint64
	Time         time.Time
	Tx           common.Hash
	Amount       *big.Int // in token base units, nil when not money
	Counterparty common.Address
	Note         string
}

// History reads an account's movements from chain logs: token transfers,
// dues, claims and payouts of a community (if given), plus the
// transactions huzhu sent for it (from the journal, for ETH transfers that
// leave no log).
func History(ctx context.Context, b chain.Backend, j *Journal, who, token, community common.Address, fromBlock uint64) ([]HistoryItem, error) {
	var items []HistoryItem
	whoTopic := common.BytesToHash(who.Bytes())
	kbc, com := contracts.NewKangbaoCoin(), contracts.NewCommunity()
	transfer := kbc.GetABI().Events["Transfer"].ID
	query := func(addr common.Address, topics [][]common.Hash) ([]types.Log, error) {
		return b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(fromBlock), Addresses: []common.Address{addr}, Topics: topics})
	}
	if token != (common.Address{}) {
		for _, dir := range []struct {
			topics [][]common.Hash
			kind   string
		}{
			{[][]common.Hash{{transfer}, {whoTopic}}, HistoryTokenOut},
			{[][]common.Hash{{transfer}, nil, {whoTopic}}, HistoryTokenIn},
		} {
			logs, err := query(token, dir.topics)
			if err != nil {
				return nil, err
			}
			for _, l := range logs {
				ev, err := kbc.UnpackTransferEvent(&l)
				if err != nil {
					continue
				}
				cp := ev.To
				if dir.kind == HistoryTokenIn {
					cp = ev.From
				}
				items = append(items, HistoryItem{Kind: dir.kind, Block: l.BlockNumber, Tx: l.TxHash, Amount: ev.Value, Counterparty: cp})
			}
		}
	}
	if community != (common.Address{}) {
		ev := com.GetABI().Events
		for _, q := range []struct {
			topics [][]common.Hash
		}{
			{[][]common.Hash{{ev["DuesPaid"].ID}, {whoTopic}}},
			{[][]common.Hash{{ev["DuesPaid"].ID}, nil, {whoTopic}}},
			{[][]common.Hash{{ev["ClaimSubmitted"].ID}, nil, {whoTopic}}},
			{[][]common.Hash{{ev["ClaimPaid"].ID}, nil, {whoTopic}}},
		} {
			logs, err := query(community, q.topics)
			if err != nil {
				return nil, err
			}
			for _, l := range logs {
				it := HistoryItem{Block: l.BlockNumber, Tx: l.TxHash}
				if d, err := com.UnpackDuesPaidEvent(&l); err == nil {
					if d.Member == who {
						it.Kind, it.Amount, it.Counterparty = HistoryDues, d.Amount, d.Payer
					} else {
						it.Kind, it.Amount, it.Counterparty = HistoryCommunity, d.Amount, d.Member
					}
				} else if c, err := com.UnpackClaimSubmittedEvent(&l); err == nil {
					it.Kind, it.Amount, it.Note = HistoryClaim, c.Amount, "claim "+c.Id.String()
				} else if p, err := com.UnpackClaimPaidEvent(&l); err == nil {
					it.Kind, it.Amount, it.Note = HistoryPayout, p.Amount, "claim "+p.Id.String()
				} else {
					continue
				}
				items = append(items, it)
			}
		}
	}
	if j != nil {
		es, err := j.Entries(who)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			tx, err := e.VerifiedTx(who, nil) // nothing planted in the journal shows
			if err != nil || tx.Value().Sign() == 0 || e.State != StateMined {
				continue
			}
			to := common.Address{}
			if e.To != nil {
				to = *e.To
			}
			items = append(items, HistoryItem{Kind: HistorySent, Block: e.Block, Tx: e.Hash, Amount: tx.Value(), Counterparty: to, Note: "ETH"})
		}
	}
	// Dues paid for oneself show up under both queries: keep one.
	seen := map[string]bool{}
	uniq := items[:0]
	for _, it := range items {
		k := it.Tx.Hex() + it.Kind + it.Note
		if !seen[k] {
			seen[k] = true
			uniq = append(uniq, it)
		}
	}
	items = uniq
	times := map[uint64]time.Time{}
	for i := range items {
		t, ok := times[items[i].Block]
		if !ok {
			h, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(items[i].Block))
			if err != nil {
				return nil, err
			}
			t = time.Unix(int64(h.Time), 0)
			times[items[i].Block] = t
		}
		items[i].Time = t
	}
	sort.SliceStable(items, func(i, k int) bool { return items[i].Block < items[k].Block })
	return items, nil
}
