package main

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// readmeBlock returns the first ```sh block after heading in README.md.
func readmeBlock(t *testing.T, heading string) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, heading)
	if i < 0 {
		t.Fatalf("README.md has no %q", heading)
	}
	s = s[i:]
	start := strings.Index(s, "```sh\n")
	if start < 0 {
		t.Fatalf("no sh block after %q", heading)
	}
	s = s[start+len("```sh\n"):]
	end := strings.Index(s, "```")
	if end < 0 {
		t.Fatalf("unterminated sh block after %q", heading)
	}
	return s[:end]
}

// The README's walkthrough runs as written, as a shell script, with the
// built binary: every command exits 0, and a refusal would show its own
// exit code (which `go run` would have turned into 1).
func TestReadmeWalkthrough(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	block := readmeBlock(t, "## A first community, from the command line")
	if strings.Contains(block, "go run") || strings.Contains(block, "alias huzhu") {
		t.Fatalf("the walkthrough runs huzhu through go run, which turns every exit code into 1:\n%s", block)
	}
	work := t.TempDir()
	out := runReadmeBlock(t, block, work, filepath.Join(work, "data"))
	for _, want := range []string{"Community\t0x", "Notaries", "PASS: every KBC in the pool"} {
		if !strings.Contains(out, want) {
			t.Errorf("walkthrough output lacks %q:\n%s", want, out)
		}
	}
}

// runReadmeBlock runs a README block as a shell script in work, with the
// binary this test run built standing in for its `go build`, and returns
// its output; data is the data dir the block uses, stopped afterwards.
func runReadmeBlock(t *testing.T, block, work, data string) string {
	t.Helper()
	if strings.Contains(block, "go run") || strings.Contains(block, "alias huzhu") {
		t.Fatalf("the block runs huzhu through go run, which turns every exit code into 1:\n%s", block)
	}
	bin := binary(t)
	// `go build -o bin/huzhu ./cmd/huzhu` is the README's first step; the
	// test's go copies the binary this test run built instead.
	shim := t.TempDir()
	goShim := "#!/bin/sh\n[ \"$*\" = \"build -o bin/huzhu ./cmd/huzhu\" ] || { echo \"unexpected: go $*\" >&2; exit 99; }\nmkdir -p bin && cp '" + bin + "' bin/huzhu\n"
	if err := os.WriteFile(filepath.Join(shim, "go"), []byte(goShim), 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-e", "-x", "-c", block)
	cmd.WaitDelay = 10 * time.Second // a child left holding the output cannot hang the test
	cmd.Dir = work
	cmd.Env = append(cleanEnv("HUZHU_HOME="+data, "HUZHU_NO_KEYRING=1", "LANG=C"), "PATH="+shim+":"+os.Getenv("PATH"))
	t.Cleanup(func() {
		stop := exec.Command(filepath.Join(work, "bin", "huzhu"), "node", "stop")
		stop.Env = cleanEnv("HUZHU_HOME=" + data)
		stop.Run()
	})
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the README block failed: %v\n%s", err, out)
	}
	return string(out)
}

// The README's whole story runs as written: a claim filed, reviewed,
// approved by two notaries and paid; the audit passes; the ledger is CSV;
// and no file of the data dir holds a fact mei kept hidden.
func TestReadmeStory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	block := readmeBlock(t, "## The whole story, from the command line")
	work := t.TempDir()
	out := runReadmeBlock(t, block, work, filepath.Join(work, "story"))
	for _, want := range []string{"PASS", "paid", "Filed claim 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("story output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "FAIL") {
		t.Errorf("a check failed:\n%s", out)
	}
	csv, err := os.ReadFile(filepath.Join(work, "ledger.csv"))
	if err != nil || strings.Count(string(csv), "\n") < 6 {
		t.Fatalf("ledger.csv: %v\n%s", err, csv)
	}
	filepath.Walk(filepath.Join(work, "story"), func(p string, info os.FileInfo, err error) error {
		if err != nil || !info.Mode().IsRegular() {
			return nil
		}
		b, _ := os.ReadFile(p)
		if strings.Contains(string(b), "C34.1") {
			t.Errorf("%s holds the hidden diagnosis code", p)
		}
		return nil
	})
}

// updateReadme copies the goldens into the README's captures of the TUI:
// go test ./cmd/huzhu -run TestReadmeScreensAreTheGoldens -update-readme
var updateReadme = flag.Bool("update-readme", false, "copy the TUI's goldens into the README's captures")

// The README's captures of the TUI are its golden views, as they are now.
func TestReadmeScreensAreTheGoldens(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	capture := regexp.MustCompile("(?s)<!-- golden: (\\S+) -->\n```text\n(.*?)\n```")
	shots := capture.FindAllStringSubmatch(string(b), -1)
	if len(shots) < 4 {
		t.Fatalf("the README shows %d captures of the TUI, want at least 4", len(shots))
	}
	golden := func(name string) string {
		g, err := os.ReadFile(filepath.Join("../..", name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var lines []string
		for _, l := range strings.Split(string(g), "\n") {
			lines = append(lines, strings.TrimRight(l, " "))
		}
		return strings.TrimRight(strings.Join(lines, "\n"), "\n")
	}
	if *updateReadme {
		out := capture.ReplaceAllStringFunc(string(b), func(m string) string {
			name := capture.FindStringSubmatch(m)[1]
			return "<!-- golden: " + name + " -->\n```text\n" + golden(name) + "\n```"
		})
		if err := os.WriteFile("../../README.md", []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, m := range shots {
		if m[2] != golden(m[1]) {
			t.Errorf("the README's capture of %s differs from the golden; copy it again (-update-readme)", m[1])
		}
	}
}
