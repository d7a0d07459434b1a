package wallet_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/wallet"
)

// rpcErr is a JSON-RPC error answer.
type rpcErr struct {
	msg  string
	code int
}

func (e rpcErr) Error() string  { return e.msg }
func (e rpcErr) ErrorCode() int { return e.code }

// acceptsThenErrs is the real node behind a server or gateway that takes
// the first transaction into the node's pool and then answers with an
// error: go-ethereum's own request timeout (-32002) while SubmitTransaction
// keeps running, or a gateway's -32603 after forwarding. Asked for a
// transaction by hash, it times out too.
type acceptsThenErrs struct {
	chain.Backend
	err  error
	done bool
}

func (a *acceptsThenErrs) TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error) {
	return nil, false, rpcErr{"request timed out", -32002}
}

func (a *acceptsThenErrs) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Backend.SendTransaction(ctx, tx); err != nil {
		return err
	}
	if !a.done {
		a.done = true
		return a.err
	}
	return nil
}

// withLookup adds the node's TransactionByHash back.
type withLookup struct {
	*acceptsThenErrs
	conn *chain.Conn
}

func (w withLookup) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	return w.conn.TransactionByHash(ctx, h)
}

// waitMined reconciles until entry h is mined.
func waitMined(t *testing.T, d *devChain, s *wallet.Sender, h common.Hash) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for journalStates(t, s)[h] != wallet.StateMined {
		if time.Now().After(deadline) {
			t.Fatalf("%s never mined: %v", h.Hex(), journalStates(t, s))
		}
		if _, err := wallet.ReconcileAccount(d.ctx, d.conn, s.Journal, s.From()); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A JSON-RPC error that is not a validation refusal may come after the
// node took the transaction: huzhu never says "not sent" then, keeps the
// entry pending, and the payment is made exactly once (it used to free the
// nonce, the retry took the next one, and the recipient was paid twice).
func TestErrorAfterAcceptPaysExactlyOnce(t *testing.T) {
	d := startChain(t)
	for i, err := range []error{
		rpcErr{"request timed out", -32002},
		rpcErr{"internal error", -32603},
		rpcErr{"upstream: connection reset", -32000},
	} {
		s := d.funded(5)
		s.Backend = &acceptsThenErrs{Backend: d.conn, err: err}
		to := common.BytesToAddress([]byte{0xf1, byte(i)})
		_, serr := s.Send(d.ctx, &to, nil, big.NewInt(7))
		var refused *wallet.RefusedError
		if serr == nil || errors.As(serr, &refused) || !strings.Contains(serr.Error(), "may or may not have reached the node") || !strings.Contains(serr.Error(), "do not pay again") {
			t.Fatalf("%v: got %v, want a 'may or may not have reached' error", err, serr)
		}
		es, _ := s.Journal.Entries(s.From())
		if len(es) != 1 || es[0].State != wallet.StatePending || len(es[0].Raw) == 0 {
			t.Fatalf("%v: journal %+v", err, es)
		}
		waitMined(t, d, s, es[0].Hash)
		// The account's next payment takes the next nonce, and is not a
		// second copy of the first.
		s.Backend = d.conn
		r, err2 := s.Send(d.ctx, &to, nil, big.NewInt(1))
		if err2 != nil {
			t.Fatal(err2)
		}
		if got := d.balance(to).Int64(); got != 8 {
			t.Fatalf("%v: recipient has %d wei, want 7 once and then 1", err, got)
		}
		if tx, _, _ := d.conn.TransactionByHash(d.ctx, r.TxHash); tx.Nonce() != 1 || d.nonce(s.From()) != 2 {
			t.Fatalf("%v: second payment nonce %d, account nonce %d", err, tx.Nonce(), d.nonce(s.From()))
		}
	}
	// When the node can be asked, a transaction it holds is sent, whatever
	// the answer to the broadcast said, even one worded as a refusal.
	for i, err := range []error{rpcErr{"request timed out", -32002}, rpcErr{"transaction underpriced", -32000}} {
		s := d.funded(5)
		s.Backend = withLookup{&acceptsThenErrs{Backend: d.conn, err: err}, d.conn}
		to := common.BytesToAddress([]byte{0xf2, byte(i)})
		r, serr := s.Send(d.ctx, &to, nil, big.NewInt(7))
		if serr != nil {
			t.Fatalf("%v: the node holds the transaction, yet: %v", err, serr)
		}
		if got := d.balance(to).Int64(); got != 7 || journalStates(t, s)[r.TxHash] != wallet.StateMined {
			t.Fatalf("%v: recipient %d wei, journal %v", err, got, journalStates(t, s))
		}
	}
}

// refusingGateway forwards every transaction to the node and then answers
// with a validation refusal (a lying or confused gateway, whose lookups go
// to another node that has not seen it).
type refusingGateway struct{ chain.Backend }

func (refusingGateway) TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error) {
	return nil, false, ethereum.NotFound
}

