package i18n

import (
	"regexp"
	"strings"
	"testing"
)

// hintItem finds the items of a key hint in English: a key, then ": ",
// at the start or after " · ", "; " or "(" ("↑/↓: move · enter: choose").
var hintItem = regexp.MustCompile(`(?:^| · |; |\()(enter|esc|space|tab|shift\+tab|home|end|ctrl\+c|↑/↓|n/esc|[a-zA-Z?/]): `)

// A key hint has one form in both languages, the one the TUI generates
// from its key map (keyHint): "key: what · key: what". A Chinese hint
// written by hand keeps each "key: " and each " · " of its English, so it
// reads like the generated ones next to it (not "enter：…", not "，").
func TestKeyHintsOneSeparator(t *testing.T) {
	n := 0
	for en, zh := range zh {
		items := hintItem.FindAllStringSubmatch(en, -1)
		if items == nil {
			continue
		}
		n++
		for _, it := range items {
			if k := it[1]; !strings.Contains(zh, k+": ") || strings.Contains(zh, k+"：") {
				t.Errorf("%q: the hint's key %q is not followed by \": \" in Chinese: %q", en, k, zh)
			}
		}
		if a, b := strings.Count(en, " · "), strings.Count(zh, " · "); a != b {
			t.Errorf("%q has %d \" · \", its Chinese %d: %q", en, a, b, zh)
		}
	}
	if n < 20 {
		t.Fatalf("found only %d key hints in the catalog: is the pattern right?", n)
	}
}
