// Package statsbench builds a community at scale (members, claims
// approved, rejected and left open) on any chain huzhu can send to, for
// timing `community stats` from a cold and a warm log cache: in process on
// the simulated backend (go test -bench), and as a whole process of the
// real binary against the embedded chain of a data dir (huzhu-bench stats).
package statsbench

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/session"
)

// Chain is where the community is built.
type Chain struct {
	Client chain.Backend
	Funder *ecdsa.PrivateKey // holds enough ETH for everyone
	Mine   func()            // seals the pending transactions
	Warp   func(time.Duration) error
}

// Spec is the size of the community.
type Spec struct {
	Members int
	Claims  int // at most Members: 70% approved and paid, 15% rejected, 15% left open
	// Sealed: the notaries publish HPKE keys (NotaryHPKE) and one open
	// claim (SealedClaimant) is a real one, filed through claims.Service
	// with a credential sealed to them, for timing a notary's review.
	Sealed bool
}

// SealedClaimant is the index of the claimant whose claim is sealed for
// real when Spec.Sealed: the first whose claim is left open.
const SealedClaimant = 17

// SealedClaimantKey is the key of the member whose claim is sealed for
// real when Spec.Sealed.
func SealedClaimantKey() *ecdsa.PrivateKey { return key("member", SealedClaimant) }

// NotaryKey is notary i's account key.
func NotaryKey(i int) *ecdsa.PrivateKey { return key("notary", i) }

