package disclosure_test

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/disclosure"
)

// Envelopes of one community are all as long as each other for as many
// notaries: their length tells nothing of the category, the amounts or
// which optional facts a member disclosed.
func TestEnvelopeLengthDependsOnlyOnRecipients(t *testing.T) {
	f := newClaimFixture(t)
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	issue := func(facts map[string]any) *disclosure.SDJWT {
		cred, err := disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{
			Issuer: "https://hospital.example", Holder: hj, IssuedAt: f.now.Add(-time.Hour), Validity: 365 * 24 * time.Hour, Facts: facts,
		}, disclosure.IssueOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return cred
	}
	base := func(category, cost string) map[string]any {
		return map[string]any{"event_id": fixtureEvent, "diagnosis_category": category, "diagnosis_date": "2027-05-01", "treatment_cost": cost, "currency": "KBC"}
	}
	full := base("cancer", "412000.75")
	for k, v := range map[string]any{
		"given_name": "Mei", "family_name": "Zhang", "national_id": "510100199001011234", "birthdate": "1990-01-01",
		"phone_number": "+86 28 8542 2114", "address": map[string]any{"street_address": "37 Guoxue Alley", "locality": "Chengdu", "country": "CN"},
		"diagnosis_code": "C34.1", "hospital": "West China Hospital", "physician": "Dr. Li",
		"procedures": []any{"biopsy", "lobectomy", "chemotherapy", "radiotherapy", "PET-CT"},
		"notes":      strings.Repeat("adenocarcinoma of the upper lobe, stage IIB; ", 20),
	} {
		full[k] = v
	}
	allFacts := []string{"given_name", "family_name", "national_id", "birthdate", "phone_number", "address", "diagnosis_code", "hospital", "physician", "procedures", "notes"}
	// A Chinese credential with every fact: 16 procedures and a 5-field
	// address, and as much of the notes as IssueMedical lets fit.
	chinese := chineseFacts(strings.Repeat("肺", chineseNotesThatFit))
	cases := []struct {
		name   string
		facts  map[string]any
		extra  []string
		amount *big.Int
	}{
		{"stroke, required facts only", base("stroke", "18000"), nil, kbc(5000)},
		{"myocardial infarction, small claim", base("myocardial-infarction", "1.5"), nil, big.NewInt(1)},
		{"cancer, nothing optional disclosed", full, nil, kbc(4999)},
		{"cancer, every fact disclosed with long notes", full, allFacts, kbc(5000)},
		{"cancer, hospital and procedures", full, []string{"hospital", "procedures"}, kbc(120)},
		{"cancer in Chinese, every fact disclosed, the longest notes issued", chinese, allFacts, kbc(5000)},
		{"cancer in Chinese, nothing optional disclosed", chinese, nil, big.NewInt(1)},
	}
	for _, n := range []int{3, 5} {
		keys := f.publicKeys()[:n]
		for _, c := range cases {
			f.cred = issue(c.facts)
			ctx := f.context(t, c.amount)
			pres, _, err := disclosure.ClaimPolicy(contractsCategories, "KBC").Present(f.cred, f.holder, ctx, c.extra, f.now)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			payload, _ := disclosure.ClaimPayload{Version: 1, Claim: ctx, Presentation: pres.String()}.Marshal()
			env, err := disclosure.Seal(payload, keys, ctx.Audience())
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			t.Logf("%d notaries, %s: payload %d", n, c.name, len(payload))
			if len(env) != disclosure.EnvelopeSize(n) {
				t.Errorf("%d notaries, %s: envelope of %d bytes (payload %d), want %d", n, c.name, len(env), len(payload), disclosure.EnvelopeSize(n))
			}
			pt, err := f.notaries[n-1].Open(env, ctx.Audience())
			if err != nil || string(pt) != string(payload) {
				t.Fatalf("%s: opened to %d bytes (%v), want the %d-byte payload", c.name, len(pt), err, len(payload))
			}
		}
	}
	if disclosure.EnvelopeSize(3) != 11876 || disclosure.EnvelopeSize(5) != 14284 {
		t.Fatalf("EnvelopeSize(3), (5) = %d, %d; the format says 11,876 and 14,284", disclosure.EnvelopeSize(3), disclosure.EnvelopeSize(5))
	}

	// Evidence larger than the class is refused, never sealed longer.
	_, err := disclosure.Seal(make([]byte, disclosure.MaxPayload+1), f.publicKeys(), "ctx")
	if !errors.Is(err, disclosure.ErrPayloadTooLarge) || !strings.Contains(err.Error(), "disclose fewer") {
		t.Fatalf("an oversized payload: got %v, want ErrPayloadTooLarge saying what to do", err)
	}
	env, err := disclosure.Seal(make([]byte, disclosure.MaxPayload), f.publicKeys(), "ctx")
	if err != nil || len(env) != disclosure.EnvelopeSize(5) {
		t.Fatalf("a payload of exactly MaxPayload: %v, %d bytes", err, len(env))
	}
	if pt, err := f.notaries[0].Open(env, "ctx"); err != nil || len(pt) != disclosure.MaxPayload {
		t.Fatalf("open a full envelope: %v, %d bytes", err, len(pt))
	}

	// An envelope of the unpadded version 1 is refused, saying why.
	old := append([]byte(nil), env...)
	old[4] = 1
	if _, err := f.notaries[0].Open(old, "ctx"); !errors.Is(err, disclosure.ErrEnvelopeFormat) || !strings.Contains(err.Error(), "version 1") || !strings.Contains(err.Error(), "file the claim again") {
		t.Fatalf("a version 1 envelope: got %v", err)
	}
	// Each structural rule is refused under its own reason (so that no check
	// hides behind another).
	const rcptSize = 1204 // a recipient block, as the format says
	for _, c := range []struct {
		name string
		env  []byte
		want string
	}{
		{"one byte too long", append(bytes.Clone(env), 0), fmt.Sprintf("%d bytes; an envelope for 5 recipients has exactly %d", len(env)+1, len(env))},
		{"one byte too short", env[:len(env)-1], fmt.Sprintf("%d bytes; an envelope for 5 recipients has exactly %d", len(env)-1, len(env))},
		{"no recipients", edit(env, func(b []byte) { b[11] = 0 }), "0 recipients"},
		{"33 recipients", edit(env, func(b []byte) { b[11] = 33 }), "33 recipients"},
		{"32 recipients", edit(env, func(b []byte) { b[11] = 32 }), "an envelope for 32 recipients has exactly 46792"},
		{"an encapsulation length of 1,119", edit(env, func(b []byte) { binary.BigEndian.PutUint16(b[12+32:], 1119) }), "recipient 1: encapsulation of 1119 and wrapped key of 48 bytes, want 1120 and 48"},
		{"a wrapped key length of 49 in the last block", edit(env, func(b []byte) { binary.BigEndian.PutUint16(b[12+4*rcptSize+34+1120:], 49) }), "recipient 5: encapsulation of 1120 and wrapped key of 49 bytes, want 1120 and 48"},
		{"the last key id repeats the first", edit(env, func(b []byte) { copy(b[12+4*rcptSize:], b[12:12+32]) }), "recipient 5 repeats the key id of recipient 1"},
	} {
		_, err := disclosure.ParseEnvelope(c.env)
		if !errors.Is(err, disclosure.ErrEnvelopeFormat) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want ErrEnvelopeFormat saying %q", c.name, err, c.want)
		}
	}
}

