package tui

import (
	"context"
	"math/big"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func init() { RegisterTab(Tab{Order: 10, New: newDashboard}) }

// DashboardData is what the dashboard shows, read through the session.
type DashboardData struct {
	Account  wallet.Account
	ETH      *big.Int
	Tokens   *big.Int // nil without a token
	Token    community.Token
	Embedded bool
	// NoCommunity: none is chosen on this chain (the demo is offered on
	// the embedded chain).
	NoCommunity bool
	Info        *community.Info
	Status      *community.MemberStatus
	Roster      *community.Roster
	Series      []community.PoolPoint
	// Stats are the community's figures (community.Stats), shown when
	// the window has room.
	Stats *community.Stats
	// Notice is what is in public notice now (claims.Service.Notice): the
	// approved claims not paid yet, and the recall of their boards.
	Notice *claims.Notice
}

// LoadDashboard reads the dashboard through the session.
func LoadDashboard(ctx context.Context, s *session.Session) (*DashboardData, error) {
	d := &DashboardData{Embedded: s.Options().RPC == ""}
	acct, err := s.Account()
	if err != nil {
		return nil, err
	}
	d.Account = acct
	c, err := s.Chain(ctx)
	if err != nil {
		return nil, err
	}
	if d.ETH, err = c.BalanceAt(ctx, acct.Address, nil); err != nil {
		return nil, err
	}
	tok, com, ok, err := s.Token(ctx)
	if err != nil {
		return nil, err
	}
	if ok {
		d.Token = tok
		if d.Tokens, err = tok.BalanceOf(ctx, c, acct.Address); err != nil {
			return nil, err
		}
	}
	if com == nil {
		d.NoCommunity = true
		return d, nil
	}
	if d.Info, err = com.Info(ctx); err != nil {
		return nil, err
	}
	st, err := com.MemberStatus(ctx, acct.Address)
	if err != nil {
		return nil, err
	}
	d.Status = &st
	r, err := com.Members(ctx)
	if err != nil {
		return nil, err
	}
	d.Roster = &r
	if d.Series, err = com.PoolSeries(ctx); err != nil {
		return nil, err
	}
	if d.Stats, err = com.Stats(ctx); err != nil {
		return nil, err
	}
	svc, err := claims.New(ctx, c, com)
	if err != nil {
		return nil, err
	}
	if d.Notice, err = svc.Notice(ctx, acct.Address); err != nil {
		return nil, err
	}
	return d, nil
}

type dashboard struct {
	env     *Env
	data    *DashboardData
	loading bool
	err     error
	seq     int
}

type dashboardMsg struct {
	seq  int
	data *DashboardData
	err  error
}

func newDashboard(env *Env) Screen { return &dashboard{env: env} }

var keyDemo = key.NewBinding(key.WithKeys("d"), key.WithHelp("d", msgKey("demo community")))

func (d *dashboard) Title() string { return T("Dashboard") }
func (d *dashboard) Keys() []key.Binding {
	if d.data != nil && d.data.NoCommunity && d.data.Embedded {
		return []key.Binding{Keys.Refresh, keyDemo}
	}
	return []key.Binding{Keys.Refresh}
}

func (d *dashboard) Init() tea.Cmd {
	if accts, err := d.env.Session.Accounts(); err != nil || len(accts) == 0 {
		return nil // the welcome screen comes first
	}
	return d.load()
}

func (d *dashboard) load() tea.Cmd {
	d.loading = true
	d.seq++
	seq, sess := d.seq, d.env.Session
	return Job(T("Loading the dashboard…"), func(ctx context.Context) tea.Msg {
		data, err := LoadDashboard(ctx, sess)
		return dashboardMsg{seq: seq, data: data, err: err}
	})
}

func (d *dashboard) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case dashboardMsg:
		if msg.seq != d.seq {
			return d, nil
		}
		d.loading = false
		if msg.err != nil {
			d.err = msg.err
			return d, ShowError(msg.err)
		}
		d.data, d.err = msg.data, nil
	case AccountChangedMsg, CommunityChangedMsg, RefreshMsg:
		return d, d.load()
	case tea.KeyMsg:
		if key.Matches(msg, keyDemo) && d.data != nil && d.data.NoCommunity && d.data.Embedded {
			return d, Push(newDemoScreen(d.env, d.data.Account, nil))
		}
	}
	return d, nil
}

