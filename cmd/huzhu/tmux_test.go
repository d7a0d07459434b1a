package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/chain"
)

// tmuxTerm is the real binary in a real terminal: a tmux session on a
// server of the test's own (its socket in a temp dir), read with
// capture-pane, driven with send-keys.
type tmuxTerm struct {
	t      *testing.T
	socket string
	name   string
}

func newTmux(t *testing.T, width, height int, env []string, argv ...string) *tmuxTerm {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Fatal("tmux is not installed (scripts/test installs it)")
	}
	tm := &tmuxTerm{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock"), name: "huzhu"}
	// The environment goes through env(1), so that the server's own
	// environment does not leak into the command.
	cmd := append([]string{"env", "-i"}, env...)
	cmd = append(cmd, argv...)
	args := append([]string{"-S", tm.socket, "-f", "/dev/null", "new-session", "-d", "-s", tm.name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height)}, cmd...)
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	exec.Command("tmux", "-S", tm.socket, "set-option", "-t", tm.name, "remain-on-exit", "on").Run()
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("the screen at the end:\n%s", tm.capture())
		}
		exec.Command("tmux", "-S", tm.socket, "kill-server").Run()
	})
	return tm
}

func (tm *tmuxTerm) capture() string {
	out, _ := exec.Command("tmux", "-S", tm.socket, "capture-pane", "-p", "-t", tm.name).Output()
	return string(out)
}

// keys sends tmux key names ("Enter", "Escape", "Down") or literal text
// (with literal set).
func (tm *tmuxTerm) keys(literal bool, keys ...string) {
	tm.t.Helper()
	args := []string{"-S", tm.socket, "send-keys", "-t", tm.name}
	if literal {
		args = append(args, "-l")
	}
	if out, err := exec.Command("tmux", append(args, keys...)...).CombinedOutput(); err != nil {
		tm.t.Fatalf("tmux send-keys %v: %v\n%s", keys, err, out)
	}
}

func (tm *tmuxTerm) typeLine(s string) {
	tm.t.Helper()
	tm.keys(true, s)
	tm.keys(false, "Enter")
}

