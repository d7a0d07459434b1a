package tui

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// The claim tab (issue 9, item 5): pick a credential, choose what it
// discloses, the amount, confirm the sealed claim, then follow it. The
// account is unlocked once, when the credentials are opened: the key
// opens them, signs the presentation and sends the claim; it is dropped
// once the claim is filed, or when the account or community changes.
// The facts' values are health data: they are drawn on the screen only.

func init() { RegisterTab(Tab{Order: 40, New: newClaimScreen}) }

// claimStatusEvery is how often the live status of a filed claim is read
// again while it is shown.
var claimStatusEvery = 3 * time.Second

type claimStage int

const (
	claimIntro    claimStage = iota // nothing opened yet
	claimPick                       // the member's credentials
	claimDisclose                   // the facts, toggles and the amount
	claimStatus                     // the filed claim's live status
)

// CredentialChoice is one credential the member may claim with.
type CredentialChoice struct {
	ID     string
	Issuer string // the credential's iss
	// IssuerName names the issuer for a person (session.IssuerName); zero:
	// a short form of Issuer.
	IssuerName i18n.Text
	Type       string // the credential's vct
	Imported   time.Time
	// Facts are every fact of the credential, in the credential format's
	// order: health data, for the screen only.
	Facts []disclosure.Fact
	// Always is what every notary sees whatever is chosen
	// (disclosure.AlwaysVisible): the issuer, dates, type and key.
	Always []disclosure.Fact
	sdjwt  string
}

// ClaimContext is what the disclosure screen needs of the community: the
// facts every claim shows, the term's notaries, the token and the cap.
type ClaimContext struct {
	Required []string
	Term     uint32
	Notaries int
	Token    community.Token
	Cap      *big.Int
	Quorum   int
}

type claimScreen struct {
	env   *Env
	stage claimStage
	seq   int

	// Unlocked for one filing (see above).
	snd   *wallet.Sender
	acct  wallet.Account
	creds []CredentialChoice
	ctx   ClaimContext
	pick  int

	// The disclosure screen.
	cred     *CredentialChoice
	on       map[string]bool
	cursor   int
	amount   textinput.Model
	editing  bool
	problem  string // the amount's, or the service's refusal
	draftMsg string // the sentence of the prepared draft (its notaries)

	// The filed claim, re-read by poll until it reaches a final status,
	// and the chain's time it was read at.
	claim    *claims.Claim
	chainNow time.Time
	poll     poller
	err      error
}

type (
	claimCredsMsg struct {
		seq   int
		snd   *wallet.Sender
		acct  wallet.Account
		creds []CredentialChoice
		ctx   ClaimContext
		note  string
		err   error
	}
	claimPreparedMsg struct {
		seq     int
		term    uint32
		sealTo  int // the draft's notaries
		plan    session.Plan
		notice  string
		attempt int
		err     error
	}
	claimSentMsg struct {
		seq     int
		attempt int
		res     TxResult
	}
	claimShownMsg struct {
		seq   int
		claim *claims.Claim
		quor  int
		now   time.Time // the chain's time when read
		err   error
	}
	// claimRefreshedMsg is a quiet re-read of the filed claim.
	claimRefreshedMsg struct {
		seq   int
		claim *claims.Claim
		quor  int
		now   time.Time
		err   error
	}
)

var (
	keyClaimOpen   = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msgKey("open your credentials / choose")))
	keyClaimToggle = key.NewBinding(key.WithKeys(" ", "space"), key.WithHelp("space", msgKey("show or hide an optional fact")))
	keyClaimAmount = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msgKey("type the amount, then file")))
	keyClaimBack   = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", msgKey("back")))
	keyClaimNew    = key.NewBinding(key.WithKeys("n"), key.WithHelp("n", msgKey("file another claim")))
)

func newClaimScreen(env *Env) Screen {
	in := textinput.New()
	in.Prompt = "> "
	in.Width = 14
	in.CharLimit = 40
	return &claimScreen{env: env, amount: in, on: map[string]bool{}, poll: poller{every: claimStatusEvery}}
}

func (c *claimScreen) Title() string { return T("File a claim") }
func (c *claimScreen) Init() tea.Cmd { return nil }

