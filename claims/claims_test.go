package claims_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/chain/simchain"
	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/session"
)

type fixture struct {
	t       *testing.T
	ctx     context.Context
	c       *simchain.Chain
	m       *simchain.Community
	svc     *claims.Service
	issuer  *ecdsa.PrivateKey
	notKeys []*disclosure.NotaryKey
}

func newFixture(t *testing.T) *fixture {
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
	svc, err := claims.New(ctx, c.Client, com)
	if err != nil {
		t.Fatal(err)
	}
	issuer, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	f := &fixture{t: t, ctx: ctx, c: c, m: m, svc: svc, issuer: issuer}
	for range m.Notaries {
		k, err := disclosure.NewNotaryKey()
		if err != nil {
			t.Fatal(err)
		}
		f.notKeys = append(f.notKeys, k)
	}
	return f
}

func (f *fixture) tx(s chain.Sender, data []byte) {
	f.t.Helper()
	if _, err := f.m.Tx(f.ctx, s, data); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) send(s chain.Sender, p session.Plan) []uint64 {
	f.t.Helper()
	r, err := s.Send(f.ctx, p.To, p.Data, p.Value)
	if err != nil {
		f.t.Fatal(err)
	}
	return f.svc.ClaimIDs(r)
}

func (f *fixture) thumb() [32]byte {
	j, _ := disclosure.PublicJWK(&f.issuer.PublicKey)
	t, _ := j.Thumbprint()
	return t
}

// credential issues a credential to holder for an event diagnosed at
// diagnosed, with a treatment cost in a currency.
func (f *fixture) credential(holder *ecdsa.PrivateKey, event string, diagnosed time.Time, cost, currency string) string {
	f.t.Helper()
	return f.issue(holder, event, diagnosed, cost, currency, 365*24*time.Hour)
}

// credentialValid issues a credential valid for validity from an hour ago.
func (f *fixture) credentialValid(holder *ecdsa.PrivateKey, event string, diagnosed time.Time, validity time.Duration) string {
	f.t.Helper()
	return f.issue(holder, event, diagnosed, "3000", "CNY", validity)
}

func (f *fixture) issue(holder *ecdsa.PrivateKey, event string, diagnosed time.Time, cost, currency string, validity time.Duration) string {
	f.t.Helper()
	return f.issueFacts(holder, validity, map[string]any{"event_id": event, "diagnosis_date": diagnosed.UTC().Format("2006-01-02"), "treatment_cost": cost, "currency": currency})
}

// issueFacts issues a credential with the usual facts, some replaced.
func (f *fixture) issueFacts(holder *ecdsa.PrivateKey, validity time.Duration, facts map[string]any) string {
	f.t.Helper()
	hj, _ := disclosure.PublicJWK(&holder.PublicKey)
	now, _ := f.c.Now(f.ctx)
	all := map[string]any{
		"given_name": "Mei", "family_name": "Zhang", "event_id": event("1"), "diagnosis_code": "I63.9",
		"diagnosis_category": "stroke", "diagnosis_date": now.Add(-24 * time.Hour).UTC().Format("2006-01-02"),
		"treatment_cost": "3000", "currency": "CNY", "hospital": "West China Hospital",
	}
	for k, v := range facts {
		all[k] = v
	}
	cred, err := disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{
		Issuer: "https://hospital.example", Holder: hj, IssuedAt: now.Add(-time.Hour), Validity: validity, Facts: all,
	}, disclosure.IssueOptions{})
	if err != nil {
		f.t.Fatal(err)
	}
	return cred.String()
}

// event is the canonical event id of a test's event named label: 16
// bytes, base64url, as huzhu issuers make them.
func event(label string) string {
	sum := sha256.Sum256([]byte(label))
	return base64.RawURLEncoding.EncodeToString(sum[:16])
}

// hospitalIss is the iss of the fixture's credentials, which its
// issuer's identity is tied to.
const hospitalIss = "https://hospital.example"

func isRefusal(err, sentinel error) bool {
	return errors.Is(err, sentinel) && session.KindOf(err) == session.KindRefused
}

