package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Backend is what huzhu needs of a chain connection. *ethclient.Client and
// the client of go-ethereum's simulated backend both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Sender signs transactions for one account, sends them and waits for
// their receipts. The wallet's journaled sender and KeySender satisfy it.
type Sender interface {
	From() common.Address
	// Send sends data (and value) to `to`, or creates a contract when to
	// is nil, and returns the receipt of the mined transaction. A refusal
	// by the contract, at estimation or on chain, is a *contracts.Revert.
	Send(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error)
}

// KeySender is a Sender holding a private key in memory. huzhu uses it for
// the dev faucet and in tests; members' keys go through the wallet.
type KeySender struct {
	Backend Backend
	Key     *ecdsa.PrivateKey
	// Mine, when set, is called after each send: tests on the simulated
	// backend pass its Commit so that the transaction is mined at once.
	Mine func()

	mu      sync.Mutex
	chainID *big.Int
	nonce   *uint64
}

// From returns the sender's address.
func (s *KeySender) From() common.Address { return crypto.PubkeyToAddress(s.Key.PublicKey) }

// Send implements Sender.
func (s *KeySender) Send(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	tx, err := s.SendAsync(ctx, to, data, value)
	if err != nil {
		return nil, err
	}
	if s.Mine != nil {
		s.Mine()
	}
	return WaitReceipt(ctx, s.Backend, tx, s.From())
}

// SendAsync signs and sends without waiting for the receipt, tracking the
// nonce locally so that many transactions can go into one block.
func (s *KeySender) SendAsync(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	from := s.From()
	if s.chainID == nil {
		id, err := s.Backend.ChainID(ctx)
		if err != nil {
			return nil, err
		}
		s.chainID = id
	}
	if s.nonce == nil {
		n, err := s.Backend.PendingNonceAt(ctx, from)
		if err != nil {
			return nil, err
		}
		s.nonce = &n
	}
	if value == nil {
		value = new(big.Int)
	}
	signed, err := SignNew(ctx, s.Backend, s.Key, s.chainID, *s.nonce, to, data, value)
	if err != nil {
		return nil, err
	}
	if err := s.Backend.SendTransaction(ctx, signed); err != nil {
		// The node may know a nonce we don't (another process sent): start over next time.
		s.nonce = nil
		return nil, fmt.Errorf("send transaction: %w", err)
	}
	*s.nonce++
	return signed, nil
}

// SignNew builds and signs an EIP-1559 transaction with the given nonce:
// fees suggested by the node, gas estimated (a contract's refusal comes
// back as a *contracts.Revert).
func SignNew(ctx context.Context, b Backend, key *ecdsa.PrivateKey, chainID *big.Int, nonce uint64, to *common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	fees, err := SuggestFees(ctx, b)
	if err != nil {
		return nil, err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	gas, err := EstimateGas(ctx, b, ethereum.CallMsg{From: from, To: to, Data: data, Value: value})
	if err != nil {
		return nil, err
	}
	return types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: fees.Tip, GasFeeCap: fees.FeeCap, Gas: gas,
		To: to, Value: value, Data: data,
	})
}

// Fees are EIP-1559 fee caps for a new transaction.
type Fees struct {
	Tip    *big.Int
	FeeCap *big.Int
}

// SuggestFees returns the node's suggested tip and a fee cap of twice the
// latest base fee plus the tip, which survives six full blocks of base fee
// increases.
func SuggestFees(ctx context.Context, b Backend) (Fees, error) {
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return Fees{}, err
	}
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		return Fees{}, err
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	return Fees{Tip: tip, FeeCap: feeCap}, nil
}

// EstimateGas estimates with a 20% margin (gas use can change between
// estimation and inclusion as other transactions land) and turns a
// contract's refusal into a *contracts.Revert.
func EstimateGas(ctx context.Context, b Backend, msg ethereum.CallMsg) (uint64, error) {
	gas, err := b.EstimateGas(ctx, msg)
	if err != nil {
		if r := revertFrom(err); r != nil {
			return 0, r
		}
		if strings.Contains(err.Error(), "insufficient funds") {
			return 0, i18n.SayErr(ErrInsufficientFunds, "not enough ETH: %s cannot pay the amount and the gas", msg.From.Hex())
		}
		return 0, fmt.Errorf("estimate gas: %w", err)
	}
	return gas + gas/5, nil
}

// ErrInsufficientFunds means an account lacks the ETH for a transaction.
var ErrInsufficientFunds = errors.New("not enough ETH")

// WaitReceipt polls for the receipt of tx, quickly at first (a dev chain
// mines at once), then backing off to one second. A failed transaction is
// replayed as a call at its block to recover the contract's refusal.
func WaitReceipt(ctx context.Context, b Backend, tx *types.Transaction, from common.Address) (*types.Receipt, error) {
	delay := 5 * time.Millisecond
	for {
		receipt, err := b.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if receipt.Status == types.ReceiptStatusFailed {
				return receipt, FailureReason(ctx, b, tx, from, receipt)
			}
			return receipt, nil
		}
		// A node that has just started indexes transactions in the
		// background and says so; that is a "not yet", like NotFound.
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(delay):
		}
		delay = min(delay*2, time.Second)
	}
}

// ErrTxFailed is returned for a mined transaction that failed without a
// refusal huzhu can decode.
var ErrTxFailed = errors.New("transaction failed on chain")

// FailureReason recovers why a mined transaction failed: the contract's
// refusal when it can be decoded, else ErrTxFailed.
func FailureReason(ctx context.Context, b Backend, tx *types.Transaction, from common.Address, receipt *types.Receipt) error {
	msg := ethereum.CallMsg{From: from, To: tx.To(), Data: tx.Data(), Value: tx.Value(), Gas: tx.Gas()}
	// Replay on the block's final state (the transactions before it in the
	// block included), then on the state before the block.
	for _, at := range []*big.Int{receipt.BlockNumber, new(big.Int).Sub(receipt.BlockNumber, big.NewInt(1))} {
		_, err := b.CallContract(ctx, msg, at)
		if r := revertFrom(err); r != nil {
			return r
		}
	}
	if receipt.GasUsed == tx.Gas() {
		return i18n.SayErr(ErrTxFailed, "transaction failed on chain: out of gas (%d) in tx %s", tx.Gas(), tx.Hash().Hex())
	}
	return i18n.SayErr(ErrTxFailed, "transaction failed on chain: tx %s", tx.Hash().Hex())
}
