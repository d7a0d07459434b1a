package tui

import (
	"context"
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func init() { RegisterTab(Tab{Order: 70, New: newElections}) }

// ElectionData is what the elections screen shows, read through the
// session: the running election (community.Election), with the voter's
// ballot, the recall of the sitting board and of any older board with
// claims in public notice, and the wallet's account names to show beside
// addresses.
type ElectionData struct {
	Me       common.Address
	Election *community.Election
	// Recalls: the sitting board's first, then older boards' with claims
	// in notice, each with whether Me signed it.
	Recalls []*community.Recall
	Names   map[common.Address]string
	// com makes the plans (nil in goldens).
	com *community.Community
}

// LoadElection reads the running election for the session's account.
func LoadElection(ctx context.Context, s *session.Session) (*ElectionData, error) {
	acct, err := s.Account()
	if err != nil {
		return nil, err
	}
	com, err := s.Community(ctx)
	if err != nil {
		return nil, err
	}
	e, err := com.Election(ctx, acct.Address)
	if err != nil {
		return nil, err
	}
	d := &ElectionData{Me: acct.Address, Election: e, Names: map[common.Address]string{}, com: com}
	if d.Recalls, err = loadRecalls(ctx, s, com, e.Term, acct.Address); err != nil {
		return nil, err
	}
	if accts, err := s.Accounts(); err == nil {
		for _, a := range accts {
			d.Names[a.Address] = a.Name
		}
	}
	return d, nil
}

// loadRecalls reads the recall of the sitting board (term) and of every
// older board whose claims are in public notice (claims.Service.Notice),
// the sitting board's first, each with whether me signed it.
func loadRecalls(ctx context.Context, s *session.Session, com *community.Community, term uint32, me common.Address) ([]*community.Recall, error) {
	conn, err := s.Chain(ctx)
	if err != nil {
		return nil, err
	}
	svc, err := claims.New(ctx, conn, com)
	if err != nil {
		return nil, err
	}
	n, err := svc.Notice(ctx, me)
	if err != nil {
		return nil, err
	}
	var out, older []*community.Recall
	for _, r := range n.Recalls {
		if r.Term == term {
			out = append(out, r)
		} else {
			older = append(older, r)
		}
	}
	if len(out) == 0 {
		r, err := com.Recall(ctx, term, me)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return append(out, older...), nil
}

var (
	keyRecall   = key.NewBinding(key.WithKeys("R"), key.WithHelp("R", msgKey("sign a recall")))
	keyPick     = key.NewBinding(key.WithKeys(" "), key.WithHelp("space", msgKey("pick")))
	keyVote     = key.NewBinding(key.WithKeys("v"), key.WithHelp("v", msgKey("vote")))
	keyStand    = key.NewBinding(key.WithKeys("s"), key.WithHelp("s", msgKey("stand")))
	keyWithdraw = key.NewBinding(key.WithKeys("w"), key.WithHelp("w", msgKey("withdraw")))
	keyFinalize = key.NewBinding(key.WithKeys("f"), key.WithHelp("f", msgKey("finalize")))
)

type elections struct {
	env     *Env
	data    *ElectionData
	err     error
	seq     int
	cursor  int
	picks   []common.Address // in the order picked
	result  string           // the last transaction's outcome
	asking  *standAsk        // a stand waiting for yes or no
	standID int
}

type electionMsg struct {
	seq  int
	data *ElectionData
	err  error
}

// votePlannedMsg is PlanVote's answer.
type votePlannedMsg struct {
	seq  int
	plan *community.VotePlan
	err  error
}

// recallPlannedMsg is PlanRecall's answer.
type recallPlannedMsg struct {
	seq  int
	plan *community.RecallPlan
	err  error
}

// electionTxMsg: an election transaction ended (kind: vote, withdraw,
// finalize, stand, recall; term: the recalled board's).
type electionTxMsg struct {
	kind string
	res  TxResult
	key  *wallet.NotaryKeyInfo
	term uint32
}

// standAsk is a stand's quote, waiting for the person's yes or no while
// the stand job holds the new key (kept only on yes).
type standAsk struct {
	id    int
	what  string
	quote *session.Quote
	acct  wallet.Account
	reply chan bool
}

type standAskMsg struct{ ask *standAsk }

func newElections(env *Env) Screen { return &elections{env: env} }

func (s *elections) Title() string { return T("Elections") }

func (s *elections) Keys() []key.Binding {
	ks := []key.Binding{Keys.Up, Keys.Down, keyPick, keyVote, keyStand, keyWithdraw}
	if s.data != nil && s.data.Election.Finalizable() {
		ks = append(ks, keyFinalize)
	}
	if s.data != nil && s.data.signable() != nil {
		ks = append(ks, keyRecall)
	}
	return ks
}

// signable is the recall R signs: the first one listed that is open and
// not signed by Me yet (nil: none).
func (d *ElectionData) signable() *community.Recall {
	for _, r := range d.Recalls {
		if r.Open() && !r.Signed {
			return r
		}
	}
	return nil
}

func (s *elections) Init() tea.Cmd {
	if accts, err := s.env.Session.Accounts(); err != nil || len(accts) == 0 {
		return nil
	}
	return s.load()
}

func (s *elections) load() tea.Cmd {
	s.seq++
	seq, sess := s.seq, s.env.Session
	return Job(T("Loading the election…"), func(ctx context.Context) tea.Msg {
		d, err := LoadElection(ctx, sess)
		return electionMsg{seq: seq, data: d, err: err}
	})
}

func (s *elections) setData(d *ElectionData) {
	s.data, s.err = d, nil
	s.picks = nil
	if b := d.Election.Ballot; b != nil {
		s.picks = append(s.picks, b.Picks...)
	}
	if s.cursor >= len(d.Election.Candidates) {
		s.cursor = 0
	}
}

func (s *elections) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case electionMsg:
		if msg.seq != s.seq {
			return s, nil
		}
		if msg.err != nil {
			s.err = msg.err
			var se *session.Error
			if errors.As(msg.err, &se) && se.Remedy == session.RemedyChooseCommunity {
				return s, nil // the dashboard offers the demo
			}
			return s, ShowError(msg.err)
		}
		s.setData(msg.data)
	case votePlannedMsg:
		if msg.seq != s.seq {
			return s, nil
		}
		if msg.err != nil {
			return s, ShowError(msg.err)
		}
		return s, ConfirmTx(TxRequest{Question: "Vote?", Plans: []session.Plan{s.votePlan(msg.plan)},
			Done: func(r TxResult) tea.Msg { return electionTxMsg{kind: "vote", res: r} }})
	case recallPlannedMsg:
		if msg.seq != s.seq {
			return s, nil
		}
		if msg.err != nil {
			return s, ShowError(msg.err)
		}
		return s, s.confirmRecall(msg.plan)
	case standAskMsg:
		if msg.ask.id == s.standID {
			s.asking = msg.ask
		}
	case electionTxMsg:
		s.asking = nil
		if msg.res.Err != nil {
			if errors.Is(msg.res.Err, ErrCancelled) {
				return s, Notify(T("Nothing was sent."))
			}
			return s, tea.Batch(ShowError(msg.res.Err), s.load())
		}
		// The outcome stays on the screen (the status line is cleared by
		// the reload's job).
		switch msg.kind {
		case "vote":
			s.result = T("Your ballot is cast.")
		case "stand":
			s.result = T("You stand in the election; your notary key is kept in this data dir.")
		case "withdraw":
			s.result = T("You withdrew from the election.")
		case "finalize":
			s.result = s.finalized(msg.res.Receipts)
		case "recall":
			s.result = s.recalled(msg.term, msg.res.Receipts)
		}
		return s, s.load()
	case AccountChangedMsg, CommunityChangedMsg, RefreshMsg:
		s.result = ""
		return s, s.load()
	case tea.KeyMsg:
		return s, s.key(msg)
	}
	return s, nil
}

