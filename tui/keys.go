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
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", T("quit"))),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", T("quit now"))),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", T("help"))),
		Next:      key.NewBinding(key.WithKeys("tab", "right"), key.WithHelp("tab", T("next screen"))),
		Prev:      key.NewBinding(key.WithKeys("shift+tab", "left"), key.WithHelp("shift+tab", T("previous screen"))),
		Accounts:  key.NewBinding(key.WithKeys("a"), key.WithHelp("a", T("switch account"))),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", T("cancel"))),
		Dismiss:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", T("dismiss the error"))),
		Refresh:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", T("refresh"))),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", T("up"))),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", T("down"))),
		Enter:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", T("choose"))),
		Yes:       key.NewBinding(key.WithKeys("y"), key.WithHelp("y", T("yes, send"))),
		No:        key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", T("no"))),
	}
}

// globalKeys are shown in the help overlay under "Everywhere".
func (k KeyMap) globalKeys() []key.Binding {
	return []key.Binding{k.Next, k.Prev, k.Accounts, k.Refresh, k.Cancel, k.Dismiss, k.Help, k.Quit, k.ForceQuit}
}
