package community

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/atomicfile"
)

// Reading a community's logs at scale.
//
// Logs are read in pages of about pageLogs logs: a read starts with
// firstLogSpan blocks, doubles the range while answers are small and
// shrinks it after a large one. A node that refuses a range as too large
// (Infura, Alchemy and public nodes cap ranges or result counts) gets half
// of it, again and again, and no read asks it for more than it accepted
// after a refusal. Any other error ends the read.
//
// What was read is kept in a cache file per chain and community (see
// UseCache), up to the block the node reports finalized or, when it is
// further behind or unknown, ReorgDepth blocks below the head: the blocks
// after it are read again every time, so a reorganisation of the chain's
// tip never reaches the cache. The cache remembers the hash of its last block; when
// that block is no longer on the chain (a deeper reorganisation), the cache
// is dropped and the logs are read again from the start.
//
// The cache holds no health data: a ClaimSubmitted log is kept, and
// returned by Logs, with its sealed envelope cut out (the event data is
// encoded again with an empty envelope; envelopeHash stays). Code that
// needs an envelope reads it with ClaimEnvelope, a query by the claim id.

// ReorgDepth is how many of the latest blocks Logs reads again every time
// instead of trusting the cache.
const ReorgDepth = 64

// maxLogSpan is the largest block range one query asks for.
const maxLogSpan = 1 << 24

// firstLogSpan is the block range of a reader's first query; the range
// doubles while pages come back small (a sparse chain of millions of
// blocks is read in a few dozen queries).
var firstLogSpan uint64 = 1 << 5

// pageLogs is about how many logs one query should return: a page with
// more makes the next range smaller in proportion. One answer of tens of
// thousands of logs (each claim's with its sealed envelope, kilobytes)
// would be tens of megabytes to decode at once, and the RPC client keeps
// a read buffer the size of its largest answer for as long as the
// connection lives: a TUI running for hours would hold it all that time.
var pageLogs = 1000

// logState is a community's log reader: the cache it loaded or built, and
// the page size the node accepted last.
type logState struct {
	mu    sync.Mutex
	dir   string // cache directory; "" keeps the cache in memory only
	depth uint64 // ReorgDepth, smaller in tests
	limit uint64 // the largest block range the node accepted after refusing one (0: none refused)
	cache *logCache
}

// logCache is what is known for good: the community's logs up to block
// Upto (whose hash is UptoHash), and the blocks that have them. The logs
// are kept as the cache file encodes them (Recs), not as []types.Log: a
// third of the memory, and readers walk them one at a time (eachLog)
// without a copy of the whole list. A logCache is never changed once
// made; readers share it without the lock.
type logCache struct {
	ChainID  string
	Parts    contracts.Parts // the community's parts, whose logs these are
	Upto     uint64
	UptoHash common.Hash
	Blocks   []cacheBlock // the blocks with logs, ascending
	N        int          // logs in Recs
	Recs     []byte       // the logs, encoded (see appendRec), in chain order
}

// cacheBlock is a block of the cache that has logs.
type cacheBlock struct {
	Num, Time uint64
	Hash      common.Hash
}

// UseCache makes Logs keep what it read in dir (one file per chain and
// community, mode 0600). A missing, unreadable or corrupt file is rebuilt.
func (c *Community) UseCache(dir string) {
	c.logs.mu.Lock()
	defer c.logs.mu.Unlock()
	c.logs.dir = dir
	c.logs.cache = nil
}

// CachePath is the file the cache of the community on chain id is kept in,
// under dir.
func CachePath(dir string, chainID *big.Int, addr common.Address) string {
	return filepath.Join(dir, fmt.Sprintf("logs-%s-%s.bin", chainID, strings.ToLower(addr.Hex())))
}