func (d *dashboard) View(w, h int) string {
	st := d.env.Styles
	if d.data == nil {
		if d.err != nil {
			return st.Error.Render(Describe(d.err)) + "\n" + st.Muted.Render(T("Press r to try again."))
		}
		return st.Muted.Render(T("Loading…"))
	}
	return renderDashboard(st, d.data, w, h)
}

// renderDashboard draws data in width w: two columns when wide enough,
// and the statistics when h has room for them. The public notice comes
// right under the community: when h is short, the rules give way to it
// first (one line instead of a section), then its rows (the first ones,
// and how many more).
func renderDashboard(st Styles, d *DashboardData, w, h int) string {
	const lw = 52 // the left column, when there are two
	sym := safetext.Escape(d.Token.Symbol)
	row := func(b *strings.Builder, k, v string) {
		b.WriteString(st.Key.Render(padRight(k, 14)) + " " + v + "\n")
	}
	// comW is the community column's width: a long value wraps in it,
	// under the value column.
	comW := w
	if w >= 110 {
		comW = w - lw
	}
	var me strings.Builder
	me.WriteString(st.Section.Render(T("You")) + "\n")
	row(&me, T("Account"), safetext.Escape(d.Account.Name)+" "+st.Muted.Render(shortAddr(d.Account.Address.Hex())))
	row(&me, "ETH", units.FormatAmountShort(d.ETH, 18, 4))
	if d.Tokens != nil {
		row(&me, sym, d.Token.Format(d.Tokens))
	}
	if s := d.Status; s != nil {
		row(&me, T("Membership"), stateText(st, s))
		if s.Joined() {
			row(&me, T("Covered until"), community.FormatTime(s.CoveredUntil))
		}
	}

	var com, rules, rulesLine strings.Builder
	switch {
	case d.NoCommunity:
		com.WriteString(st.Section.Render(T("Community")) + "\n")
		com.WriteString(T("No community is chosen on this chain.") + "\n")
		if d.Embedded {
			com.WriteString(st.Title.Render(T("Press d to create a demo community.")) + "\n")
		}
	case d.Info != nil:
		in := d.Info
		com.WriteString(st.Section.Render(T("Community")) + " " + st.Muted.Render(shortAddr(in.Address.Hex())) + "\n")
		row(&com, T("Pool"), in.Token.Format(in.Pool)+" "+sym)
		if len(d.Series) > 1 {
			row(&com, "", sparkline(d.Series, 30)+st.Muted.Render(" "+T("%d movements", len(d.Series))))
		}
		if r := d.Roster; r != nil {
			row(&com, T("Members"), T("%d active, %d waiting, %d in grace, %d lapsed",
				r.Count(community.StateActive), r.Count(community.StateWaiting), r.Count(community.StateGrace), r.Count(community.StateLapsed)))
		}
		row(&com, T("Claims"), T("%d filed, %d payouts waiting", in.Claims, in.Queued))
		row(&com, T("Notaries"), T("term %d: %d seated, %d approvals decide a claim", in.Term, len(in.Notaries), in.Params.Quorum))
		rules.WriteString("\n" + st.Section.Render(T("Rules")) + "\n")
		p := in.Params
		row(&rules, T("Dues"), T("%s %s per %s", in.Token.Format(p.Dues), sym, units.FormatDuration(p.Period)))
		row(&rules, T("Waiting"), T("%s after joining", units.FormatDuration(p.Waiting)))
		row(&rules, T("Grace"), units.FormatDuration(p.Grace))
		row(&rules, T("Max payout"), in.Token.Format(p.MaxPayout)+" "+sym)
		row(&rules, T("Covers"), hangIndent(lipgloss.NewStyle(), safetext.Escape(strings.Join(p.Categories, ", ")), comW, 15))
		row(&rulesLine, T("Rules"), hangIndent(lipgloss.NewStyle(), T("dues %s %s per %s, waiting %s, grace %s, at most %s %s a claim",
			in.Token.Format(p.Dues), sym, units.FormatDuration(p.Period), units.FormatDuration(p.Waiting), units.FormatDuration(p.Grace),
			in.Token.Format(p.MaxPayout), sym), comW, 15))
	}
	left := me.String()
	stats := ""
	if d.Stats != nil && d.Info != nil {
		stats = "\n" + renderStats(st, d.Stats, d.Info.Token, row)
	}
	// body is the column that holds the community, with the notice
	// showing `rows` claims (-1: all) and the rules whole or in a line.
	body := func(rows int, whole bool) string {
		b := com.String()
		if d.Notice != nil && d.Info != nil {
			b += "\n" + renderNotice(st, d.Notice, d.Info.Token, comW, rows)
		}
		if whole {
			return b + rules.String()
		}
		if rulesLine.Len() > 0 {
			return b + "\n" + rulesLine.String()
		}
		return b
	}
	// height is the lines the dashboard takes (the last line's newline
	// starts none).
	lines := func(s string) int { return lipgloss.Height(strings.TrimSuffix(s, "\n")) }
	height := func(col string) int {
		if w >= 110 {
			return max(lines(left), lines(col))
		}
		return lines(left + "\n" + col)
	}
	right := body(-1, true)
	if height(right) > h {
		right = body(-1, false)
		if n := d.noticeRows(); height(right) > h && n > 0 {
			for k := n - 1; k >= 0; k-- {
				if right = body(k, false); height(right) <= h {
					break
				}
			}
		}
	}
	if w >= 110 {
		if lipgloss.Height(right+stats) <= h {
			right += stats
		}
		return lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(lw).Render(left), lipgloss.NewStyle().Width(w-lw).Render(right))
	}
	if lipgloss.Height(left+"\n"+right+stats) <= h {
		right += stats
	}
	return left + "\n" + right
}

