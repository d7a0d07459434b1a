package claims_test

// Issue 14: the attacks on protocol v1 that a member's or a notary's
// client meets, each a scenario of numbered steps (who does what, with
// which amounts) and an Outcome asserting the safe behaviour the issue
// requires. Written first against v1, where each failed because the
// attack worked (commit 892228b on branch attacks-v1); ported to v2 here.

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
)

// try sends data from s to the community and returns the error, if any:
// for the steps of an attack whose refusal is the safe behaviour.
func (f *fixture) try(s chain.Sender, data []byte) error {
	f.t.Helper()
	_, err := f.m.Tx(f.ctx, s, data)
	return err
}

// outcome names what a step came to: "accepted" or its error.
func outcome(err error) string {
	if err == nil {
		return "accepted"
	}
	var r *contracts.Revert
	if errors.As(err, &r) {
		return "refused: " + strings.TrimPrefix(r.Error(), "contract refused: ")
	}
	return "refused: " + err.Error()
}

// openings says whether the notaries could open a claim's envelope.
func openings(filed bool, errs ...error) string {
	if !filed {
		return "no claim to open"
	}
	if err := errors.Join(errs...); err != nil {
		return err.Error()
	}
	return "both opened it"
}

// claimResult is what became of a member's attempt to claim.
type claimResult struct {
	prepare, seal, file error
	id                  uint64
	recipients          int // notaries the envelope was sealed to
}

func (r claimResult) String() string {
	switch {
	case r.prepare != nil:
		return "Prepare " + outcome(r.prepare)
	case r.seal != nil:
		return "Seal " + outcome(r.seal)
	case r.file != nil:
		return "submitClaim " + outcome(r.file)
	}
	return fmt.Sprintf("filed as claim %d, sealed to %d notaries", r.id, r.recipients)
}

func (r claimResult) filed() bool { return r.prepare == nil && r.seal == nil && r.file == nil }

// tryClaim prepares, seals and files a claim as huzhu's client does,
// recording the first step that refuses; edit may change the draft
// before it is sealed.
func (f *fixture) tryClaim(member *chain.KeySender, cred string, amount int64, edit func(*claims.Draft)) claimResult {
	f.t.Helper()
	var r claimResult
	d, err := f.svc.Prepare(f.ctx, claims.Request{Key: member.Key, Credential: cred, CredentialID: "c", Amount: simchain.Tokens(amount)})
	if r.prepare = err; err != nil {
		return r
	}
	if edit != nil {
		edit(d)
	}
	sealed, err := d.Seal(f.ctx)
	if r.seal = err; err != nil {
		return r
	}
	r.recipients = len(d.Notaries)
	rc, err := member.Send(f.ctx, sealed.Plan.To, sealed.Plan.Data, sealed.Plan.Value)
	if r.file = err; err != nil {
		return r
	}
	if ids := f.svc.ClaimIDs(rc); len(ids) == 1 {
		r.id = ids[0]
	}
	return r
}

// eventID is a medical event id in SPEC section 5's canonical form
// (base64url of 128 bits, 22 characters), derived from the hospital's
// own record reference, so that the scenarios hold under v2's rule too.
func eventID(record string) string {
	sum := sha256.Sum256([]byte(record))
	return base64.RawURLEncoding.EncodeToString(sum[:16])
}

