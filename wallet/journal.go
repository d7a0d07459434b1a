package wallet

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/gofrs/flock"

	"github.com/huzhu-community/huzhu/internal/atomicfile"
)

// The journal records every transaction an account signs, before it is
// broadcast, so that a crash or a dropped connection never loses track of a
// payment: on the next run huzhu finds out what happened to each one and
// rebroadcasts the very same signed transaction if it is still unknown.
// A signed transaction can be included at most once, and huzhu never signs
// a second one for a journaled payment (a speed-up or cancel reuses its
// nonce), so nothing is ever paid twice.

// Transaction states in the journal.
const (
	StatePending  = "pending"  // signed, maybe broadcast, not yet mined
	StateMined    = "mined"    // mined and succeeded
	StateFailed   = "failed"   // mined and reverted
	StateReplaced = "replaced" // another transaction with its nonce was mined
	StateDropped  = "dropped"  // its nonce was used outside huzhu
	StateUnsent   = "unsent"   // the node refused it outright; never broadcast
	// StateInvalid marks an entry that is not this account's own signed
	// transaction (the journal was edited by someone else): huzhu never
	// broadcasts, replaces or counts it.
	StateInvalid = "invalid"
)

// Entry is one journaled transaction. It holds nothing secret: the signed
// transaction is public as soon as it is broadcast.
type Entry struct {
	Hash     common.Hash     `json:"hash"`
	From     common.Address  `json:"from"`
	Nonce    uint64          `json:"nonce"`
	To       *common.Address `json:"to,omitempty"`
	What     string          `json:"what"`
	Raw      hexutil.Bytes   `json:"raw"`
	Created  time.Time       `json:"created"`
	State    string          `json:"state"`
	Block    uint64          `json:"block,omitempty"`
	GasUsed  uint64          `json:"gasUsed,omitempty"`
	Replaces common.Hash     `json:"replaces,omitempty"`
	Error    string          `json:"error,omitempty"`
}

// Tx decodes the entry's signed transaction.
func (e *Entry) Tx() (*types.Transaction, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(e.Raw); err != nil {
		return nil, fmt.Errorf("journal entry %s: %w", e.Hash.Hex(), err)
	}
	return tx, nil
}

// VerifiedTx decodes the entry's signed transaction and checks that it is
// what the entry says: signed by from (the account whose journal holds it),
// with the recorded hash, nonce and recipient, an EIP-1559 transaction, and,
// when chainID is not nil, for that chain. The journal is a file anyone with
// access to the data dir can edit: nothing from it is re-signed, broadcast
// or counted without this check.
func (e *Entry) VerifiedTx(from common.Address, chainID *big.Int) (*types.Transaction, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("journal entry %s is not a transaction this account signed (the journal may have been tampered with): %s", e.Hash.Hex(), fmt.Sprintf(format, args...))
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(e.Raw); err != nil {
		return nil, bad("its signed bytes do not decode (%v)", err)
	}
	if tx.Hash() != e.Hash {
		return nil, bad("its signed bytes hash to %s", tx.Hash().Hex())
	}
	if tx.Type() != types.DynamicFeeTxType {
		return nil, bad("it is a type %d transaction; huzhu signs only EIP-1559 (type 2) ones", tx.Type())
	}
	signer, err := types.LatestSignerForChainID(tx.ChainId()).Sender(tx)
	if err != nil {
		return nil, bad("its signature does not recover (%v)", err)
	}
	if signer != from {
		return nil, bad("it is signed by %s, not by %s", signer.Hex(), from.Hex())
	}
	if e.From != from {
		return nil, bad("the entry names %s as its sender, not %s", e.From.Hex(), from.Hex())
	}
	if tx.Nonce() != e.Nonce {
		return nil, bad("its nonce is %d, the entry says %d", tx.Nonce(), e.Nonce)
	}
	if (tx.To() == nil) != (e.To == nil) || (tx.To() != nil && *tx.To() != *e.To) {
		return nil, bad("its recipient differs from the entry's")
	}
	if chainID != nil && tx.ChainId().Cmp(chainID) != 0 {
		return nil, &WrongChainError{Hash: e.Hash, TxChain: tx.ChainId(), Connected: chainID}
	}
	return tx, nil
}

// InBlock is " in block N" for a mined entry, else "": for sentences
// about what became of a transaction.
func (e *Entry) InBlock() string {
	if e.Block == 0 {
		return ""
	}
	return fmt.Sprintf(" in block %d", e.Block)
}

