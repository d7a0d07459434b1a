package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/iostreams"
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
		// The new fee: the replacement's gas limit (a cancel's is 21000)
		// times its max fee, at least 12.5% over the 100 gwei signed.
		gas := map[string]string{"speedup": "100000", "cancel": "21000"}[cmd]
		i := strings.Index(r.errOut, "new fee    at most ")
		var eth, gwei float64
		var g string
		if i < 0 {
			t.Fatalf("%s: no fee shown:\n%s", cmd, r.errOut)
		}
		if _, err := fmt.Sscanf(strings.ReplaceAll(r.errOut[i:], "(", ""), "new fee    at most %g ETH gas limit %s × max fee %g gwei", &eth, &g, &gwei); err != nil || g != gas || gwei < 112.5 {
			t.Fatalf("%s: fee line %q: %v", cmd, r.errOut[i:], err)
		}
		if want := gwei * 1e-9 * map[string]float64{"speedup": 100000, "cancel": 21000}[cmd]; eth < want*0.999 || eth > want*1.001 {
			t.Fatalf("%s: at most %g ETH, want gas limit × max fee = %g", cmd, eth, want)
		}
	}
	// wallet pending shows what the signed bytes do, not the journal's
	// unsigned text.
	p := mustOK(t, huzhu(t, dir, "wallet", "pending", "mei", "--json"))
	if !strings.Contains(p.out, "transfer on "+chain.DevToken.Hex()) || strings.Contains(p.out, "a friend") {
		t.Fatalf("wallet pending: %s", p.out)
	}
	p = mustOK(t, huzhu(t, dir, "wallet", "pending", "mei"))
	if !strings.Contains(p.out, "waiting: transfer on "+chain.DevToken.Hex()) || strings.Contains(p.out+p.errOut, "a friend") {
		t.Fatalf("wallet pending: %s %s", p.out, p.errOut)
	}
}

// junkAccount returns the account importJunk imports, its key, and a
// credential and a notary key of it stored in dir.
func junkData(t *testing.T, dir string) (wallet.Account, *ecdsa.PrivateKey) {
	t.Helper()
	seed, _ := wallet.Seed(junk, "")
	key, _ := wallet.DeriveKey(seed, wallet.EthereumPath(3))
	acct, err := wallet.NewStore(dir).Get("ning")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := wallet.NewCredentialStore(dir).Add(acct, key, "eyJhbGciOiJFUzI1NiJ9.e30.c2ln~", time.Now()); err != nil {
		t.Fatal(err)
	}
	nk, _ := disclosure.NewNotaryKey()
	if _, err := wallet.NewNotaryKeyStore(dir).Add(key, nk, time.Now()); err != nil {
		t.Fatal(err)
	}
	return acct, key
}

func dataCounts(t *testing.T, dir string, a common.Address) (creds, keys int) {
	t.Helper()
	creds, err := wallet.NewCredentialStore(dir).Count(a)
	if err != nil {
		t.Fatal(err)
	}
	keys, err = wallet.NewNotaryKeyStore(dir).Count(a)
	if err != nil {
		t.Fatal(err)
	}
	return creds, keys
}

// `wallet remove --yes` without a terminal keeps the account's credentials
// and notary keys (random, not recoverable from the phrase) unless
// --delete-data is given; at a terminal they go only when the person says
// so, told that the keys cannot be recovered.
func TestRemoveKeepsDataUnlessAsked(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "remove passphrase")
	ning := common.HexToAddress(importJunk(t, dir, "ning", pw))
	junkData(t, dir)

	if r := huzhu(t, dir, "wallet", "remove", "--name", "ning", "--yes", "--keep-data", "--delete-data"); r.code != exitUsage || !strings.Contains(r.errOut, "contradict") {
		t.Fatalf("both flags: %d %s", r.code, r.errOut)
	}
	v := mustOK(t, huzhu(t, dir, "wallet", "remove", "--name", "ning", "--yes", "--json")).json(t)
	if v["credentials_kept"].(float64) != 1 || v["notary_keys_kept"].(float64) != 1 || v["notary_keys_removed"].(float64) != 0 {
		t.Fatalf("remove --yes: %v", v)
	}
	if c, k := dataCounts(t, dir, ning); c != 1 || k != 1 {
		t.Fatalf("after remove --yes: %d credentials, %d notary keys", c, k)
	}
	importJunk(t, dir, "ning", pw)
	if got := notaryKeys(t, dir, "ning", pw); len(got) != 1 {
		t.Fatalf("keys after re-import: %v", got)
	}

	// At a terminal, answering no (or nothing) keeps them.
	r := huzhuInput(t, dir, "ning\n\n", "wallet", "remove", "--name", "ning")
	if r.code != 0 || !strings.Contains(r.errOut, "can never be opened again") || !strings.Contains(r.errOut, "publish a new one first") ||
		!strings.Contains(r.out, "kept its 1 credential(s) and 1 notary HPKE key(s)") {
		t.Fatalf("remove at a terminal, answered no: %d\n%s\n%s", r.code, r.out, r.errOut)
	}
	if c, k := dataCounts(t, dir, ning); c != 1 || k != 1 {
		t.Fatalf("after no: %d credentials, %d notary keys", c, k)
	}

	importJunk(t, dir, "ning", pw)
	v = mustOK(t, huzhu(t, dir, "wallet", "remove", "--name", "ning", "--yes", "--delete-data", "--json")).json(t)
	if v["credentials_removed"].(float64) != 1 || v["notary_keys_removed"].(float64) != 1 {
		t.Fatalf("remove --delete-data: %v", v)
	}
	if c, k := dataCounts(t, dir, ning); c != 0 || k != 0 {
		t.Fatalf("after --delete-data: %d credentials, %d notary keys", c, k)
	}
}

