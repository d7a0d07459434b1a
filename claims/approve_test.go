package claims_test

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/session"
)

// joined returns a fixture whose members (accounts 4 to 7) have joined
// for periods, whose notaries have published keys, with the fixture's
// issuer trusted, past the waiting period.
func joined(t *testing.T, periods int64) *fixture {
	f := newFixture(t)
	for _, m := range f.c.Accounts[4:8] {
		if err := f.m.Fund(f.ctx, m, 200); err != nil {
			t.Fatal(err)
		}
		f.tx(m, f.m.ABI.PackJoin(big.NewInt(periods)))
	}
	if err := f.m.Fund(f.ctx, f.m.Founder, 1000); err != nil {
		t.Fatal(err)
	}
	f.tx(f.m.Founder, f.m.ABI.PackDonate(simchain.Tokens(1000)))
	f.tx(f.m.Founder, f.m.Registry.PackTrustKey(f.thumb(), f.thumb(), hospitalIss))
	for i, n := range f.m.Notaries {
		f.tx(n, f.m.Board.PackSetNotaryKey(f.notKeys[i].PublicKey()))
	}
	if err := f.c.Warp(93 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	return f
}

// file prepares, seals and files a claim; edit may change the draft
// before it is sealed.
func (f *fixture) file(member *chain.KeySender, cred string, amount int64, edit func(*claims.Draft)) uint64 {
	f.t.Helper()
	d, err := f.svc.Prepare(f.ctx, claims.Request{Key: member.Key, Credential: cred, CredentialID: "c", Amount: simchain.Tokens(amount)})
	if err != nil {
		f.t.Fatal(err)
	}
	if edit != nil {
		edit(d)
	}
	sealed, err := d.Seal(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	ids := f.send(member, sealed.Plan)
	if len(ids) != 1 {
		f.t.Fatalf("filed claims %v", ids)
	}
	return ids[0]
}

// An approval runs the review: a failed check refuses it unless the
// notary overrides; an envelope the notary cannot open refuses it even
// then; an event already paid fails its own line; a rejection's note is
// public in its transaction and shown with the claim.
func TestApproveReviewsFirst(t *testing.T) {
	f := joined(t, 12)
	ctx := f.ctx
	a, b, c, d := f.c.Accounts[4], f.c.Accounts[5], f.c.Accounts[6], f.c.Accounts[7]
	yesterday := func() time.Time { now, _ := f.c.Now(ctx); return now.Add(-24 * time.Hour) }

	dupA := f.file(a, f.credential(a.Key, event("dup"), yesterday(), "3000", "CNY"), 1000, nil)
	dupB := f.file(b, f.credential(b.Key, event("dup"), yesterday(), "3000", "CNY"), 1000, nil)
	trusted := f.issuer
	f.issuer, _ = ecdsa.GenerateKey(elliptic.P256(), rand.Reader) // an issuer the registry does not know
	untrusted := f.file(c, f.credential(c.Key, event("c"), yesterday(), "3000", "CNY"), 100, nil)
	f.issuer = trusted
	garbage, _ := disclosure.NewNotaryKey()
	halfSealed := f.file(d, f.credential(d.Key, event("d"), yesterday(), "3000", "CNY"), 100, func(dr *claims.Draft) {
		dr.Notaries[2].Key = garbage.PublicKey() // notary 2's block opens for no key of theirs
	})

	// Untrusted issuer: refused, naming the check; the notary may override.
	n0 := f.m.Notaries[0]
	_, err := f.svc.Approve(ctx, untrusted, n0.From(), f.notKeys[:1], false)
	var cf *claims.ChecksFailedError
	if !isRefusal(err, claims.ErrChecksFailed) || !errors.As(err, &cf) || strings.Join(cf.Checks, ",") != disclosure.CheckIssuerTrusted+","+disclosure.CheckIssuerIdentity || !strings.Contains(err.Error(), "issuer-trusted") {
		t.Fatalf("approving an untrusted issuer's claim: got %v, want a refusal naming issuer-trusted", err)
	}
	p, err := f.svc.Approve(ctx, untrusted, n0.From(), f.notKeys[:1], true)
	if err != nil {
		t.Fatalf("approving despite the failed check: %v", err)
	}
	f.send(n0, p)
	if cl, _ := f.svc.Show(ctx, untrusted); cl.Approvals != 1 {
		t.Fatalf("the overriding approval was not counted: %+v", cl)
	}

	// Sealed with garbage for notary 2: they cannot approve, override or not.
	for _, despite := range []bool{false, true} {
		if _, err := f.svc.Approve(ctx, halfSealed, f.m.Notaries[2].From(), f.notKeys[2:], despite); !isRefusal(err, claims.ErrEnvelope) {
			t.Fatalf("notary 2 approving an envelope they cannot open (despite %v): got %v, want an envelope refusal", despite, err)
		}
	}
	if _, err := f.svc.Approve(ctx, halfSealed, n0.From(), f.notKeys[:1], false); err != nil {
		t.Fatalf("notary 0 can open and check the same claim: %v", err)
	}

	// The event paid by claim dupA: claim dupB fails not-paid-before.
	for _, i := range []int{0, 1} {
		p, err := f.svc.Approve(ctx, dupA, f.m.Notaries[i].From(), f.notKeys[i:i+1], false)
		if err != nil {
			t.Fatal(err)
		}
		f.send(f.m.Notaries[i], p)
	}
	rv, err := f.svc.Review(ctx, dupB, f.notKeys[:1])
	if err != nil {
		t.Fatal(err)
	}
	if got := rv.Failed(); strings.Join(got, ",") != disclosure.CheckNotPaid || rv.Suggested != claims.ReasonDuplicateEvent {
		t.Fatalf("review of an event already paid: failed %v, suggested %v", got, rv.Suggested)
	}
	for _, ch := range rv.Checks {
		if ch.ID == disclosure.CheckNotPaid && !strings.Contains(ch.Reason, "claim 1 ") {
			t.Fatalf("not-paid-before says %q, want it to name claim 1", ch.Reason)
		}
	}
	if rv, _ := f.svc.Review(ctx, dupA, f.notKeys[:1]); !rv.Pass() {
		t.Fatalf("the paid claim itself fails its review: %v", rv.Failed())
	}

	// A rejection with a note: sealed in the transaction (nothing of it
	// readable there), opened by the claimant and the term's notaries. A
	// note that repeats a disclosed fact is refused.
	if _, err := f.svc.Reject(ctx, dupB, n0.From(), f.notKeys[:1], claims.ReasonDuplicateEvent, "same event\x1b[2J"); session.KindOf(err) != session.KindInvalid || !errors.Is(err, claims.ErrNote) {
		t.Fatalf("a note with a control character: got %v, want invalid", err)
	}
	if _, err := f.svc.Reject(ctx, dupB, n0.From(), f.notKeys[:1], claims.ReasonDuplicateEvent, strings.Repeat("x", 281)); session.KindOf(err) != session.KindInvalid {
		t.Fatalf("a note of 281 bytes: got %v, want invalid", err)
	}
	for _, leak := range []string{"diagnosed with STROKE", "cost 3000 — too much", "the event was on " + yesterday().UTC().Format("2006-01-02")} {
		if _, err := f.svc.Reject(ctx, dupB, n0.From(), f.notKeys[:1], claims.ReasonOther, leak); !errors.Is(err, claims.ErrNote) {
			t.Fatalf("a note repeating a disclosed fact (%q): got %v, want refused", leak, err)
		}
	}
	note := "same event as claim 1 — paid already"
	p, err = f.svc.Reject(ctx, dupB, n0.From(), f.notKeys[:1], claims.ReasonDuplicateEvent, note)
	if err != nil {
		t.Fatal(err)
	}
	r, err := n0.Send(ctx, p.To, p.Data, p.Value)
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := f.c.Client.TransactionByHash(ctx, r.TxHash)
	if err != nil || bytes.Contains(tx.Data(), []byte("same event")) || bytes.Contains(tx.Data(), []byte{byte(claims.ReasonDuplicateEvent), 0, byte(len(note))}) {
		t.Fatalf("the note or the code is readable in the transaction's input: %v", err)
	}
	cl, err := f.svc.Show(ctx, dupB)
	if err != nil {
		t.Fatal(err)
	}
	if len(cl.Votes) != 1 || cl.Votes[0].Opened || cl.Votes[0].Note != "" {
		t.Fatalf("show without a key opened the reason: %+v", cl.Votes)
	}
	for who, key := range map[string]func() ([]byte, error){
		"the claimant":      func() ([]byte, error) { return f.svc.ContentKey(ctx, dupB, b.Key, nil) },
		"another notary":    func() ([]byte, error) { return f.svc.ContentKey(ctx, dupB, nil, f.notKeys[1:2]) },
		"the rejecting one": func() ([]byte, error) { return f.svc.ContentKey(ctx, dupB, nil, f.notKeys[:1]) },
	} {
		k, err := key()
		if err != nil {
			t.Fatalf("%s: %v", who, err)
		}
		c, _ := f.svc.Show(ctx, dupB)
		f.svc.OpenReasons(ctx, c, k)
		if !c.Votes[0].Opened || c.Votes[0].Note != note || c.Votes[0].Reason != claims.ReasonDuplicateEvent {
			t.Fatalf("%s reads %+v", who, c.Votes)
		}
	}
	if _, err := f.svc.ContentKey(ctx, dupB, a.Key, nil); !errors.Is(err, claims.ErrEnvelope) {
		t.Fatalf("another member opened the claim's key: %v", err)
	}
}

// Prepare refuses, before anything is revealed, a claim the review is
// sure to fail; its sentences name no fact's value.
func TestPrepareRefusesWhatTheReviewFails(t *testing.T) {
	f := joined(t, 12)
	member := f.c.Accounts[4]
	now, _ := f.c.Now(f.ctx)
	day := func(d time.Duration) string { return now.Add(d).UTC().Format("2006-01-02") }
	for _, c := range []struct {
		name     string
		facts    map[string]any
		sentinel error
		says     string
		secret   string
	}{
		{"category not covered", map[string]any{"diagnosis_category": "common-cold"}, claims.ErrNotCovered, "not one this community covers", "common-cold"},
		{"date unreadable", map[string]any{"diagnosis_date": "1 May 2027"}, claims.ErrCredential, "not a YYYY-MM-DD date", "1 May 2027"},
		{"diagnosed in the waiting period", map[string]any{"diagnosis_date": day(-60 * 24 * time.Hour)}, claims.ErrNotCovered, "before your waiting period ended", day(-60 * 24 * time.Hour)},
		{"diagnosed tomorrow", map[string]any{"diagnosis_date": day(24 * time.Hour)}, claims.ErrCredential, "after today", day(24 * time.Hour)},
		{"event_id a number", map[string]any{"event_id": 4711}, claims.ErrCredential, "event_id is not a non-empty text", "4711"},
		{"event_id empty", map[string]any{"event_id": ""}, claims.ErrCredential, "event_id is not a non-empty text", "West China"},
		{"cost below the amount", map[string]any{"treatment_cost": "99.5"}, claims.ErrAmount, "above the treatment cost the credential shows", "99.5"},
		{"cost in dollars", map[string]any{"currency": "USD"}, claims.ErrAmount, "not in a currency", "USD"},
	} {
		cred := f.issueFacts(member.Key, 365*24*time.Hour, c.facts)
		_, err := f.svc.Prepare(f.ctx, claims.Request{Key: member.Key, Credential: cred, CredentialID: "c", Amount: simchain.Tokens(100)})
		if !isRefusal(err, c.sentinel) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: got %v, want a refusal saying %q", c.name, err, c.says)
			continue
		}
		if strings.Contains(err.Error(), c.secret) {
			t.Errorf("%s: the refusal %q shows the fact %q", c.name, err, c.secret)
		}
	}
	// Diagnosed today: accepted.
	if _, err := f.svc.Prepare(f.ctx, claims.Request{Key: member.Key, Credential: f.issueFacts(member.Key, 365*24*time.Hour, map[string]any{"diagnosis_date": day(0)}), Amount: simchain.Tokens(100)}); err != nil {
		t.Errorf("diagnosed today: %v", err)
	}
}

// The review reads the member's join date and coverage as they stood
// when the claim was filed: a re-join after it does not move them.
func TestReviewUsesMembershipAsFiled(t *testing.T) {
	f := joined(t, 4) // covered 120 days from joining; it is day 93
	member := f.c.Accounts[4]
	now, _ := f.c.Now(f.ctx)
	id := f.file(member, f.credential(member.Key, event("r"), now.Add(-24*time.Hour), "3000", "CNY"), 100, nil)
	if err := f.c.Warp(45 * 24 * time.Hour); err != nil { // past coverage and grace
		t.Fatal(err)
	}
	f.tx(member, f.m.ABI.PackJoin(big.NewInt(12))) // joins anew: joinedAt is now
	rv, err := f.svc.Review(f.ctx, id, f.notKeys[:1])
	if err != nil {
		t.Fatal(err)
	}
	if !rv.Pass() {
		t.Fatalf("a claim filed while covered fails after a re-join: %v", rv.Failed())
	}
}
