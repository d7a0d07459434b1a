package tui

import (
	"context"
	"errors"
	"strings"
	"sync"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// The notary desk (issue 9, item 7): the claims waiting for the
// account's vote, a claim's checklist and disclosed facts, approve or
// reject with a reason. The tab shows only to an account that holds a
// seat in the current term or has open claims of an earlier term to vote
// on, as the desk's last load found (claims.Service.Queue, Info.Notaries).
// The account is unlocked when the first claim is opened: its key opens
// the notary's HPKE keys and sends the votes; both are kept until the
// account or the community changes.

func init() {
	RegisterTab(Tab{Order: 60, New: newDesk, Visible: func(env *Env, a wallet.Account) bool { return deskSeats.get(env, a.Address) }})
}

// deskSeats remembers, per app, which accounts the desk found to be
// notaries (Visible is asked synchronously, so it cannot read the chain).
var deskSeats = &seatCache{m: map[*Env]map[common.Address]bool{}}

type seatCache struct {
	mu sync.Mutex
	m  map[*Env]map[common.Address]bool
}

func (c *seatCache) get(env *Env, a common.Address) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[env][a]
}

func (c *seatCache) set(env *Env, a common.Address, v bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m[env] == nil {
		c.m[env] = map[common.Address]bool{}
	}
	c.m[env][a] = v
}

// DeskData is what the desk's queue shows.
type DeskData struct {
	Account wallet.Account
	Term    uint32
	Seated  bool // holds a seat in the current term
	Token   community.Token
	Quorum  int
	Queue   []claims.Waiting
}

type desk struct {
	env    *Env
	data   *DeskData
	cursor int
	seq    int
	err    error
	note   string // said once the queue is read again (after a vote)

	// Unlocked when the first claim is opened (see above).
	snd  *wallet.Sender
	keys []*disclosure.NotaryKey
}

type (
	deskMsg struct {
		seq  int
		data *DeskData
		err  error
	}
	deskReviewMsg struct {
		seq  int
		snd  *wallet.Sender
		keys []*disclosure.NotaryKey
		rv   *claims.Review
		note string
		err  error
	}
	// deskReloadMsg: a vote was sent; read the queue again, then say note.
	deskReloadMsg struct{ note string }
)

var (
	keyDeskReview  = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msgKey("review the claim")))
	keyDeskApprove = key.NewBinding(key.WithKeys("a"), key.WithHelp("a", msgKey("approve")))
	keyDeskReject  = key.NewBinding(key.WithKeys("d"), key.WithHelp("d", msgKey("reject with a reason")))
	keyDeskDespite = key.NewBinding(key.WithKeys("Y"), key.WithHelp("Y", msgKey("approve despite the failed checks")))
	keyDeskBack    = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", msgKey("back")))
)

func newDesk(env *Env) Screen { return &desk{env: env} }

func (d *desk) Title() string { return T("Notary desk") }
func (d *desk) Keys() []key.Binding {
	return []key.Binding{Keys.Up, Keys.Down, keyDeskReview}
}

func (d *desk) Init() tea.Cmd {
	if accts, err := d.env.Session.Accounts(); err != nil || len(accts) == 0 {
		return nil
	}
	return d.load()
}

// LoadDesk reads the queue of the session's account.
func LoadDesk(ctx context.Context, s *session.Session) (*DeskData, error) {
	acct, err := s.Account()
	if err != nil {
		return nil, err
	}
	svc, com, err := claimsService(ctx, s)
	if err != nil {
		return nil, err
	}
	info, err := com.Info(ctx)
	if err != nil {
		return nil, err
	}
	q, err := svc.Queue(ctx, acct.Address)
	if err != nil {
		return nil, err
	}
	d := &DeskData{Account: acct, Term: info.Term, Token: com.Token, Quorum: info.Params.Quorum, Queue: q}
	for _, n := range info.Notaries {
		if n == acct.Address {
			d.Seated = true
		}
	}
	return d, nil
}

func (d *desk) load() tea.Cmd {
	d.seq++
	seq, sess := d.seq, d.env.Session
	return Job(T("Reading the notary queue…"), func(ctx context.Context) tea.Msg {
		data, err := LoadDesk(ctx, sess)
		return deskMsg{seq: seq, data: data, err: err}
	})
}

// visible says whether the desk is for the account it loaded for.
func (d *DeskData) visible() bool { return d.Seated || len(d.Queue) > 0 }

