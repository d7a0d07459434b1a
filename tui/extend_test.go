package tui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/muesli/termenv"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/wallet"
)

// A screen as another file adds one (see doc.go).
type pingScreen struct {
	env   *Env
	pings int
}

var keyPing = key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "ping"))

func (p *pingScreen) Init() tea.Cmd       { return nil }
func (p *pingScreen) Title() string       { return "Ping" }
func (p *pingScreen) Keys() []key.Binding { return []key.Binding{keyPing} }
func (p *pingScreen) View(w, h int) string {
	return strings.Repeat("pinged\n", p.pings) + strings.Repeat("x", w+10) // too wide: clipped
}
func (p *pingScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, keyPing) {
		p.pings++
	}
	return p, nil
}

// A registered tab shows in the tab bar (only for the accounts it is
// visible to), gets its keys when active, lists them in the help, and
// the frame keeps the window's size whatever the screen draws, at any
// size.
func TestRegisterTab(t *testing.T) {
	saved := slices.Clone(tabs) // RegisterTab sorts in place: keep a copy, not a view
	defer func() { tabs = saved }()
	tabs = nil // the dashboard only, then the ping tab
	for _, t := range saved {
		if t.Order == 10 {
			tabs = append(tabs, t)
		}
	}
	RegisterTab(Tab{Order: 20, New: func(env *Env) Screen { return &pingScreen{env: env} },
		Visible: func(env *Env, a wallet.Account) bool { return a.Name != "hidden" }})
	a := staticApp(t, t.TempDir(), 80, 24)
	a.account = wallet.Account{Name: "mei"}
	if v := a.View(); !strings.Contains(v, "Ping") || !strings.Contains(v, "Dashboard") {
		t.Fatalf("no Ping tab:\n%s", v)
	}
	a.Update(tea.KeyMsg{Type: tea.KeyTab})
	a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("p")})
	if v := a.View(); !strings.Contains(v, "pinged") {
		t.Fatalf("the key did not reach the active tab:\n%s", v)
	}
	a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("?")})
	if v := a.View(); !strings.Contains(v, "ping") || !strings.Contains(v, "switch account") {
		t.Fatalf("help lacks the screen's or the app's keys:\n%s", v)
	}
	a.Update(tea.KeyMsg{Type: tea.KeyEsc})
	for _, sz := range [][2]int{{80, 24}, {40, 10}, {132, 50}, {20, 5}} {
		a.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		lines := strings.Split(a.View(), "\n")
		if len(lines) != sz[1] {
			t.Fatalf("%dx%d: %d lines", sz[0], sz[1], len(lines))
		}
		for _, l := range lines[1 : len(lines)-1] {
			if w := lipgloss.Width(l); w > sz[0] {
				t.Fatalf("%dx%d: a line of %d cells: %q", sz[0], sz[1], w, l)
			}
		}
	}
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	a.Update(AccountChangedMsg{Account: wallet.Account{Name: "hidden"}})
	if v := a.View(); strings.Contains(v, "Ping") || !strings.Contains(v, "Dashboard") {
		t.Fatalf("the tab shows to an account it is hidden from, or the app stayed on it:\n%s", v)
	}
}

// Foreign text (a token symbol from the chain, an account name) reaches
// the screen escaped, while huzhu's own colours stay.
func TestDashboardEscapesForeignText(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI256)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	d := fixedDashboard()
	d.Token = community.Token{Symbol: "KBC\x1b]0;pwned\x07", Decimals: 18}
	d.Account.Name = "mei\x1b[2J"
	v := renderDashboard(DefaultStyles(), d, 120, 40)
	if strings.Contains(v, "\x1b]") || strings.Contains(v, "\x1b[2J") {
		t.Fatalf("a foreign escape sequence reached the screen:\n%q", v)
	}
	if !strings.Contains(v, `KBC\x1b]0;pwned\x07`) || !strings.Contains(v, `mei\x1b[2J`) || !strings.Contains(v, "\x1b[") {
		t.Fatalf("foreign text not shown escaped, or styling lost:\n%q", v)
	}
}

// From nothing to the first frame: the app made over a session with an
// account, started (its jobs queued, not awaited) and drawn.
func BenchmarkFirstFrame(b *testing.B) {
	dir := b.TempDir()
	st := wallet.NewStore(dir)
	st.Scrypt = wallet.LightScrypt
	k, _ := crypto.GenerateKey()
	st.Add(k, []byte("bench passphrase"), wallet.AddOptions{Name: "mei"})
	for i := 0; i < b.N; i++ {
		a := New(Config{Session: testSession(dir), NoSpinner: true})
		a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		a.Init()
		if a.View() == "" {
			b.Fatal("no frame")
		}
	}
}

// A tab bar too wide for the window keeps the active tab and its
// neighbours that fit, and marks the tabs left out on either side.
func TestFitTabs(t *testing.T) {
	tabs := []string{" Dashboard ", " Pay dues ", " Credentials ", " File a claim ", " My claims ", " Elections ", " Ledger "}
	for room := 12; room <= 90; room += 7 {
		for at := range tabs {
			out := fitTabs(tabs, at, room, "‹ ", " ›")
			joined := strings.Join(out, "")
			if !strings.Contains(joined, tabs[at]) {
				t.Fatalf("room %d: the active tab %q is left out: %q", room, tabs[at], joined)
			}
			alone := lipgloss.Width("‹ " + tabs[at] + " ›") // the least it can show
			if lipgloss.Width(joined) > max(room, alone) {
				t.Fatalf("room %d, active %d: %d cells: %q", room, at, lipgloss.Width(joined), joined)
			}
			if at > 0 && !strings.Contains(joined, tabs[0]) && !strings.HasPrefix(joined, "‹ ") {
				t.Fatalf("room %d: tabs before are left out unmarked: %q", room, joined)
			}
		}
	}
	if out := fitTabs(tabs, 3, 200, "‹ ", " ›"); len(out) != len(tabs) {
		t.Fatalf("with room for all, %d of %d shown", len(out), len(tabs))
	}
}
