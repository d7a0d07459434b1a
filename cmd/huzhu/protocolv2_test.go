package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/contracts/testtoken"
	"github.com/huzhu-community/huzhu/disclosure"
)

// Protocol v2 from the command line: the public notice and a members'
// recall, vacating a seat and deciding what its board can no longer
// change, and a payout a token refuses, owed and withdrawn elsewhere.

// v2Scene is a community of three founder-named notaries (n1, n2, n3;
// quorum 2), a member who files claims (mei) and three members (m1, m2,
// m3), all past the waiting period, a trusted hospital, and mei's
// credential.
type v2Scene struct {
	t    *testing.T
	dir  string
	pw   string
	com  common.Address
	addr map[string]string
	cred string
}

func (s *v2Scene) as(account string, args ...string) []string {
	return append(args, "--account", account, "--password-file", s.pw)
}

func (s *v2Scene) run(account string, args ...string) result {
	s.t.Helper()
	return huzhu(s.t, s.dir, s.as(account, args...)...)
}

func (s *v2Scene) ok(account string, args ...string) result {
	s.t.Helper()
	return mustOK(s.t, s.run(account, args...))
}

// v2Setup says how a scene's community is made: Setup runs once the
// accounts exist, Create gives community create's extra flags, Fund gives
// an account ETH and tokens, Join makes it a member (index: its junk key).
type v2Setup struct {
	Setup  func(s *v2Scene)
	Create func(s *v2Scene) []string
	Fund   func(s *v2Scene, name string)
	Join   func(s *v2Scene, name string, index int)
}

func newV2Scene(t *testing.T, o v2Setup) *v2Scene {
	t.Helper()
	s := &v2Scene{t: t, dir: t.TempDir(), pw: passwordFile(t, "v2 passphrase"), addr: map[string]string{}}
	s.addr["founder"] = newAccount(t, s.dir, "founder", s.pw)
	people := []string{"n1", "n2", "n3", "mei", "li", "m1", "m2", "m3"}
	for i, n := range people {
		s.addr[n] = importAt(t, s.dir, n, s.pw, i)
	}
	if o.Setup != nil {
		o.Setup(s)
	}
	for _, n := range append([]string{"founder"}, people...) {
		o.Fund(s, n)
	}
	args := []string{"community", "create", "--notaries", "n1,n2,n3", "--seats", "3", "--quorum", "2", "--yes", "--json"}
	if o.Create != nil {
		args = append(args, o.Create(s)...)
	}
	c := s.ok("founder", args...).json(t)
	s.com = common.HexToAddress(c["community"].(string))
	for _, n := range []string{"n1", "n2", "n3"} {
		s.ok(n, "notary", "key", "--yes")
	}
	hosp := mustOK(t, huzhu(t, s.dir, "issuer", "init", "--name", "West China Hospital", "--password-file", s.pw, "--insecure-light-kdf", "--json")).out
	s.ok("founder", "issuer", "trust", "--new-issuer", "--jwk", writeTemp(t, "hospital.json", hosp), "--yes")
	for i, n := range people[3:] {
		o.Join(s, n, 3+i)
	}
	diagnosed := time.Now().UTC().Add(92 * 24 * time.Hour).Format("2006-01-02")
	s.cred = issueTo(t, s.dir, s.pw, "West China Hospital", "mei", map[string]any{"event_id": disclosure.NewEventID(),
		"diagnosis_category": "stroke", "diagnosis_date": diagnosed, "treatment_cost": "3000", "currency": "CNY"})
	mustOK(t, huzhu(t, s.dir, "dev", "warp", "93d"))
	return s
}

func kbcScene(t *testing.T) *v2Scene {
	return newV2Scene(t, v2Setup{
		Fund: func(s *v2Scene, name string) { mustOK(t, huzhu(t, s.dir, "faucet", name, "--tokens", "200")) },
		Join: func(s *v2Scene, name string, index int) { joinCommunity(t, s.dir, s.com, index) },
	})
}

