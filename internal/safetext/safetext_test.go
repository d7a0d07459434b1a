package safetext

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Demo Hospital", "Demo Hospital"},
		{"扬州市第一人民医院", "扬州市第一人民医院"},
		{"\x1b]0;pwned\x07", `\x1b]0;pwned\x07`},
		{"\x1b[2J\x1b[H", `\x1b[2J\x1b[H`},
		{"a\u009b31mb", `a\x9b31mb`},                     // C1 CSI
		{"invoice\u202eexe.pdf", `invoice\u202eexe.pdf`}, // right-to-left override
		{"zero\u200bwidth", `zero\u200bwidth`},
		{"line\nbreak\ttab\r", `line\nbreak\ttab\r`},
		{"bad \xff byte", `bad \xff byte`},
		{"del\x7f", `del\x7f`},
		{`C:\path`, `C:\path`},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if strings.ContainsAny(Escape(tt.in), "\x1b\x07\n\r\t\x7f") {
			t.Errorf("Escape(%q) still holds a control byte", tt.in)
		}
	}
}

func TestEscapeLinesKeepsLayout(t *testing.T) {
	in := "first line\n\tsecond \x1b[31mred\x1b[0m"
	want := "first line\n\tsecond \\x1b[31mred\\x1b[0m"
	if got := EscapeLines(in); got != want {
		t.Fatalf("EscapeLines = %q, want %q", got, want)
	}
}

type stringer string

func (s stringer) String() string { return string(s) }

func TestArgs(t *testing.T) {
	got := fmt.Sprintf("%s|%v|%s|%d", Args([]any{"\x1b]2;x\x07", errors.New("e\x1b[1m"), stringer("s\x9b"), 42})...)
	// stringer("s\x9b") holds the byte 0x9b alone: invalid UTF-8.
	want := `\x1b]2;x\x07|e\x1b[1m|s\x9b|42`
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
