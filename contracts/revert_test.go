package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/contracts"
)

// A refusal's developer text names the error and each of its fields, in
// order; one without arguments is its name alone.
func TestRevertError(t *testing.T) {
	for _, tc := range []struct {
		r    contracts.Revert
		want string
	}{
		{contracts.Revert{Name: "QueueEmpty"}, "contract refused: QueueEmpty"},
		{contracts.Revert{Name: "Error", Value: "ERC20: paused"}, "contract refused: Error(ERC20: paused)"},
		{contracts.Revert{Name: "AlreadyVoted", Value: &contracts.ClaimsAlreadyVoted{ClaimId: big.NewInt(7), Notary: common.Address{1}}},
			"contract refused: AlreadyVoted(ClaimId=7, Notary=0x0100000000000000000000000000000000000000)"},
		{contracts.Revert{Name: "One", Value: struct{ N int }{3}}, "contract refused: One(N=3)"},
	} {
		if got := tc.r.Error(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}