// CapturesInput: while the amount is typed, every key goes to it.
func (c *claimScreen) CapturesInput() bool { return c.stage == claimDisclose && c.editing }

func (c *claimScreen) Keys() []key.Binding {
	switch c.stage {
	case claimPick:
		return []key.Binding{Keys.Up, Keys.Down, keyClaimOpen, keyClaimBack}
	case claimDisclose:
		return []key.Binding{Keys.Up, Keys.Down, keyClaimToggle, keyClaimAmount, keyClaimBack}
	case claimStatus:
		return []key.Binding{keyClaimNew}
	}
	return []key.Binding{keyClaimOpen}
}

// reset drops the unlocked key and everything read with it.
func (c *claimScreen) reset() {
	c.seq++
	c.stage, c.snd, c.creds, c.cred, c.claim = claimIntro, nil, nil, nil, nil
	c.on, c.cursor, c.editing, c.problem, c.err, c.draftMsg = map[string]bool{}, 0, false, "", nil, ""
	c.amount.Reset()
	c.amount.Blur()
	c.poll.stop()
	c.poll.stale = nil
}

func (c *claimScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case AccountChangedMsg, CommunityChangedMsg:
		c.reset()
	case claimCredsMsg:
		if msg.seq != c.seq {
			return c, nil
		}
		if msg.err != nil {
			c.err = msg.err
			return c, ShowError(msg.err)
		}
		c.snd, c.acct, c.creds, c.ctx, c.pick, c.stage, c.err = msg.snd, msg.acct, msg.creds, msg.ctx, 0, claimPick, nil
		if msg.note != "" {
			return c, Notify(msg.note)
		}
	case claimPreparedMsg:
		if msg.seq != c.seq {
			return c, nil
		}
		if msg.err != nil {
			c.problem = Describe(msg.err)
			return c, nil
		}
		c.draftMsg = msg.notice
		c.ctx.Term, c.ctx.Notaries = msg.term, msg.sealTo // the draft's: the notaries it is sealed to
		seq, attempt := c.seq, msg.attempt
		return c, ConfirmTx(TxRequest{Question: "File this claim?", Plans: []session.Plan{msg.plan}, Notice: msg.notice, Sender: c.snd,
			Done: func(r TxResult) tea.Msg { return claimSentMsg{seq: seq, attempt: attempt, res: r} }})
	case claimSentMsg:
		if msg.seq != c.seq {
			return c, nil
		}
		if err := msg.res.Err; err != nil {
			if msg.attempt == 0 && claims.TermChanged(err) {
				return c, tea.Batch(Notify(T("A new term of notaries began while the claim was on its way; sealing it again to the new notaries.")), c.prepare(1))
			}
			if !errors.Is(err, ErrCancelled) {
				c.problem = Describe(err)
			}
			return c, nil
		}
		// Filed: the key is no longer needed.
		c.snd, c.stage, c.editing = nil, claimStatus, false
		c.amount.Blur()
		return c, c.show(msg.res.Receipts[len(msg.res.Receipts)-1])
	case claimShownMsg:
		if msg.seq != c.seq {
			return c, nil
		}
		if msg.err != nil {
			c.err = msg.err
			return c, ShowError(msg.err)
		}
		c.take(msg.claim, msg.quor, msg.now)
		return c, c.watch()
	case pollTickMsg:
		if !c.poll.live(msg) {
			return c, nil
		}
		if c.stage != claimStatus || c.claim == nil || claimFinal(c.claim.Status) {
			c.poll.stop()
			return c, nil
		}
		if !c.poll.due(msg) {
			return c, nil
		}
		return c, c.refresh(c.claim.ID)
	case claimRefreshedMsg:
		current := msg.seq == c.seq // else a claim of before "n: file another claim"
		if c.poll.done(msg.err, current); !current {
			return c, c.watch()
		}
		if msg.err == nil {
			c.take(msg.claim, msg.quor, msg.now)
		}
		return c, c.watch()
	case ShownMsg:
		c.poll.show(true)
		return c, c.watch()
	case HiddenMsg:
		c.poll.show(false)
	case tea.KeyMsg:
		return c.key(msg)
	}
	return c, nil
}

