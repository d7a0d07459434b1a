package statsbench

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
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
		return []Spec{{Members: n, Claims: n / 5}}
	}
	return []Spec{{Members: 1000, Claims: 200}, {Members: 5000, Claims: 1000}, {Members: 10000, Claims: 2000}}
}

// With Sealed, one open claim is real: the notaries' queue holds it and
// their review opens it, every check run (only the issuer, in no
// registry, fails).
func TestBuildSealed(t *testing.T) {
	sp := Spec{Members: 30, Claims: 20, Sealed: true}
	c, addr := simulated(t, sp)
	ctx := context.Background()
	com, err := community.Open(ctx, c.Client, addr)
	if err != nil {
		t.Fatal(err)
	}
	com.UseCache(t.TempDir())
	svc, err := claims.New(ctx, c.Client, com)
	if err != nil {
		t.Fatal(err)
	}
	notary := crypto.PubkeyToAddress(NotaryKey(0).PublicKey)
	q, err := svc.Queue(ctx, notary)
	if err != nil {
		t.Fatal(err)
	}
	if want := sp.Expected().Open; len(q) != want {
		t.Fatalf("queue holds %d claims, want the %d open ones", len(q), want)
	}
	member := crypto.PubkeyToAddress(key("member", SealedClaimant).PublicKey)
	var id uint64
	for _, w := range q {
		if w.Claim.Member == member {
			id = w.Claim.ID
		}
	}
	if id == 0 {
		t.Fatal("the sealed claim is not in the queue")
	}
	rv, err := svc.Review(ctx, id, []*disclosure.NotaryKey{NotaryHPKE(0)})
	if err != nil {
		t.Fatal(err)
	}
	// An issuer outside the registry: untrusted, and bound to no identity.
	if f := rv.Failed(); len(f) != 2 || f[0] != disclosure.CheckIssuerTrusted || f[1] != disclosure.CheckIssuerIdentity {
		t.Fatalf("failed checks %v, want only %s and %s", f, disclosure.CheckIssuerTrusted, disclosure.CheckIssuerIdentity)
	}
}