// Logs returns every log of the community contract up to block to (nil:
// the latest block), in chain order, each with its block's time
// (BlockTimestamp, from the cache too). ClaimSubmitted logs come without
// their envelope (see ClaimEnvelope). The Data of logs read from the cache
// is shared with it: read it, never write into it.
//
// Code that folds the logs in one pass reads them with EachLog (or
// EachEvent) instead: without the list, its memory stays flat.
func (c *Community) Logs(ctx context.Context, to *big.Int) ([]types.Log, error) {
	v, err := c.logView(ctx, to)
	if err != nil {
		return nil, err
	}
	out := make([]types.Log, 0, v.cache.N+len(v.fresh))
	var topics []common.Hash // carved into each log's Topics
	err = v.each(func(l *types.Log) error {
		out = append(out, *l)
		return nil
	}, func(n int) []common.Hash {
		if cap(topics)-len(topics) < n {
			topics = make([]common.Hash, 0, max(n, 1024))
		}
		t := topics[len(topics) : len(topics)+n : len(topics)+n]
		topics = topics[:len(topics)+n]
		return t
	})
	return out, err
}

// EachLog calls fn with every log of the community contract up to block
// to (nil: the latest block), in chain order, as Logs returns them, one at
// a time: no list of them is made, so a fold over 20,000 logs holds one
// log at a time, not 20,000. fn may keep the log it is given (each is its
// own), but never write into its Data, shared with the cache. An error
// from fn ends the walk and is returned.
func (c *Community) EachLog(ctx context.Context, to *big.Int, fn func(*types.Log) error) error {
	v, err := c.logView(ctx, to)
	if err != nil {
		return err
	}
	return v.each(fn, func(n int) []common.Hash { return make([]common.Hash, n) })
}

// logsView is the community's logs up to a block, as one read found them:
// those of the cache (immutable), then the fresh ones after it.
type logsView struct {
	cache *logCache
	head  uint64      // the cache's logs after it are left out
	fresh []types.Log // after the cache, up to head, with their times
}

// each calls fn with each log in chain order; topics gives the storage of
// a log's topics.
func (v *logsView) each(fn func(*types.Log) error, topics func(n int) []common.Hash) error {
	r := recReader{b: v.cache.Recs, blocks: v.cache.Blocks, parts: v.cache.Parts}
	for range v.cache.N {
		l := new(types.Log)
		if err := r.next(l, topics); err != nil {
			return err
		}
		if l.BlockNumber > v.head {
			break
		}
		if err := fn(l); err != nil {
			return err
		}
	}
	for i := range v.fresh {
		l := v.fresh[i]
		if err := fn(&l); err != nil {
			return err
		}
	}
	return nil
}

