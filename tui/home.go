package tui

import (
	"github.com/huzhu-community/huzhu/internal/safetext"

	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/units"
)

// homePage shows the chain, the wallet's accounts and the community.
type homePage struct {
	frame   *Frame
	svc     Services
	conn    *chain.Conn
	spinner spinner.Model
	loading bool
	data    *Dashboard
	err     error
}

type connectedMsg struct {
	conn *chain.Conn
	err  error
}

type dashboardMsg struct {
	data *Dashboard
	err  error
}

func newHomePage(f *Frame, svc Services) *homePage {
	sp := spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(f.Styles.Title))
	return &homePage{frame: f, svc: svc, spinner: sp, loading: true}
}

func (p *homePage) Title() string       { return "Home" }
func (p *homePage) Keys() []key.Binding { return []key.Binding{p.frame.Keys.Refresh} }

func (p *homePage) Init() tea.Cmd {
	connect := func() tea.Msg {
		c, err := p.svc.Connect(context.Background())
		return connectedMsg{conn: c, err: err}
	}
	return tea.Batch(p.spinner.Tick, connect)
}

func (p *homePage) load() tea.Cmd {
	p.loading = true
	conn, svc := p.conn, p.svc
	return tea.Batch(p.spinner.Tick, func() tea.Msg {
		d, err := LoadDashboard(context.Background(), conn, svc)
		return dashboardMsg{data: d, err: err}
	})
}

func (p *homePage) Update(msg tea.Msg) (Page, tea.Cmd) {
	switch msg := msg.(type) {
	case connectedMsg:
		if msg.err != nil {
			p.loading, p.err = false, msg.err
			return p, nil
		}
		p.conn = msg.conn
		return p, p.load()
	case dashboardMsg:
		p.loading = false
		p.data, p.err = msg.data, msg.err
		return p, nil
	case spinner.TickMsg:
		if !p.loading {
			return p, nil
		}
		var cmd tea.Cmd
		p.spinner, cmd = p.spinner.Update(msg)
		return p, cmd
	case tea.KeyMsg:
		if key.Matches(msg, p.frame.Keys.Refresh) && p.conn != nil && !p.loading {
			return p, p.load()
		}
	}
	return p, nil
}

func (p *homePage) View() string {
	st := p.frame.Styles
	if p.data == nil {
		if p.err != nil {
			return st.Error.Render("Cannot reach the chain: "+safetext.EscapeLines(p.err.Error())) + "\n" + st.Muted.Render("Press r to try again, q to quit.")
		}
		what := "Connecting to the chain…"
		if p.conn != nil {
			what = "Reading the chain…"
		}
		return p.spinner.View() + " " + what
	}
	d := p.data
	var b strings.Builder
	row := func(k, v string) {
		fmt.Fprintf(&b, "  %s %s\n", st.Key.Render(fmt.Sprintf("%-14s", safetext.Escape(k))), v)
	}

	b.WriteString(st.Section.Render("Chain") + "\n")
	kind := "JSON-RPC"
	if d.Dev {
		kind = "huzhu dev chain"
	}
	row("Network", kind+", chain id "+d.ChainID.String())
	row("Endpoint", safetext.Escape(d.Endpoint))
	row("Block", fmt.Sprintf("%d", d.Block))
	row("Chain time", community.FormatTime(d.ChainTime))

	b.WriteString("\n" + st.Section.Render("Accounts") + "\n")
	if len(d.Accounts) == 0 {
		b.WriteString(st.Muted.Render("  No account yet. Create one:  huzhu wallet new --name NAME") + "\n")
	}
	for _, a := range d.Accounts {
		bal := units.FormatAmountShort(a.ETH, 18, 4) + " ETH"
		if a.Tokens != nil && d.Community != nil {
			bal += "   " + d.Community.Token.Format(a.Tokens) + " " + safetext.Escape(d.Community.Token.Symbol)
		}
		row(a.Name, a.Address.Hex()+"  "+st.Muted.Render(bal))
	}

	b.WriteString("\n" + st.Section.Render("Community") + "\n")
	switch {
	case d.CommunityErr != nil:
		b.WriteString("  " + st.Error.Render(safetext.EscapeLines(d.CommunityErr.Error())) + "\n")
	case d.Community == nil:
		b.WriteString(st.Muted.Render("  None chosen. Create one:  huzhu community create --notaries A,B,C") + "\n")
	default:
		c := d.Community
		tok := c.Token
		tok.Symbol = safetext.Escape(tok.Symbol)
		row("Address", c.Address.Hex())
		row("Pool", tok.Format(c.Pool)+" "+tok.Symbol)
		row("Dues", tok.Format(c.Params.Dues)+" "+tok.Symbol+" per "+units.FormatDuration(c.Params.Period))
		row("Max payout", tok.Format(c.Params.MaxPayout)+" "+tok.Symbol)
		row("Term", fmt.Sprintf("%d, %d notaries, quorum %d", c.Term, len(c.Notaries), c.Params.Quorum))
		row("Claims", fmt.Sprintf("%d filed, %d payouts waiting", c.Claims, c.Queued))
	}
	if p.loading {
		b.WriteString("\n" + p.spinner.View() + st.Muted.Render(" refreshing…"))
	} else if p.err != nil {
		b.WriteString("\n" + st.Error.Render(p.err.Error()))
	}
	return b.String()
}
