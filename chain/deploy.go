package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/contracts"
)

// DeployToken deploys a Kangbao Coin (KBC) owned by owner.
func DeployToken(ctx context.Context, s Sender, owner common.Address) (common.Address, error) {
	code := append(common.FromHex(contracts.KangbaoCoinMetaData.Bin), contracts.NewKangbaoCoin().PackConstructor(owner)...)
	return deploy(ctx, s, "token", code)
}

// DeployCommunity deploys a community contract; the sender becomes its founder.
func DeployCommunity(ctx context.Context, s Sender, p contracts.CommunityParams) (common.Address, error) {
	c := contracts.NewCommunity()
	input, err := c.GetABI().Pack("", p)
	if err != nil {
		return common.Address{}, fmt.Errorf("community parameters: %w", err)
	}
	code := append(common.FromHex(contracts.CommunityMetaData.Bin), input...)
	return deploy(ctx, s, "community", code)
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