func (s *elections) key(msg tea.KeyMsg) tea.Cmd {
	if a := s.asking; a != nil {
		switch {
		case key.Matches(msg, Keys.Yes):
			a.reply <- true
			s.asking = nil
		case key.Matches(msg, Keys.No):
			a.reply <- false
			s.asking = nil
		}
		return nil
	}
	if s.data == nil {
		return nil
	}
	e := s.data.Election
	if key.Matches(msg, keyRecall) && s.data.signable() == nil {
		return ShowError(&community.Refusal{Reason: T("no recall can be signed now: a board is recalled while one of its approved claims is in public notice, and a member signs once per term")})
	}
	if s.data.com == nil && (key.Matches(msg, keyVote) || key.Matches(msg, keyWithdraw) || key.Matches(msg, keyRecall) || key.Matches(msg, keyFinalize) && e.Finalizable()) {
		return nil // fixed data, no community to plan with
	}
	switch {
	case key.Matches(msg, Keys.Up):
		if s.cursor > 0 {
			s.cursor--
		}
	case key.Matches(msg, Keys.Down):
		if s.cursor < len(e.Candidates)-1 {
			s.cursor++
		}
	case key.Matches(msg, keyPick):
		if s.cursor < len(e.Candidates) {
			s.toggle(e.Candidates[s.cursor].Address)
		}
	case key.Matches(msg, keyVote):
		s.seq++
		seq, com, me, picks := s.seq, s.data.com, s.data.Me, append([]common.Address{}, s.picks...)
		return Job(T("Checking your ballot…"), func(ctx context.Context) tea.Msg {
			p, err := com.PlanVote(ctx, me, picks)
			return votePlannedMsg{seq: seq, plan: p, err: err}
		})
	case key.Matches(msg, keyStand):
		return s.stand()
	case key.Matches(msg, keyWithdraw):
		if c, ok := e.Candidate(s.data.Me); !ok || !c.Running {
			return ShowError(&community.Refusal{Reason: T("you are not a running candidate in election %d", e.Number), Fix: community.FixStand})
		}
		plan := session.StepPlan(s.data.com.Token, s.data.com.PlanWithdraw(),
			T("This withdraws your candidacy from election %d for good: ballots for you stay counted but cannot seat you.", e.Number))
		return ConfirmTx(TxRequest{Question: "Withdraw?", Plans: []session.Plan{plan},
			Done: func(r TxResult) tea.Msg { return electionTxMsg{kind: "withdraw", res: r} }})
	case key.Matches(msg, keyRecall):
		r := s.data.signable()
		s.seq++
		seq, com, me, term := s.seq, s.data.com, s.data.Me, r.Term
		return Job(T("Checking the recall…"), func(ctx context.Context) tea.Msg {
			p, err := com.PlanRecall(ctx, me, term)
			return recallPlannedMsg{seq: seq, plan: p, err: err}
		})
	case key.Matches(msg, keyFinalize):
		if e.ChainTime.Before(e.ClosesAt) {
			return ShowError(&community.Refusal{Reason: T("election %d can be finalized from %s", e.Number, community.FormatFrom(e.ClosesAt))})
		}
		if !e.Finalizable() {
			return ShowError(&community.Refusal{Reason: T("election %d has %d of the %d ballots it needs to count: until then the sitting notaries serve on and voting stays open", e.Number, e.Ballots, e.MinBallots)})
		}
		plan := session.StepPlan(s.data.com.Token, s.data.com.PlanFinalize(),
			T("This closes election %d and seats its leading candidates as the next notary term.", e.Number))
		return ConfirmTx(TxRequest{Question: "Finalize?", Plans: []session.Plan{plan},
			Done: func(r TxResult) tea.Msg { return electionTxMsg{kind: "finalize", res: r} }})
	}
	return nil
}

