package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"github.com/huzhu-community/huzhu/internal/iostreams"
)

// writeFile writes a test input file and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

const goodFacts = `{"event_id":"SeeWaWSyhTw-iguD6rxfYQ","diagnosis_category":"stroke","diagnosis_date":"2027-02-20","treatment_cost":"18000","currency":"CNY"}`

// A hospital is named as people name it; the key folder stays a safe slug.
func TestIssuerDisplayName(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "issuer passphrase")
	newAccount(t, dir, "mei", pw)
	req := writeFile(t, "req.json", mustOK(t, huzhu(t, dir, "credential", "request", "--account", "mei", "--password-file", pw)).out)
	facts := writeFile(t, "facts.json", goodFacts)
	for _, tc := range []struct{ display, slug string }{
		{"Yangzhou First People's Hospital", "yangzhou-first-people-s-hospital"},
		{"扬州市第一人民医院", "issuer-"},
	} {
		v := mustOK(t, huzhu(t, dir, "issuer", "init", "--name", tc.display, "--password-file", pw, "--insecure-light-kdf", "--json")).json(t)
		slug, _ := v["slug"].(string)
		if v["name"] != tc.display || !strings.HasPrefix(slug, tc.slug) {
			t.Fatalf("init %q: got name %v slug %v, want %q and a slug starting %q", tc.display, v["name"], v["slug"], tc.display, tc.slug)
		}
		if _, err := os.Stat(filepath.Join(dir, "issuers", slug, "key.json")); err != nil {
			t.Fatalf("init %q: key not kept under its slug: %v", tc.display, err)
		}
		for _, name := range []string{tc.display, slug} {
			v := mustOK(t, huzhu(t, dir, "issuer", "issue", "--name", name, "--holder", req, "--claims", facts, "--password-file", pw, "--json")).json(t)
			if v["issuer_name"] != tc.display {
				t.Errorf("issue --name %q: got issuer_name %v, want %q", name, v["issuer_name"], tc.display)
			}
		}
	}
	if r := huzhu(t, dir, "issuer", "init", "--name", "Yangzhou First People's Hospital", "--password-file", pw, "--insecure-light-kdf"); r.code != exitUsage || !strings.Contains(r.errOut, "already") {
		t.Fatalf("the same display name twice: exit %d: %s", r.code, r.errOut)
	}
	if r := huzhu(t, dir, "issuer", "init", "--name", "bad\x1b[31mname", "--password-file", pw, "--insecure-light-kdf"); r.code != exitUsage {
		t.Fatalf("a control character in the name: exit %d: %s", r.code, r.errOut)
	}
}

// Transfers that are probably mistakes are named before the question,
// and a script must still say --yes.
func TestSendWarnings(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "warn passphrase")
	newAccount(t, dir, "founder", pw)
	newAccount(t, dir, "n1", pw)
	mustOK(t, huzhu(t, dir, "faucet", "founder"))
	c := mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "n1", "--seats", "1", "--quorum", "1", "--yes", "--json")).json(t)
	com := c["community"].(string)
	for _, tc := range []struct {
		name  string
		args  []string
		warns []string
	}{
		{"tokens to the community", []string{"--to", com, "--amount", "1", "--token"}, []string{"community contract", "donate"}},
		{"ETH to the community", []string{"--to", com, "--amount", "1"}, []string{"community contract"}},
		{"to oneself", []string{"--to", "founder", "--amount", "1"}, []string{"sending account itself"}},
		{"zero", []string{"--to", "n1", "--amount", "0"}, []string{"amount is zero"}},
	} {
		args := append([]string{"wallet", "send", "--account", "founder", "--password-file", pw}, tc.args...)
		r := huzhu(t, dir, args...)
		if tc.name == "ETH to the community" {
			// The contract takes no ETH: the estimate already fails.
			if r.code == 0 {
				t.Errorf("ETH to the community was sent")
			}
		} else if r.code != exitUsage || !strings.Contains(r.errOut, "--yes") {
			t.Errorf("%s without --yes: exit %d, want %d asking for --yes:\n%s", tc.name, r.code, exitUsage, r.errOut)
		}
		for _, w := range append(tc.warns, "warning: ") {
			if !strings.Contains(r.errOut, w) {
				t.Errorf("%s: stderr lacks %q:\n%s", tc.name, w, r.errOut)
			}
		}
	}
	// Confirmed: sent, and the warning is in the JSON answer too.
	v := mustOK(t, huzhu(t, dir, "wallet", "send", "--account", "founder", "--password-file", pw, "--to", "founder", "--amount", "0", "--yes", "--json")).json(t)
	if w, _ := v["warnings"].([]any); len(w) != 2 {
		t.Errorf("--json: got warnings %v, want to-self and zero-amount", v["warnings"])
	}
	// An ordinary send warns of nothing.
	if r := mustOK(t, huzhu(t, dir, "wallet", "send", "--account", "founder", "--password-file", pw, "--to", "n1", "--amount", "1", "--yes")); strings.Contains(r.errOut, "warning") {
		t.Errorf("an ordinary send warned:\n%s", r.errOut)
	}
}