// claimFinal: nothing more happens to a claim in this status (a returned
// one is filed again as a new claim).
func claimFinal(s claims.Status) bool {
	return s == claims.StatusPaid || s == claims.StatusRejected || s == claims.StatusExpired || s == claims.StatusReturned
}

func (c *claimScreen) key(msg tea.KeyMsg) (Screen, tea.Cmd) {
	switch c.stage {
	case claimIntro:
		if key.Matches(msg, Keys.Enter) {
			return c, c.open()
		}
	case claimPick:
		switch {
		case key.Matches(msg, Keys.Up):
			if c.pick > 0 {
				c.pick--
			}
		case key.Matches(msg, Keys.Down):
			if c.pick < len(c.creds)-1 {
				c.pick++
			}
		case key.Matches(msg, Keys.Enter):
			if len(c.creds) > 0 {
				c.choose(&c.creds[c.pick])
			}
		case key.Matches(msg, keyClaimBack):
			c.reset()
		}
	case claimDisclose:
		if c.editing {
			switch msg.Type {
			case tea.KeyEsc:
				c.editing = false
				c.amount.Blur()
				return c, nil
			case tea.KeyEnter:
				return c, c.file()
			}
			var cmd tea.Cmd
			c.amount, cmd = c.amount.Update(msg)
			c.problem = ""
			return c, cmd
		}
		switch {
		case key.Matches(msg, Keys.Up):
			if c.cursor > 0 {
				c.cursor--
			}
		case key.Matches(msg, Keys.Down):
			if c.cursor < len(c.cred.Facts)-1 {
				c.cursor++
			}
		case key.Matches(msg, keyClaimToggle):
			name := c.cred.Facts[c.cursor].Name
			if slices.Contains(c.ctx.Required, name) {
				return c, Notify(T("%s is required by the community's policy: every claim shows it.", name))
			}
			c.on[name] = !c.on[name]
		case key.Matches(msg, keyClaimAmount):
			c.editing, c.problem = true, ""
			return c, c.amount.Focus()
		case key.Matches(msg, keyClaimBack):
			c.stage, c.cred, c.problem = claimPick, nil, ""
		}
	case claimStatus:
		if key.Matches(msg, keyClaimNew) {
			c.reset()
			return c, c.open()
		}
	}
	return c, nil
}

// choose opens the disclosure screen for a credential: the required
// facts on, the rest off.
func (c *claimScreen) choose(cr *CredentialChoice) {
	c.cred, c.stage, c.cursor, c.on, c.problem, c.editing = cr, claimDisclose, 0, map[string]bool{}, "", false
	c.draftMsg = ""
	c.amount.Reset()
	c.amount.Blur()
}

// open unlocks the account (the passphrase modal asks), opens its
// credentials and reads the community's claim rules.
func (c *claimScreen) open() tea.Cmd {
	c.seq++
	seq, sess := c.seq, c.env.Session
	dataDir := sess.Options().DataDir
	return Job(T("Opening your credentials…"), func(ctx context.Context) tea.Msg {
		fail := func(err error) tea.Msg { return claimCredsMsg{seq: seq, err: err} }
		svc, com, err := claimsService(ctx, sess)
		if err != nil {
			return fail(err)
		}
		info, err := com.Info(ctx)
		if err != nil {
			return fail(err)
		}
		snd, acct, err := sess.Sender(ctx)
		if err != nil {
			return fail(err)
		}
		stored, err := wallet.NewCredentialStore(dataDir).List(acct, snd.Key)
		note := ""
		var unreadable *wallet.UnreadableError
		if errors.As(err, &unreadable) {
			note, err = err.Error(), nil
		}
		if err != nil {
			return fail(err)
		}
		out := claimCredsMsg{seq: seq, snd: snd, acct: acct, note: note,
			ctx: ClaimContext{Required: svc.Policy().Required, Term: info.Term, Notaries: len(info.Notaries), Token: com.Token, Cap: info.Params.MaxPayout, Quorum: info.Params.Quorum}}
		for _, sc := range stored {
			ch := credentialChoice(sc)
			sum, _ := disclosure.Summarize(sc.SDJWT)
			var identity [32]byte
			if sum.HasIssuer {
				identity, _, _ = com.IssuerKey(ctx, sum.IssuerThumbprint) // unknown on a failure: a short name
			}
			ch.IssuerName, ch.Type = sess.IssuerName(sum, identity), sum.Type
			out.creds = append(out.creds, ch)
		}
		return out
	})
}

