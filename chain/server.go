package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/gofrs/flock"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// How huzhu processes share the embedded chain of one data dir.
//
// One process at a time serves the chain (a background `huzhu node
// --background`, the user's `huzhu node`, or a library caller running it
// in-process); every other process is a client of its IPC socket. Two
// advisory locks (flock, released by the kernel when a process dies) in
// the data dir coordinate them:
//
//   - node.lock (exclusive): held by whoever is bringing a server up, so
//     that exactly one process starts it and the others wait for it.
//   - node.users (shared): held by every client from Open to Close. A
//     server leaves (idle, or asked to stop) only while it holds this lock
//     exclusively, so it never goes away under a client, and a client that
//     arrives while it is going waits for it to be gone and starts anew.
//
// Clients touch node.users when they connect; its time is the server's
// last activity.

// DefaultIdle is how long a background server of the embedded chain
// outlives its last client.
const DefaultIdle = 10 * time.Minute

// DefaultStartTimeout bounds how long Open waits for the embedded chain
// to come up.
const DefaultStartTimeout = 60 * time.Second

// drainTimeout bounds how long a server that is asked to stop waits for
// the clients using it to finish.
const drainTimeout = 30 * time.Second

func nodeLockPath(dataDir string) string  { return filepath.Join(dataDir, "node.lock") }
func usersLockPath(dataDir string) string { return filepath.Join(dataDir, "node.users") }

// NodeLogPath is the log of the background server of dataDir's chain.
func NodeLogPath(dataDir string) string { return filepath.Join(dataDir, "node.log") }

func newLock(path string) *flock.Flock { return flock.New(path, flock.SetPermissions(0o600)) }

// LockForStart takes dataDir's start lock, waiting for whoever holds it
// (a process bringing the chain up) at most until ctx ends. A server
// started outside Open (huzhu node) holds it while it starts.
func LockForStart(ctx context.Context, dataDir string) (unlock func(), err error) {
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, err
	}
	l := newLock(nodeLockPath(dataDir))
	ok, err := l.TryLockContext(ctx, 20*time.Millisecond)
	if err != nil && ctx.Err() == nil {
		return nil, fmt.Errorf("lock %s: %w", l.Path(), err)
	}
	if !ok {
		return nil, ctx.Err()
	}
	return func() { l.Unlock() }, nil
}

// useServer connects to the server of dataDir's chain as a client,
// holding node.users shared, or returns an error when none answers.
func useServer(ctx context.Context, dataDir string) (*Conn, error) {
	ipc := IPCPath(dataDir)
	users := newLock(usersLockPath(dataDir))
	// Blocks only while a server is leaving.
	ok, err := users.TryRLockContext(ctx, 10*time.Millisecond)
	if !ok {
		if err == nil {
			err = ctx.Err()
		}
		return nil, err
	}
	if _, err := os.Stat(ipc); err != nil {
		users.Unlock()
		return nil, err
	}
	c, err := Dial(ctx, ipc)
	if err != nil {
		users.Unlock()
		return nil, err
	}
	// A node of an older huzhu served IPC before it had finished starting.
	if info, err := DevInfoOf(ctx, c.RPC); err != nil || !info.Ready {
		c.Close()
		users.Unlock()
		if err == nil {
			err = errNotReady
		}
		return nil, err
	}
	now := time.Now()
	os.Chtimes(users.Path(), now, now) // the server's last activity
	c.users = users
	return c, nil
}

// spawnServer starts argv as a detached process serving dataDir's chain,
// with its output in NodeLogPath. The returned channel yields its exit.
func spawnServer(dataDir string, argv []string) (<-chan error, error) {
	logPath := NodeLogPath(dataDir)
	logf, err := os.OpenFile(logPath, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	defer logf.Close()
	if fi, err := logf.Stat(); err == nil && fi.Size() > 1<<20 {
		logf.Truncate(0)
	}
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		return nil, err
	}
	defer devnull.Close()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = devnull, logf, logf
	cmd.Dir = dataDir
	detach(cmd)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start the embedded chain's server %s: %w", argv[0], err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	return done, nil
}

// logTail returns the last lines of the server log, for an error message.
func logTail(dataDir string) string {
	b, err := os.ReadFile(NodeLogPath(dataDir))
	if err != nil {
		return ""
	}
	b = bytes.TrimSpace(b)
	if len(b) > 600 {
		b = b[len(b)-600:]
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			b = b[i+1:]
		}
	}
	return string(b)
}

// ServeUntilIdle serves the chain until no client has used it for idle,
// or until ctx ends (then after the clients using it have finished, for
// at most 30 s). It closes the node before it returns. A client that
// arrives while the node closes waits, then starts a new one.
func (n *DevNode) ServeUntilIdle(ctx context.Context, dataDir string, idle time.Duration) error {
	users := newLock(usersLockPath(dataDir))
	tick := min(max(idle/20, 50*time.Millisecond), 2*time.Second)
	t := time.NewTicker(tick)
	defer t.Stop()
	var since time.Time // first moment seen with no client
	for {
		select {
		case <-ctx.Done():
			dctx, cancel := context.WithTimeout(context.Background(), drainTimeout)
			users.TryLockContext(dctx, 50*time.Millisecond)
			cancel()
			err := n.Close()
			users.Unlock()
			return err
		case <-t.C:
		}
		ok, _ := users.TryLock()
		if !ok {
			since = time.Time{}
			continue
		}
		now := time.Now()
		if since.IsZero() {
			since = now
		}
		if fi, err := os.Stat(users.Path()); err == nil && fi.ModTime().After(since) && !fi.ModTime().After(now) {
			since = fi.ModTime()
		}
		if now.Sub(since) < idle {
			users.Unlock()
			continue
		}
		err := n.Close() // holding node.users: no client can arrive meanwhile
		users.Unlock()
		return err
	}
}

// closeShared stops an in-process server after the other processes using
// it have finished (for at most 30 s).
func (n *DevNode) closeShared(dataDir string) error {
	users := newLock(usersLockPath(dataDir))
	dctx, cancel := context.WithTimeout(context.Background(), drainTimeout)
	users.TryLockContext(dctx, 20*time.Millisecond)
	cancel()
	err := n.Close()
	users.Unlock()
	return err
}

// errNotReady: the node answers but is still starting.
var errNotReady = i18n.SayErr(nil, "the embedded chain is still starting")

// errStartFailed marks a server process that exited with an error.
var errStartFailed = errors.New("the embedded chain's server failed")

func startFailed(dataDir string, exit error) error {
	why := i18n.SayErr(errStartFailed, "the embedded chain's server failed (%v)", exit)
	if tail := logTail(dataDir); tail != "" {
		why = i18n.SayErr(errStartFailed, "the embedded chain's server failed (%v); its log ends:\n%s", exit, tail)
	}
	return &UnreachableError{Endpoint: dataDir, Err: why, Embedded: true,
		Hint: i18n.Say("see %s; if the chain data is damaged, move %s away", NodeLogPath(dataDir), filepath.Join(dataDir, "chain"))}
}
