package disclosure_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/disclosure"
)

var (
	community = common.HexToAddress("0x00000000000000000000000000000000000000cc")
	tok       = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
)

func kbc(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), tok) }

// fixtureEvent is the fixture credential's event id, in its canonical
// form (16 random bytes, base64url), as huzhu issuers make it.
const fixtureEvent = "tESwU5st1SPuEU-rc5aiMg"

type claimFixture struct {
	issuer   *ecdsa.PrivateKey
	holder   *ecdsa.PrivateKey
	cred     *disclosure.SDJWT
	notaries []*disclosure.NotaryKey
	now      time.Time
	joined   time.Time
}

func newClaimFixture(t testing.TB) *claimFixture {
	f := &claimFixture{issuer: newIssuerKey(t), now: time.Date(2027, 5, 10, 12, 0, 0, 0, time.UTC)}
	f.joined = f.now.Add(-150 * 24 * time.Hour)
	f.holder, _ = crypto.GenerateKey()
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	var err error
	f.cred, err = disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{
		Issuer: "https://hospital.example", Holder: hj, IssuedAt: f.now.Add(-48 * time.Hour), Validity: 365 * 24 * time.Hour,
		Facts: map[string]any{
			"given_name": "Mei", "family_name": "Zhang", "national_id": "510100199001011234", "birthdate": "1990-01-01",
			"event_id": fixtureEvent, "diagnosis_code": "I63.9", "diagnosis_category": "stroke",
			"diagnosis_date": "2027-05-01", "hospital": "West China Hospital", "treatment_cost": "18000", "currency": "KBC",
			"physician": "Dr. Li", "notes": "ischemic stroke, left MCA", "procedures": []any{"thrombolysis", "CT"},
		},
	}, disclosure.IssueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		k, err := disclosure.NewNotaryKey()
		if err != nil {
			t.Fatal(err)
		}
		f.notaries = append(f.notaries, k)
	}
	return f
}

func (f *claimFixture) thumb() [32]byte {
	j, _ := disclosure.PublicJWK(&f.issuer.PublicKey)
	t, _ := j.Thumbprint()
	return t
}

