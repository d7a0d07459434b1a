package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/creack/pty"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/session"
)

// tuiRow is the interactive wallet's whole-process timings on one chain
// setup: launch to the first frame, and to the full dashboard.
type tuiRow struct {
	Chain          string  `json:"chain"`
	Runs           int     `json:"runs"`
	FirstFrameMs   float64 `json:"first_frame_median_ms"`
	FirstFrameMax  float64 `json:"first_frame_max_ms"`
	DashboardMs    float64 `json:"dashboard_median_ms"`
	DashboardMaxMs float64 `json:"dashboard_max_ms"`
	PeakRSSKB      int64   `json:"peak_rss_kb"`
}

// benchTUI times `huzhu` (the TUI) in a pseudo-terminal of 120x40 as a
// whole process, on a data dir with an account and the demo community:
// from launch to the first frame drawn (the title), and to the full
// dashboard (the member's state, read from the chain), against a running
// `huzhu node` and when huzhu opens the embedded chain itself.
func benchTUI(args []string) int {
	fs := flag.NewFlagSet("tui", flag.ContinueOnError)
	runs := fs.Int("runs", 15, "runs of each")
	bin := fs.String("bin", "", "huzhu binary (default: build ./cmd/huzhu)")
	ledger := fs.String("ledger", "", "also: a data dir with a big community (huzhu-bench stats --keep DIR; e.g. DIR/data-10000): open its ledger, time page-down key presses to the next frame, and read the peak resident memory")
	account := fs.String("account", "notary0", "the account to open the --ledger data dir with")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	root, err := os.MkdirTemp("", "huzhu-bench-tui")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(root)
	if !buildHuzhu(bin, root) {
		return 1
	}
	data := filepath.Join(root, "data")
	if err := demoDataDir(data); err != nil {
		fmt.Fprintln(os.Stderr, "huzhu-bench: demo data dir:", err)
		return 1
	}
	var rows []tuiRow
	// A running `huzhu node`: the TUI reaches it over IPC.
	node := exec.Command(*bin, "--data-dir", data, "node", "--http", "")
	node.Env = benchEnv(data)
	if err := node.Start(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := waitIPC(data); err != nil {
		node.Process.Kill()
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	row, err := tuiRuns(*bin, data, "huzhu node running", *runs, nil)
	node.Process.Signal(os.Interrupt)
	node.Wait()
	if err != nil {
		fmt.Fprintln(os.Stderr, "huzhu-bench:", err)
		return 1
	}
	rows = append(rows, row)
	// No server: the TUI opens the embedded chain in its own process.
	row, err = tuiRuns(*bin, data, "embedded chain opened by the TUI", *runs, []string{"HUZHU_NODE_INPROCESS=1"})
	if err != nil {
		fmt.Fprintln(os.Stderr, "huzhu-bench:", err)
		return 1
	}
	rows = append(rows, row)
	var lr *ledgerRow
	if *ledger != "" {
		if lr, err = ledgerRun(*bin, *ledger, *account, *runs); err != nil {
			fmt.Fprintln(os.Stderr, "huzhu-bench:", err)
			return 1
		}
	}
	enc := json.NewEncoder(os.Stdout)
	if lr != nil {
		enc.SetIndent("", "  ")
		enc.Encode(map[string]any{"launch": rows, "ledger": lr})
		return 0
	}
	enc.SetIndent("", "  ")
	enc.Encode(rows)
	return 0
}

func benchEnv(data string, extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "HUZHU_") && !strings.HasPrefix(kv, "TERM=") && !strings.HasPrefix(kv, "LANG=") {
			env = append(env, kv)
		}
	}
	env = append(env, "HUZHU_HOME="+data, "HUZHU_NO_KEYRING=1", "TERM=xterm-256color", "LANG=C.UTF-8")
	return append(env, extra...)
}