func (d *desk) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case AccountChangedMsg, CommunityChangedMsg:
		d.snd, d.keys, d.data, d.cursor = nil, nil, nil, 0
		return d, d.load()
	case RefreshMsg:
		return d, d.load()
	case deskReloadMsg:
		d.note = msg.note
		return d, d.load()
	case deskMsg:
		if msg.seq != d.seq {
			return d, nil
		}
		if msg.err != nil {
			d.err = msg.err
			if d.data != nil && d.data.visible() {
				return d, ShowError(msg.err)
			}
			return d, nil // not a notary here (or no community yet): the tab stays hidden
		}
		d.data, d.err = msg.data, nil
		deskSeats.set(d.env, msg.data.Account.Address, msg.data.visible())
		if d.cursor >= len(d.data.Queue) {
			d.cursor = max(0, len(d.data.Queue)-1)
		}
		if d.note != "" {
			note := d.note
			d.note = ""
			return d, Notify(note)
		}
	case deskReviewMsg:
		if msg.seq != d.seq {
			return d, nil
		}
		if msg.snd != nil {
			d.snd, d.keys = msg.snd, msg.keys
		}
		var cmds []tea.Cmd
		if msg.note != "" {
			cmds = append(cmds, Notify(msg.note))
		}
		if msg.err != nil {
			return d, tea.Batch(append(cmds, ShowError(msg.err))...)
		}
		return d, tea.Batch(append(cmds, Push(newChecklist(d.env, d, msg.rv, d.data.Token)))...)
	case tea.KeyMsg:
		if d.data == nil {
			return d, nil
		}
		switch {
		case key.Matches(msg, Keys.Up):
			if d.cursor > 0 {
				d.cursor--
			}
		case key.Matches(msg, Keys.Down):
			if d.cursor < len(d.data.Queue)-1 {
				d.cursor++
			}
		case key.Matches(msg, keyDeskReview):
			if len(d.data.Queue) > 0 {
				return d, d.review(d.data.Queue[d.cursor].ID)
			}
		}
	}
	return d, nil
}

// review opens the notary's HPKE keys (unlocking the account the first
// time) and reviews claim id with them.
func (d *desk) review(id uint64) tea.Cmd {
	seq, sess, snd, keys := d.seq, d.env.Session, d.snd, d.keys
	dataDir := sess.Options().DataDir
	return Job(T("Opening claim %d…", id), func(ctx context.Context) tea.Msg {
		out := deskReviewMsg{seq: seq}
		if snd == nil {
			var acct wallet.Account
			var err error
			if snd, acct, err = sess.Sender(ctx); err != nil {
				out.err = err
				return out
			}
			ks := wallet.NewNotaryKeyStore(dataDir)
			infos, err := ks.List(acct.Address)
			if err != nil {
				out.err = err
				return out
			}
			var bad []string
			for _, info := range infos {
				k, err := ks.Open(snd.Key, info)
				if err != nil {
					bad = append(bad, shortAddr(info.ID.Hex()))
					continue
				}
				keys = append(keys, k)
			}
			if len(bad) > 0 {
				out.note = T("%d of your notary keys do not open (%s).", len(bad), strings.Join(bad, ", "))
			}
			out.snd, out.keys = snd, keys
		}
		svc, _, err := claimsService(ctx, sess)
		if err != nil {
			out.err = err
			return out
		}
		out.rv, out.err = svc.Review(ctx, id, keys)
		return out
	})
}

func (d *desk) View(w, h int) string {
	st := d.env.Styles
	if d.data == nil {
		if d.err != nil {
			return st.Error.Render(Describe(d.err)) + "\n" + st.Muted.Render(T("Press r to try again."))
		}
		return st.Muted.Render(T("Loading…"))
	}
	return renderQueue(st, d.data, d.cursor, w)
}

