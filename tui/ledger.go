package tui

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/session"
)

func init() { RegisterTab(Tab{Order: 80, New: newLedger}) }

// LedgerData is what the ledger screen shows: every movement of the pool
// (community.Ledger), and the wallet's account names to show beside
// addresses.
type LedgerData struct {
	Ledger community.Ledger
	Token  community.Token
	Names  map[common.Address]string
}

// LoadLedger reads the pool's movements through the session.
func LoadLedger(ctx context.Context, s *session.Session) (*LedgerData, error) {
	com, err := s.Community(ctx)
	if err != nil {
		return nil, err
	}
	l, err := com.Ledger(ctx)
	if err != nil {
		return nil, err
	}
	d := &LedgerData{Ledger: l, Token: com.Token, Names: map[common.Address]string{}}
	if accts, err := s.Accounts(); err == nil {
		for _, a := range accts {
			d.Names[a.Address] = a.Name
		}
	}
	return d, nil
}

// ledgerKinds are the kinds of entry, in the order of their toggle keys.
var ledgerKinds = []struct{ kind, label string }{
	{community.EntryDues, msgKey("dues")},
	{community.EntryDonation, msgKey("donations")},
	{community.EntryPayout, msgKey("payouts")},
	{community.EntrySync, msgKey("syncs")},
}

var (
	keyFilter   = key.NewBinding(key.WithKeys("/"), key.WithHelp("/", msgKey("filter")))
	keyKinds    = key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", msgKey("show / hide dues, donations, payouts, syncs")))
	keyPageUp   = key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", msgKey("page up")))
	keyPageDown = key.NewBinding(key.WithKeys("pgdown", "f", " "), key.WithHelp("pgdn", msgKey("page down")))
	keyHome     = key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home", msgKey("newest")))
	keyEnd      = key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", msgKey("oldest")))
)

// ledgerRow is an entry of the ledger, newest first. Rows are not
// formatted when loaded: drawing a frame formats only the rows it shows
// (text), and a filter matches the entries without formatting them
// (matches), so that 10,000 rows cost their entries and no strings.
type ledgerRow struct {
	kind string
	e    *community.Entry
}

// ledgerText is a row as drawn.
type ledgerText struct {
	when    string
	label   string
	short   string // who: names, else short addresses
	long    string // who: names and whole addresses, when they fit
	amount  string
	balance string
}

type ledger struct {
	env       *Env
	data      *LedgerData
	err       error
	seq       int
	rows      []ledgerRow // newest first
	view      []int       // the rows shown (filtered), indices into rows
	top       int         // the first row drawn, index into view
	page      int         // rows the last frame had room for
	filter    textinput.Model
	filtering bool
	hidden    map[string]bool
	names     map[common.Address]string // the lower case of the names, for matches
	labels    map[string]string         // the lower case of each kind's label
	buf       []byte                    // matches' text of a row
}

type ledgerMsg struct {
	seq  int
	data *LedgerData
	err  error
}

func newLedger(env *Env) Screen {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = T("kind, name or address")
	in.Width = 40
	return &ledger{env: env, filter: in, hidden: map[string]bool{}, page: 10}
}

func (l *ledger) Title() string       { return T("Ledger") }
func (l *ledger) CapturesInput() bool { return l.filtering }
func (l *ledger) Keys() []key.Binding {
	return []key.Binding{Keys.Up, Keys.Down, keyPageUp, keyPageDown, keyHome, keyEnd, keyFilter, keyKinds}
}

func (l *ledger) Init() tea.Cmd {
	if accts, err := l.env.Session.Accounts(); err != nil || len(accts) == 0 {
		return nil
	}
	return l.load()
}

func (l *ledger) load() tea.Cmd {
	l.seq++
	seq, sess := l.seq, l.env.Session
	return Job(T("Loading the ledger…"), func(ctx context.Context) tea.Msg {
		d, err := LoadLedger(ctx, sess)
		return ledgerMsg{seq: seq, data: d, err: err}
	})
}

// setData takes the entries, newest first, and applies the filter.
func (l *ledger) setData(d *LedgerData) {
	l.data, l.err = d, nil
	es := d.Ledger.Entries
	l.rows = make([]ledgerRow, len(es))
	for i := range es {
		e := &es[len(es)-1-i]
		l.rows[i] = ledgerRow{kind: e.Kind, e: e}
	}
	l.names, l.labels = map[common.Address]string{}, map[string]string{}
	for a, n := range d.Names {
		l.names[a] = strings.ToLower(safetext.Escape(n))
	}
	for _, k := range ledgerKinds {
		l.labels[k.kind] = strings.ToLower(kindLabel(k.kind))
	}
	l.apply()
}

