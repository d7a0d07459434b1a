package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// A plain go-ethereum node, not huzhu's: the acceptance scenario runs
// against it too (issue 8 section 4: any JSON-RPC node works).

var (
	gethOnce sync.Once
	gethPath string
	gethErr  error
)

// gethDevKey is go-ethereum's well-known developer key: `geth --dev`
// funds its address in the dev genesis (cmd/utils.DeveloperKey).
const gethDevKey = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// gethBinary builds geth, at the go-ethereum version huzhu's go.mod names,
// from the module proxy with `go install pkg@version` (geth's own go.mod,
// not ours), once per machine: it is kept in the user's cache dir.
func gethBinary(t *testing.T) string {
	t.Helper()
	gethOnce.Do(func() {
		out, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "github.com/ethereum/go-ethereum").Output()
		if err != nil {
			gethErr = fmt.Errorf("go list go-ethereum: %w", err)
			return
		}
		version := strings.TrimSpace(string(out))
		cache, err := os.UserCacheDir()
		if err != nil {
			cache = os.TempDir()
		}
		dir := filepath.Join(cache, "huzhu-test", "geth-"+version)
		gethPath = filepath.Join(dir, "geth")
		if _, err := os.Stat(gethPath); err == nil {
			return
		}
		cmd := exec.Command("go", "install", "github.com/ethereum/go-ethereum/cmd/geth@"+version)
		cmd.Env = append(os.Environ(), "GOBIN="+dir, "GOFLAGS=-buildvcs=false")
		if b, err := cmd.CombinedOutput(); err != nil {
			gethErr = fmt.Errorf("go install geth@%s: %v\n%s", version, err, b)
		}
	})
	if gethErr != nil {
		t.Fatalf("build geth: %v", gethErr)
	}
	return gethPath
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startGethDev runs `geth --dev` with a block a second (so that the chain's
// clock moves without any warp) and returns its HTTP endpoint.
func startGethDev(t *testing.T) string {
	t.Helper()
	geth := gethBinary(t)
	dir := t.TempDir()
	port := freePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, geth, "--dev", "--dev.period", "1", "--datadir", dir,
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3,txpool",
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--verbosity", "1")
	logf, err := os.Create(filepath.Join(dir, "geth.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		cmd.Wait()
		logf.Close()
		if t.Failed() {
			if b, err := os.ReadFile(logf.Name()); err == nil {
				t.Logf("geth log (tail):\n%s", tail(string(b), 40))
			}
		}
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		c, err := ethclient.Dial(url)
		if err == nil {
			_, err = c.BlockNumber(context.Background())
			c.Close()
			if err == nil {
				return url
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("geth --dev did not answer on %s", url)
	return ""
}

func tail(s string, n int) string {
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