func (g refusingGateway) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := g.Backend.SendTransaction(ctx, tx); err != nil {
		return err
	}
	return rpcErr{"insufficient funds for gas * price + value", -32000}
}

// A refused entry is checked by hash on every run until its nonce is
// spent: if it is mined after all, it is recorded mined (its signed bytes
// taken back from the node), and its nonce is not reused.
func TestRefusedEntryMinedAfterAllIsRecorded(t *testing.T) {
	d := startChain(t)
	s := d.funded(5)
	s.Backend = refusingGateway{d.conn}
	to := common.HexToAddress("0x00000000000000000000000000000000000000f3")
	_, err := s.Send(d.ctx, &to, nil, big.NewInt(7))
	var refused *wallet.RefusedError
	if !errors.As(err, &refused) {
		t.Fatalf("got %v, want a refusal", err)
	}
	es, _ := s.Journal.Entries(s.From())
	if len(es) != 1 || es[0].State != wallet.StateUnsent || len(es[0].Raw) != 0 {
		t.Fatalf("journal %+v", es)
	}
	for d.nonce(s.From()) == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	s.Backend = d.conn
	waitMined(t, d, s, refused.Hash)
	es, _ = s.Journal.Entries(s.From())
	chainID, _ := d.conn.ChainID(d.ctx)
	if _, err := es[0].VerifiedTx(s.From(), chainID); err != nil {
		t.Fatalf("the mined entry's signed bytes were not taken back: %v", err)
	}
	r, err := s.Send(d.ctx, &to, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if tx, _, _ := d.conn.TransactionByHash(d.ctx, r.TxHash); tx.Nonce() != 1 || d.balance(to).Int64() != 8 {
		t.Fatalf("next payment nonce %d, recipient %s", tx.Nonce(), d.balance(to))
	}
}

// A refused entry keeps no signed bytes: an edit of its state back to
// pending cannot make huzhu broadcast it.
func TestRefusedEntryCannotBeRevived(t *testing.T) {
	d := startChain(t)
	s := d.funded(1)
	to := common.HexToAddress("0x00000000000000000000000000000000000000f4")
	_, err := s.Send(d.ctx, &to, nil, ether) // value passes estimation, value plus gas does not
	var refused *wallet.RefusedError
	if !errors.As(err, &refused) {
		t.Fatalf("got %v, want a refusal", err)
	}
	unlock, _ := s.Journal.Lock(s.From())
	var before wallet.Entry
	err = s.Journal.Update(s.From(), refused.Hash, func(e *wallet.Entry) {
		before = *e
		e.State = wallet.StatePending
	})
	unlock()
	if err != nil {
		t.Fatal(err)
	}
	if len(before.Raw) != 0 || before.Nonce != 0 || before.To == nil || *before.To != to || before.Hash != refused.Hash {
		t.Fatalf("refused entry: %+v", before)
	}
	rec := &recording{Backend: d.conn}
	if _, err := wallet.ReconcileAccount(d.ctx, rec, s.Journal, s.From()); err != nil {
		t.Fatal(err)
	}
	if got := rec.broadcast(); len(got) != 0 {
		t.Fatalf("reconcile broadcast %v", got)
	}
	if st := journalStates(t, s)[refused.Hash]; st != wallet.StateInvalid {
		t.Fatalf("state %q, want invalid", st)
	}
}

// The node holding more of the account's transactions than the journal
// explains (another wallet with the key) stops huzhu from signing, rather
// than skipping ahead or replacing one of them.
func TestUnexplainedPendingNonceRefusesToSign(t *testing.T) {
	d := startChain(t)
	s := d.funded(5)
	chainID, _ := d.conn.ChainID(d.ctx)
	d.node.SetAutomine(false)
	elsewhere := signedTransfer(t, s.Key, chainID, 0, common.HexToAddress("0xf5"), big.NewInt(1))
	if err := d.conn.SendTransaction(d.ctx, elsewhere); err != nil {
		t.Fatal(err)
	}
	rec := &recording{Backend: d.conn}
	s.Backend = rec
	to := common.HexToAddress("0x00000000000000000000000000000000000000f6")
	_, err := s.Submit(d.ctx, &to, nil, big.NewInt(1))
	if err == nil || !strings.Contains(err.Error(), "does not explain") || !strings.Contains(err.Error(), "another wallet with this key") {
		t.Fatalf("got %v", err)
	}
	if got := rec.broadcast(); len(got) != 0 {
		t.Fatalf("broadcast %v", got)
	}
	d.node.SetAutomine(true)
	for d.nonce(s.From()) == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	if _, err := s.Send(d.ctx, &to, nil, big.NewInt(1)); err != nil {
		t.Fatalf("once mined: %v", err)
	}
}

// holding is the real node that (while hold is set) answers a broadcast
// without passing it on, as a node that restarts and forgets its pool.
type holding struct {
	chain.Backend
	hold bool
}

func (h *holding) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if h.hold {
		return nil
	}
	return h.Backend.SendTransaction(ctx, tx)
}

