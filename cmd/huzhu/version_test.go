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
