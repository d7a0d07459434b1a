package session

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/wallet"
)

// History is an account's history (wallet.History) with its dues, claims
// and payouts in com (nil: none) read from the community's decoded events,
// the same ones its ledger, statistics and audit read.
func History(ctx context.Context, b chain.Backend, j *wallet.Journal, who, token common.Address, com *community.Community, fromBlock uint64) ([]wallet.HistoryItem, error) {
	var comAddr common.Address
	var items []wallet.HistoryItem
	if com != nil {
		comAddr = com.Address
		evs, err := com.Events(ctx, nil)
		if err != nil {
			return nil, err
		}
		items = CommunityHistory(evs, who, fromBlock)
	}
	return wallet.History(ctx, b, j, who, token, comAddr, items, fromBlock)
}

// CommunityHistory picks who's movements from a community's events: dues
// paid for who (by anyone) or by who for someone else, claims who filed and
// payouts to who.
func CommunityHistory(evs []community.Event, who common.Address, fromBlock uint64) []wallet.HistoryItem {
	var items []wallet.HistoryItem
	for _, ev := range evs {
		if ev.Log.BlockNumber < fromBlock {
			continue
		}
		it := wallet.HistoryItem{Block: ev.Log.BlockNumber, Time: ev.Time, Tx: ev.Log.TxHash}
		switch v := ev.Value.(type) {
		case *contracts.CommunityDuesPaid:
			switch {
			case v.Member == who:
				it.Kind, it.Amount, it.Counterparty = wallet.HistoryDues, v.Amount, v.Payer
			case v.Payer == who:
				it.Kind, it.Amount, it.Counterparty = wallet.HistoryCommunity, v.Amount, v.Member
			default:
				continue
			}
		case *contracts.ClaimsClaimSubmitted:
			if v.Member != who {
				continue
			}
			it.Kind, it.Amount, it.Note = wallet.HistoryClaim, v.Amount, "claim "+v.Id.String()
		case *contracts.CommunityClaimPaid:
			if v.Member != who {
				continue
			}
			it.Kind, it.Amount, it.Note = wallet.HistoryPayout, v.Amount, "claim "+v.Id.String()
		case *contracts.CommunityOwedWithdrawn:
			if v.Member != who {
				continue
			}
			it.Kind, it.Amount, it.Note, it.Counterparty = wallet.HistoryPayout, v.Amount, "owed payout withdrawn", v.To
		default:
			continue
		}
		items = append(items, it)
	}
	return items
}
