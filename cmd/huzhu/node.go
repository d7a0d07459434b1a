package main

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/chain"
)

type nodeOptions struct {
	HTTP    string
	Verbose bool
}

func newNodeCmd(a *app) *cobra.Command {
	var o nodeOptions
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Serve the embedded chain over JSON-RPC (HTTP and IPC)",
		Long: `Serve huzhu's embedded chain (a go-ethereum dev-mode node, chain id 1337, kept in the
data dir) so that other terminals and tools — ethers, viem, geth attach, MetaMask — use the
same chain. While it runs, other huzhu commands on this data dir go through it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runNode(cmd, a, o) },
	}
	cmd.Flags().StringVar(&o.HTTP, "http", "127.0.0.1:8545", "HTTP JSON-RPC address (empty: IPC only)")
	cmd.Flags().BoolVarP(&o.Verbose, "verbose", "v", false, "log every block and request")
	return cmd
}

func runNode(cmd *cobra.Command, a *app, o nodeOptions) error {
	if a.g.RPC != "" {
		return usageErrorf("huzhu node serves the embedded chain; drop --rpc (HUZHU_RPC)")
	}
	level := log.LevelError
	if o.Verbose {
		level = slog.LevelInfo
	}
	logger := log.NewLogger(log.NewTerminalHandlerWithLevel(a.io.ErrOut, level, a.io.IsStderrTTY()))
	n, err := chain.StartDevNode(chain.DevConfig{DataDir: a.g.DataDir, HTTPAddr: o.HTTP, Logger: logger})
	if errors.Is(err, node.ErrDatadirUsed) {
		return fmt.Errorf("another huzhu process already runs the embedded chain of %s (IPC at %s); use it, or stop it first", a.g.DataDir, chain.IPCPath(a.g.DataDir))
	}
	if err != nil {
		return err
	}
	defer n.Close()
	if a.g.JSON {
		a.writeJSON(map[string]any{
			"chain_id": chain.DevChainID, "ipc": n.IPCEndpoint(), "http": n.HTTPEndpoint(),
			"faucet": addrJSON(chain.DevFaucet), "token": addrJSON(chain.DevToken),
		})
	} else {
		a.say("Serving the embedded chain (chain id %d)", chain.DevChainID)
		rows := []kv{{"IPC", n.IPCEndpoint()}}
		if h := n.HTTPEndpoint(); h != "" {
			rows = append(rows, kv{"HTTP", h})
		}
		rows = append(rows, kv{"Token", chain.DevToken.Hex() + " (KBC)"})
		a.writeKV("", rows)
		a.say("Press Ctrl-C to stop.")
	}
	<-cmd.Context().Done()
	a.note("Stopping…")
	return nil
}
