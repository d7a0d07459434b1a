package contracts_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/contracts"
)

const day = 24 * time.Hour

// allParts packs and unpacks the functions and events of every part by
// name: a name only one part has is promoted from it (the ones the parts
// share, such as parts() or quorum(), are reached through a part).
type allParts struct {
	*contracts.Community
	*contracts.Board
	*contracts.Claims
	*contracts.Registry
}

type fixture struct {
	t   *testing.T
	ctx context.Context
	c   *simchain.Chain
	m   *simchain.Community
	abi allParts
}

// newFixture deploys the demo community on a fresh simulated chain with
// accounts: 0 founder, 1..3 notaries, the rest plain.
func newFixture(t *testing.T, accounts int, edit func(*contracts.Params)) *fixture {
	t.Helper()
	ctx := context.Background()
	c := simchain.New(t.Name(), accounts)
	t.Cleanup(func() { c.Close() })
	m, err := c.DeployCommunity(ctx, edit)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	return &fixture{t: t, ctx: ctx, c: c, m: m, abi: allParts{m.ABI, m.Board, m.Claims, m.Registry}}
}

func (f *fixture) tx(s chain.Sender, data []byte) *types.Receipt {
	f.t.Helper()
	r, err := f.m.Tx(f.ctx, s, data)
	if err != nil {
		f.t.Fatalf("transaction from %s: %v", s.From().Hex(), err)
	}
	return r
}

// refused asserts that sending data from s is refused with the named error.
func (f *fixture) refused(s chain.Sender, data []byte, name string) *contracts.Revert {
	f.t.Helper()
	_, err := f.m.Tx(f.ctx, s, data)
	return wantRefusal(f.t, err, name)
}

func wantRefusal(t *testing.T, err error, name string) *contracts.Revert {
	t.Helper()
	var r *contracts.Revert
	if !errors.As(err, &r) {
		t.Fatalf("got error %v, want contract refusal %s", err, name)
	}
	if r.Name != name {
		t.Fatalf("got refusal %s, want %s", r, name)
	}
	return r
}

// view calls a view of part (contracts.PartCommunity...).
func view[T any](f *fixture, part int, data []byte, unpack func([]byte) (T, error)) T {
	f.t.Helper()
	v, err := simchain.Call(f.ctx, f.m, part, data, unpack)
	if err != nil {
		f.t.Fatalf("view of the %s part: %v", contracts.PartNames[part], err)
	}
	return v
}

func (f *fixture) fund(s chain.Sender, tokens int64) {
	f.t.Helper()
	if err := f.m.Fund(f.ctx, s, tokens); err != nil {
		f.t.Fatal(err)
	}
}

// joined funds s and joins for periods.
func (f *fixture) joined(s chain.Sender, periods int64) {
	f.t.Helper()
	f.fund(s, 10*periods)
	f.tx(s, f.abi.PackJoin(big.NewInt(periods)))
}

