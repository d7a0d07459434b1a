package main

import (
	"context"
	"encoding/csv"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/wallet"
)

// community stats and ledger on the embedded chain: mei joins for two
// periods and donates 5 KBC; the ledger lists both with a running balance
// (CSV with a header row, JSON with typed amounts), the stats count one
// active member and the pool, a second run reads the data dir's cache, and
// the audit still passes over the same events.
func TestCommunityStatsAndLedger(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "stats passphrase")
	newAccount(t, dir, "founder", pw)
	newAccount(t, dir, "n1", pw)
	importJunk(t, dir, "mei", pw)
	mustOK(t, huzhu(t, dir, "faucet", "founder"))
	mustOK(t, huzhu(t, dir, "faucet", "mei", "--eth", "2", "--tokens", "100"))
	c := mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "n1", "--seats", "1", "--quorum", "1", "--yes", "--json")).json(t)
	com := common.HexToAddress(c["community"].(string))

	// No member command yet: mei joins and donates straight through the contract.
	seed, _ := wallet.Seed(junk, "")
	key, _ := wallet.DeriveKey(seed, wallet.EthereumPath(3))
	conn, err := chain.Open(context.Background(), chain.OpenOptions{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	s := &chain.KeySender{Backend: conn, Key: key}
	token := chain.DevToken
	abi := contracts.NewCommunity()
	kbc := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	var txs []string
	for _, step := range []struct {
		to   *common.Address
		data []byte
	}{
		{&token, contracts.NewKangbaoCoin().PackApprove(com, kbc(100))},
		{&com, abi.PackJoin(big.NewInt(2))},
		{&com, abi.PackDonate(kbc(5))},
	} {
		r, err := s.Send(context.Background(), step.to, step.data, nil)
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, r.TxHash.Hex())
	}
	conn.Close()
	mei := s.From().Hex()

	out := mustOK(t, huzhu(t, dir, "community", "ledger", "--csv")).out
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("ledger --csv is not CSV: %v\n%s", err, out)
	}
	if !strings.Contains(out, "\r\n") {
		t.Error("ledger --csv: lines do not end in CRLF (RFC 4180)")
	}
	if got := strings.Join(rows[0], ","); got != "time,block,tx,log_index,kind,amount,amount_raw,balance,balance_raw,symbol,payer,member,claim" {
		t.Fatalf("CSV header: %s", got)
	}
	if len(rows) != 3 {
		t.Fatalf("ledger --csv: got %d rows, want a header and 2:\n%s", len(rows), out)
	}
	want := [][]string{
		{txs[1], "dues", "20", "20000000000000000000", "20", "KBC", mei, mei},
		{txs[2], "donation", "5", "5000000000000000000", "25", "KBC", mei, ""},
	}
	for i, w := range want {
		r := rows[i+1]
		got := []string{r[2], r[4], r[5], r[6], r[7], r[9], r[10], r[11]}
		if strings.Join(got, ",") != strings.Join(w, ",") {
			t.Errorf("CSV row %d: got %v, want %v", i+1, got, w)
		}
	}

	doc := mustOK(t, huzhu(t, dir, "community", "ledger", "--json")).json(t)
	entries := doc["entries"].([]any)
	if len(entries) != 2 || entries[1].(map[string]any)["balance"].(map[string]any)["raw"] != "25000000000000000000" {
		t.Fatalf("ledger --json: %v", doc)
	}

	cold := mustOK(t, huzhu(t, dir, "community", "stats", "--json")).json(t)
	members := cold["members"].(map[string]any)
	if members["active"] != 1.0 || members["ever"] != 1.0 {
		t.Errorf("members: %v, want 1 active of 1", members)
	}
	for k, v := range map[string]string{"pool": "25", "token_balance": "25", "dues": "20", "donations": "5", "paid": "0"} {
		if got := cold[k].(map[string]any)["value"]; got != v {
			t.Errorf("%s: got %v, want %s", k, got, v)
		}
	}
	if cold["member_periods"] != "2" || cold["claims"].(map[string]any)["filed"] != 0.0 {
		t.Errorf("stats: %v", cold)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "cache", "logs-*.bin")); len(files) != 1 {
		t.Errorf("cache files: %v, want one under the data dir's cache", files)
	} else if fi, _ := os.Stat(files[0]); fi.Mode().Perm() != 0o600 {
		t.Errorf("cache mode %v", fi.Mode().Perm())
	}
	warm := mustOK(t, huzhu(t, dir, "community", "stats", "--json")).out
	if !strings.Contains(warm, `"active": 1`) || !strings.Contains(warm, `"raw": "25000000000000000000"`) {
		t.Errorf("warm stats differ:\n%s", warm)
	}
	human := mustOK(t, huzhu(t, dir, "community", "stats")).out
	if !strings.Contains(human, "Active members\t1") || !strings.Contains(human, "Pool (from events)\t25 KBC") {
		t.Errorf("stats:\n%s", human)
	}
	if r := mustOK(t, huzhu(t, dir, "community", "audit")); !strings.Contains(r.out, "PASS") {
		t.Fatalf("audit: %s", r.out)
	}
	if r := huzhu(t, dir, "community", "ledger", "--csv", "--json"); r.code != exitUsage {
		t.Errorf("--csv --json: exit %d, want %d", r.code, exitUsage)
	}
}
