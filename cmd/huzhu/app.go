package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/iostreams"
	"github.com/huzhu-community/huzhu/session"
)

// globals are the flags every command takes (SPEC section 8).
type globals struct {
	DataDir      string
	RPC          string
	Community    string
	Account      string
	PasswordFile string
	JSON         bool
	Yes          bool
	NoKeyring    bool
	// Remember: the keyring remembers what a password file's passphrase
	// unlocks too (a typed one is always remembered).
	Remember bool
	Lang     string
}

// app is what one run of huzhu shares between its commands: flags,
// streams and language, and the session (chain, community, account,
// sender) that every command works through.
type app struct {
	g   globals
	io  *iostreams.IOStreams
	p   i18n.Printer
	now func() time.Time

	sess *session.Session
	// jsonWritten: the run's one JSON document is out (an error after it
	// goes to stderr only).
	jsonWritten bool
	// said are the notes of the session already shown this run.
	said map[string]bool
	// helpWorded: the command tree's help is in the run's language.
	helpWorded bool
	// longs word the commands' Long texts made of parts (longHelp).
	longs map[*cobra.Command]func(i18n.Printer) string
	// settleLater is the settle a confirmation promised, sent once the
	// command is done (along.go).
	settleLater func(context.Context)
}

func newApp(streams *iostreams.IOStreams) *app {
	return &app{io: streams, now: time.Now, said: map[string]bool{}}
}

// session is the run's session, made from the global flags on first use
// (after they are parsed). The CLI gives it a hidden prompt when stdin is
// a terminal, notes on stderr, and spinners for slow steps.
func (a *app) session() *session.Session {
	if a.sess != nil {
		return a.sess
	}
	opts := a.sessionOptions()
	opts.Stdin = a.io.In
	opts.Notify = func(m string) {
		// Each thing said once a run, however many keys are unlocked.
		if !a.said[m] {
			a.said[m] = true
			a.note("%s", m)
		}
	}
	opts.Progress = func(p session.Progress) {
		switch p.Stage {
		case "chain-starting":
			a.io.StartProgress(a.p.T("Starting the embedded chain…"))
		case "chain-ready":
			a.io.StopProgress("")
		case "waiting":
			a.io.StartProgress(a.p.Sprintf("Waiting for %s to be mined…", short(p.Tx)))
		case "mined":
			a.io.StopProgress(a.p.Sprintf("Mined in block %d: %s", p.Block, p.Tx.Hex()))
		}
	}
	if a.io.Interactive() {
		opts.Prompt = a.io.ReadSecret
	}
	a.sess = session.New(opts)
	return a.sess
}

// sessionOptions are the session's options from the global flags, without
// the hooks of a face (the CLI's prompt and spinners, or the TUI's).
func (a *app) sessionOptions() session.Options {
	return session.Options{
		DataDir: a.g.DataDir, RPC: a.g.RPC, ServerArgv: serverArgv(a.g.DataDir),
		Community: a.g.Community, Account: a.g.Account,
		PasswordFile: a.g.PasswordFile, NoKeyring: a.g.NoKeyring, RememberFromFile: a.g.Remember,
		Sprintf: a.p.Sprintf,
	}
}

// chain opens the chain connection once per run.
func (a *app) chain(ctx context.Context) (*chain.Conn, error) {
	return a.session().Chain(ctx)
}

// openOptions says how this run reaches the chain.
func (a *app) openOptions() chain.OpenOptions {
	return chain.OpenOptions{RPC: a.g.RPC, DataDir: a.g.DataDir, ServerArgv: serverArgv(a.g.DataDir)}
}

// inProcessChain makes commands run the embedded chain in their own
// process (until they end) instead of a background server: set by this
// package's tests, whose binary is not huzhu, and by HUZHU_NODE_INPROCESS.
var inProcessChain = false

// serverArgv is the command line of the background server of dataDir's
// embedded chain: this same binary, `node --background`. The server
// needs its binary only to start: a `go run` binary, deleted when the
// command ends, keeps running the server it started (the kernel keeps an
// unlinked executable for its processes), and the next command started
// by a new `go run` uses that server. nil means run the chain in-process.
func serverArgv(dataDir string) []string {
	if inProcessChain || os.Getenv("HUZHU_NODE_INPROCESS") != "" {
		return nil
	}
	exe, err := os.Executable()
	if err != nil || strings.HasSuffix(exe, ".test") || strings.HasSuffix(exe, ".test.exe") {
		return nil // never spawn a test binary: it would run the tests
	}
	abs, err := filepath.Abs(dataDir)
	if err != nil {
		return nil
	}
	return []string{exe, "--data-dir", abs, "node", "--background", "--idle", nodeIdle().String()}
}

// nodeIdle is how long a background server outlives its last client
// (HUZHU_NODE_IDLE, a Go duration such as 90s or 30m).
func nodeIdle() time.Duration {
	if d, err := time.ParseDuration(os.Getenv("HUZHU_NODE_IDLE")); err == nil && d > 0 {
		return d
	}
	return chain.DefaultIdle
}

func (a *app) close() {
	if a.sess != nil {
		a.sess.Close()
	}
}

// community opens the community named by --community or, without it, the
// one this data dir remembers for the chain.
func (a *app) community(ctx context.Context) (*community.Community, error) {
	return a.session().Community(ctx)
}

// defaultDataDir is the user's data dir for huzhu: $XDG_DATA_HOME/huzhu or
// ~/.local/share/huzhu on Linux, the platform's application data dir elsewhere.
func defaultDataDir() string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "darwin":
		return filepath.Join(home, "Library", "Application Support", "huzhu")
	case "windows":
		if d := os.Getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "huzhu")
		}
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "huzhu")
	}
	return filepath.Join(home, ".local", "share", "huzhu")
}

// explainLost names a connection to the chain cut off in the middle of a
// command (the process serving it was killed, or the network went) as
// such, instead of a bare "EOF".
func explainLost(err error) error {
	var ue *chain.UnreachableError
	if err == nil || errors.As(err, &ue) || !chain.IsConnectionLost(err) {
		return err
	}
	return errorf("lost the connection to the chain (%w); if it was the embedded chain, its server stopped: run the command again (a payment it sent is checked by the next run)", err)
}