// terminal is stdin at a terminal, answering each prompt from what huzhu
// has written on stderr so far.
type terminal struct {
	errOut  *bytes.Buffer
	answer  func(stderr string) string
	pending []byte
}

func (r *terminal) Read(p []byte) (int, error) {
	if len(r.pending) == 0 {
		r.pending = []byte(r.answer(r.errOut.String()) + "\n")
	}
	n := copy(p, r.pending)
	r.pending = r.pending[n:]
	return n, nil
}

// huzhuAtTerminal runs a command line with stdin and stdout terminals.
func huzhuAtTerminal(t *testing.T, dir string, answer func(stderr string) string, args ...string) result {
	t.Helper()
	streams, _, out, errOut := iostreams.Test()
	streams.In = &terminal{errOut: errOut, answer: answer}
	streams.SetTTY(true, true)
	code := run(context.Background(), append([]string{"--data-dir", dir}, args...), streams)
	return result{code: code, out: out.String(), errOut: errOut.String()}
}

var shownWord = regexp.MustCompile(`(\d+)\. ([a-z]+)`)

// A new user at a terminal: a passphrase too short is refused at once,
// before the repetition; a mistyped word of the check is asked again.
func TestWalletNewAtTerminalForgives(t *testing.T) {
	dir := t.TempDir()
	misses := map[string]int{}
	answer := func(stderr string) string {
		last := stderr[strings.LastIndex(stderr, "\n")+1:]
		switch {
		case strings.Contains(last, "New passphrase"):
			if misses["pass"]++; misses["pass"] == 1 {
				return "short"
			}
			return "a long enough passphrase"
		case strings.HasPrefix(last, "Repeat it"):
			if strings.Count(stderr, "New passphrase") == 1 {
				t.Errorf("asked to repeat a passphrase too short:\n%s", stderr)
			}
			return "a long enough passphrase"
		case strings.Contains(last, "Press Enter"):
			return ""
		case strings.HasPrefix(last, "Word #"):
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(last, "Word #"), ": "))
			if misses[last]++; misses[last] == 1 {
				return "typo"
			}
			for _, m := range shownWord.FindAllStringSubmatch(stderr, -1) {
				if m[1] == strconv.Itoa(n) {
					return m[2]
				}
			}
		}
		t.Errorf("unexpected prompt %q", last)
		return ""
	}
	r := huzhuAtTerminal(t, dir, answer, "wallet", "new", "--name", "mei", "--no-keyring", "--insecure-light-kdf")
	if r.code != 0 {
		t.Fatalf("wallet new at a terminal: exit %d\n%s", r.code, r.errOut)
	}
	if !strings.Contains(r.errOut, "shorter than 8 characters") || !strings.Contains(r.errOut, "That is not word #") {
		t.Errorf("want the short passphrase and the typo named:\n%s", r.errOut)
	}
	if strings.Count(r.errOut, "Repeat it") != 1 {
		t.Errorf("want one repetition, of the good passphrase:\n%s", r.errOut)
	}
	mustOK(t, huzhu(t, dir, "wallet", "show", "mei"))
}

