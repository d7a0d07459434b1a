package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gofrs/flock"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Conn is an open connection to a chain.
type Conn struct {
	*ethclient.Client
	RPC      *rpc.Client
	ID       *big.Int // chain id, read once at connect
	Endpoint string
	// Node is the embedded chain when this process runs it, else nil.
	Node *DevNode

	dataDir string
	users   *flock.Flock // held shared while connected to the embedded chain
}

// Close closes the connection. It never stops a chain other processes
// use: an embedded chain this process runs is stopped once they are done
// (waiting at most 30 s for them).
func (c *Conn) Close() error {
	c.Client.Close()
	if c.users != nil {
		c.users.Unlock()
		c.users = nil
	}
	if c.Node != nil {
		return c.Node.closeShared(c.dataDir)
	}
	return nil
}

// OpenOptions says where the chain is.
type OpenOptions struct {
	// RPC is a JSON-RPC URL (http, https, ws, wss or an IPC path). Empty
	// means huzhu's embedded chain in DataDir.
	RPC     string
	DataDir string
	// ServerArgv, when set, is the command line of a process that serves
	// the embedded chain (huzhu node --background): when nothing serves
	// it, Open starts that detached from this process and goes through
	// it. Empty: Open runs the chain in this process until Close, serving
	// it to others meanwhile (tests, library callers).
	ServerArgv []string
	// StartTimeout bounds the wait for the embedded chain to come up;
	// zero means DefaultStartTimeout.
	StartTimeout time.Duration
	// Logger receives an in-process node's log; nil discards it.
	Logger log.Logger
}

// dialTimeout bounds the first call to an endpoint.
const dialTimeout = 10 * time.Second

// Open connects to opts.RPC or, without one, to the embedded chain of
// opts.DataDir: through the process that serves it when there is one,
// else by starting it (see OpenOptions.ServerArgv) with exactly one of
// the processes that ask at once doing so while the others wait. Any
// number of processes may open the same data dir at once. When the chain
// does not come up in time the error is ErrUnreachable.
func Open(ctx context.Context, opts OpenOptions) (*Conn, error) {
	if opts.RPC != "" {
		return Dial(ctx, opts.RPC)
	}
	dir, err := filepath.Abs(opts.DataDir)
	if err != nil {
		return nil, err
	}
	opts.DataDir = dir
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	timeout := opts.StartTimeout
	if timeout <= 0 {
		timeout = DefaultStartTimeout
	}
	sctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var last error
	for {
		if c, err := useServer(sctx, dir); err == nil {
			return c, nil
		} else if !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
			last = err
		}
		c, err := startOrWait(sctx, opts)
		if c != nil {
			return c, nil
		}
		if err != nil && !errors.Is(err, errRetry) && sctx.Err() == nil {
			return nil, err
		}
		if err != nil && !errors.Is(err, errRetry) {
			last = err
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if sctx.Err() != nil {
			var ue *UnreachableError
			if errors.As(last, &ue) {
				last = ue.Err
			}
			why := i18n.SayErr(last, "it did not come up within %s", timeout)
			if last != nil {
				why = i18n.SayErr(last, "it did not come up within %s (last: %v)", timeout, last)
			}
			return nil, &UnreachableError{Endpoint: dir, Err: why, Embedded: true,
				Hint: i18n.Say("see %s", NodeLogPath(dir))}
		}
		select {
		case <-sctx.Done():
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// errRetry: the chain is starting or stopping in a process outside the
// start lock; look again.
var errRetry = errors.New("the embedded chain is starting or stopping elsewhere")

// startOrWait takes the start lock and, if nothing serves the chain yet,
// starts it: in this process, or as a server process it then waits for.
func startOrWait(ctx context.Context, opts OpenOptions) (*Conn, error) {
	dir := opts.DataDir
	unlock, err := LockForStart(ctx, dir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	// Someone may have brought it up while this process waited.
	if c, err := useServer(ctx, dir); err == nil {
		return c, nil
	}
	if len(opts.ServerArgv) == 0 {
		n, err := StartDevNode(DevConfig{DataDir: dir, Logger: opts.Logger})
		if errors.Is(err, node.ErrDatadirUsed) {
			return nil, errRetry
		}
		if err != nil {
			return nil, &UnreachableError{Endpoint: dir, Err: err, Embedded: true,
				Hint: i18n.Say("if the chain data is damaged, move %s away", filepath.Join(dir, "chain"))}
		}
		users := newLock(usersLockPath(dir))
		if err := users.RLock(); err != nil {
			n.Close()
			return nil, err
		}
		c, err := attach(ctx, n)
		if err != nil {
			users.Unlock()
			n.Close()
			return nil, err
		}
		c.dataDir, c.users = dir, users
		return c, nil
	}
	exited, err := spawnServer(dir, opts.ServerArgv)
	if err != nil {
		return nil, err
	}
	poll := time.NewTicker(25 * time.Millisecond)
	defer poll.Stop()
	for {
		if c, err := useServer(ctx, dir); err == nil {
			return c, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case err := <-exited:
			// Exit 0: another process served the chain already (it was
			// starting outside the start lock); it will answer soon.
			if err != nil {
				return nil, startFailed(dir, err)
			}
			exited = nil
		case <-poll.C:
		}
	}
}

func attach(ctx context.Context, n *DevNode) (*Conn, error) {
	r := n.RPC()
	c := &Conn{Client: ethclient.NewClient(r), RPC: r, Endpoint: "embedded:" + n.IPCEndpoint(), Node: n}
	id, err := c.Client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	c.ID = id
	return c, nil
}

// Dial connects to a JSON-RPC endpoint and checks that it answers.
func Dial(ctx context.Context, endpoint string) (*Conn, error) {
	dctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	r, err := rpc.DialContext(dctx, endpoint)
	if err != nil {
		return nil, &UnreachableError{Endpoint: endpoint, Err: err}
	}
	c := ethclient.NewClient(r)
	id, err := c.ChainID(dctx)
	if err != nil {
		c.Close()
		if isNetworkError(err) || dctx.Err() != nil {
			return nil, &UnreachableError{Endpoint: endpoint, Err: err}
		}
		return nil, fmt.Errorf("%s does not answer as an Ethereum JSON-RPC endpoint: %w", endpoint, err)
	}
	// A huzhu dev node serves HTTP a moment before its dev token exists:
	// wait for it to be ready, as Open does.
	if id.Uint64() == DevChainID {
		for {
			info, err := DevInfoOf(dctx, r)
			if err != nil || info.Ready {
				break
			}
			select {
			case <-dctx.Done():
				c.Close()
				return nil, &UnreachableError{Endpoint: endpoint, Err: errNotReady}
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
	return &Conn{Client: c, RPC: r, ID: id, Endpoint: endpoint}, nil
}