func (f *fixture) warp(d time.Duration) {
	f.t.Helper()
	if err := f.c.Warp(d); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) member(a common.Address) contracts.CommunityMemberView {
	f.t.Helper()
	v, err := f.m.Member(f.ctx, a)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func (f *fixture) claim(id uint64) contracts.ClaimsClaimView {
	f.t.Helper()
	v, err := f.m.Claim(f.ctx, id)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func (f *fixture) balance(a common.Address) *big.Int {
	f.t.Helper()
	b, err := f.m.Balance(f.ctx, a)
	if err != nil {
		f.t.Fatal(err)
	}
	return b
}

func (f *fixture) blockTime(r *types.Receipt) uint64 {
	f.t.Helper()
	h, err := f.c.Client.HeaderByNumber(f.ctx, r.BlockNumber)
	if err != nil {
		f.t.Fatal(err)
	}
	return h.Time
}

func (f *fixture) term() uint32 {
	f.t.Helper()
	term, err := f.m.Term(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	return term
}

// submitData packs submitClaim for the current term with an envelope of
// the size the contract requires now.
func (f *fixture) submitData(tokens int64, nullifier string) []byte {
	f.t.Helper()
	return f.abi.PackSubmitClaim(simchain.Tokens(tokens), nullifierOf(nullifier), f.envelope(), f.term())
}

func (f *fixture) submit(s chain.Sender, tokens int64, nullifier string) uint64 {
	f.t.Helper()
	r := f.tx(s, f.submitData(tokens, nullifier))
	return findEvent(f.t, r, f.abi.UnpackClaimSubmittedEvent).Id.Uint64()
}

// envelope is a placeholder claim envelope of the size the contract
// requires now: sealed to every seat held in the current term.
func (f *fixture) envelope() []byte {
	f.t.Helper()
	env, err := f.m.Envelope(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	return env
}

// voteData packs vote(previous, picks) for s, with previous read from s's
// last BallotCast event in the running election, as huzhu's client does.
func (f *fixture) voteData(s chain.Sender, picks []common.Address) []byte {
	f.t.Helper()
	data, err := f.m.PackVote(f.ctx, s.From(), picks)
	if err != nil {
		f.t.Fatal(err)
	}
	return data
}

// approveData packs approveClaim naming claim id as its ClaimSubmitted
// event does, as a notary's client does; for a claim never submitted, a
// zero member and evidence.
func (f *fixture) approveData(id *big.Int) []byte {
	return approveData(f.ctx, f.m, id)
}

func approveData(ctx context.Context, m *simchain.Community, id *big.Int) []byte {
	data, err := m.PackApprove(ctx, id)
	if err != nil {
		return m.Claims.PackApproveClaim(id, common.Address{}, [32]byte{}, [32]byte{})
	}
	return data
}

// rejectData packs rejectClaim naming claim id, with a placeholder sealed
// reason.
func (f *fixture) rejectData(id *big.Int) []byte {
	f.t.Helper()
	data, err := f.m.PackReject(f.ctx, id)
	if err != nil {
		f.t.Fatal(err)
	}
	return data
}

// approve has notaries approve claim id; the last receipt.
func (f *fixture) approve(id uint64, notaries ...*chain.KeySender) *types.Receipt {
	f.t.Helper()
	var r *types.Receipt
	for _, n := range notaries {
		r = f.tx(n, f.approveData(new(big.Int).SetUint64(id)))
	}
	return r
}

// settle calls settle(0) from s (any account may).
func (f *fixture) settle(s chain.Sender) *types.Receipt {
	f.t.Helper()
	return f.tx(s, f.abi.PackSettle(new(big.Int)))
}

func nullifierOf(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

// findEvent returns the first log of r that unpack accepts.
func findEvent[T any](t *testing.T, r *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	var zero T
	t.Fatalf("no %T event in tx %s", zero, r.TxHash.Hex())
	return nil
}

func hasEvent[T any](r *types.Receipt, unpack func(*types.Log) (*T, error)) bool {
	for _, l := range r.Logs {
		if _, err := unpack(l); err == nil {
			return true
		}
	}
	return false
}

func countEvents[T any](r *types.Receipt, unpack func(*types.Log) (*T, error)) int {
	n := 0
	for _, l := range r.Logs {
		if _, err := unpack(l); err == nil {
			n++
		}
	}
	return n
}

func wantInt(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s: got %s, want %s", what, got, want)
	}
}

func (f *fixture) permit(owner *chain.KeySender, value *big.Int, deadline int64) (uint8, [32]byte, [32]byte) {
	f.t.Helper()
	v, r, s, err := f.m.Permit(f.ctx, owner, value, big.NewInt(deadline))
	if err != nil {
		f.t.Fatal(err)
	}
	return v, r, s
}

// txAt mines data from s in a block at exactly `at` (unix seconds).
func (f *fixture) txAt(at uint64, s *chain.KeySender, data []byte) *types.Receipt {
	f.t.Helper()
	to, _ := f.m.Parts.To(data)
	r, err := f.c.SendAt(f.ctx, at, s, to, data)
	if err != nil {
		f.t.Fatalf("transaction from %s at %d: %v", s.From().Hex(), at, err)
	}
	return r
}

// refusedAt asserts that data from s, mined at exactly `at`, is refused
// with the named error.
func (f *fixture) refusedAt(at uint64, s *chain.KeySender, data []byte, name string) {
	f.t.Helper()
	to, _ := f.m.Parts.To(data)
	_, err := f.c.SendAt(f.ctx, at, s, to, data)
	var r *contracts.Revert
	if !errors.As(err, &r) {
		f.t.Fatalf("at %d: got error %v, want contract refusal %s", at, err, name)
	}
	if r.Name != name {
		f.t.Fatalf("at %d: got refusal %s, want %s", at, r, name)
	}
}

// head is the latest block's time.
func (f *fixture) head() uint64 {
	f.t.Helper()
	h, err := f.c.Client.HeaderByNumber(f.ctx, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return h.Time
}

// eligibleMembers joins n fresh accounts from the chain's accounts
// (indexes from..from+n) for periods and returns them; the caller warps
// past the waiting period.
func (f *fixture) members(from, n int, periods int64) []*chain.KeySender {
	f.t.Helper()
	out := make([]*chain.KeySender, n)
	for i := range n {
		out[i] = f.c.Accounts[from+i]
		f.joined(out[i], periods)
	}
	return out
}
