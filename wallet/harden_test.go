package wallet_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/wallet"
)

// recording is the real node, noting every transaction broadcast to it.
type recording struct {
	chain.Backend
	mu   sync.Mutex
	sent []common.Hash
}

func (r *recording) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	r.mu.Lock()
	r.sent = append(r.sent, tx.Hash())
	r.mu.Unlock()
	return r.Backend.SendTransaction(ctx, tx)
}

func (r *recording) broadcast() []common.Hash {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]common.Hash(nil), r.sent...)
}

// plant writes an entry into the account's journal file, as someone with
// access to the data dir could.
func plant(t *testing.T, s *wallet.Sender, tx *types.Transaction, recorded common.Hash) {
	t.Helper()
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := s.Journal.Lock(s.From())
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	if err := s.Journal.Add(wallet.Entry{
		Hash: recorded, From: s.From(), Nonce: tx.Nonce(), To: tx.To(), What: "send 1 wei to a friend",
		Raw: raw, Created: time.Now().UTC(), State: wallet.StatePending,
	}); err != nil {
		t.Fatal(err)
	}
}

func signedTransfer(t *testing.T, key *ecdsa.PrivateKey, chainID *big.Int, nonce uint64, to common.Address, value *big.Int) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &to, Value: value,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// A planted journal entry (a 100 ETH transfer to a stranger signed by
// another key, or one of this account's own transactions under another
// hash or for another chain) is never re-signed, replaced or broadcast.
func TestSpeedUpAndCancelSignOnlyTheAccountsOwnJournaledTransaction(t *testing.T) {
	d := startChain(t)
	s := d.funded(200)
	rec := &recording{Backend: d.conn}
	s.Backend = rec
	stranger := common.HexToAddress("0x00000000000000000000000000000000000000e1")
	hundred := new(big.Int).Mul(big.NewInt(100), ether)
	chainID, _ := d.conn.ChainID(d.ctx)

	other, _ := crypto.GenerateKey()
	if _, err := chain.Faucet(d.ctx, d.conn.RPC, crypto.PubkeyToAddress(other.PublicKey), new(big.Int).Mul(big.NewInt(200), ether), nil); err != nil {
		t.Fatal(err)
	}
	byOther := signedTransfer(t, other, chainID, 0, stranger, hundred)
	ownTx := signedTransfer(t, s.Key, chainID, 0, stranger, hundred)
	otherChain := signedTransfer(t, s.Key, big.NewInt(1), 0, stranger, hundred)

	for _, tc := range []struct {
		name     string
		tx       *types.Transaction
		recorded common.Hash
		want     string
	}{
		{"signed by another key", byOther, byOther.Hash(), "signed by " + crypto.PubkeyToAddress(other.PublicKey).Hex()},
		{"recorded under another hash", ownTx, common.HexToHash("0xbad1"), "hash to " + ownTx.Hash().Hex()},
		{"for another chain", otherChain, otherChain.Hash(), "signed for chain 1"},
	} {
		plant(t, s, tc.tx, tc.recorded)
		for _, cancel := range []bool{false, true} {
			if _, _, err := s.Inspect(d.ctx, tc.recorded); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s: inspect: got %v, want an error saying %q", tc.name, err, tc.want)
			}
			_, err := s.Replace(d.ctx, tc.recorded, cancel)
			if err == nil || !strings.Contains(err.Error(), "refusing to replace") {
				t.Errorf("%s (cancel %v): got %v, want a refusal", tc.name, cancel, err)
			}
		}
		if got := rec.broadcast(); len(got) != 0 {
			t.Fatalf("%s: broadcast %v", tc.name, got)
		}
	}
	// Reconciling (every run does) broadcasts none of them either, and a
	// planted entry does not push the account's nonce out of reach.
	if _, err := s.Reconcile(d.ctx); err != nil {
		t.Fatal(err)
	}
	if got := rec.broadcast(); len(got) != 0 {
		t.Fatalf("reconcile broadcast %v", got)
	}
	st := journalStates(t, s)
	if st[byOther.Hash()] != wallet.StateInvalid || st[common.HexToHash("0xbad1")] != wallet.StateInvalid || st[otherChain.Hash()] != wallet.StatePending {
		t.Fatalf("journal states: %v", st)
	}
	if d.balance(stranger).Sign() != 0 {
		t.Fatalf("the stranger received %s", d.balance(stranger))
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000e2")
	r, err := s.Send(d.ctx, &to, nil, big.NewInt(7))
	if err != nil {
		t.Fatal(err)
	}
	got := rec.broadcast() // the payment, and maybe its rebroadcast while waiting
	for _, h := range got {
		if h != r.TxHash {
			t.Fatalf("a real payment after the planted ones: broadcast %v", got)
		}
	}
	if len(got) == 0 || d.balance(to).Int64() != 7 {
		t.Fatalf("a real payment after the planted ones: broadcast %v, balance %s", got, d.balance(to))
	}
}

