package tui

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func init() { RegisterTab(Tab{Order: 50, New: newMyClaims}) }

// claimsPoll is how often the claims screen looks again while a claim
// is open (votes arrive).
var claimsPoll = 3 * time.Second

// MyClaimsData is the account's claims, each as claims.Service.Show
// tells it (votes, public notice, payout, queue place). A rejection's
// reason and note are sealed: they are opened on the screen, with the
// account's key, when the member asks (o).
type MyClaimsData struct {
	Account wallet.Account
	Token   community.Token
	Quorum  int
	// Names are the wallet's account names by address (the demo's
	// notaries), to name voters.
	Names  map[common.Address]string
	Claims []claims.Claim
	// ChainTime is the chain's time when the claims were read: whether a
	// public notice still runs is the chain's clock, not the wall's (a dev
	// chain's clock runs ahead).
	ChainTime time.Time
	// Owed is what the pool owes the account now (payouts the token
	// refused, not withdrawn yet); nil when not read.
	Owed *big.Int
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
	if d.ChainTime, err = community.ChainTime(ctx, svc.B); err != nil {
		return nil, err
	}
	if d.Owed, err = com.Owed(ctx, acct.Address); err != nil {
		return nil, err
	}
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
	// poll re-reads the claims while one is open or in public notice and
	// the screen is shown.
	poll poller
	// opened are the rejections of a claim as the account's key opened
	// them (o), by claim: kept over re-reads until the account changes.
	// A claim in it was tried: a vote still not Opened does not open.
	opened map[uint64][]claims.Vote
	// withdrawing: typing where what the pool owes goes (w).
	withdrawing bool
	to          textinput.Model
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

// reasonsOpenedMsg: the sealed reasons of claim id, opened with the
// account's key (votes as claims.Service.OpenReasons left them).
type reasonsOpenedMsg struct {
	seq   int
	id    uint64
	votes []claims.Vote
	err   error
}

// withdrawPlanMsg is the plan of a withdrawal of what the pool owes.
type withdrawPlanMsg struct {
	plan session.Plan
	err  error
}

type withdrawnMsg struct{ res TxResult }

var (
	keyMyClaimOpen   = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msgKey("details")))
	keyClaimSettle   = key.NewBinding(key.WithKeys("s"), key.WithHelp("s", msgKey("settle: pay approved claims whose notice has ended")))
	keyClaimReasons  = key.NewBinding(key.WithKeys("o"), key.WithHelp("o", msgKey("open the sealed reasons of a rejection (your key)")))
	keyClaimWithdraw = key.NewBinding(key.WithKeys("w"), key.WithHelp("w", msgKey("withdraw what the pool owes you")))
)

func newMyClaims(env *Env) Screen {
	in := textinput.New()
	in.Prompt = "> "
	in.Width = 44
	in.CharLimit = 64
	return &myClaims{env: env, poll: poller{every: claimsPoll}, to: in}
}

func (m *myClaims) Title() string { return T("My claims") }
func (m *myClaims) Keys() []key.Binding {
	return []key.Binding{Keys.Up, Keys.Down, keyMyClaimOpen, keyClaimSettle, keyClaimReasons, keyClaimWithdraw, Keys.Refresh}
}

// CapturesInput: the withdrawal's address is being typed.
func (m *myClaims) CapturesInput() bool { return m.withdrawing }

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

// moving: a claim waits for votes, or its public notice runs (its board
// may be recalled, and it becomes payable when the notice ends), so the
// screen looks again soon.
func (d *MyClaimsData) moving() bool {
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Status == claims.StatusOpen || c.InNotice(d.ChainTime) {
			return true
		}
	}
	return false
}

