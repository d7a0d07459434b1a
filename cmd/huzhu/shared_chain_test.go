package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/chain"
)

func init() {
	// This test binary is not huzhu: its in-process commands run the
	// chain in-process; the huzhu binary the tests build spawns servers.
	inProcessChain = true
}

// proc is one run of the huzhu binary.
type proc struct {
	args           []string
	start, end     time.Time
	code           int
	out, errOut    string
	killedByTest   bool
	amountMilli    int64 // a send's amount, in 0.001 ETH
	cmd            *exec.Cmd
	stdout, stderr bytes.Buffer
}

// fleet runs huzhu binaries against one data dir.
type fleet struct {
	t   *testing.T
	bin string
	dir string
	env []string

	mu    sync.Mutex
	procs []*proc
	wg    sync.WaitGroup
}

func newFleet(t *testing.T, dir string) *fleet {
	f := &fleet{t: t, bin: binary(t), dir: dir, env: cleanEnv("HUZHU_NO_KEYRING=1", "HUZHU_NODE_IDLE=2m")}
	t.Cleanup(func() { stopServer(t, f.bin, dir) })
	return f
}

// stopServer stops a background server a test left running.
func stopServer(t *testing.T, bin, dir string) {
	cmd := exec.Command(bin, "--data-dir", dir, "node", "stop")
	cmd.Env = cleanEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Logf("huzhu node stop: %v: %s", err, out)
	}
}

// start runs one command in the background.
func (f *fleet) start(args ...string) *proc {
	p := &proc{args: args}
	p.cmd = exec.Command(f.bin, append([]string{"--data-dir", f.dir}, args...)...)
	p.cmd.Env = f.env
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	p.start = time.Now()
	if err := p.cmd.Start(); err != nil {
		f.t.Fatal(err)
	}
	f.mu.Lock()
	f.procs = append(f.procs, p)
	f.mu.Unlock()
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		err := p.cmd.Wait()
		p.end = time.Now()
		p.code = 0
		if ee, ok := err.(*exec.ExitError); ok {
			p.code = ee.ExitCode()
		} else if err != nil {
			p.code = -1
		}
		p.out, p.errOut = p.stdout.String(), p.stderr.String()
	}()
	return p
}

// runOK runs one command and waits; it must exit 0.
func (f *fleet) runOK(args ...string) *proc {
	f.t.Helper()
	p := f.start(args...)
	f.wg.Wait()
	if p.code != 0 {
		f.t.Fatalf("huzhu %s: exit %d\n%s%s", strings.Join(args, " "), p.code, p.out, p.errOut)
	}
	return p
}

func (p *proc) json(t *testing.T) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal([]byte(p.out), &v); err != nil {
		t.Fatalf("huzhu %s: stdout is not JSON: %v\n%s", strings.Join(p.args, " "), err, p.out)
	}
	return v
}

// serverPid asks the server of dir's chain for its pid.
func serverPid(t *testing.T, dir string) (int, bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := chain.Dial(ctx, chain.IPCPath(dir))
	if err != nil {
		t.Fatalf("no server answers: %v", err)
	}
	defer c.Close()
	info, err := chain.DevInfoOf(ctx, c.RPC)
	if err != nil {
		t.Fatal(err)
	}
	return info.Pid, info.Background
}

// gone reports whether pid has exited (or is a zombie nobody reaped).
func gone(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true
	}
	i := bytes.LastIndexByte(b, ')')
	return i > 0 && len(b) > i+2 && b[i+2] == 'Z'
}

