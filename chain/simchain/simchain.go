// Package simchain runs huzhu's contracts on go-ethereum's simulated backend
// (a real EVM and a real node, in memory) for tests and the gas benchmark:
// funded accounts with deterministic keys, deployment with the demo
// parameters, and a movable clock.
package simchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/huzhu-community/huzhu/chain"
)

// Ether is 10^18 wei; Token is one KBC (18 decimals).
var (
	Ether = big.NewInt(1e18)
	Token = big.NewInt(1e18)
)

// Chain is a simulated chain with funded accounts.
type Chain struct {
	Backend  *simulated.Backend
	Client   simulated.Client
	Accounts []*chain.KeySender
	seed     string
	next     int
}

// New starts a simulated chain whose first n accounts hold 1,000,000 ETH
// each. Keys derive from seed, so a failing run can be replayed.
func New(seed string, n int) *Chain {
	c := &Chain{seed: seed}
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = c.key(i)
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1_000_000), Ether)}
	}
	c.next = n
	c.Backend = simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		// Large batches of transactions from one sender (the gas benchmark
		// registers thousands of members per block).
		ec.TxPool.AccountSlots = 1 << 16
		ec.TxPool.GlobalSlots = 1 << 16
		ec.TxPool.AccountQueue = 1 << 16
		ec.TxPool.GlobalQueue = 1 << 16
		ec.Miner.GasCeil = 300_000_000
	})
	c.Client = c.Backend.Client()
	for _, k := range keys {
		c.Accounts = append(c.Accounts, c.sender(k))
	}
	return c
}

// Close stops the chain.
func (c *Chain) Close() error { return c.Backend.Close() }

func (c *Chain) key(i int) *ecdsa.PrivateKey {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(i))
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("huzhu simchain "+c.seed), b[:]))
	if err != nil {
		panic(err) // a keccak output is a valid secp256k1 scalar with overwhelming probability
	}
	return k
}

func (c *Chain) sender(k *ecdsa.PrivateKey) *chain.KeySender {
	return &chain.KeySender{Backend: c.Client, Key: k, Mine: func() { c.Backend.Commit() }}
}

// NewAccount returns a fresh account funded with eth ether by account 0.
func (c *Chain) NewAccount(ctx context.Context, eth int64) (*chain.KeySender, error) {
	s := c.sender(c.key(c.next))
	c.next++
	if eth > 0 {
		to := s.From()
		if _, err := c.Accounts[0].Send(ctx, &to, nil, new(big.Int).Mul(big.NewInt(eth), Ether)); err != nil {
			return nil, fmt.Errorf("fund account: %w", err)
		}
	}
	return s, nil
}

// Unmined returns a copy of s that does not mine after sending, for
// batching many transactions into one block with Commit.
func (c *Chain) Unmined(s *chain.KeySender) *chain.KeySender {
	return &chain.KeySender{Backend: c.Client, Key: s.Key}
}

// Commit mines the pending transactions into a block.
func (c *Chain) Commit() { c.Backend.Commit() }

// Warp moves the chain clock forward by d, mining an empty block.
func (c *Chain) Warp(d time.Duration) error {
	// The pool forgets mined transactions in the background; until it has,
	// AdjustTime sees them as pending and refuses. Give it a moment.
	var err error
	for range 200 {
		if err = c.Backend.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty block") {
			return err
		}
		time.Sleep(time.Millisecond)
	}
	return err
}

// Now is the time of the latest block: the contract's notion of now for
// the next block is a second or more after it.
func (c *Chain) Now(ctx context.Context) (time.Time, error) {
	h, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0), nil
}

// SetHead mines an empty block with timestamp t, exactly: the latest block
// is then at t and the next one at t+1 or later. t must be after the
// latest block.
func (c *Chain) SetHead(ctx context.Context, t uint64) error {
	h, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if t <= h.Time {
		return fmt.Errorf("simchain: cannot set the head to %d, the latest block is at %d", t, h.Time)
	}
	return c.Warp(time.Duration(t-h.Time) * time.Second)
}

// SendAt mines data from s to `to` as the only transaction of a block whose
// timestamp is exactly at, and returns its receipt (a refusal as a
// *contracts.Revert, like Send).
//
// go-ethereum's simulated beacon stamps a block made by Commit with the
// wall clock, or one second after its parent when the parent is not older:
// once the chain has been warped ahead of the wall clock, a block after a
// head at t-1 is at exactly t. The gas is not estimated (an estimate runs
// at the head's time, one second early, and would refuse a transaction
// valid at t) but fixed, so the contract's own rule decides.
func (c *Chain) SendAt(ctx context.Context, at uint64, s *chain.KeySender, to common.Address, data []byte) (*types.Receipt, error) {
	if int64(at)-1 <= time.Now().Unix()+60 {
		return nil, fmt.Errorf("simchain: %d is not ahead of the wall clock; Warp first", at)
	}
	h, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	if h.Time < at-1 {
		if err := c.SetHead(ctx, at-1); err != nil {
			return nil, err
		}
	} else if h.Time != at-1 {
		return nil, fmt.Errorf("simchain: the latest block is at %d, past %d", h.Time, at-1)
	}
	from := s.From()
	tx, err := c.sendRaw(ctx, s, to, data, func() (uint64, error) { return 10_000_000, nil }, 1)
	if err != nil {
		return nil, err
	}
	c.Backend.Commit()
	r, err := chain.WaitReceipt(ctx, c.Client, tx, from)
	if r != nil {
		b, herr := c.Client.HeaderByNumber(ctx, r.BlockNumber)
		if herr != nil {
			return r, herr
		}
		if b.Time != at {
			return r, fmt.Errorf("simchain: mined at %d, not at %d", b.Time, at)
		}
	}
	return r, err
}
