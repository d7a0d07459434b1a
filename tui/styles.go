package tui

import "github.com/charmbracelet/lipgloss"

// Palette: one place for colours, adaptive to light and dark terminals.
// lipgloss (through termenv) drops every colour under NO_COLOR or when
// the output is not a terminal.
var (
	colorAccent = lipgloss.AdaptiveColor{Light: "#006D5B", Dark: "#5FD7AF"}
	colorMuted  = lipgloss.AdaptiveColor{Light: "#6C6C6C", Dark: "#9E9E9E"}
	colorWarn   = lipgloss.AdaptiveColor{Light: "#AF5F00", Dark: "#FFAF5F"}
	colorBad    = lipgloss.AdaptiveColor{Light: "#AF0000", Dark: "#FF5F5F"}
	colorGood   = lipgloss.AdaptiveColor{Light: "#005F00", Dark: "#87D787"}
	colorBorder = lipgloss.AdaptiveColor{Light: "#BCBCBC", Dark: "#4E4E4E"}
)

// Styles are every style the interface uses, built from the palette.
type Styles struct {
	Title   lipgloss.Style
	Tab     lipgloss.Style
	TabOn   lipgloss.Style
	Key     lipgloss.Style
	Value   lipgloss.Style
	Muted   lipgloss.Style
	Warn    lipgloss.Style
	Error   lipgloss.Style
	Good    lipgloss.Style
	Section lipgloss.Style
	Box     lipgloss.Style
	Modal   lipgloss.Style
	Banner  lipgloss.Style
	Status  lipgloss.Style
}

// DefaultStyles builds the styles.
func DefaultStyles() Styles {
	return Styles{
		Title:   lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		Tab:     lipgloss.NewStyle().Foreground(colorMuted).Padding(0, 1),
		TabOn:   lipgloss.NewStyle().Bold(true).Foreground(colorAccent).Padding(0, 1).Underline(true),
		Key:     lipgloss.NewStyle().Foreground(colorMuted),
		Value:   lipgloss.NewStyle(),
		Muted:   lipgloss.NewStyle().Foreground(colorMuted),
		Warn:    lipgloss.NewStyle().Foreground(colorWarn),
		Error:   lipgloss.NewStyle().Foreground(colorBad),
		Good:    lipgloss.NewStyle().Foreground(colorGood),
		Section: lipgloss.NewStyle().Bold(true),
		Box:     lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(colorBorder).Padding(0, 1),
		Modal:   lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(colorAccent).Padding(0, 2),
		Banner:  lipgloss.NewStyle().Foreground(colorBad).Bold(true),
		Status:  lipgloss.NewStyle().Foreground(colorMuted),
	}
}