func (f *claimFixture) context(t testing.TB, amount *big.Int) disclosure.ClaimContext {
	c, err := disclosure.NewClaimContext(1337, community, crypto.PubkeyToAddress(f.holder.PublicKey), amount, disclosure.Nullifier(f.thumb(), fixtureEvent))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (f *claimFixture) publicKeys() [][]byte {
	var out [][]byte
	for _, n := range f.notaries {
		out = append(out, n.PublicKey())
	}
	return out
}

func (f *claimFixture) seal(t testing.TB, extra []string, amount *big.Int) ([]byte, disclosure.ClaimContext) {
	return f.sealAt(t, extra, amount, f.now)
}

// sealAt seals a claim whose key binding is signed at kbAt.
func (f *claimFixture) sealAt(t testing.TB, extra []string, amount *big.Int, kbAt time.Time) ([]byte, disclosure.ClaimContext) {
	ctx := f.context(t, amount)
	pres, _, err := disclosure.ClaimPolicy(contractsCategories, "KBC").Present(f.cred, f.holder, ctx, extra, kbAt)
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := disclosure.ClaimPayload{Version: 1, Claim: ctx, Presentation: pres.String()}.Marshal()
	env, err := disclosure.Seal(payload, f.publicKeys(), ctx.Audience())
	if err != nil {
		t.Fatal(err)
	}
	return env, ctx
}

var contractsCategories = []string{"cancer", "stroke", "myocardial-infarction", "organ-transplant", "major-burns"}

func TestPreviewRevealsOnlyWhatThePolicyNeeds(t *testing.T) {
	f := newClaimFixture(t)
	p := disclosure.ClaimPolicy(contractsCategories, "KBC")
	pv, err := p.Preview(f.cred, nil)
	if err != nil {
		t.Fatal(err)
	}
	var revealed []string
	for _, r := range pv.Reveal {
		revealed = append(revealed, r.Name)
	}
	if strings.Join(revealed, ",") != "event_id,diagnosis_category,diagnosis_date,treatment_cost,currency" {
		t.Fatalf("reveal: %v", revealed)
	}
	if strings.Join(pv.Hide, ",") != "birthdate,diagnosis_code,family_name,given_name,hospital,national_id,notes,physician,procedures" {
		t.Fatalf("hide: %v", pv.Hide)
	}
	// An explicit extra fact moves from hidden to revealed.
	pv, _ = p.Preview(f.cred, []string{"hospital"})
	if len(pv.Reveal) != 6 || pv.Reveal[5].Name != "hospital" || strings.Contains(strings.Join(pv.Hide, ","), "hospital") {
		t.Fatalf("with hospital: %+v", pv)
	}
	if _, err := p.Preview(f.cred, []string{"blood_type"}); err == nil {
		t.Fatal("an unknown extra fact was accepted")
	}
	// The presentation carries exactly the previewed disclosures.
	ctx := f.context(t, kbc(100))
	pres, _, err := p.Present(f.cred, f.holder, ctx, []string{"procedures"}, f.now)
	if err != nil {
		t.Fatal(err)
	}
	ik := &f.issuer.PublicKey
	v, err := disclosure.VerifyString(pres.String(), disclosure.VerifyOptions{IssuerKey: ik, Now: f.now, VC: true, KeyBinding: true, Audience: ctx.Audience(), Nonce: ctx.Nonce()})
	if err != nil {
		t.Fatal(err)
	}
	for _, hidden := range []string{"given_name", "national_id", "notes", "diagnosis_code", "hospital"} {
		if _, ok := v.Claims[hidden]; ok {
			t.Fatalf("%s was revealed", hidden)
		}
	}
	if len(v.Claims["procedures"].([]any)) != 2 {
		t.Fatalf("procedures: %v", v.Claims["procedures"])
	}
}

func TestPresentRefusesACredentialWithoutRequiredFacts(t *testing.T) {
	f := newClaimFixture(t)
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	thin, _ := disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{Issuer: "https://h.example", Holder: hj, IssuedAt: f.now, Validity: time.Hour,
		Facts: map[string]any{"event_id": fixtureEvent, "diagnosis_category": "stroke"}}, disclosure.IssueOptions{})
	_, pv, err := disclosure.ClaimPolicy(contractsCategories, "KBC").Present(thin, f.holder, f.context(t, kbc(1)), nil, f.now)
	if err == nil || len(pv.Missing) != 3 || !strings.Contains(err.Error(), "diagnosis_date") {
		t.Fatalf("got %v, missing %v", err, pv.Missing)
	}
}

