package wallet

import (
	"context"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
)

// Kinds of history items.
const (
	HistoryTokenIn   = "token-in"
	HistoryTokenOut  = "token-out"
	HistoryDues      = "dues"       // dues paid by or for the account
	HistoryClaim     = "claim"      // a claim the account filed
	HistoryPayout    = "payout"     // a claim paid to the account
	HistorySent      = "sent"       // ETH the account sent (from huzhu's journal)
	HistoryETHIn     = "eth-in"     // ETH the account received in a plain transfer
	HistoryCommunity = "membership" // dues the account paid for someone else
)

// HistoryItem is one line of an account's history.
type HistoryItem struct {
	Kind         string
	Block        uint64
	Time         time.Time
	Tx           common.Hash
	Amount       *big.Int // in token base units, nil when not money
	Counterparty common.Address
	Note         string
}

// Notes on history items whose counterparty is no account.
const (
	NoteMint   = "mint"   // tokens created for the account (the dev faucet)
	NoteFaucet = "faucet" // ETH from the dev chain's faucet
)

// ETHScanBlocks is how many of the latest blocks History reads whole to
// find ETH sent to the account. An ETH transfer leaves no log, and a
// standard JSON-RPC node has no index of transactions by recipient: the
// only ways to see them are reading every block (done for the latest
// ETHScanBlocks, which covers a dev chain) and, for older blocks, the
// journals of this data dir's accounts. ETH paid by a contract (an
// internal call) shows in neither; only a tracing node
// (debug_traceBlock with callTracer) could list it.
const ETHScanBlocks = 1024

// blockReader is the part of an RPC client History uses to read blocks.
type blockReader interface {
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
}

// History reads an account's movements from chain logs: token transfers,
// plus the ETH it sent (from the journal) and received (see
// ETHScanBlocks), merged with communityItems: the account's dues, claims
// and payouts in the community at address community, which the caller
// reads from the community's decoded events (the community package owns
// decoding them; the session joins the two). A token transfer that is a
// community's dues or payout shows once, as dues or payout.
func History(ctx context.Context, b chain.Backend, j *Journal, who, token, community common.Address, communityItems []HistoryItem, fromBlock uint64) ([]HistoryItem, error) {
	var items []HistoryItem
	whoTopic := common.BytesToHash(who.Bytes())
	kbc := contracts.NewKangbaoCoin()
	transfer := kbc.GetABI().Events["Transfer"].ID
	query := func(addr common.Address, topics [][]common.Hash) ([]types.Log, error) {
		return b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(fromBlock), Addresses: []common.Address{addr}, Topics: topics})
	}
	if token != (common.Address{}) {
		for _, dir := range []struct {
			topics [][]common.Hash
			kind   string
		}{
			{[][]common.Hash{{transfer}, {whoTopic}}, HistoryTokenOut},
			{[][]common.Hash{{transfer}, nil, {whoTopic}}, HistoryTokenIn},
		} {
			logs, err := query(token, dir.topics)
			if err != nil {
				return nil, err
			}
			for _, l := range logs {
				ev, err := kbc.UnpackTransferEvent(&l)
				if err != nil {
					continue
				}
				cp, note := ev.To, ""
				if dir.kind == HistoryTokenIn {
					cp = ev.From
					if cp == (common.Address{}) {
						note = NoteMint
					}
				}
				items = append(items, HistoryItem{Kind: dir.kind, Block: l.BlockNumber, Tx: l.TxHash, Amount: ev.Value, Counterparty: cp, Note: note})
			}
		}
	}
	items = append(items, communityItems...)
	if j != nil {
		es, err := j.Entries(who)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			tx, err := e.VerifiedTx(who, nil) // nothing planted in the journal shows
			if err != nil || tx.Value().Sign() == 0 || e.State != StateMined {
				continue
			}
			to := common.Address{}
			if e.To != nil {
				to = *e.To
			}
			items = append(items, HistoryItem{Kind: HistorySent, Block: e.Block, Tx: e.Hash, Amount: tx.Value(), Counterparty: to, Note: "ETH"})
		}
		in, err := journaledETHIn(j, who, fromBlock)
		if err != nil {
			return nil, err
		}
		items = append(items, in...)
	}
	if br, ok := b.(blockReader); ok {
		in, err := scannedETHIn(ctx, b, br, who, fromBlock)
		if err != nil {
			return nil, err
		}
		items = append(items, in...)
	}
	// Dues paid for oneself show up under both queries, ETH received in
	// the journal and in blocks: keep one. The token transfer of dues or
	// of a payout is the same money as the community's event: keep the
	// event.
	seen := map[string]bool{}
	communityTx := map[common.Hash]bool{}
	for _, it := range items {
		switch it.Kind {
		case HistoryDues, HistoryCommunity, HistoryPayout:
			communityTx[it.Tx] = true
		}
	}
	uniq := items[:0]
	for _, it := range items {
		k := it.Tx.Hex() + it.Kind + it.Note
		double := (it.Kind == HistoryTokenOut || it.Kind == HistoryTokenIn) && it.Counterparty == community && communityTx[it.Tx]
		if !seen[k] && !double {
			seen[k] = true
			uniq = append(uniq, it)
		}
	}
	items = uniq
	times := map[uint64]time.Time{}
	for i := range items {
		if !items[i].Time.IsZero() {
			continue
		}
		t, ok := times[items[i].Block]
		if !ok {
			h, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(items[i].Block))
			if err != nil {
				return nil, err
			}
			t = time.Unix(int64(h.Time), 0)
			times[items[i].Block] = t
		}
		items[i].Time = t
	}
	sort.SliceStable(items, func(i, k int) bool { return items[i].Block < items[k].Block })
	return items, nil
}

// journaledETHIn finds ETH sent to who by this data dir's other accounts,
// from their journals.
func journaledETHIn(j *Journal, who common.Address, fromBlock uint64) ([]HistoryItem, error) {
	senders, err := j.Accounts()
	if err != nil {
		return nil, err
	}
	var items []HistoryItem
	for _, from := range senders {
		if from == who {
			continue
		}
		es, err := j.Entries(from)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			if e.State != StateMined || e.To == nil || *e.To != who || e.Block < fromBlock {
				continue
			}
			tx, err := e.VerifiedTx(from, nil)
			if err != nil || tx.Value().Sign() == 0 {
				continue
			}
			items = append(items, HistoryItem{Kind: HistoryETHIn, Block: e.Block, Tx: e.Hash, Amount: tx.Value(), Counterparty: from, Note: "ETH"})
		}
	}
	return items, nil
}

// scannedETHIn reads the latest ETHScanBlocks blocks (from fromBlock on)
// for plain ETH transfers to who.
func scannedETHIn(ctx context.Context, b chain.Backend, br blockReader, who common.Address, fromBlock uint64) ([]HistoryItem, error) {
	head, err := b.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	signer := types.LatestSignerForChainID(id)
	start := fromBlock
	if head >= ETHScanBlocks && head-ETHScanBlocks+1 > start {
		start = head - ETHScanBlocks + 1
	}
	var items []HistoryItem
	for n := start; n <= head; n++ {
		blk, err := br.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, err
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != who || tx.Value().Sign() == 0 {
				continue
			}
			from, err := types.Sender(signer, tx)
			if err != nil || from == who {
				continue
			}
			note := "ETH"
			if from == chain.DevFaucet {
				note = NoteFaucet
			}
			items = append(items, HistoryItem{Kind: HistoryETHIn, Block: n, Tx: tx.Hash(), Amount: tx.Value(), Counterparty: from, Note: note})
		}
	}
	return items, nil
}