// logView brings the cache up to date with the chain up to block to (nil:
// the latest block) and returns the logs up to it.
func (c *Community) logView(ctx context.Context, to *big.Int) (*logsView, error) {
	st := &c.logs
	st.mu.Lock()
	defer st.mu.Unlock()
	var head uint64
	if to == nil {
		n, err := c.b.BlockNumber(ctx)
		if err != nil {
			return nil, fmt.Errorf("read the chain's head: %w", err)
		}
		head = n
	} else {
		head = to.Uint64()
	}
	id, err := c.b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the chain id: %w", err)
	}
	cache := st.cache
	if cache == nil && st.dir != "" {
		cache = loadLogCache(CachePath(st.dir, id, c.Address), id, c.Parts)
	}
	if cache != nil {
		h, err := c.b.HeaderByNumber(ctx, new(big.Int).SetUint64(cache.Upto))
		switch {
		case err == nil && h.Hash() == cache.UptoHash:
		case err == nil || errors.Is(err, ethereum.NotFound):
			cache = nil // reorganised below the cache (or another chain): read again
		default:
			return nil, fmt.Errorf("read block %d: %w", cache.Upto, err)
		}
	}
	if cache == nil {
		cache = &logCache{ChainID: id.String(), Parts: c.Parts}
	}
	from := uint64(0)
	if cache.UptoHash != (common.Hash{}) {
		from = cache.Upto + 1
	}
	var fresh []types.Log
	if from <= head {
		if fresh, err = c.filterPaged(ctx, from, head, nil); err != nil {
			return nil, err
		}
	}
	times := map[uint64]uint64{}
	if err := c.fillTimes(ctx, fresh, times); err != nil {
		return nil, err
	}
	for i := range fresh {
		if fresh[i].BlockTimestamp == 0 {
			fresh[i].BlockTimestamp = times[fresh[i].BlockNumber]
		}
	}
	// Move what can no longer change into the cache: blocks ReorgDepth
	// deep, or finalized if the node says so (on a dev chain, all of it).
	depth := st.depth
	if depth == 0 {
		depth = ReorgDepth
	}
	var safe *types.Header
	if f, err := c.b.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber))); err == nil && f != nil && f.Number.Uint64() <= head && f.Number.Uint64()+depth >= head {
		safe = f
	} else if head > depth {
		if safe, err = c.b.HeaderByNumber(ctx, new(big.Int).SetUint64(head-depth)); err != nil {
			return nil, fmt.Errorf("read block %d: %w", head-depth, err)
		}
	}
	if safe != nil && (cache.UptoHash == (common.Hash{}) || safe.Number.Uint64() > cache.Upto) {
		upto := safe.Number.Uint64()
		// The cache's logs are all at or below upto (upto > Upto); its
		// slices grow by append, past the length its readers see.
		next := &logCache{ChainID: cache.ChainID, Parts: c.Parts, Upto: upto, UptoHash: safe.Hash(), Blocks: cache.Blocks, N: cache.N, Recs: cache.Recs}
		k := 0
		for ; k < len(fresh) && fresh[k].BlockNumber <= upto; k++ {
			l := &fresh[k]
			if nb := len(next.Blocks); nb == 0 || next.Blocks[nb-1].Num != l.BlockNumber {
				next.Blocks = append(next.Blocks, cacheBlock{Num: l.BlockNumber, Time: l.BlockTimestamp, Hash: l.BlockHash})
			}
			next.Recs = appendRec(next.Recs, l)
			next.N++
		}
		fresh = fresh[k:]
		cache = next
		if st.dir != "" {
			if err := atomicfile.Write(CachePath(st.dir, id, c.Address), cache.encode(), 0o600); err != nil {
				return nil, fmt.Errorf("write the log cache: %w", err)
			}
		}
	}
	st.cache = cache
	return &logsView{cache: cache, head: head, fresh: fresh}, nil
}

// fillTimes adds the time of every block of logs missing from times,
// reading those headers a few at a time in parallel.
func (c *Community) fillTimes(ctx context.Context, logs []types.Log, times map[uint64]uint64) error {
	var need []uint64
	for _, l := range logs {
		if l.BlockTimestamp != 0 {
			// The node said it (go-ethereum does since 1.16): no header.
			times[l.BlockNumber] = l.BlockTimestamp
			continue
		}
		if _, ok := times[l.BlockNumber]; !ok {
			times[l.BlockNumber] = 0
			need = append(need, l.BlockNumber)
		}
	}
	if len(need) == 0 {
		return nil
	}
	got := make([]uint64, len(need))
	errs := make([]error, len(need))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(16, len(need)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				h, err := c.b.HeaderByNumber(ctx, new(big.Int).SetUint64(need[i]))
				if err != nil {
					errs[i] = fmt.Errorf("read block %d: %w", need[i], err)
					continue
				}
				got[i] = h.Time
			}
		}()
	}
	for i := range need {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, n := range need {
		if errs[i] != nil {
			return errs[i]
		}
		times[n] = got[i]
	}
	return nil
}