func TestEnvelopeOpensOnlyForTheTermsNotaries(t *testing.T) {
	f := newClaimFixture(t)
	env, ctx := f.seal(t, nil, kbc(5000))
	if len(env) != disclosure.EnvelopeSize(5) || disclosure.EnvelopeSize(5) != 14284 {
		t.Fatalf("an envelope for 5 notaries is %d bytes, want %d (8,264 = 12 header + 8,252 trailer, plus 5 x 1,204)", len(env), disclosure.EnvelopeSize(5))
	}
	for i, n := range f.notaries {
		pt, err := n.Open(env, ctx.Audience())
		if err != nil {
			t.Fatalf("notary %d: %v", i, err)
		}
		p, err := disclosure.UnmarshalClaimPayload(pt)
		if err != nil || p.Claim != ctx {
			t.Fatalf("notary %d payload: %v", i, err)
		}
	}
	outsider, _ := disclosure.NewNotaryKey()
	if _, err := outsider.Open(env, ctx.Audience()); !errors.Is(err, disclosure.ErrNotRecipient) {
		t.Fatalf("outsider: got %v", err)
	}
	// Another community's context: the key wraps do not open.
	if _, err := f.notaries[0].Open(env, disclosure.Audience(1337, common.HexToAddress("0x01"))); !errors.Is(err, disclosure.ErrEnvelopeOpen) {
		t.Fatalf("wrong context: got %v", err)
	}
	// Any modified byte: refused, and never a panic.
	for _, at := range []int{5, 11, 12, 40, 200, len(env) / 2, len(env) - 1} {
		bad := bytes.Clone(env)
		bad[at] ^= 0x01
		if _, err := f.notaries[1].Open(bad, ctx.Audience()); err == nil {
			t.Fatalf("a flipped byte at %d still opened", at)
		}
	}
	if _, err := f.notaries[1].Open(env[:len(env)-1], ctx.Audience()); err == nil {
		t.Fatal("a truncated envelope opened")
	}
	// The ciphertext holds none of the facts.
	for _, fact := range []string{"stroke", fixtureEvent, "18000", "2027-05-01", "Mei", "510100199001011234", "West China", "ischemic", "diagnosis"} {
		if bytes.Contains(env, []byte(fact)) {
			t.Fatalf("the envelope shows %q in the clear", fact)
		}
	}
	// A notary key survives its seed (as kept in the wallet).
	seed, _ := f.notaries[2].Seed()
	again, err := disclosure.NotaryKeyFromSeed(seed)
	if err != nil || !bytes.Equal(again.PublicKey(), f.notaries[2].PublicKey()) {
		t.Fatalf("key from seed: %v", err)
	}
	if _, err := again.Open(env, ctx.Audience()); err != nil {
		t.Fatal(err)
	}
	if len(f.notaries[0].PublicKey()) != 1216 {
		t.Fatalf("X-Wing public key of %d bytes", len(f.notaries[0].PublicKey()))
	}
}

func (f *claimFixture) review(t testing.TB, env []byte, onChain disclosure.OnChainClaim, trusted bool) map[string]disclosure.Check {
	return f.reviewWith(t, env, onChain, trusted, disclosure.ClaimPolicy(contractsCategories, "KBC"))
}

func (f *claimFixture) reviewWith(t testing.TB, env []byte, onChain disclosure.OnChainClaim, trusted bool, policy disclosure.Policy) map[string]disclosure.Check {
	return f.reviewFull(t, env, onChain, trusted, policy, 0)
}

func (f *claimFixture) reviewPaid(t testing.TB, env []byte, onChain disclosure.OnChainClaim, paidBy uint64) map[string]disclosure.Check {
	return f.reviewFull(t, env, onChain, true, disclosure.ClaimPolicy(contractsCategories, "KBC"), paidBy)
}

func (f *claimFixture) reviewFull(t testing.TB, env []byte, onChain disclosure.OnChainClaim, trusted bool, policy disclosure.Policy, paidBy uint64) map[string]disclosure.Check {
	pt, err := f.notaries[0].Open(env, disclosure.Audience(onChain.ChainID, onChain.Community))
	if err != nil {
		t.Fatal(err)
	}
	p, err := disclosure.UnmarshalClaimPayload(pt)
	if err != nil {
		t.Fatal(err)
	}
	checks := disclosure.Review(disclosure.ReviewInput{
		Payload: p, Claim: onChain, Policy: policy,
		Waiting: 90 * 24 * time.Hour, MaxPayout: kbc(5000), Decimals: 18,
		Issuer: func(th [32]byte) ([32]byte, bool) {
			if trusted && th == f.thumb() {
				return f.thumb(), true // the identity of a first key is its thumbprint
			}
			return [32]byte{}, false
		},
		PaidBy: paidBy,
	})
	if len(checks) != 14 {
		t.Fatalf("got %d checks, want 14", len(checks))
	}
	out := map[string]disclosure.Check{}
	for _, c := range checks {
		out[c.ID] = c
	}
	return out
}

