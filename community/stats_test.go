package community_test

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
)

// statsScenario (waiting period 1 day): four members (A 3 periods, B 1, C 1, D 2), a donation of
// 100; A's claim of 35 approved 300 s after filing and paid after its
// 3-day notice, B's rejected
// after 600 s, C's left open past its review window, D's filed last and
// open; chain time 31 days after creation.
func statsScenario(t *testing.T) (*env, time.Time) {
	ctx := context.Background()
	c := simchain.New(t.Name(), 8)
	t.Cleanup(func() { c.Close() })
	m, err := c.DeployCommunity(ctx, func(p *contracts.Params) { p.WaitingPeriod = 24 * 3600 })
	if err != nil {
		t.Fatal(err)
	}
	com, err := community.Open(ctx, c.Client, m.Address)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, c: c, m: m, com: com}
	members := make([]*chain.KeySender, 4)
	for i, periods := range []int64{3, 1, 1, 2} {
		s, err := e.c.NewAccount(e.ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.m.Fund(e.ctx, s, 100); err != nil {
			t.Fatal(err)
		}
		e.tx(s, e.m.ABI.PackJoin(big.NewInt(periods)))
		members[i] = s
	}
	if err := e.m.Fund(e.ctx, e.m.Founder, 100); err != nil {
		t.Fatal(err)
	}
	e.tx(e.m.Founder, e.m.ABI.PackDonate(simchain.Tokens(100)))
	created := e.com.Created
	base := uint64(created.Add(2 * 24 * time.Hour).Unix()) // past the 1-day waiting period
	if err := e.c.Warp(2 * 24 * time.Hour); err != nil {   // ahead of the wall clock, for SendAt
		t.Fatal(err)
	}
	now, _ := e.c.Now(e.ctx)
	base = max(base, uint64(now.Unix())+10)
	env := simchain.SizedEnvelope(3)
	n1, n2 := e.m.Notaries[0], e.m.Notaries[1]
	send := func(at uint64, s *chain.KeySender, data []byte) {
		t.Helper()
		to, _ := e.m.Parts.To(data)
		if _, err := e.c.SendAt(e.ctx, at, s, to, data); err != nil {
			t.Fatalf("at %d: %v", at, err)
		}
	}
	submit := func(at uint64, s *chain.KeySender, amount int64, tag string) {
		t.Helper()
		send(at, s, e.m.Claims.PackSubmitClaim(simchain.Tokens(amount), crypto.Keccak256Hash([]byte(tag)), env, 0))
	}
	approve := func(at uint64, s *chain.KeySender, id int64) {
		t.Helper()
		data, err := e.m.PackApprove(e.ctx, big.NewInt(id))
		if err != nil {
			t.Fatal(err)
		}
		send(at, s, data)
	}
	submit(base, members[0], 35, "a")
	approve(base+100, n1, 1)
	approve(base+300, n2, 1)
	submit(base+400, members[1], 20, "b")
	reject, err := e.m.PackReject(e.ctx, big.NewInt(2))
	if err != nil {
		t.Fatal(err)
	}
	send(base+500, n1, reject)
	send(base+1000, n2, reject)
	submit(base+1100, members[2], 20, "c")
	// A's notice ends 3 days after its approval: anyone settles.
	send(base+300+3*24*3600, members[1], e.m.Claims.PackSettle(new(big.Int)))
	// D files 31 days after creation: C's window has closed, B's and C's
	// single period of coverage has ended.
	last := uint64(created.Add(31 * 24 * time.Hour).Unix())
	submit(last, members[3], 20, "d")
	return e, created
}

