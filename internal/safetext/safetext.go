// Package safetext makes text that did not come from huzhu itself safe to
// print on a terminal.
//
// Names, values and messages from credentials, from the chain (a token's
// symbol, a revert string), from other parties and from the node can carry
// terminal control sequences: an ESC ] 0 ; … BEL retitles the terminal, a
// CSI sequence moves the cursor or rewrites what is already on screen, and
// bidirectional overrides reorder what the reader sees. huzhu prints such
// text only through this package, which shows every control character as a
// visible Go-style escape (\x1b, \u202e) and keeps every printable
// character, Chinese included.
package safetext

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Escape returns s with every control character, invalid UTF-8 byte and
// bidirectional formatting character written as a visible escape. Tabs and
// newlines are escaped too, so the result is one line and one field.
func Escape(s string) string { return escape(s, false) }

// EscapeLines is Escape that keeps newlines and tabs: for messages that may
// span lines, where a line break cannot move the cursor or hide text.
func EscapeLines(s string) string { return escape(s, true) }

func escape(s string, keepLines bool) string {
	if clean(s, keepLines) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case keepLines && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case unsafe(r):
			switch {
			case r == '\n':
				b.WriteString(`\n`)
			case r == '\t':
				b.WriteString(`\t`)
			case r == '\r':
				b.WriteString(`\r`)
			case r < 0x100:
				fmt.Fprintf(&b, `\x%02x`, r)
			default:
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// clean is the fast path: most text has nothing to escape.
func clean(s string, keepLines bool) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		if unsafe(r) && !(keepLines && (r == '\n' || r == '\t')) {
			return false
		}
		i += size
	}
	return true
}

// unsafe reports the runes a terminal may act on rather than show: C0 and
// C1 controls, DEL, and the bidirectional and zero-width formatting
// characters (Unicode category Cf) that can make text read differently from
// what it is.
func unsafe(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError
}

// Args escapes, for a formatted message, every argument that may carry
// foreign text: strings, errors and Stringers become escaped strings (with
// their lines kept); numbers and other values pass through unchanged.
func Args(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case string:
			out[i] = EscapeLines(v)
		case error:
			out[i] = EscapeLines(v.Error())
		case fmt.Stringer:
			out[i] = EscapeLines(v.String())
		default:
			out[i] = a
		}
	}
	return out
}