// fileAndApprove files mei's claim for amount and has n1 and n2 approve
// it; it returns the claim as claim show --json gives it.
func (s *v2Scene) fileAndApprove(amount string) map[string]any {
	s.t.Helper()
	s.ok("mei", "claim", "submit", "--credential", s.cred, "--amount", amount, "--yes")
	s.ok("n1", "notary", "approve", "1", "--yes")
	s.ok("n2", "notary", "approve", "1", "--yes")
	return mustOK(s.t, huzhu(s.t, s.dir, "claim", "show", "1", "--json")).json(s.t)
}

// During the notice anyone sees the claim (community notice); three
// eligible members, the demo's threshold, each sign a recall once; the
// board is recalled, its claim in notice goes back and nothing is paid;
// the recalled board takes no new claim.
func TestNoticeAndRecallFromTheCLI(t *testing.T) {
	s := kbcScene(t)
	before := tokensOf(t, s.dir, "mei")
	cl := s.fileAndApprove("1000")
	if cl["status"] != "approved" || cl["notice_ends"] == nil {
		t.Fatalf("after two approvals: %v", cl)
	}
	txt := mustOK(t, huzhu(t, s.dir, "community", "notice")).out
	for _, want := range []string{"In public notice", "#1\t1000 KBC\t" + s.addr["mei"], "2 approve, 0 reject\t", "Recall of term 0's board: 0 of 3 signatures, open until"} {
		if !strings.Contains(txt, want) {
			t.Fatalf("community notice lacks %q:\n%s", want, txt)
		}
	}
	// A non-member cannot sign; a member signs once per term.
	if r := s.run("founder", "election", "recall", "--yes"); r.code != exitRefused {
		t.Fatalf("the founder (no member) signed a recall: exit %d %s", r.code, r.errOut)
	}
	r1 := s.ok("m1", "election", "recall", "--yes", "--json").json(t)
	if r1["signatures"].(float64) != 1 || r1["needed"].(float64) != 3 || r1["recalled"] != false || r1["term"].(float64) != 0 {
		t.Fatalf("the first signature: %v", r1)
	}
	wantRefused(t, s.run("m1", "election", "recall", "--yes"), "a second signature by the same member", "signed")
	signed := s.ok("m1", "community", "notice", "--json").json(t)
	if rc := signed["recalls"].([]any)[0].(map[string]any); rc["signatures"].(float64) != 1 || rc["signed_by_account"] != true {
		t.Fatalf("community notice with --account: %v", signed)
	}
	s.ok("m2", "election", "recall", "--yes")
	r3 := s.ok("m3", "election", "recall", "--yes", "--json").json(t)
	if r3["signatures"].(float64) != 3 || r3["recalled"] != true {
		t.Fatalf("the third signature: %v", r3)
	}
	// The recalled board decides nothing more; after the notice its claim
	// is returned, unpaid.
	wantRefused(t, s.run("mei", "claim", "submit", "--credential", s.cred, "--amount", "10", "--yes"), "a claim to the recalled board", "recalled")
	mustOK(t, huzhu(t, s.dir, "dev", "warp", "3d"))
	s.ok("li", "claim", "settle", "--yes")
	if cl := mustOK(t, huzhu(t, s.dir, "claim", "show", "1", "--json")).json(t); cl["status"] != "returned" {
		t.Fatalf("the recalled board's claim: %v", cl)
	}
	if after := tokensOf(t, s.dir, "mei"); after != before {
		t.Fatalf("mei's tokens went from %s to %s: a recalled board's claim was paid", before, after)
	}
	if txt := mustOK(t, huzhu(t, s.dir, "community", "notice")).out; !strings.Contains(txt, "The board of term 0 was recalled") {
		t.Fatalf("community notice after the recall:\n%s", txt)
	}
	if r := mustOK(t, huzhu(t, s.dir, "community", "audit")); !strings.Contains(r.out, "PASS") {
		t.Fatalf("audit: %s", r.out)
	}
}

