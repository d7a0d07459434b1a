package main

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/wallet"
)

// wallet history as a new member reads it after funding and a join: the
// dues once, the ETH received (faucet and another account of the data
// dir), faucet tokens as a mint, and a header at a terminal only.
func TestWalletHistoryAfterJoin(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "history passphrase")
	newAccount(t, dir, "founder", pw)
	newAccount(t, dir, "n1", pw)
	importJunk(t, dir, "mei", pw)
	founder := mustOK(t, huzhu(t, dir, "faucet", "founder", "--json")).json(t)["address"].(string)
	mustOK(t, huzhu(t, dir, "faucet", "mei", "--eth", "2", "--tokens", "100"))
	c := mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "n1", "--seats", "1", "--quorum", "1", "--yes", "--json")).json(t)
	com := common.HexToAddress(c["community"].(string))
	mustOK(t, huzhu(t, dir, "wallet", "send", "--account", "founder", "--to", "mei", "--amount", "0.5", "--password-file", pw, "--yes"))

	// mei joins (no member command yet: straight through the contract).
	seed, _ := wallet.Seed(junk, "")
	key, _ := wallet.DeriveKey(seed, wallet.EthereumPath(3))
	conn, err := chain.Open(context.Background(), chain.OpenOptions{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	s := &chain.KeySender{Backend: conn, Key: key}
	token := chain.DevToken
	if _, err := s.Send(context.Background(), &token, contracts.NewKangbaoCoin().PackApprove(com, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))), nil); err != nil {
		t.Fatal(err)
	}
	join, err := s.Send(context.Background(), &com, contracts.NewCommunity().PackJoin(big.NewInt(1)), nil)
	if err != nil {
		t.Fatal(err)
	}
	conn.Close()

	var items []map[string]any
	r := mustOK(t, huzhu(t, dir, "wallet", "history", "mei", "--community", com.Hex(), "--json"))
	if err := json.Unmarshal([]byte(r.out), &items); err != nil {
		t.Fatalf("history --json: %v\n%s", err, r.out)
	}
	count := map[string]int{}
	for _, it := range items {
		count[it["kind"].(string)]++
		if it["tx"] == join.TxHash.Hex() && it["kind"] != wallet.HistoryDues {
			t.Errorf("the join shows as %v besides its dues", it["kind"])
		}
		if it["kind"] == wallet.HistoryTokenIn && it["note"] != wallet.NoteMint {
			t.Errorf("faucet tokens: got note %v, want %q", it["note"], wallet.NoteMint)
		}
	}
	if count[wallet.HistoryDues] != 1 || count[wallet.HistoryETHIn] != 2 || count[wallet.HistoryTokenIn] != 1 {
		t.Fatalf("history: got %v, want one dues, two eth-in (faucet, founder), one token-in:\n%s", count, r.out)
	}
	var fromFounder, fromFaucet bool
	for _, it := range items {
		if it["kind"] == wallet.HistoryETHIn {
			fromFounder = fromFounder || it["counterparty"] == founder && it["amount"].(map[string]any)["value"] == "0.5"
			fromFaucet = fromFaucet || it["note"] == wallet.NoteFaucet && it["counterparty"] == chain.DevFaucet.Hex()
		}
	}
	if !fromFounder || !fromFaucet {
		t.Fatalf("ETH received: from founder %v, from faucet %v:\n%s", fromFounder, fromFaucet, r.out)
	}

	tty := mustOK(t, huzhuTTY(t, dir, true, "wallet", "history", "mei", "--community", com.Hex())).out
	if first := strings.SplitN(tty, "\n", 2)[0]; !strings.Contains(first, "Time") || !strings.Contains(first, "Counterparty") {
		t.Errorf("at a terminal: got first line %q, want a header", first)
	}
	if !strings.Contains(tty, "\tmint\t") {
		t.Errorf("faucet tokens: want the counterparty \"mint\":\n%s", tty)
	}
	piped := mustOK(t, huzhu(t, dir, "wallet", "history", "mei", "--community", com.Hex())).out
	if strings.Contains(piped, "Counterparty") || strings.Count(piped, "\n") != len(items) {
		t.Errorf("piped: want %d TSV lines and no header:\n%s", len(items), piped)
	}
}