// noticeRows is how many claims the notice lists.
func (d *DashboardData) noticeRows() int {
	if d.Notice == nil {
		return 0
	}
	return len(d.Notice.Claims)
}

// renderNotice draws the public notice in width w: each claim in notice
// (amount, member, how long they had been a member when filing,
// approvals, time left), at most rows of them (-1: all; the rest
// counted), with where the recall of its board stands: on the heading
// when one board's claims are in notice (the usual case), else as the
// heading of each board's claims.
func renderNotice(st Styles, n *claims.Notice, tok community.Token, w, rows int) string {
	var b strings.Builder
	// The heading's text in the rows' value column (a Chinese heading is
	// narrower than its English).
	head := st.Section.Render(T("Public notice"))
	lead := head + strings.Repeat(" ", max(2, 15-lipgloss.Width(T("Public notice"))))
	if len(n.Claims) == 0 {
		return lead + st.Muted.Render(T("nothing is in public notice now")) + "\n"
	}
	if len(n.Recalls) == 1 {
		head = lead + recallText(st, n.Recalls[0], false)
	}
	b.WriteString(head + "\n")
	sym := safetext.Escape(tok.Symbol)
	// Columns as wide as their widest cell.
	var cells [][]string
	widths := make([]int, 6)
	for _, c := range n.Claims {
		row := []string{untranslated("#%d", c.ID), tok.Format(c.Amount) + " " + sym, shortAddr(c.Member.Hex()),
			T("member %s", ageText(c.MembershipAge())), T("%d approvals", c.Approvals), T("%s left", roughly(c.Left))}
		for k, cell := range row {
			widths[k] = max(widths[k], lipgloss.Width(cell))
		}
		cells = append(cells, row)
	}
	line := func(i int) string {
		r := cells[i]
		out := padRight(r[0], widths[0]) + " " + padLeft(r[1], widths[1])
		for k := 2; k < len(r); k++ {
			out += "  " + padRight(r[k], widths[k])
		}
		return "  " + truncate(strings.TrimRight(out, " "), max(10, w-2)) + "\n"
	}
	shown := 0
	room := len(n.Claims)
	if rows >= 0 {
		room = rows
	}
	if len(n.Recalls) <= 1 {
		for i := range n.Claims {
			if shown < room {
				b.WriteString(line(i))
				shown++
			}
		}
	} else {
		// Several boards: each board's recall, then its claims.
		for _, r := range n.Recalls {
			if shown >= room {
				break
			}
			b.WriteString(recallText(st, r, true) + "\n")
			for i, c := range n.Claims {
				if c.Term == r.Term && shown < room {
					b.WriteString(line(i))
					shown++
				}
			}
		}
	}
	if more := len(n.Claims) - shown; more > 0 {
		b.WriteString("  " + st.Muted.Render(T("… and %d more in notice", more)) + "\n")
	}
	return b.String()
}

