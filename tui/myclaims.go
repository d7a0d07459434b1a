package tui

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func init() { RegisterTab(Tab{Order: 50, New: newMyClaims}) }

// claimsPoll is how often the claims screen looks again while a claim
// is open (votes arrive).
var claimsPoll = 3 * time.Second

// MyClaimsData is the account's claims, each as claims.Service.Show
// tells it (votes with their reasons and notes, payout, queue place).
type MyClaimsData struct {
	Account wallet.Account
	Token   community.Token
	Quorum  int
	// Names are the wallet's account names by address (the demo's
	// notaries), to name voters.
	Names  map[common.Address]string
	Claims []claims.Claim
}

// LoadMyClaims reads the account's claims through the claims service.
func LoadMyClaims(ctx context.Context, s *session.Session) (*MyClaimsData, error) {
	acct, err := s.Account()
	if err != nil {
		return nil, err
	}
	svc, com, err := claimsService(ctx, s)
	if err != nil {
		return nil, err
	}
	list, err := svc.List(ctx, &acct.Address)
	if err != nil {
		return nil, err
	}
	d := &MyClaimsData{Account: acct, Token: com.Token, Quorum: int(com.Params().Quorum), Names: map[common.Address]string{}}
	for _, cl := range list {
		full, err := svc.Show(ctx, cl.ID)
		if err != nil {
			return nil, err
		}
		d.Claims = append(d.Claims, *full)
	}
	if accts, err := s.Accounts(); err == nil {
		for _, a := range accts {
			d.Names[a.Address] = a.Name
		}
	}
	return d, nil
}

type myClaims struct {
	env     *Env
	data    *MyClaimsData
	err     error
	cursor  int
	open    bool
	seq     int
	loading bool
	// poll re-reads the claims while one is open and the screen shown.
	poll poller
}

type myClaimsMsg struct {
	seq  int
	data *MyClaimsData
	err  error
}

// myClaimsRefreshedMsg is a quiet re-read's answer (Background).
type myClaimsRefreshedMsg struct {
	seq  int
	data *MyClaimsData
	err  error
}

type settlePlanMsg struct {
	plan session.Plan
	err  error
}

type settledMsg struct{ res TxResult }

var (
	keyMyClaimOpen = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msgKey("details")))
	keyClaimSettle = key.NewBinding(key.WithKeys("s"), key.WithHelp("s", msgKey("settle: pay approved claims")))
)

func newMyClaims(env *Env) Screen { return &myClaims{env: env, poll: poller{every: claimsPoll}} }

func (m *myClaims) Title() string { return T("My claims") }
func (m *myClaims) Keys() []key.Binding {
	return []key.Binding{Keys.Up, Keys.Down, keyMyClaimOpen, keyClaimSettle, Keys.Refresh}
}

func (m *myClaims) Init() tea.Cmd {
	if accts, err := m.env.Session.Accounts(); err != nil || len(accts) == 0 {
		return nil
	}
	return m.load()
}

func (m *myClaims) load() tea.Cmd {
	m.seq++
	m.loading = true
	seq, sess := m.seq, m.env.Session
	return Job(T("Reading your claims…"), func(ctx context.Context) tea.Msg {
		d, err := LoadMyClaims(ctx, sess)
		return myClaimsMsg{seq: seq, data: d, err: err}
	})
}

// anyOpen: a claim waits for votes, so the screen looks again soon.
func (d *MyClaimsData) anyOpen() bool {
	for _, c := range d.Claims {
		if c.Status == claims.StatusOpen {
			return true
		}
	}
	return false
}

// watch re-reads the claims in a while when one waits for votes, and
// stops when none does.
func (m *myClaims) watch() tea.Cmd {
	if m.data == nil || !m.data.anyOpen() {
		m.poll.stop()
		return nil
	}
	return m.poll.start()
}

// refresh re-reads the claims quietly: no spinner, esc stays the screen's.
func (m *myClaims) refresh() tea.Cmd {
	seq, sess := m.seq, m.env.Session
	return Background(func(ctx context.Context) tea.Msg {
		d, err := LoadMyClaims(ctx, sess)
		return myClaimsRefreshedMsg{seq: seq, data: d, err: err}
	})
}

