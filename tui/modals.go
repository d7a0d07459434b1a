package tui

import (
	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// passphraseModal answers a PromptRequestMsg: the input is masked, enter
// answers, esc cancels (the job asking gets ErrCancelled).
type passphraseModal struct {
	env   *Env
	req   PromptRequestMsg
	input textinput.Model
}

func newPassphraseModal(env *Env, req PromptRequestMsg) *passphraseModal {
	in := textinput.New()
	in.EchoMode = textinput.EchoPassword
	in.EchoCharacter = '•'
	in.Prompt = "> "
	in.Width = 40
	in.Focus()
	return &passphraseModal{env: env, req: req, input: in}
}

func (m *passphraseModal) Update(msg tea.Msg) (modal, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	switch k.Type {
	case tea.KeyEnter:
		m.req.Reply <- PromptReply{Secret: []byte(m.input.Value())}
		m.input.Reset()
		return nil, nil
	case tea.KeyEsc:
		m.req.Reply <- PromptReply{Err: ErrCancelled}
		m.input.Reset()
		return nil, nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

func (m *passphraseModal) View(w, h int) string {
	st := m.env.Styles
	q := strings.TrimSpace(safetext.EscapeLines(T(m.req.Prompt)))
	return st.Modal.Render(st.Section.Render(T("Passphrase")) + "\n\n" + q + "\n" + m.input.View() + "\n\n" +
		st.Muted.Render(T("enter: unlock · esc: cancel")))
}

// confirmModal is the dialog every transaction goes through: quote, show,
// ask, send, follow, result.
type confirmModal struct {
	env   *Env
	req   TxRequest
	id    int
	state int
	quote *session.Quote
	acct  wallet.Account
	res   TxResult
	stage string
	// along: approved claims whose notice has ended will be settled
	// after the plans (settleAlong).
	along bool
}

const (
	txQuoting = iota
	txReady
	txSending
	txDone
)

var confirmSeq int

type txQuotedMsg struct {
	id    int
	acct  wallet.Account
	q     *session.Quote
	along bool
	err   error
}

type txSentMsg struct {
	id  int
	res TxResult
}

func newConfirmModal(env *Env, req TxRequest) (*confirmModal, tea.Cmd) {
	confirmSeq++
	m := &confirmModal{env: env, req: req, id: confirmSeq}
	id, sess := m.id, env.Session
	if len(req.Plans) == 0 {
		m.state, m.res.Err = txDone, fmt.Errorf("nothing to send")
		return m, nil
	}
	return m, Job(T("Pricing the transaction…"), func(ctx context.Context) tea.Msg {
		acct, err := sess.Account()
		if err != nil {
			return txQuotedMsg{id: id, err: err}
		}
		q, err := sess.Quote(ctx, acct.Address, req.Plans[0])
		if err != nil {
			return txQuotedMsg{id: id, err: err}
		}
		_, along := settleAlong(ctx, sess, acct.Address, req.Plans[len(req.Plans)-1])
		return txQuotedMsg{id: id, acct: acct, q: q, along: along}
	})
}

func (m *confirmModal) Update(msg tea.Msg) (modal, tea.Cmd) {
	switch msg := msg.(type) {
	case txQuotedMsg:
		if msg.id != m.id {
			return m, nil
		}
		m.acct, m.quote, m.along = msg.acct, msg.q, msg.along
		if msg.err != nil {
			m.state, m.res.Err = txDone, msg.err
			return m, nil
		}
		m.state = txReady
	case txSentMsg:
		if msg.id != m.id {
			return m, nil
		}
		m.state, m.res = txDone, msg.res
	case ProgressMsg:
		if m.state == txSending {
			m.stage = progressText(session.Progress(msg))
		}
	case tea.KeyMsg:
		switch m.state {
		case txReady:
			switch {
			case key.Matches(msg, Keys.Yes):
				m.state = txSending
				return m, m.send()
			case key.Matches(msg, Keys.No):
				m.res.Err = ErrCancelled
				return m.close()
			}
		case txDone:
			if msg.Type == tea.KeyEnter || msg.Type == tea.KeyEsc {
				return m.close()
			}
		case txQuoting:
			if msg.Type == tea.KeyEsc {
				m.res.Err = ErrCancelled
				return m.close()
			}
		}
	}
	return m, nil
}

func (m *confirmModal) close() (modal, tea.Cmd) {
	if m.req.Done == nil {
		return nil, nil
	}
	done := m.req.Done(m.res)
	return nil, func() tea.Msg { return done }
}

func (m *confirmModal) send() tea.Cmd {
	id, sess, plans, first, given, quotedFor, along := m.id, m.env.Session, m.req.Plans, m.quote, m.req.Sender, m.acct, m.along
	return Job(T("Sending…"), func(ctx context.Context) tea.Msg {
		var res TxResult
		var snd *wallet.Sender
		var acct wallet.Account
		var err error
		if given != nil && given.From() == first.From {
			snd, acct = given, quotedFor
		} else if snd, acct, err = sess.Sender(ctx); err != nil {
			res.Err = err
			return txSentMsg{id: id, res: res}
		}
		for i, p := range plans {
			q := first
			if i > 0 {
				if q, err = sess.Quote(ctx, acct.Address, p); err != nil {
					res.Err = err
					break
				}
			}
			var r *types.Receipt
			if r, err = sess.Send(ctx, snd, q); err != nil {
				res.Err = err
				break
			}
			res.Receipts = append(res.Receipts, r)
		}
		if res.Err == nil && along {
			// What the confirmation promised; a failure is only said.
			if p, ok := settleAlong(ctx, sess, acct.Address, plans[len(plans)-1]); ok {
				if q, err := sess.Quote(ctx, acct.Address, p); err != nil {
					res.SettleErr = err
				} else if res.Settled, err = sess.Send(ctx, snd, q); err != nil {
					res.SettleErr = err
				}
			}
		}
		return txSentMsg{id: id, res: res}
	})
}

// settleAlong is the settle sent after a transaction for the community,
// so that approved claims whose notice has ended are paid by whoever uses
// huzhu next (claims.Service.Along): false with no community, after a
// settle, or when nothing can be settled now.
func settleAlong(ctx context.Context, sess *session.Session, from common.Address, sent session.Plan) (session.Plan, bool) {
	svc, _, err := claimsService(ctx, sess)
	if err != nil {
		return session.Plan{}, false
	}
	return svc.Along(ctx, from, sent)
}

func (m *confirmModal) View(w, h int) string {
	st := m.env.Styles
	tw := modalText(w)
	var b strings.Builder
	b.WriteString(st.Section.Render(wrap(T(m.req.Question), tw)) + "\n\n")
	for i, p := range m.req.Plans {
		prefix := "• "
		if len(m.req.Plans) > 1 {
			prefix = untranslated("%d. ", i+1)
		}
		in := lipgloss.Width(prefix)
		b.WriteString(prefix + hang(lipgloss.NewStyle(), safetext.EscapeLines(say(p.Says())), tw-in, in) + "\n")
		if p.Spends != nil && p.Spends.Sign() > 0 {
			b.WriteString("   " + hang(st.Muted, T("moves %s %s", p.Token.Format(p.Spends), safetext.Escape(p.Token.Symbol)), tw-3, 3) + "\n")
		}
	}
	if m.req.Notice != "" {
		b.WriteString("\n" + st.Warn.Render(wrap(T(m.req.Notice), tw)) + "\n")
	}
	if m.along {
		b.WriteString("\n" + st.Muted.Render(wrap(T("Then huzhu also settles the approved claims whose public notice has ended: a second transaction, with a fee of its own, that pays their members."), tw)) + "\n")
	}
	b.WriteString("\n")
	switch m.state {
	case txQuoting:
		b.WriteString(st.Muted.Render(T("Pricing…")) + "\n")
	case txReady, txSending:
		q := m.quote
		// A Chinese label is twice as wide as it is long: padRight counts cells.
		row := func(k, v string) { b.WriteString(padRight(k, 12) + " " + v + "\n") }
		row(T("From"), safetext.Escape(m.acct.Name)+" "+st.Muted.Render(shortAddr(q.From.Hex())))
		row(T("Fee at most"), hang(lipgloss.NewStyle(), T("%s ETH (fee cap %s gwei)", units.FormatAmountShort(q.MaxFee, 18, 6), q.GweiCap()), tw-13, 13))
		if len(m.req.Plans) > 1 {
			row("", hang(st.Muted, T("for the first step; each later step is priced when it is sent"), tw-13, 13))
		}
		row(T("Balance"), units.FormatAmountShort(q.ETH, 18, 4)+" ETH")
		if q.Tokens != nil {
			row("", q.Plan.Token.Format(q.Tokens)+" "+safetext.Escape(q.Plan.Token.Symbol))
		}
		if m.state == txReady {
			b.WriteString("\n" + st.Title.Render(T("y: send")) + st.Muted.Render(" · "+T("n/esc: do not send")))
		} else {
			stage := m.stage
			if stage == "" {
				stage = T("Unlocking and sending…")
			}
			b.WriteString("\n" + wrap(stage, tw) + st.Muted.Render("  "+T("(esc stops waiting)")))
		}
	case txDone:
		if m.res.Err != nil {
			b.WriteString(st.Error.Render(wrap(Describe(m.res.Err), tw)) + "\n")
			if len(m.res.Receipts) > 0 {
				b.WriteString(st.Muted.Render(wrap(T("%d of %d steps were mined before this.", len(m.res.Receipts), len(m.req.Plans)), tw)) + "\n")
			}
		} else {
			r := m.res.Receipts[len(m.res.Receipts)-1]
			b.WriteString(st.Good.Render(wrap(T("Done: mined in block %d.", r.BlockNumber.Uint64()), tw)) + "\n")
			b.WriteString(st.Muted.Render(wrap(r.TxHash.Hex(), tw)) + "\n")
			switch {
			case m.res.Settled != nil:
				b.WriteString(st.Good.Render(wrap(T("Settled the approved claims whose notice had ended (block %d, tx %s).", m.res.Settled.BlockNumber.Uint64(), m.res.Settled.TxHash.Hex()), tw)) + "\n")
			case m.res.SettleErr != nil:
				b.WriteString(st.Warn.Render(wrap(T("Settling the approved claims whose notice has ended did not work: %s", Describe(m.res.SettleErr)), tw)) + "\n")
			}
		}
		b.WriteString("\n" + st.Muted.Render(T("enter: close")))
	}
	return modalBox(st, b.String(), w)
}

// accountModal lists the wallet's accounts; enter switches the session.
type accountModal struct {
	env    *Env
	accts  []wallet.Account
	cursor int
}

func newAccountModal(env *Env, current wallet.Account) (*accountModal, error) {
	accts, err := env.Session.Accounts()
	if err != nil {
		return nil, err
	}
	m := &accountModal{env: env, accts: accts}
	for i, a := range accts {
		if a.Address == current.Address {
			m.cursor = i
		}
	}
	return m, nil
}

func (m *accountModal) Update(msg tea.Msg) (modal, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(k, Keys.Up):
		if m.cursor > 0 {
			m.cursor--
		}
	case key.Matches(k, Keys.Down):
		if m.cursor < len(m.accts)-1 {
			m.cursor++
		}
	case key.Matches(k, Keys.Enter):
		if len(m.accts) == 0 {
			return nil, nil
		}
		// The switch is a job: the session is used by one thing at a time,
		// and a quiet re-read may be running (it gives way to a job).
		sess, name := m.env.Session, m.accts[m.cursor].Name
		return nil, Job(T("Switching to %s…", name), func(context.Context) tea.Msg {
			a, err := sess.UseAccount(name)
			if err != nil {
				return appMsg{ErrorMsg{Err: err}}
			}
			return appMsg{AccountChangedMsg{Account: a}}
		})
	case key.Matches(k, Keys.Cancel), key.Matches(k, Keys.Quit), key.Matches(k, Keys.Accounts):
		return nil, nil
	}
	return m, nil
}

func (m *accountModal) View(w, h int) string {
	st := m.env.Styles
	var b strings.Builder
	b.WriteString(st.Section.Render(T("Switch account")) + "\n\n")
	for i, a := range m.accts {
		line := padRight(safetext.Escape(a.Name), 12) + " " + shortAddr(a.Address.Hex())
		if i == m.cursor {
			b.WriteString(st.Title.Render("> "+line) + "\n")
		} else {
			b.WriteString("  " + line + "\n")
		}
	}
	b.WriteString("\n" + st.Muted.Render(T("↑/↓: move · enter: switch · esc: close")))
	return st.Modal.Render(b.String())
}

func shortAddr(s string) string {
	if len(s) < 14 {
		return s
	}
	return s[:8] + "…" + s[len(s)-4:]
}
