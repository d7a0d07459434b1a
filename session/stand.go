package session

import (
	"context"
	"crypto/ecdsa"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/wallet"
)

// StandOptions are what a face brings to Stand.
type StandOptions struct {
	// What words the candidacy for the confirmation.
	What func(who common.Address, election uint32) string
	// Confirm is shown the priced candidacy and says yes (nil) or no (an
	// error, returned by Stand); it runs before the new key is kept.
	Confirm func(q *Quote) error
	// Unlocked, when set, runs once the account is unlocked, before the
	// new key is made (the CLI moves old-form notary keys there).
	Unlocked func(acct wallet.Account, key *ecdsa.PrivateKey)
	// Now dates the kept key; zero: the wall clock.
	Now time.Time
}

// StandResult is a candidacy sent.
type StandResult struct {
	Election uint32
	Account  wallet.Account
	Key      wallet.NotaryKeyInfo
	Receipt  *types.Receipt
}

// Stand stands the chosen account in the running election with a new
// HPKE key, as `huzhu election stand` and the TUI both do: it unlocks the
// account, makes the key (wallet.NotaryKeyStore.Create), prices the
// candidacy with the key's public half (a candidacy the contract would
// refuse is explained here) and asks Confirm; only on yes is the key kept
// in the data dir, and only once it is kept is the candidacy sent, so a
// published key is never lost and a refused one never kept.
func (s *Session) Stand(ctx context.Context, o StandOptions) (*StandResult, error) {
	com, err := s.Community(ctx)
	if err != nil {
		return nil, err
	}
	e, err := com.Election(ctx, common.Address{})
	if err != nil {
		return nil, err
	}
	snd, acct, err := s.Sender(ctx)
	if err != nil {
		return nil, err
	}
	if o.Unlocked != nil {
		o.Unlocked(acct, snd.Key)
	}
	now := o.Now
	if now.IsZero() {
		now = time.Now()
	}
	var q *Quote
	info, _, err := wallet.NewNotaryKeyStore(s.opts.DataDir).Create(snd.Key, now, func(pub []byte) error {
		what := ""
		if o.What != nil {
			what = o.What(acct.Address, e.Number)
		}
		var err error
		if q, err = s.Quote(ctx, acct.Address, StepPlan(com.Token, com.PlanStand(pub), what)); err != nil {
			return err
		}
		if o.Confirm != nil {
			return o.Confirm(q)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	r, err := s.Send(ctx, snd, q)
	if err != nil {
		return nil, err
	}
	return &StandResult{Election: e.Number, Account: acct, Key: info, Receipt: r}, nil
}
