package tui

import "github.com/charmbracelet/bubbles/key"

// KeyMap holds the app's global bindings; screens add their own (Screen.Keys).
// The help overlay and the status line are generated from them.
type KeyMap struct {
	Quit      key.Binding
	ForceQuit key.Binding
	Help      key.Binding
	Next      key.Binding
	Prev      key.Binding
	Accounts  key.Binding
	Cancel    key.Binding
	Dismiss   key.Binding
	Refresh   key.Binding
	Up        key.Binding
	Down      key.Binding
	Enter     key.Binding
	Yes       key.Binding
	No        key.Binding
}

// Keys are the bindings every screen shares.
var Keys = DefaultKeyMap()

// DefaultKeyMap returns the bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", msgKey("quit"))),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", msgKey("quit now"))),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", msgKey("help"))),
		Next:      key.NewBinding(key.WithKeys("tab", "right"), key.WithHelp("tab", msgKey("next screen"))),
		Prev:      key.NewBinding(key.WithKeys("shift+tab", "left"), key.WithHelp("shift+tab", msgKey("previous screen"))),
		Accounts:  key.NewBinding(key.WithKeys("a"), key.WithHelp("a", msgKey("switch account"))),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", msgKey("cancel"))),
		Dismiss:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", msgKey("dismiss the error"))),
		Refresh:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", msgKey("refresh"))),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", msgKey("up"))),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", msgKey("down"))),
		Enter:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msgKey("choose"))),
		Yes:       key.NewBinding(key.WithKeys("y"), key.WithHelp("y", msgKey("yes, send"))),
		No:        key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", msgKey("no"))),
	}
}

// globalKeys are shown in the help overlay under "Everywhere".
func (k KeyMap) globalKeys() []key.Binding {
	return []key.Binding{k.Next, k.Prev, k.Accounts, k.Refresh, k.Cancel, k.Dismiss, k.Help, k.Quit, k.ForceQuit}
}

// translated are bindings with their help in the interface's language:
// bindings keep the English text (often built at init, before the
// language is chosen) and are translated when drawn.
func translated(keys []key.Binding) []key.Binding {
	out := make([]key.Binding, len(keys))
	for i, k := range keys {
		h := k.Help()
		k.SetHelp(h.Key, T(h.Desc))
		out[i] = k
	}
	return out
}