// Many huzhu processes on one fresh data dir with no `huzhu node`: the
// first ones race to start the chain, sends, balances and community reads
// run at once while processes come and go, and the background server is
// killed mid-run. Every command exits 0 (the ones in flight at the kill
// at most exit 5, never 1 or 2), exactly one server starts at first, the
// next commands after the kill bring a new one up, and the recipient is
// credited exactly what was sent.
func TestManyProcessesShareTheEmbeddedChain(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "shared chain passphrase")
	for _, n := range []string{"payer", "payee", "founder", "n1", "n2", "n3"} {
		newAccount(t, dir, n, pw) // no chain needed
	}
	f := newFleet(t, dir)

	// 1. No server yet: eight processes at once need the chain.
	f.start("faucet", "payer", "--eth", "100", "--json") // the sends total 32.767 ETH
	f.start("faucet", "founder", "--json")
	for range 3 {
		f.start("wallet", "balance", "payee", "--json")
		f.start("wallet", "balance", "payer", "--json")
	}
	f.wg.Wait()
	f.requireAll(0)
	log, _ := os.ReadFile(chain.NodeLogPath(dir))
	if n := bytes.Count(log, []byte("serving the embedded chain in the background")); n != 1 {
		t.Fatalf("%d background servers started, want 1; node.log:\n%s", n, log)
	}
	pid, background := serverPid(t, dir)
	if !background {
		t.Fatal("the chain is not served by a background server")
	}

	// 2. A community, created while money moves.
	f.procs = nil
	sends := 0
	send := func() {
		amount := int64(1) << sends
		sends++
		p := f.start("wallet", "send", "--account", "payer", "--to", "payee", "--amount", fmt.Sprintf("%d.%03d", amount/1000, amount%1000),
			"--password-file", pw, "--yes", "--json")
		p.amountMilli = amount
	}
	f.start("community", "create", "--account", "founder", "--password-file", pw, "--notaries", "n1,n2,n3", "--yes", "--json")
	send()
	send()
	f.start("wallet", "balance", "payer", "--json")
	f.wg.Wait()
	f.requireAll(0)
	all := append([]*proc(nil), f.procs...)

	// 3. Waves of sends, balances and community reads; some clients are
	// killed by the test as they run; the server is killed mid-wave.
	var killAt, killDone time.Time
	for wave := range 4 {
		f.procs = nil
		for range 3 {
			send()
			f.start("wallet", "balance", "payee", "--json")
			f.start("community", "info", "--json")
		}
		victim := f.start("wallet", "balance", "payer", "--json")
		time.Sleep(150 * time.Millisecond)
		victim.killedByTest = true
		victim.cmd.Process.Signal(syscall.SIGKILL)
		if wave == 1 {
			killAt = time.Now()
			syscall.Kill(pid, syscall.SIGKILL)
			for !gone(pid) {
				time.Sleep(5 * time.Millisecond)
			}
			killDone = time.Now()
			// Newcomers right after the kill.
			send()
			f.start("wallet", "balance", "payer", "--json")
			f.start("community", "info", "--json")
		}
		f.wg.Wait()
		all = append(all, f.procs...)
	}
	if killAt.IsZero() {
		t.Fatal("the server was never killed")
	}
	newPid, _ := serverPid(t, dir)
	if newPid == pid {
		t.Fatal("the killed server still answers")
	}

	// Every command exits 0, except ones in flight at the kill: 0 or 5.
	var okMilli, maybeMilli int64
	inFlight := 0
	for _, p := range all {
		if p.killedByTest {
			continue
		}
		overlaps := p.start.Before(killDone) && p.end.After(killAt)
		switch {
		case p.code == 0:
			okMilli += p.amountMilli
		case p.code == exitUnreachable && overlaps:
			inFlight++
			maybeMilli |= p.amountMilli
			t.Logf("in flight at the kill: huzhu %s: exit 5: %s", strings.Join(p.args, " "), strings.TrimSpace(p.errOut))
		default:
			t.Errorf("huzhu %s: exit %d (in flight at the kill: %v)\n%s%s", strings.Join(p.args, " "), p.code, overlaps, p.out, p.errOut)
		}
		if p.code == 0 && p.args[0] == "community" {
			if v := p.json(t); v["community"] == nil && v["address"] == nil {
				t.Errorf("community info: %s", p.out)
			}
		}
	}
	t.Logf("%d commands, %d in flight at the kill failed with exit 5", len(all), inFlight)

	// Settle what the payer journaled (a send cut off by the kill may
	// still be mined: the next run rebroadcasts it), then count.
	for i := 0; ; i++ {
		v := f.runOK("wallet", "pending", "payer", "--json").json(t)
		if len(v["pending"].([]any)) == 0 {
			break
		}
		if i > 100 {
			t.Fatalf("payments still pending: %v", v)
		}
		time.Sleep(100 * time.Millisecond)
	}
	v := f.runOK("wallet", "balance", "payee", "--json").json(t)
	got, _ := new(big.Int).SetString(v["eth"].(map[string]any)["raw"].(string), 10)
	milli := new(big.Int).Exp(big.NewInt(10), big.NewInt(15), nil)
	want := new(big.Int).Mul(big.NewInt(okMilli), milli)
	extra := new(big.Int).Sub(got, want)
	// Amounts are distinct powers of two: what arrived beyond the sends
	// that succeeded must be a subset of the ones cut off by the kill.
	q, r := new(big.Int).QuoRem(extra, milli, new(big.Int))
	if extra.Sign() < 0 || r.Sign() != 0 || !q.IsInt64() || q.Int64()&^maybeMilli != 0 {
		t.Fatalf("payee holds %s wei; the sends that succeeded total %s wei (cut off by the kill: %d milli-ETH)", got, want, maybeMilli)
	}
	if sends < 14 {
		t.Fatalf("only %d sends ran", sends)
	}
}

func (f *fleet) requireAll(code int) {
	f.t.Helper()
	for _, p := range f.procs {
		if p.code != code {
			f.t.Fatalf("huzhu %s: exit %d, want %d\n%s%s", strings.Join(p.args, " "), p.code, code, p.out, p.errOut)
		}
	}
}

