package community

import (
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/huzhu-community/huzhu/contracts"
)

// Every refusal the contracts can raise has its own sentence: none falls
// through to the generic "contract refused: Name(...)".
func TestEveryContractErrorIsExplained(t *testing.T) {
	tok := Token{Symbol: "KBC", Decimals: 18}
	for _, a := range []abi.ABI{contracts.NewCommunity().GetABI(), contracts.NewKangbaoCoin().GetABI()} {
		for name, e := range a.Errors {
			// Arguments of zero value, encoded as the contract would.
			args := make([]any, len(e.Inputs))
			for i, in := range e.Inputs {
				if in.Type.GetType() == reflect.TypeOf(new(big.Int)) {
					args[i] = new(big.Int)
				} else {
					args[i] = reflect.New(in.Type.GetType()).Elem().Interface()
				}
			}
			packed, err := e.Inputs.Pack(args...)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			r := contracts.DecodeRevert(append(append([]byte{}, e.ID[:4]...), packed...))
			if r == nil || r.Name != name {
				t.Fatalf("%s: not decoded (%v)", name, r)
			}
			got := Explain(r, tok)
			_, ours := contracts.NewCommunity().GetABI().Errors[name]
			if ours && strings.HasPrefix(got, "contract refused:") {
				t.Errorf("%s has no sentence: %s", name, got)
			}
		}
	}
}

func TestExplainSaysWhenAndWhat(t *testing.T) {
	tok := Token{Symbol: "KBC", Decimals: 18}
	r := &contracts.Revert{Name: "WaitingPeriod", Value: &contracts.CommunityWaitingPeriod{EligibleAt: 1803902400}}
	if got := Explain(r, tok); got != "waiting period ends 2027-03-01 12:00 UTC; claims, standing and voting open then" {
		t.Fatalf("got %q", got)
	}
}
