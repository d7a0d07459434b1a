package chain

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// DevChainID is the chain id of huzhu's embedded chain (as geth --dev).
const DevChainID = 1337

// devGasLimit is the embedded chain's block gas limit.
const devGasLimit = 60_000_000

// DevFaucetKey is the key of the embedded chain's faucet, which holds the
// genesis ether and owns the dev KBC token. It is public on purpose (like
// Hardhat's well-known accounts): it guards nothing of value, since it
// exists only on a local dev chain. Never send anything to it elsewhere.
var DevFaucetKey = mustKey(crypto.Keccak256([]byte("huzhu dev faucet")))

func mustKey(b []byte) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(b)
	if err != nil {
		panic(err)
	}
	return k
}

// DevFaucet is the faucet's address; DevToken the dev KBC it deploys as
// its first transaction.
var (
	DevFaucet = crypto.PubkeyToAddress(DevFaucetKey.PublicKey)
	DevToken  = crypto.CreateAddress(DevFaucet, 0)
)

// DevConfig configures the embedded chain.
type DevConfig struct {
	// DataDir is huzhu's data dir; the chain lives in DataDir/chain.
	DataDir string
	// HTTPAddr, when set (host:port), serves JSON-RPC over HTTP too.
	HTTPAddr string
	// Logger receives the node's log; nil discards it.
	Logger log.Logger
	// Background marks the node a background server (huzhu node
	// --background), which `huzhu node` may ask to stop and take over.
	Background bool
}

// DevNode is huzhu's embedded chain: a real go-ethereum node in dev mode
// (node + eth + simulated beacon, as geth --dev), persisted on disk, that
// mines a block for every transaction and serves JSON-RPC over IPC (and
// HTTP on request), with the huzhu_ namespace of dev-only extras.
type DevNode struct {
	stack  *node.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon
	ipc    string
	// ipcListener serves IPC once the node is ready (nil before).
	ipcListener net.Listener
	faucet      *KeySender // one sender, so that its nonces stay in order
	background  bool
	ready       atomic.Bool

	automine atomic.Bool
	mineMu   sync.Mutex
	quit     chan struct{}
	loopDone chan struct{}
}