func (f *claimFixture) onChain(amount *big.Int) disclosure.OnChainClaim {
	return disclosure.OnChainClaim{
		ChainID: 1337, Community: community, Member: crypto.PubkeyToAddress(f.holder.PublicKey), Amount: amount,
		Nullifier: disclosure.Nullifier(f.thumb(), fixtureEvent), SubmittedAt: f.now,
		JoinedAt: f.joined, CoveredUntil: f.now.Add(60 * 24 * time.Hour),
	}
}

func TestReviewChecklist(t *testing.T) {
	f := newClaimFixture(t)
	env, _ := f.seal(t, nil, kbc(5000))
	checks := f.review(t, env, f.onChain(kbc(5000)), true)
	for id, c := range checks {
		if !c.Pass {
			t.Errorf("%s failed on a good claim: %s", id, c.Reason)
		}
	}

	// Each failure shows on its own line.
	failOnly := func(name string, checks map[string]disclosure.Check, ids ...string) {
		t.Helper()
		for id, c := range checks {
			want := true
			for _, x := range ids {
				if x == id {
					want = false
				}
			}
			if c.Pass != want {
				t.Errorf("%s: check %s pass=%v (%s), want %v", name, id, c.Pass, c.Reason, want)
			}
		}
	}
	failOnly("untrusted issuer", f.review(t, env, f.onChain(kbc(5000)), false), disclosure.CheckIssuerTrusted)

	other, _ := crypto.GenerateKey()
	oc := f.onChain(kbc(5000))
	oc.Member = crypto.PubkeyToAddress(other.PublicKey)
	failOnly("another claimant", f.review(t, env, oc, true), disclosure.CheckHolderBinding, disclosure.CheckKeyBinding, disclosure.CheckClaimContext)

	oc = f.onChain(kbc(5000))
	oc.JoinedAt = f.now.Add(-30 * 24 * time.Hour) // diagnosed inside the waiting period
	failOnly("waiting period", f.review(t, env, oc, true), disclosure.CheckDiagnosisDate)

	oc = f.onChain(kbc(5000))
	oc.SubmittedAt = f.now.Add(400 * 24 * time.Hour)
	oc.CoveredUntil = oc.SubmittedAt
	late, _ := f.sealAt(t, nil, kbc(5000), oc.SubmittedAt)
	failOnly("expired", f.review(t, late, oc, true), disclosure.CheckNotExpired)

	oc = f.onChain(kbc(5000))
	oc.Nullifier = disclosure.Nullifier(f.thumb(), "another-event")
	failOnly("nullifier", f.review(t, env, oc, true), disclosure.CheckNullifier, disclosure.CheckKeyBinding, disclosure.CheckClaimContext)

	oc = f.onChain(kbc(5000))
	oc.Community = common.HexToAddress("0x00000000000000000000000000000000000000dd")
	// Sealed for community cc: a notary of dd cannot even open it.
	if _, err := f.notaries[0].Open(env, disclosure.Audience(1337, oc.Community)); err == nil {
		t.Fatal("an envelope for one community opened for another")
	}

	// A cost in a currency the community does not count one to one.
	failOnly("currency", f.reviewWith(t, env, f.onChain(kbc(5000)), true, disclosure.ClaimPolicy(contractsCategories, "CNY")), disclosure.CheckAmount)

	big6000 := kbc(6000)
	env2, _ := f.seal(t, nil, big6000)
	failOnly("amount over the cap", f.review(t, env2, f.onChain(big6000), true), disclosure.CheckAmount)

	// A category the community does not cover.
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	cold, _ := disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{Issuer: "https://h.example", Holder: hj, IssuedAt: f.now.Add(-time.Hour), Validity: 24 * time.Hour,
		Facts: map[string]any{"event_id": fixtureEvent, "diagnosis_category": "common-cold", "diagnosis_date": "2027-05-01", "treatment_cost": "50", "currency": "KBC"}}, disclosure.IssueOptions{})
	f.cred = cold
	env3, _ := f.seal(t, nil, kbc(50))
	failOnly("category", f.review(t, env3, f.onChain(kbc(50)), true), disclosure.CheckCategory)
}
