package community_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
)

// limitedNode is a node that refuses log queries over more than limit
// blocks, as public RPC providers do, and records the ranges asked.
type limitedNode struct {
	chain.Backend
	limit uint64
	fail  error // when set, every query fails with it

	mu      sync.Mutex
	ranges  [][2]uint64
	counts  []int // logs each query returned
	headers int   // headers asked for
}

func (n *limitedNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if n.fail != nil {
		return nil, n.fail
	}
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	n.mu.Lock()
	n.ranges = append(n.ranges, [2]uint64{from, to})
	n.mu.Unlock()
	if n.limit > 0 && to-from+1 > n.limit {
		return nil, fmt.Errorf("query exceeds max block range %d", n.limit)
	}
	logs, err := n.Backend.FilterLogs(ctx, q)
	n.mu.Lock()
	n.counts = append(n.counts, len(logs))
	n.mu.Unlock()
	return logs, err
}

func (n *limitedNode) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	n.mu.Lock()
	n.headers++
	n.mu.Unlock()
	return n.Backend.HeaderByNumber(ctx, number)
}

func (n *limitedNode) take() [][2]uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	r := n.ranges
	n.ranges = nil
	return r
}

// joins adds k members, each joining in its own blocks.
func (e *env) joins(k int) []*chain.KeySender {
	e.t.Helper()
	var out []*chain.KeySender
	for range k {
		s, err := e.c.NewAccount(e.ctx, 1)
		if err != nil {
			e.t.Fatal(err)
		}
		if err := e.m.Fund(e.ctx, s, 100); err != nil {
			e.t.Fatal(err)
		}
		e.tx(s, e.m.ABI.PackJoin(big.NewInt(1)))
		out = append(out, s)
	}
	return out
}

// direct reads the community's logs in one query, as the truth.
func (e *env) direct() []types.Log {
	e.t.Helper()
	logs, err := e.c.Client.FilterLogs(e.ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: e.m.Parts.Addresses()})
	if err != nil {
		e.t.Fatal(err)
	}
	return logs
}

// key is what identifies a log on its chain.
func keys(logs []types.Log) []string {
	out := make([]string, len(logs))
	for i, l := range logs {
		out[i] = fmt.Sprintf("%d/%s/%s/%d/%x", l.BlockNumber, l.BlockHash.Hex()[:10], l.TxHash.Hex()[:10], l.Index, l.Data)
	}
	return out
}

func (e *env) open(b chain.Backend, cacheDir string, depth uint64) *community.Community {
	e.t.Helper()
	com, err := community.Open(e.ctx, b, e.m.Address)
	if err != nil {
		e.t.Fatal(err)
	}
	if cacheDir != "" {
		com.UseCache(cacheDir)
	}
	if depth > 0 {
		community.SetReorgDepth(com, depth)
	}
	return com
}

