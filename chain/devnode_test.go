package chain_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
)

var ether = big.NewInt(1e18)

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// TestMain lets the test binary act as a second process (see
// TestSecondProcessReachesTheNode).
func TestMain(m *testing.M) {
	if dir := os.Getenv("HUZHU_TEST_CHILD_DATADIR"); dir != "" {
		os.Exit(child(dir))
	}
	os.Exit(m.Run())
}

func child(dir string) int {
	ctx := context.Background()
	c, err := chain.Open(ctx, chain.OpenOptions{DataDir: dir})
	if err != nil {
		os.Stderr.WriteString(err.Error())
		return 1
	}
	defer c.Close()
	if c.Node != nil {
		os.Stderr.WriteString("child started its own node instead of going through the running one")
		return 1
	}
	kbc := contracts.NewKangbaoCoin()
	out, err := c.CallContract(ctx, callMsg(chain.DevToken, kbc.PackBalanceOf(common.HexToAddress(os.Getenv("HUZHU_TEST_CHILD_ADDR")))), nil)
	if err != nil {
		os.Stderr.WriteString(err.Error())
		return 1
	}
	bal, err := kbc.UnpackBalanceOf(out)
	if err != nil {
		return 1
	}
	os.Stdout.WriteString(c.ID.String() + " " + bal.String())
	return 0
}

func startNode(t *testing.T, dir string) *chain.DevNode {
	t.Helper()
	n, err := chain.StartDevNode(chain.DevConfig{DataDir: dir})
	if err != nil {
		t.Fatalf("start dev node: %v", err)
	}
	return n
}

func TestDevNodePersistsAcrossRestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	n := startNode(t, dir)
	c := n.Client()

	// A founder funded by the faucet deploys a community.
	key, _ := crypto.GenerateKey()
	founder := &chain.KeySender{Backend: c, Key: key}
	if _, err := chain.Faucet(ctx, n.RPC(), founder.From(), tokens(10), tokens(1000)); err != nil {
		t.Fatalf("faucet: %v", err)
	}
	notaries := []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02")}
	p := contracts.DemoParams(chain.DevToken, notaries)
	parts, err := chain.DeployCommunity(ctx, c, founder, p)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	addr := parts.Community
	abi, kbc := contracts.CommunityABI, contracts.TokenABI
	token := chain.DevToken
	if _, err := founder.Send(ctx, &token, kbc.PackApprove(addr, tokens(30)), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := founder.Send(ctx, &addr, abi.PackJoin(big.NewInt(3)), nil); err != nil {
		t.Fatal(err)
	}
	before, err := chain.Warp(ctx, n.RPC(), 40*24*time.Hour)
	if err != nil {
		t.Fatalf("warp: %v", err)
	}
	head, _ := c.BlockNumber(ctx)
	c.Close()
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	n = startNode(t, dir)
	defer n.Close()
	c = n.Client()
	defer c.Close()
	if got, _ := c.BlockNumber(ctx); got != head {
		t.Fatalf("head after restart: got block %d, want %d", got, head)
	}
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil || time.Unix(int64(h.Time), 0).Before(before) {
		t.Fatalf("chain clock after restart: got %v, want at least %v", h.Time, before)
	}
	if err := chain.RequireCode(ctx, c, "community", addr); err != nil {
		t.Fatal(err)
	}
	community := abi.Instance(c, addr)
	m, err := bind.Call(community, nil, abi.PackMemberOf(founder.From()), abi.UnpackMemberOf)
	if err != nil || !m.Active || m.CoveredUntil != m.JoinedAt+90*86400 {
		t.Fatalf("member after restart: got %+v (%v)", m, err)
	}
	bal, err := bind.Call(kbc.Instance(c, token), nil, kbc.PackBalanceOf(founder.From()), kbc.UnpackBalanceOf)
	if err != nil || bal.Cmp(tokens(970)) != 0 {
		t.Fatalf("founder's KBC after restart: got %v (%v), want 970", bal, err)
	}
	pool, _ := bind.Call(community, nil, abi.PackPoolBalance(), abi.UnpackPoolBalance)
	if pool.Cmp(tokens(30)) != 0 {
		t.Fatalf("pool after restart: got %s, want 30 KBC", pool)
	}
}

func TestSecondProcessReachesTheNode(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	n, err := chain.StartDevNode(chain.DevConfig{DataDir: dir, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	who := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	if _, err := chain.Faucet(ctx, n.RPC(), who, nil, tokens(42)); err != nil {
		t.Fatal(err)
	}

	// Over IPC, found from the data dir alone.
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "HUZHU_TEST_CHILD_DATADIR="+dir, "HUZHU_TEST_CHILD_ADDR="+who.Hex())
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("child: %v: %s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	if got, want := string(out), "1337 "+tokens(42).String(); got != want {
		t.Fatalf("child saw %q, want %q", got, want)
	}

	// Over HTTP.
	c, err := chain.Dial(ctx, n.HTTPEndpoint())
	if err != nil {
		t.Fatalf("dial %s: %v", n.HTTPEndpoint(), err)
	}
	defer c.Close()
	info, err := chain.DevInfoOf(ctx, c.RPC)
	if err != nil || info.Token != chain.DevToken || c.ID.Int64() != chain.DevChainID {
		t.Fatalf("dev info over HTTP: got %+v (%v)", info, err)
	}
}

func TestOpenStartsThenSharesTheEmbeddedChain(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	first, err := chain.Open(ctx, chain.OpenOptions{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	if first.Node == nil {
		t.Fatal("the first Open did not start the embedded chain")
	}
	second, err := chain.Open(ctx, chain.OpenOptions{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	if second.Node != nil || !strings.HasSuffix(second.Endpoint, ".ipc") {
		t.Fatalf("the second Open did not go through the first: endpoint %s", second.Endpoint)
	}
}

func TestDevOnlyActionsRefuseOtherChains(t *testing.T) {
	ctx := context.Background()
	// A real go-ethereum node on a dev genesis, without huzhu's namespace.
	stack, err := node.New(&node.Config{P2P: p2p.Config{NoDiscovery: true, MaxPeers: 0}})
	if err != nil {
		t.Fatal(err)
	}
	defer stack.Close()
	ec := ethconfig.Defaults
	ec.Genesis = core.DeveloperGenesisBlock(30_000_000, nil)
	if _, err := eth.New(stack, &ec); err != nil {
		t.Fatal(err)
	}
	if err := stack.Start(); err != nil {
		t.Fatal(err)
	}
	r := stack.Attach()
	if _, err := chain.Faucet(ctx, r, common.Address{}, big.NewInt(1), nil); !errors.Is(err, chain.ErrNotDevNode) {
		t.Fatalf("faucet on a plain node: got %v, want ErrNotDevNode", err)
	}
	if _, err := chain.Warp(ctx, r, time.Hour); !errors.Is(err, chain.ErrNotDevNode) {
		t.Fatalf("warp on a plain node: got %v, want ErrNotDevNode", err)
	}
}

func TestDialUnreachable(t *testing.T) {
	ctx := context.Background()
	for _, url := range []string{"http://127.0.0.1:1", "/nonexistent/dir/geth.ipc", "ws://127.0.0.1:1"} {
		_, err := chain.Dial(ctx, url)
		if !errors.Is(err, chain.ErrUnreachable) {
			t.Fatalf("dial %s: got %v, want ErrUnreachable", url, err)
		}
	}
}