// waitFor polls the screen until it shows every one of want, and returns
// it.
func (tm *tmuxTerm) waitFor(timeout time.Duration, want ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		screen := tm.capture()
		missing := ""
		for _, w := range want {
			if !strings.Contains(screen, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			return screen
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("the screen never showed %q:\n%s", missing, screen)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

var phraseWord = regexp.MustCompile(`(\d+)\.\s+([a-z]+)`)
var askedWord = regexp.MustCompile(`Word #(\d+)`)

// The TUI in a real terminal (tmux), as a new user meets it (issue 9): a
// fresh data dir, a wallet created (the phrase read off the screen and
// three of its words typed back), the demo community accepted; dues paid;
// the dev clock past the waiting period; a claim filed; two notaries of
// the demo approve it at their desks; the payout on the member's
// dashboard. Every step waits for the screen (capture-pane), never a
// fixed time.
func TestTUIInRealTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary in tmux")
	}
	bin := binary(t)
	data := t.TempDir()
	env := []string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH"), "TERM=xterm-256color", "LANG=C.UTF-8",
		"HUZHU_HOME=" + data, "HUZHU_NO_KEYRING=1"}
	t.Cleanup(func() {
		if t.Failed() {
			// What the embedded chain's server said, for a failure in CI.
			logs, _ := filepath.Glob(filepath.Join(data, "*", "node.log"))
			more, _ := filepath.Glob(filepath.Join(data, "node.log"))
			for _, p := range append(more, logs...) {
				if b, err := os.ReadFile(p); err == nil {
					t.Logf("%s:\n%s", p, b[max(0, len(b)-4000):])
				}
			}
		}
		stop := exec.Command(bin, "node", "stop")
		stop.Env = cleanEnv("HUZHU_HOME=" + data)
		stop.Run()
	})
	tm := newTmux(t, 120, 40, env, bin)

	tm.waitFor(20*time.Second, "Create a new account")
	tm.keys(true, "c")
	tm.typeLine("mei")
	tm.typeLine("short")
	tm.waitFor(5*time.Second, "shorter than 8")
	tm.typeLine("a passphrase of mei")
	tm.typeLine("a passphrase of mei")
	screen := tm.waitFor(20*time.Second, "shown once")
	// Read it once the frame is whole: the same twice in a row.
	for prev := ""; screen != prev; screen = tm.capture() {
		prev = screen
		time.Sleep(200 * time.Millisecond)
	}
	phraseScreen := screen
	words := map[string]string{}
	for _, m := range phraseWord.FindAllStringSubmatch(screen, -1) {
		words[m[1]] = m[2]
	}
	if len(words) != 12 {
		t.Fatalf("read %d words of the phrase off the screen:\n%s", len(words), screen)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("the phrase screen read:\n%s", phraseScreen)
		}
	})
	tm.keys(false, "Enter")
	for range 3 {
		screen = tm.waitFor(10*time.Second, "Word #")
		m := askedWord.FindStringSubmatch(screen)
		tm.typeLine(words[m[1]])
		// The next question, or the demo offer.
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			s := tm.capture()
			if n := askedWord.FindStringSubmatch(s); n == nil || n[1] != m[1] {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	// Saving the account (scrypt) and starting the embedded chain: Open
	// waits up to chain.DefaultStartTimeout for it.
	tm.waitFor(chain.DefaultStartTimeout+10*time.Second, "demo community")
	tm.keys(false, "Enter")
	tm.waitFor(3*time.Minute, "Pool", "0 active, 3 waiting")
	const pass = "a passphrase of mei"
	for _, secret := range append([]string{pass}, words["1"]+" "+words["2"]+" "+words["3"]) {
		if strings.Contains(tm.capture(), secret) {
			t.Fatalf("the dashboard shows a secret (%q)", secret)
		}
	}

	// Pay a year of dues.
	tm.toTab("enter: pay")
	tm.keys(false, "Enter")
	tm.waitFor(30*time.Second, "Passphrase for")
	tm.typeLine(pass)
	tm.waitFor(30*time.Second, "Pay the dues?", "y: send")
	tm.keys(true, "y")
	tm.waitFor(60*time.Second, "Done: mined in block")
	tm.keys(false, "Enter")
	tm.waitFor(30*time.Second, "Paid in block", "waiting until")
	tm.keys(false, "BTab") // back to the dashboard, the tab before
	before := tm.kbc()

	// The dev clock past the waiting period, from another terminal.
	warp := exec.Command(bin, "dev", "warp", "91d")
	warp.Env = cleanEnv("HUZHU_HOME="+data, "HUZHU_NO_KEYRING=1")
	if out, err := warp.CombinedOutput(); err != nil {
		t.Fatalf("dev warp: %v\n%s", err, out)
	}

	// File a claim with the sample credential: the required facts only.
	tm.toTab("enter: open your credentials")
	tm.keys(false, "Enter")
	tm.waitFor(30*time.Second, "Passphrase for")
	tm.typeLine(pass)
	tm.waitFor(30*time.Second, "Choose a credential")
	tm.keys(false, "Enter")
	tm.waitFor(30*time.Second, "These 5 facts will be seen by the 3 notaries")
	tm.keys(false, "Enter")
	tm.typeLine("25")
	tm.waitFor(60*time.Second, "File this claim?", "y: send")
	tm.keys(true, "y")
	tm.waitFor(90*time.Second, "Done: mined in block")
	tm.keys(false, "Enter")
	tm.waitFor(30*time.Second, "Claim 1", "open")

	// Two notaries of the demo approve it at their desks.
	for _, notary := range []string{"nora", "ning"} {
		tm.switchTo(notary)
		tm.toTab("Claims waiting for your vote")
		tm.keys(false, "Enter")
		tm.waitFor(30*time.Second, "Passphrase for")
		tm.typeLine(pass)
		tm.waitFor(60*time.Second, "HEALTH DATA", "Every check passes.")
		tm.keys(true, "a")
		tm.waitFor(60*time.Second, "Approve this claim?", "y: send")
		tm.keys(true, "y")
		tm.waitFor(60*time.Second, "Done: mined in block")
		tm.keys(false, "Enter")
		tm.waitFor(30*time.Second, "was mined in block")
	}

	// Back to mei (on the dashboard: she has no notary desk): the claim is
	// approved and in public notice, listed there with its board's recall
	// count, and nothing is paid yet.
	tm.switchTo("mei")
	tm.waitFor(60*time.Second, "Public notice", "recall: 0 of 3 signatures")
	if got := tm.kbc(); got != before {
		t.Fatalf("mei's dashboard shows %d KBC during the notice, want %d (nothing paid yet)", got, before)
	}
	// The notice ends (the dev clock, from another terminal); mei settles
	// it from My claims, and the payout reaches her dashboard.
	warp = exec.Command(bin, "dev", "warp", "3d")
	warp.Env = cleanEnv("HUZHU_HOME="+data, "HUZHU_NO_KEYRING=1")
	if out, err := warp.CombinedOutput(); err != nil {
		t.Fatalf("dev warp: %v\n%s", err, out)
	}
	tm.toTab("place 1 in the payout queue")
	tm.keys(true, "s")
	tm.waitFor(60*time.Second, "Pay the approved claims whose public notice has ended?", "y: send")
	tm.keys(true, "y")
	tm.waitFor(30*time.Second, "Passphrase for")
	tm.typeLine(pass)
	tm.waitFor(90*time.Second, "Done: mined in block")
	tm.keys(false, "Enter")
	tm.toTab("Membership")
	deadline := time.Now().Add(60 * time.Second)
	for tm.kbc() != before+25 {
		if time.Now().After(deadline) {
			t.Fatalf("mei's dashboard shows %d KBC, want %d + the 25 paid", tm.kbc(), before)
		}
		tm.keys(true, "r")
		time.Sleep(500 * time.Millisecond)
	}
}

// eventually reports whether the screen shows marker within d.
func (tm *tmuxTerm) eventually(d time.Duration, marker string) bool {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if strings.Contains(tm.capture(), marker) {
			return true
		}
	}
	return false
}