func TestLogsPagedUnderARangeLimit(t *testing.T) {
	e := newEnv(t)
	e.joins(6)
	want := e.direct()
	node := &limitedNode{Backend: e.c.Client, limit: 3}
	got, err := e.open(node, "", 0).Logs(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(keys(got), keys(want)) {
		t.Fatalf("paged logs differ from one query:\ngot  %v\nwant %v", keys(got), keys(want))
	}
	ranges := node.take()
	refused, passed := 0, 0
	for _, r := range ranges {
		if r[1]-r[0]+1 > 3 {
			refused++
		} else {
			passed++
		}
	}
	if refused == 0 || passed < 2 {
		t.Fatalf("ranges %v: want refusals then pages of at most 3 blocks", ranges)
	}
	// Any other error ends the read with it: no silent short result.
	node.fail = errors.New("connection refused")
	if _, err := e.open(node, "", 0).Logs(e.ctx, nil); err == nil || !errors.Is(err, node.fail) {
		t.Fatalf("got %v, want the node's error", err)
	}
}

// A cold read of a long, busy log asks in pages of about pageLogs logs,
// never for all of it at once: one answer of every claim with its
// envelope would be decoded in one piece, and the RPC client keeps a
// buffer the size of its largest answer as long as it lives.
func TestLogsPagedBySize(t *testing.T) {
	e := newEnv(t)
	e.joins(16)
	want := e.direct()
	community.SetPageLogs(t, 4, 2)
	node := &limitedNode{Backend: e.c.Client}
	com := e.open(node, "", 0)
	// A read by topic finds few logs and grows its range: the cold read
	// after it starts small all the same.
	if _, err := com.TopicLogs(e.ctx, [][]common.Hash{{common.HexToHash("0x01")}}); err != nil {
		t.Fatal(err)
	}
	node.mu.Lock()
	node.counts = nil
	node.mu.Unlock()
	got, err := com.Logs(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(keys(got), keys(want)) {
		t.Fatalf("paged logs differ from one query:\ngot  %v\nwant %v", keys(got), keys(want))
	}
	node.mu.Lock()
	counts := node.counts
	node.mu.Unlock()
	largest := 0
	for _, n := range counts {
		largest = max(largest, n)
	}
	if len(counts) < 4 || largest > 3*4 {
		t.Fatalf("%d logs read in answers of %v: want pages of about 4", len(want), counts)
	}
	// A first range too large for its logs is followed by smaller ones.
	community.SetPageLogs(t, 2, 16)
	node = &limitedNode{Backend: e.c.Client}
	if got, err = e.open(node, "", 0).Logs(e.ctx, nil); err != nil || !reflect.DeepEqual(keys(got), keys(want)) {
		t.Fatalf("paged logs differ from one query (%v)", err)
	}
	node.mu.Lock()
	counts = node.counts
	node.mu.Unlock()
	if counts[0] <= 2 {
		t.Fatalf("answers %v: the first range was meant to hold more than 2 logs", counts)
	}
	for _, n := range counts[1:] {
		if n > 3*2 {
			t.Fatalf("answers %v: the range did not shrink after a large answer", counts)
		}
	}
}

// A node that gives each log its block's time (go-ethereum does) is not
// asked for the headers of those blocks: a first read of thousands of
// blocks reads no header per block.
func TestLogsTakeTheNodesBlockTimes(t *testing.T) {
	e := newEnv(t)
	e.joins(6)
	want := e.direct()
	stamped := 0
	for _, l := range want {
		if l.BlockTimestamp != 0 {
			stamped++
		}
	}
	if stamped != len(want) {
		t.Fatalf("%d of %d logs carry their block's time: the backend does not say it", stamped, len(want))
	}
	node := &limitedNode{Backend: e.c.Client}
	got, err := e.open(node, "", 0).Logs(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	blocks := map[uint64]bool{}
	for i, l := range got {
		blocks[l.BlockNumber] = true
		if l.BlockTimestamp != want[i].BlockTimestamp {
			t.Fatalf("log %d: time %d, the node says %d", i, l.BlockTimestamp, want[i].BlockTimestamp)
		}
	}
	if node.headers >= len(blocks) {
		t.Fatalf("%d headers read for logs in %d blocks whose times the node gave", node.headers, len(blocks))
	}
}

func TestIsRangeLimit(t *testing.T) {
	for _, msg := range []string{"query returned more than 10000 results", "block range too large", "eth_getLogs is limited to a 10,000 range: limit exceeded", "Log response size exceeded"} {
		if !community.IsRangeLimit(errors.New(msg)) {
			t.Errorf("%q: not seen as a range limit", msg)
		}
	}
	if community.IsRangeLimit(errors.New("connection refused")) {
		t.Error("connection refused seen as a range limit")
	}
}

func TestLogsCacheReadsOnlyNewBlocks(t *testing.T) {
	e := newEnv(t)
	e.joins(3)
	dir := t.TempDir()
	node := &limitedNode{Backend: e.c.Client}
	first, err := e.open(node, dir, 4).Logs(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	head1, _ := e.c.Client.BlockNumber(e.ctx)
	if r := node.take(); len(r) != 1 || r[0][0] != 0 {
		t.Fatalf("cold read asked %v, want one query from block 0", r)
	}
	if !reflect.DeepEqual(keys(first), keys(e.direct())) {
		t.Fatal("cold read differs from one query")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "logs-*.bin"))
	if len(files) != 1 {
		t.Fatalf("cache files %v, want one", files)
	}
	if fi, _ := os.Stat(files[0]); fi.Mode().Perm() != 0o600 {
		t.Fatalf("cache mode %v, want 0600", fi.Mode().Perm())
	}
	e.joins(2)
	// A new process: a new client, the same cache directory.
	second, err := e.open(node, dir, 4).Logs(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(keys(second), keys(e.direct())) {
		t.Fatal("warm read differs from one query")
	}
	for _, r := range node.take() {
		if r[0] <= head1-4 {
			t.Fatalf("warm read asked blocks %d..%d; the cache holds up to %d", r[0], r[1], head1-4)
		}
	}
	// A corrupt cache is ignored and rebuilt.
	if err := os.WriteFile(files[0], []byte("HZLC\x01 not a cache at all, 32 bytes and more of it......"), 0o600); err != nil {
		t.Fatal(err)
	}
	third, err := e.open(node, dir, 4).Logs(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := node.take(); len(r) != 1 || r[0][0] != 0 {
		t.Fatalf("read over a corrupt cache asked %v, want one query from block 0", r)
	}
	if !reflect.DeepEqual(keys(third), keys(e.direct())) {
		t.Fatal("read over a corrupt cache differs from one query")
	}
	data, _ := os.ReadFile(files[0])
	if bytes.Contains(data, []byte("not a cache")) {
		t.Fatal("the corrupt cache was not rebuilt")
	}
	// Flip one byte in the middle: the checksum finds it.
	data[len(data)/2] ^= 0xff
	os.WriteFile(files[0], data, 0o600)
	if _, err := e.open(node, dir, 4).Logs(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	if r := node.take(); len(r) != 1 || r[0][0] != 0 {
		t.Fatalf("read over a flipped byte asked %v, want one query from block 0", r)
	}
}

func TestLogsCacheFollowsAReorg(t *testing.T) {
	e := newEnv(t)
	e.joins(2)
	forkAt, err := e.c.Client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.joins(2)
	for range 3 {
		e.c.Commit()
	}
	dir := t.TempDir()
	before, err := e.open(e.c.Client, dir, 2).Logs(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Replace everything after forkAt with a longer chain of empty blocks
	// (the orphaned joins may come back in other blocks).
	if err := e.c.Backend.Fork(forkAt.Hash()); err != nil {
		t.Fatal(err)
	}
	for range 12 {
		e.c.Commit()
	}
	want := e.direct()
	if reflect.DeepEqual(keys(before), keys(want)) {
		t.Fatal("the fork changed no log; the test proves nothing")
	}
	after, err := e.open(e.c.Client, dir, 2).Logs(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(keys(after), keys(want)) {
		t.Fatalf("after the reorg:\ngot  %v\nwant %v", keys(after), keys(want))
	}
}