// filterPaged reads the community's logs of blocks from..to (matching
// topics, if any) in pages the node accepts. Without topics the logs are
// for Logs, and lose their envelopes.
func (c *Community) filterPaged(ctx context.Context, from, to uint64, topics [][]common.Hash) ([]types.Log, error) {
	st := &c.logs
	// Every read starts small (what one read learned of a chain's density
	// must not make another ask for everything at once), and never past
	// what the node accepts.
	span := firstLogSpan
	if st.limit > 0 {
		span = min(span, st.limit)
	}
	var out []types.Log
	for from <= to {
		end := to
		if to-from+1 > span {
			end = from + span - 1
		}
		logs, err := c.b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(end), Addresses: c.Parts.Addresses(), Topics: topics,
		})
		if err != nil {
			if IsRangeLimit(err) && end > from {
				span = max(1, (end-from+1)/2)
				st.limit = span
				continue
			}
			return nil, fmt.Errorf("read the community's logs of blocks %d to %d: %w", from, end, err)
		}
		for i := range logs {
			if topics != nil {
				break
			}
			if err := stripEnvelope(&logs[i]); err != nil {
				return nil, err
			}
		}
		out = append(out, logs...)
		if end == to {
			break
		}
		blocks := end - from + 1
		from = end + 1
		switch n := uint64(len(logs)); {
		case n > uint64(pageLogs):
			span = max(1, blocks*uint64(pageLogs)/n)
		case n < uint64(pageLogs)/2:
			span = min(maxLogSpan, span*2)
			if st.limit > 0 {
				span = min(span, st.limit)
			}
		}
	}
	return out, nil
}