func TestStatsFromEvents(t *testing.T) {
	e, _ := statsScenario(t)
	dir := t.TempDir()
	e.com.UseCache(dir)
	s, err := e.com.Stats(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	tok := simchain.Tokens
	want := community.ClaimCounts{Filed: 4, Approved: 1, Paid: 1, Queued: 0, Rejected: 1, Expired: 1, Open: 1}
	if s.Claims != want {
		t.Errorf("claims: got %+v, want %+v", s.Claims, want)
	}
	amounts := []struct {
		name      string
		got, want *big.Int
	}{
		{"dues", s.Dues, tok(70)}, {"donations", s.Donations, tok(100)}, {"paid", s.Paid, tok(35)},
		{"pool", s.Pool, tok(135)}, {"token balance", s.TokenBalance, tok(135)},
		{"average payout", s.AveragePayout, tok(35)}, {"member-periods", s.MemberPeriods, big.NewInt(7)},
		{"cost per member-period", s.CostPerMemberPeriod, tok(5)},
	}
	for _, a := range amounts {
		if a.got.Cmp(a.want) != 0 {
			t.Errorf("%s: got %s, want %s", a.name, a.got, a.want)
		}
	}
	if s.LossRatio != 0.5 {
		t.Errorf("loss ratio: got %v, want 0.5", s.LossRatio)
	}
	if s.MembersEver != 4 || s.Active != 2 {
		t.Errorf("members: got %d ever, %d active; want 4, 2 (A and D)", s.MembersEver, s.Active)
	}
	if s.Decided != 2 || s.MedianDecision != 450*time.Second {
		t.Errorf("decisions: got %d with median %s, want 2 with median 7m30s", s.Decided, s.MedianDecision)
	}
	if len(s.Notaries) != 3 {
		t.Fatalf("notaries: got %+v, want 3", s.Notaries)
	}
	votes := map[string]int{}
	for _, n := range s.Notaries {
		if n.Possible != 4 {
			t.Errorf("notary %s: %d votes possible, want 4", n.Address.Hex(), n.Possible)
		}
		votes[n.Address.Hex()] = n.Votes
	}
	if votes[e.m.Notaries[0].From().Hex()] != 2 || votes[e.m.Notaries[1].From().Hex()] != 2 || votes[e.m.Notaries[2].From().Hex()] != 0 {
		t.Errorf("votes: got %v, want 2, 2, 0", votes)
	}
	// Dues: all in period 0; the chain is in a later period with none.
	if len(s.DuesPerPeriod) < 2 || s.DuesPerPeriod[0].Payments != 4 || s.DuesPerPeriod[0].Amount.Cmp(tok(70)) != 0 {
		t.Errorf("dues per period: got %+v", s.DuesPerPeriod)
	}
	for _, p := range s.DuesPerPeriod[1:] {
		if p.Payments != 0 {
			t.Errorf("period %d: %d payments, want none", p.Index, p.Payments)
		}
	}
	// The ledger: four dues, a donation, a payout; balance ends at the pool.
	l, err := e.com.Ledger(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	kinds := ""
	for _, en := range l.Entries {
		kinds += en.Kind + " "
	}
	if kinds != "dues dues dues dues donation payout " {
		t.Errorf("ledger kinds: %q", kinds)
	}
	if last := l.Entries[len(l.Entries)-1]; last.Balance.Cmp(tok(135)) != 0 || last.Amount.Cmp(tok(-35)) != 0 || last.Claim.Int64() != 1 {
		t.Errorf("payout entry: %+v", last)
	}
	// No envelope in the cache file (the chain is far past the reorg depth
	// only after more blocks: force the cache to hold everything).
	community.SetReorgDepth(e.com, 1)
	e.c.Commit()
	e.c.Commit()
	if _, err := e.com.Logs(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "logs-*.bin"))
	if len(files) != 1 {
		t.Fatalf("cache files %v", files)
	}
	data, _ := os.ReadFile(files[0])
	env := simchain.SizedEnvelope(3)
	if bytes.Contains(data, env[40:72]) {
		t.Fatal("the cache holds envelope bytes")
	}
	if !bytes.Contains(data, e.m.Address.Bytes()) {
		t.Fatal("the cache does not name its community; the scan proves nothing")
	}
	// The envelope is read by a query for its claim.
	full, err := e.com.ClaimEnvelope(e.ctx, big.NewInt(3))
	if err != nil || !bytes.Equal(full.Envelope, env) {
		t.Fatalf("ClaimEnvelope: %v, %d bytes", err, len(full.Envelope))
	}
}
