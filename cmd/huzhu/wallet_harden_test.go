package main

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/wallet"
)

// A BIP-39 passphrase file loses its final line ending and nothing else:
// leading, trailing and inner spaces are part of the passphrase.
func TestBIP39PassphraseFileKeepsSpaces(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "import passphrase")
	const mnemonic = "test test test test test test test test test test test junk"
	mf := filepath.Join(t.TempDir(), "m")
	os.WriteFile(mf, []byte(mnemonic+"\n"), 0o600)
	address := func(pass string) string {
		seed, err := wallet.Seed(mnemonic, pass)
		if err != nil {
			t.Fatal(err)
		}
		k, err := wallet.DeriveKey(seed, wallet.EthereumPath(0))
		if err != nil {
			t.Fatal(err)
		}
		return crypto.PubkeyToAddress(k.PublicKey).Hex()
	}
	for i, tc := range []struct{ file, pass string }{
		{"  two words \n", "  two words "},
		{"crlf\r\n", "crlf"},
		{"two lines\n\n", "two lines\n"},
		{"no newline ", "no newline "},
		{"\t tab\n", "\t tab"},
	} {
		pf := filepath.Join(t.TempDir(), "p")
		os.WriteFile(pf, []byte(tc.file), 0o600)
		name := []string{"a", "b", "c", "d", "e"}[i]
		v := mustOK(t, huzhu(t, dir, "wallet", "import", "--name", name, "--mnemonic-file", mf, "--bip39-passphrase-file", pf,
			"--password-file", pw, "--insecure-light-kdf", "--json")).json(t)
		if want := address(tc.pass); v["address"] != want {
			t.Errorf("passphrase file %q: address %v, want %s (the passphrase %q)", tc.file, v["address"], want, tc.pass)
		}
	}
}

func plantEntry(t *testing.T, dir string, from common.Address, tx *types.Transaction) {
	t.Helper()
	raw, _ := tx.MarshalBinary()
	j := wallet.NewJournal(dir)
	unlock, err := j.Lock(from)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	if err := j.Add(wallet.Entry{Hash: tx.Hash(), From: from, Nonce: tx.Nonce(), To: tx.To(), What: "send 1 wei to a friend",
		Raw: raw, Created: time.Now().UTC(), State: wallet.StatePending}); err != nil {
		t.Fatal(err)
	}
}

// wallet speedup and cancel refuse a planted journal entry and broadcast
// nothing; for a genuine one they show recipient, value and call, decoded
// from the signed bytes, before asking.
func TestSpeedUpShowsAndChecksTheJournaledTransaction(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "speedup passphrase")
	mei := common.HexToAddress(importJunk(t, dir, "mei", pw))
	mustOK(t, huzhu(t, dir, "faucet", "mei", "--eth", "200"))
	seed, _ := wallet.Seed(junk, "")
	key, _ := wallet.DeriveKey(seed, wallet.EthereumPath(3))
	chainID := big.NewInt(chain.DevChainID)
	sign := func(k *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int, data []byte) *types.Transaction {
		tx, err := types.SignNewTx(k, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 100000, To: &to, Value: value, Data: data,
		})
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	stranger := common.HexToAddress("0x00000000000000000000000000000000000000e7")
	other, _ := crypto.GenerateKey()
	mustOK(t, huzhu(t, dir, "faucet", crypto.PubkeyToAddress(other.PublicKey).Hex(), "--eth", "200"))
	planted := sign(other, 0, stranger, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)), nil)
	plantEntry(t, dir, mei, planted)
	for _, cmd := range []string{"speedup", "cancel"} {
		r := huzhu(t, dir, "wallet", cmd, planted.Hash().Hex(), "--account", "mei", "--password-file", pw, "--yes")
		if r.code == 0 || !strings.Contains(r.errOut, "tampered") || !strings.Contains(r.errOut, "signed by "+crypto.PubkeyToAddress(other.PublicKey).Hex()) {
			t.Fatalf("%s of a planted entry: %d %s", cmd, r.code, r.errOut)
		}
	}
	c, err := chain.Open(context.Background(), chain.OpenOptions{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	bal, _ := c.BalanceAt(context.Background(), stranger, nil)
	n, _ := c.NonceAt(context.Background(), crypto.PubkeyToAddress(other.PublicKey), nil)
	pn, _ := c.PendingNonceAt(context.Background(), crypto.PubkeyToAddress(other.PublicKey))
	c.Close()
	if bal.Sign() != 0 || n != 0 || pn != 0 {
		t.Fatalf("the planted transaction went out: stranger holds %s, the other key's nonce %d/%d", bal, n, pn)
	}

	// A genuine waiting transaction of mei's (an ERC-20 transfer, held back
	// by a nonce gap): shown from its bytes before the question.
	friend := common.HexToAddress("0x00000000000000000000000000000000000000e8")
	own := sign(key, 9, chain.DevToken, nil, contracts.NewKangbaoCoin().PackTransfer(friend, big.NewInt(5)))
	plantEntry(t, dir, mei, own)
	for _, cmd := range []string{"speedup", "cancel"} {
		r := huzhu(t, dir, "wallet", cmd, own.Hash().Hex(), "--account", "mei", "--password-file", pw)
		if r.code != exitUsage || !strings.Contains(r.errOut, "--yes") ||
			!strings.Contains(r.errOut, "recipient  "+chain.DevToken.Hex()) || !strings.Contains(r.errOut, "value      0 ETH") ||
			!strings.Contains(r.errOut, "call       transfer(to="+friend.Hex()+", value=5)") || strings.Contains(r.errOut, "a friend") {
			t.Fatalf("%s of mei's transaction: %d\n%s", cmd, r.code, r.errOut)
		}
	}
}
