package session

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/community"
)

// TransferWarning is something a person should know before confirming a
// transfer that the chain would accept but that is probably a mistake.
type TransferWarning int

const (
	// WarnToCommunity: the recipient is a community contract. Tokens sent
	// to it straight join its pool as a gift no event explains (the
	// contract's donate records one); ETH is not what a pool holds.
	WarnToCommunity TransferWarning = iota + 1
	// WarnToSelf: the recipient is the sender.
	WarnToSelf
	// WarnZero: the amount is zero; only the fee is spent.
	WarnZero
)

// TransferWarnings checks a transfer of amount from `from` to `to`
// before it is confirmed.
func (s *Session) TransferWarnings(ctx context.Context, from, to common.Address, amount *big.Int) []TransferWarning {
	var out []TransferWarning
	if amount == nil || amount.Sign() == 0 {
		out = append(out, WarnZero)
	}
	if to == from {
		out = append(out, WarnToSelf)
	}
	if s.isCommunity(ctx, to) {
		out = append(out, WarnToCommunity)
	}
	return out
}

// isCommunity reports whether addr is the chosen community, or any
// community contract on the chain.
func (s *Session) isCommunity(ctx context.Context, addr common.Address) bool {
	if chosen, err := s.CommunityAddress(ctx); err == nil && chosen == addr {
		return true
	}
	c, err := s.Chain(ctx)
	if err != nil {
		return false
	}
	if code, err := c.CodeAt(ctx, addr, nil); err != nil || len(code) == 0 {
		return false
	}
	_, err = community.Open(ctx, c, addr)
	return err == nil
}
