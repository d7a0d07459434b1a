package main

import (
	"context"
	"encoding/json"
	"io"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/internal/iostreams"
)

// chain_id is a JSON number in every document that has one.
func TestChainIDIsANumber(t *testing.T) {
	dir := t.TempDir()

	// huzhu node --json: its document comes first, then it serves.
	streams, _, _, _ := iostreams.Test()
	r, w := io.Pipe()
	streams.Out = w
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"--data-dir", dir, "node", "--json", "--http", ""}, streams)
		w.Close()
	}()
	var doc map[string]any
	decoded := make(chan error, 1)
	go func() { decoded <- json.NewDecoder(r).Decode(&doc) }()
	select {
	case err := <-decoded:
		if err != nil {
			t.Fatalf("node --json: %v", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("node --json printed nothing")
	}
	cancel()
	go io.Copy(io.Discard, r)
	if code := <-done; code != 0 && code != exitInterrupted {
		t.Errorf("node: exit %d", code)
	}
	if _, ok := doc["chain_id"].(float64); !ok {
		t.Errorf("node --json: chain_id is %T %v, want a number", doc["chain_id"], doc["chain_id"])
	}

	t.Run("community create", func(t *testing.T) {
		pw := passwordFile(t, "chain id passphrase")
		newAccount(t, dir, "founder", pw)
		mustOK(t, huzhu(t, dir, "faucet", "founder"))
		c := mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "founder", "--seats", "1", "--quorum", "1", "--yes", "--json")).json(t)
		if id, ok := c["chain_id"].(float64); !ok || id != 1337 {
			t.Errorf("community create --json: chain_id is %T %v, want the number 1337", c["chain_id"], c["chain_id"])
		}
	})
}
