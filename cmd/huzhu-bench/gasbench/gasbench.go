// Package gasbench measures the gas of every member-facing community
// operation on the simulated backend at several member counts, next to two
// ERC-20 baselines measured in the same run, and checks the targets of the
// foundation issue: gas independent of member count (within 1%), join at
// most 1.3x a transferFrom to a fresh address, contribute at most 1.4x one
// to an existing holder, a non-deciding notary vote at most 1.0x that, and a
// claim submission at most 2.5x the fresh baseline plus the calldata and
// log-data cost of its envelope.
package gasbench

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/contracts"
)

// EnvelopeBytes is the size of the claim envelope measured: sealed to the
// demo community's three notaries (disclosure format v2).
const EnvelopeBytes = contracts.EnvelopeBase + 3*contracts.EnvelopePerRecipient

// Row is one measurement.
type Row struct {
	Op               string `json:"op"`
	Members          int    `json:"members"`
	Gas              uint64 `json:"gas"`
	BaselineExisting uint64 `json:"baseline_existing"`
	BaselineFresh    uint64 `json:"baseline_fresh"`
	EnvelopeBytes    int    `json:"envelope_bytes"`
}

// Operations, in the order they are measured.
var Operations = []string{
	"join", "contribute", "contribute_permit", "stand", "election_vote",
	"submit_claim", "notary_vote", "approve_and_pay", "settle",
}

type bench struct {
	ctx      context.Context
	c        *simchain.Chain
	m        *simchain.Community
	sponsor  *chain.KeySender
	log      io.Writer
	members  int
	nonceTag int
}

// Run measures every operation at each member count (ascending), logging
// progress to log.
func Run(ctx context.Context, counts []int, log io.Writer) ([]Row, error) {
	c := simchain.New("gasbench", 8)
	defer c.Close()
	m, err := c.DeployCommunity(ctx, nil)
	if err != nil {
		return nil, err
	}
	b := &bench{ctx: ctx, c: c, m: m, sponsor: c.Accounts[4], log: log}
	if err := m.Fund(ctx, b.sponsor, 1_000_000_000); err != nil {
		return nil, err
	}
	var rows []Row
	for _, n := range counts {
		if err := b.registerUpTo(n); err != nil {
			return nil, err
		}
		r, err := b.measure()
		if err != nil {
			return nil, fmt.Errorf("at %d members: %w", n, err)
		}
		rows = append(rows, r...)
	}
	return rows, nil
}

// registerUpTo adds members (plain addresses, paid for by a sponsor) until
// the community has n, many per block.
func (b *bench) registerUpTo(n int) error {
	const perBlock = 250 // well inside the block gas limit
	var last *types.Transaction
	start := time.Now()
	for b.members < n {
		addr := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint("member", b.members))))
		tx, err := b.sponsor.SendAsync(b.ctx, &b.m.Address, b.m.ABI.PackContribute(addr, big.NewInt(1)), nil)
		if err != nil {
			return fmt.Errorf("register member %d: %w", b.members, err)
		}
		last = tx
		b.members++
		if b.members%perBlock == 0 || b.members == n {
			b.c.Commit()
		}
		if b.members%1000 == 0 || b.members == n {
			fmt.Fprintf(b.log, "registered %d members (%s)\n", b.members, time.Since(start).Round(time.Millisecond))
		}
	}
	if last == nil {
		return nil
	}
	for range 100 {
		r, err := b.c.Client.TransactionReceipt(b.ctx, last.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("registering members: last transaction failed")
			}
			return nil
		}
		b.c.Commit()
	}
	return fmt.Errorf("registering members: transactions not mined")
}

