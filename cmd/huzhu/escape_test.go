package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Text that did not come from huzhu — a credential's facts, a file's
// contents, a name typed by someone else — reaches the terminal escaped: an
// ESC ] 0 ; … BEL in it cannot retitle the terminal or rewrite the screen.
func TestForeignTextIsEscaped(t *testing.T) {
	const attack = "\x1b]0;pwned\x07\x1b[2J"
	dir := t.TempDir()
	pw := passwordFile(t, "escape passphrase")
	newAccount(t, dir, "mei", pw)

	check := func(what string, r result) {
		t.Helper()
		for _, s := range []string{r.out, r.errOut} {
			if strings.ContainsAny(s, "\x1b\x07") {
				t.Errorf("%s: a control byte reached the terminal: %q", what, s)
			}
		}
		if !strings.Contains(r.out+r.errOut, `]0;pwned`) {
			t.Errorf("%s: the foreign text is not shown escaped: out %q err %q", what, r.out, r.errOut)
		}
	}

	// An error that quotes what the user (or a script) passed.
	check("unknown account", huzhuTTY(t, dir, true, "wallet", "show", "--account", attack))

	// A node is another party: its error messages are foreign text.
	node := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		json.NewDecoder(r.Body).Decode(&req)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "error": map[string]any{"code": -32000, "message": "upstream says " + attack}})
	}))
	defer node.Close()
	rn := huzhuTTY(t, dir, true, "wallet", "balance", "--account", "mei", "--rpc", node.URL)
	check("node error", rn)

	// A credential whose facts carry escapes: shown to its owner escaped,
	// at a terminal and piped.
	mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "clinic", "--password-file", pw, "--insecure-light-kdf"))
	req := mustOK(t, huzhu(t, dir, "credential", "request", "--account", "mei", "--password-file", pw)).out
	reqFile := filepath.Join(t.TempDir(), "req.json")
	os.WriteFile(reqFile, []byte(req), 0o600)
	facts := `{"event_id":"-dE-PE4VuPXrmCYRAtk2jw","diagnosis_category":"stroke","diagnosis_date":"2027-02-20","treatment_cost":"18000","currency":"CNY","notes":"` + strings.ReplaceAll(strings.ReplaceAll(attack, "\x1b", `\u001b`), "\x07", `\u0007`) + `"}`
	factsFile := filepath.Join(t.TempDir(), "facts.json")
	os.WriteFile(factsFile, []byte(facts), 0o600)
	credFile := filepath.Join(t.TempDir(), "cred")
	mustOK(t, huzhu(t, dir, "issuer", "issue", "--name", "clinic", "--holder", reqFile, "--claims", factsFile, "--password-file", pw, "--out", credFile))
	imp := mustOK(t, huzhu(t, dir, "credential", "import", credFile, "--account", "mei", "--password-file", pw, "--json")).json(t)
	id := imp["id"].(string)
	for _, tty := range []bool{true, false} {
		check("credential show", mustOK(t, huzhuTTY(t, dir, tty, "credential", "show", id, "--account", "mei", "--password-file", pw)))
	}
	// --json keeps the value exact (JSON escapes control characters itself).
	show := mustOK(t, huzhu(t, dir, "credential", "show", id, "--account", "mei", "--password-file", pw, "--json")).json(t)
	if got := show["facts"].(map[string]any)["notes"]; got != attack {
		t.Fatalf("--json changed the value: got %q, want %q", got, attack)
	}
}