// kindLabel is how a kind of entry is named in a row.
func kindLabel(kind string) string {
	switch kind {
	case community.EntryDues:
		return T("dues")
	case community.EntryDonation:
		return T("donation")
	case community.EntryPayout:
		return T("payout")
	case community.EntrySync:
		return T("sync")
	}
	return ""
}

// who is the addresses a row names: the payer and the member of dues
// (the member alone when they are one), a donation's payer, a payout's
// member.
func who(e *community.Entry) []common.Address {
	switch e.Kind {
	case community.EntryDues:
		if e.Payer != e.Member {
			return []common.Address{e.Payer, e.Member}
		}
		return []common.Address{e.Member}
	case community.EntryDonation:
		return []common.Address{e.Payer}
	case community.EntryPayout:
		return []common.Address{e.Member}
	}
	return nil
}

// text formats a row to draw it.
func (l *ledger) text(r *ledgerRow) ledgerText {
	e, d, tok := r.e, l.data, l.data.Token
	t := ledgerText{when: e.Time.UTC().Format("2006-01-02 15:04"), label: kindLabel(e.Kind), amount: tok.Format(e.Amount), balance: tok.Format(e.Balance)}
	if e.Amount.Sign() > 0 {
		t.amount = "+" + t.amount
	}
	var short, long []string
	for _, a := range who(e) {
		n := safetext.Escape(d.Names[a])
		s, lg := shortAddr(a.Hex()), a.Hex()
		if n != "" {
			s, lg = n, n+" "+lg
		}
		short, long = append(short, s), append(long, lg)
	}
	sep := " " + T("for") + " "
	t.short, t.long = strings.Join(short, sep), strings.Join(long, sep)
	if e.Claim != nil {
		c := " " + T("claim #%d", e.Claim.Uint64())
		t.short += c
		t.long += c
	}
	return t
}

// matches reports whether a row's text to search, in lower case (its
// kind, label, names, whole addresses and claim, with spaces between),
// contains q, lower case; the text is written in a buffer kept for the
// next row, so filtering 10,000 rows makes no strings.
func (l *ledger) matches(r *ledgerRow, q string) bool {
	e := r.e
	b := append(l.buf[:0], e.Kind...)
	b = append(append(b, ' '), l.labels[e.Kind]...)
	for _, a := range who(e) {
		b = append(append(b, ' '), l.names[a]...)
		b = append(b, " 0x"...)
		b = hex.AppendEncode(b, a[:])
	}
	if e.Claim != nil {
		b = e.Claim.Append(append(b, " #"...), 10)
	}
	l.buf = b
	return bytes.Contains(b, []byte(q))
}

// apply recomputes the rows shown from the filter and the kind toggles.
func (l *ledger) apply() {
	q := strings.ToLower(strings.TrimSpace(l.filter.Value()))
	l.view = l.view[:0]
	for i := range l.rows {
		r := &l.rows[i]
		if l.hidden[r.kind] || (q != "" && !l.matches(r, q)) {
			continue
		}
		l.view = append(l.view, i)
	}
	l.clamp()
}

func (l *ledger) clamp() {
	if max := len(l.view) - l.page; l.top > max {
		l.top = max
	}
	if l.top < 0 {
		l.top = 0
	}
}

func (l *ledger) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case ledgerMsg:
		if msg.seq != l.seq {
			return l, nil
		}
		if msg.err != nil {
			l.err = msg.err
			var se *session.Error
			if errors.As(msg.err, &se) && se.Remedy == session.RemedyChooseCommunity {
				return l, nil // the dashboard offers the demo
			}
			return l, ShowError(msg.err)
		}
		l.setData(msg.data)
	case AccountChangedMsg, CommunityChangedMsg, RefreshMsg:
		return l, l.load()
	case tea.KeyMsg:
		return l, l.key(msg)
	}
	return l, nil
}