// take shows d, the cursor kept on the claim it was on.
func (m *myClaims) take(d *MyClaimsData) {
	var keep uint64
	if c := m.selected(); c != nil {
		keep = c.ID
	}
	m.data, m.err = d, nil
	m.cursor = 0
	for i, c := range m.data.Claims {
		if c.ID == keep {
			m.cursor = i
		}
	}
	if keep == 0 && len(m.data.Claims) > 0 {
		m.cursor = len(m.data.Claims) - 1 // the latest
	}
}

func (m *myClaims) selected() *claims.Claim {
	if m.data == nil || m.cursor >= len(m.data.Claims) {
		return nil
	}
	return &m.data.Claims[m.cursor]
}

func (m *myClaims) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case myClaimsMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loading = false
		m.poll.stale = nil
		if msg.err != nil {
			if !errors.Is(msg.err, context.Canceled) && !errors.Is(msg.err, ErrCancelled) {
				m.err = msg.err
			}
			if errors.Is(msg.err, session.ErrNoCommunity) {
				m.data = nil
			}
			return m, m.watch()
		}
		m.take(msg.data)
		return m, m.watch()
	case pollTickMsg:
		if !m.poll.live(msg) {
			return m, nil
		}
		if m.loading || m.data == nil || !m.data.anyOpen() {
			m.poll.stop()
			return m, nil
		}
		if !m.poll.due(msg) {
			return m, nil
		}
		return m, m.refresh()
	case myClaimsRefreshedMsg:
		current := msg.seq == m.seq && !m.loading // else a load asked for since answers instead
		if m.poll.done(msg.err, current); !current {
			// A load answered first and found a re-read on its way: now
			// that it is back, keep watching.
			return m, m.watch()
		}
		if msg.err == nil {
			m.take(msg.data)
		}
		return m, m.watch()
	case ShownMsg:
		m.poll.show(true)
		return m, m.watch()
	case HiddenMsg:
		m.poll.show(false)
	case settlePlanMsg:
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		return m, ConfirmTx(TxRequest{Question: T("Pay the approved claims waiting for the pool?"), Plans: []session.Plan{msg.plan},
			Done: func(r TxResult) tea.Msg { return settledMsg{r} }})
	case settledMsg:
		if msg.res.Err == nil {
			return m, func() tea.Msg { return RefreshMsg{} }
		}
	case AccountChangedMsg, CommunityChangedMsg, RefreshMsg:
		m.open = false
		return m, m.load()
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *myClaims) key(msg tea.KeyMsg) tea.Cmd {
	switch {
	case m.open && key.Matches(msg, Keys.Cancel):
		m.open = false
	case key.Matches(msg, Keys.Up):
		if m.cursor > 0 {
			m.cursor--
		}
	case key.Matches(msg, Keys.Down):
		if m.data != nil && m.cursor < len(m.data.Claims)-1 {
			m.cursor++
		}
	case key.Matches(msg, keyMyClaimOpen):
		if m.selected() != nil {
			m.open = !m.open
		}
	case key.Matches(msg, keyClaimSettle):
		if c := m.selected(); c != nil && settleable(c) {
			return m.settle()
		}
	}
	return nil
}

func settleable(c *claims.Claim) bool {
	return c.Status == claims.StatusApproved && c.QueuePosition >= 0
}

func (m *myClaims) settle() tea.Cmd {
	sess := m.env.Session
	return Job(T("Planning the payout…"), func(ctx context.Context) tea.Msg {
		svc, _, err := claimsService(ctx, sess)
		if err != nil {
			return settlePlanMsg{err: err}
		}
		var from common.Address
		if acct, err := sess.Account(); err == nil {
			from = acct.Address
		}
		p, err := svc.Settle(ctx, from)
		return settlePlanMsg{plan: p, err: err}
	})
}

// myClaimStatus says where a claim stands, as `huzhu claim show` does.
func myClaimStatus(d *MyClaimsData, c *claims.Claim) string {
	return safetext.Escape(say(c.StatusText(d.Token, d.Quorum)))
}