func edit(b []byte, f func([]byte)) []byte {
	b = bytes.Clone(b)
	f(b)
	return b
}

// Every medical credential huzhu issues carries the same number of
// digests, at the top level, in nested objects and in arrays, whichever
// facts it holds.
func TestMedicalCredentialsHaveOneShape(t *testing.T) {
	f := newClaimFixture(t)
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	shapeOf := func(facts map[string]any) (top, nested, array int) {
		t.Helper()
		cred, err := disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{Issuer: "https://h.example", Holder: hj, IssuedAt: f.now, Validity: time.Hour, Facts: facts}, disclosure.IssueOptions{})
		if err != nil {
			t.Fatal(err)
		}
		p, err := disclosure.Payload(cred)
		if err != nil {
			t.Fatal(err)
		}
		top = len(p["_sd"].([]any))
		for _, d := range cred.Disclosures {
			switch v := d.Value.(type) {
			case map[string]any:
				nested = len(v["_sd"].([]any))
			case []any:
				array = len(v)
			}
		}
		return
	}
	few := map[string]any{"event_id": fixtureEvent, "diagnosis_category": "stroke", "address": map[string]any{"country": "CN"}, "procedures": []any{"CT"}}
	many := disclosure.Facts(f.cred)
	many["address"] = map[string]any{"street_address": "37 Guoxue Alley", "locality": "Chengdu", "region": "Sichuan", "postal_code": "610041", "country": "CN"}
	many["procedures"] = []any{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p"}
	many["phone_number"] = "+86 28 8542 2114"
	t1, n1, a1 := shapeOf(few)
	t2, n2, a2 := shapeOf(many)
	want := disclosure.MedicalShape
	if t1 != want.TopLevel || t2 != want.TopLevel || n1 != want.Nested || n2 != want.Nested || a1 != want.Array || a2 != want.Array {
		t.Fatalf("shapes (top, nested, array): few facts %d %d %d, many %d %d %d; want %d %d %d", t1, n1, a1, t2, n2, a2, want.TopLevel, want.Nested, want.Array)
	}
	// Decoy array elements are skipped by verifiers: the procedures read back whole.
	cred, _ := disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{Issuer: "https://h.example", Holder: hj, IssuedAt: f.now, Validity: time.Hour, Facts: many}, disclosure.IssueOptions{})
	v, err := cred.Verify(disclosure.VerifyOptions{IssuerKey: &f.issuer.PublicKey, Now: f.now, VC: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Claims["procedures"].([]any); len(got) != 16 || got[0] != "a" || got[15] != "p" {
		t.Fatalf("procedures read back as %v", got)
	}
	// More than the shape holds is refused, naming the fact.
	many["procedures"] = append(many["procedures"].([]any), "q")
	_, err = disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{Issuer: "https://h.example", Holder: hj, IssuedAt: f.now, Validity: time.Hour, Facts: many}, disclosure.IssueOptions{})
	if err == nil || !strings.Contains(err.Error(), "procedures has 17 entries") {
		t.Fatalf("17 procedures: got %v", err)
	}
}

