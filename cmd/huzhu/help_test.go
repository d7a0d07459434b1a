package main

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/internal/iostreams"
)

// Every command's help fits in 80 columns, Chinese included, with no word
// lost in the wrapping.
func TestHelpFitsEightyColumns(t *testing.T) {
	streams, _, _, _ := iostreams.Test()
	var paths [][]string
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		paths = append(paths, path)
		for _, s := range c.Commands() {
			walk(s, append(append([]string{}, path...), s.Name()))
		}
	}
	walk(newRootCmd(newApp(streams)), nil)
	if len(paths) < 30 {
		t.Fatalf("walked only %d commands", len(paths))
	}
	dir := t.TempDir()
	for _, p := range paths {
		r := huzhu(t, dir, append(p, "--help")...)
		if r.code != 0 {
			t.Errorf("huzhu %s --help: exit %d: %s", strings.Join(p, " "), r.code, r.errOut)
			continue
		}
		for _, line := range strings.Split(r.out, "\n") {
			if w := lipgloss.Width(line); w > helpWidth {
				t.Errorf("huzhu %s --help: a line of %d columns, want at most %d:\n%s", strings.Join(p, " "), w, helpWidth, line)
			}
		}
	}
}

func TestReflowKeepsEveryWord(t *testing.T) {
	in := "A first paragraph written with its own breaks at ninety columns, which is more than eighty,\nand a second line.\n\n- a list item that goes on\n  and continues here\n  huzhu wallet send --to ADDR --amount X\n\n扬州市第一人民医院 扬州市第一人民医院 扬州市第一人民医院 扬州市第一人民医院 扬州市第一人民医院\n\n用 --amount 指定金额，用 huzhu credential list 查看凭证编号（ID）；社区的规则一经部署便永久固定，\n任何人都无法更改。"
	out := reflow(in, 40)
	// Every character kept, in order: only spaces and line breaks move,
	// and no space is put between two Chinese characters.
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if squeeze(out) != squeeze(in) {
		t.Fatalf("reflow changed the text:\n%s", out)
	}
	if strings.Contains(out, "， 任") {
		t.Errorf("the Chinese paragraph's lines were joined with a space:\n%s", out)
	}
	// An English word is never split.
	words := map[string]bool{}
	for _, w := range strings.Fields(out) {
		words[w] = true
	}
	for _, w := range []string{"paragraph", "--amount", "credential", "huzhu", "eighty,"} {
		if !words[w] {
			t.Errorf("%q was split:\n%s", w, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if lipgloss.Width(l) > 40 {
			t.Errorf("line of %d columns: %q", lipgloss.Width(l), l)
		}
		// No line starts with a closing mark.
		if r := []rune(strings.TrimSpace(l)); len(r) > 0 && strings.ContainsRune("，。）；", r[0]) {
			t.Errorf("a line starts with %q: %q", r[0], l)
		}
	}
}

// A listing line of Chinese breaks between characters under its
// description column, each line at most the width.
func TestWrapLineChineseListing(t *testing.T) {
	line := "      --amount string   申请的代币数额（不超过治疗费用和社区设定的单笔理赔上限），请按凭证所示填写"
	out := wrapLine(line, 60)
	lines := strings.Split(out, "\n")
	if len(lines) < 2 {
		t.Fatalf("not wrapped:\n%s", out)
	}
	for _, l := range lines {
		if lipgloss.Width(l) > 60 {
			t.Errorf("line of %d columns: %q", lipgloss.Width(l), l)
		}
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, strings.Repeat(" ", 24)) || l[24] == ' ' {
			t.Errorf("continuation not under the description column: %q", l)
		}
	}
}

// A flag listing whose description column is at half the width (the one
// of `wallet import`, with --keystore-password-file) still hangs its
// continuation under the column, not under the flag.
func TestWrapLineListingAtHalfWidth(t *testing.T) {
	line := "      --keystore-password-file string   file holding the keystore's own passphrase, - for stdin (--password-file is then the account's new one)"
	lines := strings.Split(wrapLine(line, 80), "\n")
	if len(lines) < 2 {
		t.Fatalf("not wrapped: %q", lines)
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, strings.Repeat(" ", 40)) || l[40] == ' ' {
			t.Errorf("continuation not under the description column: %q", l)
		}
	}
}
