package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-runewidth"

	"github.com/huzhu-community/huzhu/internal/textwrap"
)

// The TUI wraps text one way, here: textwrap.Wrap breaks at spaces and,
// in Chinese, between two characters, never inside a word or a date
// such as 2027-11-23 (lipgloss's own wrapping breaks at hyphens and keeps
// the space between two Chinese sentences). Wrap plain text, then style
// it: a styled string's escape codes would count as width.

// wrap breaks s into lines of at most w cells, its own line breaks kept;
// a word wider than w (a transaction hash) is broken where it reaches the
// edge.
func wrap(s string, w int) string {
	if w < 1 {
		return s
	}
	lines := strings.Split(textwrap.Wrap(s, w), "\n")
	out := lines[:0:0]
	for _, l := range lines {
		for runewidth.StringWidth(l) > w {
			cut, cw := 0, 0
			for _, r := range l {
				rw := runewidth.RuneWidth(r)
				if cw+rw > w {
					break
				}
				cut, cw = cut+len(string(r)), cw+rw
			}
			if cut == 0 {
				break
			}
			out, l = append(out, l[:cut]), l[cut:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// wrapIndent wraps text to width w (at most 100 cells), every line
// indented by indent cells (wide characters count two), then styles it.
func wrapIndent(style lipgloss.Style, text string, w, indent int) string {
	width := max(min(w, 100)-indent, 20)
	return style.MarginLeft(indent).Render(wrap(text, width))
}

// hangIndent is the value of a key-value row whose key takes indent
// cells: text wrapped to w less the key, styled, its first line after the
// key and the lines after it indented under it (wrapIndent indents them
// all; a plain value would wrap back to column 0).
func hangIndent(style lipgloss.Style, text string, w, indent int) string {
	width := max(min(w, 100)-indent, 20)
	return hang(style, text, width, indent)
}

// hang wraps text to width cells and styles it, the lines after the first
// indented by indent cells: the rest of a bullet or a row under its text.
func hang(style lipgloss.Style, text string, width, indent int) string {
	lines := strings.Split(wrap(text, width), "\n")
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return strings.Join(lines, "\n"+strings.Repeat(" ", indent))
}

// modalMax is the widest a modal box gets (its padding included, its
// border not).
const modalMax = 64

// modalText is the width of the text inside a modal box in a window w
// wide: the box less its padding.
func modalText(w int) int { return max(modalBoxWidth(w)-4, 10) }

func modalBoxWidth(w int) int { return min(modalMax, w-4) }

// modalBox draws body (already wrapped to modalText) in a modal box.
func modalBox(st Styles, body string, w int) string {
	return st.Modal.Width(modalBoxWidth(w)).Render(body)
}
