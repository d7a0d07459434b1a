package tui

import (
	"context"
	"errors"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func init() { RegisterTab(Tab{Order: 20, New: newPayScreen}) }

// defaultPeriods is how many periods the dues screen offers at first.
const defaultPeriods = 12

// PayPreview is what paying dues would do, read through the session
// before anything is unlocked: the member's status now and
// community.Effect of the periods asked.
type PayPreview struct {
	Payer wallet.Account
	// Member is who is paid for; MemberName their account name when they
	// are one of the wallet's accounts.
	Member     common.Address
	MemberName string
	Token      community.Token
	Dues       *big.Int // one period's dues
	Period     time.Duration
	Status     community.MemberStatus
	Effect     community.DuesEffect
}

// Self reports whether the payer pays for themself.
func (p *PayPreview) Self() bool { return p.Member == p.Payer.Address }

// LoadPayPreview reads what paying periods periods for `forWho` (an
// address or account name, as `member contribute --for`; "" the account
// itself) would do.
func LoadPayPreview(ctx context.Context, s *session.Session, forWho string, periods uint64) (*PayPreview, error) {
	acct, err := s.Account()
	if err != nil {
		return nil, err
	}
	member, err := s.ResolveMember(forWho)
	if err != nil {
		return nil, err
	}
	com, err := s.Community(ctx)
	if err != nil {
		return nil, err
	}
	st, err := com.MemberStatus(ctx, member)
	if err != nil {
		return nil, err
	}
	eff, err := com.Effect(st, periods)
	if err != nil {
		return nil, err
	}
	p := com.Params()
	pv := &PayPreview{Payer: acct, Member: member, Token: com.Token, Dues: p.Dues, Period: p.Period, Status: st, Effect: eff}
	if accts, err := s.Accounts(); err == nil {
		for _, a := range accts {
			if a.Address == member {
				pv.MemberName = a.Name
			}
		}
	}
	return pv, nil
}

type payScreen struct {
	env       *Env
	forIn     textinput.Model
	periodsIn textinput.Model
	editing   int // 0: none; 1: for; 2: periods
	undo      string

	preview *PayPreview
	err     error // of the preview
	seq     int   // of the preview
	paySeq  int   // of the payment (a refresh meanwhile does not lose it)
	paying  bool
	result  string
	failed  error
}

const (
	editNone = iota
	editFor
	editPeriods
)

type payPreviewMsg struct {
	seq  int
	data *PayPreview
	err  error
}

type payPlannedMsg struct {
	seq    int
	plans  []session.Plan
	notice string
	snd    *wallet.Sender
	err    error
}

type payDoneMsg struct {
	seq int
	res TxResult
}

var (
	keyPay     = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msgKey("pay")))
	keyPayFor  = key.NewBinding(key.WithKeys("f"), key.WithHelp("f", msgKey("pay for someone else")))
	keyPeriods = key.NewBinding(key.WithKeys("p"), key.WithHelp("p", msgKey("number of periods")))
)

func newPayScreen(env *Env) Screen {
	s := &payScreen{env: env}
	s.forIn = textinput.New()
	s.forIn.Prompt = ""
	s.forIn.Placeholder = T("an address or account name; empty: you")
	s.forIn.Width = 44
	s.periodsIn = textinput.New()
	s.periodsIn.Prompt = ""
	s.periodsIn.Width = 6
	s.periodsIn.SetValue(strconv.Itoa(defaultPeriods))
	return s
}

func (s *payScreen) Title() string       { return T("Pay dues") }
func (s *payScreen) CapturesInput() bool { return s.editing != editNone }
func (s *payScreen) Keys() []key.Binding {
	return []key.Binding{keyPay, keyPayFor, keyPeriods, Keys.Refresh}
}

func (s *payScreen) Init() tea.Cmd {
	if accts, err := s.env.Session.Accounts(); err != nil || len(accts) == 0 {
		return nil
	}
	return s.load()
}

// periods reads the periods field: a whole number (its range is the
// service's to check).
func (s *payScreen) periods() (uint64, error) {
	n, err := strconv.ParseUint(strings.TrimSpace(s.periodsIn.Value()), 10, 64)
	if err != nil {
		return 0, &session.Error{Kind: session.KindInvalid, Problem: T("the number of periods is a whole number from 1 to %d", contracts.MaxPeriods)}
	}
	return n, nil
}

func (s *payScreen) load() tea.Cmd {
	s.seq++
	seq, sess, forWho := s.seq, s.env.Session, s.forIn.Value()
	n, err := s.periods()
	if err != nil {
		s.preview, s.err = nil, err
		return nil
	}
	return Job(T("Reckoning the payment…"), func(ctx context.Context) tea.Msg {
		pv, err := LoadPayPreview(ctx, sess, forWho, n)
		return payPreviewMsg{seq: seq, data: pv, err: err}
	})
}

