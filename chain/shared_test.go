package chain_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/chain"
)

// Open from many goroutines at once on a fresh data dir, in-process mode:
// exactly one runs the chain, none fails (the dev node's own data-dir lock
// never surfaces), and the one that runs it does not stop it under the
// others: its Close waits until they are done.
func TestOpenConcurrentlyInProcess(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	const n = 8
	conns := make([]*chain.Conn, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			conns[i], errs[i] = chain.Open(ctx, chain.OpenOptions{DataDir: dir})
		}()
	}
	wg.Wait()
	owner := -1
	for i, err := range errs {
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if conns[i].Node != nil {
			if owner >= 0 {
				t.Fatal("two opens run the chain")
			}
			owner = i
		}
	}
	if owner < 0 {
		t.Fatal("no open runs the chain")
	}
	// The owner closes first; the others keep working meanwhile.
	closed := make(chan struct{})
	go func() { conns[owner].Close(); close(closed) }()
	time.Sleep(200 * time.Millisecond)
	for i, c := range conns {
		if i == owner {
			continue
		}
		select {
		case <-closed:
			t.Fatal("the owner stopped the chain while others used it")
		default:
		}
		if _, err := c.BlockNumber(ctx); err != nil {
			t.Fatalf("client %d after the owner began closing: %v", i, err)
		}
		c.Close()
	}
	select {
	case <-closed:
	case <-time.After(10 * time.Second):
		t.Fatal("the owner's Close did not return once the others were done")
	}
	// The next Open starts the chain again.
	c, err := chain.Open(ctx, chain.OpenOptions{DataDir: dir})
	if err != nil || c.Node == nil {
		t.Fatalf("reopen: %v", err)
	}
	c.Close()
}

// A server that never answers, or that fails, makes Open give up with
// ErrUnreachable (exit 5 in the CLI) within its bound, naming the log.
func TestOpenServerNeverReady(t *testing.T) {
	ctx := context.Background()
	for _, argv := range [][]string{{"/bin/sleep", "5"}, {"/bin/false"}} {
		dir := t.TempDir()
		start := time.Now()
		_, err := chain.Open(ctx, chain.OpenOptions{DataDir: dir, ServerArgv: argv, StartTimeout: time.Second})
		if !errors.Is(err, chain.ErrUnreachable) || !strings.Contains(err.Error(), "node.log") {
			t.Fatalf("%v: got %v, want ErrUnreachable naming the log", argv, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("%v: gave up after %s", argv, d)
		}
	}
}
