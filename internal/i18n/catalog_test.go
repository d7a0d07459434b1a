package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// The faces' sources whose human text comes from this catalog. Files of
// other packages are named one by one: only their prompts and notes are
// the faces' words.
var catalogSources = []string{
	"../../cmd/huzhu",
	"../../tui",
	// Service packages: their Say("…") sentences (see Text), and the
	// session's prompts and notes.
	"../../community",
	"../../claims",
	"../../disclosure",
	"../../session",
	"../../chain",
	"../../wallet",
}

// messageArgs are the functions and methods that take a catalog key (a
// message in English), by name, with the positions of their key
// arguments. A call counts when that argument is a string literal.
var messageArgs = map[string][]int{
	// The catalog itself and the TUI's T.
	"T": {0}, "Sprintf": {0},
	// cmd/huzhu: lines, errors, questions (see output.go, errors.go).
	"say": {0}, "note": {0}, "warn": {0}, "writeKV": {0},
	"errorf": {0}, "usageErrorf": {0},
	"confirm": {0}, "execute": {2}, "executeWith": {3}, "confirmPlan": {3},
	"quoteAndConfirm": {3}, "quoteAndConfirmTo": {5},
	"claimTx": {3, 4}, "runElectionStep": {2, 3},
	"exactArgs": {1}, "maxArgs": {1},
	// cmd/huzhu's help: a group's description, a flag added by a helper.
	"group": {1}, "addPeriodsFlag": {2}, "shellCompletion": {2, 3},
	// Keys kept in a variable or a table, translated where shown.
	"msgKey": {0},
	// wallet.Unlocker and session.Session: prompts and notes.
	"sprintf": {0}, "notify": {0},
	// Service packages: sentences each face words (i18n.Say), and the
	// helpers that build them: claims' and session's refused/invalid,
	// community's refusedf and badParam, disclosure's checked and
	// refuseIssued.
	"Say": {0}, "refused": {1}, "invalid": {1}, "refusedf": {0}, "badParam": {1},
	"checked": {2}, "refuseIssued": {0}, "badFact": {0},
	// Errors of the services said as a Text (i18n.SayErr).
	"SayErr": {1},
}

// messageVars are variables that hold a key for one of the calls above
// (a question chosen among two, say): a string literal assigned to one
// is a key.
var messageVars = map[string]bool{"question": true, "what": true, "done": true, "short": true, "NoRefundNotice": true}

// messageFields are fields of the faces' structs that hold a key, shown
// through T: the TUI's confirm dialog's question and notice.
var messageFields = map[string]map[string]bool{
	"TxRequest": {"Question": true, "Notice": true},
	// cobra.Command{Short: …, Long: …, Example: …}: the CLI's help,
	// translated when help is shown (cmd/huzhu/help.go).
	"Command": {"Short": true, "Long": true, "Example": true},
}

// flagDefinition matches the pflag methods that define a flag (StringVar,
// BoolVarP, StringSliceVar, Uint64Var, …): their last argument is the
// flag's usage, a key translated when help is shown.
var flagDefinition = regexp.MustCompile(`^(Bool|String|StringSlice|StringArray|Int|Int64|Uint|Uint32|Uint64|Float64|Duration)(Var)?P?$`)

// flagSet reports whether e is a flag set: cmd.Flags(), PersistentFlags(),
// or a variable holding one (f, fs, flags).
func flagSet(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.CallExpr:
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
			return sel.Sel.Name == "Flags" || sel.Sel.Name == "PersistentFlags" || sel.Sel.Name == "LocalFlags"
		}
	case *ast.Ident:
		return x.Name == "f" || x.Name == "fs" || x.Name == "flags"
	}
	return false
}

// notCatalog are receivers whose Sprintf or T is not the catalog's.
var notCatalog = map[string]bool{"fmt": true, "strings": true, "testing": true, "t": true}

