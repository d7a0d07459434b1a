package community

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Create deploys a community with p, founded by the sender, and returns it.
// p.Token must name an ERC-20 already on chain.
func Create(ctx context.Context, b chain.Backend, s chain.Sender, p Params) (*Community, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if p.Token == (common.Address{}) {
		return nil, &ParamError{Field: "token", Problem: "no token named", Text: i18n.Say("no token named")}
	}
	if _, err := ReadToken(ctx, b, p.Token); err != nil {
		return nil, err
	}
	addr, err := chain.DeployCommunity(ctx, s, p.ContractParams(p.Token))
	if err != nil {
		return nil, explainErr(err, Token{Decimals: 18})
	}
	return Open(ctx, b, addr)
}
