package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/zalando/go-keyring"

	"github.com/huzhu-community/huzhu/internal/iostreams"
)

func TestMain(m *testing.M) {
	// The real Secret Service is exercised by the wallet's keyring tests;
	// here the keyring is go-keyring's in-memory mock.
	keyring.MockInit()
	for _, v := range []string{"HUZHU_HOME", "HUZHU_RPC", "HUZHU_COMMUNITY", "HUZHU_ACCOUNT", "HUZHU_PASSWORD_FILE", "HUZHU_LANG", "HUZHU_NO_KEYRING"} {
		os.Unsetenv(v)
	}
	os.Setenv("LANG", "C")
	os.Exit(m.Run())
}

type result struct {
	code        int
	out, errOut string
}

// huzhu runs one command line in-process, as the binary would, piped.
func huzhu(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return huzhuTTY(t, dir, false, args...)
}

// huzhuTTY runs a command line with stdout a terminal or not.
func huzhuTTY(t *testing.T, dir string, tty bool, args ...string) result {
	t.Helper()
	streams, _, out, errOut := iostreams.Test()
	streams.SetTTY(false, tty)
	code := run(context.Background(), append([]string{"--data-dir", dir}, args...), streams)
	return result{code: code, out: out.String(), errOut: errOut.String()}
}

func (r result) json(t *testing.T) map[string]any {
	t.Helper()
	var v map[string]any
	dec := json.NewDecoder(strings.NewReader(r.out))
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("stdout is not a JSON document: %v\n%s", err, r.out)
	}
	if dec.More() {
		t.Fatalf("stdout holds more than one JSON document:\n%s", r.out)
	}
	return v
}

func mustOK(t *testing.T, r result) result {
	t.Helper()
	if r.code != 0 {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", r.code, r.out, r.errOut)
	}
	return r
}

func passwordFile(t *testing.T, pass string) string {
	p := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(p, []byte(pass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// newAccount creates a wallet account with a light KDF and returns its address.
func newAccount(t *testing.T, dir, name, pw string) string {
	t.Helper()
	r := mustOK(t, huzhu(t, dir, "wallet", "new", "--name", name, "--password-file", pw, "--insecure-light-kdf", "--json"))
	v := r.json(t)
	if words := strings.Fields(v["mnemonic"].(string)); len(words) != 12 {
		t.Fatalf("mnemonic: got %d words", len(words))
	}
	return v["address"].(string)
}

func TestCreateCommunityEndToEnd(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "founder passphrase")
	founder := newAccount(t, dir, "founder", pw)
	for _, n := range []string{"n1", "n2", "n3"} {
		newAccount(t, dir, n, pw)
	}
	f := mustOK(t, huzhu(t, dir, "faucet", "founder", "--eth", "5", "--tokens", "100", "--json")).json(t)
	if f["address"] != founder || f["eth"].(map[string]any)["value"] != "5" || f["tokens"].(map[string]any)["raw"] != "100000000000000000000" {
		t.Fatalf("faucet output: %v", f)
	}

	// Without --yes and without a terminal: refused, nothing sent, nothing remembered.
	r := huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "n1,n2,n3")
	if r.code != exitUsage || !strings.Contains(r.errOut, "--yes") {
		t.Fatalf("create without --yes: exit %d, %s", r.code, r.errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "config.json")); !os.IsNotExist(err) {
		t.Fatal("a refused create wrote config.json")
	}

	c := mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw,
		"--notaries", "n1,n2,n3", "--dues", "2.5", "--waiting", "10d", "--voting", "5d", "--categories", "cancer,stroke", "--currency", "EUR", "--yes", "--json")).json(t)
	addr := c["community"].(string)
	if c["founder"] != founder || c["chain_id"] != float64(1337) || c["token_deployed"] != false {
		t.Fatalf("create output: %v", c)
	}
	st, err := os.Stat(filepath.Join(dir, "config.json"))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("config.json: %v %v", st, err)
	}

	info := mustOK(t, huzhu(t, dir, "community", "info", "--json")).json(t)
	p := info["params"].(map[string]any)
	if info["address"] != addr || p["dues"].(map[string]any)["value"] != "2.5" || p["waiting_seconds"].(float64) != 10*86400 ||
		len(p["categories"].([]any)) != 2 || len(info["notaries"].([]any)) != 3 || info["term"].(float64) != 0 || p["currency"] != "EUR" ||
		p["voting_seconds"].(float64) != 5*86400 {
		t.Fatalf("info: %v", info)
	}
	// Human output, piped: tab-separated.
	txt := mustOK(t, huzhu(t, dir, "community", "info")).out
	if !strings.Contains(txt, "Community\t"+addr) || !strings.Contains(txt, "Dues\t2.5 KBC per 30d") || !strings.Contains(txt, "Currency\tEUR") ||
		!strings.Contains(txt, "Voting window\t5d") {
		t.Fatalf("piped info:\n%s", txt)
	}
	// Chinese labels for people at a terminal; piped labels stay stable.
	zh := mustOK(t, huzhuTTY(t, dir, true, "community", "info", "--lang", "zh")).out
	if !strings.Contains(zh, "社区") || !strings.Contains(zh, "资金池") || strings.Contains(zh, "Pool") {
		t.Fatalf("--lang zh:\n%s", zh)
	}

	// The clock moves; terms and waiting periods follow.
	w := mustOK(t, huzhu(t, dir, "dev", "warp", "91d", "--json")).json(t)
	if w["advanced_seconds"].(float64) != 91*86400 {
		t.Fatalf("warp: %v", w)
	}
}