// demoDataDir makes a data dir with one account, mei, and the demo
// community (on its embedded chain, in this process).
func demoDataDir(data string) error {
	ctx := context.Background()
	s := session.New(session.Options{DataDir: data, NoKeyring: true, LightKDF: true})
	defer s.Close()
	phrase, err := session.NewPhrase()
	if err != nil {
		return err
	}
	pass := []byte("huzhu-bench tui passphrase")
	acct, err := s.AddAccount(session.NewAccount{Name: "mei", Phrase: phrase, Passphrase: pass})
	if err != nil {
		return err
	}
	_, err = s.CreateDemo(ctx, acct, pass, nil)
	return err
}

func waitIPC(data string) error {
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := chain.Dial(context.Background(), chain.IPCPath(data)); err == nil {
			c.Close()
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return errors.New("huzhu node did not come up")
}

// tuiRuns starts the TUI runs times in a pty and times its output.
func tuiRuns(bin, data, what string, runs int, extra []string) (tuiRow, error) {
	row := tuiRow{Chain: what, Runs: runs}
	var first, full []float64
	for range runs {
		f, d, rss, err := tuiOnce(bin, data, extra)
		if err != nil {
			return row, err
		}
		first, full = append(first, f), append(full, d)
		row.PeakRSSKB = max(row.PeakRSSKB, rss)
	}
	row.FirstFrameMs, row.FirstFrameMax = median(first), maxOf(first)
	row.DashboardMs, row.DashboardMaxMs = median(full), maxOf(full)
	fmt.Fprintf(os.Stderr, "%s: first frame %.0f ms, dashboard %.0f ms (medians of %d)\n", what, row.FirstFrameMs, row.DashboardMs, runs)
	return row, nil
}

// answerLikeATerminal copies the TUI's output into out and answers the
// queries a terminal emulator answers (the background colour, OSC 11;
// the cursor position, DSR 6), as xterm or tmux would at once: without an
// answer, the TUI would wait for its query's timeout.
func answerLikeATerminal(f *os.File, out *screenText) {
	buf := make([]byte, 32<<10)
	var tail []byte
	for {
		n, err := f.Read(buf)
		if n > 0 {
			out.Write(buf[:n])
			seen := append(tail, buf[:n]...)
			if bytes.Contains(seen, []byte("\x1b]11;?")) {
				f.Write([]byte("\x1b]11;rgb:0000/0000/0000\x1b\\"))
			}
			if bytes.Contains(seen, []byte("\x1b[6n")) {
				f.Write([]byte("\x1b[1;1R"))
			}
			tail = append(tail[:0], seen[max(0, len(seen)-8):]...)
		}
		if err != nil {
			return
		}
	}
}

// screenText is what a terminal's output stream says, without escape
// sequences: enough to find a word the TUI drew.
type screenText struct {
	mu  sync.Mutex
	raw bytes.Buffer
}

func (s *screenText) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.raw.Write(p)
}

func (s *screenText) has(word string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return bytes.Contains(s.raw.Bytes(), []byte(word))
}

// quitTUI asks the TUI in the pseudo-terminal f to quit (q) and waits for
// it, killing it after 10 s.
func quitTUI(f *os.File, cmd *exec.Cmd) {
	f.Write([]byte("q"))
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		<-done
	}
}

func tuiOnce(bin, data string, extra []string) (firstMs, dashMs float64, rssKB int64, err error) {
	cmd := exec.Command(bin)
	cmd.Env = benchEnv(data, extra...)
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
	if err != nil {
		return 0, 0, 0, err
	}
	defer f.Close()
	out := &screenText{}
	go answerLikeATerminal(f, out)
	wait := func(word string, limit time.Duration) (float64, error) {
		deadline := time.Now().Add(limit)
		for !out.has(word) {
			if time.Now().After(deadline) {
				out.mu.Lock()
				os.WriteFile(filepath.Join(os.TempDir(), "huzhu-bench-tui.out"), out.raw.Bytes(), 0o600)
				out.mu.Unlock()
				return 0, fmt.Errorf("the TUI never drew %q within %s (its output: %s)", word, limit, filepath.Join(os.TempDir(), "huzhu-bench-tui.out"))
			}
			time.Sleep(time.Millisecond)
		}
		return float64(time.Since(start).Microseconds()) / 1000, nil
	}
	defer quitTUI(f, cmd)
	if firstMs, err = wait("huzhu", 10*time.Second); err != nil {
		return
	}
	if dashMs, err = wait("Membership", 60*time.Second); err != nil {
		return
	}
	rssKB = peakRSS(cmd.Process.Pid)
	return
}