// A background server stops after its idle time with no process using
// it, and the next command starts a new one.
func TestBackgroundServerStopsWhenIdle(t *testing.T) {
	dir := t.TempDir()
	f := newFleet(t, dir)
	f.env = cleanEnv("HUZHU_NO_KEYRING=1", "HUZHU_NODE_IDLE=1s")
	addr := "0x00000000000000000000000000000000000000d1"
	f.runOK("faucet", addr, "--tokens", "0")
	pid, _ := serverPid(t, dir)
	deadline := time.Now().Add(20 * time.Second)
	for !gone(pid) {
		if time.Now().After(deadline) {
			t.Fatal("the idle server did not stop")
		}
		time.Sleep(50 * time.Millisecond)
	}
	f.runOK("faucet", addr, "--tokens", "0")
	if p2, _ := serverPid(t, dir); p2 == pid {
		t.Fatal("no new server")
	}
}

// With no chain to reach, commands exit 5 and say why: a closed port, and
// an embedded chain that cannot start.
func TestUnreachableChainExits5(t *testing.T) {
	dir := t.TempDir()
	f := newFleet(t, dir)
	pw := passwordFile(t, "unreachable passphrase")
	newAccount(t, dir, "solo", pw)
	p := f.start("--rpc", "http://127.0.0.1:1", "wallet", "balance", "solo", "--json")
	f.wg.Wait()
	if p.code != exitUnreachable || !strings.Contains(p.errOut, "cannot reach the chain") {
		t.Fatalf("closed port: exit %d: %s", p.code, p.errOut)
	}
	// A file where the chain's directory should be: the server fails.
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "chain"), []byte("not a directory"), 0o600); err != nil {
		t.Fatal(err)
	}
	f2 := newFleet(t, bad)
	p = f2.start("faucet", "0x00000000000000000000000000000000000000d1")
	f2.wg.Wait()
	if p.code != exitUnreachable || !strings.Contains(p.errOut, "node.log") {
		t.Fatalf("broken data dir: exit %d: %s", p.code, p.errOut)
	}
}

// A connection that drops in the middle of reading a community is "chain
// unreachable" (exit 5), never "not a huzhu community contract" (exit 2)
// nor a plain error (exit 1).
func TestConnectionLostMidCallIsUnreachable(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "cut.ipc")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go func(conn net.Conn) {
				defer conn.Close()
				dec := json.NewDecoder(bufio.NewReader(conn))
				for {
					var req struct {
						ID     json.RawMessage `json:"id"`
						Method string          `json:"method"`
					}
					if dec.Decode(&req) != nil {
						return
					}
					var result string
					switch req.Method {
					case "eth_chainId":
						result = `"0x539"`
					case "eth_getCode":
						result = `"0x6080"`
					default: // the community's first call: the node goes away
						return
					}
					fmt.Fprintf(conn, `{"jsonrpc":"2.0","id":%s,"result":%s}`+"\n", req.ID, result)
				}
			}(conn)
		}
	}()
	dir := t.TempDir()
	r := huzhu(t, dir, "--rpc", sock, "community", "info", "--community", "0x00000000000000000000000000000000000000e1")
	if r.code != exitUnreachable || strings.Contains(r.errOut, "not a huzhu community") {
		t.Fatalf("connection lost mid-call: exit %d: %s", r.code, r.errOut)
	}
}

// huzhu node started while a background server runs takes over from it
// (commands then use it); a second huzhu node on the data dir says who
// serves it; and a busy HTTP port gets a hint, not a bare bind error.
func TestForegroundNodeTakesOver(t *testing.T) {
	dir := t.TempDir()
	f := newFleet(t, dir)
	addr := "0x00000000000000000000000000000000000000d1"
	f.runOK("faucet", addr, "--tokens", "0")
	bgPid, _ := serverPid(t, dir)

	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	port := busy.Addr().String()
	p := f.start("node", "--http", port)
	f.wg.Wait()
	if p.code != exitUsage || !strings.Contains(p.errOut, "in use") || !strings.Contains(p.errOut, "--http") {
		t.Fatalf("busy port: exit %d: %s", p.code, p.errOut)
	}

	node := exec.Command(f.bin, "--data-dir", dir, "node", "--http", "")
	node.Env = f.env
	// Files, not buffers: the test reads them while huzhu node writes.
	outPath := filepath.Join(t.TempDir(), "out")
	outF, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	defer outF.Close()
	node.Stdout, node.Stderr = outF, outF
	if err := node.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		node.Process.Signal(syscall.SIGINT)
		node.Wait()
	}()
	deadline := time.Now().Add(60 * time.Second)
	for {
		out, _ := os.ReadFile(outPath)
		if bytes.Contains(out, []byte("Serving")) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("huzhu node did not start: %s", out)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !gone(bgPid) {
		t.Fatal("the background server still runs")
	}
	if pid, background := serverPid(t, dir); pid != node.Process.Pid || background {
		t.Fatalf("served by pid %d (background %v), want huzhu node %d", pid, background, node.Process.Pid)
	}
	f.runOK("faucet", addr, "--tokens", "0")
	p = f.start("node", "--http", "")
	f.wg.Wait()
	if p.code == 0 || !strings.Contains(p.errOut, fmt.Sprintf("pid %d", node.Process.Pid)) {
		t.Fatalf("second huzhu node: exit %d: %s", p.code, p.errOut)
	}
}
