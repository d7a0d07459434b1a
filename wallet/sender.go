package wallet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Progress is what happens to a transaction while huzhu waits for it.
type Progress struct {
	Stage string // "broadcast", "waiting", "mined"
	Hash  common.Hash
	Block uint64
}

// Sender sends an unlocked account's transactions through the journal
// (see Journal): EIP-1559, signed locally, nonces safe across processes.
// It satisfies chain.Sender.
type Sender struct {
	Backend chain.Backend
	Key     *ecdsa.PrivateKey
	Journal *Journal
	// Progress, if set, hears about each stage (for spinners).
	Progress func(Progress)
	// Poll is how often to look for a receipt at most (default 1s).
	Poll time.Duration
}

// From returns the account's address.
func (s *Sender) From() common.Address { return crypto.PubkeyToAddress(s.Key.PublicKey) }

func (s *Sender) progress(p Progress) {
	if s.Progress != nil {
		s.Progress(p)
	}
}

// Send implements chain.Sender: it journals, broadcasts and waits.
func (s *Sender) Send(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	e, err := s.Submit(ctx, to, data, value)
	if err != nil {
		return nil, err
	}
	return s.Wait(ctx, e)
}

// Submit signs, journals and broadcasts a transaction without waiting for it.
func (s *Sender) Submit(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*Entry, error) {
	if value == nil {
		value = new(big.Int)
	}
	unlock, err := s.lockReconciled(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	chainID, err := s.Backend.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	nonce, err := s.nextNonce(ctx, chainID)
	if err != nil {
		return nil, err
	}
	tx, err := chain.SignNew(ctx, s.Backend, s.Key, chainID, nonce, to, data, value)
	if err != nil {
		return nil, err
	}
	return s.journalAndBroadcast(ctx, tx, Describe(to, data, value), common.Hash{})
}

// nextNonce is the account's lowest nonce not yet used on chain and not
// taken by one of huzhu's journaled transactions that is (or may be)
// waiting: a nonce freed by a refused transaction is reused, so the refused
// one can never be mined later. Only the account's own verified
// transactions count (see Entry.VerifiedTx). If the node holds more of the
// account's transactions than the journal explains (another wallet with
// this key is sending), it refuses to sign rather than skip past them.
func (s *Sender) nextNonce(ctx context.Context, chainID *big.Int) (uint64, error) {
	latest, err := s.Backend.NonceAt(ctx, s.From(), nil)
	if err != nil {
		return 0, err
	}
	pending, err := s.Backend.PendingNonceAt(ctx, s.From())
	if err != nil {
		return 0, err
	}
	all, err := s.Journal.Entries(s.From())
	if err != nil {
		return 0, err
	}
	taken := map[uint64]bool{}
	explained := latest
	for _, e := range all {
		if e.State == StateUnsent || e.State == StateInvalid || e.Nonce < latest {
			continue // refused by the node, planted, or spent on chain
		}
		if _, err := e.VerifiedTx(s.From(), chainID); err != nil {
			continue // another chain's, or planted: it takes no nonce
		}
		taken[e.Nonce] = true
		explained = max(explained, e.Nonce+1)
	}
	if pending > explained {
		return 0, fmt.Errorf("the node holds transactions of %s up to nonce %d that huzhu's journal does not explain (it knows of none past nonce %d): another wallet with this key may be sending; huzhu signs nothing until they are mined or cancelled there, as a new transaction could replace one of them or wait behind it for good", s.From().Hex(), pending-1, explained)
	}
	nonce := latest
	for taken[nonce] {
		nonce++
	}
	return nonce, nil
}

// journalAndBroadcast records tx before sending it. Call with the lock held.
func (s *Sender) journalAndBroadcast(ctx context.Context, tx *types.Transaction, what string, replaces common.Hash) (*Entry, error) {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return nil, err
	}
	e := Entry{
		Hash: tx.Hash(), From: s.From(), Nonce: tx.Nonce(), To: tx.To(), What: what, Raw: raw,
		Created: time.Now().UTC(), State: StatePending, Replaces: replaces,
	}
	if err := s.Journal.Add(e); err != nil {
		return nil, fmt.Errorf("journal the transaction (nothing was sent): %w", err)
	}
	if err := s.Backend.SendTransaction(ctx, tx); err != nil && !alreadyKnown(err) {
		if refusedOutright(err) && !s.nodeKnows(ctx, e.Hash) {
			// Not sent: forget the signed bytes (an edit of the journal
			// cannot bring them back to be broadcast), keep what names it.
			if uerr := s.Journal.Update(e.From, e.Hash, func(x *Entry) { x.State, x.Error, x.Raw = StateUnsent, err.Error(), nil }); uerr != nil {
				return nil, fmt.Errorf("the node refused the transaction (%w), and the journal could not record it (%v): huzhu will check it on the next run", err, uerr)
			}
			return nil, &RefusedError{Hash: e.Hash, Nonce: e.Nonce, Replaces: replaces, Err: err}
		}
		if !s.nodeKnows(ctx, e.Hash) {
			// The node may or may not have it: the next run finds out.
			return nil, fmt.Errorf("sending %s may or may not have reached the node (%w); do not pay again: huzhu checks it and rebroadcasts it on the next run", e.Hash.Hex(), err)
		}
		// The node answered with an error but holds the transaction.
	}
	s.progress(Progress{Stage: "broadcast", Hash: e.Hash})
	return &e, nil
}