// IsRangeLimit reports whether a node refused a log query for its size
// (range or number of results), so that a smaller range may pass.
func IsRangeLimit(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) && (re.ErrorCode() == -32005 || re.ErrorCode() == -32602) {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"range too large", "too many results", "limit exceeded", "query returned more than",
		"block range", "exceed maximum", "exceeds max", "too many logs", "response size"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

var (
	claimSubmittedID   = contracts.EventID("ClaimSubmitted")
	claimSubmittedArgs = contracts.ClaimsABI.GetABI().Events["ClaimSubmitted"].Inputs.NonIndexed()
)

// stripEnvelope re-encodes a ClaimSubmitted log's data with an empty
// envelope; other logs are left alone.
func stripEnvelope(l *types.Log) error {
	if len(l.Topics) == 0 || l.Topics[0] != claimSubmittedID {
		return nil
	}
	args := claimSubmittedArgs
	v, err := args.Unpack(l.Data)
	if err != nil || len(v) != 4 {
		return fmt.Errorf("decode ClaimSubmitted in transaction %s: %v", l.TxHash.Hex(), err)
	}
	if env, _ := v[3].([]byte); len(env) == 0 {
		return nil
	}
	data, err := args.Pack(v[0], v[1], v[2], []byte{})
	if err != nil {
		return err
	}
	l.Data = data
	return nil
}

// Cache file: magic, version, then the fields of logCache (the parts'
// addresses, the blocks with their hashes and times, then the logs), then
// a SHA-256 of everything before it. Integers are uvarints. A record has
// no address: its event names the part that emits it.
const cacheMagic = "HZLC\x02"

func (lc *logCache) encode() []byte {
	b := make([]byte, 0, len(lc.Recs)+len(lc.Blocks)*48+128)
	b = append(b, cacheMagic...)
	b = binary.AppendUvarint(b, uint64(len(lc.ChainID)))
	b = append(b, lc.ChainID...)
	for _, a := range lc.Parts.Addresses() {
		b = append(b, a[:]...)
	}
	b = binary.AppendUvarint(b, lc.Upto)
	b = append(b, lc.UptoHash[:]...)
	b = binary.AppendUvarint(b, uint64(len(lc.Blocks)))
	for _, k := range lc.Blocks {
		b = binary.AppendUvarint(b, k.Num)
		b = append(b, k.Hash[:]...)
		b = binary.AppendUvarint(b, k.Time)
	}
	b = binary.AppendUvarint(b, uint64(lc.N))
	b = append(b, lc.Recs...)
	sum := sha256.Sum256(b)
	return append(b, sum[:]...)
}

// appendRec appends a log's record: block, transaction index, log index,
// transaction hash, topics, data (its block's hash and time are in the
// cache's blocks).
func appendRec(b []byte, l *types.Log) []byte {
	b = binary.AppendUvarint(b, l.BlockNumber)
	b = binary.AppendUvarint(b, uint64(l.TxIndex))
	b = binary.AppendUvarint(b, uint64(l.Index))
	b = append(b, l.TxHash[:]...)
	b = binary.AppendUvarint(b, uint64(len(l.Topics)))
	for _, t := range l.Topics {
		b = append(b, t[:]...)
	}
	b = binary.AppendUvarint(b, uint64(len(l.Data)))
	return append(b, l.Data...)
}

// recReader reads a cache's records in order, each with its block's hash
// and time.
type recReader struct {
	b      []byte
	blocks []cacheBlock
	bi     int // the block of the last record
	parts  contracts.Parts
	bad    bool
}

// next reads the next record into l, its topics into storage topics(n)
// gives; its Data is a slice of the records (capacity cut to its length).
func (r *recReader) next(l *types.Log, topics func(n int) []common.Hash) error {
	uv := func() uint64 {
		v, n := binary.Uvarint(r.b)
		if n <= 0 {
			r.bad = true
			return 0
		}
		r.b = r.b[n:]
		return v
	}
	take := func(n uint64) []byte {
		if r.bad || uint64(len(r.b)) < n {
			r.bad = true
			return nil
		}
		p := r.b[:n:n]
		r.b = r.b[n:]
		return p
	}
	l.BlockNumber = uv()
	l.TxIndex = uint(uv())
	l.Index = uint(uv())
	copy(l.TxHash[:], take(common.HashLength))
	nt := uv()
	if r.bad || nt > 4 {
		return errCorrupt
	}
	l.Topics = topics(int(nt))
	for i := range l.Topics {
		copy(l.Topics[i][:], take(common.HashLength))
	}
	l.Address = r.parts.Community
	if len(l.Topics) > 0 {
		if part, ok := contracts.EventPart(l.Topics[0]); ok {
			l.Address = r.parts.At(part)
		}
	}
	l.Data = take(uv())
	if r.bad {
		return errCorrupt
	}
	for r.bi < len(r.blocks) && r.blocks[r.bi].Num < l.BlockNumber {
		r.bi++
	}
	if r.bi == len(r.blocks) || r.blocks[r.bi].Num != l.BlockNumber {
		return errCorrupt // a log of a block the cache does not know, or out of order
	}
	l.BlockHash, l.BlockTimestamp = r.blocks[r.bi].Hash, r.blocks[r.bi].Time
	return nil
}

// loadLogCache reads a cache file; nil when it is missing, corrupt, or of
// another chain or community.
func loadLogCache(path string, chainID *big.Int, parts contracts.Parts) *logCache {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	lc, err := decodeLogCache(data)
	if err != nil || lc.ChainID != chainID.String() || lc.Parts != parts {
		return nil
	}
	return lc
}

var errCorrupt = errors.New("corrupt log cache")

// decodeLogCache checks a cache file and reads its header and blocks; its
// records stay as they are (Recs, a slice of data), each read once here to
// check it.
func decodeLogCache(data []byte) (*logCache, error) {
	if len(data) < len(cacheMagic)+sha256.Size || string(data[:len(cacheMagic)]) != cacheMagic {
		return nil, errCorrupt
	}
	body := data[:len(data)-sha256.Size]
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:], data[len(body):]) {
		return nil, errCorrupt
	}
	b := body[len(cacheMagic):]
	bad := false
	uv := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			bad = true
			return 0
		}
		b = b[n:]
		return v
	}
	take := func(n uint64) []byte {
		if bad || uint64(len(b)) < n {
			bad = true
			return nil
		}
		p := b[:n]
		b = b[n:]
		return p
	}
	lc := &logCache{}
	n := uv()
	if n > 64 {
		return nil, errCorrupt
	}
	lc.ChainID = string(take(n))
	var addrs [contracts.PartCount]common.Address
	for i := range addrs {
		copy(addrs[i][:], take(common.AddressLength))
	}
	lc.Parts = contracts.Parts{Community: addrs[0], Board: addrs[1], Claims: addrs[2], Registry: addrs[3]}
	lc.Upto = uv()
	copy(lc.UptoHash[:], take(common.HashLength))
	nb := uv()
	if bad || nb > uint64(len(b)) {
		return nil, errCorrupt
	}
	lc.Blocks = make([]cacheBlock, nb)
	for i := range lc.Blocks {
		k := &lc.Blocks[i]
		k.Num = uv()
		copy(k.Hash[:], take(common.HashLength))
		k.Time = uv()
		if i > 0 && k.Num <= lc.Blocks[i-1].Num {
			bad = true
		}
	}
	nl := uv()
	if bad || nl > uint64(len(b)) {
		return nil, errCorrupt
	}
	lc.N, lc.Recs = int(nl), b[:len(b):len(b)]
	r := recReader{b: b, blocks: lc.Blocks, parts: lc.Parts}
	var topics [4]common.Hash
	var l types.Log
	for range nl {
		if err := r.next(&l, func(n int) []common.Hash { return topics[:n] }); err != nil {
			return nil, errCorrupt
		}
	}
	if len(r.b) != 0 {
		return nil, errCorrupt
	}
	return lc, nil
}