// Two notaries vacate an absent third's seat (each ask counted, the
// reason public); a claim its remaining seats can no longer approve is
// decided by anyone: rejected.
func TestVacateAndDecideFromTheCLI(t *testing.T) {
	s := kbcScene(t)
	// n3 publishes, outside huzhu, a key no one can seal to (an ML-KEM
	// half out of range): mei is told, the claim is sealed to n1 and n2,
	// and their review names n3.
	info := mustOK(t, huzhu(t, s.dir, "community", "info", "--json")).json(t)
	board := common.HexToAddress(info["parts"].(map[string]any)["board"].(string))
	bad := make([]byte, 1216)
	for i := range bad {
		bad[i] = 0xff
	}
	ctx := context.Background()
	conn, err := chain.Open(ctx, chain.OpenOptions{DataDir: s.dir})
	if err != nil {
		t.Fatal(err)
	}
	n3 := junkKeyAt(t, 2)
	n3.Backend = conn
	_, err = n3.Send(ctx, &board, contracts.BoardABI.PackSetNotaryKey(bad), nil)
	conn.Close()
	if err != nil {
		t.Fatal(err)
	}
	sub := s.run("mei", "claim", "submit", "--credential", s.cred, "--amount", "1000", "--yes", "--json")
	res := mustOK(t, sub).json(t)
	if uk := res["unusable_keys"].([]any); len(uk) != 1 || uk[0] != s.addr["n3"] || !strings.Contains(sub.errOut, "notary "+s.addr["n3"]+" of term 0 published no key the claim can be sealed to") {
		t.Fatalf("submit with n3's unusable key: %v\n%s", res, sub.errOut)
	}
	rv := s.ok("n1", "notary", "review", "1", "--json").json(t)
	var sealed map[string]any
	for _, c := range rv["checks"].([]any) {
		if c.(map[string]any)["id"] == "sealed-to-every-notary" {
			sealed = c.(map[string]any)
		}
	}
	if sealed == nil || !strings.Contains(sealed["reason"].(string), s.addr["n3"]) {
		t.Fatalf("the review does not name n3's unusable key: %v", sealed)
	}
	s.ok("n1", "notary", "reject", "1", "--reason", "other", "--note", "the invoice is missing", "--yes")
	wantRefused(t, s.run("li", "claim", "decide", "1", "--yes"), "deciding a claim its seats can still decide", "")

	if r := s.run("n1", "notary", "vacate", "n3", "--reason", "lazy", "--yes"); r.code != exitUsage || !strings.Contains(r.errOut, "unusable-key") {
		t.Fatalf("an unknown reason: exit %d %s", r.code, r.errOut)
	}
	wantRefused(t, s.run("mei", "notary", "vacate", "n3", "--reason", "absent", "--yes"), "a member vacating a seat", "holds no seat")
	wantRefused(t, s.run("n1", "notary", "vacate", "n1", "--reason", "absent", "--yes"), "vacating one's own seat", "resign instead")
	v1 := s.ok("n1", "notary", "vacate", "n3", "--reason", "unusable-key", "--yes", "--json").json(t)
	if v1["vacated"] != false || v1["asked"].(float64) != 1 || v1["needed"].(float64) != 2 || v1["reason"] != "unusable-key" {
		t.Fatalf("the first ask: %v", v1)
	}
	wantRefused(t, s.run("n1", "notary", "vacate", "n3", "--reason", "unusable-key", "--yes"), "asking twice", "already asked")
	v2 := s.ok("n2", "notary", "vacate", "n3", "--reason", "unusable-key", "--yes", "--json").json(t)
	if v2["vacated"] != true {
		t.Fatalf("the second ask: %v", v2)
	}
	res = mustOK(t, huzhu(t, s.dir, "election", "results", "--json")).json(t)
	for _, n := range res["notaries"].([]any) {
		if n.(map[string]any)["address"] == s.addr["n3"] {
			t.Fatalf("n3 still seated: %v", res)
		}
	}
	// Two seats are held, quorum 2, n1 rejected: claim 1 can no longer
	// be approved; anyone decides it.
	d := s.ok("li", "claim", "decide", "1", "--yes", "--json").json(t)
	if cl := mustOK(t, huzhu(t, s.dir, "claim", "show", "1", "--json")).json(t); cl["status"] != "rejected" {
		t.Fatalf("after decide %v: %v", d, cl)
	}
}