// A genuine speed-up shows what it re-signs from the signed bytes.
func TestCallDescribesKnownAndUnknownCalls(t *testing.T) {
	kbc := contracts.NewKangbaoCoin()
	to := common.HexToAddress("0x00000000000000000000000000000000000000e3")
	if got := wallet.Call(kbc.PackTransfer(to, big.NewInt(5))); got != "transfer(to="+to.Hex()+", value=5)" {
		t.Errorf("ERC-20 transfer: %q", got)
	}
	if got := wallet.Call(contracts.NewCommunity().PackJoin(big.NewInt(3))); got != "join(periods=3)" {
		t.Errorf("community join: %q", got)
	}
	if got := wallet.Call([]byte{0xde, 0xad, 0xbe, 0xef, 1, 2}); got != "contract call 0xdeadbeef…, 6 bytes" {
		t.Errorf("unknown call: %q", got)
	}
	if got := wallet.Call(nil); got != "" {
		t.Errorf("plain transfer: %q", got)
	}
}

// tipOracle is the real node behind a gas oracle that suggests an absurd
// tip: the node refuses the resulting transaction (its fee is over the
// node's cap).
type tipOracle struct {
	chain.Backend
	tip *big.Int
}

func (o *tipOracle) SuggestGasTipCap(context.Context) (*big.Int, error) { return o.tip, nil }

// A transaction the node refused is reported plainly, and the account's
// next transaction reuses its nonce, so the refused one (signed, and valid
// should the reason go away) can never be mined later.
func TestRefusedTransactionsNonceIsReused(t *testing.T) {
	d := startChain(t)
	to := common.HexToAddress("0x00000000000000000000000000000000000000e4")
	for _, tc := range []struct {
		name    string
		fund    int64
		backend func(chain.Backend) chain.Backend
		value   *big.Int
		reason  string
	}{
		// The fee is over the node's RPC fee cap (1 ETH by default).
		{"fee over the node's cap", 10, func(b chain.Backend) chain.Backend { return &tipOracle{Backend: b, tip: big.NewInt(1e14)} }, big.NewInt(1), "exceeds the configured cap"},
		// The value passes estimation, value plus gas does not.
		{"insufficient funds for gas", 1, func(b chain.Backend) chain.Backend { return b }, ether, "insufficient funds"},
	} {
		s := d.funded(tc.fund)
		s.Backend = tc.backend(d.conn)
		_, err := s.Send(d.ctx, &to, nil, tc.value)
		var refused *wallet.RefusedError
		if !errors.As(err, &refused) || !strings.Contains(err.Error(), tc.reason) ||
			!strings.Contains(err.Error(), "it was not sent; your next transaction reuses nonce 0 so this one can never be mined later") {
			t.Fatalf("%s: got %v", tc.name, err)
		}
		es, _ := s.Journal.Entries(s.From())
		if len(es) != 1 || es[0].State != wallet.StateUnsent || es[0].Hash != refused.Hash {
			t.Fatalf("%s: journal %+v", tc.name, es)
		}
		// The next transaction takes nonce 0, within a bounded time (a nonce
		// gap behind the refused one would wait forever).
		s.Backend = d.conn
		ctx, cancel := context.WithTimeout(d.ctx, 20*time.Second)
		r, err := s.Send(ctx, &to, nil, big.NewInt(1))
		cancel()
		if err != nil {
			t.Fatalf("%s: the next transaction: %v", tc.name, err)
		}
		tx, _, err := d.conn.TransactionByHash(d.ctx, r.TxHash)
		if err != nil || tx.Nonce() != 0 {
			t.Fatalf("%s: next transaction's nonce: %v %v", tc.name, tx, err)
		}
		// The refused transaction is superseded: its nonce is spent.
		if n := d.nonce(s.From()); n != 1 {
			t.Fatalf("%s: the account's nonce on chain is %d; the refused transaction (nonce 0) could still be mined", tc.name, n)
		}
	}
}

