package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/wallet"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// binary builds the huzhu binary once per test run, for tests that need
// real processes (kill -9, an environment without D-Bus).
func binary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "huzhu-bin")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "huzhu")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = &exec.ExitError{Stderr: out}
		}
	})
	if binErr != nil {
		t.Fatalf("build huzhu: %v", binErr)
	}
	return binPath
}

func cleanEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "HUZHU_") {
			env = append(env, kv)
		}
	}
	return append(env, extra...)
}

// Kill huzhu between sending a payment and its receipt: the next run
// reports the payment's true outcome, and nothing is sent twice.
func TestKillBetweenSendAndReceipt(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	n, err := chain.StartDevNode(chain.DevConfig{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	pw := passwordFile(t, "payer passphrase")
	payer := common.HexToAddress(newAccount(t, dir, "payer", pw))
	to := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	mustOK(t, huzhu(t, dir, "faucet", "payer", "--eth", "5", "--tokens", "0"))

	n.SetAutomine(false)
	cmd := exec.Command(bin, "--data-dir", dir, "wallet", "send", "--account", "payer", "--to", to.Hex(),
		"--amount", "1", "--password-file", pw, "--no-keyring", "--yes")
	cmd.Env = cleanEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the payment is journaled and in the node's pool.
	j := wallet.NewJournal(dir)
	var hash common.Hash
	deadline := time.Now().Add(20 * time.Second)
	for hash == (common.Hash{}) {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the payment never reached the pool; stderr: %s", stderr.String())
		}
		if p, _ := j.Pending(payer); len(p) == 1 {
			c := n.Client()
			if _, isPending, err := c.TransactionByHash(context.Background(), p[0].Hash); err == nil && isPending {
				hash = p[0].Hash
			}
			c.Close()
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	n.SetAutomine(true) // the chain mines what was sent

	// The next run finds out what happened.
	v := mustOK(t, huzhu(t, dir, "wallet", "pending", "payer", "--json")).json(t)
	settled := v["settled"].([]any)
	if len(settled) != 1 || settled[0].(map[string]any)["hash"] != hash.Hex() || settled[0].(map[string]any)["state"] != "mined" {
		t.Fatalf("after restart: %v", v)
	}
	c := n.Client()
	defer c.Close()
	bal, _ := c.BalanceAt(context.Background(), to, nil)
	nonce, _ := c.NonceAt(context.Background(), payer, nil)
	if bal.Cmp(big.NewInt(1e18)) != 0 || nonce != 1 {
		t.Fatalf("recipient holds %s wei, payer nonce %d: want exactly one payment", bal, nonce)
	}
	// A later payment goes out normally.
	mustOK(t, huzhu(t, dir, "wallet", "send", "--account", "payer", "--to", to.Hex(), "--amount", "0.5", "--password-file", pw, "--yes"))
	bal, _ = c.BalanceAt(context.Background(), to, nil)
	if bal.Cmp(big.NewInt(15e17)) != 0 {
		t.Fatalf("recipient after a second payment: %s", bal)
	}
}

// After creating, importing, sending and exporting, no file in the data
// dir, no log line and no error text holds a private key, a mnemonic or
// a passphrase.
func TestNoSecretsOnDiskOrInOutput(t *testing.T) {
	dir := t.TempDir()
	pass := "scan-me passphrase 1"
	pw := passwordFile(t, pass)
	var transcript bytes.Buffer
	run := func(args ...string) result {
		r := huzhu(t, dir, args...)
		transcript.WriteString(r.errOut)
		return r
	}
	// A created account: the mnemonic is printed once, on stdout, by design.
	r := run("wallet", "new", "--name", "made", "--password-file", pw, "--insecure-light-kdf", "--json")
	created := mustOK(t, r).json(t)
	mnemonic := created["mnemonic"].(string)
	// An imported key.
	key, _ := crypto.GenerateKey()
	keyHex := hex.EncodeToString(crypto.FromECDSA(key))
	kf := filepath.Join(t.TempDir(), "k")
	os.WriteFile(kf, []byte("0x"+keyHex), 0o600)
	transcript.WriteString(mustOK(t, run("wallet", "import", "--name", "imported", "--private-key-file", kf, "--password-file", pw, "--insecure-light-kdf")).out)
	// Money moves, with mistakes on the way.
	mustOK(t, run("faucet", "imported"))
	transcript.WriteString(mustOK(t, run("wallet", "send", "--account", "imported", "--to", "made", "--amount", "1", "--password-file", pw, "--yes")).out)
	wrong := passwordFile(t, "wrong wrong wrong")
	transcript.WriteString(run("wallet", "send", "--account", "made", "--to", "imported", "--amount", "1", "--password-file", wrong, "--yes").errOut)
	transcript.WriteString(run("wallet", "send", "--account", "made", "--to", "imported", "--amount", "100", "--password-file", pw, "--yes").errOut)
	out := filepath.Join(t.TempDir(), "export.json")
	transcript.WriteString(mustOK(t, run("wallet", "export", "--name", "imported", "--out", out, "--password-file", pw)).out)

	// The exported file opens with the passphrase to the same key.
	doc, _ := os.ReadFile(out)
	if k, err := wallet.DecryptKeystore(doc, []byte(pass)); err != nil || !k.Equal(key) {
		t.Fatalf("export: %v", err)
	}
	secrets := map[string][]byte{
		"private key": []byte(keyHex), "private key (upper)": []byte(strings.ToUpper(keyHex)),
		"mnemonic": []byte(mnemonic), "passphrase": []byte(pass),
		"mnemonic words 1-3": []byte(strings.Join(strings.Fields(mnemonic)[:3], " ")),
	}
	for what, s := range secrets {
		if bytes.Contains(transcript.Bytes(), s) {
			t.Errorf("the %s appears in huzhu's output", what)
		}
	}
	files := 0
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return nil
		}
		files++
		b, _ := os.ReadFile(p)
		for what, s := range secrets {
			if bytes.Contains(b, s) {
				t.Errorf("%s holds the %s", p, what)
			}
		}
		if strings.Contains(p, string(filepath.Separator)+"wallet"+string(filepath.Separator)) && info.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s is readable by others: %v", p, info.Mode().Perm())
		}
		return nil
	})
	if files < 10 {
		t.Fatalf("scanned only %d files", files)
	}
}

