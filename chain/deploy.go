package chain

import (
	"context"

	"fmt"
	"github.com/ethereum/go-ethereum"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/contracts"
)

// DeployToken deploys a Kangbao Coin (KBC) owned by owner.
func DeployToken(ctx context.Context, s Sender, owner common.Address) (common.Address, error) {
	return deploy(ctx, s, "token", TokenCreationCode(owner))
}

// DeployCommunity deploys a community contract; the sender becomes its founder.
func DeployCommunity(ctx context.Context, s Sender, p contracts.CommunityParams) (common.Address, error) {
	code, err := CommunityCreationCode(p)
	if err != nil {
		return common.Address{}, err
	}
	return deploy(ctx, s, "community", code)
}

// CommunityCreationCode is the data of the transaction that creates a
// community with p.
func CommunityCreationCode(p contracts.CommunityParams) ([]byte, error) {
	input, err := contracts.NewCommunity().GetABI().Pack("", p)
	if err != nil {
		return nil, fmt.Errorf("community parameters: %w", err)
	}
	return append(common.FromHex(contracts.CommunityMetaData.Bin), input...), nil
}

// TokenCreationCode is the data of the transaction that creates a KBC
// owned by owner.
func TokenCreationCode(owner common.Address) []byte {
	return append(common.FromHex(contracts.KangbaoCoinMetaData.Bin), contracts.NewKangbaoCoin().PackConstructor(owner)...)
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
