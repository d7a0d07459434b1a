package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

// Conn is an open connection to a chain.
type Conn struct {
	*ethclient.Client
	RPC      *rpc.Client
	ID       *big.Int // chain id, read once at connect
	Endpoint string
	// Node is the embedded chain when this process runs it, else nil.
	Node *DevNode
}

// Close closes the connection and stops an embedded chain this process runs.
func (c *Conn) Close() error {
	c.Client.Close()
	if c.Node != nil {
		return c.Node.Close()
	}
	return nil
}

// OpenOptions says where the chain is.
type OpenOptions struct {
	// RPC is a JSON-RPC URL (http, https, ws, wss or an IPC path). Empty
	// means huzhu's embedded chain in DataDir.
	RPC     string
	DataDir string
	// Logger receives an embedded node's log; nil discards it.
	Logger log.Logger
}

// dialTimeout bounds the first call to an endpoint.
const dialTimeout = 10 * time.Second

// Open connects to opts.RPC or, without one, to the embedded chain of
// opts.DataDir: through the process that serves it (huzhu node, or another
// huzhu command) when there is one, else by starting it in this process.
func Open(ctx context.Context, opts OpenOptions) (*Conn, error) {
	if opts.RPC != "" {
		return Dial(ctx, opts.RPC)
	}
	ipc := IPCPath(opts.DataDir)
	for attempt := 0; ; attempt++ {
		if _, err := os.Stat(ipc); err == nil {
			if c, err := Dial(ctx, ipc); err == nil {
				return c, nil
			}
		}
		n, err := StartDevNode(DevConfig{DataDir: opts.DataDir, Logger: opts.Logger})
		if err == nil {
			c, err := attach(ctx, n)
			if err != nil {
				n.Close()
				return nil, err
			}
			return c, nil
		}
		// Another process holds the chain but its socket is not up yet (it
		// is starting or stopping): wait for it a little.
		if !errors.Is(err, node.ErrDatadirUsed) || attempt >= 50 {
			return nil, fmt.Errorf("start the embedded chain in %s: %w", opts.DataDir, err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
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
	return &Conn{Client: c, RPC: r, ID: id, Endpoint: endpoint}, nil
}
