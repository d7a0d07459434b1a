// Package interop runs the independent implementations in the repository's
// interop/ directory (npm packages pinned there) for huzhu's interop tests.
package interop

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/gofrs/flock"
)

// Dir is the interop/ directory of the repository.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "interop")
}

// ensure installs the pinned npm packages once, across test processes.
func ensure(t testing.TB) {
	t.Helper()
	dir := Dir()
	l := flock.New(filepath.Join(dir, ".npm-install.lock"))
	if err := l.Lock(); err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	if _, err := os.Stat(filepath.Join(dir, "node_modules", ".package-lock.json")); err == nil {
		return
	}
	cmd := exec.Command("npm", "ci", "--no-audit", "--no-fund", "--silent")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm ci in %s: %v\n%s", dir, err, out)
	}
}

// Node runs `node SCRIPT ARGS...` in interop/ and returns its stdout.
func Node(t testing.TB, script string, args ...string) string {
	t.Helper()
	ensure(t)
	cmd := exec.Command("node", append([]string{script}, args...)...)
	cmd.Dir = Dir()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s", fmt.Sprintf("node %s: %v\n%s", script, err, stderr.String()))
	}
	return stdout.String()
}