func (l *ledger) key(msg tea.KeyMsg) tea.Cmd {
	if l.filtering {
		switch msg.Type {
		case tea.KeyEnter:
			l.filtering = false
			l.filter.Blur()
			return nil
		case tea.KeyEsc:
			l.filtering = false
			l.filter.Blur()
			l.filter.Reset()
			l.apply()
			return nil
		}
		var cmd tea.Cmd
		l.filter, cmd = l.filter.Update(msg)
		l.apply()
		return cmd
	}
	switch {
	case key.Matches(msg, keyFilter):
		l.filtering = true
		return l.filter.Focus()
	case key.Matches(msg, keyKinds):
		i := int(msg.Runes[0] - '1')
		k := ledgerKinds[i].kind
		l.hidden[k] = !l.hidden[k]
		l.apply()
	case key.Matches(msg, Keys.Up):
		l.top--
	case key.Matches(msg, Keys.Down):
		l.top++
	case key.Matches(msg, keyPageUp):
		l.top -= l.page
	case key.Matches(msg, keyPageDown):
		l.top += l.page
	case key.Matches(msg, keyHome):
		l.top = 0
	case key.Matches(msg, keyEnd):
		l.top = len(l.view)
	case msg.Type == tea.KeyEsc && l.filter.Value() != "":
		l.filter.Reset()
		l.apply()
	}
	l.clamp()
	return nil
}

// View draws the rows that fit, and only those.
func (l *ledger) View(w, h int) string {
	st := l.env.Styles
	if l.data == nil {
		if l.err != nil {
			return st.Error.Render(Describe(l.err)) + "\n" + st.Muted.Render(T("Press r to try again."))
		}
		return st.Muted.Render(T("Loading…"))
	}
	var b strings.Builder
	sym := safetext.Escape(l.data.Token.Symbol)
	b.WriteString(st.Section.Render(T("Pool movements")) + " " +
		st.Muted.Render(T("%d of %d shown · pool %s %s", len(l.view), len(l.rows), l.data.Token.Format(l.data.Ledger.Pool.Balance), sym)) + "\n")
	var toggles []string
	for i, k := range ledgerKinds {
		box := "[x]"
		if l.hidden[k.kind] {
			box = "[ ]"
		}
		toggles = append(toggles, untranslated("%d %s %s", i+1, box, T(k.label)))
	}
	line := strings.Join(toggles, "  ")
	switch {
	case l.filtering:
		line += "  " + l.filter.View()
	case l.filter.Value() != "":
		line += "  " + st.Title.Render("/ "+safetext.Escape(l.filter.Value())) + st.Muted.Render(" "+T("(esc clears)"))
	}
	b.WriteString(line + "\n")

	const whenW, kindW, amtW, balW = 16, 9, 13, 13
	whoW := w - whenW - kindW - amtW - balW - 4
	if whoW < 14 {
		whoW = 14
	}
	b.WriteString(st.Key.Render(padRight(T("Time (UTC)"), whenW)+" "+padRight(T("Kind"), kindW)+" "+padRight(T("Who"), whoW)+" "+
		padLeft(T("Amount"), amtW)+" "+padLeft(T("Balance"), balW)) + "\n")

	rows := h - 4
	if rows < 1 {
		rows = 1
	}
	l.page = rows
	l.clamp()
	if len(l.view) == 0 {
		b.WriteString(st.Muted.Render(T("No movements match.")) + "\n")
	}
	end := l.top + rows
	if end > len(l.view) {
		end = len(l.view)
	}
	for _, i := range l.view[l.top:end] {
		r := l.text(&l.rows[i])
		who := r.short
		if lipgloss.Width(r.long) <= whoW {
			who = r.long
		}
		amount := padLeft(r.amount, amtW)
		if strings.HasPrefix(r.amount, "-") {
			amount = st.Warn.Render(amount)
		}
		b.WriteString(padRight(r.when, whenW) + " " + padRight(r.label, kindW) + " " + padRight(truncate(who, whoW), whoW) + " " +
			amount + " " + padLeft(r.balance, balW) + "\n")
	}
	if len(l.view) > 0 {
		b.WriteString(st.Muted.Render(T("rows %d–%d of %d", l.top+1, end, len(l.view))+" · ") + keyHint(st, keyHome, keyEnd, keyFilter))
	}
	return b.String()
}

// padLeft pads s on the left to n cells.
func padLeft(s string, n int) string {
	if w := lipgloss.Width(s); w < n {
		return strings.Repeat(" ", n-w) + s
	}
	return s
}

// truncate cuts s to n cells (wide characters count two), marking the cut.
func truncate(s string, n int) string {
	if lipgloss.Width(s) <= n {
		return s
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		rw := lipgloss.Width(string(r))
		if w+rw > n-1 {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	return b.String() + "…"
}