// issuer is how the credential's issuer is shown.
func (cr *CredentialChoice) issuer() string {
	if cr.IssuerName.IsZero() {
		return say(disclosure.IssuerName(cr.Issuer, ""))
	}
	return say(cr.IssuerName)
}

// credentialChoice reads a stored credential's issuer and facts.
func credentialChoice(sc wallet.StoredCredential) CredentialChoice {
	ch := CredentialChoice{ID: sc.ID, Imported: sc.Imported, sdjwt: sc.SDJWT}
	cred, err := disclosure.Parse(strings.TrimSpace(sc.SDJWT))
	if err != nil {
		return ch
	}
	if pl, err := disclosure.Payload(cred); err == nil {
		ch.Issuer, _ = pl["iss"].(string)
	}
	ch.Facts = factsInOrder(disclosure.Facts(cred))
	ch.Always = disclosure.AlwaysVisible(cred)
	return ch
}

// factsInOrder lists facts in the credential format's order, any others
// after them by name.
func factsInOrder(m map[string]any) []disclosure.Fact {
	var out []disclosure.Fact
	seen := map[string]bool{}
	for _, name := range disclosure.MedicalFacts {
		if v, ok := m[name]; ok {
			out = append(out, disclosure.Fact{Name: name, Value: v})
			seen[name] = true
		}
	}
	var rest []string
	for name := range m {
		if !seen[name] {
			rest = append(rest, name)
		}
	}
	sort.Strings(rest)
	for _, name := range rest {
		out = append(out, disclosure.Fact{Name: name, Value: m[name]})
	}
	return out
}

// chosen are the optional facts switched on, in the list's order.
func (c *claimScreen) chosen() []string {
	var out []string
	for _, f := range c.cred.Facts {
		if c.on[f.Name] && !slices.Contains(c.ctx.Required, f.Name) {
			out = append(out, f.Name)
		}
	}
	return out
}

// counts are the facts shown to the notaries and those kept hidden.
func (c *claimScreen) counts() (shown, hidden int) {
	for _, f := range c.cred.Facts {
		if slices.Contains(c.ctx.Required, f.Name) || c.on[f.Name] {
			shown++
		} else {
			hidden++
		}
	}
	return shown, hidden
}

// file checks the amount is a number of tokens, then prepares the claim.
func (c *claimScreen) file() tea.Cmd {
	s := strings.TrimSpace(c.amount.Value())
	if s == "" {
		c.problem = T("Type the amount to ask for.")
		return nil
	}
	if _, err := c.ctx.Token.Parse(s); err != nil {
		c.problem = Describe(err)
		return nil
	}
	c.problem = ""
	return c.prepare(0)
}

// prepare runs claims.Service.Prepare and Draft.Seal with the member's
// key (as huzhu claim submit does), for the confirm dialog.
func (c *claimScreen) prepare(attempt int) tea.Cmd {
	sess, snd, cr, extra, seq := c.env.Session, c.snd, *c.cred, c.chosen(), c.seq
	amountText := strings.TrimSpace(c.amount.Value())
	return Job(T("Checking and sealing the claim…"), func(ctx context.Context) tea.Msg {
		fail := func(err error) tea.Msg { return claimPreparedMsg{seq: seq, attempt: attempt, err: err} }
		if snd == nil {
			return fail(errors.New("the account is locked; open your credentials again"))
		}
		svc, com, err := claimsService(ctx, sess)
		if err != nil {
			return fail(err)
		}
		amount, err := com.Token.Parse(amountText)
		if err != nil {
			return fail(err)
		}
		d, err := svc.Prepare(ctx, claims.Request{Key: snd.Key, Credential: cr.sdjwt, CredentialID: cr.ID, Amount: amount, Disclose: extra})
		if err != nil {
			return fail(err)
		}
		sealed, err := d.Seal(ctx)
		if err != nil {
			return fail(err)
		}
		notice := draftNotice(d, com.Token)
		return claimPreparedMsg{seq: seq, attempt: attempt, term: d.Term, sealTo: len(d.Notaries), plan: sealed.Plan, notice: notice}
	})
}

