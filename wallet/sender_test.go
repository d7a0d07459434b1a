package wallet_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/wallet"
)

var ether = big.NewInt(1e18)

type devChain struct {
	t    *testing.T
	ctx  context.Context
	node *chain.DevNode
	conn *chain.Conn
	dir  string
}

func startChain(t *testing.T) *devChain {
	t.Helper()
	dir := t.TempDir()
	n, err := chain.StartDevNode(chain.DevConfig{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	c, err := chain.Dial(context.Background(), n.IPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Client.Close() })
	return &devChain{t: t, ctx: context.Background(), node: n, conn: c, dir: dir}
}

// funded returns a sender for a new key holding eth ether.
func (d *devChain) funded(eth int64) *wallet.Sender {
	d.t.Helper()
	key, _ := crypto.GenerateKey()
	s := &wallet.Sender{Backend: d.conn, Key: key, Journal: wallet.NewJournal(d.dir), Poll: 20 * time.Millisecond}
	if eth > 0 {
		if _, err := chain.Faucet(d.ctx, d.conn.RPC, s.From(), new(big.Int).Mul(big.NewInt(eth), ether), nil); err != nil {
			d.t.Fatal(err)
		}
	}
	return s
}

func (d *devChain) balance(a common.Address) *big.Int {
	b, err := d.conn.BalanceAt(d.ctx, a, nil)
	if err != nil {
		d.t.Fatal(err)
	}
	return b
}

func (d *devChain) nonce(a common.Address) uint64 {
	n, err := d.conn.NonceAt(d.ctx, a, nil)
	if err != nil {
		d.t.Fatal(err)
	}
	return n
}

func journalStates(t *testing.T, s *wallet.Sender) map[common.Hash]string {
	es, err := s.Journal.Entries(s.From())
	if err != nil {
		t.Fatal(err)
	}
	out := map[common.Hash]string{}
	for _, e := range es {
		out[e.Hash] = e.State
	}
	return out
}

func TestSendJournalsAndWaits(t *testing.T) {
	d := startChain(t)
	s := d.funded(5)
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	var stages []string
	s.Progress = func(p wallet.Progress) { stages = append(stages, p.Stage) }
	r, err := s.Send(d.ctx, &to, nil, ether)
	if err != nil {
		t.Fatal(err)
	}
	if d.balance(to).Cmp(ether) != 0 {
		t.Fatalf("recipient: got %s", d.balance(to))
	}
	if st := journalStates(t, s)[r.TxHash]; st != wallet.StateMined {
		t.Fatalf("journal state: got %q, want mined", st)
	}
	if len(stages) < 3 || stages[0] != "broadcast" || stages[len(stages)-1] != "mined" {
		t.Fatalf("progress: got %v", stages)
	}
}

// Two senders of one account (as two huzhu processes) never share a nonce.
func TestConcurrentSendersUseDistinctNonces(t *testing.T) {
	d := startChain(t)
	a := d.funded(10)
	b := &wallet.Sender{Backend: d.conn, Key: a.Key, Journal: wallet.NewJournal(d.dir), Poll: 20 * time.Millisecond}
	to := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for i := range 10 {
		s := a
		if i%2 == 1 {
			s = b
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.Send(d.ctx, &to, nil, big.NewInt(1))
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := d.balance(to); got.Int64() != 10 {
		t.Fatalf("recipient got %s wei, want 10", got)
	}
	if n := d.nonce(a.From()); n != 10 {
		t.Fatalf("nonce: got %d, want 10", n)
	}
}

// A transaction still waiting when huzhu stops is found on the next run and
// paid exactly once.
func TestRestartFindsTheTrueOutcome(t *testing.T) {
	d := startChain(t)
	s := d.funded(5)
	to := common.HexToAddress("0x00000000000000000000000000000000000000b2")
	d.node.SetAutomine(false)
	e, err := s.Submit(d.ctx, &to, nil, ether)
	if err != nil {
		t.Fatal(err)
	}
	// "Restart": a new sender over the same journal, while still unmined.
	s2 := &wallet.Sender{Backend: d.conn, Key: s.Key, Journal: wallet.NewJournal(d.dir)}
	changed, err := s2.Reconcile(d.ctx)
	if err != nil || len(changed) != 0 {
		t.Fatalf("reconcile while pending: %v %v", changed, err)
	}
	d.node.SetAutomine(true)
	ctx, cancel := context.WithTimeout(d.ctx, 10*time.Second)
	defer cancel()
	for {
		changed, err = s2.Reconcile(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(changed) > 0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if changed[0].Hash != e.Hash || changed[0].State != wallet.StateMined {
		t.Fatalf("reconciled: %+v", changed[0])
	}
	// Sending again afterwards uses the next nonce; the first paid once.
	if _, err := s2.Send(d.ctx, &to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if got := d.balance(to); got.Cmp(new(big.Int).Add(ether, big.NewInt(1))) != 0 {
		t.Fatalf("recipient: got %s", got)
	}
}

func TestSpeedUpAndCancel(t *testing.T) {
	d := startChain(t)
	s := d.funded(5)
	to := common.HexToAddress("0x00000000000000000000000000000000000000b3")

	d.node.SetAutomine(false)
	slow, err := s.Submit(d.ctx, &to, nil, ether)
	if err != nil {
		t.Fatal(err)
	}
	fast, err := s.Replace(d.ctx, slow.Hash, false)
	if err != nil {
		t.Fatal(err)
	}
	if fast.Nonce != slow.Nonce || fast.Replaces != slow.Hash {
		t.Fatalf("speed-up: %+v", fast)
	}
	d.node.SetAutomine(true)
	if _, err := s.Wait(d.ctx, slow); err != nil {
		t.Fatal(err)
	}
	st := journalStates(t, s)
	if st[fast.Hash] != wallet.StateMined || st[slow.Hash] != wallet.StateReplaced {
		t.Fatalf("after speed-up: %v", st)
	}
	if d.balance(to).Cmp(ether) != 0 {
		t.Fatalf("recipient after speed-up: %s", d.balance(to))
	}

	d.node.SetAutomine(false)
	doomed, err := s.Submit(d.ctx, &to, nil, ether)
	if err != nil {
		t.Fatal(err)
	}
	cancel, err := s.Replace(d.ctx, doomed.Hash, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Replace(d.ctx, common.Hash{1}, true); err == nil {
		t.Fatal("replacing an unknown transaction succeeded")
	}
	d.node.SetAutomine(true)
	if _, err := s.Wait(d.ctx, cancel); err != nil {
		t.Fatal(err)
	}
	if d.balance(to).Cmp(ether) != 0 {
		t.Fatalf("a cancelled payment arrived: %s", d.balance(to))
	}
	if st := journalStates(t, s); st[doomed.Hash] != wallet.StateReplaced {
		t.Fatalf("cancelled entry: %v", st)
	}
}

// A transaction that passes estimation but reverts on chain comes back
// with the contract's refusal decoded.
func TestRevertOnChainIsDecoded(t *testing.T) {
	d := startChain(t)
	s := d.funded(5)
	kbc := contracts.NewKangbaoCoin()
	token := chain.DevToken
	if _, err := chain.Faucet(d.ctx, d.conn.RPC, s.From(), nil, big.NewInt(10)); err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000b4")
	d.node.SetAutomine(false)
	first, err := s.Submit(d.ctx, &token, kbc.PackTransfer(to, big.NewInt(10)), nil)
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.Submit(d.ctx, &token, kbc.PackTransfer(to, big.NewInt(10)), nil) // estimated before the first lands
	if err != nil {
		t.Fatal(err)
	}
	d.node.SetAutomine(true)
	if _, err := s.Wait(d.ctx, first); err != nil {
		t.Fatal(err)
	}
	_, err = s.Wait(d.ctx, second)
	var rev *contracts.Revert
	if !errors.As(err, &rev) || rev.Name != "ERC20InsufficientBalance" {
		t.Fatalf("got %v, want ERC20InsufficientBalance", err)
	}
	if st := journalStates(t, s)[second.Hash]; st != wallet.StateFailed {
		t.Fatalf("journal: %q", st)
	}
}

// laggingNode is the real node seen through an RPC provider that lags:
// it hides receipts and reports a stale pending nonce when told to.
type laggingNode struct {
	chain.Backend
	hideReceipts bool
	staleNonce   *uint64
}

func (l *laggingNode) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if l.hideReceipts {
		return nil, ethereum.NotFound
	}
	return l.Backend.TransactionReceipt(ctx, h)
}

func (l *laggingNode) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	if l.staleNonce != nil {
		return *l.staleNonce, nil
	}
	return l.Backend.PendingNonceAt(ctx, a)
}

// A node that hides a mined transaction's receipt makes it look dropped;
// huzhu keeps checking and reports it mined once the receipt shows.
func TestHiddenReceiptIsNotFinal(t *testing.T) {
	d := startChain(t)
	s := d.funded(5)
	to := common.HexToAddress("0x00000000000000000000000000000000000000b5")
	d.node.SetAutomine(false)
	e, err := s.Submit(d.ctx, &to, nil, ether)
	if err != nil {
		t.Fatal(err)
	}
	d.node.SetAutomine(true)
	for d.nonce(s.From()) == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	lag := &laggingNode{Backend: d.conn, hideReceipts: true}
	changed, err := wallet.ReconcileAccount(d.ctx, lag, s.Journal, s.From())
	if err != nil || len(changed) != 1 || changed[0].State != wallet.StateDropped {
		t.Fatalf("through the lagging node: %+v %v", changed, err)
	}
	changed, err = wallet.ReconcileAccount(d.ctx, d.conn, s.Journal, s.From())
	if err != nil || len(changed) != 1 || changed[0].Hash != e.Hash || changed[0].State != wallet.StateMined {
		t.Fatalf("once the receipt shows: %+v %v", changed, err)
	}
}

// A node that reports a stale pending nonce cannot make huzhu reuse a
// nonce, nor return an earlier payment's receipt for a new one.
func TestStaleNonceIsNotReused(t *testing.T) {
	d := startChain(t)
	s := d.funded(5)
	a := common.HexToAddress("0x00000000000000000000000000000000000000b6")
	b := common.HexToAddress("0x00000000000000000000000000000000000000b7")
	if _, err := s.Send(d.ctx, &a, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	zero := uint64(0)
	s.Backend = &laggingNode{Backend: d.conn, staleNonce: &zero}
	r, err := s.Send(d.ctx, &b, nil, big.NewInt(2))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.balance(b); got.Int64() != 2 {
		t.Fatalf("the second payment did not arrive: %s (receipt %s)", got, r.TxHash.Hex())
	}
	if n := d.nonce(s.From()); n != 2 {
		t.Fatalf("nonce: got %d, want 2", n)
	}
}
