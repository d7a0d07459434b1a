package session

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/community"
)

// A step becomes a plan to the step's contract, with its data, what it
// spends and the token; the plan's address does not alias the step's.
func TestStepPlan(t *testing.T) {
	tok := community.Token{Symbol: "KBC", Decimals: 18}
	s := community.Step{To: common.HexToAddress("0xaa"), Data: []byte{1, 2}, Spends: big.NewInt(7)}
	p := StepPlan(tok, s, "does a thing")
	if p.To == nil || *p.To != s.To || string(p.Data) != string(s.Data) || p.Spends.Cmp(big.NewInt(7)) != 0 || p.Token != tok || p.What != "does a thing" || p.Value != nil {
		t.Fatalf("plan %+v", p)
	}
	s.To = common.HexToAddress("0xbb")
	if *p.To != common.HexToAddress("0xaa") {
		t.Fatal("the plan's address follows the step's")
	}
}
