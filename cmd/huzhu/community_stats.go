package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
)

// community stats

type communityStatsOptions struct{}

type membersJSON struct {
	Ever   int `json:"ever"`
	Active int `json:"active"`
}

type periodDuesJSON struct {
	Index    int        `json:"index"`
	Start    string     `json:"start"`
	Payments int        `json:"payments"`
	Amount   jsonAmount `json:"amount"`
}

type claimCountsJSON struct {
	Filed    int `json:"filed"`
	Approved int `json:"approved"`
	Paid     int `json:"paid"`
	Queued   int `json:"queued"`
	Rejected int `json:"rejected"`
	Expired  int `json:"expired"`
	Open     int `json:"open"`
}

type notaryStatsJSON struct {
	Address       string  `json:"address"`
	Votes         int     `json:"votes"`
	Possible      int     `json:"possible"`
	Participation float64 `json:"participation"`
}

// communityStatsResult is `community stats --json`.
type communityStatsResult struct {
	Community             string            `json:"community"`
	Block                 uint64            `json:"block"`
	ChainTime             string            `json:"chain_time"`
	Members               membersJSON       `json:"members"`
	Pool                  jsonAmount        `json:"pool"`
	TokenBalance          jsonAmount        `json:"token_balance"`
	Dues                  jsonAmount        `json:"dues"`
	Donations             jsonAmount        `json:"donations"`
	Paid                  jsonAmount        `json:"paid"`
	DuesPerPeriod         []periodDuesJSON  `json:"dues_per_period"`
	Claims                claimCountsJSON   `json:"claims"`
	AveragePayout         jsonAmount        `json:"average_payout"`
	MemberPeriods         string            `json:"member_periods"`
	CostPerMemberPeriod   jsonAmount        `json:"cost_per_member_period"`
	LossRatio             float64           `json:"loss_ratio"`
	Notaries              []notaryStatsJSON `json:"notaries"`
	Decided               int               `json:"decided"`
	MedianDecisionSeconds int64             `json:"median_decision_seconds"`
}