// watch re-reads the claims in a while when one waits for votes or is in
// notice, and stops when none is.
func (m *myClaims) watch() tea.Cmd {
	if m.data == nil || !m.data.moving() {
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

// take shows d, the cursor kept on the claim it was on, with the reasons
// opened before.
func (m *myClaims) take(d *MyClaimsData) {
	var keep uint64
	if c := m.selected(); c != nil {
		keep = c.ID
	}
	m.data, m.err = d, nil
	for i := range d.Claims {
		if vs, ok := m.opened[d.Claims[i].ID]; ok {
			keepOpened(&d.Claims[i], vs)
		}
	}
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

// keepOpened copies into c's votes the reasons opened before (the same
// vote: its notary and transaction).
func keepOpened(c *claims.Claim, opened []claims.Vote) {
	for i := range c.Votes {
		v := &c.Votes[i]
		for _, o := range opened {
			if o.Opened && o.Notary == v.Notary && o.Tx == v.Tx {
				v.Reason, v.Note, v.Opened = o.Reason, o.Note, true
			}
		}
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
		if m.loading || m.data == nil || !m.data.moving() {
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
		return m, ConfirmTx(TxRequest{Question: "Pay the approved claims whose public notice has ended?", Plans: []session.Plan{msg.plan},
			Done: func(r TxResult) tea.Msg { return settledMsg{r} }})
	case settledMsg:
		if msg.res.Err == nil {
			return m, func() tea.Msg { return RefreshMsg{} }
		}
	case reasonsOpenedMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		if msg.err != nil {
			if !errors.Is(msg.err, ErrCancelled) && !errors.Is(msg.err, context.Canceled) {
				m.err = msg.err
			}
			return m, nil
		}
		if m.opened == nil {
			m.opened = map[uint64][]claims.Vote{}
		}
		m.opened[msg.id] = msg.votes
		if m.data != nil {
			for i := range m.data.Claims {
				if m.data.Claims[i].ID == msg.id {
					keepOpened(&m.data.Claims[i], msg.votes)
					m.cursor, m.open = i, true
				}
			}
		}
	case withdrawPlanMsg:
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		return m, ConfirmTx(TxRequest{Question: "Withdraw what the pool owes you?", Plans: []session.Plan{msg.plan},
			Notice: "If the token refuses the address again, nothing is paid and the pool keeps owing it: withdraw to another address of yours.",
			Done:   func(r TxResult) tea.Msg { return withdrawnMsg{r} }})
	case withdrawnMsg:
		if msg.res.Err == nil {
			return m, func() tea.Msg { return RefreshMsg{} }
		}
	case AccountChangedMsg, CommunityChangedMsg:
		m.open, m.withdrawing, m.opened = false, false, nil
		m.to.Blur()
		return m, m.load()
	case RefreshMsg:
		m.open = false
		return m, m.load()
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *myClaims) key(msg tea.KeyMsg) tea.Cmd {
	if m.withdrawing {
		switch msg.Type {
		case tea.KeyEnter:
			m.withdrawing = false
			m.to.Blur()
			return m.withdraw(m.to.Value())
		case tea.KeyEsc:
			m.withdrawing = false
			m.to.Blur()
			return nil
		}
		var cmd tea.Cmd
		m.to, cmd = m.to.Update(msg)
		return cmd
	}
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
		if c := m.selected(); c != nil && settleable(c, m.data.ChainTime) {
			m.err = nil
			return m.settle()
		}
	case key.Matches(msg, keyClaimReasons):
		if c := m.selected(); c != nil && sealedReasons(c) {
			m.err = nil
			return m.openReasons(*c)
		}
	case key.Matches(msg, keyClaimWithdraw):
		if m.data == nil {
			return nil
		}
		if !owes(m.data) {
			return Notify(T("The pool owes you nothing: the token refused no payout of yours."))
		}
		m.err, m.withdrawing = nil, true
		m.to.SetValue(m.data.Account.Address.Hex())
		m.to.CursorEnd()
		return m.to.Focus()
	}
	return nil
}

// settleable: the claim is approved and its public notice is over, so a
// settle may pay it (the pool and the period's cap permitting: Settle
// says so when not).
func settleable(c *claims.Claim, now time.Time) bool {
	return c.Status == claims.StatusApproved && !c.InNotice(now)
}

// sealedReasons: the claim has a rejection whose reason has not been
// opened here.
func sealedReasons(c *claims.Claim) bool {
	for _, v := range c.Votes {
		if !v.Approve && !v.Opened {
			return true
		}
	}
	return false
}

// owes: the pool owes the account a payout the token refused.
func owes(d *MyClaimsData) bool { return d.Owed != nil && d.Owed.Sign() > 0 }

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

// openReasons opens claim c's sealed rejection reasons with the content
// key the account's wallet key derives (claims.Service.ContentKey, then
// OpenReasons): the passphrase is asked, the key is not kept.
func (m *myClaims) openReasons(c claims.Claim) tea.Cmd {
	seq, sess := m.seq, m.env.Session
	c.Votes = append([]claims.Vote(nil), c.Votes...)
	return Job(T("Opening the sealed reasons of claim %d…", c.ID), func(ctx context.Context) tea.Msg {
		fail := func(err error) tea.Msg { return reasonsOpenedMsg{seq: seq, id: c.ID, err: err} }
		acct, err := sess.Account()
		if err != nil {
			return fail(err)
		}
		svc, _, err := claimsService(ctx, sess)
		if err != nil {
			return fail(err)
		}
		priv, err := sess.Key(acct)
		if err != nil {
			return fail(err)
		}
		ck, err := svc.ContentKey(ctx, c.ID, priv, nil)
		if err != nil {
			return fail(err)
		}
		defer clear(ck)
		svc.OpenReasons(ctx, &c, ck)
		return reasonsOpenedMsg{seq: seq, id: c.ID, votes: c.Votes}
	})
}

// withdraw plans paying what the pool owes the account to `to` (an
// address or a wallet account's name; empty: the account's own).
func (m *myClaims) withdraw(to string) tea.Cmd {
	sess := m.env.Session
	return Job(T("Planning the withdrawal…"), func(ctx context.Context) tea.Msg {
		fail := func(err error) tea.Msg { return withdrawPlanMsg{err: err} }
		dest, err := sess.ResolveMember(to)
		if err != nil {
			return fail(err)
		}
		acct, err := sess.Account()
		if err != nil {
			return fail(err)
		}
		com, err := sess.Community(ctx)
		if err != nil {
			return fail(err)
		}
		owed, err := com.Owed(ctx, acct.Address)
		if err != nil {
			return fail(err)
		}
		if owed.Sign() == 0 {
			return fail(&community.Refusal{Reason: T("The pool owes you nothing: the token refused no payout of yours.")})
		}
		what := T("This withdraws the %s %s the pool owes you (payouts the token refused) to %s.", com.Token.Format(owed), safetext.Escape(com.Token.Symbol), dest.Hex())
		return withdrawPlanMsg{plan: session.StepPlan(com.Token, com.PlanWithdrawOwed(dest), what)}
	})
}

// myClaimStatus says where a claim stands, as `huzhu claim show` does.
func myClaimStatus(d *MyClaimsData, c *claims.Claim) string {
	return claimStatusSays(c, d.Token, d.Quorum, d.ChainTime)
}

// claimStatusSays is where a claim stands at the chain's time now, in
// one sentence: claims.StatusText, and what protocol v2 added that it
// does not say (yet): the public notice, the payout queue after it, a
// claim returned to be filed again, a payout the token refused (owed: what
// the pool owes the member now; nil when not read). Escaped for the
// screen. Once claims.StatusText says all of them, this is StatusText.
func claimStatusSays(c *claims.Claim, tok community.Token, quorum int, now time.Time) string {
	if !now.IsZero() {
		cc := *c
		cc.ReadAt = now // the notice judged by the chain's clock
		c = &cc
	}
	return safetext.Escape(say(c.StatusText(tok, quorum)))
}

// roughly is a duration to the hour when it is a day or more, else to
// the minute: a notice's time left, a membership's age.
func roughly(d time.Duration) string { return units.FormatRough(d) }

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
	case m.withdrawing:
		sym := safetext.Escape(d.Token.Symbol)
		b.WriteString(st.Section.Render(T("Withdraw what the pool owes you (%s %s)", d.Token.Format(d.Owed), sym)) + "\n\n")
		b.WriteString(wrap(T("The token refused to pay it to your address. Withdraw it to your address again, or, if the token still refuses it, to another address of yours (or a wallet account's name):"), w) + "\n")
		b.WriteString(m.to.View() + "\n\n")
		b.WriteString(st.Muted.Render(wrap(T("enter: plan the withdrawal (asks to confirm) · esc: cancel"), w)) + "\n")
	case len(d.Claims) == 0:
		b.WriteString(T("You have filed no claim.") + "\n")
		m.owedLine(&b, w)
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
		m.owedLine(&b, w)
		help := T("↑/↓: choose · enter: votes and reasons")
		if c := m.selected(); c != nil {
			help += m.actionHints(c)
		}
		b.WriteString("\n" + st.Muted.Render(wrap(help, w)) + "\n")
	}
	if m.err != nil {
		b.WriteString("\n" + wrapIndent(st.Error, Describe(m.err), w, 0) + "\n")
	}
	if l := m.poll.staleLine(st, w); l != "" {
		b.WriteString("\n" + l)
	}
	return b.String()
}

// owedLine says what the pool owes the account, if anything.
func (m *myClaims) owedLine(b *strings.Builder, w int) {
	if d := m.data; d != nil && owes(d) {
		b.WriteString("\n" + wrapIndent(m.env.Styles.Warn, T("The pool owes you %s %s: the token refused a payout to your address.", d.Token.Format(d.Owed), safetext.Escape(d.Token.Symbol)), w, 0) + "\n")
	}
}

// actionHints are the keys that act on claim c now, each after " · ".
func (m *myClaims) actionHints(c *claims.Claim) string {
	var out string
	if settleable(c, m.data.ChainTime) {
		out += " · " + T("s: settle (pay approved claims whose notice has ended)")
	}
	if sealedReasons(c) {
		if _, tried := m.opened[c.ID]; !tried {
			out += " · " + T("o: open the sealed reasons")
		}
	}
	if owes(m.data) {
		out += " · " + T("w: withdraw what the pool owes you")
	}
	return out
}

func statusStyle(st Styles, s claims.Status) lipgloss.Style {
	switch s {
	case claims.StatusPaid:
		return st.Good
	case claims.StatusRejected, claims.StatusExpired, claims.StatusReturned:
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
	if c.Owed != nil {
		row(T("Owed"), st.Warn.Render(d.Token.Format(c.Owed)+" "+sym)+st.Muted.Render("  "+T("(the token refused the transfer)")))
	}
	row(T("Submitted"), community.FormatTime(c.SubmittedAt))
	if reviewEndRow(c) {
		row(T("Review ends"), community.FormatTime(c.ReviewEndsAt))
	}
	if !c.ApprovedAt.IsZero() {
		row(T("Approved"), community.FormatTime(c.ApprovedAt))
		row(T("Notice ends"), community.FormatTime(c.NoticeEndsAt))
	}
	row(T("Term"), untranslated("%d", c.Term))
	row(T("Votes"), say(c.VotesText()))
	_, tried := m.opened[c.ID]
	for _, v := range c.Votes {
		who := shortAddr(v.Notary.Hex())
		if n := d.Names[v.Notary]; n != "" {
			who = safetext.Escape(n) + " " + st.Muted.Render(who)
		}
		if v.Approve {
			b.WriteString("  " + st.Good.Render("✓ "+T("approve")) + "  " + who + "\n")
			continue
		}
		if !v.Opened {
			why := T("reason sealed: only you and the term's notaries can read it (o opens it with your key)")
			if tried {
				why = T("its sealed reason does not open: a notary who could not read the claim seals no reason")
			}
			b.WriteString("  " + st.Error.Render("✗ "+T("reject")) + "  " + who + "\n")
			b.WriteString(wrapIndent(st.Muted, why, w, 6) + "\n")
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
	m.owedLine(b, w)
	help := T("esc: back") + m.actionHints(c)
	b.WriteString("\n" + st.Muted.Render(wrap(help, w)) + "\n")
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
