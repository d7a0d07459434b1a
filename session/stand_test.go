package session_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// Standing through the session, on the embedded chain with the demo
// community: in the waiting period the candidacy is refused when priced,
// before Confirm, and no key is kept; past it, a no from Confirm keeps
// no key and sends nothing; a yes keeps one key and the account stands.
func TestStand(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the embedded chain")
	}
	ctx := context.Background()
	dir := t.TempDir()
	const pass = "mei passphrase"
	pf := filepath.Join(t.TempDir(), "pass")
	if err := os.WriteFile(pf, []byte(pass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := session.New(session.Options{DataDir: dir, NoKeyring: true, LightKDF: true, PasswordFile: pf})
	defer s.Close()
	mei, err := s.AddAccount(session.NewAccount{Name: "mei", Phrase: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", Passphrase: []byte(pass)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateDemo(ctx, mei, []byte(pass), func(string) {}); err != nil {
		t.Fatal(err)
	}
	com, err := s.Community(ctx)
	if err != nil {
		t.Fatal(err)
	}
	snd, _, err := s.Sender(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dp, err := com.PlanDues(ctx, mei.Address, mei.Address, 4, snd.Key)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range dp.Steps() {
		q, err := s.Quote(ctx, mei.Address, session.StepPlan(com.Token, st, "dues"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Send(ctx, snd, q); err != nil {
			t.Fatal(err)
		}
	}
	keys := func() int {
		n, err := wallet.NewNotaryKeyStore(dir).List(mei.Address)
		if err != nil {
			t.Fatal(err)
		}
		return len(n)
	}
	stands := func() bool {
		e, err := com.Election(ctx, common.Address{})
		if err != nil {
			t.Fatal(err)
		}
		_, ok := e.Candidate(mei.Address)
		return ok
	}

	asked := 0
	confirm := func(err error) func(*session.Quote) error {
		return func(q *session.Quote) error {
			asked++
			if q.From != mei.Address || q.Plan.What != "stand in 1" {
				t.Errorf("quote from %s for %q", q.From.Hex(), q.Plan.What)
			}
			return err
		}
	}
	what := func(who common.Address, n uint32) string { return "stand in " + string(rune('0'+n)) }

	_, err = s.Stand(ctx, session.StandOptions{What: what, Confirm: confirm(nil)})
	var ref *community.Refusal
	if !errors.As(err, &ref) || asked != 0 || keys() != 0 || stands() {
		t.Fatalf("in the waiting period: %v; asked %d, %d keys, stands %v", err, asked, keys(), stands())
	}

	c, err := s.Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Warp(ctx, c.RPC, 91*24*time.Hour); err != nil {
		t.Fatal(err)
	}
	no := errors.New("no")
	if _, err := s.Stand(ctx, session.StandOptions{What: what, Confirm: confirm(no)}); !errors.Is(err, no) || asked != 1 || keys() != 0 || stands() {
		t.Fatalf("on no: %v; asked %d, %d keys, stands %v", err, asked, keys(), stands())
	}
	r, err := s.Stand(ctx, session.StandOptions{What: what, Confirm: confirm(nil)})
	if err != nil || asked != 2 || keys() != 1 || !stands() {
		t.Fatalf("on yes: %v; asked %d, %d keys, stands %v", err, asked, keys(), stands())
	}
	if r.Election != 1 || r.Account.Address != mei.Address || r.Receipt == nil || r.Key.File == "" {
		t.Fatalf("result %+v", r)
	}
}