func TestFailedCreateLeavesNoConfig(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "founder passphrase")
	newAccount(t, dir, "poor", pw) // no ETH for gas
	n := newAccount(t, dir, "n1", pw)
	r := huzhu(t, dir, "community", "create", "--account", "poor", "--password-file", pw,
		"--notaries", n+","+n, "--yes")
	if r.code != exitUsage || !strings.Contains(r.errOut, "named twice") {
		t.Fatalf("duplicate notaries: exit %d: %s", r.code, r.errOut)
	}
	r = huzhu(t, dir, "community", "create", "--account", "poor", "--password-file", pw, "--notaries", "n1,poor", "--yes")
	if r.code == 0 || !strings.Contains(r.errOut, "insufficient ETH for gas") {
		t.Fatalf("create with no ETH: exit %d: %s", r.code, r.errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "config.json")); !os.IsNotExist(err) {
		t.Fatal("a failed create wrote config.json")
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// A real go-ethereum node over HTTP that is not a huzhu dev node.
func plainNode(t *testing.T) string {
	t.Helper()
	stack, err := node.New(&node.Config{P2P: p2p.Config{NoDiscovery: true}, HTTPHost: "127.0.0.1", HTTPPort: 0, HTTPModules: []string{"eth"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stack.Close() })
	ec := ethconfig.Defaults
	ec.Genesis = core.DeveloperGenesisBlock(30_000_000, nil)
	if _, err := eth.New(stack, &ec); err != nil {
		t.Fatal(err)
	}
	if err := stack.Start(); err != nil {
		t.Fatal(err)
	}
	return stack.HTTPEndpoint()
}

func TestBadInputExitCodes(t *testing.T) {
	dir := t.TempDir()
	plain := plainNode(t)
	pw := passwordFile(t, "founder passphrase")
	wrong := passwordFile(t, "not the passphrase")
	newAccount(t, dir, "alice", pw)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown flag", []string{"--bogus"}, exitUsage, "unknown flag"},
		{"unknown command", []string{"wallet", "bogus"}, exitUsage, "unknown command"},
		{"bad duration", []string{"dev", "warp", "ten days"}, exitUsage, "not a duration"},
		{"missing argument", []string{"faucet"}, exitUsage, "takes one address"},
		{"bad amount", []string{"faucet", "alice", "--eth", "1e3"}, exitUsage, "not an amount"},
		{"unreachable rpc", []string{"community", "info", "--rpc", "http://127.0.0.1:1"}, exitUnreachable, "--rpc"},
		{"no contract", []string{"community", "info", "--community", "0x0000000000000000000000000000000000000123"}, exitUsage, "no community contract"},
		{"not a community", []string{"community", "info", "--community", "0x0000000000000000000000000000000000000001"}, exitUsage, "no community contract"},
		{"no community chosen", []string{"community", "info"}, exitUsage, "--community"},
		{"faucet on a plain node", []string{"faucet", "alice", "--rpc", plain}, exitRefused, "embedded chain"},
		{"warp on a plain node", []string{"dev", "warp", "1d", "--rpc", plain}, exitRefused, "not a huzhu dev node"},
		{"node with --rpc", []string{"node", "--rpc", plain}, exitUsage, "drop --rpc"},
		{"bad notaries", []string{"community", "create", "--account", "alice", "--password-file", wrong, "--notaries", "alice,alice", "--seats", "1", "--quorum", "1", "--yes"}, exitUsage, "named twice"},
		{"wrong passphrase", []string{"community", "create", "--account", "alice", "--password-file", wrong, "--notaries", "alice", "--seats", "1", "--quorum", "1", "--yes"}, exitAuth, "does not unlock"},
		{"locked, no terminal", []string{"community", "create", "--account", "alice", "--no-keyring", "--notaries", "alice", "--seats", "1", "--quorum", "1", "--yes"}, exitAuth, "no terminal"},
		{"unknown account", []string{"wallet", "show", "bob"}, exitUsage, "the wallet has: alice"},
		{"missing password file", []string{"community", "create", "--account", "alice", "--password-file", "/nonexistent/pw", "--notaries", "alice", "--seats", "1", "--quorum", "1", "--yes"}, exitUsage, "/nonexistent/pw"},
		{"missing password file, new key", []string{"wallet", "new", "--name", "bob", "--password-file", "/nonexistent/pw"}, exitUsage, "--password-file"},
		{"new key, no terminal", []string{"wallet", "new", "--name", "bob"}, exitUsage, "--password-file"},
		{"bad language", []string{"wallet", "list", "--lang", "fr"}, exitUsage, "en or zh"},
	} {
		r := huzhu(t, dir, tc.args...)
		if r.code != tc.code || !strings.Contains(r.errOut, tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d mentioning %q", tc.name, r.code, r.errOut, tc.code, tc.want)
		}
		if n := strings.Count(r.errOut, "huzhu: "); n != 1 || !strings.HasPrefix(lastLine(r.errOut), "huzhu: ") {
			t.Errorf("%s: want the error as one last line of stderr:\n%s", tc.name, r.errOut)
		}
		// --json: the same error as one JSON document on stdout.
		j := huzhu(t, dir, append(tc.args, "--json")...)
		if j.code != tc.code {
			t.Errorf("%s --json: exit %d, want %d", tc.name, j.code, tc.code)
			continue
		}
		e := j.json(t)["error"].(map[string]any)
		if int(e["code"].(float64)) != tc.code {
			t.Errorf("%s --json: error document %v", tc.name, e)
		}
	}
}

func TestImportKnownMnemonic(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "import passphrase")
	mf := filepath.Join(t.TempDir(), "m")
	os.WriteFile(mf, []byte("test test test test test test test test test test test junk\n"), 0o600)
	for i, want := range []string{"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"} {
		name := []string{"zero", "one"}[i]
		v := mustOK(t, huzhu(t, dir, "wallet", "import", "--name", name, "--mnemonic-file", mf, "--index", []string{"0", "1"}[i],
			"--password-file", pw, "--insecure-light-kdf", "--json")).json(t)
		if v["address"] != want || v["path"] != "m/44'/60'/0'/0/"+[]string{"0", "1"}[i] {
			t.Fatalf("import index %d: %v", i, v)
		}
	}
	// The same key again is refused; the mnemonic never shows in output.
	r := huzhu(t, dir, "wallet", "import", "--name", "again", "--mnemonic-file", mf, "--password-file", pw, "--insecure-light-kdf")
	if r.code == 0 || !strings.Contains(r.errOut, "already in the wallet") || strings.Contains(r.errOut+r.out, "junk") {
		t.Fatalf("duplicate import: exit %d: %s", r.code, r.errOut)
	}
	// No secret on disk in plaintext.
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return nil
		}
		b, _ := os.ReadFile(p)
		if bytes.Contains(b, []byte("test test test")) || bytes.Contains(b, []byte("import passphrase")) {
			t.Errorf("%s holds a secret in plaintext", p)
		}
		return nil
	})
}
