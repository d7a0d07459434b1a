package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"

	"github.com/huzhu-community/huzhu/chain"
)

func benchCLI(args []string) int {
	fs := flag.NewFlagSet("cli", flag.ContinueOnError)
	runs := fs.Int("runs", 30, "how many times to run the command")
	bin := fs.String("bin", "", "huzhu binary (default: build ./cmd/huzhu)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dir, err := os.MkdirTemp("", "huzhu-bench-cli")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	if !buildHuzhu(bin, dir) {
		return 1
	}
	data := filepath.Join(dir, "data")
	node, err := chain.StartDevNode(chain.DevConfig{DataDir: data})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer node.Close()
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("bench passphrase\n"), 0o600)
	run := func(args ...string) error {
		cmd := exec.Command(*bin, append([]string{"--data-dir", data, "--no-keyring"}, args...)...)
		cmd.Env = append(os.Environ(), "HUZHU_HOME=", "HUZHU_RPC=")
		out, err := cmd.CombinedOutput()
		if err != nil {
			return fmt.Errorf("huzhu %v: %v\n%s", args, err, out)
		}
		return nil
	}
	if err := run("wallet", "new", "--name", "bench", "--password-file", pw, "--insecure-light-kdf", "--json"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := run("faucet", "bench"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	var ms []float64
	for i := 0; i < *runs; i++ {
		start := time.Now()
		if err := run("wallet", "balance", "bench", "--json"); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		ms = append(ms, float64(time.Since(start).Microseconds())/1000)
	}
	sort.Float64s(ms)
	q := func(p float64) float64 { return ms[int(p*float64(len(ms)-1)+0.5)] }
	out := map[string]any{
		"command": "huzhu wallet balance --json", "runs": len(ms), "via": "IPC to a running node",
		"median_ms": q(0.5), "p90_ms": q(0.9), "min_ms": ms[0], "max_ms": ms[len(ms)-1],
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(out)
	return 0
}

// buildHuzhu builds ./cmd/huzhu into dir when no binary was given with
// --bin, and says whether there is one to time.
func buildHuzhu(bin *string, dir string) bool {
	if *bin != "" {
		return true
	}
	*bin = filepath.Join(dir, "huzhu")
	if out, err := exec.Command("go", "build", "-o", *bin, "./cmd/huzhu").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build huzhu: %v\n%s", err, out)
		return false
	}
	return true
}
