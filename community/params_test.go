package community

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestVotingWindowIsValidated(t *testing.T) {
	p := DefaultParams()
	p.Notaries = []common.Address{{1}, {2}, {3}}
	if err := p.Validate(); err != nil {
		t.Fatalf("demo rules: %v", err)
	}
	if p.Voting != 7*24*time.Hour {
		t.Fatalf("demo voting window %s, want 7 days", p.Voting)
	}
	for _, v := range []time.Duration{0, p.Term + time.Second} {
		q := p
		q.Voting = v
		var pes ParamErrors
		err := q.Validate()
		if !errors.As(err, &pes) || len(pes) != 1 || pes[0].Field != "voting" || strings.Contains(err.Error(), "--") {
			t.Fatalf("voting window %s: got %v, want one voting error that names no flag", v, err)
		}
	}
	q := p
	q.Voting = q.Term
	if err := q.Validate(); err != nil {
		t.Fatalf("voting window = term: %v", err)
	}
}

// A waiting period shorter than a coverage period lets anyone buy ballots
// for one period's dues: create warns (the contract accepts it).
func TestShortWaitingPeriodWarns(t *testing.T) {
	p := DefaultParams()
	if w := p.Warnings(); len(w) != 0 {
		t.Fatalf("demo rules warn: %v", w)
	}
	p.Waiting = p.Period - time.Second
	w := p.Warnings()
	if len(w) != 1 || !strings.Contains(w[0], "waiting period") || strings.Contains(w[0], "--") {
		t.Fatalf("waiting < period: %v", w)
	}
	p.Waiting = p.Period
	if w := p.Warnings(); len(w) != 0 {
		t.Fatalf("waiting = period warns: %v", w)
	}
}

// A quorum equal to the seats means a sitting notary's own claim can never
// pass; a quorum equal to the first term's notaries means one absence
// stops every claim. Both are allowed by the contract, and both warned of.
func TestQuorumWarnings(t *testing.T) {
	p := DefaultParams() // 3 seats, quorum 2
	p.Notaries = make([]common.Address, 3)
	if w := p.Warnings(); len(w) != 0 {
		t.Fatalf("3 seats, quorum 2, 3 notaries warn: %v", w)
	}
	p.Quorum = 3
	if w := p.Warnings(); len(w) != 1 || !strings.Contains(w[0], "own claim") {
		t.Fatalf("quorum = seats: %v", w)
	}
	p.Quorum = 2
	p.Notaries = make([]common.Address, 2)
	if w := p.Warnings(); len(w) != 1 || !strings.Contains(w[0], "first term seats 2") {
		t.Fatalf("quorum = notaries: %v", w)
	}
}
