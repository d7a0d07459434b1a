package wallet

import (
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// The journal keeps every pending entry however old, and only the latest
// maxFinished finished ones (mined, failed, replaced…): a long-lived
// account's journal stays bounded without losing what it still waits for.
func TestJournalKeepsPendingAndTheLatestFinished(t *testing.T) {
	j := NewJournal(t.TempDir())
	from := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	t0 := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	var es []Entry
	// Pending entries first (the oldest), then more finished ones than
	// the journal keeps, one of them exactly at the limit's edge.
	for i := 0; i < 3; i++ {
		es = append(es, Entry{From: from, Hash: common.HexToHash(fmt.Sprintf("0xa%d", i)), State: StatePending, Created: t0.Add(time.Duration(i) * time.Second)})
	}
	for i := 0; i < maxFinished+2; i++ {
		es = append(es, Entry{From: from, Hash: common.HexToHash(fmt.Sprintf("0xb%d", i)), State: StateMined, Created: t0.Add(time.Hour + time.Duration(i)*time.Second)})
	}
	if err := j.write(from, es); err != nil {
		t.Fatal(err)
	}
	got, err := j.Entries(from)
	if err != nil {
		t.Fatal(err)
	}
	pending, finished := 0, 0
	for _, e := range got {
		if e.State == StatePending {
			pending++
		} else {
			finished++
		}
	}
	if pending != 3 || finished != maxFinished {
		t.Fatalf("kept %d pending and %d finished, want 3 and %d", pending, finished, maxFinished)
	}
	// The two oldest finished entries went, the newest stayed.
	for _, e := range got {
		if e.Hash == common.HexToHash("0xb0") || e.Hash == common.HexToHash("0xb1") {
			t.Fatalf("an oldest finished entry was kept: %s", e.Hash.Hex())
		}
	}
	if last := got[len(got)-1]; last.Hash != common.HexToHash(fmt.Sprintf("0xb%d", maxFinished+1)) {
		t.Fatalf("the newest entry is missing; last kept %s", last.Hash.Hex())
	}
	// At exactly the limit nothing is dropped.
	if err := j.write(from, got); err != nil {
		t.Fatal(err)
	}
	again, _ := j.Entries(from)
	if len(again) != len(got) {
		t.Fatalf("at the limit: kept %d of %d", len(again), len(got))
	}
}
