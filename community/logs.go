package community

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sort"
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
// Logs are read in pages: the first query asks for the whole range, and a
// node that refuses it as too large (Infura, Alchemy and public nodes cap
// ranges or result counts) gets half the range, again and again; a page
// that passes lets the next one grow back. Any other error ends the read.
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

// logState is a community's log reader: the cache it loaded or built, and
// the page size the node accepted last.
type logState struct {
	mu    sync.Mutex
	dir   string // cache directory; "" keeps the cache in memory only
	depth uint64 // ReorgDepth, smaller in tests
	span  uint64 // block range of the next page
	cache *logCache
}

// logCache is what is known for good: the community's logs up to block
// Upto (whose hash is UptoHash), and the time of every block that has one.
type logCache struct {
	ChainID  string
	Address  common.Address
	Upto     uint64
	UptoHash common.Hash
	Logs     []types.Log
	Times    map[uint64]uint64 // block number -> header time, blocks with logs
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
// their envelope (see ClaimEnvelope).
func (c *Community) Logs(ctx context.Context, to *big.Int) ([]types.Log, error) {
	logs, times, err := c.readLogs(ctx, to)
	for i := range logs {
		if logs[i].BlockTimestamp == 0 {
			logs[i].BlockTimestamp = times[logs[i].BlockNumber]
		}
	}
	return logs, err
}

// readLogs returns the logs up to to (nil: the latest block) and the time
// of each block that has one.
func (c *Community) readLogs(ctx context.Context, to *big.Int) ([]types.Log, map[uint64]uint64, error) {
	st := &c.logs
	st.mu.Lock()
	defer st.mu.Unlock()
	var head uint64
	if to == nil {
		n, err := c.b.BlockNumber(ctx)
		if err != nil {
			return nil, nil, fmt.Errorf("read the chain's head: %w", err)
		}
		head = n
	} else {
		head = to.Uint64()
	}
	id, err := c.b.ChainID(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("read the chain id: %w", err)
	}
	cache := st.cache
	if cache == nil && st.dir != "" {
		cache = loadLogCache(CachePath(st.dir, id, c.Address), id, c.Address)
	}
	if cache != nil {
		h, err := c.b.HeaderByNumber(ctx, new(big.Int).SetUint64(cache.Upto))
		switch {
		case err == nil && h.Hash() == cache.UptoHash:
		case err == nil || errors.Is(err, ethereum.NotFound):
			cache = nil // reorganised below the cache (or another chain): read again
		default:
			return nil, nil, fmt.Errorf("read block %d: %w", cache.Upto, err)
		}
	}
	if cache == nil {
		cache = &logCache{ChainID: id.String(), Address: c.Address, Times: map[uint64]uint64{}}
	}
	from := uint64(0)
	if cache.UptoHash != (common.Hash{}) {
		from = cache.Upto + 1
	}
	var fresh []types.Log
	if from <= head {
		if fresh, err = c.filterPaged(ctx, from, head, nil); err != nil {
			return nil, nil, err
		}
	}
	all := make([]types.Log, 0, len(cache.Logs)+len(fresh))
	for _, l := range cache.Logs {
		if l.BlockNumber <= head {
			all = append(all, l)
		}
	}
	all = append(all, fresh...)
	times := make(map[uint64]uint64, len(cache.Times)+len(fresh))
	for n, t := range cache.Times {
		times[n] = t
	}
	if err := c.fillTimes(ctx, all, times); err != nil {
		return nil, nil, err
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
			return nil, nil, fmt.Errorf("read block %d: %w", head-depth, err)
		}
	}
	if safe != nil && (cache.UptoHash == (common.Hash{}) || safe.Number.Uint64() > cache.Upto) {
		upto := safe.Number.Uint64()
		next := &logCache{ChainID: cache.ChainID, Address: c.Address, Upto: upto, UptoHash: safe.Hash(), Times: map[uint64]uint64{}}
		for _, l := range all {
			if l.BlockNumber <= upto {
				next.Logs = append(next.Logs, l)
				next.Times[l.BlockNumber] = times[l.BlockNumber]
			}
		}
		cache = next
		if st.dir != "" {
			if err := atomicfile.Write(CachePath(st.dir, id, c.Address), cache.encode(), 0o600); err != nil {
				return nil, nil, fmt.Errorf("write the log cache: %w", err)
			}
		}
	}
	st.cache = cache
	return all, times, nil
}