// IPCPath returns where the embedded chain of dataDir listens for IPC.
// Unix sockets have short names, so a long data dir gets a socket in the
// temp dir named after it.
func IPCPath(dataDir string) string {
	abs, err := filepath.Abs(dataDir)
	if err != nil {
		abs = dataDir
	}
	p := filepath.Join(abs, "chain", "huzhu.ipc")
	if len(p) < 100 {
		return p
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(os.TempDir(), "huzhu-"+hex.EncodeToString(sum[:8])+".ipc")
}

// StartDevNode starts the embedded chain in cfg.DataDir/chain, creating it
// on first use. It fails with node.ErrDatadirUsed when another process
// runs it; that process serves it at IPCPath.
func StartDevNode(cfg DevConfig) (*DevNode, error) {
	logger := cfg.Logger
	if logger == nil {
		logger = log.NewLogger(log.DiscardHandler())
	}
	// go-ethereum logs through the default logger in places that take no
	// logger option.
	log.SetDefault(logger)

	dir := filepath.Join(cfg.DataDir, "chain")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	nc := node.DefaultConfig
	nc.Name = "huzhu"
	nc.DataDir = dir
	// No IPC from geth: it would serve before the dev token exists.
	// StartDevNode opens the socket itself once the node is ready.
	nc.IPCPath = ""
	nc.HTTPHost, nc.HTTPPort = "", 0
	nc.WSHost = ""
	nc.AuthPort = 0
	nc.P2P = p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""}
	nc.Logger = logger
	nc.HTTPModules = []string{"eth", "net", "web3", "txpool", "huzhu"}
	if cfg.HTTPAddr != "" {
		host, port, err := net.SplitHostPort(cfg.HTTPAddr)
		if err != nil {
			return nil, fmt.Errorf("HTTP address %q: want host:port: %w", cfg.HTTPAddr, err)
		}
		p, err := strconv.Atoi(port)
		if err != nil || p < 0 || p > 65535 {
			return nil, fmt.Errorf("HTTP address %q: bad port", cfg.HTTPAddr)
		}
		nc.HTTPHost, nc.HTTPPort = host, p
		nc.HTTPVirtualHosts = []string{"localhost", host}
	}
	stack, err := node.New(&nc)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			stack.Close()
		}
	}()

	ec := ethconfig.Defaults
	ec.NetworkId = DevChainID
	ec.SyncMode = ethconfig.FullSync
	// Archive mode with the hash scheme writes every block's state to disk
	// at once: killing the process loses no blocks.
	ec.NoPruning = true
	ec.StateScheme = rawdb.HashScheme
	ec.LogNoHistory = true // small chain: plain log search, no background index
	ec.Miner.GasPrice = big.NewInt(1)
	ec.Miner.PendingFeeRecipient = DevFaucet
	ec.TxPool.PriceLimit = 1
	if !chainExists(stack) {
		ec.Genesis = core.DeveloperGenesisBlock(devGasLimit, &DevFaucet)
	}
	backend, err := eth.New(stack, &ec)
	if err != nil {
		return nil, fmt.Errorf("embedded chain: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})

	beacon, err := catalyst.NewSimulatedBeacon(0, DevFaucet, backend)
	if err != nil {
		return nil, fmt.Errorf("embedded chain beacon: %w", err)
	}
	stack.RegisterLifecycle(beacon)
	n := &DevNode{stack: stack, eth: backend, beacon: beacon, ipc: IPCPath(cfg.DataDir), quit: make(chan struct{}), background: cfg.Background}
	n.automine.Store(true)
	n.faucet = &KeySender{Key: DevFaucetKey}
	stack.RegisterAPIs([]rpc.API{{Namespace: "huzhu", Service: &devAPI{n: n}}})

	if err := stack.Start(); err != nil {
		return nil, err
	}
	n.loopDone = make(chan struct{})
	go n.mineLoop()
	if err := n.ensureToken(context.Background()); err != nil {
		n.stopLoop()
		return nil, fmt.Errorf("embedded chain: deploy dev token: %w", err)
	}
	n.ready.Store(true)
	// Only now may other processes reach it: a client never sees the
	// chain without its token.
	if err := n.serveIPC(); err != nil {
		n.stopLoop()
		return nil, fmt.Errorf("embedded chain: IPC at %s: %w", n.ipc, err)
	}
	ok = true
	return n, nil
}

// serveIPC serves the node's JSON-RPC (every API, as geth's IPC does) on
// its Unix socket, readable by this user only.
func (n *DevNode) serveIPC() error {
	h, err := n.stack.RPCHandler()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(n.ipc), 0o700); err != nil {
		return err
	}
	os.Remove(n.ipc) // a socket a killed node left
	l, err := net.Listen("unix", n.ipc)
	if err != nil {
		return err
	}
	os.Chmod(n.ipc, 0o600)
	n.ipcListener = l
	go h.ServeListener(l)
	return nil
}

// stopLoop ends the mining loop of a node that failed to start.
func (n *DevNode) stopLoop() {
	close(n.quit)
	<-n.loopDone
}

func chainExists(stack *node.Node) bool {
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{ReadOnly: true})
	if err != nil {
		return false
	}
	defer db.Close()
	return rawdb.ReadCanonicalHash(db, 0) != (common.Hash{})
}

// ensureToken deploys the dev KBC as the faucet's first transaction.
func (n *DevNode) ensureToken(ctx context.Context) error {
	n.faucet.Backend = n.Client()
	code, err := n.faucet.Backend.CodeAt(ctx, DevToken, nil)
	if err != nil || len(code) > 0 {
		return err
	}
	addr, err := DeployToken(ctx, n.faucet, DevFaucet)
	if err != nil {
		return err
	}
	if addr != DevToken {
		return fmt.Errorf("dev token deployed at %s, want %s", addr.Hex(), DevToken.Hex())
	}
	return nil
}