// toTab presses tab until the screen shows marker.
func (tm *tmuxTerm) toTab(marker string) {
	tm.t.Helper()
	for range 12 {
		if strings.Contains(tm.capture(), marker) {
			return
		}
		tm.keys(false, "Tab")
		deadline := time.Now().Add(8 * time.Second)
		for time.Now().Before(deadline) && !strings.Contains(tm.capture(), marker) {
			time.Sleep(100 * time.Millisecond)
		}
	}
	tm.waitFor(time.Second, marker)
}

// switchTo switches the interactive wallet to the account named name.
func (tm *tmuxTerm) switchTo(name string) {
	tm.t.Helper()
	for range 3 {
		tm.keys(true, "a")
		if tm.eventually(3*time.Second, "Switch account") {
			break
		}
	}
	tm.waitFor(time.Second, "Switch account")
	for _, dir := range []string{"Down", "Up"} {
		for range 8 {
			if strings.Contains(tm.capture(), "> "+name) {
				tm.keys(false, "Enter")
				tm.waitFor(10*time.Second, name)
				return
			}
			tm.keys(false, dir)
			time.Sleep(200 * time.Millisecond)
		}
	}
	tm.t.Fatalf("no account %s to switch to:\n%s", name, tm.capture())
}

var kbcLine = regexp.MustCompile(`(?m)^KBC\s+(\d+)`)

// kbc is the KBC balance the dashboard shows.
func (tm *tmuxTerm) kbc() int {
	tm.t.Helper()
	m := kbcLine.FindStringSubmatch(tm.waitFor(30*time.Second, "Membership"))
	if m == nil {
		tm.t.Fatalf("no KBC balance on the dashboard:\n%s", tm.capture())
	}
	var n int
	fmt.Sscan(m[1], &n)
	return n
}