// catalogKeys finds the message keys used by the faces' sources, with
// where each is first used.
func catalogKeys(t *testing.T) map[string]string {
	t.Helper()
	var files []string
	for _, src := range catalogSources {
		st, err := os.Stat(src)
		if err != nil {
			t.Fatal(err)
		}
		if !st.IsDir() {
			files = append(files, src)
			continue
		}
		names, err := filepath.Glob(filepath.Join(src, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			if !strings.HasSuffix(n, "_test.go") {
				files = append(files, n)
			}
		}
	}
	fset := token.NewFileSet()
	keys := map[string]string{}
	add := func(e ast.Expr) {
		s, ok := constString(t, e)
		if !ok {
			return
		}
		if _, seen := keys[s]; !seen {
			keys[s] = fset.Position(e.Pos()).String()
		}
	}
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				var fn string
				switch f := n.Fun.(type) {
				case *ast.Ident:
					fn = f.Name
				case *ast.SelectorExpr:
					if x, ok := f.X.(*ast.Ident); ok && notCatalog[x.Name] {
						return true
					}
					fn = f.Sel.Name
				}
				for _, i := range messageArgs[fn] {
					if i < len(n.Args) {
						add(n.Args[i])
					}
				}
				// f.StringVar(&v, name, default, usage): the usage.
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && flagDefinition.MatchString(fn) && flagSet(sel.X) && len(n.Args) > 0 {
					add(n.Args[len(n.Args)-1])
				}
			case *ast.CompositeLit:
				// kv{key, value}: a line of a key-value listing.
				if id, ok := n.Type.(*ast.Ident); ok && id.Name == "kv" && len(n.Elts) > 0 {
					add(n.Elts[0])
				}
				// TxRequest{Question: key, …}
				if fields := messageFields[typeName(n.Type)]; fields != nil {
					for _, e := range n.Elts {
						if f, ok := e.(*ast.KeyValueExpr); ok {
							if id, ok := f.Key.(*ast.Ident); ok && fields[id.Name] {
								add(f.Value)
							}
						}
					}
				}
				// []kv{{key, value}, …}
				if at, ok := n.Type.(*ast.ArrayType); ok {
					if id, ok := at.Elt.(*ast.Ident); ok && id.Name == "kv" {
						for _, e := range n.Elts {
							if c, ok := e.(*ast.CompositeLit); ok && c.Type == nil && len(c.Elts) > 0 {
								add(c.Elts[0])
							}
						}
					}
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && messageVars[id.Name] && i < len(n.Rhs) {
						add(n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if messageVars[id.Name] && i < len(n.Values) {
						add(n.Values[i])
					}
				}
			}
			return true
		})
	}
	return keys
}

// constString is the string a literal, or literals joined with +, make
// (a help text written in parts).
func constString(t *testing.T, e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(x.Value)
		if err != nil {
			t.Fatal(err)
		}
		return s, true
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false
		}
		l, ok := constString(t, x.X)
		if !ok {
			return "", false
		}
		r, ok := constString(t, x.Y)
		return l + r, ok
	case *ast.ParenExpr:
		return constString(t, x.X)
	}
	return "", false
}

// typeName is the name of a composite literal's type (T or pkg.T).
func typeName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.SelectorExpr:
		return t.Sel.Name
	}
	return ""
}

// wordless keys ("%s", "%v: %v") need no translation.
func wordless(s string) bool {
	s = verb.ReplaceAllString(s, "")
	for _, r := range s {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// Every message the faces show exists in Chinese too, and every Chinese
// message is one they show.
func TestCatalogComplete(t *testing.T) {
	keys := catalogKeys(t)
	if len(keys) < 100 {
		t.Fatalf("found only %d messages: is the scan looking at the sources?", len(keys))
	}
	var missing []string
	for k, where := range keys {
		if _, ok := zh[k]; !ok && !wordless(k) {
			missing = append(missing, where+": "+strconv.Quote(k))
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("no Chinese for %s", m)
	}
	var stale []string
	for k := range zh {
		if _, ok := keys[k]; !ok {
			stale = append(stale, strconv.Quote(k))
		}
	}
	sort.Strings(stale)
	for _, s := range stale {
		t.Errorf("Chinese for a message no face uses (stale): %s", s)
	}
}
