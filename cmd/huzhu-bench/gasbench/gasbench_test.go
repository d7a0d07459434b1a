package gasbench

import (
	"context"
	"io"
	"testing"
)

// TestTargets runs the gas benchmark at small member counts and checks
// every target. Gas is deterministic: this asserts no timing.
func TestTargets(t *testing.T) {
	rows, err := Run(context.Background(), []int{1, 60}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rows), 2*len(Operations); got != want {
		t.Fatalf("got %d rows, want %d", got, want)
	}
	for _, r := range rows {
		if r.Gas == 0 || r.BaselineExisting == 0 || r.BaselineFresh == 0 {
			t.Fatalf("row without a measurement: %+v", r)
		}
	}
	for _, miss := range Check(rows) {
		t.Error(miss)
	}
}

func TestCheckFindsMisses(t *testing.T) {
	rows := []Row{
		{Op: "join", Members: 1, Gas: 131, BaselineFresh: 100, BaselineExisting: 50},
		{Op: "notary_vote", Members: 1, Gas: 51, BaselineFresh: 100, BaselineExisting: 50},
		{Op: "stand", Members: 1, Gas: 1000},
		{Op: "stand", Members: 10, Gas: 1011},
	}
	if got := len(Check(rows)); got != 3 {
		t.Fatalf("got %d misses, want 3: %v", got, Check(rows))
	}
}