// ClaimEnvelope returns the ClaimSubmitted event of claim id with its
// sealed envelope, read by a query for that claim alone (the cache and
// Logs never hold envelopes).
func (c *Community) ClaimEnvelope(ctx context.Context, id *big.Int) (*contracts.ClaimsClaimSubmitted, error) {
	head, err := c.b.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the chain's head: %w", err)
	}
	c.logs.mu.Lock()
	logs, err := c.filterPaged(ctx, 0, head, [][]common.Hash{{claimSubmittedID}, {common.BigToHash(id)}})
	c.logs.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("read the ClaimSubmitted event of claim %s: %w", id, err)
	}
	for i := len(logs) - 1; i >= 0; i-- {
		if !logs[i].Removed {
			return contracts.ClaimsABI.UnpackClaimSubmittedEvent(&logs[i])
		}
	}
	return nil, fmt.Errorf("claim %s: no ClaimSubmitted event on chain", id)
}

// TopicLogs reads the community's logs that match topics (non-empty),
// from the first block to the head, in pages the node accepts: a query the
// node answers from its index, for one claim's or one member's events,
// without reading (or caching) the rest. The logs keep their data.
func (c *Community) TopicLogs(ctx context.Context, topics [][]common.Hash) ([]types.Log, error) {
	if len(topics) == 0 {
		return nil, errors.New("TopicLogs needs topics; Logs reads every log")
	}
	head, err := c.b.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the chain's head: %w", err)
	}
	c.logs.mu.Lock()
	defer c.logs.mu.Unlock()
	return c.filterPaged(ctx, 0, head, topics)
}

// EventID is the topic of the community event named name ("DuesPaid"),
// whichever part emits it.
func EventID(name string) common.Hash { return contracts.EventID(name) }

// IsEvent reports whether l is one of the events ids, emitted by the part
// of the community that emits it (and no log a reorganisation removed):
// the logs a fold decodes, passing over the rest undecoded.
func IsEvent(l *types.Log, parts contracts.Parts, ids ...common.Hash) bool {
	return len(l.Topics) > 0 && slices.Contains(ids, l.Topics[0]) && parts.Emits(l)
}

// blockTime turns a header time into a time.Time.
func blockTime(t uint64) time.Time { return time.Unix(int64(t), 0) }
