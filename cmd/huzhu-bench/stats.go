package main

import (
	"context"
	"encoding/json"
	"errors"
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
	"github.com/huzhu-community/huzhu/cmd/huzhu-bench/statsbench"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"

	"github.com/ethereum/go-ethereum/crypto"
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
	// A notary's commands, warm cache: the queue (claims of the term
	// waiting for this notary), and the review of the one sealed claim
	// (envelope fetched, opened, verified, checklist).
	QueueMs     float64 `json:"queue_median_ms"`
	QueueMaxMs  float64 `json:"queue_max_ms"`
	QueueLen    int     `json:"queue_claims"`
	ReviewMs    float64 `json:"review_median_ms"`
	ReviewMaxMs float64 `json:"review_max_ms"`
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
	if !buildHuzhu(bin, root) {
		return 1
	}
	var rows []statsRow
	for _, f := range strings.Split(*members, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "huzhu-bench: --members wants positive counts, got %q\n", *members)
			return 2
		}
		row, err := statsAt(filepath.Join(root, fmt.Sprint("data-", n)), *bin, statsbench.Spec{Members: n, Claims: n * *perTen / 10000, Sealed: true}, *runs)
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
	if err := notaryTimings(&row, data, bin, runs); err != nil {
		return row, err
	}
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

// notaryTimings keeps the first notary's account and HPKE key in the data
// dir (a light-KDF keystore: on a desktop the keyring holds the derived
// key and no scrypt runs, so this times the commands' own work) and times
// `notary queue --json` and `notary review ID --json` as whole processes.
func notaryTimings(row *statsRow, data, bin string, runs int) error {
	pass := []byte("huzhu-bench notary")
	st := wallet.NewStore(data)
	st.Scrypt = wallet.LightScrypt
	key := statsbench.NotaryKey(0)
	if _, _, err := st.Add(key, pass, wallet.AddOptions{Name: "notary0", Source: "bench"}); err != nil && !errors.Is(err, wallet.ErrAccountExists) {
		return err
	}
	if _, err := wallet.NewNotaryKeyStore(data).Add(key, statsbench.NotaryHPKE(0), time.Now()); err != nil {
		return err
	}
	pw := filepath.Join(data, "bench-pass")
	if err := os.WriteFile(pw, pass, 0o600); err != nil {
		return err
	}
	run := func(args ...string) (float64, map[string]any, error) {
		cmd := exec.Command(bin, append([]string{"--data-dir", data, "--account", "notary0", "--password-file", pw, "--no-keyring"}, args...)...)
		cmd.Env = append(os.Environ(), "HUZHU_HOME=", "HUZHU_RPC=", "HUZHU_COMMUNITY=")
		t := time.Now()
		out, err := cmd.Output()
		ms := float64(time.Since(t).Microseconds()) / 1000
		if err != nil {
			return 0, nil, fmt.Errorf("huzhu %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		var doc map[string]any
		return ms, doc, json.Unmarshal(out, &doc)
	}
	member := crypto.PubkeyToAddress(statsbench.SealedClaimantKey().PublicKey)
	var queue, review []float64
	id := ""
	for range runs {
		ms, doc, err := run("notary", "queue", "--json")
		if err != nil {
			return err
		}
		queue = append(queue, ms)
		cs, _ := doc["claims"].([]any)
		row.QueueLen = len(cs)
		for _, c := range cs {
			m := c.(map[string]any)
			if strings.EqualFold(fmt.Sprint(m["member"]), member.Hex()) {
				id = fmt.Sprint(m["id"])
			}
		}
	}
	if id == "" {
		return fmt.Errorf("the sealed claim of %s is not in notary0's queue", member.Hex())
	}
	for range runs {
		ms, doc, err := run("notary", "review", id, "--json")
		if err != nil {
			return err
		}
		if checks, _ := doc["checks"].([]any); len(checks) < 10 {
			return fmt.Errorf("review of claim %s: %d checks", id, len(checks))
		}
		review = append(review, ms)
	}
	row.QueueMs, row.QueueMaxMs = median(queue), maxOf(queue)
	row.ReviewMs, row.ReviewMaxMs = median(review), maxOf(review)
	fmt.Fprintf(os.Stderr, "notary queue (%d claims) %.0f ms, review %.0f ms\n", row.QueueLen, row.QueueMs, row.ReviewMs)
	return nil
}