// The whole lifecycle on the contracts: every rule refused before
// sealing, a claim sealed to every notary, queued for the notaries of its
// term, reviewed (all checks pass, only the disclosed facts), approved by
// two and paid; then the same event refused.
func TestClaimLifecycle(t *testing.T) {
	f := newFixture(t)
	ctx := f.ctx
	member, stranger := f.c.Accounts[4], f.c.Accounts[5]
	if err := f.m.Fund(ctx, member, 200); err != nil {
		t.Fatal(err)
	}
	if err := f.m.Fund(ctx, f.m.Founder, 1000); err != nil {
		t.Fatal(err)
	}
	f.tx(member, f.m.ABI.PackJoin(big.NewInt(12)))
	f.tx(f.m.Founder, f.m.ABI.PackDonate(simchain.Tokens(1000)))
	f.tx(f.m.Founder, f.m.Registry.PackTrustKey(f.thumb(), f.thumb(), hospitalIss))
	now, _ := f.c.Now(ctx)
	diagnosed := now.Add(92 * 24 * time.Hour)
	cred := f.credential(member.Key, event("7f3a9c"), diagnosed, "3000", "CNY")
	req := claims.Request{Key: member.Key, Credential: cred, CredentialID: "c1", Amount: simchain.Tokens(1000)}

	// In the waiting period: refused with the date claims open.
	_, err := f.svc.Prepare(ctx, req)
	if !isRefusal(err, claims.ErrNotEligible) || !strings.Contains(err.Error(), "waiting period ends") {
		t.Fatalf("before the waiting period: got %v, want a refusal naming when it ends", err)
	}
	if err := f.c.Warp(93 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}

	// Only two of three notaries have keys: the claim would be sealed to
	// them, the third's slot random bytes, naming them (v2: one notary
	// cannot halt the term by publishing nothing).
	f.tx(f.m.Notaries[0], f.m.Board.PackSetNotaryKey(f.notKeys[0].PublicKey()))
	f.tx(f.m.Notaries[1], f.m.Board.PackSetNotaryKey(f.notKeys[1].PublicKey()))
	d, err := f.svc.Prepare(ctx, req)
	if err != nil || len(d.Unusable) != 1 || d.Unusable[0] != f.m.Notaries[2].From() || len(d.Notaries) != 3 {
		t.Fatalf("a notary without a key: got %v, unusable %v", err, d)
	}
	f.tx(f.m.Notaries[2], f.m.Board.PackSetNotaryKey(f.notKeys[2].PublicKey()))

	// Amounts above the cost, above the cap; another currency; someone
	// else's credential.
	for _, tc := range []struct {
		name     string
		req      claims.Request
		sentinel error
		says     string
	}{
		{"above cost", claims.Request{Key: member.Key, Credential: cred, Amount: simchain.Tokens(3001)}, claims.ErrAmount, "above the treatment cost"},
		{"above cap", claims.Request{Key: member.Key, Credential: f.credential(member.Key, event("big"), diagnosed, "90000", "CNY"), Amount: simchain.Tokens(5001)}, claims.ErrAmount, "cap"},
		{"currency", claims.Request{Key: member.Key, Credential: f.credential(member.Key, event("usd"), diagnosed, "3000", "USD"), Amount: simchain.Tokens(10)}, claims.ErrAmount, "not in a currency this community reckons in"},
		{"not the holder", claims.Request{Key: stranger.Key, Credential: cred, Amount: simchain.Tokens(10)}, claims.ErrCredential, "bound to " + member.From().Hex()},
		{"expired", claims.Request{Key: member.Key, Credential: f.credentialValid(member.Key, event("old"), diagnosed, 30*time.Minute), Amount: simchain.Tokens(10)}, claims.ErrCredential, "has expired"},
	} {
		if _, err := f.svc.Prepare(ctx, tc.req); !isRefusal(err, tc.sentinel) || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%s: got %v, want a refusal saying %q", tc.name, err, tc.says)
		}
	}
	if _, err := f.svc.Prepare(ctx, claims.Request{Key: member.Key, Credential: cred, Amount: simchain.Tokens(10), Disclose: []string{"blood_type"}}); session.KindOf(err) != session.KindInvalid {
		t.Errorf("an unknown fact to disclose: got %v, want an invalid request", err)
	}

	d, err = f.svc.Prepare(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	var revealed []string
	for _, r := range d.Preview.Reveal {
		revealed = append(revealed, r.Name)
	}
	if strings.Join(revealed, ",") != strings.Join(disclosure.RequiredFacts, ",") || !slices.Contains(d.Preview.Hide, "given_name") ||
		len(d.Notaries) != 3 || d.Voters != 3 || len(d.Unusable) != 0 || !d.IssuerTrusted || d.Issuer != f.thumb() || d.Nullifier != disclosure.Nullifier(f.thumb(), event("7f3a9c")) {
		t.Fatalf("draft: reveal %v, hide %v, %d notaries, %d voters, trusted %v", revealed, d.Preview.Hide, len(d.Notaries), d.Voters, d.IssuerTrusted)
	}
	sealed, err := d.Seal(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(sealed.Envelope) != disclosure.EnvelopeSize(3) {
		t.Fatalf("envelope of %d bytes, want %d", len(sealed.Envelope), disclosure.EnvelopeSize(3))
	}
	ids := f.send(member, sealed.Plan)
	if len(ids) != 1 || ids[0] != 1 {
		t.Fatalf("submitted claim ids %v, want [1]", ids)
	}
	// One open claim at a time.
	if _, err := f.svc.Prepare(ctx, req); !isRefusal(err, claims.ErrOpenClaim) {
		t.Fatalf("a second claim while one is open: %v", err)
	}

	// The queue: the notaries of the term, not the member or a stranger.
	for i, n := range f.m.Notaries {
		q, err := f.svc.Queue(ctx, n.From())
		if err != nil {
			t.Fatal(err)
		}
		if len(q) != 1 || q[0].ID != 1 || q[0].Left <= 0 || q[0].Left > 7*24*time.Hour {
			t.Fatalf("notary %d's queue: %+v", i, q)
		}
	}
	if q, _ := f.svc.Queue(ctx, stranger.From()); len(q) != 0 {
		t.Fatalf("a stranger's queue: %+v", q)
	}

	// The review: every check passes; only the disclosed facts.
	rv, err := f.svc.Review(ctx, 1, []*disclosure.NotaryKey{f.notKeys[1], f.notKeys[0]})
	if err != nil {
		t.Fatal(err)
	}
	if !rv.Pass() || rv.Suggested != 0 || len(rv.Checks) != 16 {
		t.Fatalf("review: %+v", rv.Checks)
	}
	var seen []string
	for _, fct := range rv.Disclosed {
		seen = append(seen, fct.Name)
	}
	if strings.Join(seen, ",") != "event_id,diagnosis_category,diagnosis_date,treatment_cost,currency" {
		t.Fatalf("disclosed facts: %v", seen)
	}
	other, _ := disclosure.NewNotaryKey()
	if _, err := f.svc.Review(ctx, 1, []*disclosure.NotaryKey{other}); !isRefusal(err, claims.ErrEnvelope) {
		t.Fatalf("review with a key the claim is not sealed to: %v", err)
	}
	if _, err := f.svc.Review(ctx, 9, f.notKeys); session.KindOf(err) != session.KindInvalid || !errors.Is(err, claims.ErrUnknownClaim) {
		t.Fatalf("review of a claim that does not exist: %v", err)
	}

	// Votes: a stranger and the member refused; one notary once.
	if _, err := f.svc.Approve(ctx, 1, stranger.From(), f.notKeys, false); !isRefusal(err, claims.ErrNotNotary) {
		t.Fatalf("a stranger's approval: %v", err)
	}
	p, err := f.svc.Approve(ctx, 1, f.m.Notaries[0].From(), f.notKeys[:1], false)
	if err != nil {
		t.Fatal(err)
	}
	f.send(f.m.Notaries[0], p)
	if _, err := f.svc.Approve(ctx, 1, f.m.Notaries[0].From(), f.notKeys[:1], false); !isRefusal(err, claims.ErrNotOpen) {
		t.Fatalf("a second vote: %v", err)
	}
	if q, _ := f.svc.Queue(ctx, f.m.Notaries[0].From()); len(q) != 0 {
		t.Fatalf("the queue keeps a claim voted on: %+v", q)
	}
	before, _ := f.m.Balance(ctx, member.From())
	p, err = f.svc.Approve(ctx, 1, f.m.Notaries[2].From(), f.notKeys[2:], false)
	if err != nil {
		t.Fatal(err)
	}
	f.send(f.m.Notaries[2], p)
	// Approved: in public notice, nothing to settle until it ends.
	if c, err := f.svc.Show(ctx, 1); err != nil || c.Status != claims.StatusApproved || c.NoticeEndsAt.IsZero() || c.QueuePosition != 0 {
		t.Fatalf("show after quorum: %+v %v", c, err)
	}
	if _, err := f.svc.Settle(ctx, stranger.From()); !isRefusal(err, claims.ErrNothingToDo) || !strings.Contains(err.Error(), "public notice until") {
		t.Fatalf("settle during the notice: %v", err)
	}
	notice, err := f.svc.Notice(ctx, stranger.From())
	if err != nil || len(notice.Claims) != 1 || notice.Claims[0].ID != 1 || notice.Claims[0].Member != member.From() ||
		notice.Claims[0].MembershipAge() < 93*24*time.Hour || len(notice.Recalls) != 1 || notice.Recalls[0].Needed != 3 || !notice.Recalls[0].Open() {
		t.Fatalf("the public notice: %+v %v", notice, err)
	}
	if err := f.c.Warp(3 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	p, err = f.svc.Settle(ctx, stranger.From())
	if err != nil {
		t.Fatal(err)
	}
	f.send(stranger, p)
	after, _ := f.m.Balance(ctx, member.From())
	if got := new(big.Int).Sub(after, before); got.Cmp(simchain.Tokens(1000)) != 0 {
		t.Fatalf("the member received %s, want %s", got, simchain.Tokens(1000))
	}
	c, err := f.svc.Show(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if c.Status != claims.StatusPaid || len(c.Votes) != 2 || !c.Votes[0].Approve || c.Paid.Cmp(simchain.Tokens(1000)) != 0 || c.QueuePosition != -1 || c.Approvals != 2 {
		t.Fatalf("show: %+v", c)
	}
	list, err := f.svc.List(ctx, nil)
	if err != nil || len(list) != 1 || list[0].Status != claims.StatusPaid {
		t.Fatalf("list: %+v %v", list, err)
	}
	if _, err := f.svc.Settle(ctx, stranger.From()); !isRefusal(err, claims.ErrNothingToDo) {
		t.Fatalf("settle with an empty queue: %v", err)
	}

	// The same event again: refused before sealing.
	if _, err := f.svc.Prepare(ctx, req); !isRefusal(err, claims.ErrCredential) || !strings.Contains(err.Error(), "already paid by claim 1") {
		t.Fatalf("the same event again: %v", err)
	}
}

// A claim from an untrusted issuer is filed, fails the issuer check in
// review, and the notaries reject it with the reason the review suggests.
func TestUntrustedIssuerIsRejected(t *testing.T) {
	f := newFixture(t)
	ctx := f.ctx
	member := f.c.Accounts[4]
	if err := f.m.Fund(ctx, member, 200); err != nil {
		t.Fatal(err)
	}
	f.tx(member, f.m.ABI.PackJoin(big.NewInt(12)))
	for i, n := range f.m.Notaries {
		f.tx(n, f.m.Board.PackSetNotaryKey(f.notKeys[i].PublicKey()))
	}
	now, _ := f.c.Now(ctx)
	cred := f.credential(member.Key, event("untrusted"), now.Add(92*24*time.Hour), "3000", "KBC")
	if err := f.c.Warp(93 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	d, err := f.svc.Prepare(ctx, claims.Request{Key: member.Key, Credential: cred, Amount: simchain.Tokens(100), Disclose: []string{"hospital"}})
	if err != nil {
		t.Fatal(err)
	}
	if d.IssuerKnown || d.IssuerTrusted || d.Issuer != f.thumb() {
		t.Fatalf("an issuer the registry does not know: known %v trusted %v", d.IssuerKnown, d.IssuerTrusted)
	}
	sealed, err := d.Seal(ctx)
	if err != nil {
		t.Fatal(err)
	}
	f.send(member, sealed.Plan)
	rv, err := f.svc.Review(ctx, 1, f.notKeys[:1])
	if err != nil {
		t.Fatal(err)
	}
	failed := map[string]bool{}
	for _, c := range rv.Checks {
		if !c.Pass {
			failed[c.ID] = true
		}
	}
	if len(failed) != 2 || !failed[disclosure.CheckIssuerTrusted] || !failed[disclosure.CheckIssuerIdentity] || rv.Suggested != claims.ReasonUntrustedIssuer {
		t.Fatalf("failed checks %v, suggested %v", failed, rv.Suggested)
	}
	names := func(fs []disclosure.Fact) (out []string) {
		for _, f := range fs {
			out = append(out, f.Name)
		}
		return out
	}
	if got := names(rv.Disclosed); len(got) != 6 || !slices.Contains(got, "hospital") || slices.Contains(got, "given_name") {
		t.Fatalf("disclosed: %v, want the required facts and hospital only", got)
	}
	for i := range 2 {
		p, err := f.svc.Reject(ctx, 1, f.m.Notaries[i].From(), f.notKeys[i:i+1], rv.Suggested, "")
		if err != nil {
			t.Fatal(err)
		}
		f.send(f.m.Notaries[i], p)
	}
	c, err := f.svc.Show(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if c.Status != claims.StatusRejected || len(c.Votes) != 2 || c.Votes[1].Approve || c.Votes[1].Opened || c.Votes[1].Sealed == ([32]byte{}) {
		t.Fatalf("show after two rejections (reasons sealed): %+v", c)
	}
	// The claimant opens the reasons with their wallet key.
	key, err := f.svc.ContentKey(ctx, 1, member.Key, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.svc.OpenReasons(ctx, c, key)
	if !c.Votes[1].Opened || c.Votes[1].Reason != claims.ReasonUntrustedIssuer {
		t.Fatalf("the claimant's reasons: %+v", c.Votes)
	}
	if _, err := f.svc.Reject(ctx, 1, f.m.Notaries[2].From(), f.notKeys[2:], claims.ReasonOther, ""); !isRefusal(err, claims.ErrNotOpen) {
		t.Fatalf("a vote on a rejected claim: %v", err)
	}
}

func TestReasons(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want claims.Reason
	}{{"1", claims.ReasonEvidenceInvalid}, {"not-covered", claims.ReasonNotCovered}, {"Untrusted-Issuer", claims.ReasonUntrustedIssuer}, {"7", claims.ReasonOther}} {
		if got, err := claims.ParseReason(tc.in); err != nil || got != tc.want {
			t.Errorf("ParseReason(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"0", "8", "because", ""} {
		if _, err := claims.ParseReason(bad); session.KindOf(err) != session.KindInvalid || !strings.Contains(err.Error(), "4 untrusted-issuer") {
			t.Errorf("ParseReason(%q): %v", bad, err)
		}
	}
	if claims.Reason(42).Name() != "reason-42" {
		t.Error("an unknown code is not named by its number")
	}
}

// A claim nobody decides expires with its review window: it leaves the
// queue, anyone marks it expired, and the member may file again. A claim
// whose envelope is not huzhu's is named unreadable by the review.
func TestExpiryAndUnreadableEnvelope(t *testing.T) {
	f := newFixture(t)
	ctx := f.ctx
	member, stranger := f.c.Accounts[4], f.c.Accounts[5]
	if err := f.m.Fund(ctx, member, 200); err != nil {
		t.Fatal(err)
	}
	f.tx(member, f.m.ABI.PackJoin(big.NewInt(12)))
	for i, n := range f.m.Notaries {
		f.tx(n, f.m.Board.PackSetNotaryKey(f.notKeys[i].PublicKey()))
	}
	if err := f.c.Warp(93 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	// Filed by hand with a placeholder envelope of the right size.
	f.tx(member, f.m.Claims.PackSubmitClaim(simchain.Tokens(5), [32]byte{1}, simchain.SizedEnvelope(3), 0))
	if _, err := f.svc.Review(ctx, 1, f.notKeys); !isRefusal(err, claims.ErrEnvelope) || !strings.Contains(err.Error(), "does not open") {
		t.Fatalf("review of a claim that is not a huzhu envelope: %v", err)
	}
	if _, err := f.svc.Expire(ctx, 1); !isRefusal(err, claims.ErrNotOpen) || !strings.Contains(err.Error(), "under review until") {
		t.Fatalf("expire inside the window: %v", err)
	}
	if err := f.c.Warp(8 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if q, err := f.svc.Queue(ctx, f.m.Notaries[0].From()); err != nil || len(q) != 0 {
		t.Fatalf("the queue keeps a claim past its window: %+v %v", q, err)
	}
	if l, err := f.svc.List(ctx, nil); err != nil || len(l) != 1 || l[0].Status != claims.StatusExpired {
		t.Fatalf("list past the window: %+v %v", l, err)
	}
	if _, err := f.svc.Approve(ctx, 1, f.m.Notaries[0].From(), f.notKeys, false); !isRefusal(err, claims.ErrNotOpen) {
		t.Fatalf("an approval past the window: %v", err)
	}
	p, err := f.svc.Expire(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if ids := f.send(stranger, p); len(ids) != 1 || ids[0] != 1 {
		t.Fatalf("expire touched claims %v", ids)
	}
	now, _ := f.c.Now(ctx)
	cred := f.credential(member.Key, event("again"), now.Add(-24*time.Hour), "300", "CNY")
	if _, err := f.svc.Prepare(ctx, claims.Request{Key: member.Key, Credential: cred, Amount: simchain.Tokens(300)}); err != nil {
		t.Fatalf("a new claim after the open one expired: %v", err)
	}
}

func TestTermChangedIsRecognised(t *testing.T) {
	rev := &contracts.Revert{Name: "TermChanged", Value: &contracts.ClaimsTermChanged{SealedFor: 0, Current: 1}}
	if !claims.TermChanged(&community.Refusal{Reason: "x", Revert: rev}) {
		t.Error("a refusal carrying TermChanged is not recognised")
	}
	other := &contracts.Revert{Name: "WaitingPeriod", Value: &contracts.CommunityWaitingPeriod{}}
	if claims.TermChanged(&community.Refusal{Reason: "x", Revert: other}) || claims.TermChanged(errors.New("TermChanged")) {
		t.Error("another error is taken for TermChanged")
	}
}