// recallText says where a board's recall stands: its signatures, whether
// the account signed, or when it was recalled. named: the board's term is
// said (several boards are listed).
func recallText(st Styles, r *community.Recall, named bool) string {
	if !r.RecalledAt.IsZero() {
		return st.Error.Render(T("the board of term %d was recalled on %s", r.Term, community.FormatTime(r.RecalledAt)))
	}
	s := T("recall: %d of %d signatures", r.Signatures, r.Needed)
	if named {
		s = T("recall of term %d's board: %d of %d signatures", r.Term, r.Signatures, r.Needed)
	}
	if r.Signed {
		s += T(", yours among them")
	}
	return st.Warn.Render(s)
}

// ageText is a membership's age: in days from a day on.
func ageText(d time.Duration) string {
	if d >= 24*time.Hour {
		return units.FormatDuration(d.Truncate(24 * time.Hour))
	}
	return roughly(d)
}

func stateText(st Styles, s *community.MemberStatus) string {
	switch s.State {
	case community.StateNone:
		return st.Muted.Render(T("not a member yet"))
	case community.StateWaiting:
		return st.Warn.Render(T("waiting until %s", community.FormatTime(s.EligibleAt)))
	case community.StateActive:
		return st.Good.Render(T("active"))
	case community.StateGrace:
		return st.Warn.Render(T("in grace until %s", community.FormatTime(s.GraceEndsAt)))
	case community.StateLapsed:
		return st.Error.Render(T("lapsed"))
	}
	return string(s.State)
}

// sparkline draws the last n balances of a series in block characters.
func sparkline(series []community.PoolPoint, n int) string {
	if len(series) > n {
		series = series[len(series)-n:]
	}
	bars := []rune("▁▂▃▄▅▆▇█")
	lo, hi := new(big.Int).Set(series[0].Balance), new(big.Int).Set(series[0].Balance)
	for _, p := range series {
		if p.Balance.Cmp(lo) < 0 {
			lo.Set(p.Balance)
		}
		if p.Balance.Cmp(hi) > 0 {
			hi.Set(p.Balance)
		}
	}
	span := new(big.Int).Sub(hi, lo)
	var b strings.Builder
	for _, p := range series {
		i := len(bars) - 1
		if span.Sign() > 0 {
			v := new(big.Int).Sub(p.Balance, lo)
			v.Mul(v, big.NewInt(int64(len(bars)-1)))
			v.Quo(v, span)
			i = int(v.Int64())
		}
		b.WriteRune(bars[i])
	}
	return b.String()
}

// padRight pads s to n cells (wide characters count two).
func padRight(s string, n int) string {
	if w := lipgloss.Width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// renderStats draws the community's statistics (community.Stats).
func renderStats(st Styles, s *community.Stats, tok community.Token, row func(b *strings.Builder, k, v string)) string {
	sym := safetext.Escape(tok.Symbol)
	amt := func(v *big.Int) string { return tok.Format(v) + " " + sym }
	var b strings.Builder
	b.WriteString(st.Section.Render(T("Statistics")) + "\n")
	row(&b, T("Active"), T("%d members (%d ever)", s.Active, s.MembersEver))
	if n := len(s.DuesPerPeriod); n > 0 {
		cur := s.DuesPerPeriod[n-1]
		row(&b, T("Dues paid"), T("%s this period (%d payments), %s in all", amt(cur.Amount), cur.Payments, amt(s.Dues)))
	}
	c := s.Claims
	row(&b, T("Claims"), T("%d filed: %d approved, %d rejected, %d expired", c.Filed, c.Approved, c.Rejected, c.Expired))
	row(&b, "", T("%d queued for the pool, %d in review", c.Queued, c.Open))
	row(&b, T("Payouts"), T("%s in all, %s on average", amt(s.Paid), amt(s.AveragePayout)))
	row(&b, T("Cost"), T("%s per member per period", amt(s.CostPerMemberPeriod)))
	row(&b, T("Loss ratio"), untranslated("%.2f", s.LossRatio)+st.Muted.Render(" "+T("(paid out / dues)")))
	votes, possible := 0, 0
	for _, n := range s.Notaries {
		votes, possible = votes+n.Votes, possible+n.Possible
	}
	if possible > 0 {
		row(&b, T("Notaries"), T("%d of %d votes cast (%d%%)", votes, possible, votes*100/possible))
	} else {
		row(&b, T("Notaries"), st.Muted.Render(T("no claims to vote on yet")))
	}
	if s.Decided > 0 {
		row(&b, T("Decisions"), T("median %s over %d claims", units.FormatDuration(s.MedianDecision.Truncate(time.Minute)), s.Decided))
	} else {
		row(&b, T("Decisions"), st.Muted.Render(T("none yet")))
	}
	return b.String()
}
