// Package gasbench measures the gas of every member-facing community
// operation (on whichever of the community's parts it calls) on the
// simulated backend at several member counts, next to two ERC-20
// baselines measured in the same run, and checks the targets of the
// foundation issue, kept by protocol v2: gas independent of member count
// (within 1%), join at most 1.3x a transferFrom to a fresh address,
// contribute at most 1.4x one to an existing holder, a non-deciding notary
// vote at most 1.0x that, and a claim submission at most 2.5x the fresh
// baseline plus the calldata and log-data cost of its envelope. v2's
// operations (a rejection with its sealed reason, the approval that starts
// a notice, settle after it, a recall signature, an ask to vacate a seat)
// are reported beside them.
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
	"submit_claim", "notary_vote", "notary_reject", "approve", "settle",
	"recall", "vacate",
}

type bench struct {
	ctx       context.Context
	c         *simchain.Chain
	m         *simchain.Community
	sponsor   *chain.KeySender
	log       io.Writer
	members   int
	nonceTag  int
	round     int
	warmingUp bool
}

// Run measures every operation at each member count (ascending), logging
// progress to log.
func Run(ctx context.Context, counts []int, log io.Writer) ([]Row, error) {
	c := simchain.New("gasbench", 8)
	defer c.Close()
	// A recall threshold no run reaches: each round signs one recall.
	m, err := c.DeployCommunity(ctx, func(p *contracts.Params) { p.RecallSignatures = 1000 })
	if err != nil {
		return nil, err
	}
	b := &bench{ctx: ctx, c: c, m: m, sponsor: c.Accounts[4], log: log}
	if err := m.Fund(ctx, b.sponsor, 1_000_000_000); err != nil {
		return nil, err
	}
	// A first round, not reported: the community's first claim, first
	// approval, first payout, an election's first ballot and a term's
	// first recall each create a slot once for the whole community (one
	// fresh slot, about 98,000 gas on this chain's rules); every later
	// one, whatever the member count, costs what the rows report.
	b.warmingUp = true
	if _, err := b.measure(); err != nil {
		return nil, fmt.Errorf("first round: %w", err)
	}
	b.warmingUp = false
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

func (b *bench) gas(s chain.Sender, data []byte) (uint64, error) {
	r, err := b.m.Tx(b.ctx, s, data)
	if err != nil {
		return 0, err
	}
	return r.GasUsed, nil
}

// measure runs each operation once with fresh accounts and returns the rows.
func (b *bench) measure() ([]Row, error) {
	ctx, m := b.ctx, b.m
	com, board, claims := m.ABI, m.Board, m.Claims
	out := map[string]uint64{}
	var failed error // the first measurement that failed
	do := func(op string, s chain.Sender, data []byte) {
		if failed != nil {
			return
		}
		g, err := b.gas(s, data)
		if err != nil {
			failed = fmt.Errorf("%s: %w", op, err)
			return
		}
		out[op] = g
	}

	doToken := func(op string, s chain.Sender, data []byte) {
		if failed != nil {
			return
		}
		r, err := m.TokenTx(ctx, s, data)
		if err != nil {
			failed = fmt.Errorf("%s: %w", op, err)
			return
		}
		out[op] = r.GasUsed
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
	doToken("warm_holder", spender, m.TokenABI.PackTransferFrom(owner.From(), holder, simchain.Tokens(1)))
	doToken("baseline_existing", spender, m.TokenABI.PackTransferFrom(owner.From(), holder, simchain.Tokens(1)))
	freshAddr := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint("fresh", b.members))))
	doToken("baseline_fresh", spender, m.TokenABI.PackTransferFrom(owner.From(), freshAddr, simchain.Tokens(1)))

	// Membership.
	joiner, err := b.fresh(120)
	if err != nil {
		return nil, err
	}
	do("join", joiner, com.PackJoin(big.NewInt(1)))
	do("contribute", b.sponsor, com.PackContribute(joiner.From(), big.NewInt(1)))
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
	do("contribute_permit", payer, com.PackContributeWithPermit(joiner.From(), big.NewInt(1), deadline, v, r, s))

	// Eligible members for the election, claims and recalls.
	var people []*chain.KeySender
	for range 6 {
		p, err := b.fresh(240)
		if err != nil {
			return nil, err
		}
		if _, err := m.Tx(ctx, p, com.PackJoin(big.NewInt(24))); err != nil {
			return nil, err
		}
		people = append(people, p)
	}
	if err := b.c.Warp(91 * contracts.Day); err != nil {
		return nil, err
	}
	key := make([]byte, contracts.KeyBytes) // an X-Wing public key
	rand.Read(key)
	// The first candidate of an election also creates the list; measure
	// a typical one.
	if _, err := m.Tx(ctx, people[3], board.PackStand(key)); err != nil {
		return nil, fmt.Errorf("first candidate: %w", err)
	}
	rand.Read(key)
	do("stand", people[0], board.PackStand(key))
	do("election_vote", people[1], board.PackVote(nil, []common.Address{people[0].From()}))

	term, err := m.Term(ctx)
	if err != nil {
		return nil, err
	}
	envelope := make([]byte, EnvelopeBytes)
	rand.Read(envelope)
	do("submit_claim", people[2], claims.PackSubmitClaim(simchain.Tokens(10), b.nullifier(), envelope, term))
	id := new(big.Int).SetUint64(b.lastClaim())
	approve, err := m.PackApprove(ctx, id)
	if err != nil {
		return nil, err
	}
	do("notary_vote", m.Notaries[0], approve)
	do("approve", m.Notaries[1], approve)
	// A rejection that decides nothing, with its sealed reason.
	rand.Read(envelope)
	if _, err := m.Tx(ctx, people[4], claims.PackSubmitClaim(simchain.Tokens(10), b.nullifier(), envelope, term)); err != nil {
		return nil, err
	}
	reject, err := m.PackReject(ctx, new(big.Int).SetUint64(b.lastClaim()))
	if err != nil {
		return nil, err
	}
	do("notary_reject", m.Notaries[0], reject)
	// A first recall signature while the approved claim is in notice, and
	// a first ask to vacate a seat.
	do("recall", people[5], board.PackRecall(term))
	// Each reported round another notary asks about another seat, so
	// that no seat gathers a quorum (three rounds at most: 1, 1,000 and
	// 10,000 members; the unreported first round asks nothing).
	if !b.warmingUp {
		voter, target := m.Notaries[b.round%3], m.Notaries[(b.round+2)%3]
		b.round++
		do("vacate", voter, board.PackVacate(target.From(), contracts.VacateAbsent))
	}
	if failed != nil {
		return nil, failed
	}

	// Settle: the notice ends, anyone pays the approved claim.
	if err := b.c.Warp(time.Duration(m.Params.NoticeWindow) * time.Second); err != nil {
		return nil, err
	}
	do("settle", b.sponsor, claims.PackSettle(big.NewInt(1)))
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
	n, err := simchain.Call(b.ctx, b.m, contracts.PartClaims, b.m.Claims.PackClaimCount(), b.m.Claims.UnpackClaimCount)
	if err != nil {
		return 0
	}
	return n
}
