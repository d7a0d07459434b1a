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
	in := "A first paragraph written with its own breaks at ninety columns, which is more than eighty,\nand a second line.\n\n- a list item that goes on\n  and continues here\n  huzhu wallet send --to ADDR --amount X\n\n扬州市第一人民医院 扬州市第一人民医院 扬州市第一人民医院 扬州市第一人民医院 扬州市第一人民医院"
	out := reflow(in, 40)
	if strings.Join(strings.Fields(out), " ") != strings.Join(strings.Fields(in), " ") {
		t.Fatalf("reflow changed the words:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if lipgloss.Width(l) > 40 {
			t.Errorf("line of %d columns: %q", lipgloss.Width(l), l)
		}
	}
}