// peakRSS reads a process's peak resident set (VmHWM) from /proc, in KB
// (0 where there is no /proc).
func peakRSS(pid int) int64 { return procStatus(pid, "VmHWM:") }

// procStatus reads a field (in KB) of /proc/PID/status.
func procStatus(pid int, field string) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, field) {
			v, _ := strconv.ParseInt(strings.Fields(line)[1], 10, 64)
			return v
		}
	}
	return 0
}

// ledgerRow is the TUI on a big community's ledger, as a whole process.
type ledgerRow struct {
	Rows       string  `json:"rows"` // as the ledger's header says them
	OpenMs     float64 `json:"launch_to_ledger_ms"`
	KeyMedian  float64 `json:"page_down_to_frame_median_ms"`
	KeyMax     float64 `json:"page_down_to_frame_max_ms"`
	PeakRSSKB  int64   `json:"peak_rss_kb"`
	RSSKB      int64   `json:"rss_kb"` // after the key presses
	KeyPresses int     `json:"key_presses"`
}

var movementsRE = regexp.MustCompile(`(\d+) of (\d+) shown`)

// ledgerRun opens the TUI on data's ledger (the last tab: one shift-tab
// from the dashboard), and times page-down presses to the next frame.
func ledgerRun(bin, data, account string, presses int) (*ledgerRow, error) {
	cmd := exec.Command(bin)
	cmd.Env = benchEnv(data, "HUZHU_ACCOUNT="+account)
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
	if err != nil {
		return nil, err
	}
	defer f.Close()
	defer quitTUI(f, cmd)
	out := &screenText{}
	go answerLikeATerminal(f, out)
	until := func(word string, limit time.Duration) error {
		for deadline := time.Now().Add(limit); !out.has(word); time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				return fmt.Errorf("the TUI never drew %q within %s", word, limit)
			}
		}
		return nil
	}
	if err := until("Membership", 60*time.Second); err != nil {
		return nil, err
	}
	f.Write([]byte("\x1b[Z")) // shift-tab: the last tab, the ledger
	if err := until("Pool movements", 120*time.Second); err != nil {
		return nil, err
	}
	row := &ledgerRow{OpenMs: float64(time.Since(start).Microseconds()) / 1000, KeyPresses: presses}
	time.Sleep(500 * time.Millisecond) // let the first frames settle
	out.mu.Lock()
	if m := movementsRE.FindSubmatch(out.raw.Bytes()); m != nil {
		row.Rows = string(m[2])
	}
	out.mu.Unlock()
	var times []float64
	for range presses {
		out.mu.Lock()
		n := out.raw.Len()
		out.mu.Unlock()
		t := time.Now()
		f.Write([]byte("\x1b[6~")) // page down
		for {
			out.mu.Lock()
			grew := out.raw.Len() > n
			out.mu.Unlock()
			if grew {
				break
			}
			if time.Since(t) > 5*time.Second {
				return nil, errors.New("no frame after a page-down")
			}
			time.Sleep(100 * time.Microsecond)
		}
		times = append(times, float64(time.Since(t).Microseconds())/1000)
		time.Sleep(30 * time.Millisecond)
	}
	row.KeyMedian, row.KeyMax = median(times), maxOf(times)
	row.PeakRSSKB = peakRSS(cmd.Process.Pid)
	row.RSSKB = procStatus(cmd.Process.Pid, "VmRSS:")
	fmt.Fprintf(os.Stderr, "ledger of %s rows: page-down to frame %.1f ms median, peak RSS %d MB\n", row.Rows, row.KeyMedian, row.PeakRSSKB/1024)
	return row, nil
}