func (b *bench) fresh(tokens int64) (*chain.KeySender, error) {
	s, err := b.c.NewAccount(b.ctx, 10)
	if err != nil {
		return nil, err
	}
	if tokens > 0 {
		if err := b.m.Fund(b.ctx, s, tokens); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (b *bench) gas(s chain.Sender, to common.Address, data []byte) (uint64, error) {
	r, err := s.Send(b.ctx, &to, data, nil)
	if err != nil {
		return 0, err
	}
	return r.GasUsed, nil
}

// measure runs each operation once with fresh accounts and returns the rows.
func (b *bench) measure() ([]Row, error) {
	ctx, m, abi := b.ctx, b.m, b.m.ABI
	out := map[string]uint64{}
	var failed error // the first measurement that failed
	do := func(op string, s chain.Sender, to common.Address, data []byte) {
		if failed != nil {
			return
		}
		g, err := b.gas(s, to, data)
		if err != nil {
			failed = fmt.Errorf("%s: %w", op, err)
			return
		}
		out[op] = g
	}

	// Baselines: transferFrom by an approved spender, to a holder and to a fresh address.
	owner, err := b.fresh(1000)
	if err != nil {
		return nil, err
	}
	spender := b.c.Accounts[5]
	holder := b.c.Accounts[6].From()
	if _, err := m.TokenTx(ctx, owner, m.TokenABI.PackApprove(spender.From(), simchain.Tokens(1000))); err != nil {
		return nil, err
	}
	do("warm_holder", spender, m.Token, m.TokenABI.PackTransferFrom(owner.From(), holder, simchain.Tokens(1)))
	do("baseline_existing", spender, m.Token, m.TokenABI.PackTransferFrom(owner.From(), holder, simchain.Tokens(1)))
	freshAddr := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint("fresh", b.members))))
	do("baseline_fresh", spender, m.Token, m.TokenABI.PackTransferFrom(owner.From(), freshAddr, simchain.Tokens(1)))

	// Membership.
	joiner, err := b.fresh(120)
	if err != nil {
		return nil, err
	}
	do("join", joiner, m.Address, abi.PackJoin(big.NewInt(1)))
	do("contribute", b.sponsor, m.Address, abi.PackContribute(joiner.From(), big.NewInt(1)))
	payer, err := b.fresh(0)
	if err != nil {
		return nil, err
	}
	if _, err := m.TokenTx(ctx, m.Founder, m.TokenABI.PackMint(payer.From(), simchain.Tokens(100))); err != nil {
		return nil, err
	}
	deadline := new(big.Int).Lsh(big.NewInt(1), 255) // the chain clock jumps years ahead in this run
	v, r, s, err := m.Permit(ctx, payer, simchain.Tokens(10), deadline)
	if err != nil {
		return nil, err
	}
	do("contribute_permit", payer, m.Address, abi.PackContributeWithPermit(joiner.From(), big.NewInt(1), deadline, v, r, s))

	// Eligible members for the election and claims.
	var people []*chain.KeySender
	for range 4 {
		p, err := b.fresh(240)
		if err != nil {
			return nil, err
		}
		if _, err := m.Tx(ctx, p, abi.PackJoin(big.NewInt(24))); err != nil {
			return nil, err
		}
		people = append(people, p)
	}
	if err := b.c.Warp(91 * contracts.Day); err != nil {
		return nil, err
	}
	key := make([]byte, 1216) // an X-Wing public key
	rand.Read(key)
	// The first candidate of an election also creates the list; measure
	// a typical one.
	if _, err := m.Tx(ctx, people[3], abi.PackStand(key)); err != nil {
		return nil, fmt.Errorf("first candidate: %w", err)
	}
	do("stand", people[0], m.Address, abi.PackStand(key))
	do("election_vote", people[1], m.Address, abi.PackVote(nil, []common.Address{people[0].From()}))

	envelope := make([]byte, EnvelopeBytes)
	rand.Read(envelope)
	do("submit_claim", people[2], m.Address, abi.PackSubmitClaim(simchain.Tokens(10), b.nullifier(), envelope, 0))
	id := new(big.Int).SetUint64(b.lastClaim())
	approve, err := m.PackApprove(ctx, id)
	if err != nil {
		return nil, err
	}
	do("notary_vote", m.Notaries[0], m.Address, approve)
	do("approve_and_pay", m.Notaries[1], m.Address, approve)
	if failed != nil {
		return nil, failed
	}

	// Settle: drain the pool below maxPayout, queue a claim, refill, settle.
	if err := b.drain(); err != nil {
		return nil, err
	}
	if _, err := m.Tx(ctx, people[3], abi.PackSubmitClaim(m.Params.MaxPayout, b.nullifier(), envelope, 0)); err != nil {
		return nil, err
	}
	if err := b.approve(new(big.Int).SetUint64(b.lastClaim())); err != nil {
		return nil, err
	}
	if err := b.refill(people[3].From()); err != nil {
		return nil, err
	}
	do("settle", b.sponsor, m.Address, abi.PackSettle(big.NewInt(1)))
	if failed != nil {
		return nil, failed
	}

	var rows []Row
	for _, op := range Operations {
		row := Row{Op: op, Members: b.members, Gas: out[op], BaselineExisting: out["baseline_existing"], BaselineFresh: out["baseline_fresh"]}
		if op == "submit_claim" {
			row.EnvelopeBytes = EnvelopeBytes
		}
		rows = append(rows, row)
	}
	fmt.Fprintf(b.log, "measured at %d members\n", b.members)
	return rows, nil
}

