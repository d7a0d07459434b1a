package disclosure_test

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/disclosure"
)

// Spellings of one medical event that are not its canonical id. Before
// v2 each gave its own nullifier, so the event was paid once per spelling
// (issue 14: "ZY-2027-0042" and "ZY-2027-0042 " were both paid).
var eventSpellings = []struct{ name, id string }{
	{"as the hospital writes it", "ZY-2027-0042"},
	{"with a trailing space", "ZY-2027-0042 "},
	{"in lower case", "zy-2027-0042"},
	{"in Unicode NFC", "Z\u00e9-2027-0042"},
	{"in Unicode NFD", "Ze\u0301-2027-0042"},
	{"in full-width digits", "ZY-\uff12\uff10\uff12\uff17-0042"},
	{"a canonical id with a trailing space", fixtureEvent + " "},
	{"a canonical id cut by a newline", fixtureEvent[:11] + "\n" + fixtureEvent[11:]},
	{"a canonical id with padding", fixtureEvent + "=="},
	// The last character of 22 carries 4 bits past the 128: a decoder
	// that ignores them reads this as the fixture's own 16 bytes.
	{"a canonical id with non-zero trailing bits", fixtureEvent[:21] + "h"},
	{"a canonical id in standard base64", strings.NewReplacer("-", "+", "_", "/").Replace(fixtureEvent)},
}

// Across spellings (issue 14): the same event under two spellings got two
// nullifiers and both were paid. Only the canonical form is issued, and a
// claim whose event id is any other spelling fails its review line
// "event id canonical" (the nullifier line alone would pass: it matches
// the spelling the claim was filed under).
func TestTrailingSpaceEventIDPaysTwice(t *testing.T) {
	f := newClaimFixture(t)
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	facts := disclosure.Facts(f.cred)
	for _, sp := range eventSpellings {
		facts["event_id"] = sp.id
		err := disclosure.CheckMedicalFacts(facts, []string{"KBC"})
		if !errors.Is(err, disclosure.ErrBadFact) || !errors.Is(err, disclosure.ErrEventID) || !strings.Contains(err.Error(), "not in the canonical form") {
			t.Errorf("%s: issuing got %v, want a bad fact saying the id is not in the canonical form", sp.name, err)
		}
		cred, err := disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{Issuer: "https://hospital.example", Holder: hj,
			IssuedAt: f.now.Add(-time.Hour), Validity: 24 * time.Hour, Facts: facts}, disclosure.IssueOptions{}) // as another issuer's software would
		if err != nil {
			t.Fatal(err)
		}
		checks := reviewEvent(t, f, cred, sp.id)
		if c, ok := checks[disclosure.CheckEventID]; !ok || c.Pass {
			t.Errorf("%s: the review's event id line is %+v, want a failure", sp.name, c)
		}
		if !checks[disclosure.CheckNullifier].Pass {
			t.Errorf("%s: the nullifier line fails; it should match the spelling filed", sp.name)
		}
	}
}

// Guessable ids reveal the hospital (issue 14): with ids such as evt-1042
// or ZY-20270501-0042, anyone recomputes a claim's public nullifier from
// the public issuer identities and learns which hospital it is about.
// Such ids are refused at issue.
func TestGuessableEventIDRevealsTheHospital(t *testing.T) {
	var hospitals [3][32]byte
	for i := range hospitals {
		rand.Read(hospitals[i][:])
	}
	formats := []string{"evt-%d", "ZY-20270501-%04d"}
	guess := func(nullifier [32]byte) (int, bool) {
		for h, id := range hospitals {
			for _, format := range formats {
				for i := range 10000 {
					if disclosure.Nullifier(id, fmt.Sprintf(format, i)) == nullifier {
						return h, true
					}
				}
			}
		}
		return 0, false
	}
	for _, id := range []string{"evt-1042", "ZY-20270501-0042"} {
		if h, ok := guess(disclosure.Nullifier(hospitals[1], id)); !ok || h != 1 {
			t.Fatalf("%s: the attack does not find the hospital; the test is broken", id)
		}
		facts := map[string]any{"event_id": id, "diagnosis_category": "cancer"}
		if err := disclosure.CheckMedicalFacts(facts, nil); !errors.Is(err, disclosure.ErrBadFact) {
			t.Errorf("%s is accepted at issue, and its public nullifier names the hospital in at most %d guesses", id, len(hospitals)*len(formats)*10000)
		}
	}
}

// reviewEvent reviews a claim of cred (issued by the fixture's issuer,
// trusted) filed under the nullifier of event id.
func reviewEvent(t *testing.T, f *claimFixture, cred *disclosure.SDJWT, id string) map[string]disclosure.Check {
	t.Helper()
	n := disclosure.Nullifier(f.thumb(), id)
	ctx, _ := disclosure.NewClaimContext(1337, community, crypto.PubkeyToAddress(f.holder.PublicKey), kbc(50), n)
	pres, _, err := disclosure.ClaimPolicy(contractsCategories, "KBC").Present(cred, f.holder, ctx, nil, f.now)
	if err != nil {
		t.Fatal(err)
	}
	oc := f.onChain(kbc(50))
	oc.Nullifier = n
	out := map[string]disclosure.Check{}
	for _, c := range disclosure.Review(disclosure.ReviewInput{
		Payload: &disclosure.ClaimPayload{Version: 1, Claim: ctx, Presentation: pres.String()}, Claim: oc,
		Policy: disclosure.ClaimPolicy(contractsCategories, "KBC"), Waiting: 90 * 24 * time.Hour, MaxPayout: kbc(5000), Decimals: 18,
		Issuer: func(th [32]byte) ([32]byte, bool) { return th, th == f.thumb() },
	}) {
		out[c.ID] = c
	}
	return out
}

