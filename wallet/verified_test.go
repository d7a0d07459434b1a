package wallet_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/wallet"
)

// Every check of VerifiedTx has an input that fails it.
func TestVerifiedTxChecksEachField(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	other := common.HexToAddress("0x00000000000000000000000000000000000000f8")
	chainID := big.NewInt(1337)
	to := common.HexToAddress("0x00000000000000000000000000000000000000f9")
	good := signedTransfer(t, key, chainID, 3, to, big.NewInt(1))
	legacy, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.LegacyTx{Nonce: 3, GasPrice: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	create, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: 3, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9), Gas: 100000})
	if err != nil {
		t.Fatal(err)
	}
	entry := func(tx *types.Transaction) wallet.Entry {
		raw, _ := tx.MarshalBinary()
		return wallet.Entry{Hash: tx.Hash(), From: from, Nonce: tx.Nonce(), To: tx.To(), Raw: raw}
	}
	e := entry(good)
	if _, err := e.VerifiedTx(from, chainID); err != nil {
		t.Fatalf("the genuine entry: %v", err)
	}
	for _, tc := range []struct {
		name string
		edit func(*wallet.Entry)
		want string
	}{
		{"nonce", func(e *wallet.Entry) { e.Nonce = 4 }, "its nonce is 3, the entry says 4"},
		{"recipient", func(e *wallet.Entry) { e.To = &other }, "its recipient differs"},
		{"no recipient", func(e *wallet.Entry) { e.To = nil }, "its recipient differs"},
		{"contract creation", func(e *wallet.Entry) { *e = entry(create); e.To = &to }, "its recipient differs"},
		{"legacy type", func(e *wallet.Entry) { *e = entry(legacy) }, "type 0 transaction"},
		{"entry's sender", func(e *wallet.Entry) { e.From = other }, "names " + other.Hex() + " as its sender"},
		{"hash", func(e *wallet.Entry) { e.Hash = common.HexToHash("0x01") }, "hash to"},
		{"bytes", func(e *wallet.Entry) { e.Raw = e.Raw[:10] }, "do not decode"},
	} {
		e := entry(good)
		tc.edit(&e)
		if _, err := e.VerifiedTx(from, chainID); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.name, err, tc.want)
		}
	}
	var wc *wallet.WrongChainError
	if _, err := e.VerifiedTx(from, big.NewInt(1)); !errors.As(err, &wc) {
		t.Errorf("another chain: %v", err)
	}
	if _, err := e.VerifiedTx(other, chainID); err == nil || !strings.Contains(err.Error(), "signed by "+from.Hex()) {
		t.Errorf("another account's journal: %v", err)
	}
}