func (f *fixture) yesterday() time.Time {
	now, err := f.c.Now(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	return now.Add(-24 * time.Hour)
}

// Attack 1a. One notary of three (below quorum 2) publishes a copy of
// another notary's key as its own. From then on huzhu cannot seal any
// claim (the envelope would name one key twice), and an envelope sealed
// to the other two notaries only is refused by the contract, which wants
// one slot per seated notary. Safe: the contract refuses a key already
// published by another address; the claim is sealed to every notary.
func TestAttackOneNotaryHaltsTermWithCopiedKey(t *testing.T) {
	f := joined(t, 12) // n0, n1, n2 have published their own keys
	member := f.c.Accounts[4]
	n := f.m.Notaries

	// 1. n2 publishes n0's key as its own.
	copied := f.try(n[2], f.m.Board.PackSetNotaryKey(f.notKeys[0].PublicKey()))
	// 2. A member claims 1,000 KBC with a valid credential.
	cred := f.credential(member.Key, eventID("evt-copied-key"), f.yesterday(), "3000", "CNY")
	claim := f.tryClaim(member, cred, 1000, nil)
	// 3. If that failed: the member seals to n0 and n1 only, and files.
	var around claimResult
	if !claim.filed() {
		around = f.tryClaim(member, cred, 1000, func(d *claims.Draft) { d.Notaries = d.Notaries[:2] })
	}
	// 4. n0 and n1 open the claim filed, if any.
	var opened []error
	if claim.filed() {
		for i := range 2 {
			_, err := f.svc.Review(f.ctx, claim.id, f.notKeys[i:i+1])
			opened = append(opened, err)
		}
	}

	// Outcome.
	if copied == nil || !claim.filed() || errors.Join(opened...) != nil {
		t.Fatalf("n2 (one notary of 3, below quorum 2) published a copy of n0's key: %s; then a member's claim: %s; sealed to the other two notaries instead: %s; n0 and n1: %s; want the copy refused and every claim sealed to every notary",
			outcome(copied), claim, around, openings(claim.filed(), opened...))
	}
}

// malformed returns key with its first ML-KEM-768 coefficient set to
// 4095, at least q = 3329: the right length (1,216 bytes), but not an
// MLKEM768-X25519 public key (crypto/mlkem refuses it).
func malformed(key []byte) []byte {
	bad := bytes.Clone(key)
	bad[0] = 0xff
	bad[1] |= 0x0f
	return bad
}

// Attack 1b. One notary of three publishes a malformed key of the right
// length. The contract takes it, huzhu cannot seal any claim, and an
// envelope sealed to the other two notaries only is refused. Safe: the
// claim is sealed to every other notary (the unusable key's slot random
// bytes of the right size) and filed, and they can open it.
func TestAttackOneNotaryHaltsTermWithMalformedKey(t *testing.T) {
	f := joined(t, 12)
	member := f.c.Accounts[4]
	n := f.m.Notaries
	bad := malformed(f.notKeys[2].PublicKey())
	if _, err := disclosure.Seal([]byte("x"), [][]byte{bad}, "test"); err == nil {
		t.Fatal("setup: the malformed key is usable")
	}

	// 1. n2 publishes the malformed key.
	published := f.try(n[2], f.m.Board.PackSetNotaryKey(bad))
	// 2. A member claims 1,000 KBC with a valid credential.
	cred := f.credential(member.Key, eventID("evt-malformed-key"), f.yesterday(), "3000", "CNY")
	claim := f.tryClaim(member, cred, 1000, nil)
	// 3. If that failed: the member seals to n0 and n1 only, and files.
	var around claimResult
	if !claim.filed() {
		around = f.tryClaim(member, cred, 1000, func(d *claims.Draft) { d.Notaries = d.Notaries[:2] })
	}
	// 4. n0 and n1 open the claim filed, if any.
	var opened []error
	var unusable []common.Address
	if claim.filed() {
		for i := range 2 {
			rv, err := f.svc.Review(f.ctx, claim.id, f.notKeys[i:i+1])
			opened = append(opened, err)
			if err == nil {
				unusable = rv.Unusable
			}
		}
	}
	// 5. n2 cannot open it, whatever keys they keep.
	_, n2Opens := f.svc.Review(f.ctx, claim.id, f.notKeys[2:])

	// Outcome.
	if published != nil {
		t.Fatalf("setup: the malformed key was refused on chain (%v): the attack needs it published", published)
	}
	if len(unusable) != 1 || unusable[0] != n[2].From() || n2Opens == nil {
		t.Fatalf("the review names %v as unusable, want n2; n2's own review: %v", unusable, n2Opens)
	}
	if !claim.filed() || errors.Join(opened...) != nil {
		t.Fatalf("n2 (one notary of 3, below quorum 2) published a malformed key (1216 bytes, an ML-KEM coefficient of 4095 >= q 3329): %s; then a member's claim: %s; sealed to the other two notaries instead: %s; n0 and n1: %s; want the claim sealed to every other notary (the unusable key's slot random bytes) and filed",
			outcome(published), claim, around, openings(claim.filed(), opened...))
	}
}

// Attack 1c. A candidate stands with a copy of another candidate's key.
// Both are elected; from the first day of their term no claim can be
// sealed. Safe: standing with a key already published by another address
// is refused, and claims are sealed to the term's notaries.
func TestAttackCandidatePlantsCopiedKey(t *testing.T) {
	f := joined(t, 12) // members 4..7 joined 93 days ago
	member, c1, c2, attacker := f.c.Accounts[4], f.c.Accounts[5], f.c.Accounts[6], f.c.Accounts[7]
	k1, _ := disclosure.NewNotaryKey()
	k2, _ := disclosure.NewNotaryKey()

	// 1. c1 and c2 stand with their own keys.
	f.tx(c1, f.m.Board.PackStand(k1.PublicKey()))
	f.tx(c2, f.m.Board.PackStand(k2.PublicKey()))
	// 2. The attacker stands with a copy of c1's key.
	stood := f.try(attacker, f.m.Board.PackStand(k1.PublicKey()))
	// 3. The member, c1 and c2 back every candidate (the demo's 3
	//    ballots); at the close (97 days) anyone finalizes.
	cands := []common.Address{c1.From(), c2.From()}
	if stood == nil {
		cands = append(cands, attacker.From())
	}
	for _, v := range []*chain.KeySender{member, c1, c2} {
		vote, err := f.m.PackVote(f.ctx, v.From(), cands)
		if err != nil {
			t.Fatal(err)
		}
		f.tx(v, vote)
	}
	if err := f.c.Warp(5 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	f.tx(member, f.m.Board.PackFinalize())
	seated, err := simchain.Call(f.ctx, f.m, contracts.PartBoard, f.m.Board.PackNotariesOf(big.NewInt(1)), f.m.Board.UnpackNotariesOf)
	if err != nil {
		t.Fatal(err)
	}
	// 4. In term 1 the member claims 1,000 KBC with a valid credential.
	cred := f.credential(member.Key, eventID("evt-planted-key"), f.yesterday(), "3000", "CNY")
	claim := f.tryClaim(member, cred, 1000, nil)
	// 5. c1 opens the claim filed, if any.
	var opened error
	if claim.filed() {
		_, opened = f.svc.Review(f.ctx, claim.id, []*disclosure.NotaryKey{k1})
	}

	// Outcome.
	if len(seated) < 2 || seated[0] != c1.From() && seated[1] != c1.From() {
		t.Fatalf("setup: term 1 seated %v, want c1 among them", seated)
	}
	if stood == nil || !claim.filed() || opened != nil {
		t.Fatalf("the attacker stood with a copy of candidate c1's key: %s; term 1 seated %d notaries; then a member's claim: %s (c1: %s); want a key already published by another address refused, and claims sealed to every notary of the term",
			outcome(stood), len(seated), claim, strings.Replace(openings(claim.filed(), opened), "both", "c1", 1))
	}
}

// Attack 6. A hospital (iss https://hospital.example) rotates its key.
// (Event ids here are canonical: the separate attack of event id
// spellings is reproduced elsewhere.) On v1 the founder trusted the new
// key as `huzhu issuer trust --jwk NEW` did without --issuer: a key the
// registry did not know started a new identity, so a credential for the
// same medical event from the new key had another nullifier, and the
// event was paid twice: 3,000 + 3,000 KBC. Safe: a key for an iss already
// registered joins that identity or is refused; the event is paid once.
func TestAttackRotatedKeyNewIdentityPaysEventTwice(t *testing.T) {
	f := joined(t, 12) // the hospital's first key is trusted as identity thumb(first key), tied to its iss
	member, anyone := f.c.Accounts[4], f.c.Accounts[5]
	if err := f.m.Fund(f.ctx, f.m.Founder, 10_000); err != nil {
		t.Fatal(err)
	}
	f.tx(f.m.Founder, f.m.ABI.PackDonate(simchain.Tokens(10_000)))
	first := f.issuer
	firstIdentity := f.thumb()
	rotated, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	approveBy := func(id uint64, notaries ...int) (errs []error) {
		for _, i := range notaries {
			p, err := f.svc.Approve(f.ctx, id, f.m.Notaries[i].From(), f.notKeys[i:i+1], false)
			if err == nil {
				_, err = f.m.Notaries[i].Send(f.ctx, p.To, p.Data, p.Value)
			}
			errs = append(errs, err)
		}
		return errs
	}
	settle := func() {
		if err := f.c.Warp(3 * 24 * time.Hour); err != nil {
			t.Fatal(err)
		}
		if p, err := f.svc.Settle(f.ctx, anyone.From()); err == nil {
			f.send(anyone, p)
		}
	}
	before, _ := f.m.Balance(f.ctx, member.From())
	event := eventID("ZY-2027-0042") // the hospital's record ZY-2027-0042

	// 1. The hospital rotates its key (same iss); the founder trusts the
	//    new key as a new identity named by its own thumbprint.
	f.issuer = rotated
	newThumb := f.thumb()
	newIdentity := f.try(f.m.Founder, f.m.Registry.PackTrustKey(newThumb, newThumb, hospitalIss))
	// 2. Refused, the founder trusts it as a key of the hospital's identity.
	joinIdentity := f.try(f.m.Founder, f.m.Registry.PackTrustKey(firstIdentity, newThumb, hospitalIss))
	// 3. The member claims 3,000 KBC for event ZY-2027-0042 with the
	//    credential signed by the first key; n0 and n1 approve; after the
	//    notice anyone settles.
	f.issuer = first
	claim1 := f.tryClaim(member, f.credential(member.Key, event, f.yesterday(), "3000", "CNY"), 2000, nil)
	var votes1 []error
	if claim1.filed() {
		votes1 = approveBy(claim1.id, 0, 1)
	}
	settle()
	afterFirst, _ := f.m.Balance(f.ctx, member.From())
	// 4. The member claims 3,000 KBC for the same event with the
	//    credential the rotated key signs.
	f.issuer = rotated
	claim2 := f.tryClaim(member, f.credential(member.Key, event, f.yesterday(), "3000", "CNY"), 2000, nil)
	var votes2 []error
	if claim2.filed() {
		votes2 = approveBy(claim2.id, 0, 1)
	}
	settle()
	after, _ := f.m.Balance(f.ctx, member.From())

	// Outcome.
	first1 := new(big.Int).Sub(afterFirst, before)
	second := new(big.Int).Sub(after, afterFirst)
	if first1.Cmp(simchain.Tokens(2000)) != 0 {
		t.Fatalf("setup: the first claim paid %s (claim: %s, votes: %v), want 2000 KBC", first1, claim1, votes1)
	}
	if newIdentity == nil || joinIdentity != nil {
		t.Fatalf("a new identity for the hospital's registered iss: %s; joining its identity: %s; want the first refused, the second accepted", outcome(newIdentity), outcome(joinIdentity))
	}
	if second.Sign() != 0 || claim2.filed() {
		t.Fatalf("event %s (record ZY-2027-0042) of %s was paid %s + %s KBC (second claim: %s; approvals: %s); want it paid once",
			event, hospitalIss, kbcOf(first1), kbcOf(second), claim2, approvalsSaid(claim2.filed(), votes2))
	}
	if !strings.Contains(claim2.prepare.Error(), "already paid by claim") {
		t.Fatalf("the second claim was refused for another reason: %v", claim2.prepare)
	}
}

func approvalsSaid(filed bool, errs []error) string {
	if !filed {
		return "none, nothing filed"
	}
	if err := errors.Join(errs...); err != nil {
		return err.Error()
	}
	return "both sent"
}

func kbcOf(v *big.Int) string { return new(big.Int).Quo(v, simchain.Token).String() }

// Attack 8a. A notary rejects a claim whose member disclosed the
// diagnosis code, pasting it in the rejection note; on v1 the note rode in
// the calldata and the reason code (not-covered) stood in the ClaimVote
// event: anyone read both from chain data alone. Safe: a note holding a
// disclosed value is refused before sending; the reason and note are
// sealed; publicly a claim is only approved, rejected or expired.
func TestAttackRejectionNotePutsHealthOnChain(t *testing.T) {
	f := joined(t, 12)
	member := f.c.Accounts[4]
	const note = "C50.9 breast cancer"

	// 1. The member files a claim for 1,000 KBC and discloses the
	//    diagnosis code (C50.9) besides the required facts.
	cred := f.issueFacts(member.Key, 365*24*time.Hour, map[string]any{
		"event_id": eventID("evt-onchain-note"), "diagnosis_code": "C50.9", "diagnosis_category": "cancer",
		"diagnosis_date": f.yesterday().UTC().Format("2006-01-02"),
	})
	d, err := f.svc.Prepare(f.ctx, claims.Request{Key: member.Key, Credential: cred, CredentialID: "c", Amount: simchain.Tokens(1000), Disclose: []string{"diagnosis_code"}})
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := d.Seal(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids := f.send(member, sealed.Plan)
	// 2. n0 rejects it with reason not-covered and the note; refused, n0
	//    rejects with the reason and a note that says why, not what.
	_, leakErr := f.svc.Reject(f.ctx, ids[0], f.m.Notaries[0].From(), f.notKeys[:1], claims.ReasonNotCovered, note)
	plan, rejectErr := f.svc.Reject(f.ctx, ids[0], f.m.Notaries[0].From(), f.notKeys[:1], claims.ReasonNotCovered, "the category is outside what we cover")
	if rejectErr == nil {
		f.send(f.m.Notaries[0], plan)
	}
	// 3. An observer with nothing but the chain reads every transaction's
	//    input and every ClaimVote event.
	var inTx, reasons []string
	head, err := f.c.Client.BlockNumber(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for n := uint64(0); n <= head; n++ {
		b, err := f.c.Client.BlockByNumber(f.ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			for _, secret := range []string{note, "C50.9", "outside what we cover"} {
				if bytes.Contains(tx.Data(), []byte(secret)) {
					inTx = append(inTx, fmt.Sprintf("%q in tx %s (block %d)", secret, tx.Hash().Hex()[:10], n))
				}
			}
			r, err := f.c.Client.TransactionReceipt(f.ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range r.Logs {
				if v, err := f.m.Claims.UnpackClaimVoteEvent(l); err == nil && !v.Approve {
					if new(big.Int).SetBytes(v.Reason[:]).BitLen() <= 8 {
						reasons = append(reasons, fmt.Sprintf("%x", v.Reason))
					}
				}
			}
		}
	}
	// 4. The claimant reads the reason with their wallet key.
	key, err := f.svc.ContentKey(f.ctx, ids[0], member.Key, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := f.svc.Show(f.ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	f.svc.OpenReasons(f.ctx, c, key)

	// Outcome.
	if !errors.Is(leakErr, claims.ErrNote) {
		t.Fatalf("a note repeating the disclosed diagnosis code: %v, want refused", leakErr)
	}
	if rejectErr != nil {
		t.Fatal(rejectErr)
	}
	if len(inTx) > 0 || len(reasons) > 0 {
		t.Fatalf("anyone reads from chain data alone: %s; reason codes %s; want publicly only approved, rejected or expired", strings.Join(inTx, ", "), strings.Join(reasons, ", "))
	}
	if len(c.Votes) != 1 || !c.Votes[0].Opened || c.Votes[0].Reason != claims.ReasonNotCovered || c.Votes[0].Note != "the category is outside what we cover" {
		t.Fatalf("the claimant reads %+v", c.Votes)
	}
}
