package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Frame is what every page shares: the window size, the styles and the
// key map.
type Frame struct {
	Width, Height int
	Styles        Styles
	Keys          KeyMap
}

// Page is one screen of the interface.
type Page interface {
	Init() tea.Cmd
	Update(tea.Msg) (Page, tea.Cmd)
	View() string
	// Title names the page in the tab bar.
	Title() string
	// Keys are the page's own bindings, for the help line.
	Keys() []key.Binding
}
