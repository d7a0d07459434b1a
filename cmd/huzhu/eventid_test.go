package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/huzhu-community/huzhu/disclosure"
)

// canonicalEventID is the one form of an event id huzhu issues: 16
// bytes, base64url without padding.
var canonicalEventID = regexp.MustCompile(`^[A-Za-z0-9_-]{21}[AQgw]$`)

// eventOf reads the event id of a credential file.
func eventOf(t *testing.T, credFile string) string {
	t.Helper()
	b, err := os.ReadFile(credFile)
	if err != nil {
		t.Fatal(err)
	}
	cred, err := disclosure.Parse(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := disclosure.Facts(cred)["event_id"].(string)
	return id
}

// Guessable ids reveal the hospital, and spellings pay twice (issue 14):
// issuer issue refuses an event id that is not in the canonical form,
// saying how to get one, without repeating the id.
func TestIssuerIssueRefusesGuessableEventID(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "issuer passphrase")
	newAccount(t, dir, "mei", pw)
	mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "West China Hospital", "--password-file", pw, "--insecure-light-kdf"))
	req := writeFile(t, "req.json", mustOK(t, huzhu(t, dir, "credential", "request", "--account", "mei", "--password-file", pw)).out)
	for _, id := range []string{"evt-1042", "ZY-20270501-0042", "ZY-2027-0042 ", "tESwU5st1SPuEU-rc5aiMh", "tESwU5st1SPuEU-rc5aiMg=="} {
		facts := `{"event_id":"` + id + `","diagnosis_category":"stroke","diagnosis_date":"2027-02-20","treatment_cost":"18000","currency":"CNY"}`
		r := huzhu(t, dir, "issuer", "issue", "--name", "West China Hospital", "--holder", req, "--claims", writeFile(t, "facts.json", facts), "--password-file", pw)
		if r.code != exitUsage || !strings.Contains(r.errOut, "omit event_id") || !strings.Contains(r.errOut, "--record") {
			t.Errorf("event_id %q: exit %d, stderr %q; want exit %d naming the fix", id, r.code, r.errOut, exitUsage)
		}
		if strings.Contains(r.out+r.errOut, strings.TrimSpace(id)) {
			t.Errorf("event_id %q: the refusal repeats the id: %s", id, r.errOut)
		}
	}
}

// issuer issue makes the event id when the facts give none: 128 random
// bits by default, so no two credentials share one; with --record, an
// HMAC of the hospital's record reference under the issuer's own secret,
// so the same record always gives the same id (the event is paid once
// however often it is issued) and another hospital's same reference
// another id. An issuer made before event ids had a secret gets one on
// first use, kept encrypted beside its key.
func TestIssuerIssueGeneratesUnguessableEventID(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "issuer passphrase")
	newAccount(t, dir, "mei", pw)
	for _, h := range []string{"West China Hospital", "Yangzhou First People's Hospital"} {
		mustOK(t, huzhu(t, dir, "issuer", "init", "--name", h, "--password-file", pw, "--insecure-light-kdf"))
	}
	req := writeFile(t, "req.json", mustOK(t, huzhu(t, dir, "credential", "request", "--account", "mei", "--password-file", pw)).out)
	facts := writeFile(t, "facts.json", `{"diagnosis_category":"stroke","diagnosis_date":"2027-02-20","treatment_cost":"18000","currency":"CNY"}`)
	issue := func(hospital string, extra ...string) string {
		t.Helper()
		out := filepath.Join(t.TempDir(), "cred")
		mustOK(t, huzhu(t, dir, append([]string{"issuer", "issue", "--name", hospital, "--holder", req, "--claims", facts, "--password-file", pw, "--out", out}, extra...)...))
		id := eventOf(t, out)
		if !canonicalEventID.MatchString(id) {
			t.Fatalf("issue %v: event id %q is not 16 bytes of base64url", extra, id)
		}
		return id
	}
	a, b := issue("West China Hospital"), issue("West China Hospital")
	if a == b {
		t.Fatalf("two credentials without an event id got the same one, %s", a)
	}
	rec := issue("West China Hospital", "--record", "ZY-2027-0042")
	if again := issue("West China Hospital", "--record", "ZY-2027-0042"); again != rec {
		t.Fatalf("the same record gave %s, then %s", rec, again)
	}
	// The same reference from a file (out of ps and shell history), its
	// trailing newline dropped, is the same record.
	if fromFile := issue("West China Hospital", "--record-file", writeFile(t, "ref", "ZY-2027-0042\n")); fromFile != rec {
		t.Fatalf("--record-file gave %s, --record %s", fromFile, rec)
	}
	if r := huzhu(t, dir, "issuer", "issue", "--name", "West China Hospital", "--holder", req, "--claims", facts, "--password-file", pw,
		"--record", "ZY-2027-0042", "--record-file", writeFile(t, "ref2", "ZY-2027-0042")); r.code != exitUsage {
		t.Fatalf("--record with --record-file: exit %d %s", r.code, r.errOut)
	}
	if other := issue("West China Hospital", "--record", "ZY-2027-0043"); other == rec {
		t.Fatal("two records gave the same event id")
	}
	if elsewhere := issue("Yangzhou First People's Hospital", "--record", "ZY-2027-0042"); elsewhere == rec {
		t.Fatal("two hospitals' same record reference gave the same event id")
	}

	// The secret: beside the key, owner-only, encrypted (neither the
	// record nor the id in it).
	secret := filepath.Join(dir, "issuers", "west-china-hospital", "event-id-secret.json")
	st, err := os.Stat(secret)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("the event id secret: %v, mode %v; want a 0600 file beside the key", err, st)
	}
	kept, _ := os.ReadFile(secret)
	if strings.Contains(string(kept), "ZY-2027") || strings.Contains(string(kept), rec) {
		t.Fatalf("the event id secret shows what it made: %s", kept)
	}

	// An issuer made before v2 has no secret: the first --record makes
	// one, and it is the one used from then on.
	mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "Old Clinic", "--password-file", pw, "--insecure-light-kdf"))
	if err := os.Remove(filepath.Join(dir, "issuers", "old-clinic", "event-id-secret.json")); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	old := issue("Old Clinic", "--record", "ZY-2027-0042")
	if again := issue("Old Clinic", "--record", "ZY-2027-0042"); again != old || old == rec {
		t.Fatalf("an issuer made before v2: %s, then %s (the first hospital's: %s)", old, again, rec)
	}

	// A record reference two spellings of which could be meant alike is
	// refused, not tidied: surrounding space, a control character,
	// Unicode not in NFC.
	for _, ref := range []string{"", " ZY-2027-0042", "ZY-2027-0042 ", "ZY-2027\n0042", "Ze\u0301-2027-0042"} {
		r := huzhu(t, dir, "issuer", "issue", "--name", "West China Hospital", "--holder", req, "--claims", facts, "--password-file", pw, "--record", ref)
		if r.code != exitUsage || !strings.Contains(r.errOut, "--record") {
			t.Errorf("--record %q: exit %d, stderr %q; want exit %d", ref, r.code, r.errOut, exitUsage)
		}
	}
	// --record with an event_id in the facts: one or the other.
	withID := writeFile(t, "facts.json", `{"event_id":"tESwU5st1SPuEU-rc5aiMg","diagnosis_category":"stroke"}`)
	if r := huzhu(t, dir, "issuer", "issue", "--name", "West China Hospital", "--holder", req, "--claims", withID, "--password-file", pw, "--record", "ZY-1"); r.code != exitUsage {
		t.Errorf("--record and an event_id: exit %d, want %d", r.code, exitUsage)
	}
}