// The nullifier names the issuer identity: the same event issued again
// under the hospital's rotated key has the same nullifier, so it cannot be
// paid twice; another hospital's event of the same id has another one.
func TestNullifierFollowsTheIssuerIdentity(t *testing.T) {
	f := newClaimFixture(t)
	first := f.thumb() // the identity's id: the thumbprint of its first key
	rotated := newIssuerKey(t)
	rj, _ := disclosure.PublicJWK(&rotated.PublicKey)
	rotatedThumb, _ := rj.Thumbprint()
	otherHospital := newIssuerKey(t)
	oj, _ := disclosure.PublicJWK(&otherHospital.PublicKey)
	otherThumb, _ := oj.Thumbprint()
	registry := map[[32]byte][32]byte{first: first, rotatedThumb: first, otherThumb: otherThumb}
	lookup := func(th [32]byte) ([32]byte, bool) { id, ok := registry[th]; return id, ok }

	review := func(key *ecdsa.PrivateKey, nullifier [32]byte) map[string]disclosure.Check {
		return reviewIssuedBy(t, f, key, nullifier, lookup)
	}
	paid := disclosure.Nullifier(first, fixtureEvent)
	if again := review(rotated, paid); !again[disclosure.CheckNullifier].Pass || !again[disclosure.CheckIssuerTrusted].Pass {
		t.Fatalf("the rotated key's claim on the paid event must carry the paid nullifier: %+v", again)
	}
	if fresh := review(rotated, disclosure.Nullifier(rotatedThumb, fixtureEvent)); fresh[disclosure.CheckNullifier].Pass {
		t.Fatal("a nullifier made from the rotated key's thumbprint passed: the event could be paid twice")
	}
	other := review(otherHospital, disclosure.Nullifier(otherThumb, fixtureEvent))
	if !other[disclosure.CheckNullifier].Pass || disclosure.Nullifier(otherThumb, fixtureEvent) == paid {
		t.Fatal("another hospital's event of the same id must have a nullifier of its own")
	}
	if !strings.Contains(review(rotated, paid)[disclosure.CheckIssuerTrusted].Reason, "belongs to issuer") {
		t.Fatal("the issuer-trusted line does not name the identity")
	}
}

