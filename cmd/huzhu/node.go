package main

import (
	"context"
	"errors"
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
	HTTP       string // empty: IPC only
	Verbose    bool
	Background bool // serve as the background server commands start
	Idle       time.Duration
}

// nodeResult is where the embedded chain is served.
type nodeResult struct {
	ChainID int    `json:"chain_id"`
	IPC     string `json:"ipc"`
	HTTP    string `json:"http"` // empty: IPC only
	Faucet  string `json:"faucet"`
	Token   string `json:"token"`
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
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if o.Background {
				return a.runNodeBackground(ctx, o)
			}
			r, n, err := a.runNode(ctx, o)
			if err != nil {
				return err
			}
			defer n.Close()
			if a.g.JSON {
				a.writeJSON(r)
			} else {
				a.say("Serving the embedded chain (chain id %d)", r.ChainID)
				rows := []kv{{"IPC", r.IPC}}
				if r.HTTP != "" {
					rows = append(rows, kv{"HTTP", r.HTTP})
				}
				rows = append(rows, kv{"Token", r.Token + " (KBC)"})
				a.writeKV("", rows)
				a.say("Press Ctrl-C to stop.")
			}
			<-ctx.Done()
			a.note("Stopping…")
			return nil
		},
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
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runNodeStop(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			if !r.Stopped {
				a.say("Nothing serves the embedded chain of %s.", a.g.DataDir)
				return nil
			}
			a.say("Stopped the background server of the embedded chain (pid %d).", r.Pid)
			return nil
		},
	})
	return cmd
}

// checkEmbedded refuses --rpc to huzhu node, which serves the embedded chain.
func (a *app) checkEmbedded() error {
	if a.g.RPC != "" {
		return usageErrorf("huzhu node serves the embedded chain; drop --rpc (HUZHU_RPC)")
	}
	return nil
}

// runNode starts serving the embedded chain in the foreground; the caller
// closes the node.
func (a *app) runNode(ctx context.Context, o nodeOptions) (*nodeResult, *chain.DevNode, error) {
	if err := a.checkEmbedded(); err != nil {
		return nil, nil, err
	}
	level := log.LevelError
	if o.Verbose {
		level = slog.LevelInfo
	}
	logger := log.NewLogger(log.NewTerminalHandlerWithLevel(a.io.ErrOut, level, a.io.IsStderrTTY()))
	n, err := startForeground(ctx, a, chain.DevConfig{DataDir: a.g.DataDir, HTTPAddr: o.HTTP, Logger: logger})
	if err != nil {
		return nil, nil, err
	}
	return &nodeResult{
		ChainID: chain.DevChainID, IPC: n.IPCEndpoint(), HTTP: n.HTTPEndpoint(),
		Faucet: addrJSON(chain.DevFaucet), Token: addrJSON(chain.DevToken),
	}, n, nil
}

// startForeground starts the chain for huzhu node, holding the start lock
// so that no command starts a server meanwhile, and taking over from a
// background server if one runs.
func startForeground(ctx context.Context, a *app, cfg chain.DevConfig) (*chain.DevNode, error) {
	lctx, cancel := context.WithTimeout(ctx, chain.DefaultStartTimeout)
	defer cancel()
	unlock, err := chain.LockForStart(lctx, a.g.DataDir)
	if err != nil {
		return nil, errorf("another huzhu process keeps starting the embedded chain of %s: %w", a.g.DataDir, err)
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
				return nil, errorf("another huzhu process (pid %d) already serves the embedded chain of %s at %s; use it (it is what huzhu commands use too), or stop it first", info.Pid, a.g.DataDir, chain.IPCPath(a.g.DataDir))
			}
			// Not answering yet: it is starting or stopping; look again.
		}
		select {
		case <-lctx.Done():
			return nil, errorf("the embedded chain of %s is still served by another process after %s; stop it and try again", a.g.DataDir, chain.DefaultStartTimeout)
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
		return errorf("ask the background server (pid %d) to stop: %w", pid, err)
	}
	return nil
}

// runNodeBackground is the server commands start (see chain.Open): IPC
// only, logging to its stderr (DATA_DIR/node.log), until idle.
func (a *app) runNodeBackground(ctx context.Context, o nodeOptions) error {
	if err := a.checkEmbedded(); err != nil {
		return err
	}
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

// nodeStopResult says whether a background server was stopped.
type nodeStopResult struct {
	Stopped bool `json:"stopped"`
	Pid     int  `json:"pid,omitempty"` // of the server stopped
}

// runNodeStop stops the background server of the data dir.
func (a *app) runNodeStop(ctx context.Context) (*nodeStopResult, error) {
	if a.g.RPC != "" {
		return nil, usageErrorf("huzhu node stop stops the embedded chain's server; drop --rpc (HUZHU_RPC)")
	}
	info, err := serverInfo(ctx, a.g.DataDir)
	if err != nil {
		return &nodeStopResult{Stopped: false}, nil
	}
	if !info.Background {
		return nil, errorf("the embedded chain of %s is served by huzhu node in the foreground (pid %d), not in the background; stop it with Ctrl-C where it runs", a.g.DataDir, info.Pid)
	}
	if err := stopPid(info.Pid); err != nil {
		return nil, err
	}
	// Gone once its IPC socket no longer answers.
	deadline := time.Now().Add(45 * time.Second)
	for time.Now().Before(deadline) {
		conn, err := net.DialTimeout("unix", chain.IPCPath(a.g.DataDir), time.Second)
		if err != nil {
			return &nodeStopResult{Stopped: true, Pid: info.Pid}, nil
		}
		conn.Close()
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return nil, errorf("the background server (pid %d) is still running after 45 s; it waits for the commands using it", info.Pid)
}