// toggle picks or unpicks a, at most Seats picks.
func (s *elections) toggle(a common.Address) {
	for i, p := range s.picks {
		if p == a {
			s.picks = append(s.picks[:i], s.picks[i+1:]...)
			return
		}
	}
	if len(s.picks) < s.data.Election.Seats {
		s.picks = append(s.picks, a)
	}
}

func (s *elections) picked(a common.Address) bool {
	for _, p := range s.picks {
		if p == a {
			return true
		}
	}
	return false
}

func (s *elections) name(a common.Address) string {
	if n, ok := s.data.Names[a]; ok {
		return safetext.Escape(n) + " " + shortAddr(a.Hex())
	}
	return shortAddr(a.Hex())
}

func (s *elections) names(as []common.Address) string {
	var out []string
	for _, a := range as {
		out = append(out, s.name(a))
	}
	if len(out) == 0 {
		return T("nobody")
	}
	return strings.Join(out, ", ")
}

func (s *elections) votePlan(p *community.VotePlan) session.Plan {
	what := T("This casts your ballot in election %d for %s.", p.Election, s.names(p.Picks))
	if len(p.Previous) > 0 {
		what += " " + T("It replaces your last ballot (%s).", s.names(p.Previous))
	}
	return session.StepPlan(s.data.com.Token, p.Step, what)
}

// stand stands the account with a new HPKE key through session.Stand, as
// `huzhu election stand` does: unlock, make the key, price the candidacy
// and ask here (nothing is kept on no), keep the key, send.
func (s *elections) stand() tea.Cmd {
	s.standID++
	id, sess, env := s.standID, s.env.Session, s.env
	return Job(T("Standing…"), func(ctx context.Context) tea.Msg {
		r, err := sess.Stand(ctx, session.StandOptions{
			What: func(who common.Address, n uint32) string {
				return T("This stands %s in election %d (the notary term %d) and publishes a new HPKE key that claims will be sealed to.", who.Hex(), n, n)
			},
			Confirm: func(q *session.Quote) error {
				acct, _ := sess.Account()
				ask := &standAsk{id: id, what: q.Plan.What, quote: q, acct: acct, reply: make(chan bool, 1)}
				env.Send(standAskMsg{ask})
				select {
				case yes := <-ask.reply:
					if !yes {
						return ErrCancelled
					}
					return nil
				case <-ctx.Done():
					return ErrCancelled
				}
			},
			Now: env.Now(),
		})
		if err != nil {
			return electionTxMsg{kind: "stand", res: TxResult{Err: err}}
		}
		return electionTxMsg{kind: "stand", res: TxResult{Receipts: []*types.Receipt{r.Receipt}}, key: &r.Key}
	})
}