// nodeKnows: the node holds the transaction (in its pool or mined).
func (s *Sender) nodeKnows(ctx context.Context, h common.Hash) bool {
	_, err := txByHash(ctx, s.Backend, h)
	return err == nil
}

// txByHash asks the node for a transaction by its hash, and checks that
// what it answers is that transaction.
func txByHash(ctx context.Context, b chain.Backend, h common.Hash) (*types.Transaction, error) {
	tx, _, err := b.TransactionByHash(ctx, h)
	if err != nil {
		return nil, err
	}
	if tx.Hash() != h {
		return nil, fmt.Errorf("the node answered transaction %s when asked for %s", tx.Hash().Hex(), h.Hex())
	}
	return tx, nil
}

func alreadyKnown(err error) bool {
	return strings.Contains(err.Error(), "already known") || strings.Contains(err.Error(), "known transaction")
}

// RefusedError: the node answered that it will not take the transaction.
// It was not sent; its journal entry is "unsent", and its nonce is free
// again: the account's next transaction reuses it, so the refused one
// (signed, and valid should the node's reason go away) can never be mined
// later.
type RefusedError struct {
	Hash     common.Hash
	Nonce    uint64
	Replaces common.Hash // set when it was a speed-up or cancel
	Err      error
}

func (e *RefusedError) Error() string { return e.Said().String() }

// Said is the refusal as a sentence: the node's reason in a few words
// when it is a usual one (its own text otherwise), and what became of the
// transaction.
func (e *RefusedError) Said() i18n.Text {
	why := nodeRefusal(e.Err)
	switch {
	case e.Replaces != (common.Hash{}):
		return i18n.Say("the node refused the replacement transaction: %s; it was not sent; %s is still waiting with nonce %d", why, e.Replaces.Hex(), e.Nonce)
	case nonceUsed(e.Err):
		return i18n.Say("the node refused the transaction: %s; it was not sent, and its nonce %d is already used, so it can never be mined", why, e.Nonce)
	}
	return i18n.Say("the node refused the transaction: %s; it was not sent; your next transaction reuses nonce %d so this one can never be mined later", why, e.Nonce)
}

// InsufficientFunds reports whether the node refused the transaction
// because the account cannot pay its value and fee.
func (e *RefusedError) InsufficientFunds() bool {
	return strings.Contains(strings.ToLower(e.Err.Error()), "insufficient funds")
}

func (e *RefusedError) Unwrap() error { return e.Err }

