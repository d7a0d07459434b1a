package tui

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// Services are what the interface works with, given by cmd/huzhu.
type Services struct {
	// Connect opens the chain (it may start the embedded one: slow).
	Connect func(ctx context.Context) (*chain.Conn, error)
	Wallet  *wallet.Store
	// Community returns the chosen community on the connected chain; an
	// error wrapping session.ErrNoCommunity means none is chosen (not a
	// fault), any other error is shown.
	Community func(ctx context.Context) (common.Address, error)
}

// AccountRow is one wallet account with its balances.
type AccountRow struct {
	Name    string
	Address common.Address
	ETH     *big.Int
	Tokens  *big.Int // nil without a community
}

// Dashboard is what the home page shows.
type Dashboard struct {
	Endpoint  string
	ChainID   *big.Int
	Dev       bool
	Block     uint64
	ChainTime time.Time
	Accounts  []AccountRow
	Community *community.Info
	// CommunityErr says why a chosen community could not be read.
	CommunityErr error
}

// LoadDashboard reads everything the home page shows.
func LoadDashboard(ctx context.Context, c *chain.Conn, s Services) (*Dashboard, error) {
	d := &Dashboard{Endpoint: c.Endpoint, ChainID: c.ID}
	_, err := chain.DevInfoOf(ctx, c.RPC)
	d.Dev = err == nil
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	d.Block, d.ChainTime = head.Number.Uint64(), time.Unix(int64(head.Time), 0)

	var com *community.Community
	addr, err := s.Community(ctx)
	switch {
	case err == nil:
		com, err = community.Open(ctx, c, addr)
		if err == nil {
			d.Community, err = com.Info(ctx)
		}
		d.CommunityErr = err
	case !errors.Is(err, session.ErrNoCommunity):
		d.CommunityErr = err
	}
	accts, err := s.Wallet.List()
	if err != nil {
		return nil, err
	}
	for _, a := range accts {
		if a.Kind != wallet.KindEthereum {
			continue
		}
		row := AccountRow{Name: a.Name, Address: a.Address}
		if row.ETH, err = c.BalanceAt(ctx, a.Address, nil); err != nil {
			return nil, err
		}
		if com != nil && d.Community != nil {
			if row.Tokens, err = com.TokenBalance(ctx, a.Address); err != nil {
				return nil, err
			}
		}
		d.Accounts = append(d.Accounts, row)
	}
	return d, nil
}
