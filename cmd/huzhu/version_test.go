package main

import (
	"runtime"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	dir := t.TempDir()
	r := mustOK(t, huzhu(t, dir, "--version"))
	if !strings.HasPrefix(r.out, "huzhu ") || !strings.Contains(r.out, runtime.Version()) {
		t.Fatalf("--version: %q", r.out)
	}
	doc := mustOK(t, huzhu(t, dir, "--version", "--json")).json(t)
	if doc["version"] == "" || doc["go"] != runtime.Version() {
		t.Fatalf("--version --json: %v", doc)
	}
}

// `huzhu --json` with no command answers with one JSON document: the
// command tree, so that scripts can discover what this huzhu can do.
func TestJSONWithNoCommandDescribesCommands(t *testing.T) {
	doc := mustOK(t, huzhu(t, t.TempDir(), "--json")).json(t)
	names := map[string]bool{}
	for _, c := range doc["commands"].([]any) {
		names[c.(map[string]any)["name"].(string)] = true
	}
	for _, want := range []string{"wallet", "community", "issuer", "credential", "notary", "node", "faucet", "dev"} {
		if !names[want] {
			t.Errorf("command %q missing from %v", want, names)
		}
	}
}

// With one account huzhu uses it; with several and no --account it lists
// them and exits 2; an unknown name lists them too.
func TestAccountChoiceMessages(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "choice passphrase")
	newAccount(t, dir, "mei", pw)
	mustOK(t, huzhu(t, dir, "credential", "request", "--password-file", pw))

	newAccount(t, dir, "lin", pw)
	for _, args := range [][]string{
		{"credential", "request", "--password-file", pw},
		{"credential", "request", "--password-file", pw, "--account", "ning"},
	} {
		r := huzhu(t, dir, args...)
		if r.code != exitUsage || !strings.Contains(r.errOut, "--account") || !strings.Contains(r.errOut, "mei") || !strings.Contains(r.errOut, "lin") {
			t.Errorf("%v: exit %d, %q; want exit 2 naming --account and both accounts", args, r.code, r.errOut)
		}
		if strings.Contains(r.errOut, "no account named;") {
			t.Errorf("%v: the old broken sentence: %q", args, r.errOut)
		}
	}
}
