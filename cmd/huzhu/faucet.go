package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/units"
)

type faucetOptions struct {
	To     string // an address or account name
	ETH    string
	Tokens string
}

// faucetResult is an address funded on a dev chain.
type faucetResult struct {
	Address      string     `json:"address"`
	ETH          jsonAmount `json:"eth"`
	Tokens       jsonAmount `json:"tokens"`
	Transactions []string   `json:"transactions"`
}

func newFaucetCmd(a *app) *cobra.Command {
	var o faucetOptions
	cmd := &cobra.Command{
		Use:   "faucet ADDR",
		Short: "Fund an address with ETH and dev KBC (huzhu dev chains only)",
		Args:  exactArgs(1, "one address or account name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.To = args[0]
			r, err := a.runFaucet(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Funded %s", r.Address)
			a.writeKV("", []kv{
				{"ETH", r.ETH.Value},
				{r.Tokens.Symbol, r.Tokens.Value},
			})
			return nil
		},
	}
	cmd.Flags().StringVar(&o.ETH, "eth", "10", "ETH to send, for gas")
	cmd.Flags().StringVar(&o.Tokens, "tokens", "1000", "dev KBC to mint")
	return cmd
}

// runFaucet sends ETH from the dev chain's faucet and mints dev KBC.
func (a *app) runFaucet(ctx context.Context, o faucetOptions) (*faucetResult, error) {
	to, err := a.resolveAddress(o.To)
	if err != nil {
		return nil, err
	}
	wei, err := units.ParseAmount(o.ETH, 18)
	if err != nil {
		return nil, usageErrorf("--eth: %v", err)
	}
	c, err := a.chain(ctx)
	if err != nil {
		return nil, err
	}
	tok, err := community.ReadToken(ctx, c, chain.DevToken)
	if err != nil {
		// Not a huzhu dev chain: say so rather than "no token".
		if _, derr := chain.DevInfoOf(ctx, c.RPC); derr != nil {
			return nil, derr
		}
		return nil, err
	}
	raw, err := tok.Parse(o.Tokens)
	if err != nil {
		return nil, usageErrorf("--tokens: %v", err)
	}
	a.io.StartProgress("Funding " + to.Hex() + "…")
	hashes, err := chain.Faucet(ctx, c.RPC, to, wei, raw)
	a.io.StopProgress("")
	if err != nil {
		return nil, err
	}
	txs := make([]string, len(hashes))
	for i, h := range hashes {
		txs[i] = h.Hex()
	}
	return &faucetResult{Address: addrJSON(to), ETH: ethJSON(wei), Tokens: amountJSON(tok, raw), Transactions: txs}, nil
}
