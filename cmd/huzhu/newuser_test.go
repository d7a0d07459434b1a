package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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

const goodFacts = `{"event_id":"evt-9f8e7d6c5b4a","diagnosis_category":"stroke","diagnosis_date":"2027-02-20","treatment_cost":"18000","currency":"CNY"}`

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
			mustOK(t, huzhu(t, dir, "issuer", "issue", "--name", name, "--holder", req, "--claims", facts, "--password-file", pw, "--json"))
		}
	}
	if r := huzhu(t, dir, "issuer", "init", "--name", "Yangzhou First People's Hospital", "--password-file", pw, "--insecure-light-kdf"); r.code != exitUsage || !strings.Contains(r.errOut, "already") {
		t.Fatalf("the same display name twice: exit %d: %s", r.code, r.errOut)
	}
	if r := huzhu(t, dir, "issuer", "init", "--name", "bad\x1b[31mname", "--password-file", pw, "--insecure-light-kdf"); r.code != exitUsage {
		t.Fatalf("a control character in the name: exit %d: %s", r.code, r.errOut)
	}
}
