package statsbench

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/community"
)

func simulated(tb testing.TB, sp Spec) (*simchain.Chain, common.Address) {
	tb.Helper()
	c := simchain.New("statsbench", 2)
	tb.Cleanup(func() { c.Close() })
	var log io.Writer
	if testing.Verbose() {
		log = os.Stderr
	}
	addr, err := Build(context.Background(), Chain{Client: c.Client, Funder: c.Accounts[0].Key, Mine: c.Commit, Warp: c.Warp}, sp, log)
	if err != nil {
		tb.Fatal(err)
	}
	// Time passes: the events sink below the blocks Logs reads again.
	for range community.ReorgDepth + 1 {
		c.Commit()
	}
	return c, addr
}

func stats(tb testing.TB, c *simchain.Chain, addr common.Address, cacheDir string) *community.Stats {
	tb.Helper()
	ctx := context.Background()
	com, err := community.Open(ctx, c.Client, addr)
	if err != nil {
		tb.Fatal(err)
	}
	com.UseCache(cacheDir)
	s, err := com.Stats(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// The builder makes what it promises, and Stats counts it, cold and warm.
func TestBuildSmall(t *testing.T) {
	sp := Spec{Members: 60, Claims: 40}
	c, addr := simulated(t, sp)
	dir := t.TempDir()
	for _, run := range []string{"cold", "warm"} {
		s := stats(t, c, addr, dir)
		if s.Claims != sp.Expected() {
			t.Errorf("%s: claims %+v, want %+v", run, s.Claims, sp.Expected())
		}
		if s.MembersEver != sp.Members || s.Active != sp.Claims {
			t.Errorf("%s: members %d ever, %d active; want %d, %d", run, s.MembersEver, s.Active, sp.Members, sp.Claims)
		}
		if s.Pool.Cmp(s.TokenBalance) != 0 {
			t.Errorf("%s: pool %s from events, %s held", run, s.Pool, s.TokenBalance)
		}
	}
}

// BenchmarkStats times Stats in process on the simulated backend, from a
// cold cache (a new cache directory each time) and a warm one (a new
// client over a full cache, as a new process), at three sizes. Heavy: run
// it with -bench only (scripts/bench).
func BenchmarkStats(b *testing.B) {
	for _, sp := range benchSpecs() {
		c, addr := simulated(b, sp)
		name := fmt.Sprintf("members=%d,claims=%d", sp.Members, sp.Claims)
		b.Run(name+"/cold", func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				dir := b.TempDir()
				b.StartTimer()
				stats(b, c, addr, dir)
			}
		})
		warm := b.TempDir()
		stats(b, c, addr, warm)
		b.Run(name+"/warm", func(b *testing.B) {
			for b.Loop() {
				if s := stats(b, c, addr, warm); s.Claims.Filed != sp.Claims {
					b.Fatalf("filed %d", s.Claims.Filed)
				}
			}
		})
	}
}

// benchSpecs are the sizes BenchmarkStats runs; STATSBENCH_MEMBERS=1000
// picks one (claims: a fifth of the members).
func benchSpecs() []Spec {
	if n, err := strconv.Atoi(os.Getenv("STATSBENCH_MEMBERS")); err == nil && n > 0 {
		return []Spec{{n, n / 5}}
	}
	return []Spec{{1000, 200}, {5000, 1000}, {10000, 2000}}
}
