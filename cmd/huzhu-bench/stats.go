package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/statsbench"
	"github.com/huzhu-community/huzhu/session"
)

// statsRow is one size's whole-process timings of `huzhu community stats --json`.
type statsRow struct {
	Members    int     `json:"members"`
	Claims     int     `json:"claims"`
	Events     int     `json:"events"`
	Blocks     uint64  `json:"blocks"`
	CacheBytes int64   `json:"cache_bytes"`
	BuildS     float64 `json:"build_s"`
	ColdMs     float64 `json:"cold_median_ms"`
	ColdMaxMs  float64 `json:"cold_max_ms"`
	WarmMs     float64 `json:"warm_median_ms"`
	WarmMaxMs  float64 `json:"warm_max_ms"`
}

// benchStats builds a community of each size on the embedded chain of a
// fresh data dir (served by this process over IPC, as a `huzhu node`
// would), then times `huzhu community stats --json` as a whole process:
// cold (the data dir's log cache removed before each run) and warm.
func benchStats(args []string) int {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	members := fs.String("members", "1000,5000,10000", "member counts")
	perTen := fs.Int("claims-per-10k", 2000, "claims per 10,000 members")
	runs := fs.Int("runs", 5, "runs of each, cold and warm")
	bin := fs.String("bin", "", "huzhu binary (default: build ./cmd/huzhu)")
	keep := fs.String("keep", "", "build the data dirs here and keep them (default: a temporary dir, removed)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	root := *keep
	if root == "" {
		d, err := os.MkdirTemp("", "huzhu-bench-stats")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(d)
		root = d
	}
	if *bin == "" {
		*bin = filepath.Join(root, "huzhu")
		if out, err := exec.Command("go", "build", "-o", *bin, "./cmd/huzhu").CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "build huzhu: %v\n%s", err, out)
			return 1
		}
	}
	var rows []statsRow
	for _, f := range strings.Split(*members, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "huzhu-bench: --members wants positive counts, got %q\n", *members)
			return 2
		}
		row, err := statsAt(filepath.Join(root, fmt.Sprint("data-", n)), *bin, statsbench.Spec{Members: n, Claims: n * *perTen / 10000}, *runs)
		if err != nil {
			fmt.Fprintln(os.Stderr, "huzhu-bench:", err)
			return 1
		}
		rows = append(rows, row)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(rows)
	return 0
}

func statsAt(data, bin string, sp statsbench.Spec, runs int) (statsRow, error) {
	row := statsRow{Members: sp.Members, Claims: sp.Claims}
	ctx := context.Background()
	node, err := chain.StartDevNode(chain.DevConfig{DataDir: data})
	if err != nil {
		return row, err
	}
	defer node.Close()
	node.SetAutomine(false)
	client := node.Client()
	start := time.Now()
	addr, err := statsbench.Build(ctx, statsbench.Chain{
		Client: client, Funder: chain.DevFaucetKey, Mine: node.Mine,
		Warp: func(d time.Duration) error { _, err := node.Warp(d); return err },
	}, sp, os.Stderr)
	if err != nil {
		return row, err
	}
	// Time passes: the events sink below the blocks Logs reads again each
	// time (the dev chain finalizes in epochs of 32 blocks; 64 otherwise).
	// Without this, batching thousands of transactions a block leaves the
	// whole community within the re-read window, which a chain of one
	// block per transaction never does.
	for range community.ReorgDepth + 1 {
		if _, err := node.Warp(time.Second); err != nil {
			return row, err
		}
	}
	node.SetAutomine(true)
	row.BuildS = time.Since(start).Seconds()
	id, err := client.ChainID(ctx)
	if err != nil {
		return row, err
	}
	cfg, err := session.LoadConfig(data)
	if err != nil {
		return row, err
	}
	cfg.Communities[id.String()] = addr.Hex()
	if err := cfg.Save(data); err != nil {
		return row, err
	}
	run := func() (float64, map[string]any, error) {
		cmd := exec.Command(bin, "--data-dir", data, "community", "stats", "--json")
		cmd.Env = append(os.Environ(), "HUZHU_HOME=", "HUZHU_RPC=", "HUZHU_COMMUNITY=")
		t := time.Now()
		out, err := cmd.Output()
		ms := float64(time.Since(t).Microseconds()) / 1000
		if err != nil {
			return 0, nil, fmt.Errorf("huzhu community stats: %v\n%s", err, out)
		}
		var doc map[string]any
		if err := json.Unmarshal(out, &doc); err != nil {
			return 0, nil, err
		}
		return ms, doc, nil
	}
	cache := filepath.Join(data, "cache")
	var cold, warm []float64
	for range runs {
		if err := os.RemoveAll(cache); err != nil {
			return row, err
		}
		ms, doc, err := run()
		if err != nil {
			return row, err
		}
		if filed := doc["claims"].(map[string]any)["filed"].(float64); int(filed) != sp.Claims {
			return row, fmt.Errorf("stats counted %v claims, want %d", filed, sp.Claims)
		}
		cold = append(cold, ms)
	}
	for range runs {
		ms, _, err := run()
		if err != nil {
			return row, err
		}
		warm = append(warm, ms)
	}
	row.ColdMs, row.ColdMaxMs = median(cold), maxOf(cold)
	row.WarmMs, row.WarmMaxMs = median(warm), maxOf(warm)
	files, _ := filepath.Glob(filepath.Join(cache, "logs-*.bin"))
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			row.CacheBytes += fi.Size()
		}
	}
	com, err := community.Open(ctx, client, addr)
	if err != nil {
		return row, err
	}
	logs, err := com.Logs(ctx, nil)
	if err != nil {
		return row, err
	}
	row.Events = len(logs)
	row.Blocks, err = client.BlockNumber(ctx)
	fmt.Fprintf(os.Stderr, "%d members, %d claims: %d events, cold %.0f ms, warm %.0f ms\n", sp.Members, sp.Claims, row.Events, row.ColdMs, row.WarmMs)
	return row, err
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func maxOf(v []float64) float64 {
	m := v[0]
	for _, x := range v {
		m = max(m, x)
	}
	return m
}