// confirmRecall asks to sign a recall, saying what a recall does.
func (s *elections) confirmRecall(p *community.RecallPlan) tea.Cmd {
	r := p.Recall
	var tok community.Token
	if s.data.com != nil {
		tok = s.data.com.Token
	}
	what := T("This signs the recall of term %d's board (%d of %d signatures so far).", r.Term, r.Signatures, r.Needed)
	notice := T("Once %d members have signed, the board of term %d is recalled: its claims still in public notice and its open claims go back, to be filed again with the next board, it decides no more claims, and an early election opens. You sign one recall per term, and your signature is public.", r.Needed, r.Term)
	term := r.Term
	return ConfirmTx(TxRequest{Question: "Sign the recall?", Plans: []session.Plan{session.StepPlan(tok, p.Step, what)}, Notice: notice,
		Done: func(res TxResult) tea.Msg { return electionTxMsg{kind: "recall", res: res, term: term} }})
}

// recalled says what a recall's signature did.
func (s *elections) recalled(term uint32, rs []*types.Receipt) string {
	if len(rs) > 0 && s.data != nil && s.data.com != nil && s.data.com.BoardRecalledIn(rs[len(rs)-1]) {
		return T("The board of term %d is recalled: its claims in notice go back to be filed again, and an early election opens.", term)
	}
	return T("You signed the recall of term %d's board.", term)
}

func (s *elections) finalized(rs []*types.Receipt) string {
	if len(rs) == 0 || s.data == nil || s.data.com == nil {
		return ""
	}
	term, notaries, ok := s.data.com.TermStartedIn(rs[len(rs)-1])
	if !ok {
		return T("The finalize transaction was mined but started no term.")
	}
	return T("Term %d began; notaries: %s.", term, s.names(notaries))
}

