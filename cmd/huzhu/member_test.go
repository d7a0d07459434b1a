package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
)

// newCommunity makes a data dir with a founder and three first notaries
// (n1..n3) in the demo community (10 KBC per 30d, 90d waiting, 15d grace,
// 90d terms), and funded wallet accounts for members.
func newCommunity(t *testing.T, pw string, members ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range append([]string{"founder", "n1", "n2", "n3"}, members...) {
		newAccount(t, dir, n, pw)
	}
	mustOK(t, huzhu(t, dir, "faucet", "founder"))
	for _, m := range members {
		mustOK(t, huzhu(t, dir, "faucet", m))
	}
	mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "n1,n2,n3", "--yes"))
	return dir
}

func parseTime(t *testing.T, s any) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s.(string))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// nonce is how many transactions addr has sent.
func nonce(t *testing.T, dir, addr string) uint64 {
	t.Helper()
	c, err := chain.Open(context.Background(), chain.OpenOptions{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	n, err := c.NonceAt(context.Background(), common.HexToAddress(addr), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

const noRefund = "never refunded"

// A member joins (one transaction with KBC's permit, the no-refund notice
// before the first payment only), is waiting until the date the status
// names, is paid for by another member, lapses past grace, and joins
// again with a new waiting period. The roster shows who paid what.
func TestMemberJoinContributeStatus(t *testing.T) {
	pw := passwordFile(t, "member passphrase")
	dir := newCommunity(t, pw, "alice", "bob")
	alice := mustOK(t, huzhu(t, dir, "wallet", "show", "alice", "--json")).json(t)["address"].(string)
	as := func(acct string, args ...string) []string {
		return append(args, "--account", acct, "--password-file", pw)
	}

	if r := huzhu(t, dir, as("alice", "member", "join", "--periods", "0", "--yes")...); r.code != exitUsage || !strings.Contains(r.errOut, "--periods must be between 1 and 120") {
		t.Fatalf("--periods 0: exit %d %s", r.code, r.errOut)
	}
	if r := huzhu(t, dir, as("alice", "member", "join", "--periods", "121", "--yes")...); r.code != exitUsage {
		t.Fatalf("--periods 121: exit %d %s", r.code, r.errOut)
	}
	if r := huzhu(t, dir, as("alice", "member", "contribute", "--for", "0x0000000000000000000000000000000000000000", "--yes")...); r.code != exitUsage || !strings.Contains(r.errOut, "zero address") {
		t.Fatalf("contribute --for the zero address: exit %d %s", r.code, r.errOut)
	}
	// Not at a terminal and no --yes: the notice is shown, nothing is sent.
	r := huzhu(t, dir, as("alice", "member", "join", "--periods", "3")...)
	if r.code != exitUsage || !strings.Contains(r.errOut, noRefund) || !strings.Contains(r.errOut, "30 KBC") {
		t.Fatalf("join without --yes: exit %d\n%s", r.code, r.errOut)
	}
	if n := nonce(t, dir, alice); n != 0 {
		t.Fatalf("%d transactions sent without a confirmation", n)
	}

	r = mustOK(t, huzhu(t, dir, as("alice", "member", "join", "--periods", "3", "--yes")...))
	if !strings.Contains(r.errOut, noRefund) || strings.Index(r.errOut, noRefund) > strings.Index(r.errOut, "Estimated fee") {
		t.Fatalf("the no-refund notice is not shown before the first payment:\n%s", r.errOut)
	}
	// The permit path: one transaction, no approval.
	if n := nonce(t, dir, alice); n != 1 {
		t.Fatalf("join sent %d transactions, want 1 (a permit, no approve)", n)
	}

	st := mustOK(t, huzhu(t, dir, "member", "status", "alice", "--json")).json(t)
	eligible := parseTime(t, st["eligible_at"])
	if st["state"] != "waiting" || !eligible.Equal(parseTime(t, st["joined_at"]).Add(90*24*time.Hour)) ||
		!parseTime(t, st["covered_until"]).Equal(parseTime(t, st["joined_at"]).Add(90*24*time.Hour)) {
		t.Fatalf("status: %v", st)
	}
	txt := mustOK(t, huzhu(t, dir, "member", "status", "--account", "alice")).out
	if !strings.Contains(txt, "waiting until "+community.FormatFrom(eligible)) {
		t.Fatalf("status does not say waiting until %s:\n%s", community.FormatFrom(eligible), txt)
	}

	// A second payment: no notice, same join date.
	r = mustOK(t, huzhu(t, dir, as("alice", "member", "join", "--yes", "--json")...))
	if strings.Contains(r.errOut, noRefund) || r.json(t)["first_payment"] != false {
		t.Fatalf("the notice came again on a renewal:\n%s", r.errOut)
	}

	// Without a permit: an approval, then the payment, under one confirmation.
	bob := mustOK(t, huzhu(t, dir, "wallet", "show", "bob", "--json")).json(t)["address"].(string)
	if r := huzhu(t, dir, as("bob", "member", "join", "--no-permit")...); r.code != exitUsage || nonce(t, dir, bob) != 0 || !strings.Contains(r.errOut, "2 transactions") {
		t.Fatalf("join without a permit, unconfirmed: exit %d, nonce %d\n%s", r.code, nonce(t, dir, bob), r.errOut)
	}
	r = mustOK(t, huzhu(t, dir, as("bob", "member", "join", "--no-permit", "--yes", "--json")...))
	if j := r.json(t); j["permit"] != false || len(j["transactions"].([]any)) != 2 || nonce(t, dir, bob) != 2 {
		t.Fatalf("join without a permit: %v\n%s", j, r.errOut)
	}

	// bob pays two periods for alice (named by account): her coverage grows, her join date stays.
	j := mustOK(t, huzhu(t, dir, as("bob", "member", "contribute", "--for", "alice", "--periods", "2", "--yes", "--json")...)).json(t)
	if j["member"] != alice || j["permit"] != true || len(j["transactions"].([]any)) != 1 || j["state"] != "waiting" ||
		!parseTime(t, j["covered_until"]).Equal(parseTime(t, st["covered_until"]).Add(90*24*time.Hour)) || j["amount"].(map[string]any)["value"] != "20" {
		t.Fatalf("contribute: %v", j)
	}
	// bob's first payment for a member who never paid: the notice.
	carol := newAccount(t, dir, "carol", pw)
	r = mustOK(t, huzhu(t, dir, as("bob", "member", "contribute", "--for", carol, "--yes")...))
	if !strings.Contains(r.errOut, noRefund) {
		t.Fatalf("no notice before carol's first payment:\n%s", r.errOut)
	}

	// 6 periods = 180d of coverage; past it and the 15d grace, alice has lapsed.
	mustOK(t, huzhu(t, dir, "dev", "warp", "181d"))
	if s := mustOK(t, huzhu(t, dir, "member", "status", "alice", "--json")).json(t); s["state"] != "grace" {
		t.Fatalf("after coverage: %v", s)
	}
	mustOK(t, huzhu(t, dir, "dev", "warp", "15d"))
	s := mustOK(t, huzhu(t, dir, "member", "status", "alice", "--json")).json(t)
	if s["state"] != "lapsed" || s["if_paid"].(map[string]any)["rejoin"] != true {
		t.Fatalf("after grace: %v", s)
	}
	j = mustOK(t, huzhu(t, dir, as("alice", "member", "join", "--yes", "--json")...)).json(t)
	if j["rejoin"] != true || j["first_payment"] != false || j["state"] != "waiting" ||
		!parseTime(t, j["eligible_at"]).After(eligible.Add(90*24*time.Hour)) {
		t.Fatalf("re-join: %v", j)
	}

	m := mustOK(t, huzhu(t, dir, "community", "members", "--json")).json(t)
	list := m["members"].([]any)
	if len(list) != 3 {
		t.Fatalf("members: %v", m)
	}
	first := list[0].(map[string]any)
	if first["member"] != alice || first["payments"].(float64) != 4 || first["paid"].(map[string]any)["value"] != "70" ||
		len(first["payers"].([]any)) != 2 || first["state"] != "waiting" || list[1].(map[string]any)["member"] != bob || list[2].(map[string]any)["member"] != carol {
		t.Fatalf("alice in the roster: %v", first)
	}
	if c := m["counts"].(map[string]any); c["waiting"].(float64) != 1 || c["lapsed"].(float64) != 2 {
		t.Fatalf("counts: %v", c)
	}
	if txt := mustOK(t, huzhu(t, dir, "community", "members")).out; !strings.Contains(txt, alice+"\twaiting\t") {
		t.Fatalf("members, piped:\n%s", txt)
	}
}