// What a hospital and a member get wrong is named, with the right exit
// code; a credential goes only to the account asked for.
func TestIssueAndImportRefuseWhatIsWrong(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "issue passphrase")
	newAccount(t, dir, "mei", pw)
	newAccount(t, dir, "founder", pw)
	mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "Yangzhou First People's Hospital", "--password-file", pw, "--insecure-light-kdf"))
	req := writeFile(t, "req.json", mustOK(t, huzhu(t, dir, "credential", "request", "--account", "mei", "--password-file", pw)).out)
	issue := func(holder, facts string) result {
		return huzhu(t, dir, "issuer", "issue", "--name", "Yangzhou First People's Hospital", "--holder", holder, "--claims", writeFile(t, "facts.json", facts), "--password-file", pw)
	}
	for _, tc := range []struct{ name, facts, want string }{
		{"impossible date", `{"event_id":"OBwslf0J8jdKR-jy9hXWhw","diagnosis_date":"2027-13-45"}`, `diagnosis_date "2027-13-45"`},
		{"not a currency", `{"event_id":"OBwslf0J8jdKR-jy9hXWhw","treatment_cost":"100","currency":"yuan"}`, `currency "yuan"`},
		{"not an amount", `{"event_id":"OBwslf0J8jdKR-jy9hXWhw","treatment_cost":"lots","currency":"CNY"}`, `treatment_cost "lots"`},
	} {
		if r := issue(req, tc.facts); r.code != exitUsage || !strings.Contains(r.errOut, tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d naming %q", tc.name, r.code, r.errOut, exitUsage, tc.want)
		}
	}
	if r := issue(writeFile(t, "holder.txt", "not json at all"), goodFacts); r.code != exitUsage || !strings.Contains(r.errOut, "--holder") {
		t.Errorf("a holder file that is not JSON: exit %d (%s), want %d", r.code, r.errOut, exitUsage)
	}

	// --account names who imports: someone else's credential is refused.
	cred := writeFile(t, "cred", mustOK(t, issue(req, goodFacts)).out)
	if r := huzhu(t, dir, "credential", "import", cred, "--account", "founder", "--password-file", pw); r.code != exitRefused || !strings.Contains(r.errOut, "not to account founder") {
		t.Errorf("import --account founder of mei's credential: exit %d: %s", r.code, r.errOut)
	}
	mustOK(t, huzhu(t, dir, "credential", "import", cred, "--account", "mei", "--password-file", pw))

	// With a community chosen, the cost must be in a currency it counts.
	mustOK(t, huzhu(t, dir, "faucet", "founder"))
	mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "mei", "--seats", "1", "--quorum", "1", "--currency", "EUR", "--yes"))
	if r := issue(req, goodFacts); r.code != exitUsage || !strings.Contains(r.errOut, `currency "CNY"`) || !strings.Contains(r.errOut, "EUR") {
		t.Errorf("CNY in an EUR community: exit %d: %s", r.code, r.errOut)
	}
	mustOK(t, issue(req, strings.Replace(goodFacts, "CNY", "EUR", 1)))
}

// A machine without a usable keyring (a server, CI) runs scripts with a
// password file in silence; --no-keyring never speaks of keyring entries.
func TestHeadlessKeyringIsQuiet(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "headless passphrase")
	keyring.MockInitWithError(errors.New("org.freedesktop.secrets was not provided by any .service files"))
	t.Cleanup(keyring.MockInit)
	r := mustOK(t, huzhu(t, dir, "wallet", "new", "--name", "ci", "--password-file", pw, "--insecure-light-kdf"))
	if strings.Contains(strings.ToLower(r.errOut), "keyring") {
		t.Errorf("wallet new with a password file spoke of the keyring:\n%s", r.errOut)
	}
	mustOK(t, huzhu(t, dir, "faucet", "ci", "--eth", "1", "--tokens", "0"))
	r = mustOK(t, huzhu(t, dir, "wallet", "send", "--account", "ci", "--to", "0x00000000000000000000000000000000000000c1", "--amount", "0.1", "--password-file", pw, "--yes"))
	if strings.Contains(strings.ToLower(r.errOut), "keyring") {
		t.Errorf("a signing run with a password file spoke of the keyring:\n%s", r.errOut)
	}
	// No way to unlock: the error says why, once, and how to fix it.
	r = huzhu(t, dir, "wallet", "send", "--account", "ci", "--to", "0x00000000000000000000000000000000000000c1", "--amount", "0.1", "--yes")
	if r.code != exitAuth || !strings.Contains(r.errOut, "no usable OS keyring") || !strings.Contains(r.errOut, "--password-file") || strings.Count(strings.ToLower(r.errOut), "keyring") != 1 {
		t.Errorf("locked on a headless machine: exit %d:\n%s", r.code, r.errOut)
	}
	r = huzhu(t, dir, "wallet", "send", "--account", "ci", "--to", "0x00000000000000000000000000000000000000c1", "--amount", "0.1", "--yes", "--no-keyring")
	if r.code != exitAuth || strings.Contains(r.errOut, "no keyring entry") || !strings.Contains(r.errOut, "the keyring is off") {
		t.Errorf("locked with --no-keyring: exit %d:\n%s", r.code, r.errOut)
	}
}
