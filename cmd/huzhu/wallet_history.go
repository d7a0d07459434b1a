package main

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

type walletHistoryOptions struct {
	// Name is the account's name; empty: --account.
	Name      string
	FromBlock uint64
}

// historyItemResult is one line of an account's history.
type historyItemResult struct {
	Kind   string     `json:"kind"`
	Block  uint64     `json:"block"`
	Time   string     `json:"time"`
	Tx     string     `json:"tx"`
	Amount jsonAmount `json:"amount"`
	Note   string     `json:"note"`
	// Counterparty is empty (and absent) for mints and the faucet.
	Counterparty string `json:"counterparty,omitempty"`
	item         wallet.HistoryItem
	amountText   string // the amount with its unit, in words
}

func newWalletHistoryCmd(a *app) *cobra.Command {
	var o walletHistoryOptions
	cmd := &cobra.Command{
		Use:   "history [NAME]",
		Short: "Transfers, dues, claims and payouts of an account, from chain logs",
		Long: `Transfers, dues, claims and payouts of an account, read from chain logs, oldest first.
Dues and payouts show once, as the community's event (not also as a token transfer);
tokens created by the dev faucet show as "mint".

ETH leaves no log: ETH sent shows from huzhu's journal; ETH received shows from the
latest 1024 blocks (read whole) and from the journals of this data dir's other accounts.
Older ETH received from elsewhere, and ETH paid by contracts, do not show: a standard
node keeps no index of transfers by recipient.

At a terminal the list has a header; piped, it is tab-separated with no header:
time, kind, amount, counterparty (or "mint"), note.`,
		Args: maxArgs(1, "at most one account name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.Name = args[0]
			}
			items, err := a.runWalletHistory(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(items)
			}
			if len(items) == 0 {
				a.say("No history yet.")
				return nil
			}
			if a.io.IsStdoutTTY() {
				a.row(a.p.T("Time"), a.p.T("Kind"), a.p.T("Amount"), a.p.T("Counterparty"), a.p.T("Note"))
			}
			for _, it := range items {
				cp := it.Counterparty
				if cp == "" && it.Note == wallet.NoteMint {
					cp = wallet.NoteMint
				}
				a.row(community.FormatTime(it.item.Time), it.Kind, it.amountText, cp, it.Note)
			}
			return nil
		},
	}
	cmd.Flags().Uint64Var(&o.FromBlock, "from-block", 0, "first block to search")
	return cmd
}

// runWalletHistory reads the account's history, oldest first (never nil).
func (a *app) runWalletHistory(ctx context.Context, o walletHistoryOptions) ([]historyItemResult, error) {
	acct, c, err := a.accountOnChain(ctx, nameArgs(o.Name))
	if err != nil {
		return nil, err
	}
	tok, com, ok, err := a.token(ctx)
	if err != nil {
		return nil, err
	}
	var tokenAddr common.Address
	if ok {
		tokenAddr = tok.Address
	}
	items, err := session.History(ctx, c, wallet.NewJournal(a.g.DataDir), acct.Address, tokenAddr, com, o.FromBlock)
	if err != nil {
		return nil, err
	}
	out := []historyItemResult{}
	for _, it := range items {
		r := historyItemResult{Kind: it.Kind, Block: it.Block, Time: timeJSON(it.Time), Tx: it.Tx.Hex(), Note: it.Note, item: it}
		if it.Kind == wallet.HistorySent || it.Kind == wallet.HistoryETHIn {
			r.Amount, r.amountText = ethJSON(it.Amount), units.FormatAmount(it.Amount, 18)+" ETH"
		} else {
			r.Amount, r.amountText = amountJSON(tok, it.Amount), tok.Format(it.Amount)+" "+tok.Symbol
		}
		if it.Counterparty != (common.Address{}) {
			r.Counterparty = it.Counterparty.Hex()
		}
		out = append(out, r)
	}
	return out, nil
}