// Entries planted as mined (one pointing at a genuine pending payment by
// Replaces, one under the payment's own hash) neither settle it nor stop
// its rebroadcast: only verified entries settle a payment.
func TestPlantedMinedEntryDoesNotSettleAPayment(t *testing.T) {
	d := startChain(t)
	for i, planted := range []func(p *wallet.Entry) wallet.Entry{
		func(p *wallet.Entry) wallet.Entry {
			return wallet.Entry{Hash: common.HexToHash("0xfeed"), From: p.From, Nonce: p.Nonce, State: wallet.StateMined, Replaces: p.Hash}
		},
		func(p *wallet.Entry) wallet.Entry {
			return wallet.Entry{Hash: p.Hash, From: p.From, Nonce: p.Nonce, State: wallet.StateMined}
		},
		func(p *wallet.Entry) wallet.Entry { // a genuine tx of another nonce
			return wallet.Entry{Hash: common.HexToHash("0xbeef"), From: p.From, Nonce: p.Nonce + 1, State: wallet.StateMined, Replaces: p.Hash}
		},
	} {
		s := d.funded(5)
		hb := &holding{Backend: d.conn, hold: true}
		s.Backend = hb
		to := common.BytesToAddress([]byte{0xf7, byte(i)})
		p, err := s.Submit(d.ctx, &to, nil, big.NewInt(5))
		if err != nil {
			t.Fatal(err)
		}
		unlock, _ := s.Journal.Lock(s.From())
		e := planted(p)
		e.Created = time.Now().UTC()
		if err := s.Journal.Add(e); err != nil {
			t.Fatal(err)
		}
		unlock()
		hb.hold = false
		if _, err := s.Reconcile(d.ctx); err != nil {
			t.Fatal(err)
		}
		es, _ := s.Journal.Entries(s.From())
		if es[0].Hash != p.Hash || es[0].State == wallet.StateReplaced {
			t.Fatalf("case %d: the genuine payment: %+v", i, es[0])
		}
		for d.balance(to).Sign() == 0 {
			if _, err := s.Reconcile(d.ctx); err != nil {
				t.Fatal(err)
			}
			time.Sleep(10 * time.Millisecond)
		}
		if got := d.balance(to).Int64(); got != 5 {
			t.Fatalf("case %d: recipient %d", i, got)
		}
	}
}
