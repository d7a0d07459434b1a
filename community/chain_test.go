package community_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
)

type env struct {
	t   *testing.T
	ctx context.Context
	c   *simchain.Chain
	m   *simchain.Community
	com *community.Community
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	c := simchain.New(t.Name(), 8)
	t.Cleanup(func() { c.Close() })
	m, err := c.DeployCommunity(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	com, err := community.Open(ctx, c.Client, m.Address)
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, ctx: ctx, c: c, m: m, com: com}
}

func (e *env) tx(s chain.Sender, data []byte) {
	e.t.Helper()
	if _, err := e.m.Tx(e.ctx, s, data); err != nil {
		e.t.Fatal(err)
	}
}

// step sends a planned step from s.
func (e *env) step(s chain.Sender, step community.Step) (*types.Receipt, error) {
	return s.Send(e.ctx, &step.To, step.Data, nil)
}

func (e *env) pool() community.Pool {
	e.t.Helper()
	p, err := e.com.PoolFromChain(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

func (e *env) balance() *big.Int {
	e.t.Helper()
	b, err := e.m.Balance(e.ctx, e.m.Address)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// Issue 7 section 2: a plain token transfer changes the pool without a
// community event, so the pool folded from the community's logs disagrees
// with its balance; after sync() the logs explain every token.
func TestPoolIsExplainedByEventsAlone(t *testing.T) {
	e := newEnv(t)
	member, donor, stranger := e.c.Accounts[4], e.c.Accounts[5], e.c.Accounts[6]
	for _, s := range []*chain.KeySender{member, donor} {
		if err := e.m.Fund(e.ctx, s, 500); err != nil {
			t.Fatal(err)
		}
	}
	e.tx(member, e.m.ABI.PackJoin(big.NewInt(12)))
	if _, err := e.step(donor, e.com.PlanDonate(simchain.Tokens(250))); err != nil {
		t.Fatal(err)
	}
	if p := e.pool(); p.Balance.Cmp(e.balance()) != 0 || p.Donations.Cmp(simchain.Tokens(250)) != 0 || p.Dues.Cmp(simchain.Tokens(120)) != 0 {
		t.Fatalf("folded %v (dues %v, donations %v), balance %v", p.Balance, p.Dues, p.Donations, e.balance())
	}
	if _, err := e.step(donor, e.com.PlanDonate(new(big.Int))); err == nil {
		t.Fatal("a donation of 0 was accepted")
	}

	// A plain ERC-20 transfer: no community event.
	gift := simchain.Tokens(7)
	if _, err := e.m.TokenTx(e.ctx, donor, e.m.TokenABI.PackTransfer(e.m.Address, gift)); err != nil {
		t.Fatal(err)
	}
	if p := e.pool(); p.Balance.Cmp(e.balance()) == 0 {
		t.Fatal("the logs explain a plain transfer they never saw")
	}
	// Anyone syncs; now the logs alone explain the balance.
	if _, err := e.step(stranger, e.com.PlanSync()); err != nil {
		t.Fatal(err)
	}
	p := e.pool()
	if p.Balance.Cmp(e.balance()) != 0 || p.Unexplained.Cmp(gift) != 0 || p.Synced != 1 {
		t.Fatalf("after sync: folded %v, balance %v, unexplained %v", p.Balance, e.balance(), p.Unexplained)
	}
}

func thumbprint(t *testing.T) [32]byte {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	j, err := disclosure.PublicJWK(&k.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	th, err := j.Thumbprint()
	if err != nil {
		t.Fatal(err)
	}
	return th
}

// nullifier is keccak256(issuer identity || event id), as the disclosure
// package derives it off chain.
func nullifier(issuer [32]byte, event string) [32]byte {
	return crypto.Keccak256Hash(issuer[:], []byte(event))
}

// Issue 7 section 4: one hospital event signed under a rotated key of the
// same issuer gets the same nullifier, so it is paid once; a key cannot be
// moved to another identity.
func TestIssuerIdentitySurvivesKeyRotation(t *testing.T) {
	e := newEnv(t)
	ctx, com := e.ctx, e.com
	founder := e.m.Founder
	n1, n2 := e.m.Notaries[0], e.m.Notaries[1]
	m1, m2 := e.c.Accounts[4], e.c.Accounts[5]
	for _, s := range []*chain.KeySender{m1, m2} {
		if err := e.m.Fund(ctx, s, 1000); err != nil {
			t.Fatal(err)
		}
		e.tx(s, e.m.ABI.PackJoin(big.NewInt(100)))
	}
	if err := e.c.Warp(91 * contracts.Day); err != nil {
		t.Fatal(err)
	}

	key1, key2 := thumbprint(t), thumbprint(t)
	id := key1 // a new identity is named by its first key
	const iss = "https://hospital.example"
	r, err := e.step(founder, com.PlanTrustKey(id, key1, iss))
	if err != nil {
		t.Fatal(err)
	}
	if changed, votes := com.IssuerKeyOutcome(r); !changed || votes != 0 {
		t.Fatalf("founder's setIssuerKey: changed %v, votes %d", changed, votes)
	}
	// The hospital rotates: key2 joins the same identity, by notary quorum.
	r, err = e.step(n1, com.PlanTrustKey(id, key2, iss))
	if err != nil {
		t.Fatal(err)
	}
	if changed, votes := com.IssuerKeyOutcome(r); changed || votes != 1 {
		t.Fatalf("first notary: changed %v, votes %d", changed, votes)
	}
	if _, err := e.step(n2, com.PlanTrustKey(id, key2, iss)); err != nil {
		t.Fatal(err)
	}
	for _, k := range [][32]byte{key1, key2} {
		iss, trusted, err := com.IssuerKey(ctx, k)
		if err != nil || iss != id || !trusted {
			t.Fatalf("IssuerKey: %x %v %v", iss, trusted, err)
		}
	}

	// A claim on event E, credential signed with key1: paid.
	iss1, _, _ := com.IssuerKey(ctx, key1)
	r, err = e.m.Tx(ctx, m1, e.m.Claims.PackSubmitClaim(simchain.Tokens(100), nullifier(iss1, "evt-42"), simchain.SizedEnvelope(len(e.m.Notaries)), 0))
	if err != nil {
		t.Fatal(err)
	}
	id1 := new(big.Int).SetUint64(1)
	for _, n := range []*chain.KeySender{n1, n2} {
		data, err := e.m.PackApprove(ctx, id1)
		if err != nil {
			t.Fatal(err)
		}
		e.tx(n, data)
	}
	// The same event E, credential signed with key2: the identity, hence
	// the nullifier, is the same, and the claim is refused.
	iss2, _, _ := com.IssuerKey(ctx, key2)
	if nullifier(iss2, "evt-42") == nullifier(key2, "evt-42") {
		t.Fatal("test is vacuous: the per-key nullifier equals the identity's")
	}
	_, err = e.m.Tx(ctx, m2, e.m.Claims.PackSubmitClaim(simchain.Tokens(100), nullifier(iss2, "evt-42"), simchain.SizedEnvelope(len(e.m.Notaries)), 0))
	var rev *contracts.Revert
	if !errors.As(err, &rev) || rev.Name != "NullifierAlreadyPaid" {
		t.Fatalf("second claim on the same event after rotation: got %v, want NullifierAlreadyPaid", err)
	}
	if msg := community.Explain(rev, com.Token); msg == "" {
		t.Fatal("no explanation")
	}

	// key2 cannot move to another identity while bound, nor a key of the
	// same iss start another identity.
	other := thumbprint(t)
	_, err = e.step(founder, com.PlanTrustKey(other, key2, "https://other.example"))
	if !errors.As(err, &rev) || rev.Name != "IssuerKeyBound" {
		t.Fatalf("moving a key: got %v, want IssuerKeyBound", err)
	}
	if v := rev.Value.(*contracts.RegistryIssuerKeyBound); common.Hash(v.Issuer) != common.Hash(id) {
		t.Fatalf("IssuerKeyBound names %x", v.Issuer)
	}
	_, err = e.step(founder, com.PlanTrustKey(other, other, iss))
	if !errors.As(err, &rev) || rev.Name != "IssTaken" {
		t.Fatalf("a new identity for a registered iss: got %v, want IssTaken", err)
	}
	if got, err := com.IssuerOfIss(ctx, iss); err != nil || got != id {
		t.Fatalf("IssuerOfIss: %x (%v), want %x", got, err, id)
	}
}