// renderQueue draws the claims waiting for the notary's vote.
func renderQueue(st Styles, d *DeskData, cursor, w int) string {
	var b strings.Builder
	head := T("Notary desk · term %d", d.Term)
	if !d.Seated {
		head += st.Muted.Render(" · " + T("no seat in this term: claims of an earlier term wait for you"))
	}
	b.WriteString(st.Section.Render(head) + "\n\n")
	if len(d.Queue) == 0 {
		b.WriteString(T("No claim waits for your vote.") + "\n\n" + st.Muted.Render(T("r: look again")))
		return b.String()
	}
	b.WriteString(wrap(T("Claims waiting for your vote, the soonest to close first (%d approvals decide a claim):", d.Quorum), w) + "\n\n")
	sym := safetext.Escape(d.Token.Symbol)
	// Padded by display width: the Chinese headings are two columns a character.
	header := "  " + padRight(T("ID"), 5) + " " + padRight(T("AMOUNT"), 16) + " " + padRight(T("MEMBER"), 14) + " " + padRight(T("TIME LEFT"), 12) + " " + T("VOTES")
	b.WriteString(st.Muted.Render(header) + "\n")
	for i, q := range d.Queue {
		line := untranslated("%-5d %-16s %-14s %-12s %s", q.ID, truncate(d.Token.Format(q.Amount)+" "+sym, 16), shortAddr(q.Member.Hex()),
			units.FormatDuration(q.Left), untranslated("+%d -%d", q.Approvals, q.Rejections))
		if i == cursor {
			b.WriteString(st.Title.Render("> "+line) + "\n")
		} else {
			b.WriteString("  " + line + "\n")
		}
	}
	b.WriteString("\n" + st.Muted.Render(wrap(T("enter: review the claim (opens your notary keys: your passphrase is asked the first time) · r: look again"), w)))
	return b.String()
}

// ---------------------------------------------------------------- the checklist

type checklistMode int

const (
	checkView    checklistMode = iota
	checkDespite               // approve despite failed checks? (asked explicitly)
	checkReason                // choose the reason of a rejection
	checkNote                  // type the rejection's optional note
)

// checklist is a claim under review, pushed over the desk (so that a
// approves, not the account switcher).
type checklist struct {
	env    *Env
	desk   *desk
	rv     *claims.Review
	tok    community.Token
	mode   checklistMode
	scroll int
	reason int // index into claims.Reasons
	note   textinput.Model
	failed []string
	prob   string
	// noteProb is why the note was refused (claims.ErrNote), shown under it
	// until it is edited.
	noteProb string
	seq      int
}

type (
	votePlanMsg struct {
		seq     int
		plan    session.Plan
		approve bool
		reason  claims.Reason
		note    string
		err     error
	}
	voteDoneMsg struct {
		seq int
		res TxResult
	}
)

var checklistSeq int

func newChecklist(env *Env, d *desk, rv *claims.Review, tok community.Token) *checklist {
	checklistSeq++
	in := textinput.New()
	in.Prompt = "> "
	in.CharLimit = claims.NoteMaxSize
	in.Width = 50
	c := &checklist{env: env, desk: d, rv: rv, tok: tok, note: in, seq: checklistSeq}
	c.reason = len(claims.Reasons) - 1 // other
	for i, r := range claims.Reasons {
		if r == rv.Suggested {
			c.reason = i
		}
	}
	return c
}

func (c *checklist) Title() string { return T("Claim %d", c.rv.Claim.ID) }
func (c *checklist) Init() tea.Cmd { return nil }

func (c *checklist) CapturesInput() bool { return c.mode == checkNote }

func (c *checklist) Keys() []key.Binding {
	switch c.mode {
	case checkDespite:
		return []key.Binding{keyDeskDespite, keyDeskBack}
	case checkReason:
		return []key.Binding{Keys.Up, Keys.Down, Keys.Enter, keyDeskBack}
	case checkNote:
		return []key.Binding{Keys.Enter, keyDeskBack}
	}
	return []key.Binding{Keys.Up, Keys.Down, keyDeskApprove, keyDeskReject, keyDeskBack}
}

func (c *checklist) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case AccountChangedMsg, CommunityChangedMsg:
		return c, Pop(nil)
	case votePlanMsg:
		if msg.seq != c.seq {
			return c, nil
		}
		var cf *claims.ChecksFailedError
		switch {
		case msg.approve && errors.As(msg.err, &cf):
			c.mode, c.failed, c.prob = checkDespite, cf.Checks, ""
			return c, nil
		case !msg.approve && errors.Is(msg.err, claims.ErrNote):
			// The note is refused (it repeats what the claim discloses):
			// said under the note, which stays to be edited.
			c.mode, c.noteProb, c.prob = checkNote, Describe(msg.err), ""
			return c, c.note.Focus()
		case msg.err != nil:
			c.prob = Describe(msg.err)
			return c, nil
		}
		question, notice := "Approve this claim?", ""
		if !msg.approve {
			question = "Reject this claim?"
			if msg.note != "" {
				notice = T("The reason code (%d, %s) and the note are sealed: only the claimant and the notaries of the claim's term can read them; publicly the claim is only rejected.", uint8(msg.reason), msg.reason.Name())
			} else {
				notice = T("The reason code (%d, %s) is sealed: only the claimant and the notaries of the claim's term can read it; publicly the claim is only rejected.", uint8(msg.reason), msg.reason.Name())
			}
		}
		seq := c.seq
		return c, ConfirmTx(TxRequest{Question: question, Plans: []session.Plan{msg.plan}, Notice: notice, Sender: c.desk.snd,
			Done: func(r TxResult) tea.Msg { return voteDoneMsg{seq: seq, res: r} }})
	case voteDoneMsg:
		if msg.seq != c.seq {
			return c, nil
		}
		if msg.res.Err != nil {
			if !errors.Is(msg.res.Err, ErrCancelled) {
				c.prob = Describe(msg.res.Err)
			}
			return c, nil
		}
		r := msg.res.Receipts[len(msg.res.Receipts)-1]
		return c, Pop(deskReloadMsg{note: T("Your vote on claim %d was mined in block %d.", c.rv.Claim.ID, r.BlockNumber.Uint64())})
	case tea.KeyMsg:
		return c.key(msg)
	}
	return c, nil
}

