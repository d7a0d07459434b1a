package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// App is the root model: it owns the pages and routes messages.
type App struct {
	frame  *Frame
	pages  []Page
	active int
	help   help.Model
}

// New returns the interface over the given services.
func New(svc Services) *App {
	f := &Frame{Styles: DefaultStyles(), Keys: DefaultKeyMap()}
	h := help.New()
	return &App{frame: f, pages: []Page{newHomePage(f, svc)}, help: h}
}

// Init starts every page.
func (a *App) Init() tea.Cmd {
	var cmds []tea.Cmd
	for _, p := range a.pages {
		cmds = append(cmds, p.Init())
	}
	return tea.Batch(cmds...)
}

// Update routes: resize to every page, keys to the active one, other
// messages to every page (each ignores what is not its own).
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.frame.Width, a.frame.Height = msg.Width, msg.Height
		a.help.Width = msg.Width
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, a.frame.Keys.Quit):
			return a, tea.Quit
		case key.Matches(msg, a.frame.Keys.Help):
			a.help.ShowAll = !a.help.ShowAll
			return a, nil
		}
		var cmd tea.Cmd
		a.pages[a.active], cmd = a.pages[a.active].Update(msg)
		return a, cmd
	}
	var cmds []tea.Cmd
	for i, p := range a.pages {
		var cmd tea.Cmd
		a.pages[i], cmd = p.Update(msg)
		cmds = append(cmds, cmd)
	}
	return a, tea.Batch(cmds...)
}

// View draws the tab bar, the active page and the help line.
func (a *App) View() string {
	st := a.frame.Styles
	var tabs []string
	for i, p := range a.pages {
		if i == a.active {
			tabs = append(tabs, st.TabOn.Render(p.Title()))
		} else {
			tabs = append(tabs, st.Tab.Render(p.Title()))
		}
	}
	header := st.Title.Render("huzhu 互助") + "  " + strings.Join(tabs, "")
	return header + "\n" + a.pages[a.active].View() + "\n\n" + a.help.View(a.frame.Keys) + "\n"
}
