package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

// keyHint is a one-line reminder of a screen's keys, generated from their
// bindings ("space: pick · v: vote"), as the help overlay is.
func keyHint(st Styles, keys ...key.Binding) string {
	var parts []string
	for _, k := range keys {
		if h := k.Help(); h.Key != "" && k.Enabled() {
			parts = append(parts, h.Key+": "+T(h.Desc))
		}
	}
	return st.Muted.Render(strings.Join(parts, " · "))
}
