package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/chain"
)

type nodeOptions struct {
	HTTP       string
	Verbose    bool
	Background bool
	Idle       time.Duration
}

func newNodeCmd(a *app) *cobra.Command {
	var o nodeOptions
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Serve the embedded chain over JSON-RPC (HTTP and IPC)",
		Long: `Serve huzhu's embedded chain (a go-ethereum dev-mode node, chain id 1337, kept in the
data dir) so that other terminals and tools — ethers, viem, geth attach, MetaMask — use the
same chain. While it runs, other huzhu commands on this data dir go through it.

Without huzhu node, the first command that needs the chain starts a background server of
it (huzhu node --background, logging to DATA_DIR/node.log) that every huzhu process on the
data dir shares, and that stops after 10 idle minutes (HUZHU_NODE_IDLE). huzhu node takes
over from that server once the commands using it have finished; huzhu node stop stops it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runNode(cmd, a, o) },
	}
	cmd.Flags().StringVar(&o.HTTP, "http", "127.0.0.1:8545", "HTTP JSON-RPC address (empty: IPC only)")
	cmd.Flags().BoolVarP(&o.Verbose, "verbose", "v", false, "log every block and request")
	cmd.Flags().BoolVar(&o.Background, "background", false, "serve as the background server huzhu commands start (IPC only)")
	cmd.Flags().DurationVar(&o.Idle, "idle", chain.DefaultIdle, "with --background: stop after this long with no huzhu process using the chain")
	cmd.Flags().MarkHidden("background")
	cmd.Flags().MarkHidden("idle")
	cmd.AddCommand(&cobra.Command{
		Use:   "stop",
		Short: "Stop the background server of the embedded chain",
		Long: `Stop the background server of this data dir's embedded chain, after the huzhu commands
using it have finished (at most 30 s). A huzhu node in the foreground is stopped with Ctrl-C
where it runs.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runNodeStop(cmd.Context(), a) },
	})
	return cmd
}

func runNode(cmd *cobra.Command, a *app, o nodeOptions) error {
	if a.g.RPC != "" {
		return usageErrorf("huzhu node serves the embedded chain; drop --rpc (HUZHU_RPC)")
	}
	if o.Background {
		return runBackgroundNode(cmd.Context(), a, o)
	}
	ctx := cmd.Context()
	level := log.LevelError
	if o.Verbose {
		level = slog.LevelInfo
	}
	logger := log.NewLogger(log.NewTerminalHandlerWithLevel(a.io.ErrOut, level, a.io.IsStderrTTY()))
	n, err := startForeground(ctx, a, chain.DevConfig{DataDir: a.g.DataDir, HTTPAddr: o.HTTP, Logger: logger})
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
	<-ctx.Done()
	a.note("Stopping…")
	return nil
}