// With no D-Bus at all, huzhu unlocks with the password file and says
// nothing of the keyring; with neither, it fails with exit code 4, saying
// once that there is no usable keyring.
func TestNoDBusFallsBack(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	t.Cleanup(func() { stopServer(t, bin, dir) }) // the binary started one
	pw := passwordFile(t, "no dbus passphrase")
	newAccount(t, dir, "solo", pw)
	mustOK(t, huzhu(t, dir, "faucet", "solo"))
	env := cleanEnv("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus")
	run := func(args ...string) (int, string) {
		cmd := exec.Command(bin, append([]string{"--data-dir", dir}, args...)...)
		cmd.Env = env
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		return code, stderr.String()
	}
	code, stderr := run("wallet", "send", "--account", "solo", "--to", "0x00000000000000000000000000000000000000d1", "--amount", "0.1", "--yes")
	if code != exitAuth || !strings.Contains(stderr, "no usable OS keyring") || !strings.Contains(stderr, "no terminal") || strings.Count(stderr, "keyring") != 1 {
		t.Fatalf("no D-Bus, no password file: exit %d: %s", code, stderr)
	}
	code, stderr = run("wallet", "send", "--account", "solo", "--to", "0x00000000000000000000000000000000000000d1", "--amount", "0.1", "--yes", "--password-file", pw)
	if code != 0 || strings.Contains(stderr, "keyring") {
		t.Fatalf("no D-Bus, with a password file: exit %d: %s", code, stderr)
	}
}