func (c *checklist) key(msg tea.KeyMsg) (Screen, tea.Cmd) {
	switch c.mode {
	case checkView:
		switch {
		case key.Matches(msg, Keys.Up):
			if c.scroll > 0 {
				c.scroll--
			}
		case key.Matches(msg, Keys.Down):
			c.scroll++
		case key.Matches(msg, keyDeskApprove):
			c.prob = ""
			return c, c.approve(false)
		case key.Matches(msg, keyDeskReject):
			c.mode, c.prob = checkReason, ""
		case key.Matches(msg, keyDeskBack):
			return c, Pop(nil)
		}
	case checkDespite:
		switch {
		case key.Matches(msg, keyDeskDespite):
			c.mode = checkView
			return c, c.approve(true)
		case key.Matches(msg, keyDeskBack), msg.String() == "n":
			c.mode = checkView
		}
	case checkReason:
		switch {
		case key.Matches(msg, Keys.Up):
			if c.reason > 0 {
				c.reason--
			}
		case key.Matches(msg, Keys.Down):
			if c.reason < len(claims.Reasons)-1 {
				c.reason++
			}
		case key.Matches(msg, Keys.Enter):
			c.mode = checkNote
			return c, c.note.Focus()
		case key.Matches(msg, keyDeskBack):
			c.mode = checkView
		}
	case checkNote:
		switch msg.Type {
		case tea.KeyEsc:
			c.mode, c.prob, c.noteProb = checkReason, "", ""
			c.note.Blur()
			return c, nil
		case tea.KeyEnter:
			note := strings.TrimSpace(c.note.Value())
			if err := claims.CheckNote(note); err != nil {
				c.prob = Describe(err)
				return c, nil
			}
			c.prob, c.noteProb = "", ""
			return c, c.reject(claims.Reasons[c.reason], note)
		}
		var cmd tea.Cmd
		before := c.note.Value()
		c.note, cmd = c.note.Update(msg)
		if c.note.Value() != before {
			c.noteProb = ""
		}
		c.prob = ""
		if err := claims.CheckNote(c.note.Value()); err != nil {
			c.prob = Describe(err)
		}
		return c, cmd
	}
	return c, nil
}

// deskService opens the claims service of the session's community.
func deskService(ctx context.Context, sess *session.Session) (*claims.Service, wallet.Account, error) {
	acct, err := sess.Account()
	if err != nil {
		return nil, acct, err
	}
	svc, _, err := claimsService(ctx, sess)
	return svc, acct, err
}

func (c *checklist) approve(despite bool) tea.Cmd {
	seq, sess, id, keys := c.seq, c.env.Session, c.rv.Claim.ID, c.desk.keys
	label := T("Checking claim %d again before approving…", id)
	return Job(label, func(ctx context.Context) tea.Msg {
		svc, acct, err := deskService(ctx, sess)
		if err != nil {
			return votePlanMsg{seq: seq, approve: true, err: err}
		}
		p, err := svc.Approve(ctx, id, acct.Address, keys, despite)
		return votePlanMsg{seq: seq, approve: true, plan: p, err: err}
	})
}

func (c *checklist) reject(reason claims.Reason, note string) tea.Cmd {
	seq, sess, id, keys := c.seq, c.env.Session, c.rv.Claim.ID, c.desk.keys
	return Job(T("Planning the rejection…"), func(ctx context.Context) tea.Msg {
		svc, acct, err := deskService(ctx, sess)
		if err != nil {
			return votePlanMsg{seq: seq, reason: reason, note: note, err: err}
		}
		p, err := svc.Reject(ctx, id, acct.Address, keys, reason, note)
		return votePlanMsg{seq: seq, reason: reason, note: note, plan: p, err: err}
	})
}