// NotaryHPKE is notary i's HPKE key for claim envelopes.
func NotaryHPKE(i int) *disclosure.NotaryKey {
	k, err := disclosure.NotaryKeyFromSeed(crypto.Keccak256([]byte(fmt.Sprint("huzhu statsbench hpke ", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// Fate of claim i.
func fate(i int) string {
	switch {
	case i%20 < 14:
		return "approve"
	case i%20 < 17:
		return "reject"
	}
	return "open"
}

// Expected is what Stats must count for a Spec built by Build.
func (s Spec) Expected() community.ClaimCounts {
	var c community.ClaimCounts
	for i := range s.Claims {
		c.Filed++
		switch fate(i) {
		case "approve":
			c.Approved++
			c.Paid++
		case "reject":
			c.Rejected++
		default:
			c.Open++
		}
	}
	return c
}

type account struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64
}

type builder struct {
	ctx   context.Context
	ch    Chain
	id    *big.Int
	fees  chain.Fees
	batch []*types.Transaction
	gas   map[string]uint64 // kind -> gas limit
	log   io.Writer
}

// batchSize is how many transactions wait for one Mine: under a default
// transaction pool's queue of 64 per account (go-ethereum queues a new
// transaction before promoting it, in the background, and drops what
// overflows the queue).
const batchSize = 60

func key(tag string, i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("huzhu statsbench %s %d", tag, i))))
	if err != nil {
		panic(err)
	}
	return k
}

func (b *builder) account(k *ecdsa.PrivateKey) (*account, error) {
	a := &account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
	n, err := b.ch.Client.PendingNonceAt(b.ctx, a.addr)
	a.nonce = n
	return a, err
}

// send signs and queues a transaction. Its gas limit is gas, or (0) twice
// the estimate of the first transaction of its kind: many transactions
// wait on state the ones before them change, so they are not estimated
// one by one.
func (b *builder) send(a *account, kind string, to common.Address, data []byte, value *big.Int, gas uint64) error {
	if value == nil {
		value = new(big.Int)
	}
	if gas == 0 {
		g, err := b.gasOf(kind, ethereum.CallMsg{From: a.addr, To: &to, Data: data, Value: value})
		if err != nil {
			return err
		}
		gas = g
	}
	tx, err := types.SignNewTx(a.key, types.LatestSignerForChainID(b.id), &types.DynamicFeeTx{
		ChainID: b.id, Nonce: a.nonce, GasTipCap: b.fees.Tip, GasFeeCap: b.fees.FeeCap, Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		return err
	}
	if err := b.ch.Client.SendTransaction(b.ctx, tx); err != nil {
		return fmt.Errorf("send: %w", err)
	}
	a.nonce++
	b.batch = append(b.batch, tx)
	if len(b.batch) >= batchSize {
		return b.flush()
	}
	return nil
}

func (b *builder) gasOf(kind string, msg ethereum.CallMsg) (uint64, error) {
	if g, ok := b.gas[kind]; ok {
		return g, nil
	}
	g, err := chain.EstimateGas(b.ctx, b.ch.Client, msg)
	if err != nil {
		return 0, fmt.Errorf("estimate %s: %w", kind, err)
	}
	b.gas[kind] = 2 * g
	return 2 * g, nil
}

// flush mines the queued transactions and checks that each succeeded.
func (b *builder) flush() error {
	if len(b.batch) == 0 {
		return nil
	}
	for range 50 {
		b.ch.Mine()
		if _, err := b.ch.Client.TransactionReceipt(b.ctx, b.batch[len(b.batch)-1].Hash()); err == nil {
			break
		}
	}
	for _, tx := range b.batch {
		r, err := b.ch.Client.TransactionReceipt(b.ctx, tx.Hash())
		if err != nil {
			return fmt.Errorf("transaction %s not mined: %w", tx.Hash().Hex(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			_, cerr := b.ch.Client.CallContract(b.ctx, ethereum.CallMsg{From: mustSender(b.id, tx), To: tx.To(), Data: tx.Data(), Value: tx.Value(), Gas: tx.Gas()}, r.BlockNumber)
			return fmt.Errorf("transaction %s failed (gas used %d of %d): %v", tx.Hash().Hex(), r.GasUsed, tx.Gas(), cerr)
		}
	}
	b.batch = b.batch[:0]
	return b.refreshFees()
}

func (b *builder) refreshFees() error {
	f, err := chain.SuggestFees(b.ctx, b.ch.Client)
	if err != nil {
		return err
	}
	f.FeeCap.Mul(f.FeeCap, big.NewInt(4)) // room for many full blocks
	b.fees = f
	return nil
}

func (b *builder) logf(format string, args ...any) {
	if b.log != nil {
		fmt.Fprintf(b.log, format+"\n", args...)
	}
}

// Build deploys a token and a community with the demo parameters (three
// notaries, quorum two), and fills it: sp.Members members (the first
// sp.Claims with keys of their own and four periods of coverage, the rest
// plain addresses with one), the waiting period passed, then sp.Claims
// claims of which 70% approved and paid, 15% rejected and 15% left open.
func Build(ctx context.Context, ch Chain, sp Spec, log io.Writer) (common.Address, error) {
	if sp.Claims > sp.Members {
		return common.Address{}, errors.New("statsbench: more claims than members")
	}
	start := time.Now()
	id, err := ch.Client.ChainID(ctx)
	if err != nil {
		return common.Address{}, err
	}
	b := &builder{ctx: ctx, ch: ch, id: id, log: log, gas: map[string]uint64{}}
	if err := b.refreshFees(); err != nil {
		return common.Address{}, err
	}
	funder := &chain.KeySender{Backend: ch.Client, Key: ch.Funder, Mine: ch.Mine}
	token, err := chain.DeployToken(ctx, funder, funder.From())
	if err != nil {
		return common.Address{}, err
	}
	var notaries []*account
	var notaryAddrs []common.Address
	for i := range 3 {
		n, err := b.account(NotaryKey(i))
		if err != nil {
			return common.Address{}, err
		}
		notaries, notaryAddrs = append(notaries, n), append(notaryAddrs, n.addr)
	}
	p := contracts.DemoParams(token, notaryAddrs)
	parts, err := chain.DeployCommunity(ctx, ch.Client, funder, p)
	if err != nil {
		return common.Address{}, err
	}
	com := parts.Community
	b.logf("deployed community %s (%s)", com.Hex(), time.Since(start).Round(time.Millisecond))
	abi, board, cl, kbc := contracts.CommunityABI, contracts.BoardABI, contracts.ClaimsABI, contracts.TokenABI
	f, err := b.account(ch.Funder)
	if err != nil {
		return common.Address{}, err
	}
	total := new(big.Int).Mul(p.Dues, big.NewInt(int64(4*sp.Members+10)))
	if err := b.send(f, "mint", token, kbc.PackMint(f.addr, total), nil, 0); err != nil {
		return common.Address{}, err
	}
	if err := b.flush(); err != nil {
		return common.Address{}, err
	}
	if err := b.send(f, "approve", token, kbc.PackApprove(com, total), nil, 0); err != nil {
		return common.Address{}, err
	}
	eth := new(big.Int).Mul(big.NewInt(10), simchain.Ether)
	for _, n := range notaries {
		if err := b.send(f, "eth", n.addr, nil, eth, 21_000); err != nil {
			return common.Address{}, err
		}
	}
	if err := b.flush(); err != nil {
		return common.Address{}, err
	}
	if sp.Sealed {
		for i, n := range notaries {
			if err := b.send(n, "notary-key", parts.Board, board.PackSetNotaryKey(NotaryHPKE(i).PublicKey()), nil, 0); err != nil {
				return common.Address{}, err
			}
		}
	}
	claimants := make([]*account, sp.Claims)
	for i := range claimants {
		k := key("member", i)
		claimants[i] = &account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		if err := b.send(f, "eth", claimants[i].addr, nil, simchain.Ether, 21_000); err != nil {
			return common.Address{}, err
		}
	}
	for i := range sp.Members {
		member, periods := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint("statsbench member ", i)))), int64(1)
		if i < sp.Claims {
			member, periods = claimants[i].addr, 4
		}
		if err := b.send(f, "contribute", com, abi.PackContribute(member, big.NewInt(periods)), nil, 0); err != nil {
			return common.Address{}, err
		}
		if (i+1)%2000 == 0 {
			b.logf("%d members (%s)", i+1, time.Since(start).Round(time.Millisecond))
		}
	}
	if err := b.flush(); err != nil {
		return common.Address{}, err
	}
	if err := ch.Warp(time.Duration(p.WaitingPeriod+3600) * time.Second); err != nil {
		return common.Address{}, err
	}
	if err := b.refreshFees(); err != nil {
		return common.Address{}, err
	}
	env := simchain.SizedEnvelope(int(p.Seats))
	for i, c := range claimants {
		if sp.Sealed && i == SealedClaimant {
			continue
		}
		data := cl.PackSubmitClaim(new(big.Int).Set(p.Dues), crypto.Keccak256Hash([]byte(fmt.Sprint("event ", i))), env, 0)
		if err := b.send(c, "submit", parts.Claims, data, nil, 0); err != nil {
			return common.Address{}, err
		}
	}
	if err := b.flush(); err != nil {
		return common.Address{}, err
	}
	if sp.Sealed && SealedClaimant < len(claimants) {
		if err := b.sealedClaim(com, claimants[SealedClaimant], p.Dues); err != nil {
			return common.Address{}, fmt.Errorf("sealed claim: %w", err)
		}
	}
	b.logf("%d claims filed (%s)", sp.Claims, time.Since(start).Round(time.Millisecond))
	logs, err := ch.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{parts.Claims},
		Topics: [][]common.Hash{{contracts.EventID("ClaimSubmitted")}}})
	if err != nil {
		return common.Address{}, err
	}
	index := map[common.Address]int{}
	for i, c := range claimants {
		index[c.addr] = i
	}
	for round := range 2 {
		for i := range logs {
			ev, err := cl.UnpackClaimSubmittedEvent(&logs[i])
			if err != nil {
				return common.Address{}, err
			}
			var data []byte
			switch fate(index[ev.Member]) {
			case "approve":
				data = cl.PackApproveClaim(ev.Id, ev.Member, ev.Nullifier, ev.EnvelopeHash)
			case "reject":
				data = cl.PackRejectClaim(ev.Id, ev.Member, ev.Nullifier, ev.EnvelopeHash, simchain.SealedReason())
			default:
				continue
			}
			if err := b.send(notaries[round], fmt.Sprint(fate(index[ev.Member]), round), parts.Claims, data, nil, 0); err != nil {
				return common.Address{}, err
			}
		}
		if err := b.flush(); err != nil {
			return common.Address{}, err
		}
	}
	b.logf("claims decided (%s)", time.Since(start).Round(time.Millisecond))
	// The approved claims wait out their public notice; then settles pay
	// them, at most MaxSettle a call (one period's outflow cap covers them:
	// each asks one period's dues).
	if err := ch.Warp(time.Duration(p.NoticeWindow+1) * time.Second); err != nil {
		return common.Address{}, err
	}
	if err := b.refreshFees(); err != nil {
		return common.Address{}, err
	}
	approved := sp.Expected().Approved
	for n := 0; n < approved; n += contracts.MaxSettle {
		if err := b.send(f, "settle", parts.Claims, cl.PackSettle(big.NewInt(contracts.MaxSettle)), nil, 0); err != nil {
			return common.Address{}, err
		}
	}
	if err := b.flush(); err != nil {
		return common.Address{}, err
	}
	b.logf("approved claims paid (%s)", time.Since(start).Round(time.Millisecond))
	return com, nil
}

