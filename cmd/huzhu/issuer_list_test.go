package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `issuer list` shows the issuer keys kept here and the community's
// registry rebuilt from events: a change one notary asked for waits with
// its votes counted, and is trusted once a quorum asked for it.
func TestIssuerListShowsRegistryAndPendingVotes(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "issuer list passphrase")
	newAccount(t, dir, "founder", pw)
	newAccount(t, dir, "n1", pw)
	newAccount(t, dir, "n2", pw)
	for _, n := range []string{"founder", "n1", "n2"} {
		mustOK(t, huzhu(t, dir, "faucet", n))
	}
	// Before any community: the local keys only.
	iss := mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "Yangzhou First People's Hospital", "--password-file", pw, "--insecure-light-kdf", "--json")).json(t)
	list := mustOK(t, huzhu(t, dir, "issuer", "list", "--json")).json(t)
	local := list["local"].([]any)
	if len(local) != 1 || local[0].(map[string]any)["name"] != "Yangzhou First People's Hospital" || local[0].(map[string]any)["thumbprint_hex"] != iss["thumbprint_hex"] {
		t.Fatalf("local keys: %v", list)
	}
	if _, ok := local[0].(map[string]any)["trusted"]; ok {
		t.Fatalf("trust shown without a community: %v", list)
	}

	mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "n1,n2", "--seats", "3", "--quorum", "2", "--yes"))
	jwk := filepath.Join(t.TempDir(), "jwk.json")
	b, _ := json.Marshal(iss)
	os.WriteFile(jwk, b, 0o600)

	mustOK(t, huzhu(t, dir, "issuer", "trust", "--new-issuer", "--jwk", jwk, "--account", "n1", "--password-file", pw, "--yes"))
	list = mustOK(t, huzhu(t, dir, "issuer", "list", "--json")).json(t)
	pending := list["pending"].([]any)
	if len(pending) != 1 || len(list["registry"].([]any)) != 0 {
		t.Fatalf("one notary's vote: want one pending change and an empty registry: %v", list)
	}
	p := pending[0].(map[string]any)
	if p["approvals"] != 1.0 || p["trusted"] != true || p["thumbprint_hex"] != iss["thumbprint_hex"] || list["quorum"] != 2.0 {
		t.Fatalf("pending: %v", list)
	}
	if tr := list["local"].([]any)[0].(map[string]any)["trusted"]; tr != false {
		t.Fatalf("the key is trusted before quorum: %v", list)
	}
	human := mustOK(t, huzhu(t, dir, "issuer", "list")).out
	if !strings.Contains(human, "1 of 2 votes") {
		t.Fatalf("human list does not count the votes:\n%s", human)
	}

	mustOK(t, huzhu(t, dir, "issuer", "trust", "--new-issuer", "--jwk", jwk, "--account", "n2", "--password-file", pw, "--yes"))
	list = mustOK(t, huzhu(t, dir, "issuer", "list", "--json")).json(t)
	reg := list["registry"].([]any)
	if len(list["pending"].([]any)) != 0 || len(reg) != 1 {
		t.Fatalf("after quorum: %v", list)
	}
	k := reg[0].(map[string]any)
	if k["trusted"] != true || k["local_name"] != "Yangzhou First People's Hospital" || k["issuer"] != iss["thumbprint_hex"] {
		t.Fatalf("registry entry: %v", k)
	}
	if tr := list["local"].([]any)[0].(map[string]any)["trusted"]; tr != true {
		t.Fatalf("the local key is not shown trusted: %v", list)
	}
}