// draftNotice says, from the prepared draft, who sees what, and warns of
// an issuer the community does not trust.
func draftNotice(d *claims.Draft, tok community.Token) string {
	n := T("These %d facts will be seen by the %d notaries of term %d; these %d stay hidden.", len(d.Preview.Reveal), len(d.Notaries), d.Term, len(d.Preview.Hide))
	n += "\n" + safetext.Escape(say(disclosure.AlwaysShown(d.Preview.Always)))
	if !d.IssuerTrusted {
		n += "\n" + T("Warning: the credential's issuer (%s) is not trusted in the community's registry: the notaries will see that check fail.", safetext.Escape(d.IssuerName))
	}
	return n
}

// show reads the claim a receipt filed.
func (c *claimScreen) show(r *types.Receipt) tea.Cmd {
	seq, sess := c.seq, c.env.Session
	return Job(T("Reading the filed claim…"), func(ctx context.Context) tea.Msg {
		cl, q, now, err := readClaim(ctx, sess, func(svc *claims.Service) (uint64, error) {
			ids := svc.ClaimIDs(r)
			if len(ids) == 0 {
				return 0, fmt.Errorf("transaction %s was mined but names no claim", r.TxHash.Hex())
			}
			return ids[0], nil
		})
		return claimShownMsg{seq: seq, claim: cl, quor: q, now: now, err: err}
	})
}

// refresh re-reads the filed claim quietly: no spinner, esc stays the
// screen's, a failure is a muted line (poll.stale), not the banner.
func (c *claimScreen) refresh(id uint64) tea.Cmd {
	seq, sess := c.seq, c.env.Session
	return Background(func(ctx context.Context) tea.Msg {
		cl, q, now, err := readClaim(ctx, sess, func(*claims.Service) (uint64, error) { return id, nil })
		return claimRefreshedMsg{seq: seq, claim: cl, quor: q, now: now, err: err}
	})
}

// take shows the claim as read at the chain's time now.
func (c *claimScreen) take(cl *claims.Claim, quorum int, now time.Time) {
	c.claim, c.err, c.chainNow = cl, nil, now
	if quorum > 0 {
		c.ctx.Quorum = quorum
	}
}

// watch re-reads the filed claim in a while, until it is final.
func (c *claimScreen) watch() tea.Cmd {
	if c.stage != claimStatus || c.claim == nil || claimFinal(c.claim.Status) {
		c.poll.stop()
		return nil
	}
	return c.poll.start()
}

// readClaim opens the claims service and shows the claim which names,
// with the chain's time it was read at (whether its notice still runs).
func readClaim(ctx context.Context, sess *session.Session, which func(*claims.Service) (uint64, error)) (*claims.Claim, int, time.Time, error) {
	svc, com, err := claimsService(ctx, sess)
	if err != nil {
		return nil, 0, time.Time{}, err
	}
	id, err := which(svc)
	if err != nil {
		return nil, 0, time.Time{}, err
	}
	now, err := community.ChainTime(ctx, svc.B)
	if err != nil {
		return nil, 0, time.Time{}, err
	}
	cl, err := svc.Show(ctx, id)
	return cl, com.Params().Quorum, now, err
}

// ---------------------------------------------------------------- views

func (c *claimScreen) View(w, h int) string {
	st := c.env.Styles
	switch c.stage {
	case claimPick:
		return c.pickView(w, h)
	case claimDisclose:
		return c.discloseView(w, h)
	case claimStatus:
		return c.statusView(w, h)
	}
	var b strings.Builder
	b.WriteString(st.Section.Render(T("File a claim")) + "\n\n")
	b.WriteString(T("A claim shows the notaries of this term only the facts the community needs, and any you choose to add; every other fact stays hidden. What every credential shows, its issuer, dates, type and your wallet, they always see.") + "\n\n")
	if c.err != nil {
		b.WriteString(st.Error.Render(Describe(c.err)) + "\n\n")
	}
	b.WriteString(st.Title.Render(T("enter: open your credentials")) + st.Muted.Render(" "+T("(your passphrase is asked)")) + "\n")
	return wrap(b.String(), w)
}

