package claims_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/claims"
)

// The edges of what a claim may ask: nothing is refused; the cap itself
// is allowed and one wei more is not; within a year a member may still
// ask exactly what remains of the cap, and one wei more is refused naming
// what remains.
func TestAmountEdges(t *testing.T) {
	f := joined(t, 12)
	ctx := f.ctx
	a := f.c.Accounts[4]
	now, _ := f.c.Now(ctx)
	yesterday := now.Add(-24 * time.Hour)
	cap := f.m.Params.MaxPayout
	prepare := func(cred string, amount *big.Int) error {
		_, err := f.svc.Prepare(ctx, claims.Request{Key: a.Key, Credential: cred, CredentialID: "c", Amount: amount})
		return err
	}
	big1 := f.credential(a.Key, event("edge big"), yesterday, "90000", "CNY")
	for _, tc := range []struct {
		name   string
		amount *big.Int
		ok     bool
	}{
		{"nothing", new(big.Int), false},
		{"the cap", cap, true},
		{"one wei over the cap", new(big.Int).Add(cap, big.NewInt(1)), false},
	} {
		// Nothing is invalid input; over the cap a refusal of the rules.
		if err := prepare(big1, tc.amount); (err == nil) != tc.ok || (err != nil && !errors.Is(err, claims.ErrAmount)) {
			t.Fatalf("%s: %v", tc.name, err)
		}
	}

	// 1,000 KBC paid to a (the pool holds 1,480); 4,000 remain of the
	// 5,000 cap within 365 days.
	id := f.file(a, f.credential(a.Key, event("edge first"), yesterday, "3000", "CNY"), 1000, nil)
	for i, n := range f.m.Notaries[1:] {
		p, err := f.svc.Approve(ctx, id, n.From(), f.notKeys[i+1:i+2], false)
		if err != nil {
			t.Fatal(err)
		}
		f.send(n, p)
	}
	if err := f.c.Warp(3*24*time.Hour + time.Minute); err != nil {
		t.Fatal(err)
	}
	p, err := f.svc.Settle(ctx, a.From())
	if err != nil {
		t.Fatal(err)
	}
	f.send(a, p)
	second := f.credential(a.Key, event("edge second"), yesterday, "90000", "CNY")
	if err := prepare(second, simchain.Tokens(4000)); err != nil {
		t.Fatalf("exactly what remains: %v", err)
	}
	err = prepare(second, new(big.Int).Add(simchain.Tokens(4000), big.NewInt(1)))
	if !isRefusal(err, claims.ErrAmount) || !strings.Contains(err.Error(), "4000 KBC remains") {
		t.Fatalf("one wei over what remains: %v", err)
	}
}

// A note may be exactly NoteMaxSize bytes, not one more; control and
// format characters are refused (a right-to-left override could make a
// note read otherwise), but the zero-width joiner that emoji sequences
// use is text.
func TestNoteEdges(t *testing.T) {
	for _, tc := range []struct {
		name string
		note string
		ok   bool
	}{
		{"empty", "", true},
		{"the most", strings.Repeat("x", claims.NoteMaxSize), true},
		{"one byte more", strings.Repeat("x", claims.NoteMaxSize+1), false},
		{"a right-to-left override", "the invoice \u202eis missing", false},
		{"a bell", "ring\x07", false},
		{"a zero-width joiner (an emoji sequence)", "thanks 👩\u200d⚕️", true},
	} {
		if err := claims.CheckNote(tc.note); (err == nil) != tc.ok {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}
