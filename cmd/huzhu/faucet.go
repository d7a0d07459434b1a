package main

import (
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/units"
)

type faucetOptions struct {
	ETH    string
	Tokens string
}

func newFaucetCmd(a *app) *cobra.Command {
	var o faucetOptions
	cmd := &cobra.Command{
		Use:   "faucet ADDR",
		Short: "Fund an address with ETH and dev KBC (huzhu dev chains only)",
		Args:  exactArgs(1, "one address or account name"),
		RunE:  func(cmd *cobra.Command, args []string) error { return runFaucet(cmd, a, o, args[0]) },
	}
	cmd.Flags().StringVar(&o.ETH, "eth", "10", "ETH to send, for gas")
	cmd.Flags().StringVar(&o.Tokens, "tokens", "1000", "dev KBC to mint")
	return cmd
}

func runFaucet(cmd *cobra.Command, a *app, o faucetOptions, who string) error {
	ctx := cmd.Context()
	to, err := a.resolveAddress(who)
	if err != nil {
		return err
	}
	wei, err := units.ParseAmount(o.ETH, 18)
	if err != nil {
		return usageErrorf("--eth: %v", err)
	}
	c, err := a.chain(ctx)
	if err != nil {
		return err
	}
	tok, err := community.ReadToken(ctx, c, chain.DevToken)
	if err != nil {
		// Not a huzhu dev chain: say so rather than "no token".
		if _, derr := chain.DevInfoOf(ctx, c.RPC); derr != nil {
			return derr
		}
		return err
	}
	raw, err := tok.Parse(o.Tokens)
	if err != nil {
		return usageErrorf("--tokens: %v", err)
	}
	a.io.StartProgress("Funding " + to.Hex() + "…")
	hashes, err := chain.Faucet(ctx, c.RPC, to, wei, raw)
	a.io.StopProgress("")
	if err != nil {
		return err
	}
	if a.g.JSON {
		txs := make([]string, len(hashes))
		for i, h := range hashes {
			txs[i] = h.Hex()
		}
		return a.writeJSON(map[string]any{
			"address": addrJSON(to), "eth": ethJSON(wei), "tokens": amountJSON(tok, raw), "transactions": txs,
		})
	}
	a.say("Funded %s", to.Hex())
	a.writeKV("", []kv{
		{"ETH", units.FormatAmount(wei, 18)},
		{tok.Symbol, tok.Format(raw)},
	})
	return nil
}