func (m *myClaims) View(w, h int) string {
	st := m.env.Styles
	var b strings.Builder
	b.WriteString(st.Section.Render(T("My claims")) + "\n\n")
	d := m.data
	switch {
	case d == nil && m.err != nil:
		b.WriteString(wrapIndent(st.Error, Describe(m.err), w, 0) + "\n")
		return b.String()
	case d == nil:
		b.WriteString(st.Muted.Render(T("Loading…")) + "\n")
		return b.String()
	case len(d.Claims) == 0:
		b.WriteString(T("You have filed no claim.") + "\n")
	case m.open:
		m.viewOne(&b, d, m.selected(), w)
	default:
		sym := safetext.Escape(d.Token.Symbol)
		for i, c := range d.Claims {
			head := untranslated("#%-3d %10s %s  %s", c.ID, d.Token.Format(c.Amount), sym, community.FormatTime(c.SubmittedAt))
			votes := T("%d✓ %d✗ of %d", c.Approvals, c.Rejections, c.Voters)
			if i == m.cursor {
				b.WriteString(st.Title.Render("> "+head) + "  " + votes + "\n")
			} else {
				b.WriteString("  " + head + "  " + votes + "\n")
			}
			b.WriteString(wrapIndent(statusStyle(st, c.Status), myClaimStatus(d, &c), w, 4) + "\n")
		}
		help := T("↑/↓: choose · enter: votes and reasons")
		if c := m.selected(); c != nil && settleable(c) {
			help += " · " + T("s: settle (pay approved claims)")
		}
		b.WriteString("\n" + st.Muted.Render(help) + "\n")
	}
	if m.err != nil {
		b.WriteString("\n" + wrapIndent(st.Error, Describe(m.err), w, 0) + "\n")
	}
	if l := m.poll.staleLine(st, w); l != "" {
		b.WriteString("\n" + l)
	}
	return b.String()
}

func statusStyle(st Styles, s claims.Status) lipgloss.Style {
	switch s {
	case claims.StatusPaid:
		return st.Good
	case claims.StatusRejected, claims.StatusExpired:
		return st.Error
	case claims.StatusApproved:
		return st.Title
	}
	return st.Warn
}

func (m *myClaims) viewOne(b *strings.Builder, d *MyClaimsData, c *claims.Claim, w int) {
	st := m.env.Styles
	sym := safetext.Escape(d.Token.Symbol)
	row := func(k, v string) { b.WriteString(st.Key.Render(padRight(k, 14)) + " " + v + "\n") }
	b.WriteString(st.Section.Render(T("Claim %d", c.ID)) + "\n")
	b.WriteString(wrapIndent(statusStyle(st, c.Status), myClaimStatus(d, c), w, 0) + "\n")
	row(T("Amount"), d.Token.Format(c.Amount)+" "+sym)
	if c.Paid != nil {
		row(T("Paid"), st.Good.Render(d.Token.Format(c.Paid)+" "+sym))
	}
	row(T("Submitted"), community.FormatTime(c.SubmittedAt))
	if reviewEndRow(c) {
		row(T("Review ends"), community.FormatTime(c.ReviewEndsAt))
	}
	row(T("Term"), untranslated("%d", c.Term))
	row(T("Votes"), T("%d approve, %d reject, of %d notaries", c.Approvals, c.Rejections, c.Voters))
	for _, v := range c.Votes {
		who := shortAddr(v.Notary.Hex())
		if n := d.Names[v.Notary]; n != "" {
			who = safetext.Escape(n) + " " + st.Muted.Render(who)
		}
		if v.Approve {
			b.WriteString("  " + st.Good.Render("✓ "+T("approve")) + "  " + who + "\n")
			continue
		}
		b.WriteString("  " + st.Error.Render("✗ "+T("reject")) + "  " + who + "  " + untranslated("%d %s", v.Reason, v.Reason.Name()) + "\n")
		b.WriteString(wrapIndent(st.Muted, say(v.Reason.Meaning()), w, 6) + "\n")
		if v.Note != "" {
			b.WriteString(wrapIndent(st.Value, T("note: %s", safetext.EscapeLines(v.Note)), w, 6) + "\n")
		}
	}
	if len(c.Votes) == 0 {
		b.WriteString("  " + st.Muted.Render(T("No vote yet.")) + "\n")
	}
	help := T("esc: back")
	if settleable(c) {
		help += " · " + T("s: settle (pay approved claims)")
	}
	b.WriteString("\n" + st.Muted.Render(help) + "\n")
}

// claimsService is the claims service of the session's community, as
// every claim screen reads and plans through it.
func claimsService(ctx context.Context, s *session.Session) (*claims.Service, *community.Community, error) {
	com, err := s.Community(ctx)
	if err != nil {
		return nil, nil, err
	}
	conn, err := s.Chain(ctx)
	if err != nil {
		return nil, nil, err
	}
	svc, err := claims.New(ctx, conn, com)
	return svc, com, err
}
