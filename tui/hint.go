package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

// The form of a key hint, the same in every language: "key: what", the
// items joined by " · ". The hints written out whole ("enter: pay") keep
// it in their translations too (internal/i18n TestKeyHintsOneSeparator).
const (
	hintKeySep  = ": "
	hintItemSep = " · "
)

// keyHint is a one-line reminder of a screen's keys, generated from their
// bindings ("space: pick · v: vote"), as the help overlay is.
func keyHint(st Styles, keys ...key.Binding) string {
	var parts []string
	for _, k := range keys {
		if h := k.Help(); h.Key != "" && k.Enabled() {
			parts = append(parts, h.Key+hintKeySep+T(h.Desc))
		}
	}
	return st.Muted.Render(strings.Join(parts, hintItemSep))
}