// startForeground starts the chain for huzhu node, holding the start lock
// so that no command starts a server meanwhile, and taking over from a
// background server if one runs.
func startForeground(ctx context.Context, a *app, cfg chain.DevConfig) (*chain.DevNode, error) {
	lctx, cancel := context.WithTimeout(ctx, chain.DefaultStartTimeout)
	defer cancel()
	unlock, err := chain.LockForStart(lctx, a.g.DataDir)
	if err != nil {
		return nil, fmt.Errorf("another huzhu process keeps starting the embedded chain of %s: %w", a.g.DataDir, err)
	}
	defer unlock()
	asked := false
	for {
		n, err := chain.StartDevNode(cfg)
		if err == nil {
			return n, nil
		}
		if isAddrInUse(err) {
			return nil, usageErrorf("cannot serve HTTP on %s: the port is in use (another huzhu node, geth, Hardhat or Anvil?); pick a free one with --http 127.0.0.1:PORT, or --http '' for IPC only", cfg.HTTPAddr)
		}
		if !errors.Is(err, node.ErrDatadirUsed) {
			return nil, err
		}
		// Some process serves the chain already.
		if !asked {
			info, ierr := serverInfo(lctx, a.g.DataDir)
			switch {
			case ierr == nil && info.Background:
				a.note("Taking over the embedded chain from its background server (pid %d), once the commands using it finish…", info.Pid)
				if err := stopPid(info.Pid); err != nil {
					return nil, err
				}
				asked = true
			case ierr == nil:
				return nil, fmt.Errorf("another huzhu process (pid %d) already serves the embedded chain of %s at %s; use it (it is what huzhu commands use too), or stop it first", info.Pid, a.g.DataDir, chain.IPCPath(a.g.DataDir))
			}
			// Not answering yet: it is starting or stopping; look again.
		}
		select {
		case <-lctx.Done():
			return nil, fmt.Errorf("the embedded chain of %s is still served by another process after %s; stop it and try again", a.g.DataDir, chain.DefaultStartTimeout)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func isAddrInUse(err error) bool {
	return errors.Is(err, syscall.EADDRINUSE) || strings.Contains(err.Error(), "address already in use")
}

// serverInfo asks the process serving dataDir's chain who it is.
func serverInfo(ctx context.Context, dataDir string) (*chain.DevInfo, error) {
	c, err := chain.Dial(ctx, chain.IPCPath(dataDir))
	if err != nil {
		return nil, err
	}
	defer c.Close()
	return chain.DevInfoOf(ctx, c.RPC)
}

func stopPid(pid int) error {
	p, err := os.FindProcess(pid)
	if err == nil {
		err = p.Signal(syscall.SIGTERM)
	}
	if err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("ask the background server (pid %d) to stop: %w", pid, err)
	}
	return nil
}

// runBackgroundNode is the server commands start (see chain.Open): IPC
// only, logging to its stderr (DATA_DIR/node.log), until idle.
func runBackgroundNode(ctx context.Context, a *app, o nodeOptions) error {
	level := log.LevelWarn
	if o.Verbose {
		level = slog.LevelInfo
	}
	logger := log.NewLogger(log.NewTerminalHandlerWithLevel(a.io.ErrOut, level, false))
	n, err := chain.StartDevNode(chain.DevConfig{DataDir: a.g.DataDir, Logger: logger, Background: true})
	if errors.Is(err, node.ErrDatadirUsed) {
		// Another process serves it already; those who started this one
		// use that one.
		logger.Info("the embedded chain is served by another process already")
		return nil
	}
	if err != nil {
		return err
	}
	logger.Warn("serving the embedded chain in the background", "pid", os.Getpid(), "ipc", n.IPCEndpoint(), "idle", o.Idle)
	err = n.ServeUntilIdle(ctx, a.g.DataDir, o.Idle)
	logger.Warn("stopped", "pid", os.Getpid(), "err", err)
	return err
}

// runNodeStop stops the background server of the data dir.
func runNodeStop(ctx context.Context, a *app) error {
	if a.g.RPC != "" {
		return usageErrorf("huzhu node stop stops the embedded chain's server; drop --rpc (HUZHU_RPC)")
	}
	info, err := serverInfo(ctx, a.g.DataDir)
	if err != nil {
		if a.g.JSON {
			return a.writeJSON(map[string]any{"stopped": false})
		}
		a.say("Nothing serves the embedded chain of %s.", a.g.DataDir)
		return nil
	}
	if !info.Background {
		return fmt.Errorf("the embedded chain of %s is served by huzhu node in the foreground (pid %d), not in the background; stop it with Ctrl-C where it runs", a.g.DataDir, info.Pid)
	}
	if err := stopPid(info.Pid); err != nil {
		return err
	}
	// Gone once its IPC socket no longer answers.
	deadline := time.Now().Add(45 * time.Second)
	for time.Now().Before(deadline) {
		conn, err := net.DialTimeout("unix", chain.IPCPath(a.g.DataDir), time.Second)
		if err != nil {
			if a.g.JSON {
				return a.writeJSON(map[string]any{"stopped": true, "pid": info.Pid})
			}
			a.say("Stopped the background server of the embedded chain (pid %d).", info.Pid)
			return nil
		}
		conn.Close()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return fmt.Errorf("the background server (pid %d) is still running after 45 s; it waits for the commands using it", info.Pid)
}