// The ids huzhu issuers make are canonical and cannot be guessed: 128
// random bits, or the HMAC of a record reference under the issuer's
// secret, pinned here byte for byte (a change would give an event issued
// again a new id, payable again).
func TestEventIDsHuzhuMakesAreCanonicalAndUnguessable(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		id := disclosure.NewEventID()
		if len(id) != 22 || !disclosure.ValidEventID(id) || seen[id] {
			t.Fatalf("NewEventID gave %q: want 22 characters, canonical, never twice", id)
		}
		seen[id] = true
	}
	secret := make([]byte, disclosure.EventIDSecretSize)
	for i := range secret {
		secret[i] = byte(i + 1)
	}
	for ref, want := range map[string]string{"ZY-2027-0042": "ToSgBV6qd54Nzwh5YHk6LA", "扬州-0042": "IQ2DXUKPbIo2MHI6bWVjjg"} {
		if got, err := disclosure.RecordEventID(secret, ref); err != nil || got != want {
			t.Errorf("RecordEventID(1..32, %q) = %q, %v; want %q", ref, got, err, want)
		}
	}
	a, _ := disclosure.RecordEventID(secret, "ZY-2027-0042")
	other := disclosure.NewEventIDSecret()
	if b, _ := disclosure.RecordEventID(other, "ZY-2027-0042"); b == a || !disclosure.ValidEventID(b) {
		t.Fatalf("another issuer's secret gave %q for the same record (the first gave %q)", b, a)
	}
	if _, err := disclosure.RecordEventID(secret[:16], "ZY-2027-0042"); err == nil {
		t.Fatal("a 16-byte secret was taken")
	}
	for name, ref := range map[string]string{
		"empty": "", "too long": strings.Repeat("x", disclosure.MaxRecordRef+1), "not UTF-8": "ZY-\xff",
		"a space after": "ZY-2027-0042 ", "a space before": "\u3000ZY-2027-0042", "a newline inside": "ZY-2027\n0042",
		"a zero-width space": "ZY-2027\u200b-0042", "NFD": "Ze\u0301-2027-0042",
	} {
		if _, err := disclosure.RecordEventID(secret, ref); !errors.Is(err, disclosure.ErrRecordRef) {
			t.Errorf("a record reference %s: got %v, want ErrRecordRef", name, err)
		} else if ref != "" && strings.Contains(err.Error(), strings.TrimSpace(ref)) {
			t.Errorf("a record reference %s: the refusal %q repeats it", name, err)
		}
	}
	if _, err := disclosure.RecordEventID(secret, strings.Repeat("x", disclosure.MaxRecordRef)); err != nil {
		t.Errorf("a record reference of %d bytes: %v", disclosure.MaxRecordRef, err)
	}
}

// The length bounds: 16 to 48 bytes of any value are accepted once
// encoded, 15 and 49 are not.
func TestValidEventIDBounds(t *testing.T) {
	for n := 0; n <= 60; n++ {
		b := make([]byte, n)
		rand.Read(b)
		id := base64.RawURLEncoding.EncodeToString(b)
		if want := n >= disclosure.MinEventIDBytes && n <= disclosure.MaxEventIDBytes; disclosure.ValidEventID(id) != want {
			t.Errorf("%d bytes (%d characters): accepted %v, want %v", n, len(id), !want, want)
		}
	}
}

// FuzzEventID: every text accepted as an event id is the encoding of its
// own bytes, and no two accepted texts are the same bytes (nor is any
// spelling a lenient decoder reads alike: other trailing bits, padding,
// a CR or LF inside, standard base64).
func FuzzEventID(f *testing.F) {
	f.Add(fixtureEvent, fixtureEvent[:21]+"h")
	f.Add(fixtureEvent, fixtureEvent+"==")
	f.Add("ZY-2027-0042", "ZY-2027-0042 ")
	f.Add(disclosure.NewEventID(), fixtureEvent[:11]+"\n"+fixtureEvent[11:])
	f.Add(strings.Repeat("A", 64), strings.Repeat("A", 63)+"B")
	lenient := func(s string) ([]byte, bool) {
		b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
		return b, err == nil
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, s := range []string{a, b} {
			if !disclosure.ValidEventID(s) {
				continue
			}
			raw, ok := lenient(s)
			if !ok || len(raw) < disclosure.MinEventIDBytes || len(raw) > disclosure.MaxEventIDBytes || base64.RawURLEncoding.EncodeToString(raw) != s {
				t.Fatalf("%q is accepted but is not the encoding of 16 to 48 bytes", s)
			}
			last := s[len(s)-1]
			aliases := []string{s + "=", s + "==", s[:1] + "\n" + s[1:], s[:1] + "\r" + s[1:], strings.NewReplacer("-", "+", "_", "/").Replace(s)}
			for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" {
				if byte(c) != last {
					aliases = append(aliases, s[:len(s)-1]+string(c))
				}
			}
			for _, x := range aliases {
				if x == s || !disclosure.ValidEventID(x) {
					continue
				}
				if y, ok := lenient(x); ok && bytes.Equal(y, raw) {
					t.Fatalf("%q and %q are both accepted and are the same bytes", s, x)
				}
			}
		}
		if a != b && disclosure.ValidEventID(a) && disclosure.ValidEventID(b) {
			ra, _ := lenient(a)
			rb, _ := lenient(b)
			if bytes.Equal(ra, rb) {
				t.Fatalf("%q and %q are both accepted and are the same bytes", a, b)
			}
		}
	})
}