// fillTimes adds the time of every block of logs missing from times,
// reading those headers a few at a time in parallel.
func (c *Community) fillTimes(ctx context.Context, logs []types.Log, times map[uint64]uint64) error {
	var need []uint64
	for _, l := range logs {
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
	if st.span == 0 {
		st.span = maxLogSpan
	}
	var out []types.Log
	for from <= to {
		end := to
		if to-from+1 > st.span {
			end = from + st.span - 1
		}
		logs, err := c.b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(end), Addresses: []common.Address{c.Address}, Topics: topics,
		})
		if err != nil {
			if IsRangeLimit(err) && end > from {
				st.span = max(1, (end-from+1)/2)
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
		from = end + 1
		st.span = min(maxLogSpan, st.span*2)
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

var claimSubmittedID = eventABIDef.Events["ClaimSubmitted"].ID

// stripEnvelope re-encodes a ClaimSubmitted log's data with an empty
// envelope; other logs are left alone.
func stripEnvelope(l *types.Log) error {
	if len(l.Topics) == 0 || l.Topics[0] != claimSubmittedID {
		return nil
	}
	args := eventABIDef.Events["ClaimSubmitted"].Inputs.NonIndexed()
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

// Cache file: magic, version, then the fields of logCache, then a SHA-256
// of everything before it. Integers are uvarints.
const cacheMagic = "HZLC\x01"

func (lc *logCache) encode() []byte {
	var b bytes.Buffer
	b.WriteString(cacheMagic)
	putBytes(&b, []byte(lc.ChainID))
	b.Write(lc.Address[:])
	putUvarint(&b, lc.Upto)
	b.Write(lc.UptoHash[:])
	blocks := make([]uint64, 0, len(lc.Times))
	for n := range lc.Times {
		blocks = append(blocks, n)
	}
	sort.Slice(blocks, func(i, k int) bool { return blocks[i] < blocks[k] })
	putUvarint(&b, uint64(len(blocks)))
	hashes := map[uint64]common.Hash{}
	for _, l := range lc.Logs {
		hashes[l.BlockNumber] = l.BlockHash
	}
	for _, n := range blocks {
		putUvarint(&b, n)
		h := hashes[n]
		b.Write(h[:])
		putUvarint(&b, lc.Times[n])
	}
	putUvarint(&b, uint64(len(lc.Logs)))
	for _, l := range lc.Logs {
		putUvarint(&b, l.BlockNumber)
		putUvarint(&b, uint64(l.TxIndex))
		putUvarint(&b, uint64(l.Index))
		b.Write(l.TxHash[:])
		putUvarint(&b, uint64(len(l.Topics)))
		for _, t := range l.Topics {
			b.Write(t[:])
		}
		putBytes(&b, l.Data)
	}
	sum := sha256.Sum256(b.Bytes())
	b.Write(sum[:])
	return b.Bytes()
}

func putUvarint(b *bytes.Buffer, v uint64) {
	var tmp [binary.MaxVarintLen64]byte
	b.Write(tmp[:binary.PutUvarint(tmp[:], v)])
}

func putBytes(b *bytes.Buffer, p []byte) {
	putUvarint(b, uint64(len(p)))
	b.Write(p)
}

// loadLogCache reads a cache file; nil when it is missing, corrupt, or of
// another chain or community.
func loadLogCache(path string, chainID *big.Int, addr common.Address) *logCache {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	lc, err := decodeLogCache(data)
	if err != nil || lc.ChainID != chainID.String() || lc.Address != addr {
		return nil
	}
	return lc
}

var errCorrupt = errors.New("corrupt log cache")

func decodeLogCache(data []byte) (*logCache, error) {
	if len(data) < len(cacheMagic)+sha256.Size || string(data[:len(cacheMagic)]) != cacheMagic {
		return nil, errCorrupt
	}
	body := data[:len(data)-sha256.Size]
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:], data[len(body):]) {
		return nil, errCorrupt
	}
	r := bufio.NewReader(bytes.NewReader(body[len(cacheMagic):]))
	var err error
	uv := func() uint64 {
		if err != nil {
			return 0
		}
		var v uint64
		v, err = binary.ReadUvarint(r)
		return v
	}
	full := func(p []byte) {
		if err == nil {
			_, err = io.ReadFull(r, p)
		}
	}
	bytesOf := func(limit uint64) []byte {
		n := uv()
		if err != nil || n > limit {
			err = errCorrupt
			return nil
		}
		p := make([]byte, n)
		full(p)
		return p
	}
	size := uint64(len(body))
	lc := &logCache{Times: map[uint64]uint64{}}
	lc.ChainID = string(bytesOf(64))
	full(lc.Address[:])
	lc.Upto = uv()
	full(lc.UptoHash[:])
	nb := uv()
	if nb > size {
		return nil, errCorrupt
	}
	hashes := make(map[uint64]common.Hash, nb)
	for range nb {
		n := uv()
		var h common.Hash
		full(h[:])
		lc.Times[n] = uv()
		hashes[n] = h
	}
	nl := uv()
	if nl > size {
		return nil, errCorrupt
	}
	lc.Logs = make([]types.Log, 0, nl)
	for range nl {
		l := types.Log{Address: lc.Address}
		l.BlockNumber = uv()
		l.TxIndex = uint(uv())
		l.Index = uint(uv())
		full(l.TxHash[:])
		nt := uv()
		if nt > 4 {
			return nil, errCorrupt
		}
		l.Topics = make([]common.Hash, nt)
		for i := range l.Topics {
			full(l.Topics[i][:])
		}
		l.Data = bytesOf(size)
		if err != nil {
			return nil, errCorrupt
		}
		h, ok := hashes[l.BlockNumber]
		if !ok {
			return nil, errCorrupt
		}
		l.BlockHash = h
		lc.Logs = append(lc.Logs, l)
	}
	if err != nil {
		return nil, errCorrupt
	}
	if _, e := r.ReadByte(); e != io.EOF {
		return nil, errCorrupt
	}
	return lc, nil
}

// ClaimEnvelope returns the ClaimSubmitted event of claim id with its
// sealed envelope, read by a query for that claim alone (the cache and
// Logs never hold envelopes).
func (c *Community) ClaimEnvelope(ctx context.Context, id *big.Int) (*contracts.CommunityClaimSubmitted, error) {
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
			return eventABI.UnpackClaimSubmittedEvent(&logs[i])
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

// EventID is the topic of the community event named name ("DuesPaid").
func EventID(name string) common.Hash { return eventABIDef.Events[name].ID }

// blockTime turns a header time into a time.Time.
func blockTime(t uint64) time.Time { return time.Unix(int64(t), 0) }
