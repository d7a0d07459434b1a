package main

import (
	"strings"
	"testing"
)

// The audit recomputes the pool from the community's events alone: PASS on
// a new community; a plain token transfer to the contract is a
// discrepancy (exit 3) naming the amount; after anyone's sync it passes
// again and counts the transfer as a synced surplus.
func TestCommunityAuditAndSync(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "audit passphrase")
	newAccount(t, dir, "founder", pw)
	newAccount(t, dir, "n1", pw)
	mustOK(t, huzhu(t, dir, "faucet", "founder"))
	c := mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "n1", "--seats", "2", "--quorum", "1", "--yes", "--json")).json(t)
	addr := c["community"].(string)

	r := mustOK(t, huzhu(t, dir, "community", "audit"))
	if !strings.Contains(r.out, "PASS") {
		t.Fatalf("a new community's audit: %s", r.out)
	}

	// 7 KBC sent straight to the contract: no community event explains them.
	mustOK(t, huzhu(t, dir, "wallet", "send", "--account", "founder", "--password-file", pw, "--to", addr, "--amount", "7", "--token", "--yes"))
	r = huzhu(t, dir, "community", "audit", "--json")
	if r.code != exitRefused || !strings.Contains(r.errOut, "7 KBC more than its events explain") {
		t.Fatalf("audit after a plain transfer: exit %d, %s", r.code, r.errOut)
	}
	if doc := r.json(t); doc["pass"] != false || doc["balance"].(map[string]any)["value"] != "7" || doc["from_events"].(map[string]any)["value"] != "0" {
		t.Fatalf("audit --json after a plain transfer: %v", doc)
	}

	// Anyone's sync states the balance; the audit passes and shows where
	// the 7 KBC came from.
	r = huzhu(t, dir, "community", "sync", "--account", "n1", "--password-file", pw, "--yes")
	if r.code != exitRefused || !strings.Contains(r.errOut, "huzhu faucet") {
		t.Fatalf("sync without ETH for gas: exit %d, %s", r.code, r.errOut)
	}
	mustOK(t, huzhu(t, dir, "faucet", "n1", "--tokens", "0"))
	mustOK(t, huzhu(t, dir, "community", "sync", "--account", "n1", "--password-file", pw, "--yes"))
	doc := mustOK(t, huzhu(t, dir, "community", "audit", "--json")).json(t)
	if doc["pass"] != true || doc["synced_surplus"].(map[string]any)["value"] != "7" || doc["from_events"].(map[string]any)["value"] != "7" {
		t.Fatalf("audit after sync: %v", doc)
	}
}
