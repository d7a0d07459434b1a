package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/internal/iostreams"
)

// plannedCommands are named in hints before they exist (none now: every
// command issue 8 planned has landed). Add one only with its issue.
var plannedCommands = map[string]bool{}

// notCommands are strings that start like a command but are names of
// things (domain-separation tags, prose): "the huzhu community contract".
var notCommands = []string{
	"huzhu community contract",
	"huzhu claim envelope", // HPKE info / AAD tags
	"huzhu notary hpke",    // keystore tags
	"huzhu dev chain",      // "huzhu dev chain(s) only"
	"huzhu dev node",       // a huzhu dev node (the RPC namespace)
	"huzhu dev faucet",     // the faucet key's seed
	"huzhu credentials",    // a file format tag
}

var commandRef = regexp.MustCompile(`huzhu((?: [a-z][a-z0-9-]*)+)`)

// Every `huzhu ...` named in a string of the Go sources (errors, hints,
// help) is a command of the tree, or one issue 8 is adding.
func TestHintsNameRealCommands(t *testing.T) {
	streams, _, _, _ := iostreams.Test()
	root := newRootCmd(newApp(streams))
	nouns := map[string]bool{}
	for _, c := range root.Commands() {
		nouns[c.Name()] = true
	}
	for k := range plannedCommands {
		nouns[strings.Fields(k)[0]] = true
	}
	refs := 0
	err := filepath.WalkDir("../..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".") && p != "../..") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			bl, ok := n.(*ast.BasicLit)
			if !ok || bl.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(bl.Value)
			if err != nil {
				return true
			}
		refsLoop:
			for _, m := range commandRef.FindAllStringSubmatch(s, -1) {
				for _, nc := range notCommands {
					if strings.HasPrefix(m[0], nc) {
						continue refsLoop
					}
				}
				words := strings.Fields(m[1])
				if !nouns[words[0]] {
					continue // prose: "huzhu keeps keys", "huzhu reads version 1"
				}
				refs++
				if path, ok := findCommand(root, words); !ok {
					t.Errorf("%s: %q names `huzhu %s`, which is neither a command nor planned by issue 8", fset.Position(bl.Pos()), m[0], path)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if refs < 20 {
		t.Fatalf("found only %d command references: is the scan looking at the sources?", refs)
	}
}

// runnableParents do something themselves as well as having
// subcommands: `huzhu node` serves the chain, `huzhu node stop` stops it.
var runnableParents = map[string]bool{"node": true}

// findCommand walks words down the tree: a command with subcommands must
// be followed by one of them (unless it is a runnable parent); a leaf may
// be followed by its arguments or by prose.
func findCommand(root *cobra.Command, words []string) (string, bool) {
	cmd := root
	var path []string
	for i, w := range words {
		var next *cobra.Command
		for _, c := range cmd.Commands() {
			if c.Name() == w || c.HasAlias(w) {
				next = c
			}
		}
		if next == nil {
			p := strings.Join(append(path, w), " ")
			if plannedCommands[p] {
				// A planned noun must be followed by a planned verb.
				if len(path) == 0 && i+1 < len(words) {
					pv := p + " " + words[i+1]
					return pv, plannedCommands[pv]
				}
				return p, true
			}
			if cmd != root && (len(cmd.Commands()) == 0 || runnableParents[strings.Join(path, " ")]) {
				return strings.Join(path, " "), true
			}
			return p, false
		}
		cmd = next
		path = append(path, w)
	}
	// "huzhu wallet" alone names the group.
	return strings.Join(path, " "), true
}

// The service packages never name a CLI command or flag: their errors
// reach the TUI too, which has neither; each face words the fix (issue 8
// section 1).
func TestServicesNameNoCommandsOrFlags(t *testing.T) {
	flag := regexp.MustCompile(`(^|[\s(\x60])--[a-z][a-z-]+`)
	streams, _, _, _ := iostreams.Test()
	nouns := map[string]bool{}
	for _, c := range newRootCmd(newApp(streams)).Commands() {
		nouns[c.Name()] = true
	}
	namesCommand := func(s string) bool {
		for _, m := range commandRef.FindAllStringSubmatch(s, -1) {
			if nouns[strings.Fields(m[1])[0]] && !isNotCommand(m[0]) {
				return true
			}
		}
		return false
	}
	for _, pkg := range []string{"session", "community", "claims", "wallet", "chain", "disclosure"} {
		files, _ := filepath.Glob(filepath.Join("../..", pkg, "*.go"))
		for _, p := range files {
			if strings.HasSuffix(p, "_test.go") {
				continue
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, p, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				bl, ok := n.(*ast.BasicLit)
				if !ok || bl.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(bl.Value)
				if err != nil {
					return true
				}
				if namesCommand(s) || flag.MatchString(s) {
					t.Errorf("%s: %q names a CLI command or flag", fset.Position(bl.Pos()), s)
				}
				return true
			})
		}
	}
}

func isNotCommand(s string) bool {
	for _, m := range commandRef.FindAllString(s, -1) {
		named := false
		for _, nc := range notCommands {
			if strings.HasPrefix(m, nc) {
				named = true
			}
		}
		if !named {
			return false
		}
	}
	return true
}
