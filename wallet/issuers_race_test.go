package wallet_test

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/wallet"
)

// Two `issuer init --name X` at once: one key is created, the others are
// refused, and the key on disk is the one whose creation succeeded (it
// used to be replaced by a later one between its Stat and its rename).
func TestConcurrentIssuerAddKeepsTheFirstKey(t *testing.T) {
	dir := t.TempDir()
	const n = 8
	var wg sync.WaitGroup
	var mu sync.Mutex
	var won []int
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := wallet.NewIssuerStore(dir)
			s.Scrypt = wallet.LightScrypt
			_, _, err := s.Add("clinic", bytes.Repeat([]byte{byte(i + 1)}, 32), fmt.Appendf(nil, "pass %d", i), time.Now())
			switch {
			case err == nil:
				mu.Lock()
				won = append(won, i)
				mu.Unlock()
			case !errors.Is(err, wallet.ErrAccountExists):
				t.Errorf("%d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	if len(won) != 1 {
		t.Fatalf("%d creations of one issuer key succeeded: %v", len(won), won)
	}
	s := wallet.NewIssuerStore(dir)
	a, err := s.Get("clinic")
	if err != nil {
		t.Fatal(err)
	}
	ws := &wallet.Store{}
	dk, err := ws.Derive(a, fmt.Appendf(nil, "pass %d", won[0]))
	if err != nil {
		t.Fatalf("the key on disk is not the one created: %v", err)
	}
	if got, err := ws.OpenSecret(a, dk); err != nil || !bytes.Equal(got, bytes.Repeat([]byte{byte(won[0] + 1)}, 32)) {
		t.Fatalf("the key on disk: %v", err)
	}
}