// Description says what the entry's transaction does, decoded from its
// signed bytes once they are checked (see VerifiedTx). The entry's What is
// the journal's word, unsigned: it is never shown.
func (e *Entry) Description(from common.Address) string {
	tx, err := e.VerifiedTx(from, nil)
	switch {
	case err == nil:
		return Describe(tx.To(), tx.Data(), tx.Value())
	case len(e.Raw) == 0:
		return "a transaction the node refused (its signed bytes are not kept)"
	}
	return "not a transaction this account signed (the journal may have been tampered with)"
}

// WrongChainError: a journaled transaction was signed for another chain
// than the one huzhu is connected to.
type WrongChainError struct {
	Hash               common.Hash
	TxChain, Connected *big.Int
}

func (e *WrongChainError) Error() string {
	return fmt.Sprintf("journal entry %s is signed for chain %s, but huzhu is connected to chain %s: connect to chain %s to handle it (if this account never sent it there, the journal was tampered with)", e.Hash.Hex(), e.TxChain, e.Connected, e.TxChain)
}

// Journal is the per-account transaction journal in DataDir/wallet/journal.
type Journal struct{ Dir string }

// NewJournal returns the journal of a data dir.
func NewJournal(dataDir string) *Journal {
	return &Journal{Dir: filepath.Join(dataDir, "wallet", "journal")}
}

func (j *Journal) file(a common.Address) string {
	return filepath.Join(j.Dir, strings.ToLower(a.Hex())+".json")
}

// Lock takes the account's lock, which every huzhu process holds while it
// picks a nonce, journals and broadcasts: two processes sending from one
// account never use the same nonce.
func (j *Journal) Lock(a common.Address) (unlock func(), err error) {
	if err := os.MkdirAll(j.Dir, 0o700); err != nil {
		return nil, err
	}
	l := flock.New(filepath.Join(j.Dir, strings.ToLower(a.Hex())+".lock"))
	if err := l.Lock(); err != nil {
		return nil, fmt.Errorf("lock account %s: %w", a.Hex(), err)
	}
	return func() { l.Unlock() }, nil
}

// Accounts returns the accounts that have a journal in this data dir.
func (j *Journal) Accounts() ([]common.Address, error) {
	files, err := filepath.Glob(filepath.Join(j.Dir, "0x*.json"))
	if err != nil {
		return nil, err
	}
	var out []common.Address
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		if common.IsHexAddress(name) {
			out = append(out, common.HexToAddress(name))
		}
	}
	return out, nil
}

// Entries returns an account's journal, oldest first.
func (j *Journal) Entries(a common.Address) ([]Entry, error) {
	b, err := os.ReadFile(j.file(a))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var es []Entry
	if err := json.Unmarshal(b, &es); err != nil {
		return nil, fmt.Errorf("the transaction journal %s is damaged: %v", j.file(a), err)
	}
	return es, nil
}

// maxFinished is how many finished entries an account's journal keeps.
const maxFinished = 500

func (j *Journal) write(a common.Address, es []Entry) error {
	sort.SliceStable(es, func(i, k int) bool { return es[i].Created.Before(es[k].Created) })
	// Keep every pending entry and the latest finished ones.
	finished := 0
	for _, e := range es {
		if e.State != StatePending {
			finished++
		}
	}
	kept := es[:0]
	for _, e := range es {
		if e.State != StatePending && finished > maxFinished {
			finished--
			continue
		}
		kept = append(kept, e)
	}
	b, err := json.MarshalIndent(kept, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(j.file(a), append(b, '\n'), 0o600)
}

// Add records a new entry. Call it with the account's lock held.
func (j *Journal) Add(e Entry) error {
	es, err := j.Entries(e.From)
	if err != nil {
		return err
	}
	return j.write(e.From, append(es, e))
}

// Update changes the entry with hash h. Call it with the account's lock held.
func (j *Journal) Update(a common.Address, h common.Hash, change func(*Entry)) error {
	es, err := j.Entries(a)
	if err != nil {
		return err
	}
	for i := range es {
		if es[i].Hash == h {
			change(&es[i])
			return j.write(a, es)
		}
	}
	return fmt.Errorf("no journal entry %s", h.Hex())
}

// Pending returns the account's entries still waiting to be mined.
func (j *Journal) Pending(a common.Address) ([]Entry, error) {
	es, err := j.Entries(a)
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, e := range es {
		if e.State == StatePending {
			out = append(out, e)
		}
	}
	return out, nil
}
