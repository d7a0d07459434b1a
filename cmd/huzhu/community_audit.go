package main

import (
	"context"
	"strconv"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/session"
)

// execute is every transaction's one path in the CLI: the session prices
// the plan and checks the account can pay; the person confirms (or --yes);
// the session journals, sends, follows and explains.
func (a *app) execute(ctx context.Context, plan session.Plan, question string) (*types.Receipt, error) {
	snd, _, err := a.sender(ctx)
	if err != nil {
		return nil, err
	}
	return a.executeWith(ctx, snd, plan, question)
}

type auditJSON struct {
	Pass        bool       `json:"pass"`
	Community   string     `json:"community"`
	Block       uint64     `json:"block"`
	Balance     jsonAmount `json:"balance"`
	FromEvents  jsonAmount `json:"from_events"`
	Dues        jsonAmount `json:"dues"`
	Donations   jsonAmount `json:"donations"`
	Paid        jsonAmount `json:"paid"`
	Synced      jsonAmount `json:"synced_surplus"`
	Discrepancy string     `json:"discrepancy,omitempty"`
}

func newCommunityAuditCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "audit",
		Short: "Recompute the pool from the community's events alone and compare it with its token balance",
		Long: `Recompute the pool from the community contract's events alone (dues, donations,
payouts, sync snapshots) and compare it with the token balance the contract holds, both
at the latest block. Prints PASS, or the first discrepancy and exits 3.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			com, err := a.community(ctx)
			if err != nil {
				return err
			}
			au, err := com.Audit(ctx)
			if err != nil {
				return err
			}
			tok := com.Token
			if a.g.JSON {
				if err := a.writeJSON(auditJSON{
					Pass: au.Pass(), Community: com.Address.Hex(), Block: au.Block,
					Balance: amountJSON(tok, au.Balance), FromEvents: amountJSON(tok, au.Pool.Balance),
					Dues: amountJSON(tok, au.Pool.Dues), Donations: amountJSON(tok, au.Pool.Donations),
					Paid: amountJSON(tok, au.Pool.Paid), Synced: amountJSON(tok, au.Pool.Unexplained),
					Discrepancy: au.Discrepancy,
				}); err != nil {
					return err
				}
			} else {
				a.writeKV("", []kv{
					{"Block", strconv.FormatUint(au.Block, 10)},
					{"Balance", tok.Format(au.Balance) + " " + tok.Symbol},
					{"From events", tok.Format(au.Pool.Balance) + " " + tok.Symbol},
					{"Dues", tok.Format(au.Pool.Dues) + " " + tok.Symbol},
					{"Donations", tok.Format(au.Pool.Donations) + " " + tok.Symbol},
					{"Paid out", tok.Format(au.Pool.Paid) + " " + tok.Symbol},
					{"Synced surplus", tok.Format(au.Pool.Unexplained) + " " + tok.Symbol},
				})
			}
			if !au.Pass() {
				return &session.Error{Kind: session.KindRefused, Text: i18n.Say("FAIL: %s", au.DiscrepancyText)}
			}
			a.say("PASS: every %s in the pool is explained by the community's events", tok.Symbol)
			return nil
		},
	}
}

// communitySyncResult is a sync() sent.
type communitySyncResult struct {
	Community string `json:"community"`
	Tx        string `json:"tx"`
	Block     uint64 `json:"block"`
}

func newCommunitySyncCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "sync",
		Short: "State the pool's balance on chain, explaining tokens sent to it by plain transfer",
		Long: `Call the community's sync(): it emits the pool's token balance, so that tokens sent
to the contract by a plain transfer (not dues, not a donation) are explained by an event
and the audit passes again. Anyone may call it; it moves no tokens.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runCommunitySync(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Synced in block %d: %s", r.Block, r.Tx)
			return nil
		},
	}
}

func (a *app) runCommunitySync(ctx context.Context) (*communitySyncResult, error) {
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	step := com.PlanSync()
	plan := session.Plan{To: &step.To, Data: step.Data,
		What: a.p.Sprintf("This states the pool's balance on chain (sync); it moves no tokens.")}
	r, err := a.execute(ctx, plan, "Send it?")
	if err != nil {
		return nil, err
	}
	return &communitySyncResult{Community: com.Address.Hex(), Tx: r.TxHash.Hex(), Block: r.BlockNumber.Uint64()}, nil
}