func (c *claimScreen) pickView(w, h int) string {
	st := c.env.Styles
	var b strings.Builder
	b.WriteString(st.Section.Render(T("Choose a credential")) + "\n\n")
	if len(c.creds) == 0 {
		b.WriteString(T("%s holds no credential. Import the one your hospital issued on the credentials screen.", safetext.Escape(c.acct.Name)) + "\n")
		b.WriteString("\n" + st.Muted.Render(T("esc: back")))
		return wrap(b.String(), w)
	}
	for i, cr := range c.creds {
		what := T("imported %s", cr.Imported.UTC().Format("2006-01-02"))
		if cr.Type != "" {
			what = say(disclosure.TypeName(cr.Type)) + " · " + what
		}
		line := padRight(safetext.Escape(shortID(cr.ID)), 14) + " " + padRight(safetext.Escape(truncate(cr.issuer(), 24)), 24) + " " + safetext.Escape(what)
		if i == c.pick {
			b.WriteString(st.Title.Render("> "+line) + "\n")
		} else {
			b.WriteString("  " + line + "\n")
		}
	}
	b.WriteString("\n" + st.Muted.Render(T("↑/↓: move · enter: choose · esc: back")))
	return b.String()
}

func (c *claimScreen) discloseView(w, h int) string {
	st := c.env.Styles
	cr := c.cred
	var b strings.Builder
	head := T("Claim with credential %s", safetext.Escape(shortID(cr.ID)))
	if cr.Issuer != "" || !cr.IssuerName.IsZero() {
		head += st.Muted.Render(" · " + T("issued by %s", safetext.Escape(truncate(cr.issuer(), 30))))
	}
	b.WriteString(st.Section.Render(head) + "\n")
	b.WriteString(st.Warn.Render(T("Health data: the values are shown on this screen only.")) + "\n")

	shown, hidden := c.counts()
	sentence := T("These %d facts will be seen by the %d notaries of term %d; these %d stay hidden.", shown, c.ctx.Notaries, c.ctx.Term, hidden)
	var foot strings.Builder
	foot.WriteString("\n" + st.Section.Render(wrap(sentence, w)) + "\n")
	if len(cr.Always) > 0 {
		foot.WriteString(wrap(safetext.Escape(say(disclosure.AlwaysShown(cr.Always))), w) + "\n")
	}
	sym := safetext.Escape(c.ctx.Token.Symbol)
	foot.WriteString(T("Amount (%s):", sym) + " " + c.amount.View() + "\n")
	limit := T("at most the treatment cost and the cap of %s %s", c.ctx.Token.Format(c.ctx.Cap), sym)
	if cost, cur := factText(cr, "treatment_cost"), factText(cr, "currency"); cost != "" {
		limit = T("at most the treatment cost (%s %s) and the cap (%s %s)", cost, cur, c.ctx.Token.Format(c.ctx.Cap), sym)
	}
	foot.WriteString(st.Muted.Render(wrap(limit, w)) + "\n")
	if c.problem != "" {
		foot.WriteString(st.Error.Render(wrap(c.problem, w)) + "\n")
	}
	if c.editing {
		foot.WriteString(st.Muted.Render(T("enter: check and file · esc: back to the facts")))
	} else {
		foot.WriteString(st.Muted.Render(T("↑/↓: move · space: show/hide · enter: amount · esc: back")))
	}
	footer := foot.String()

	// The facts, scrolled to keep the cursor in view.
	rows := h - 2 - strings.Count(footer, "\n") - 1
	if rows < 3 {
		rows = 3
	}
	first := 0
	if c.cursor >= rows {
		first = c.cursor - rows + 1
	}
	nameW := 20
	valW := w - 4 - nameW - 2 - 12
	valW = min(max(valW, 8), 44)
	for i := first; i < len(cr.Facts) && i < first+rows; i++ {
		f := cr.Facts[i]
		req := slices.Contains(c.ctx.Required, f.Name)
		box := "[ ]"
		tag := ""
		if req {
			box, tag = "[x]", st.Muted.Render(T("required"))
		} else if c.on[f.Name] {
			box, tag = "[x]", st.Good.Render(T("shown"))
		}
		line := box + " " + padRight(safetext.Escape(truncate(f.Name, nameW)), nameW) + " " +
			padRight(safetext.Escape(truncate(valueText(f.Value), valW)), valW) + " " + tag
		if i == c.cursor && !c.editing {
			b.WriteString(st.Title.Render(">") + " " + line + "\n")
		} else {
			b.WriteString("  " + line + "\n")
		}
	}
	if more := len(cr.Facts) - (first + rows); more > 0 {
		b.WriteString(st.Muted.Render(T("  … %d more (↓)", more)) + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n") + footer
}

func (c *claimScreen) statusView(w, h int) string {
	st := c.env.Styles
	var b strings.Builder
	cl := c.claim
	if cl == nil {
		b.WriteString(st.Muted.Render(T("Reading the claim…")))
		return b.String()
	}
	b.WriteString(renderClaimStatus(st, cl, c.ctx.Token, c.ctx.Quorum, c.chainNow, w))
	if c.draftMsg != "" {
		b.WriteString("\n" + st.Muted.Render(wrap(c.draftMsg, w)) + "\n")
	}
	b.WriteString(c.poll.staleLine(st, w))
	foot := T("n: file another claim")
	if !claimFinal(cl.Status) {
		foot = T("Refreshed every few seconds while shown.") + " · " + foot
	}
	b.WriteString("\n" + st.Muted.Render(foot))
	return b.String()
}

// renderClaimStatus draws a claim: where it stands, its votes, its payout.
func renderClaimStatus(st Styles, cl *claims.Claim, tok community.Token, quorum int, now time.Time, w int) string {
	sym := safetext.Escape(tok.Symbol)
	var b strings.Builder
	row := func(k, v string) { b.WriteString(st.Key.Render(padRight(k, 12)) + " " + v + "\n") }
	b.WriteString(st.Section.Render(T("Claim %d", cl.ID)) + "\n\n")
	row(T("Status"), claimStatusText(st, cl, tok, quorum, now, w))
	row(T("Amount"), tok.Format(cl.Amount)+" "+sym)
	row(T("Term"), untranslated("%d", cl.Term))
	if !cl.SubmittedAt.IsZero() {
		row(T("Filed"), community.FormatTime(cl.SubmittedAt))
	}
	if reviewEndRow(cl) {
		row(T("Review ends"), community.FormatTime(cl.ReviewEndsAt))
	}
	row(T("Votes"), say(cl.VotesText()))
	for _, v := range cl.Votes {
		if v.Approve {
			row("", shortAddr(v.Notary.Hex())+" "+st.Good.Render(T("approve")))
			continue
		}
		if !v.Opened {
			row("", shortAddr(v.Notary.Hex())+" "+st.Error.Render(T("reject")))
			row("", hangIndent(st.Muted, T("reason sealed: My claims opens it with your key (o)"), w, 13))
			continue
		}
		row("", shortAddr(v.Notary.Hex())+" "+st.Error.Render(T("reject"))+" "+untranslated("%d %s", v.Reason, v.Reason.Name()))
		if v.Note != "" {
			row("", st.Muted.Render(T("note: %s", safetext.Escape(truncate(v.Note, w-20)))))
		}
	}
	return b.String()
}

// reviewEndRow: a claim's view shows when its review ends as a row of its
// own, but not while it is open: the status sentence (claims.StatusText)
// says it then.
func reviewEndRow(cl *claims.Claim) bool {
	return cl.Status != claims.StatusOpen && !cl.SubmittedAt.IsZero() && !cl.ReviewEndsAt.IsZero()
}

// claimStatusText is where a claim stands at the chain's time now
// (claimStatusSays), coloured by its status, as the value of a row of
// renderClaimStatus in width w.
func claimStatusText(st Styles, cl *claims.Claim, tok community.Token, quorum int, now time.Time, w int) string {
	return hangIndent(statusStyle(st, cl.Status), claimStatusSays(cl, tok, quorum, now), w, 13)
}

// valueText is a fact's value on one line.
func valueText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func factText(cr *CredentialChoice, name string) string {
	for _, f := range cr.Facts {
		if f.Name == name {
			return safetext.Escape(valueText(f.Value))
		}
	}
	return ""
}

func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}
