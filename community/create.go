package community

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

// PlanCreate checks p and plans a community founded by from: its four
// parts' creation transactions, in order, with the addresses they will
// have (chain.CommunityPlan). p.Token must name an ERC-20 already on chain.
func PlanCreate(ctx context.Context, b chain.Backend, from common.Address, p Params) (*chain.CommunityPlan, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if p.Token == (common.Address{}) {
		return nil, &ParamError{Field: "token", Problem: "no token named", Text: i18n.Say("no token named")}
	}
	if _, err := ReadToken(ctx, b, p.Token); err != nil {
		return nil, err
	}
	return chain.PlanCommunity(ctx, b, from, p.ContractParams(p.Token))
}

// Create deploys the community a plan describes, from its founder's
// sender, calling progress before each part (i from 0, its name), and
// opens it once its wiring checks out.
func Create(ctx context.Context, b chain.Backend, s chain.Sender, plan *chain.CommunityPlan, progress func(i int, part string)) (*Community, error) {
	parts, err := plan.Deploy(ctx, s, func(i int) {
		if progress != nil {
			progress(i, contracts.PartNames[i])
		}
	})
	if err != nil {
		return nil, explainErr(err, Token{Decimals: 18})
	}
	return Open(ctx, b, parts.Community)
}