// A token that refuses to pay mei: her payout is owed, the queue moves on,
// and she withdraws it to another address.
func TestOwedPayoutWithdrawnFromTheCLI(t *testing.T) {
	blt := testtoken.NewBlocklistToken()
	admin := junkKeyAt(t, 9) // deploys the token, mints, blocks
	var token common.Address
	adminSend := func(s *v2Scene, to *common.Address, data []byte) *types.Receipt {
		t.Helper()
		ctx := context.Background()
		conn, err := chain.Open(ctx, chain.OpenOptions{DataDir: s.dir})
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		admin.Backend = conn
		r, err := admin.Send(ctx, to, data, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	tokens := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	s := newV2Scene(t, v2Setup{
		Setup: func(s *v2Scene) {
			mustOK(t, huzhu(t, s.dir, "faucet", admin.From().Hex()))
			token = adminSend(s, nil, common.FromHex(testtoken.BlocklistTokenMetaData.Bin)).ContractAddress
		},
		Create: func(s *v2Scene) []string { return []string{"--token", token.Hex()} },
		Fund: func(s *v2Scene, name string) {
			mustOK(t, huzhu(t, s.dir, "faucet", name))
			adminSend(s, &token, blt.PackMint(common.HexToAddress(s.addr[name]), tokens(1000)))
		},
		Join: func(s *v2Scene, name string, _ int) { s.ok(name, "member", "join", "--periods", "12", "--yes") },
	})
	s.fileAndApprove("500") // the pool: 5 members × 12 periods × 10 BLT
	mustOK(t, huzhu(t, s.dir, "dev", "warp", "3d"))
	// The token now refuses mei (a blocklist, as USDC and USDT keep).
	adminSend(s, &token, blt.PackSetBlocked(common.HexToAddress(s.addr["mei"]), true))
	s.ok("li", "claim", "settle", "--yes")
	cl := mustOK(t, huzhu(t, s.dir, "claim", "show", "1", "--json")).json(t)
	if cl["status"] != "paid" || cl["owed"] == nil || cl["owed"].(map[string]any)["value"] != "500" {
		t.Fatalf("a payout the token refused: %v", cl)
	}
	if txt := mustOK(t, huzhu(t, s.dir, "claim", "show", "1")).out; !strings.Contains(txt, "the token refused the transfer") {
		t.Fatalf("claim show of an owed payout:\n%s", txt)
	}
	if r := mustOK(t, huzhu(t, s.dir, "community", "audit")); !strings.Contains(r.out, "PASS") {
		t.Fatalf("audit with an owed payout: %s", r.out)
	}
	// Withdrawn to li's address (the token accepts it); nothing more owed.
	before := tokensOf(t, s.dir, "li")
	w := s.ok("mei", "claim", "withdraw", "--to", "li", "--yes", "--json").json(t)
	if w["amount"].(map[string]any)["value"] != "500" || w["to"] != s.addr["li"] {
		t.Fatalf("withdraw: %v", w)
	}
	if after := tokensOf(t, s.dir, "li"); parseTokens(t, after)-parseTokens(t, before) != 500 {
		t.Fatalf("li's tokens: %s before, %s after; want 500 more", before, after)
	}
	wantRefused(t, s.run("mei", "claim", "withdraw", "--yes"), "withdrawing twice", "owes", "nothing")
	cl = mustOK(t, huzhu(t, s.dir, "claim", "show", "1", "--json")).json(t)
	if cl["owed_withdrawn"] != true {
		t.Fatalf("claim show after the withdrawal: %v", cl)
	}
	if txt := mustOK(t, huzhu(t, s.dir, "claim", "show", "1")).out; !strings.Contains(txt, "withdrawn since") {
		t.Fatalf("claim show after the withdrawal:\n%s", txt)
	}
	if l := mustOK(t, huzhu(t, s.dir, "claim", "list", "--json")).json(t); l["claims"].([]any)[0].(map[string]any)["owed_withdrawn"] != true {
		t.Fatalf("claim list after the withdrawal: %v", l)
	}
	if r := mustOK(t, huzhu(t, s.dir, "community", "audit")); !strings.Contains(r.out, "PASS") {
		t.Fatalf("audit after the withdrawal: %s", r.out)
	}
}
