package chain_test

import (
	"context"
	"net"
	"os"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/chain"
)

// A client that reaches the embedded chain while it starts never sees it
// without its dev KBC: the node serves IPC only once the token is
// deployed (a dashboard read "no token contract" at the dev KBC's
// address when it came too early).
func TestDevNodeServesOnlyWithItsToken(t *testing.T) {
	dir := t.TempDir()
	ipc := chain.IPCPath(dir)
	started := make(chan *chain.DevNode, 1)
	go func() {
		n, err := chain.StartDevNode(chain.DevConfig{DataDir: dir})
		if err != nil {
			t.Error(err)
		}
		started <- n
	}()
	ctx := context.Background()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(ipc); err != nil {
			time.Sleep(time.Millisecond)
			continue
		}
		c, err := chain.Dial(ctx, ipc)
		if err != nil {
			time.Sleep(time.Millisecond)
			continue
		}
		code, err := c.CodeAt(ctx, chain.DevToken, nil)
		info, ierr := chain.DevInfoOf(ctx, c.RPC)
		c.Close()
		if err != nil || ierr != nil {
			t.Fatalf("first answer: %v %v", err, ierr)
		}
		if len(code) == 0 || !info.Ready {
			t.Fatalf("the node answered before its token existed (code %d bytes, ready %v)", len(code), info.Ready)
		}
		break
	}
	n := <-started
	if n == nil {
		t.Fatal("no node")
	}
	n.Close()
	if _, err := os.Stat(ipc); err == nil {
		t.Fatal("the IPC socket outlived the node")
	}
}

// Over HTTP (huzhu node --http) the node answers while it starts; Dial
// waits until it is ready, so a client never finds it without its token.
func TestDialWaitsForAStartingDevNode(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	dir := t.TempDir()
	started := make(chan *chain.DevNode, 1)
	go func() {
		n, err := chain.StartDevNode(chain.DevConfig{DataDir: dir, HTTPAddr: addr})
		if err != nil {
			t.Error(err)
		}
		started <- n
	}()
	ctx := context.Background()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		c, err := chain.Dial(ctx, "http://"+addr)
		if err != nil {
			time.Sleep(time.Millisecond)
			continue
		}
		code, err := c.CodeAt(ctx, chain.DevToken, nil)
		c.Close()
		if err != nil || len(code) == 0 {
			t.Fatalf("Dial returned a node without its token: %d bytes, %v", len(code), err)
		}
		break
	}
	if n := <-started; n != nil {
		n.Close()
	}
}
