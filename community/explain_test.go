package community

import (
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/contracts"
)

// Every refusal the contracts can raise has its own sentence: none falls
// through to the generic "contract refused: Name(...)".
func TestEveryContractErrorIsExplained(t *testing.T) {
	tok := Token{Symbol: "KBC", Decimals: 18}
	parts := []abi.ABI{contracts.CommunityABI.GetABI(), contracts.BoardABI.GetABI(), contracts.ClaimsABI.GetABI(), contracts.RegistryABI.GetABI()}
	for i, a := range append(parts, contracts.TokenABI.GetABI()) {
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
			ours := i < len(parts)
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

// A moment something opens at is shown rounded up to the minute, so it
// is never refused at the minute shown; a whole minute stays as it is.
func TestFormatFromRoundsUp(t *testing.T) {
	tok := Token{Symbol: "KBC", Decimals: 18}
	r := &contracts.Revert{Name: "WaitingPeriod", Value: &contracts.CommunityWaitingPeriod{EligibleAt: 1803902400 + 4*60 + 30}}
	if got := Explain(r, tok); !strings.Contains(got, "ends 2027-03-01 12:05 UTC") {
		t.Fatalf("eligible at 12:04:30: got %q, want 12:05", got)
	}
	for in, want := range map[time.Time]string{
		time.Date(2027, 3, 1, 13, 4, 0, 0, time.UTC):   "2027-03-01 13:04 UTC",
		time.Date(2027, 3, 1, 13, 4, 1, 0, time.UTC):   "2027-03-01 13:05 UTC",
		time.Date(2027, 3, 1, 23, 59, 59, 0, time.UTC): "2027-03-02 00:00 UTC",
		time.Date(2027, 3, 1, 13, 4, 0, 500, time.UTC): "2027-03-01 13:05 UTC",
	} {
		if got := FormatFrom(in); got != want {
			t.Errorf("FormatFrom(%s) = %q, want %q", in, got, want)
		}
	}
	if got := FormatTime(time.Date(2027, 3, 1, 13, 4, 59, 0, time.UTC)); got != "2027-03-01 13:04 UTC" {
		t.Errorf("FormatTime still cuts seconds of a past moment: %q", got)
	}
	err := error(&ballotNotFound{election: 2, voter: common.Address{1}})
	if !errors.Is(err, ErrRefused) || !errors.Is(err, ErrBallotNotFound) || !strings.Contains(err.Error(), "cast your ballot again") {
		t.Errorf("a ballot not found: %v is not a refusal with a fix", err)
	}
}