// journalChecking is go-ethereum's simulated backend behind a check: every
// transaction broadcast must already be in the account's journal file on
// disk, byte for byte. It mines each one when autoCommit is on.
type journalChecking struct {
	chain.Backend
	t          *testing.T
	sim        *simchain.Chain
	journal    *wallet.Journal
	from       common.Address
	mu         sync.Mutex
	autoCommit bool
	checked    int
}

func (j *journalChecking) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	raw, _ := tx.MarshalBinary()
	es, err := j.journal.Entries(j.from) // reads the file on disk
	found := false
	for _, e := range es {
		if e.Hash == tx.Hash() && bytes.Equal(e.Raw, raw) {
			found = true
		}
	}
	if err != nil || !found {
		j.t.Errorf("transaction %s (nonce %d) was broadcast before it was journaled (%v)", tx.Hash().Hex(), tx.Nonce(), err)
		return errors.New("not journaled")
	}
	j.mu.Lock()
	j.checked++
	j.mu.Unlock()
	if err := j.Backend.SendTransaction(ctx, tx); err != nil {
		return err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.autoCommit {
		j.sim.Backend.Commit()
	}
	return nil
}

// TransactionReceipt answers NotFound for a transaction not mined, as a
// node does (the simulated backend says "indexing is in progress", after
// which huzhu decides nothing and would never rebroadcast).
func (j *journalChecking) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	r, err := j.Backend.TransactionReceipt(ctx, h)
	if err != nil && strings.Contains(err.Error(), "indexing is in progress") {
		return nil, ethereum.NotFound
	}
	return r, err
}

func (j *journalChecking) setAutoCommit(on bool) {
	j.mu.Lock()
	j.autoCommit = on
	j.mu.Unlock()
}

// Every path that broadcasts (a send, a speed-up, a cancel, a rebroadcast
// when reconciling) journals first.
func TestEveryBroadcastIsJournaledFirst(t *testing.T) {
	sim := simchain.New("journal first", 1)
	defer sim.Close()
	key := sim.Accounts[0].Key
	dir := t.TempDir()
	j := wallet.NewJournal(dir)
	b := &journalChecking{Backend: sim.Client, t: t, sim: sim, journal: j, from: crypto.PubkeyToAddress(key.PublicKey), autoCommit: true}
	s := &wallet.Sender{Backend: b, Key: key, Journal: j, Poll: 5 * time.Millisecond}
	ctx := context.Background()
	to := common.HexToAddress("0x00000000000000000000000000000000000000e5")

	if _, err := s.Send(ctx, &to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	b.setAutoCommit(false)
	slow, err := s.Submit(ctx, &to, nil, big.NewInt(2))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Reconcile(ctx); err != nil { // rebroadcasts the waiting one
		t.Fatal(err)
	}
	fast, err := s.Replace(ctx, slow.Hash, false)
	if err != nil {
		t.Fatal(err)
	}
	doomed, err := s.Submit(ctx, &to, nil, big.NewInt(4))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Replace(ctx, doomed.Hash, true); err != nil {
		t.Fatal(err)
	}
	sim.Backend.Commit()
	b.setAutoCommit(true)
	if _, err := s.Wait(ctx, fast); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Wait(ctx, doomed); err != nil {
		t.Fatal(err)
	}
	bal, _ := sim.Client.BalanceAt(ctx, to, nil)
	if bal.Int64() != 3 {
		t.Fatalf("recipient: %s, want 3 (1, then 2 sped up, 4 cancelled)", bal)
	}
	// 1 the first payment; 2 the slow one; 3 its rebroadcast by Reconcile;
	// 4 its rebroadcast before the speed-up, 5 the speed-up; 6-7 both
	// rebroadcast before the third payment, 8 the third; 9-11 the three
	// waiting rebroadcast before the cancel, 12 the cancel.
	if b.checked != 12 {
		t.Fatalf("%d broadcasts were checked, want 12", b.checked)
	}
}
