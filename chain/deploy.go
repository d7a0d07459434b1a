package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

// DeployToken deploys a Kangbao Coin (KBC) owned by owner.
func DeployToken(ctx context.Context, s Sender, owner common.Address) (common.Address, error) {
	return deploy(ctx, s, "token", TokenCreationCode(owner))
}

// CommunityPlan is a community's four parts, planned before any is sent:
// the founder's account deploys them one after the other with
// consecutive nonces, so each part's address is known in advance and
// every part is created knowing all the others (immutable, no wiring
// transaction that anyone could front-run).
type CommunityPlan struct {
	Founder common.Address
	Nonce   uint64 // the founder's nonce for the first part
	Parts   contracts.Parts
	// Code is each part's creation transaction data, in deploy order.
	Code [contracts.PartCount][]byte
}

// PlanCommunity plans a community with p, founded by from, whose next
// transaction has nonce (the pending nonce, see PlanCommunityAt).
func PlanCommunity(ctx context.Context, b Backend, from common.Address, p contracts.Params) (*CommunityPlan, error) {
	nonce, err := b.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	return PlanCommunityAt(from, nonce, p)
}

// PlanCommunityAt plans a community deployed from `from` starting at nonce.
func PlanCommunityAt(from common.Address, nonce uint64, p contracts.Params) (*CommunityPlan, error) {
	plan := &CommunityPlan{Founder: from, Nonce: nonce}
	addr := make([]common.Address, contracts.PartCount)
	for i := range addr {
		addr[i] = crypto.CreateAddress(from, nonce+uint64(i))
	}
	plan.Parts = contracts.Parts{Community: addr[0], Board: addr[1], Claims: addr[2], Registry: addr[3]}
	// Every part's constructor takes (Params, Parts).
	input, err := contracts.CommunityABI.GetABI().Pack("", p, plan.Parts)
	if err != nil {
		return nil, fmt.Errorf("community parameters: %w", err)
	}
	for i := range contracts.PartCount {
		plan.Code[i] = append(common.FromHex(contracts.PartBin[i]), input...)
	}
	return plan, nil
}

// PartMisplacedError is a part that was created at another address than
// planned: another transaction from the founder's account was mined
// during the creation, and the parts do not know each other.
type PartMisplacedError struct {
	Part      string
	Planned   common.Address
	CreatedAt common.Address
}

func (e *PartMisplacedError) Error() string { return e.Said().String() }

// Said is the error as a sentence (i18n.Sayer).
func (e *PartMisplacedError) Said() i18n.Text {
	return i18n.Say("the community's %s part was created at %s, not at %s as planned: another transaction from the founder's account was mined meanwhile; create the community again", e.Part, e.CreatedAt.Hex(), e.Planned.Hex())
}

// Deploy sends the plan's four creations in order, calling progress
// before each (i from 0), and returns the parts once all are mined where
// planned.
func (plan *CommunityPlan) Deploy(ctx context.Context, s Sender, progress func(i int)) (contracts.Parts, error) {
	for i := range contracts.PartCount {
		if progress != nil {
			progress(i)
		}
		addr, err := deploy(ctx, s, contracts.PartNames[i], plan.Code[i])
		if err != nil {
			return contracts.Parts{}, err
		}
		if want := plan.Parts.At(i); addr != want {
			return contracts.Parts{}, &PartMisplacedError{Part: contracts.PartNames[i], Planned: want, CreatedAt: addr}
		}
	}
	return plan.Parts, nil
}

// DeployCommunity plans and deploys a community with p; the sender
// becomes its founder.
func DeployCommunity(ctx context.Context, b Backend, s Sender, p contracts.Params) (contracts.Parts, error) {
	plan, err := PlanCommunity(ctx, b, s.From(), p)
	if err != nil {
		return contracts.Parts{}, err
	}
	return plan.Deploy(ctx, s, nil)
}

// TokenCreationCode is the data of the transaction that creates a KBC
// owned by owner.
func TokenCreationCode(owner common.Address) []byte {
	return append(common.FromHex(contracts.KangbaoCoinMetaData.Bin), contracts.TokenABI.PackConstructor(owner)...)
}

// FeeQuote is what a transaction is expected to cost, at most.
type FeeQuote struct {
	Gas    uint64
	Fees   Fees
	MaxWei *big.Int // Gas * FeeCap: the most it can cost
}

// QuoteFee estimates gas and the fee cap of sending data from `from`.
func QuoteFee(ctx context.Context, b Backend, from common.Address, to *common.Address, data []byte, value *big.Int) (FeeQuote, error) {
	gas, err := EstimateGas(ctx, b, ethereum.CallMsg{From: from, To: to, Data: data, Value: value})
	if err != nil {
		return FeeQuote{}, err
	}
	fees, err := SuggestFees(ctx, b)
	if err != nil {
		return FeeQuote{}, err
	}
	return FeeQuote{Gas: gas, Fees: fees, MaxWei: new(big.Int).Mul(new(big.Int).SetUint64(gas), fees.FeeCap)}, nil
}

func deploy(ctx context.Context, s Sender, what string, code []byte) (common.Address, error) {
	receipt, err := s.Send(ctx, nil, code, new(big.Int))
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", what, err)
	}
	return receipt.ContractAddress, nil
}

// RequireCode returns a *NoContractError when addr holds no code.
func RequireCode(ctx context.Context, b Backend, what string, addr common.Address) error {
	code, err := b.CodeAt(ctx, addr, nil)
	if err != nil {
		return err
	}
	if len(code) == 0 {
		return &NoContractError{What: what, Address: addr}
	}
	return nil
}
