// Package textwrap breaks text into lines of a given display width, for
// English and Chinese alike: at spaces, and in Chinese (written without
// spaces) between two characters, never inside an English word or a
// number such as a date, never before a closing punctuation mark (，。）)
// nor after an opening one (（“). Width is display width: a Chinese
// character takes two columns. The CLI's help and the TUI's screens wrap
// with it.
package textwrap

import (
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// Piece is what a line may not be broken inside: an English word, a
// Chinese character with the punctuation that holds on to it, a part of a
// long comma-separated list. Space: a space stands before it.
type Piece struct {
	Text  string
	Space bool
}

// Pieces splits s into pieces: at spaces; between Chinese characters;
// and a word wider than width also after its commas (a list such as
// [cancer,stroke,...]).
func Pieces(s string, width int) []Piece {
	var out []Piece
	for _, w := range strings.Fields(s) {
		first := len(out)
		for _, p := range cjkPieces(w) {
			if runewidth.StringWidth(p) <= width || !strings.Contains(p, ",") {
				out = append(out, Piece{Text: p})
				continue
			}
			part := ""
			for _, sub := range strings.SplitAfter(p, ",") {
				if part != "" && runewidth.StringWidth(part+sub) > width {
					out = append(out, Piece{Text: part})
					part = ""
				}
				part += sub
			}
			out = append(out, Piece{Text: part})
		}
		out[first].Space = true
	}
	return out
}

// cjkPieces splits a word written without spaces where a line may break:
// before and after each wide (Chinese) character, keeping a closing mark
// with what precedes it and an opening one with what follows. A word of
// English or code is one piece.
func cjkPieces(w string) []string {
	var out []string
	cur := ""
	prevWide, hold := false, false
	for _, r := range w {
		wide := runewidth.RuneWidth(r) > 1
		switch {
		case cur == "", hold, strings.ContainsRune(closing, r):
			// no break here
		case wide || prevWide:
			out = append(out, cur)
			cur = ""
		}
		cur += string(r)
		prevWide = wide
		hold = strings.ContainsRune(opening, r)
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// Punctuation a line may not start with (closing) or end with (opening).
const (
	closing = "，。、；：！？）》」』】”’…·,.;:!?)]}%"
	opening = "（《「『【“‘([{"
)

// Wrap breaks each line of s (its own line breaks are kept) into lines
// of at most width columns; a piece wider than width stands alone on its
// line. Text between two Chinese characters gets no space when joined.
func Wrap(s string, width int) string {
	if width < 1 {
		return s
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, p := range Pieces(para, width) {
			sep := ""
			if p.Space && line != "" && !bothWide(line, p.Text) {
				sep = " "
			}
			if line != "" && runewidth.StringWidth(line)+len(sep)+runewidth.StringWidth(p.Text) > width {
				out = append(out, line)
				line = p.Text
				continue
			}
			line += sep + p.Text
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// bothWide: a ends and b starts with a Chinese character (or mark), where
// Chinese puts no space.
func bothWide(a, b string) bool {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	return runewidth.RuneWidth(last) > 1 && runewidth.RuneWidth(first) > 1
}

// JoinLines joins a paragraph's next line to it: with a space, but not
// between two Chinese characters.
func JoinLines(cur, next string) string {
	if bothWide(cur, next) {
		return cur + next
	}
	return cur + " " + next
}