func mustSender(id *big.Int, tx *types.Transaction) common.Address {
	from, _ := types.Sender(types.LatestSignerForChainID(id), tx)
	return from
}

// sealedClaim files a real claim for the claimant: a credential from an
// issuer of its own (not in the registry: the review shows that check
// fail, and does all its work), presented and sealed by claims.Service to
// the notaries' published keys.
func (b *builder) sealedClaim(addr common.Address, c *account, amount *big.Int) error {
	com, err := community.Open(b.ctx, b.ch.Client, addr)
	if err != nil {
		return err
	}
	svc, err := claims.New(b.ctx, b.ch.Client, com)
	if err != nil {
		return err
	}
	now, err := community.ChainTime(b.ctx, b.ch.Client)
	if err != nil {
		return err
	}
	ik, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	holder, err := disclosure.PublicJWK(&c.key.PublicKey)
	if err != nil {
		return err
	}
	facts := session.DemoFacts(now, com.Params().Currency)
	facts["diagnosis_date"] = now.UTC().Format("2006-01-02")
	cred, err := disclosure.IssueMedical(ik, disclosure.MedicalCredential{
		Issuer: "https://statsbench.example/hospital", Holder: holder, Facts: facts,
		IssuedAt: now.Add(-time.Hour), Validity: 365 * 24 * time.Hour,
	}, disclosure.IssueOptions{})
	if err != nil {
		return err
	}
	d, err := svc.Prepare(b.ctx, claims.Request{Key: c.key, Credential: cred.String(), CredentialID: "bench", Amount: amount})
	if err != nil {
		return err
	}
	sealed, err := d.Seal(b.ctx)
	if err != nil {
		return err
	}
	if err := b.send(c, "submit-sealed", *sealed.Plan.To, sealed.Plan.Data, nil, 0); err != nil {
		return err
	}
	return b.flush()
}
