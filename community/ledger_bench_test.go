package community

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/contracts"
)

// benchCommunity deploys a community on a simulated chain and writes a
// log cache for it holding members DuesPaid events and members/5
// ClaimPaid ones (the shape of issue 9's 10,000 members), as a process
// would find it warm. It returns a function opening the community anew
// over that cache, as a new process does.
func benchCommunity(tb testing.TB, members int) func() *Community {
	tb.Helper()
	ctx := context.Background()
	c := simchain.New("ledger-bench", 8)
	tb.Cleanup(func() { c.Close() })
	m, err := c.DeployCommunity(ctx, nil)
	if err != nil {
		tb.Fatal(err)
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		tb.Fatal(err)
	}
	id, err := c.Client.ChainID(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	lc := &logCache{ChainID: id.String(), Parts: m.Parts, Upto: head.Number.Uint64(), UptoHash: head.Hash()}
	events := contracts.CommunityABI.GetABI().Events
	dues, paid := events["DuesPaid"], events["ClaimPaid"]
	amount := new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	// The logs spread over the blocks up to the head: the cache is
	// trusted up to it (its hash is the chain's), a log's block need not
	// exist.
	total := uint64(members + members/5)
	add := func(l types.Log) {
		block := 1 + uint64(lc.N)*lc.Upto/total
		if nb := len(lc.Blocks); nb == 0 || lc.Blocks[nb-1].Num != block {
			lc.Blocks = append(lc.Blocks, cacheBlock{Num: block, Time: 1_700_000_000 + block*12, Hash: common.BigToHash(new(big.Int).SetUint64(block))})
		}
		l.BlockNumber, l.Address = block, m.Address
		l.TxHash = common.BigToHash(big.NewInt(int64(lc.N + 1)))
		lc.Recs = appendRec(lc.Recs, &l)
		lc.N++
	}
	for i := range members {
		a := common.BigToAddress(big.NewInt(int64(i + 1)))
		data, err := dues.Inputs.NonIndexed().Pack(amount, uint64(1_700_000_000), uint64(1_800_000_000))
		if err != nil {
			tb.Fatal(err)
		}
		add(types.Log{Index: uint(lc.N), Topics: []common.Hash{dues.ID, common.BytesToHash(a[:]), common.BytesToHash(a[:])}, Data: data})
		if i%5 == 4 {
			data, err := paid.Inputs.NonIndexed().Pack(amount)
			if err != nil {
				tb.Fatal(err)
			}
			add(types.Log{Index: uint(lc.N), Topics: []common.Hash{paid.ID, common.BigToHash(big.NewInt(int64(i))), common.BytesToHash(a[:])}, Data: data})
		}
	}
	dir := tb.TempDir()
	if err := os.WriteFile(CachePath(dir, id, m.Address), lc.encode(), 0o600); err != nil {
		tb.Fatal(err)
	}
	return func() *Community {
		com, err := Open(ctx, c.Client, m.Address)
		if err != nil {
			tb.Fatal(err)
		}
		com.UseCache(dir)
		return com
	}
}

// peakHeap runs f and returns the most heap its objects took meanwhile
// (sampled every 50 µs, from a collection before it) and what f made
// that stays once collected: keep holds it. The collector runs often
// meanwhile (GOGC 5), so that the peak is what f holds at once, not the
// garbage a lazier collector would leave.
func peakHeap(f func() any) (peak, kept uint64) {
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	runtime.GC()
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	base := s[0].Value.Uint64()
	var top atomic.Uint64
	done := make(chan struct{})
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			select {
			case <-done:
				return
			default:
			}
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > top.Load() {
				top.Store(v)
			}
			time.Sleep(50 * time.Microsecond)
		}
	}()
	keep := f()
	close(done)
	runtime.GC()
	metrics.Read(s)
	after := s[0].Value.Uint64()
	runtime.KeepAlive(keep)
	return top.Load() - min(base, top.Load()), after - min(base, after)
}

// The TUI's ledger of a community of 10,000 members (12,000 movements)
// from a warm cache, as Ledger reads it (one log at a time: "each") and
// as it read it before (every log listed, then every event decoded and
// listed, then folded: "list"). Reported: bytes allocated per read, the
// most heap taken during one (peak-heap-MB), and the heap the result keeps
// (kept-MB). Run: go test -run '^$' -bench BenchmarkLedgerMemory ./community
func BenchmarkLedgerMemory(b *testing.B) {
	open := benchCommunity(b, 10_000)
	ctx := context.Background()
	reads := map[string]func(*Community) (Ledger, error){
		"each": func(com *Community) (Ledger, error) { return com.Ledger(ctx) },
		"list": func(com *Community) (Ledger, error) {
			logs, err := com.Logs(ctx, nil)
			if err != nil {
				return Ledger{}, err
			}
			evs, err := DecodeEvents(com.Parts, logs, nil)
			return LedgerOf(evs), err
		},
	}
	for _, name := range []string{"each", "list"} {
		read := reads[name]
		b.Run(name, func(b *testing.B) {
			var peak, kept uint64
			b.ReportAllocs()
			for range b.N {
				com := open()
				var l Ledger
				var err error
				p, k := peakHeap(func() any {
					l, err = read(com)
					return l
				})
				if err != nil {
					b.Fatal(err)
				}
				if len(l.Entries) != 12_000 {
					b.Fatalf("%d entries, want 12,000", len(l.Entries))
				}
				peak, kept = max(peak, p), max(kept, k)
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(kept)/(1<<20), "kept-MB")
		})
	}
}

// Ledger from the cache one log at a time equals the fold of the listed
// events, and Logs returns what EachLog walks.
func TestLedgerEachEqualsList(t *testing.T) {
	open := benchCommunity(t, 300)
	ctx := context.Background()
	com := open()
	got, err := com.Ledger(ctx)
	if err != nil {
		t.Fatal(err)
	}
	logs, err := com.Logs(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := DecodeEvents(com.Parts, logs, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := LedgerOf(evs)
	if len(got.Entries) != 360 || len(got.Entries) != len(want.Entries) {
		t.Fatalf("%d entries, want %d (360)", len(got.Entries), len(want.Entries))
	}
	for i := range got.Entries {
		g, w := got.Entries[i], want.Entries[i]
		if fmt.Sprint(g) != fmt.Sprint(w) {
			t.Fatalf("entry %d: %v, want %v", i, g, w)
		}
	}
	if got.Pool.Balance.Cmp(want.Pool.Balance) != 0 || got.Pool.Balance.Cmp(new(big.Int).Mul(big.NewInt(2400), big.NewInt(1e18))) != 0 {
		t.Fatalf("pool %s, list %s, want 2400 tokens", got.Pool.Balance, want.Pool.Balance)
	}
	n := 0
	err = com.EachLog(ctx, nil, func(l *types.Log) error {
		if l.BlockNumber != logs[n].BlockNumber || l.TxHash != logs[n].TxHash || l.BlockTimestamp != logs[n].BlockTimestamp || string(l.Data) != string(logs[n].Data) {
			return fmt.Errorf("log %d differs", n)
		}
		n++
		return nil
	})
	if err != nil || n != len(logs) {
		t.Fatalf("EachLog walked %d of %d logs: %v", n, len(logs), err)
	}
}
