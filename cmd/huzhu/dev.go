package main

import (
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/units"
)

func newDevCmd(a *app) *cobra.Command {
	warp := &cobra.Command{
		Use:   "warp DURATION",
		Short: "Move the chain clock forward, e.g. 90d, 12h, 30m (huzhu dev chains only)",
		Long: `Move the embedded chain's clock forward by sealing an empty block that much later,
to try waiting periods, review windows and terms without waiting. Blocks keep their
timestamps, so the jump survives restarts.`,
		Args: exactArgs(1, "one duration such as 90d, 12h or 30m"),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := units.ParseDuration(args[0])
			if err != nil {
				return usageErrorf("%v", err)
			}
			c, err := a.chain(cmd.Context())
			if err != nil {
				return err
			}
			t, err := chain.Warp(cmd.Context(), c.RPC, d)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(map[string]any{"chain_time": timeJSON(t), "advanced_seconds": int64(d.Seconds())})
			}
			a.say("Chain clock moved forward %s to %s", units.FormatDuration(d), community.FormatTime(t))
			return nil
		},
	}
	return group("dev", "Dev-chain tools: move the clock", warp)
}