func (s *elections) View(w, h int) string {
	st := s.env.Styles
	if a := s.asking; a != nil {
		return s.askView(a, w)
	}
	if s.data == nil {
		if s.err != nil {
			return st.Error.Render(Describe(s.err)) + "\n" + st.Muted.Render(T("Press r to try again."))
		}
		return st.Muted.Render(T("Loading…"))
	}
	e := s.data.Election
	var b strings.Builder
	row := func(k, v string) { b.WriteString(st.Key.Render(padRight(k, 14)) + " " + v + "\n") }
	b.WriteString(st.Section.Render(T("Election %d", e.Number)) + st.Muted.Render("  "+T("(the notary term after term %d)", e.Term)) + "\n")
	closes := community.FormatTime(e.ClosesAt)
	switch {
	case e.Finalizable():
		closes += " " + st.Good.Render(T("(can be finalized now)"))
	case !e.ChainTime.Before(e.ClosesAt):
		closes += " " + st.Warn.Render(T("(needs %d ballots: voting stays open)", e.MinBallots))
	default:
		closes += st.Muted.Render(" " + T("(in %s)", units.FormatDuration(e.ClosesAt.Sub(e.ChainTime).Truncate(60e9))))
	}
	row(T("Closes"), closes)
	row(T("Seats"), T("%d, %d approvals decide a claim", e.Seats, e.Quorum))
	turnout := T("ballots: %d of %d needed", e.Ballots, e.MinBallots)
	if e.Ballots >= e.MinBallots {
		turnout = st.Good.Render(T("ballots: %d, %d needed: the election counts", e.Ballots, e.MinBallots))
	}
	row(T("Turnout"), turnout)
	if !e.RecalledAt.IsZero() {
		row(T("Recalled"), hangIndent(st.Warn, T("the members recalled the board of term %d on %s: this election opened early", e.Term, community.FormatTime(e.RecalledAt)), w, 15))
	}
	for i, r := range s.data.Recalls {
		k := ""
		if i == 0 {
			k = T("Recall")
		}
		row(k, hangIndent(lipgloss.NewStyle(), s.recallLine(r), w, 15))
	}
	if s.result != "" {
		b.WriteString(st.Good.Render(s.result) + "\n")
	}
	b.WriteString("\n" + st.Section.Render(T("Candidates")) + st.Muted.Render("  "+T("vote for up to %d", e.Seats)) + "\n")
	if len(e.Candidates) == 0 {
		b.WriteString(st.Muted.Render(T("No candidates yet.")) + "\n")
	}
	for i, c := range e.Candidates {
		cur := "  "
		if i == s.cursor {
			cur = "> "
		}
		box := "[ ]"
		if s.picked(c.Address) {
			box = "[x]"
		}
		var marks []string
		if c.Leading {
			marks = append(marks, st.Good.Render(T("leading")))
		}
		if !c.Running {
			marks = append(marks, st.Muted.Render(T("withdrawn")))
		} else if !c.Listed {
			marks = append(marks, st.Warn.Render(T("off the leaderboard")))
		}
		if !c.Covered {
			marks = append(marks, st.Warn.Render(T("not covered")))
		}
		if c.Address == s.data.Me {
			marks = append(marks, st.Title.Render(T("you")))
		}
		line := cur + box + " " + padRight(s.name(c.Address), 26) + " " + padRight(T("%d vote(s)", c.Votes), 10) + " " + strings.Join(marks, ", ")
		if i == s.cursor {
			line = st.Title.Render(cur) + line[2:]
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n")
	if bal := e.Ballot; bal != nil {
		row(T("Your ballot"), s.names(bal.Picks))
	} else {
		row(T("Your ballot"), st.Muted.Render(T("you have not voted in this election")))
	}
	if !samePicks(s.picks, e.Ballot) {
		row(T("Picked"), s.names(s.picks)+st.Muted.Render("  "+T("(not cast yet)")))
	}
	b.WriteString(keyHint(st, s.Keys()[2:]...) + "\n")
	b.WriteString("\n" + st.Section.Render(T("Notaries of term %d", e.Term)) + "\n")
	for _, n := range e.Notaries {
		k := st.Good.Render(T("key published"))
		if !n.KeyPublished {
			k = st.Warn.Render(T("no key published"))
		}
		b.WriteString("  " + padRight(T("seat %d", n.Seat), 8) + " " + padRight(s.name(n.Address), 26) + " " + k + "\n")
	}
	return b.String()
}

// recallLine says where a board's recall stands, styled: open (until
// when, and whether Me signed), recalled, or nothing to recall.
func (s *elections) recallLine(r *community.Recall) string {
	st := s.env.Styles
	switch {
	case !r.RecalledAt.IsZero():
		return st.Error.Render(T("term %d: recalled on %s (%d of %d signatures)", r.Term, community.FormatTime(r.RecalledAt), r.Signatures, r.Needed))
	case r.Open():
		line := T("term %d: %d of %d signatures, open until %s", r.Term, r.Signatures, r.Needed, community.FormatTime(r.NoticeUntil))
		if r.Signed {
			line += T(", yours among them")
		}
		return st.Warn.Render(line)
	case r.Signatures > 0:
		return st.Muted.Render(T("term %d: %d of %d signatures; none of its claims in notice now", r.Term, r.Signatures, r.Needed))
	}
	return st.Muted.Render(T("term %d: none of its claims is in public notice now", r.Term))
}

func samePicks(p []common.Address, b *community.Ballot) bool {
	var cast []common.Address
	if b != nil {
		cast = b.Picks
	}
	if len(p) != len(cast) {
		return false
	}
	for i := range p {
		if p[i] != cast[i] {
			return false
		}
	}
	return true
}

// askView is a stand's confirmation: what it does, the fee, y or n.
func (s *elections) askView(a *standAsk, w int) string {
	st := s.env.Styles
	var b strings.Builder
	b.WriteString(st.Section.Render(T("Stand?")) + "\n\n")
	b.WriteString("• " + hang(lipgloss.NewStyle(), safetext.EscapeLines(a.what), modalText(w)-2, 2) + "\n\n")
	q := a.quote
	row := func(k, v string) { b.WriteString(untranslated("%-12s %s\n", k, v)) }
	row(T("From"), safetext.Escape(a.acct.Name)+" "+st.Muted.Render(shortAddr(q.From.Hex())))
	row(T("Fee at most"), T("%s ETH (fee cap %s gwei)", units.FormatAmountShort(q.MaxFee, 18, 6), q.GweiCap()))
	row(T("Balance"), units.FormatAmountShort(q.ETH, 18, 4)+" ETH")
	b.WriteString("\n" + st.Title.Render(T("y: stand")) + st.Muted.Render(" · "+T("n/esc: do not send")))
	return modalBox(st, b.String(), w)
}