// nodeRefusal words the usual reasons a node refuses a transaction; any
// other is its own text.
func nodeRefusal(err error) any {
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "insufficient funds"):
		return i18n.Say("insufficient funds: the account cannot pay the amount and the fee")
	case strings.Contains(msg, "nonce too low"):
		return i18n.Say("nonce too low: another transaction of this account was mined with that nonce first")
	case strings.Contains(msg, "replacement transaction underpriced"):
		return i18n.Say("replacement transaction underpriced: a replacement must pay a higher fee than the transaction it replaces")
	case strings.Contains(msg, "transaction underpriced"), strings.Contains(msg, "fee cap less than block base fee"),
		strings.Contains(msg, "max fee per gas less than block base fee"):
		return i18n.Say("transaction underpriced: the fee is below what the node accepts now")
	}
	return err
}

func nonceUsed(err error) bool { return strings.Contains(err.Error(), "nonce too low") }

// refusedOutright: the node validated the transaction and will not take
// it: one of go-ethereum's transaction pool or RPC validation refusals.
// Any other error, even a JSON-RPC answer (a server-side timeout, -32002,
// or a gateway's -32603 after forwarding it), may come after the node took
// the transaction: it is not a refusal.
func refusedOutright(err error) bool {
	msg := strings.ToLower(err.Error())
	for _, s := range refusals {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// refusals are go-ethereum's validation errors (core/error.go,
// core/txpool/errors.go, legacypool, internal/ethapi), lower case.
var refusals = []string{
	"nonce too low", "nonce too high", "nonce has max value",
	"insufficient funds",
	"intrinsic gas too low", "insufficient gas for floor data gas cost",
	"exceeds block gas limit", "gas limit reached", "transaction gas limit too high", "gas uint64 overflow",
	"max fee per gas less than block base fee", "fee cap less than block base fee",
	"max priority fee per gas higher than", "max fee per gas higher than 2^256-1",
	"transaction underpriced", "replacement transaction underpriced", "transaction gas price below minimum",
	"exceeds the configured cap", "only replay-protected",
	"oversized data", "max initcode size exceeded", "negative value",
	"invalid sender", "sender not an eoa", "account limit exceeded", "txpool is full",
	"future transaction tries to replace pending", "transaction type not supported",
}

// Wait waits for e, or a replacement of it from the journal, to be mined,
// and records the outcome. A reverted transaction returns its receipt and
// the contract's refusal.
func (s *Sender) Wait(ctx context.Context, e *Entry) (*types.Receipt, error) {
	s.progress(Progress{Stage: "waiting", Hash: e.Hash})
	delay := 5 * time.Millisecond
	maxDelay := s.Poll
	if maxDelay == 0 {
		maxDelay = time.Second
	}
	for {
		// Another process (or goroutine) may reconcile this account too, so
		// read the outcome from the journal, not from what changed here.
		if _, err := s.Reconcile(ctx); err != nil {
			return nil, err
		}
		es, err := s.Journal.Entries(s.From())
		if err != nil {
			return nil, err
		}
		pay := newPayments(es, s.From())
		root := pay.root(*e)
		for _, c := range es {
			if pay.root(c) != root {
				continue // only this payment and its speed-ups or cancel
			}
			switch c.State {
			case StateMined, StateFailed:
				r, err := s.Backend.TransactionReceipt(ctx, c.Hash)
				if err != nil {
					return nil, err
				}
				s.progress(Progress{Stage: "mined", Hash: c.Hash, Block: c.Block})
				if c.State == StateFailed {
					tx, _ := c.Tx()
					return r, chain.FailureReason(ctx, s.Backend, tx, s.From(), r)
				}
				return r, nil
			case StateDropped:
				if c.Hash == e.Hash {
					return nil, fmt.Errorf("transaction %s is not on chain and its nonce %d was used by a transaction huzhu did not send; huzhu keeps checking it", c.Hash.Hex(), c.Nonce)
				}
			case StateUnsent:
				if c.Hash == e.Hash {
					return nil, fmt.Errorf("transaction %s was never sent: %s", c.Hash.Hex(), c.Error)
				}
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("stopped waiting for %s (it stays in the journal; huzhu checks it on the next run): %w", e.Hash.Hex(), ctx.Err())
		case <-time.After(delay):
		}
		delay = min(delay*2, maxDelay)
	}
}

// Reconcile finds out what happened to every pending journal entry of the
// account: mined, failed, replaced by another with its nonce, dropped, or
// still waiting (then it is broadcast again, byte for byte). It returns
// the entries whose state changed.
func (s *Sender) Reconcile(ctx context.Context) ([]Entry, error) {
	return ReconcileAccount(ctx, s.Backend, s.Journal, s.From())
}

// ReconcileAccount is Reconcile for an account that is not unlocked: it
// needs no key, only the journal.
func ReconcileAccount(ctx context.Context, b chain.Backend, j *Journal, a common.Address) ([]Entry, error) {
	unlock, err := j.Lock(a)
	if err != nil {
		return nil, err
	}
	defer unlock()
	return reconcile(ctx, b, j, a)
}

// lockReconciled takes the account's lock and brings the journal up to
// date, as every new transaction must start.
func (s *Sender) lockReconciled(ctx context.Context) (unlock func(), err error) {
	unlock, err = s.Journal.Lock(s.From())
	if err != nil {
		return nil, err
	}
	if _, err := reconcile(ctx, s.Backend, s.Journal, s.From()); err != nil {
		unlock()
		return nil, err
	}
	return unlock, nil
}

// reconcile is Reconcile for any account, with its lock held; it needs no key.
func reconcile(ctx context.Context, b chain.Backend, j *Journal, from common.Address) ([]Entry, error) {
	all, err := j.Entries(from)
	if err != nil {
		return nil, err
	}
	pay := newPayments(all, from)
	// Nonces spent by one of the journal's own mined transactions: a
	// refused transaction with such a nonce can never be mined.
	spent := map[uint64]bool{}
	for _, e := range all {
		if (e.State == StateMined || e.State == StateFailed) && pay.verified[e.Hash] {
			spent[e.Nonce] = true
		}
	}
	// Open entries: pending ones, and dropped ones, which are checked again
	// (a lagging or re-indexing node may have hidden a receipt); and
	// refused ones, checked by hash until their nonce is spent (a node or
	// gateway may have taken one after all).
	var candidates, unsent []Entry
	for _, e := range all {
		switch {
		case e.State == StatePending || e.State == StateDropped:
			candidates = append(candidates, e)
		case e.State == StateUnsent && e.From == from && !spent[e.Nonce]:
			unsent = append(unsent, e)
		}
	}
	if len(candidates) == 0 && len(unsent) == 0 {
		return nil, nil
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	// Only this account's own transactions for this chain are followed and
	// rebroadcast: an entry planted in the journal file is marked invalid
	// and never sent; one for another chain waits for that chain.
	var open, changed []Entry
	for _, e := range candidates {
		_, err := e.VerifiedTx(from, chainID)
		var wrongChain *WrongChainError
		switch {
		case err == nil:
			open = append(open, e)
		case errors.As(err, &wrongChain):
		default:
			e.State, e.Error = StateInvalid, err.Error()
			changed = append(changed, e)
		}
	}
	minedNonce, err := b.NonceAt(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	notFound := map[common.Hash]bool{}
	settled := map[common.Hash]bool{} // payments (by root) with a mined entry
	for _, e := range all {
		if (e.State == StateMined || e.State == StateFailed) && pay.verified[e.Hash] {
			settled[pay.root(e)] = true
		}
	}
	mined := func(e *Entry, r *types.Receipt) {
		e.State = StateMined
		if r.Status != types.ReceiptStatusSuccessful {
			e.State = StateFailed
		}
		e.Block, e.GasUsed, e.Error = r.BlockNumber.Uint64(), r.GasUsed, ""
	}
	for _, e := range open {
		r, err := b.TransactionReceipt(ctx, e.Hash)
		switch {
		case err == nil:
			mined(&e, r)
			settled[pay.root(e)] = true
			changed = append(changed, e)
		case errors.Is(err, ethereum.NotFound):
			notFound[e.Hash] = true
		case strings.Contains(err.Error(), "indexing is in progress"):
			// Unknown for now: decide nothing about it this time.
		default:
			return nil, err
		}
	}
	for _, e := range unsent {
		r, err := b.TransactionReceipt(ctx, e.Hash)
		if err != nil && !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, err
		}
		// The signed bytes were forgotten when it was refused: take them
		// back from the node, which holds the very transaction.
		tx, terr := txByHash(ctx, b, e.Hash)
		if terr == nil {
			if raw, merr := tx.MarshalBinary(); merr == nil {
				e.Raw = raw
			}
		}
		_, verr := e.VerifiedTx(from, nil)
		switch {
		case err == nil:
			// It was mined after all.
			mined(&e, r)
			if verr == nil {
				pay.add(e)
				settled[pay.root(e)] = true
			}
			changed = append(changed, e)
		case terr == nil && verr == nil:
			// The node holds it: it is waiting after all.
			e.State, e.Error = StatePending, ""
			changed = append(changed, e)
		}
	}
	for _, e := range open {
		if !notFound[e.Hash] {
			continue
		}
		switch {
		case settled[pay.root(e)]:
			// Another transaction of the same payment (a speed-up or a
			// cancel) was mined: this one never will be.
			e.State = StateReplaced
			changed = append(changed, e)
		case e.Nonce < minedNonce:
			// Its nonce is spent by a transaction huzhu did not send. Not
			// final: checked again on every run.
			if e.State != StateDropped {
				e.State = StateDropped
				changed = append(changed, e)
			}
		default:
			// Still waiting: make sure the node has it (it may have
			// restarted), byte for byte the transaction that was signed.
			tx, err := e.Tx()
			if err != nil {
				return nil, err
			}
			err = b.SendTransaction(ctx, tx)
			if err != nil && !alreadyKnown(err) && !strings.Contains(err.Error(), "underpriced") && !strings.Contains(err.Error(), "nonce too low") {
				// Keep it and say why (a fee below the base fee, funds
				// spent meanwhile): it can still be sped up or cancelled.
				e.Error = "rebroadcast refused: " + err.Error()
				changed = append(changed, e)
			} else if e.State == StateDropped {
				e.State = StatePending
				changed = append(changed, e)
			}
		}
	}
	for _, c := range changed {
		c := c
		if err := j.Update(from, c.Hash, func(x *Entry) { *x = c }); err != nil {
			return nil, err
		}
	}
	return changed, nil
}

// payments groups an account's journal entries into payments: a payment
// is its first transaction and the speed-ups or cancel that replace it.
// Only the account's own signed transactions (see Entry.VerifiedTx) count,
// and a Replaces link (the journal's word, not signed) only between two of
// them with the same nonce: a planted entry joins no payment.
type payments struct {
	byHash   map[common.Hash]Entry
	verified map[common.Hash]bool
}

func newPayments(all []Entry, from common.Address) *payments {
	p := &payments{byHash: map[common.Hash]Entry{}, verified: map[common.Hash]bool{}}
	bad := map[common.Hash]bool{}
	for _, e := range all {
		if _, dup := p.byHash[e.Hash]; dup {
			bad[e.Hash] = true // a copy under a genuine hash: trust neither
		}
		p.byHash[e.Hash] = e
		if _, err := e.VerifiedTx(from, nil); err != nil || e.State == StateInvalid {
			bad[e.Hash] = true
		}
	}
	for h := range p.byHash {
		p.verified[h] = !bad[h]
	}
	return p
}

// add records a verified entry.
func (p *payments) add(e Entry) {
	p.byHash[e.Hash], p.verified[e.Hash] = e, true
}

// root is the first transaction of the payment e belongs to.
func (p *payments) root(e Entry) common.Hash {
	for i := 0; i <= len(p.byHash) && e.Replaces != (common.Hash{}) && p.verified[e.Hash]; i++ {
		prev, ok := p.byHash[e.Replaces]
		if !ok || !p.verified[prev.Hash] || prev.Nonce != e.Nonce {
			break
		}
		e = prev
	}
	return e.Hash
}

// Replace sends a replacement for a pending entry with the same nonce and
// fees at least 12.5% higher (nodes want 10%): a speed-up when cancel is
// false (same recipient, data and value), else a cancel (0 ETH to itself).
func (s *Sender) Replace(ctx context.Context, h common.Hash, cancel bool) (*Entry, error) {
	return s.ReplaceWithFees(ctx, h, cancel, nil)
}

// ReplaceWithFees is Replace with the fees shown to the person (from
// ReplacementFees), so that what is signed is what was confirmed; nil
// fees are worked out now.
func (s *Sender) ReplaceWithFees(ctx context.Context, h common.Hash, cancel bool, fees *Fees) (*Entry, error) {
	from := s.From()
	unlock, err := s.lockReconciled(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	es, err := s.Journal.Entries(from)
	if err != nil {
		return nil, err
	}
	old, otx, err := s.replaceable(ctx, es, h)
	if err != nil {
		return nil, err
	}
	f, err := s.ReplacementFees(ctx, otx, cancel)
	if err != nil {
		return nil, err
	}
	if fees != nil {
		if fees.Tip.Cmp(otx.GasTipCap()) <= 0 || fees.FeeCap.Cmp(otx.GasFeeCap()) <= 0 || fees.FeeCap.Cmp(fees.Tip) < 0 {
			return nil, fmt.Errorf("the fees given for replacing %s do not outbid it", h.Hex())
		}
		f.Tip, f.FeeCap = fees.Tip, fees.FeeCap
	}
	// Describe it from the verified transaction, not the entry's text.
	was := Describe(otx.To(), otx.Data(), otx.Value())
	to, data, value, what := otx.To(), otx.Data(), otx.Value(), "speed up: "+was
	if cancel {
		self := from
		to, data, value, what = &self, nil, new(big.Int), "cancel: "+was
	}
	tip, feeCap, gas := f.Tip, f.FeeCap, f.Gas
	tx, err := types.SignNewTx(s.Key, types.LatestSignerForChainID(otx.ChainId()), &types.DynamicFeeTx{
		ChainID: otx.ChainId(), Nonce: otx.Nonce(), GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
		To: to, Value: value, Data: data,
	})
	if err != nil {
		return nil, err
	}
	return s.journalAndBroadcast(ctx, tx, what, old.Hash)
}

// Fees are a transaction's gas limit and EIP-1559 fees.
type Fees struct {
	Gas         uint64
	Tip, FeeCap *big.Int
}

// MaxCost is the most the fees can cost: gas limit × max fee per gas.
func (f Fees) MaxCost() *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(f.Gas), f.FeeCap)
}

// ReplacementFees are the fees Replace signs a speed-up (or a cancel) of
// otx with now: at least 12.5% over otx's (nodes want 10%), at least what
// the node suggests; a cancel's gas limit is 21000.
func (s *Sender) ReplacementFees(ctx context.Context, otx *types.Transaction, cancel bool) (Fees, error) {
	fees, err := chain.SuggestFees(ctx, s.Backend)
	if err != nil {
		return Fees{}, err
	}
	bump := func(v *big.Int) *big.Int {
		return new(big.Int).Add(new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(1125)), big.NewInt(1000)), big.NewInt(1))
	}
	f := Fees{Gas: otx.Gas(), Tip: maxBig(bump(otx.GasTipCap()), fees.Tip), FeeCap: maxBig(bump(otx.GasFeeCap()), fees.FeeCap)}
	if f.FeeCap.Cmp(f.Tip) < 0 {
		f.FeeCap = f.Tip
	}
	if cancel {
		f.Gas = 21000
	}
	return f, nil
}

// Inspect returns a waiting journaled transaction of the account, checked
// as Replace checks it (see Entry.VerifiedTx), and what it does, for
// showing before a speed-up or cancel is confirmed.
func (s *Sender) Inspect(ctx context.Context, h common.Hash) (Entry, *types.Transaction, error) {
	es, err := s.Journal.Entries(s.From())
	if err != nil {
		return Entry{}, nil, err
	}
	e, tx, err := s.replaceable(ctx, es, h)
	if err != nil {
		return Entry{}, nil, err
	}
	return *e, tx, nil
}

// replaceable finds entry h, waiting, and verifies its signed transaction:
// this account's, with the recorded hash, for the connected chain.
func (s *Sender) replaceable(ctx context.Context, es []Entry, h common.Hash) (*Entry, *types.Transaction, error) {
	var old *Entry
	for i := range es {
		if es[i].Hash == h {
			old = &es[i]
		}
	}
	if old == nil {
		return nil, nil, fmt.Errorf("no transaction %s in %s's journal", h.Hex(), s.From().Hex())
	}
	if old.State == StateInvalid {
		return nil, nil, fmt.Errorf("refusing to replace it: %s", old.Error)
	}
	if old.State != StatePending {
		return nil, nil, fmt.Errorf("transaction %s is %s already; nothing to replace", h.Hex(), old.State)
	}
	chainID, err := s.Backend.ChainID(ctx)
	if err != nil {
		return nil, nil, err
	}
	tx, err := old.VerifiedTx(s.From(), chainID)
	if err != nil {
		return nil, nil, fmt.Errorf("refusing to replace it: %w", err)
	}
	return old, tx, nil
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// Describe names a transaction for people: the contract method it calls
// (for huzhu's contracts), or a plain transfer.
func Describe(to *common.Address, data []byte, value *big.Int) string {
	if to == nil {
		return "create a contract"
	}
	if len(data) >= 4 {
		for _, a := range []abi.ABI{contracts.NewCommunity().GetABI(), contracts.NewKangbaoCoin().GetABI()} {
			if m, err := a.MethodById(data[:4]); err == nil {
				return m.Name + " on " + to.Hex()
			}
		}
		return "call " + to.Hex()
	}
	return "send " + value.String() + " wei to " + to.Hex()
}

// Call says what a transaction's data asks of its recipient: "" for a
// plain transfer; the method and its arguments for a call of huzhu's
// community contract or of an ERC-20 token ("transfer(to=0x…, value=5)");
// else "contract call 0x12345678…, N bytes".
func Call(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	other := fmt.Sprintf("contract call 0x%x…, %d bytes", data[:min(4, len(data))], len(data))
	if len(data) < 4 {
		return other
	}
	for _, a := range []abi.ABI{contracts.NewCommunity().GetABI(), contracts.NewKangbaoCoin().GetABI()} {
		m, err := a.MethodById(data[:4])
		if err != nil {
			continue
		}
		vals, err := m.Inputs.Unpack(data[4:])
		if err != nil {
			return other + " (not a valid " + m.Name + " call)"
		}
		args := make([]string, len(vals))
		for i, v := range vals {
			args[i] = m.Inputs[i].Name + "=" + formatArg(v)
		}
		return m.Name + "(" + strings.Join(args, ", ") + ")"
	}
	return other
}

func formatArg(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case *big.Int:
		return x.String()
	case []byte:
		if len(x) > 8 {
			return fmt.Sprintf("0x%x… (%d bytes)", x[:8], len(x))
		}
		return fmt.Sprintf("0x%x", x)
	case [32]byte:
		return common.Hash(x).Hex()
	case []common.Address:
		out := make([]string, len(x))
		for i, a := range x {
			out[i] = a.Hex()
		}
		return "[" + strings.Join(out, " ") + "]"
	}
	return fmt.Sprintf("%v", v)
}