// pay unlocks the account (the passphrase modal), plans the payment with
// a permit where the token has one, and hands the plans to the confirm
// dialog.
func (s *payScreen) pay() tea.Cmd {
	pv := s.preview
	if pv == nil || s.paying {
		return nil
	}
	s.paying, s.result, s.failed = true, "", nil
	s.paySeq++
	seq, sess, member, periods := s.paySeq, s.env.Session, pv.Member, pv.Effect.Periods
	return Job(T("Preparing the payment…"), func(ctx context.Context) tea.Msg {
		com, err := sess.Community(ctx)
		if err != nil {
			return payPlannedMsg{seq: seq, err: err}
		}
		snd, acct, err := sess.Sender(ctx)
		if err != nil {
			return payPlannedMsg{seq: seq, err: err}
		}
		plan, err := com.PlanDues(ctx, acct.Address, member, periods, snd.Key)
		if err != nil {
			return payPlannedMsg{seq: seq, err: err}
		}
		return payPlannedMsg{seq: seq, plans: duesPlans(com, plan, member == acct.Address), notice: noticeFor(plan.Effect), snd: snd}
	})
}

// noticeFor is the no-refund notice before a member's first payment.
func noticeFor(e community.DuesEffect) string {
	if e.First {
		return community.NoRefundNotice
	}
	return ""
}

// duesPlans are a dues plan's steps as the session's plans, each saying
// what it does (as `member join` and `member contribute` say it).
func duesPlans(com *community.Community, p *community.DuesPlan, self bool) []session.Plan {
	tok, eff := com.Token, p.Effect
	who := T("you")
	if !self {
		who = p.Member.Hex()
	}
	what := T("This pays %d period(s) of dues, %s %s, for %s: covered until about %s.",
		eff.Periods, tok.Format(eff.Amount), safetext.Escape(tok.Symbol), who, community.FormatTime(eff.CoveredUntil))
	if p.Permit {
		what += " " + T("One transaction, with a permit signed by your key.")
	}
	var plans []session.Plan
	step := func(st community.Step, w string) {
		to := st.To
		plans = append(plans, session.Plan{To: &to, Data: st.Data, Spends: st.Spends, Token: tok, What: w})
	}
	if p.Approve != nil {
		a := *p.Approve
		a.Spends = eff.Amount
		step(a, T("First an approval lets the community take %s %s.", tok.Format(eff.Amount), safetext.Escape(tok.Symbol)))
	}
	step(p.Pay, what)
	return plans
}

func (s *payScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case payPreviewMsg:
		if msg.seq != s.seq {
			return s, nil
		}
		s.preview, s.err = msg.data, msg.err
	case payPlannedMsg:
		if msg.seq != s.paySeq {
			return s, nil
		}
		if msg.err != nil {
			s.paying, s.failed = false, msg.err
			return s, nil
		}
		seq := msg.seq
		return s, ConfirmTx(TxRequest{Question: T("Pay the dues?"), Plans: msg.plans, Notice: msg.notice, Sender: msg.snd,
			Done: func(r TxResult) tea.Msg { return payDoneMsg{seq: seq, res: r} }})
	case payDoneMsg:
		if msg.seq != s.paySeq {
			return s, nil
		}
		s.paying = false
		switch {
		case errors.Is(msg.res.Err, ErrCancelled):
			s.result = T("Not paid.")
			return s, nil
		case msg.res.Err != nil:
			s.failed = msg.res.Err
			return s, nil
		}
		r := msg.res.Receipts[len(msg.res.Receipts)-1]
		s.result = T("Paid in block %d.", r.BlockNumber.Uint64())
		return s, func() tea.Msg { return RefreshMsg{} }
	case AccountChangedMsg, CommunityChangedMsg:
		s.result, s.failed = "", nil
		return s, s.load()
	case RefreshMsg:
		return s, s.load()
	case tea.KeyMsg:
		return s, s.key(msg)
	}
	return s, nil
}