func (c *checklist) View(w, h int) string {
	st := c.env.Styles
	var foot strings.Builder
	if c.prob != "" {
		foot.WriteString(st.Error.Render(wrap(c.prob, w)) + "\n")
	}
	switch c.mode {
	case checkDespite:
		foot.WriteString(st.Warn.Render(wrap(T("Claim %d fails %d check(s): %s. Approve it anyway? This is your decision as its notary, recorded as your approval.", c.rv.Claim.ID, len(c.failed), strings.Join(c.failed, ", ")), w)) + "\n")
		foot.WriteString(st.Title.Render(T("Y: approve despite the failed checks")) + st.Muted.Render(" · "+T("esc: do not")))
		return c.withBody(w, h, foot.String())
	case checkReason, checkNote:
		return c.rejectView(w, h, foot.String())
	}
	foot.WriteString(st.Muted.Render(T("a: approve · d: reject with a reason · ↑/↓: scroll · esc: back to the queue")))
	return c.withBody(w, h, foot.String())
}

// withBody draws the checklist scrolled to fit above foot.
func (c *checklist) withBody(w, h int, foot string) string {
	lines := strings.Split(renderChecklist(c.env.Styles, c.rv, c.tok, w), "\n")
	room := h - strings.Count(foot, "\n") - 2
	if room < 3 {
		room = 3
	}
	if c.scroll > len(lines)-room {
		c.scroll = max(0, len(lines)-room)
	}
	end := min(len(lines), c.scroll+room)
	body := strings.Join(lines[c.scroll:end], "\n")
	if end < len(lines) {
		body += "\n" + c.env.Styles.Muted.Render(T("… %d more lines (↓)", len(lines)-end))
	} else {
		body += "\n"
	}
	return body + "\n" + foot
}

