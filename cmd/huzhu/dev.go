package main

import (
	"context"
	"time"

	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/units"
)

type devWarpOptions struct {
	By time.Duration
}

// devWarpResult is where a warp left the chain's clock.
type devWarpResult struct {
	ChainTime       string `json:"chain_time"`
	AdvancedSeconds int64  `json:"advanced_seconds"`
	chainTime       time.Time
}

// runDevWarp moves a huzhu dev chain's clock forward.
func (a *app) runDevWarp(ctx context.Context, o devWarpOptions) (*devWarpResult, error) {
	c, err := a.chain(ctx)
	if err != nil {
		return nil, err
	}
	t, err := chain.Warp(ctx, c.RPC, o.By)
	if err != nil {
		return nil, err
	}
	return &devWarpResult{ChainTime: timeJSON(t), AdvancedSeconds: int64(o.By.Seconds()), chainTime: t}, nil
}

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
			r, err := a.runDevWarp(cmd.Context(), devWarpOptions{By: d})
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Chain clock moved forward %s to %s", units.FormatDuration(d), community.FormatTime(r.chainTime))
			return nil
		},
	}
	return group("dev", "Dev-chain tools: move the clock", warp)
}