func newCommunityStatsCmd(a *app) *cobra.Command {
	var o communityStatsOptions
	return &cobra.Command{
		Use:   "stats",
		Short: "Members, pool, dues, claims and notaries, rebuilt from the community's events",
		Long: `Statistics rebuilt from the community contract's events alone: active members (coverage
not ended at chain time) and members ever, the pool, dues per coverage period since
creation, claims filed, approved, paid, queued, rejected, expired and open (an open claim
past its review window counts as expired), total and average payout, cost per member per
period (paid out / periods of coverage bought), loss ratio (paid out / dues), notary
participation (votes cast / claims of their terms) and the median time to a decision.

Logs already read are kept in the data dir's cache, so a second run reads only new blocks.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runCommunityStats(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.writeStats(r)
			return nil
		},
	}
}

func (a *app) runCommunityStats(ctx context.Context, _ communityStatsOptions) (*communityStatsResult, error) {
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	s, err := com.Stats(ctx)
	if err != nil {
		return nil, err
	}
	tok := com.Token
	r := &communityStatsResult{
		Community: com.Address.Hex(), Block: s.Block, ChainTime: timeJSON(s.ChainTime),
		Members: membersJSON{Ever: s.MembersEver, Active: s.Active},
		Pool:    amountJSON(tok, s.Pool), TokenBalance: amountJSON(tok, s.TokenBalance),
		Dues: amountJSON(tok, s.Dues), Donations: amountJSON(tok, s.Donations), Paid: amountJSON(tok, s.Paid),
		DuesPerPeriod: []periodDuesJSON{},
		Claims: claimCountsJSON{
			Filed: s.Claims.Filed, Approved: s.Claims.Approved, Paid: s.Claims.Paid, Queued: s.Claims.Queued,
			Rejected: s.Claims.Rejected, Expired: s.Claims.Expired, Open: s.Claims.Open,
		},
		AveragePayout: amountJSON(tok, s.AveragePayout), MemberPeriods: s.MemberPeriods.String(),
		CostPerMemberPeriod: amountJSON(tok, s.CostPerMemberPeriod), LossRatio: s.LossRatio,
		Notaries: []notaryStatsJSON{}, Decided: s.Decided, MedianDecisionSeconds: int64(s.MedianDecision / time.Second),
	}
	for _, p := range s.DuesPerPeriod {
		r.DuesPerPeriod = append(r.DuesPerPeriod, periodDuesJSON{Index: p.Index, Start: timeJSON(p.Start), Payments: p.Payments, Amount: amountJSON(tok, p.Amount)})
	}
	for _, n := range s.Notaries {
		r.Notaries = append(r.Notaries, notaryStatsJSON{Address: n.Address.Hex(), Votes: n.Votes, Possible: n.Possible, Participation: n.Participation()})
	}
	return r, nil
}

func (a *app) writeStats(r *communityStatsResult) {
	amt := func(j jsonAmount) string { return j.Value + " " + j.Symbol }
	c := r.Claims
	rows := []kv{
		{"Community", r.Community},
		{"Block", strconv.FormatUint(r.Block, 10)},
		{"Chain time", r.ChainTime},
		{"Active members", strconv.Itoa(r.Members.Active)},
		{"Members ever", strconv.Itoa(r.Members.Ever)},
		{"Pool (from events)", amt(r.Pool)},
		{"Token balance", amt(r.TokenBalance)},
		{"Dues", amt(r.Dues)},
		{"Donations", amt(r.Donations)},
		{"Paid out", amt(r.Paid)},
		{"Claims filed", strconv.Itoa(c.Filed)},
		{"Claims approved", a.p.Sprintf("%d (%d paid, %d queued)", c.Approved, c.Paid, c.Queued)},
		{"Claims rejected", strconv.Itoa(c.Rejected)},
		{"Claims expired", strconv.Itoa(c.Expired)},
		{"Claims in review", strconv.Itoa(c.Open)},
		{"Average payout", amt(r.AveragePayout)},
		{"Member-periods bought", r.MemberPeriods},
		{"Cost per member-period", amt(r.CostPerMemberPeriod)},
		{"Loss ratio", strconv.FormatFloat(r.LossRatio, 'f', 3, 64)},
		{"Median decision time", (time.Duration(r.MedianDecisionSeconds) * time.Second).String() + a.p.Sprintf(" (%d decided)", r.Decided)},
	}
	for _, n := range r.Notaries {
		rows = append(rows, kv{"Notary " + n.Address, a.p.Sprintf("%d of %d votes (%.0f%%)", n.Votes, n.Possible, 100*n.Participation)})
	}
	for _, p := range r.DuesPerPeriod {
		rows = append(rows, kv{a.p.Sprintf("Dues, period %d", p.Index), a.p.Sprintf("%s from %s (%d payments)", amt(p.Amount), p.Start, p.Payments)})
	}
	a.writeKV("", rows)
}

// community ledger

type communityLedgerOptions struct {
	CSV bool
}

type ledgerEntryJSON struct {
	Kind     string     `json:"kind"`
	Block    uint64     `json:"block"`
	Time     string     `json:"time"`
	Tx       string     `json:"tx"`
	LogIndex uint       `json:"log_index"`
	Amount   jsonAmount `json:"amount"` // the pool's change: negative out
	Balance  jsonAmount `json:"balance"`
	Payer    string     `json:"payer,omitempty"`
	Member   string     `json:"member,omitempty"`
	Claim    string     `json:"claim,omitempty"`
}

// communityLedgerResult is `community ledger --json`.
type communityLedgerResult struct {
	Community string            `json:"community"`
	Entries   []ledgerEntryJSON `json:"entries"`
}

func newCommunityLedgerCmd(a *app) *cobra.Command {
	var o communityLedgerOptions
	cmd := &cobra.Command{
		Use:   "ledger [--csv]",
		Short: "Every movement of the pool, from the community's events",
		Long: `Every movement of the pool, oldest first, from the community contract's events: dues
(with who paid for which member), donations, claim payouts, and sync snapshots (the
amount a snapshot shows beyond what the events before it explain), each with block,
time, transaction, amount (negative when it leaves the pool) and the running balance.

--csv writes RFC 4180 CSV with a header row.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.CSV && a.g.JSON {
				return usageErrorf("--csv and --json: choose one")
			}
			r, err := a.runCommunityLedger(cmd.Context(), o)
			if err != nil {
				return err
			}
			switch {
			case a.g.JSON:
				return a.writeJSON(r)
			case o.CSV:
				return a.writeLedgerCSV(r)
			}
			if len(r.Entries) == 0 {
				a.say("The pool has no movements yet.")
				return nil
			}
			if a.io.IsStdoutTTY() {
				a.row(a.p.T("Time"), a.p.T("Kind"), a.p.T("Amount"), a.p.T("Balance"), a.p.T("Payer"), a.p.T("Member"), a.p.T("Claim"))
			}
			for _, e := range r.Entries {
				a.row(e.Time, e.Kind, e.Amount.Value+" "+e.Amount.Symbol, e.Balance.Value+" "+e.Balance.Symbol, e.Payer, e.Member, e.Claim)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&o.CSV, "csv", false, "write CSV (RFC 4180) with a header row")
	return cmd
}

func (a *app) runCommunityLedger(ctx context.Context, _ communityLedgerOptions) (*communityLedgerResult, error) {
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	l, err := com.Ledger(ctx)
	if err != nil {
		return nil, err
	}
	tok := com.Token
	addr := func(x common.Address) string {
		if x == (common.Address{}) {
			return ""
		}
		return x.Hex()
	}
	r := &communityLedgerResult{Community: com.Address.Hex(), Entries: []ledgerEntryJSON{}}
	for _, e := range l.Entries {
		j := ledgerEntryJSON{
			Kind: e.Kind, Block: e.Block, Time: timeJSON(e.Time), Tx: e.Tx.Hex(), LogIndex: e.LogIndex,
			Amount: amountJSON(tok, e.Amount), Balance: amountJSON(tok, e.Balance), Payer: addr(e.Payer), Member: addr(e.Member),
		}
		if e.Claim != nil {
			j.Claim = e.Claim.String()
		}
		r.Entries = append(r.Entries, j)
	}
	return r, nil
}

// ledgerCSVHeader is the ledger's CSV header row.
var ledgerCSVHeader = []string{"time", "block", "tx", "log_index", "kind", "amount", "amount_raw", "balance", "balance_raw", "symbol", "payer", "member", "claim"}

func (a *app) writeLedgerCSV(r *communityLedgerResult) error {
	w := csv.NewWriter(a.io.Out)
	w.UseCRLF = true // RFC 4180
	if err := w.Write(ledgerCSVHeader); err != nil {
		return err
	}
	for _, e := range r.Entries {
		if err := w.Write([]string{
			e.Time, strconv.FormatUint(e.Block, 10), e.Tx, fmt.Sprint(e.LogIndex), e.Kind,
			e.Amount.Value, e.Amount.Raw, e.Balance.Value, e.Balance.Raw, e.Amount.Symbol, e.Payer, e.Member, e.Claim,
		}); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}
