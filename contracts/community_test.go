package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
)

// Membership, dues and the pool: the Community part.

func TestJoinSetsCoverageAndPaysPool(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.fund(alice, 100)
	r := f.tx(alice, f.abi.PackJoin(big.NewInt(2)))
	now := f.blockTime(r)

	ev := findEvent(t, r, f.abi.UnpackDuesPaidEvent)
	if ev.Member != alice.From() || ev.Payer != alice.From() {
		t.Fatalf("DuesPaid member/payer: got %s/%s", ev.Member.Hex(), ev.Payer.Hex())
	}
	wantInt(t, "dues paid", ev.Amount, simchain.Tokens(20))

	v := f.member(alice.From())
	if v.JoinedAt != now || v.CoveredUntil != now+2*30*86400 {
		t.Fatalf("coverage: got joined %d until %d, want %d and %d", v.JoinedAt, v.CoveredUntil, now, now+60*86400)
	}
	if !v.Active || v.Eligible {
		t.Fatalf("got active=%v eligible=%v, want active and not yet eligible", v.Active, v.Eligible)
	}
	if v.EligibleAt != now+90*86400 {
		t.Fatalf("eligibleAt: got %d, want %d", v.EligibleAt, now+90*86400)
	}
	wantInt(t, "pool", f.balance(f.m.Address), simchain.Tokens(20))
	wantInt(t, "member tokens", f.balance(alice.From()), simchain.Tokens(80))

	f.refused(alice, f.abi.PackJoin(big.NewInt(0)), "InvalidPeriods")
	f.refused(alice, f.abi.PackJoin(big.NewInt(121)), "InvalidPeriods")
	f.refused(alice, f.abi.PackContribute(common.Address{}, big.NewInt(1)), "ZeroMember")
}

func TestRenewalInsideCoverageAndGraceKeepsJoinDate(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.fund(alice, 100)
	f.tx(alice, f.abi.PackJoin(big.NewInt(1)))
	first := f.member(alice.From())

	// Inside coverage.
	f.warp(10 * day)
	f.tx(alice, f.abi.PackJoin(big.NewInt(1)))
	v := f.member(alice.From())
	if v.JoinedAt != first.JoinedAt || v.CoveredUntil != first.CoveredUntil+30*86400 {
		t.Fatalf("renewal in coverage: got joined %d until %d, want %d and %d", v.JoinedAt, v.CoveredUntil, first.JoinedAt, first.CoveredUntil+30*86400)
	}

	// Coverage ended 10 days ago: inside the 15-day grace.
	f.warp(60 * day)
	if f.member(alice.From()).Active {
		t.Fatal("member still active after coverage ended")
	}
	f.tx(alice, f.abi.PackJoin(big.NewInt(1)))
	v2 := f.member(alice.From())
	if v2.JoinedAt != first.JoinedAt || v2.CoveredUntil != v.CoveredUntil+30*86400 {
		t.Fatalf("renewal in grace: got joined %d until %d, want %d and %d", v2.JoinedAt, v2.CoveredUntil, first.JoinedAt, v.CoveredUntil+30*86400)
	}
	if !v2.Active {
		t.Fatal("renewal in grace did not make the member active")
	}
}

func TestRejoinAfterGraceRestartsWaitingPeriod(t *testing.T) {
	f := newFixture(t, 6, nil)
	alice := f.c.Accounts[4]
	f.fund(alice, 100)
	f.tx(alice, f.abi.PackJoin(big.NewInt(1)))
	first := f.member(alice.From())

	f.warp(30*day + 16*day) // coverage ended 16 days ago: grace is over
	r := f.tx(alice, f.abi.PackJoin(big.NewInt(1)))
	now := f.blockTime(r)
	v := f.member(alice.From())
	if v.JoinedAt == first.JoinedAt || v.JoinedAt != now {
		t.Fatalf("re-join: got joined %d, want the new join time %d", v.JoinedAt, now)
	}
	if v.EligibleAt != now+90*86400 || v.Eligible {
		t.Fatalf("re-join: got eligibleAt %d eligible=%v, want %d and false", v.EligibleAt, v.Eligible, now+90*86400)
	}
}

func TestSponsorPaysForMember(t *testing.T) {
	f := newFixture(t, 7, nil)
	member, sponsor := f.c.Accounts[4], f.c.Accounts[5]
	f.fund(sponsor, 100)
	r := f.tx(sponsor, f.abi.PackContribute(member.From(), big.NewInt(3)))
	ev := findEvent(t, r, f.abi.UnpackDuesPaidEvent)
	if ev.Member != member.From() || ev.Payer != sponsor.From() {
		t.Fatalf("DuesPaid: got member %s payer %s", ev.Member.Hex(), ev.Payer.Hex())
	}
	v := f.member(member.From())
	if !v.Active || v.CoveredUntil != v.JoinedAt+90*86400 {
		t.Fatalf("sponsored coverage: got %+v", v)
	}
	wantInt(t, "sponsor tokens", f.balance(sponsor.From()), simchain.Tokens(70))
	wantInt(t, "member tokens", f.balance(member.From()), new(big.Int))
	// A sponsor without allowance is refused by the token.
	f.refused(f.c.Accounts[6], f.abi.PackContribute(member.From(), big.NewInt(1)), "ERC20InsufficientAllowance")
}

func TestDuesWithPermitInOneTransaction(t *testing.T) {
	f := newFixture(t, 7, nil)
	alice, bob := f.c.Accounts[4], f.c.Accounts[5]
	for _, s := range []*chain.KeySender{alice, bob} {
		if _, err := f.m.TokenTx(f.ctx, f.m.Founder, f.m.TokenABI.PackMint(s.From(), simchain.Tokens(100))); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(time.Hour).Unix()

	// Without allowance or permit, join is refused by the token.
	f.refused(alice, f.abi.PackJoin(big.NewInt(2)), "ERC20InsufficientAllowance")

	v, r, s := f.permit(alice, simchain.Tokens(20), deadline)
	// An absurd period count is named as such, not a bare overflow panic.
	huge := new(big.Int).Lsh(big.NewInt(1), 250)
	f.refused(alice, f.abi.PackJoinWithPermit(huge, big.NewInt(deadline), v, r, s), "InvalidPeriods")
	f.tx(alice, f.abi.PackJoinWithPermit(big.NewInt(2), big.NewInt(deadline), v, r, s))
	if !f.member(alice.From()).Active {
		t.Fatal("joinWithPermit did not make alice a member")
	}
	wantInt(t, "alice tokens", f.balance(alice.From()), simchain.Tokens(80))

	// The same permit again (as if front-run): the permit fails, and with
	// no allowance left the payment is refused by the token.
	f.refused(alice, f.abi.PackJoinWithPermit(big.NewInt(2), big.NewInt(deadline), v, r, s), "ERC20InsufficientAllowance")

	// Bob pays for alice with a permit.
	v, r, s = f.permit(bob, simchain.Tokens(10), deadline)
	f.tx(bob, f.abi.PackContributeWithPermit(alice.From(), big.NewInt(1), big.NewInt(deadline), v, r, s))
	wantInt(t, "bob tokens", f.balance(bob.From()), simchain.Tokens(90))
	wantInt(t, "pool", f.balance(f.m.Address), simchain.Tokens(30))
}