// plantLegacyNotaryKey writes a notary HPKE key the way earlier versions
// kept it: a v3 keystore among the accounts, sealed under the account
// keystore's derived key.
func plantLegacyNotaryKey(t *testing.T, dir string, acct wallet.Account, pass string) *disclosure.NotaryKey {
	t.Helper()
	dk, err := wallet.NewStore(dir).Derive(acct, []byte(pass))
	if err != nil {
		t.Fatal(err)
	}
	nk, _ := disclosure.NewNotaryKey()
	seed, _ := nk.Seed()
	c, err := keystore.EncryptDataV3(seed, dk, 1<<10, 1)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(map[string]any{
		"address": strings.ToLower(strings.TrimPrefix(acct.Address.Hex(), "0x")), "crypto": c, "id": "00000000-0000-4000-8000-000000000000", "version": 3,
		"x-huzhu": map[string]any{"name": "ning-hpke", "kind": wallet.KindHPKE, "source": "generated", "created": time.Now().UTC().Truncate(time.Second)},
	})
	if err := os.WriteFile(filepath.Join(dir, "wallet", "ning-hpke.json"), b, 0o600); err != nil {
		t.Fatal(err)
	}
	return nk
}

// A notary key kept the old way opens only with the account's keystore
// file: remove moves it under the account's private key first (so it
// opens after a re-import), or refuses, removing nothing, when it cannot
// unlock the account.
func TestRemoveMovesOldFormNotaryKeysFirst(t *testing.T) {
	dir := t.TempDir()
	const pass = "legacy passphrase"
	pw := passwordFile(t, pass)
	ning := common.HexToAddress(importJunk(t, dir, "ning", pw))
	acct, _ := wallet.NewStore(dir).Get("ning")
	nk := plantLegacyNotaryKey(t, dir, acct, pass)

	r := huzhu(t, dir, "--no-keyring", "wallet", "remove", "--name", "ning", "--yes", "--keep-data")
	if r.code == 0 || !strings.Contains(r.errOut, "kept the old way") || !strings.Contains(r.errOut, "nothing was removed") || !strings.Contains(r.errOut, "--delete-data") {
		t.Fatalf("remove without a way to unlock: %d %s", r.code, r.errOut)
	}
	if _, err := wallet.NewStore(dir).Get("ning"); err != nil {
		t.Fatalf("the account went anyway: %v", err)
	}
	v := mustOK(t, huzhu(t, dir, "--no-keyring", "wallet", "remove", "--name", "ning", "--yes", "--password-file", pw, "--json")).json(t)
	if v["notary_keys_kept"].(float64) != 1 || v["notary_keys_unopenable"].(float64) != 0 {
		t.Fatalf("remove: %v", v)
	}
	pw2 := passwordFile(t, "a new passphrase")
	importJunk(t, dir, "ning", pw2)
	keys := notaryKeys(t, dir, "ning", pw2)
	if len(keys) != 1 || keys[0].(map[string]any)["key_id"] != common.Hash(nk.ID()).Hex() {
		t.Fatalf("the old-form key after remove and re-import: %v (want %s)", keys, common.Hash(nk.ID()).Hex())
	}
	if _, k := dataCounts(t, dir, ning); k != 1 {
		t.Fatalf("%d notary keys", k)
	}
}

// A BIP-39 passphrase read from stdin over the limit is refused, not cut
// short (a cut passphrase is another wallet).
func TestBIP39PassphraseFromStdinOverTheLimitIsRefused(t *testing.T) {
	dir := t.TempDir()
	mf := filepath.Join(t.TempDir(), "m")
	os.WriteFile(mf, []byte("test test test test test test test test test test test junk\n"), 0o600)
	for _, n := range []int{1 << 16, 1<<16 + 1} {
		streams, in, out, errOut := iostreams.Test()
		in.WriteString(strings.Repeat("x", n))
		streams.SetTTY(false, false)
		code := run(context.Background(), []string{"--data-dir", dir, "wallet", "import", "--name", fmt.Sprintf("a%d", n), "--mnemonic-file", mf,
			"--bip39-passphrase-file", "-", "--password-file", passwordFile(t, "stdin passphrase"), "--insecure-light-kdf", "--no-keyring"}, streams)
		over := n > 1<<16
		if over && (code != exitUsage || !strings.Contains(errOut.String(), "more than 65536 bytes")) {
			t.Fatalf("%d bytes: %d %s", n, code, errOut)
		}
		if !over && code != 0 {
			t.Fatalf("%d bytes: %d %s %s", n, code, out, errOut)
		}
	}
}