// reviewIssuedBy reviews a claim on the fixture's event whose credential
// key signed, under an issuer registry lookup.
func reviewIssuedBy(t *testing.T, f *claimFixture, key *ecdsa.PrivateKey, nullifier [32]byte, lookup func([32]byte) ([32]byte, bool)) map[string]disclosure.Check {
	t.Helper()
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	cred, err := disclosure.IssueMedical(key, disclosure.MedicalCredential{Issuer: "https://hospital.example", Holder: hj, IssuedAt: f.now.Add(-time.Hour), Validity: 24 * time.Hour, Facts: disclosure.Facts(f.cred)}, disclosure.IssueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, _ := disclosure.NewClaimContext(1337, community, crypto.PubkeyToAddress(f.holder.PublicKey), kbc(5000), nullifier)
	pres, _, err := disclosure.ClaimPolicy(contractsCategories, "KBC").Present(cred, f.holder, ctx, nil, f.now)
	if err != nil {
		t.Fatal(err)
	}
	oc := f.onChain(kbc(5000))
	oc.Nullifier = nullifier
	out := map[string]disclosure.Check{}
	for _, c := range disclosure.Review(disclosure.ReviewInput{
		Payload: &disclosure.ClaimPayload{Version: 1, Claim: ctx, Presentation: pres.String()}, Claim: oc,
		Policy: disclosure.ClaimPolicy(contractsCategories, "KBC"), Waiting: 90 * 24 * time.Hour, MaxPayout: kbc(5000), Decimals: 18, Issuer: lookup,
	}) {
		out[c.ID] = c
	}
	return out
}

// A key the registry still binds to its hospital but no longer trusts (a
// revoked key): the nullifier is still the hospital identity's, so the
// nullifier line passes and only the trust line fails, saying the key is
// known but not trusted. An unknown key is its own identity.
func TestReviewOfADistrustedKeyKeepsItsIdentity(t *testing.T) {
	f := newClaimFixture(t)
	first := f.thumb()
	revoked := newIssuerKey(t)
	rj, _ := disclosure.PublicJWK(&revoked.PublicKey)
	revokedThumb, _ := rj.Thumbprint()
	registry := map[[32]byte][32]byte{first: first, revokedThumb: first}
	trusted := map[[32]byte]bool{first: true}
	lookup := func(th [32]byte) ([32]byte, bool) { return registry[th], trusted[th] }

	got := reviewIssuedBy(t, f, revoked, disclosure.Nullifier(first, fixtureEvent), lookup)
	for id, c := range got {
		if want := id != disclosure.CheckIssuerTrusted; c.Pass != want {
			t.Errorf("revoked key: %s pass=%v (%s), want %v", id, c.Pass, c.Reason, want)
		}
	}
	if r := got[disclosure.CheckIssuerTrusted].Reason; !strings.Contains(r, "belongs to issuer") || !strings.Contains(r, "not trusted") {
		t.Errorf("revoked key: the trust line says %q; it should name the identity and say the key is not trusted", r)
	}

	// A key the registry does not know: its thumbprint is its identity.
	stranger := newIssuerKey(t)
	sj, _ := disclosure.PublicJWK(&stranger.PublicKey)
	strangerThumb, _ := sj.Thumbprint()
	got = reviewIssuedBy(t, f, stranger, disclosure.Nullifier(strangerThumb, fixtureEvent), lookup)
	if !got[disclosure.CheckNullifier].Pass || got[disclosure.CheckIssuerTrusted].Pass || !strings.Contains(got[disclosure.CheckIssuerTrusted].Reason, "names no issuer") {
		t.Errorf("unknown key: nullifier %+v, trusted %+v", got[disclosure.CheckNullifier], got[disclosure.CheckIssuerTrusted])
	}
}

// chineseNotesThatFit is how many CJK characters of notes fit the
// credential of chineseFacts (measured: TestIssueRefusesACredentialTooLargeToFile).
const chineseNotesThatFit = 182

// chineseFacts is a realistic Chinese medical credential with every fact
// filled in, and the given notes.
func chineseFacts(notes string) map[string]any {
	return map[string]any{
		"given_name": "美玲", "family_name": "张", "national_id": "510107199001011234", "birthdate": "1990-01-01",
		"phone_number": "+86 28 8542 2114",
		"address": map[string]any{
			"street_address": "四川省成都市武侯区国学巷37号", "locality": "成都市", "region": "四川省", "postal_code": "610041", "country": "CN",
		},
		"event_id": "MV9KQVrj_GnABeinYh82qQ", "diagnosis_code": "C34.1", "diagnosis_category": "cancer", "diagnosis_date": "2027-05-01",
		"hospital": "四川大学华西医院", "treatment_cost": "412000.75", "currency": "KBC", "physician": "李建国 主任医师",
		"procedures": []any{
			"胸部增强CT检查", "支气管镜活检术", "正电子发射断层扫描", "肺功能检查", "胸腔镜右肺上叶切除术", "纵隔淋巴结清扫术",
			"术后病理检查", "基因检测（EGFR突变）", "第一周期辅助化疗", "第二周期辅助化疗", "第三周期辅助化疗", "第四周期辅助化疗",
			"胸部放射治疗", "靶向药物治疗", "术后康复训练", "复查胸部CT",
		},
		"notes": notes,
	}
}

// Every credential huzhu issues can be filed with every fact disclosed:
// IssueMedical refuses one whose full presentation (every disclosure, a
// key binding, the longest claim context) would not fit MaxPayload, saying
// why and what to shorten. At the limit, to the byte.
func TestIssueRefusesACredentialTooLargeToFile(t *testing.T) {
	f := newClaimFixture(t)
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	issue := func(facts map[string]any) (*disclosure.SDJWT, error) {
		return disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{
			Issuer: "https://hospital.example", Holder: hj, IssuedAt: f.now.Add(-time.Hour), Validity: 365 * 24 * time.Hour, Facts: facts,
		}, disclosure.IssueOptions{})
	}
	// 300 CJK characters of notes on a full Chinese credential: refused.
	_, err := issue(chineseFacts(strings.Repeat("肺", 300)))
	if !errors.Is(err, disclosure.ErrCredentialTooLarge) || !strings.Contains(err.Error(), "with every fact disclosed") || !strings.Contains(err.Error(), "shorten the notes or the procedures") {
		t.Fatalf("300 CJK characters of notes: got %v, want ErrCredentialTooLarge saying what to shorten", err)
	}
	// The longest notes that fit, and one character more.
	if _, err := issue(chineseFacts(strings.Repeat("肺", chineseNotesThatFit))); err != nil {
		t.Fatalf("%d CJK characters of notes: %v", chineseNotesThatFit, err)
	}
	if _, err := issue(chineseFacts(strings.Repeat("肺", chineseNotesThatFit+1))); !errors.Is(err, disclosure.ErrCredentialTooLarge) {
		t.Fatalf("%d CJK characters of notes: got %v, want ErrCredentialTooLarge", chineseNotesThatFit+1, err)
	}

	// At exactly MaxPayload it is issued, and a real claim disclosing every
	// fact fits and seals; a byte more is refused.
	var atLimit *disclosure.SDJWT
	for pad := 0; pad < 4 && atLimit == nil; pad++ {
		for n := 300; n < 1200; n++ {
			facts := chineseFacts("")
			facts["physician"] = "Dr. Li" + strings.Repeat(".", pad)
			facts["notes"] = strings.Repeat("x", n)
			cred, err := issue(facts)
			if err != nil {
				break
			}
			size, err := disclosure.FullPresentationSize(cred)
			if err != nil {
				t.Fatal(err)
			}
			if size == disclosure.MaxPayload {
				atLimit = cred
				facts["notes"] = strings.Repeat("x", n+1)
				if _, err := issue(facts); !errors.Is(err, disclosure.ErrCredentialTooLarge) {
					t.Fatalf("a byte past the limit: got %v", err)
				}
				break
			}
		}
	}
	if atLimit == nil {
		t.Fatal("found no credential whose full presentation is exactly MaxPayload")
	}
	all := []string{"given_name", "family_name", "national_id", "birthdate", "phone_number", "address", "diagnosis_code", "hospital", "physician", "procedures", "notes"}
	ctx := f.context(t, kbc(5000))
	pres, _, err := disclosure.ClaimPolicy(contractsCategories, "KBC").Present(atLimit, f.holder, ctx, all, f.now)
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := disclosure.ClaimPayload{Version: 1, Claim: ctx, Presentation: pres.String()}.Marshal()
	t.Logf("at the limit: a real claim with every fact is %d bytes of %d", len(payload), disclosure.MaxPayload)
	if len(payload) > disclosure.MaxPayload {
		t.Fatalf("a real claim of %d bytes exceeds the bound", len(payload))
	}
	if _, err := disclosure.Seal(payload, f.publicKeys(), ctx.Audience()); err != nil {
		t.Fatal(err)
	}
}
