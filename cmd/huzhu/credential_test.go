package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huzhu-community/huzhu/disclosure"
)

// The issuer and member tools end to end: a hospital key, a holder
// request, a credential issued, checked, kept encrypted, shown to its
// owner only, verified standalone, and the issuer trusted by the founder.
func TestIssueImportShowVerifyTrust(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "credential passphrase")
	newAccount(t, dir, "founder", pw)
	member := newAccount(t, dir, "mei", pw)
	newAccount(t, dir, "n1", pw)
	mustOK(t, huzhu(t, dir, "faucet", "founder"))
	created := mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "n1", "--seats", "1", "--quorum", "1", "--yes"))
	// One seat and a quorum of one: warned that a notary's own claim can
	// never pass; and told that the new community is now the default.
	if !strings.Contains(created.errOut, "own claim") || !strings.Contains(created.errOut, "now the default community") {
		t.Fatalf("create did not warn or did not say it is the default: %s", created.errOut)
	}

	iss := mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "westchina", "--password-file", pw, "--insecure-light-kdf", "--json")).json(t)
	issuerFile := filepath.Join(t.TempDir(), "issuer.json")
	b, _ := json.Marshal(iss)
	os.WriteFile(issuerFile, b, 0o600)

	req := mustOK(t, huzhu(t, dir, "credential", "request", "--account", "mei", "--password-file", pw)).out
	reqFile := filepath.Join(t.TempDir(), "req.json")
	os.WriteFile(reqFile, []byte(req), 0o600)
	facts := `{"event_id":"0kfRkQ2S1mTU9iZwkMjuGA","diagnosis_category":"stroke","diagnosis_date":"2027-02-20","treatment_cost":"18000","currency":"KBC","national_id":"510100199001011234","notes":"left MCA infarct"}`
	factsFile := filepath.Join(t.TempDir(), "facts.json")
	os.WriteFile(factsFile, []byte(facts), 0o600)
	credFile := filepath.Join(t.TempDir(), "cred")
	mustOK(t, huzhu(t, dir, "issuer", "issue", "--name", "westchina", "--holder", reqFile, "--claims", factsFile, "--password-file", pw, "--out", credFile))

	// An unknown fact is refused by the issuer, with the list of known ones.
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"blood_type":"O"}`), 0o600)
	if r := huzhu(t, dir, "issuer", "issue", "--name", "westchina", "--holder", reqFile, "--claims", bad, "--password-file", pw); r.code != exitUsage || !strings.Contains(r.errOut, "diagnosis_category") {
		t.Fatalf("unknown fact: %d %s", r.code, r.errOut)
	}

	imp := mustOK(t, huzhu(t, dir, "credential", "import", credFile, "--account", "mei", "--password-file", pw, "--json")).json(t)
	if imp["account"] != member || imp["issuer_trusted"] != false {
		t.Fatalf("import: %v", imp)
	}
	id := imp["id"].(string)
	// Someone else's account cannot import it; importing twice is refused.
	if r := huzhu(t, dir, "credential", "import", credFile, "--account", "mei", "--password-file", pw); r.code == 0 {
		t.Fatal("imported twice")
	}
	// No fact is on disk in the clear.
	filepath.Walk(filepath.Join(dir), func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return nil
		}
		data, _ := os.ReadFile(p)
		for _, s := range []string{"510100199001011234", "left MCA", "0kfRkQ2S1mTU9iZwkMjuGA", "2027-02-20"} {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s holds %q in the clear", p, s)
			}
		}
		return nil
	})

	list := mustOK(t, huzhu(t, dir, "credential", "list", "--account", "mei", "--password-file", pw, "--json")).out
	if !strings.Contains(list, id) || strings.Contains(list, "stroke") {
		t.Fatalf("list shows facts or misses the id: %s", list)
	}
	show := mustOK(t, huzhu(t, dir, "credential", "show", id[:6], "--account", "mei", "--password-file", pw, "--json")).json(t)
	if f := show["facts"].(map[string]any); f["national_id"] != "510100199001011234" || f["diagnosis_category"] != "stroke" {
		t.Fatalf("show: %v", show)
	}

	// Standalone verification: valid, then exit 3 naming the rule.
	v := mustOK(t, huzhu(t, dir, "credential", "verify", "--issuer-jwk", issuerFile, credFile)).json(t)
	if v["valid"] != true || v["claims"].(map[string]any)["diagnosis_date"] != "2027-02-20" || v["holder_address"] != member {
		t.Fatalf("verify: %v", v)
	}
	r := huzhu(t, dir, "credential", "verify", "--issuer-jwk", issuerFile, "--nonce", "n", credFile, "--json")
	if r.code != exitRefused || !strings.Contains(r.errOut, "key-binding-missing") {
		t.Fatalf("verify without KB: %d %s", r.code, r.errOut)
	}
	// The standard error document, plus the rule.
	if e, _ := r.json(t)["error"].(map[string]any); e == nil || e["rule"] != "key-binding-missing" || e["code"] != float64(exitRefused) || e["kind"] != "refused" || !strings.Contains(e["message"].(string), "key-binding-missing") {
		t.Fatalf("verify --json: %s", r.out)
	}
	other := mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "other", "--password-file", pw, "--insecure-light-kdf", "--json")).out
	otherFile := filepath.Join(t.TempDir(), "other.json")
	os.WriteFile(otherFile, []byte(other), 0o600)
	if r := huzhu(t, dir, "credential", "verify", "--issuer-jwk", otherFile, credFile); r.code != exitRefused || !strings.Contains(r.errOut, "issuer-signature") {
		t.Fatalf("verify with another issuer's key: %d %s", r.code, r.errOut)
	}

	// The founder trusts the issuer; a second time is refused by the rules.
	tr := mustOK(t, huzhu(t, dir, "issuer", "trust", "--new-issuer", "--jwk", issuerFile, "--account", "founder", "--password-file", pw, "--yes", "--json")).json(t)
	if tr["applied"] != true || tr["issuer"] != tr["thumbprint"] {
		t.Fatalf("trust (a new issuer's identity is its key's thumbprint): %v", tr)
	}
	if r := huzhu(t, dir, "issuer", "trust", "--jwk", issuerFile, "--account", "founder", "--password-file", pw, "--yes"); r.code != exitRefused || !strings.Contains(r.errOut, "already trusted") {
		t.Fatalf("trust again: %d %s", r.code, r.errOut)
	}
	if tr["iss"] != iss["iss"] || !strings.HasPrefix(iss["iss"].(string), "urn:ietf:params:oauth:jwk-thumbprint:sha-256:") {
		t.Fatalf("trust names iss %v, issuer init gave %v", tr["iss"], iss["iss"])
	}
	// A rotated key keeps the hospital's iss (issuer init --iss). Trusted
	// without naming its identity it is refused (exit 2, naming the one
	// its iss belongs to), and as a new issuer too (its iss is taken):
	// otherwise one event would have two nullifiers, one per identity.
	key2 := mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "westchina-2027", "--iss", iss["iss"].(string), "--password-file", pw, "--insecure-light-kdf", "--json")).out
	key2File := filepath.Join(t.TempDir(), "issuer2.json")
	os.WriteFile(key2File, []byte(key2), 0o600)
	if r := huzhu(t, dir, "issuer", "trust", "--jwk", key2File, "--account", "founder", "--password-file", pw, "--yes"); r.code != exitUsage || !strings.Contains(r.errOut, "--issuer "+tr["issuer"].(string)) {
		t.Fatalf("a rotated key with neither --issuer nor --new-issuer: %d %s", r.code, r.errOut)
	}
	if r := huzhu(t, dir, "issuer", "trust", "--new-issuer", "--jwk", key2File, "--account", "founder", "--password-file", pw, "--yes"); r.code != exitRefused || !strings.Contains(r.errOut, "belongs to issuer "+tr["issuer"].(string)) {
		t.Fatalf("a rotated key as a new issuer: %d %s", r.code, r.errOut)
	}
	// A key carrying another iss cannot join the identity.
	other2 := mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "another hospital", "--password-file", pw, "--insecure-light-kdf", "--json")).out
	other2File := filepath.Join(t.TempDir(), "other2.json")
	os.WriteFile(other2File, []byte(other2), 0o600)
	if r := huzhu(t, dir, "issuer", "trust", "--issuer", tr["issuer"].(string), "--jwk", other2File, "--account", "founder", "--password-file", pw, "--yes"); r.code != exitRefused || !strings.Contains(r.errOut, "cannot join another") {
		t.Fatalf("another hospital's key joining the identity: %d %s", r.code, r.errOut)
	}
	if r := huzhu(t, dir, "issuer", "trust", "--issuer", tr["issuer"].(string), "--new-issuer", "--jwk", other2File, "--account", "founder", "--password-file", pw, "--yes"); r.code != exitUsage {
		t.Fatalf("--issuer with --new-issuer: %d %s", r.code, r.errOut)
	}
	// The hospital's iss spelled another way in the file (a trailing
	// space, a zero-width space) would be a second identity: refused.
	for _, spelled := range []string{iss["iss"].(string) + " ", iss["iss"].(string) + "\u200b"} {
		var k2 map[string]any
		json.Unmarshal([]byte(key2), &k2)
		k2["iss"] = spelled
		kb, _ := json.Marshal(k2)
		if r := huzhu(t, dir, "issuer", "trust", "--new-issuer", "--jwk", writeTemp(t, "spelled.json", string(kb)), "--account", "founder", "--password-file", pw, "--yes"); r.code != exitUsage || !strings.Contains(r.errOut, "NFC") {
			t.Fatalf("an iss spelled %q: %d %s", spelled, r.code, r.errOut)
		}
	}
	if r := huzhu(t, dir, "issuer", "trust", "--revoke", "--new-issuer", "--jwk", key2File, "--account", "founder", "--password-file", pw, "--yes"); r.code != exitUsage {
		t.Fatalf("--revoke with --new-issuer: %d %s", r.code, r.errOut)
	}
	tr2 := mustOK(t, huzhu(t, dir, "issuer", "trust", "--jwk", key2File, "--issuer", tr["issuer"].(string), "--account", "founder", "--password-file", pw, "--yes", "--json")).json(t)
	if tr2["applied"] != true || tr2["issuer"] != tr["issuer"] || tr2["thumbprint"] == tr["thumbprint"] {
		t.Fatalf("second key of the same issuer: %v", tr2)
	}
	// issuer issue signs with the rotated key under the hospital's iss.
	cred2 := mustOK(t, huzhu(t, dir, "issuer", "issue", "--name", "westchina-2027", "--holder", reqFile, "--claims", factsFile, "--password-file", pw, "--json")).json(t)
	if got := credentialIss(t, cred2["credential"].(string)); got != iss["iss"] {
		t.Fatalf("the rotated key issues with iss %q, want the hospital's %q", got, iss["iss"])
	}
	if r := huzhu(t, dir, "issuer", "trust", "--jwk", key2File, "--issuer", tr2["thumbprint"].(string), "--account", "founder", "--password-file", pw, "--yes"); r.code != exitRefused || !strings.Contains(r.errOut, "can never move") {
		t.Fatalf("moving a key to another issuer: %d %s", r.code, r.errOut)
	}
	if r := huzhu(t, dir, "issuer", "trust", "--jwk", key2File, "--issuer", "0x12", "--account", "founder", "--password-file", pw, "--yes"); r.code != exitUsage {
		t.Fatalf("a malformed --issuer: %d %s", r.code, r.errOut)
	}
	// A trusted key cannot be unbound; distrusted, and with no claim
	// approved since it was first trusted, it can, and then it can start
	// an identity of its own... which its iss, taken, refuses.
	if r := huzhu(t, dir, "issuer", "unbind", "--jwk", key2File, "--account", "founder", "--password-file", pw, "--yes"); r.code != exitRefused || !strings.Contains(r.errOut, "stop trusting it first") {
		t.Fatalf("unbinding a trusted key: %d %s", r.code, r.errOut)
	}
	mustOK(t, huzhu(t, dir, "issuer", "trust", "--revoke", "--jwk", key2File, "--account", "founder", "--password-file", pw, "--yes"))
	ub := mustOK(t, huzhu(t, dir, "issuer", "unbind", "--key", tr2["thumbprint"].(string), "--account", "founder", "--password-file", pw, "--yes", "--json")).json(t)
	if ub["applied"] != true || ub["bound"] != false || ub["issuer"] != tr["issuer"] {
		t.Fatalf("unbind: %v", ub)
	}
	if r := huzhu(t, dir, "issuer", "unbind", "--key", tr2["thumbprint"].(string), "--account", "founder", "--password-file", pw, "--yes"); r.code != exitRefused || !strings.Contains(r.errOut, "bound to no issuer") {
		t.Fatalf("unbinding twice: %d %s", r.code, r.errOut)
	}
	// A plain member may not.
	mustOK(t, huzhu(t, dir, "faucet", "mei"))
	if r := huzhu(t, dir, "issuer", "trust", "--jwk", issuerFile, "--revoke", "--account", "mei", "--password-file", pw, "--yes"); r.code != exitRefused || !strings.Contains(r.errOut, "neither the founder nor a sitting notary") {
		t.Fatalf("member trust: %d %s", r.code, r.errOut)
	}

	// A notary publishes an HPKE key; it is kept encrypted in the wallet.
	mustOK(t, huzhu(t, dir, "faucet", "n1"))
	k := mustOK(t, huzhu(t, dir, "notary", "key", "--account", "n1", "--password-file", pw, "--yes", "--insecure-light-kdf", "--json")).json(t)
	if k["public_key_bytes"].(float64) != 1216 {
		t.Fatalf("notary key: %v", k)
	}
	if _, err := os.Stat(k["key_file"].(string)); err != nil {
		t.Fatal("the HPKE key was not kept")
	}
}

// credentialIss reads the iss an SD-JWT's issuer-signed JWT carries.
func credentialIss(t *testing.T, cred string) string {
	t.Helper()
	sd, err := disclosure.Parse(strings.TrimSpace(cred))
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(sd.IssuerJWT, ".")
	if len(parts) != 3 {
		t.Fatalf("issuer JWT in %d parts", len(parts))
	}
	body, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatal(err)
	}
	var claims struct {
		Iss string `json:"iss"`
	}
	if err := json.Unmarshal(body, &claims); err != nil {
		t.Fatal(err)
	}
	return claims.Iss
}