// renderChecklist draws a review: the claim, each check with PASS or
// FAIL and why, and the facts the member disclosed (health data).
func renderChecklist(st Styles, rv *claims.Review, tok community.Token, w int) string {
	cl := rv.Claim
	var b strings.Builder
	b.WriteString(st.Section.Render(T("Claim %d: %s %s for %s, term %d, filed %s", cl.ID, tok.Format(cl.Amount), safetext.Escape(tok.Symbol),
		shortAddr(cl.Member.Hex()), cl.Term, community.FormatTime(cl.SubmittedAt))) + "\n")
	b.WriteString(st.Warn.Render(wrap(T("HEALTH DATA below, for your eyes only as this member's notary: do not copy, save or share it."), w)) + "\n\n")
	// A notary decides on these lines: nothing of them is cut. The title
	// column is as wide as the widest title (at most a third of the
	// window), and a title or a reason longer than its column wraps
	// within it.
	markW := max(lipgloss.Width(T("PASS")), lipgloss.Width(T("FAIL")))
	titleW := 0
	for _, ch := range rv.Checks {
		titleW = max(titleW, lipgloss.Width(checkTitle(ch)))
	}
	titleW = min(titleW, max(12, w/3))
	reasonW := max(10, w-markW-1-titleW-1)
	for _, ch := range rv.Checks {
		mark := st.Good.Render(padRight(T("PASS"), markW))
		if !ch.Pass {
			mark = st.Error.Render(padRight(T("FAIL"), markW))
		}
		titles := strings.Split(wrap(checkTitle(ch), titleW), "\n")
		whys := strings.Split(wrap(safetext.Escape(checkWhy(ch)), reasonW), "\n")
		for i := range max(len(titles), len(whys)) {
			left, title, why := strings.Repeat(" ", markW), "", ""
			if i == 0 {
				left = mark
			}
			if i < len(titles) {
				title = titles[i]
			}
			if i < len(whys) {
				why = st.Muted.Render(whys[i])
			}
			b.WriteString(strings.TrimRight(left+" "+padRight(title, titleW)+" "+why, " ") + "\n")
		}
	}
	if rv.Pass() {
		b.WriteString(st.Good.Render(T("Every check passes.")) + "\n")
	} else {
		b.WriteString(st.Error.Render(wrap(T("Some checks fail; the first points to reason %d (%s).", uint8(rv.Suggested), rv.Suggested.Name()), w)) + "\n")
	}
	b.WriteString("\n" + st.Section.Render(T("Disclosed by the member")) + st.Warn.Render(" "+T("(health data: for your eyes only)")) + "\n")
	for _, f := range rv.Disclosed {
		b.WriteString("  " + padRight(safetext.Escape(truncate(f.Name, 20)), 20) + " " + safetext.Escape(truncate(valueText(f.Value), max(10, w-25))) + "\n")
	}
	if rv.Issuer != "" {
		b.WriteString("  " + padRight(T("issuer"), 20) + " " + hang(lipgloss.NewStyle(), safetext.Escape(rv.Issuer), max(10, w-25), 23) + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func (c *checklist) rejectView(w, h int, foot string) string {
	st := c.env.Styles
	var b strings.Builder
	b.WriteString(st.Section.Render(T("Reject claim %d", c.rv.Claim.ID)) + "\n")
	if c.rv.Suggested != 0 {
		b.WriteString(st.Muted.Render(T("The first failed check points to reason %d (%s): it is chosen.", uint8(c.rv.Suggested), c.rv.Suggested.Name())) + "\n")
	}
	b.WriteString("\n")
	for i, r := range claims.Reasons {
		line := untranslated("%d %-17s %s", r, r.Name(), truncate(say(r.Meaning()), max(10, w-26)))
		if i == c.reason {
			b.WriteString(st.Title.Render("> "+line) + "\n")
		} else {
			b.WriteString("  " + line + "\n")
		}
	}
	b.WriteString("\n" + st.Warn.Render(wrap(T("The reason code and the note are SEALED to the claimant and the notaries of the claim's term: publicly the claim is only rejected. Still, the note must never repeat a health fact (diagnosis, dates, costs, names): a note that repeats anything the claim discloses is refused. Say what is missing or wrong, not what the claim shows."), w)) + "\n")
	b.WriteString(T("Note (optional, at most %d bytes):", claims.NoteMaxSize) + " " + c.note.View() + "\n")
	if c.noteProb != "" {
		b.WriteString(st.Error.Render(wrap("✗ "+T("Not sent: %s", c.noteProb), w)) + "\n")
		b.WriteString(st.Muted.Render(wrap(T("Edit the note, or clear it, then press enter."), w)) + "\n")
	}
	if c.mode == checkReason {
		foot += st.Muted.Render(T("↑/↓: choose the reason · enter: to the note · esc: back"))
	} else {
		foot += st.Muted.Render(T("enter: reject (asks to confirm) · esc: back to the reasons"))
	}
	return b.String() + foot
}

// checkTitles are the checks' titles as the disclosure package words
// them, for translation.
var checkTitles = map[string]string{
	disclosure.CheckIssuerSignature: msgKey("Issuer signature"),
	disclosure.CheckIssuerTrusted:   msgKey("Issuer trusted"),
	disclosure.CheckNotExpired:      msgKey("Not expired"),
	disclosure.CheckCredentialType:  msgKey("Credential type accepted"),
	disclosure.CheckHolderBinding:   msgKey("Holder binding"),
	disclosure.CheckKeyBinding:      msgKey("Key binding (sd_hash, aud, nonce, iat)"),
	disclosure.CheckRequiredFacts:   msgKey("Required facts present"),
	disclosure.CheckCategory:        msgKey("Category covered"),
	disclosure.CheckDiagnosisDate:   msgKey("Diagnosis date (UTC day) within coverage"),
	disclosure.CheckAmount:          msgKey("Amount within cost and cap"),
	disclosure.CheckEventID:         msgKey("Event id canonical"),
	disclosure.CheckNullifier:       msgKey("Nullifier matches"),
	disclosure.CheckNotPaid:         msgKey("Event not already paid"),
	disclosure.CheckClaimContext:    msgKey("Envelope names this claim"),
	disclosure.CheckIssuerIdentity:  msgKey("Issuer identity tied to the credential's iss"),
	disclosure.CheckSealedToAll:     msgKey("Sealed to every notary of the term"),
}

// checkWhy is why a check passes or fails, in the interface's language.
func checkWhy(ch disclosure.Check) string {
	if ch.Text.IsZero() {
		return ch.Reason
	}
	return say(ch.Text)
}

// checkTitle is a check's title in the interface's language: by its ID
// when the catalog has it, else the title the check came with.
func checkTitle(ch disclosure.Check) string {
	if k, ok := checkTitles[ch.ID]; ok && T(k) != k {
		return T(k)
	}
	return T(ch.Title)
}
