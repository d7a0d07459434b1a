package main

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/spf13/cobra"
)

// helpWidth is the widest line help prints: help is read in terminals of
// 80 columns, and piped into pagers and issue reports.
const helpWidth = 80

// wrapHelp makes every command's help fit in helpWidth columns: the long
// description is reflowed paragraph by paragraph, and the command and flag
// listings are wrapped under their description column.
func wrapHelp(root *cobra.Command) {
	defaultHelp := root.HelpFunc()
	root.SetHelpFunc(func(c *cobra.Command, args []string) {
		out := c.OutOrStdout()
		var buf bytes.Buffer
		c.SetOut(&buf)
		long := c.Long
		c.Long = reflow(long, helpWidth)
		defaultHelp(c, args)
		c.Long = long
		c.SetOut(nil)
		for _, line := range strings.Split(strings.TrimRight(buf.String(), "\n"), "\n") {
			out.Write([]byte(wrapLine(line, helpWidth) + "\n"))
		}
	})
}

// listing is a line of a command or flag listing: its indented name,
// then at least two spaces, then the description.
var listing = regexp.MustCompile(`^(\s+\S.*?\s{2,})\S`)

// wrapLine breaks one line at spaces to fit width, continuing under the
// description column of a listing, else under the line's indentation.
func wrapLine(line string, width int) string {
	if lipgloss.Width(line) <= width {
		return line
	}
	hang := len(line) - len(strings.TrimLeft(line, " "))
	if strings.HasPrefix(line[hang:], "- ") {
		hang += 2
	}
	if m := listing.FindStringSubmatch(line); m != nil && lipgloss.Width(m[1]) < width/2 {
		hang = lipgloss.Width(m[1])
	}
	indent := strings.Repeat(" ", hang)
	var lines []string
	cur := line[:len(line)-len(strings.TrimLeft(line, " "))]
	if m := listing.FindStringSubmatch(line); m != nil && hang == lipgloss.Width(m[1]) {
		cur = m[1]
		line = line[len(m[1]):]
	}
	start := cur
	for _, w := range fields(line, width-hang) {
		switch {
		case cur == start:
			cur += w
		case lipgloss.Width(cur)+1+lipgloss.Width(w) > width:
			lines = append(lines, cur)
			cur = indent + w
		default:
			cur += " " + w
		}
	}
	return strings.Join(append(lines, cur), "\n")
}

// fields splits s at spaces, and a word wider than width also after its
// commas (a default list such as [cancer,stroke,...]). A piece that ends
// in a comma joins the next without a space.
func fields(s string, width int) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if lipgloss.Width(w) <= width || !strings.Contains(w, ",") {
			out = append(out, w)
			continue
		}
		piece := ""
		for _, part := range strings.SplitAfter(w, ",") {
			if piece != "" && lipgloss.Width(piece+part) > width {
				out = append(out, piece)
				piece = ""
			}
			piece += part
		}
		out = append(out, piece)
	}
	return out
}

// reflow rewraps text written with its own line breaks: paragraphs
// (separated by blank lines) become lines of at most width columns.
// Indented lines and list items ("- ") start a new line; an indented
// line's continuation hangs under it.
func reflow(text string, width int) string {
	var out []string
	var cur string
	flush := func() {
		if cur != "" {
			out = append(out, wrapLine(cur, width))
			cur = ""
		}
	}
	item := func() bool { return strings.HasPrefix(cur, "- ") }
	indented := func() bool { return strings.HasPrefix(cur, " ") }
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, " ")
		switch {
		case l == "":
			flush()
			out = append(out, "")
		case strings.HasPrefix(l, "- "):
			flush()
			cur = l
		case strings.HasPrefix(l, "  ") && item() && !strings.HasPrefix(l, "   "):
			cur += " " + strings.TrimSpace(l) // a list item's continuation
		case strings.HasPrefix(l, " "):
			flush()
			cur = l
		case cur == "" || indented():
			flush()
			cur = l
		default:
			cur += " " + l
		}
	}
	flush()
	return strings.Join(out, "\n")
}