func (s *payScreen) key(msg tea.KeyMsg) tea.Cmd {
	if s.editing != editNone {
		in := &s.forIn
		if s.editing == editPeriods {
			in = &s.periodsIn
		}
		switch msg.Type {
		case tea.KeyEnter:
			in.Blur()
			s.editing = editNone
			s.result, s.failed = "", nil
			return s.load()
		case tea.KeyEsc:
			in.SetValue(s.undo)
			in.Blur()
			s.editing = editNone
			return nil
		}
		var cmd tea.Cmd
		*in, cmd = in.Update(msg)
		return cmd
	}
	if s.paying {
		return nil
	}
	switch {
	case key.Matches(msg, keyPayFor):
		s.editing, s.undo = editFor, s.forIn.Value()
		s.forIn.CursorEnd()
		return s.forIn.Focus()
	case key.Matches(msg, keyPeriods):
		s.editing, s.undo = editPeriods, s.periodsIn.Value()
		s.periodsIn.CursorEnd()
		return s.periodsIn.Focus()
	case key.Matches(msg, keyPay):
		if s.err != nil {
			return nil
		}
		return s.pay()
	}
	return nil
}

func (s *payScreen) View(w, h int) string {
	st := s.env.Styles
	var b strings.Builder
	row := func(k, v string) { b.WriteString(st.Key.Render(padRight(k, 14)) + " " + v + "\n") }
	b.WriteString(st.Section.Render(T("Pay dues")) + "\n\n")
	pv := s.preview

	forView := ""
	switch {
	case s.editing == editFor:
		forView = s.forIn.View()
	case pv != nil && pv.Self():
		forView = T("you (%s)", safetext.Escape(pv.Payer.Name)) + st.Muted.Render("  "+T("f: pay for someone else"))
	case pv != nil:
		name := shortAddr(pv.Member.Hex())
		if pv.MemberName != "" {
			name = safetext.Escape(pv.MemberName) + " " + st.Muted.Render(name)
		}
		forView = name + st.Muted.Render("  "+T("f: change"))
	default:
		forView = safetext.Escape(s.forIn.Value())
		if forView == "" {
			forView = T("you")
		}
		forView += st.Muted.Render("  " + T("f: change"))
	}
	row(T("For"), forView)
	if s.editing == editPeriods {
		row(T("Periods"), s.periodsIn.View()+st.Muted.Render("  "+T("1 to %d; enter: done · esc: undo", contracts.MaxPeriods)))
	} else {
		row(T("Periods"), safetext.Escape(s.periodsIn.Value())+st.Muted.Render("  "+T("p: change")))
	}
	if s.editing == editFor {
		b.WriteString(st.Muted.Render(T("enter: done · esc: undo")) + "\n")
	}

	switch {
	case s.err != nil:
		b.WriteString("\n" + st.Error.Render(Describe(s.err)) + "\n")
	case pv == nil:
		b.WriteString("\n" + st.Muted.Render(T("Loading…")) + "\n")
	default:
		sym := safetext.Escape(pv.Token.Symbol)
		eff := pv.Effect
		row(T("Dues"), T("%s %s per %s", pv.Token.Format(pv.Dues), sym, units.FormatDuration(pv.Period)))
		row(T("Cost"), st.Title.Render(pv.Token.Format(eff.Amount)+" "+sym)+st.Muted.Render(" "+T("(%s × %d)", pv.Token.Format(pv.Dues), eff.Periods)))
		b.WriteString("\n")
		row(T("Now"), stateText(st, &pv.Status))
		if !pv.Status.CoveredUntil.IsZero() {
			row("", T("covered until %s", community.FormatTime(pv.Status.CoveredUntil)))
		}
		row(T("After paying"), T("covered until about %s", community.FormatTime(eff.CoveredUntil)))
		switch {
		case eff.First:
			b.WriteString(wrapIndent(st.Value, T("A new membership: claims, standing and voting open after the waiting period, about %s.", community.FormatFrom(eff.EligibleAt)), w, 15) + "\n")
		case eff.Rejoin:
			b.WriteString(wrapIndent(st.Warn, T("Coverage lapsed past its grace period, so this joins again and the waiting period restarts: claims, standing and voting open about %s.", community.FormatFrom(eff.EligibleAt)), w, 15) + "\n")
		default:
			b.WriteString(wrapIndent(st.Value, T("The join date (%s) stays.", community.FormatTime(eff.JoinedAt)), w, 15) + "\n")
		}
		if n := noticeFor(eff); n != "" {
			b.WriteString("\n" + wrapIndent(st.Warn, T(n), w, 0) + "\n")
		}
	}
	switch {
	case s.failed != nil:
		b.WriteString("\n" + st.Error.Render(Describe(s.failed)) + "\n")
	case s.result != "":
		b.WriteString("\n" + st.Good.Render(s.result) + "\n")
	}
	if s.editing == editNone && pv != nil && s.err == nil && !s.paying {
		b.WriteString("\n" + st.Title.Render(T("enter: pay")) + st.Muted.Render(" · "+T("the fee is shown before anything is sent")) + "\n")
	}
	return b.String()
}