func (b *bench) nullifier() [32]byte {
	b.nonceTag++
	return crypto.Keccak256Hash([]byte(fmt.Sprint("event", b.members, b.nonceTag)))
}

func (b *bench) lastClaim() uint64 {
	n, err := simchain.Call(b.ctx, b.m, b.m.ABI.PackClaimCount(), b.m.ABI.UnpackClaimCount)
	if err != nil {
		return 0
	}
	return n
}

// drain pays maxPayout claims by fresh eligible members until the pool
// holds less than maxPayout.
func (b *bench) drain() error {
	ctx, m, abi := b.ctx, b.m, b.m.ABI
	for {
		pool, err := m.Balance(ctx, m.Address)
		if err != nil {
			return err
		}
		if pool.Cmp(m.Params.MaxPayout) < 0 {
			return nil
		}
		// Each claimant's own dues (40) add to the pool too.
		per := new(big.Int).Sub(m.Params.MaxPayout, simchain.Tokens(40))
		k := int(new(big.Int).Div(pool, per).Int64()) + 1
		var claimants []*chain.KeySender
		for range k {
			p, err := b.fresh(40)
			if err != nil {
				return err
			}
			if _, err := m.Tx(ctx, p, abi.PackJoin(big.NewInt(4))); err != nil {
				return err
			}
			claimants = append(claimants, p)
		}
		if err := b.c.Warp(91 * contracts.Day); err != nil {
			return err
		}
		for _, p := range claimants {
			pool, err := m.Balance(ctx, m.Address)
			if err != nil {
				return err
			}
			if pool.Cmp(m.Params.MaxPayout) < 0 {
				break
			}
			if _, err := m.Tx(ctx, p, abi.PackSubmitClaim(m.Params.MaxPayout, b.nullifier(), simchain.SizedEnvelope(len(m.Notaries)), 0)); err != nil {
				return err
			}
			if err := b.approve(new(big.Int).SetUint64(b.lastClaim())); err != nil {
				return err
			}
		}
	}
}

// approve has two notaries approve claim id.
func (b *bench) approve(id *big.Int) error {
	data, err := b.m.PackApprove(b.ctx, id)
	if err != nil {
		return err
	}
	for _, n := range b.m.Notaries[:2] {
		if _, err := b.m.Tx(b.ctx, n, data); err != nil {
			return err
		}
	}
	return nil
}

// refill pays dues for member until the pool covers maxPayout.
func (b *bench) refill(member common.Address) error {
	for {
		pool, err := b.m.Balance(b.ctx, b.m.Address)
		if err != nil {
			return err
		}
		if pool.Cmp(b.m.Params.MaxPayout) >= 0 {
			return nil
		}
		if _, err := b.m.Tx(b.ctx, b.sponsor, b.m.ABI.PackContribute(member, big.NewInt(120))); err != nil {
			return err
		}
	}
}