// Client returns an in-process client of the node.
func (n *DevNode) Client() *ethclient.Client { return ethclient.NewClient(n.stack.Attach()) }

// RPC returns an in-process RPC client of the node.
func (n *DevNode) RPC() *rpc.Client { return n.stack.Attach() }

// IPCEndpoint is where other processes reach the node.
func (n *DevNode) IPCEndpoint() string { return n.ipc }

// HTTPEndpoint is the HTTP JSON-RPC URL, or "" when HTTP is off.
func (n *DevNode) HTTPEndpoint() string {
	if n.stack.Config().HTTPHost == "" {
		return ""
	}
	return n.stack.HTTPEndpoint()
}

// Close stops the node, writing everything to disk. It may be called
// more than once.
func (n *DevNode) Close() error {
	select {
	case <-n.quit:
		return nil
	default:
	}
	close(n.quit)
	if n.loopDone != nil {
		<-n.loopDone
	}
	if n.ipcListener != nil {
		n.ipcListener.Close() // removes the socket
	}
	return n.stack.Close()
}

// mineLoop seals a block whenever transactions arrive, as geth --dev
// does, unless automine is off (tests hold transactions in the pool to
// see what a wallet does while waiting). Mining runs in its own goroutine:
// the pool delivers events and waits for sealing (Sync) in turn, so the
// goroutine that reads events must never be the one that seals.
func (n *DevNode) mineLoop() {
	defer close(n.loopDone)
	txs := make(chan core.NewTxsEvent, 64)
	sub := n.eth.TxPool().SubscribeTransactions(txs, true)
	defer sub.Unsubscribe()
	wake := make(chan struct{}, 1)
	miner := make(chan struct{})
	go func() {
		defer close(miner)
		for {
			select {
			case <-n.quit:
				return
			case <-wake:
				if n.automine.Load() {
					n.Mine()
				}
			}
		}
	}()
	defer func() { <-miner }()
	for {
		select {
		case <-n.quit:
			return
		case <-sub.Err():
			return
		case <-txs:
			select {
			case wake <- struct{}{}:
			default: // a wake-up is already queued
			}
		}
	}
}

// Mine seals blocks until the pool holds no executable transaction.
func (n *DevNode) Mine() {
	n.mineMu.Lock()
	defer n.mineMu.Unlock()
	defer n.sync()
	for range 64 {
		n.beacon.Commit()
		n.eth.TxPool().Sync()
		if pending, _ := n.eth.TxPool().Stats(); pending == 0 {
			return
		}
	}
}

// sync writes what the node holds in memory to disk. go-ethereum's
// database writes asynchronously and flushes only every few hundred
// kilobytes, so a killed node would lose the blocks of the last minutes
// on a chain this small. One fsync a block is cheap at a dev chain's pace.
func (n *DevNode) sync() {
	if s, ok := n.eth.ChainDb().(interface{ SyncKeyValue() error }); ok {
		s.SyncKeyValue()
	}
}

// SetAutomine turns mining on arrival of a transaction on or off; turning
// it on mines what is waiting.
func (n *DevNode) SetAutomine(on bool) {
	n.automine.Store(on)
	if on {
		n.Mine()
	}
}

// Warp moves the chain clock forward by d, sealing an empty block.
func (n *DevNode) Warp(d time.Duration) (uint64, error) {
	if d < time.Second {
		return 0, errors.New("warp: the duration must be at least one second")
	}
	n.mineMu.Lock()
	defer n.mineMu.Unlock()
	var err error
	for range 500 {
		// Mined transactions leave the pool in the background; AdjustTime
		// refuses while it still lists any.
		n.eth.TxPool().Sync()
		if err = n.beacon.AdjustTime(d); err == nil {
			n.sync()
			return n.eth.BlockChain().CurrentBlock().Time, nil
		}
		time.Sleep(2 * time.Millisecond)
	}
	return 0, fmt.Errorf("warp: %w", err)
}
