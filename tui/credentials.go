package tui

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func init() { RegisterTab(Tab{Order: 30, New: newCredentialsScreen}) }

// CredentialView is one of the account's credentials as the screen shows
// it: its summary, every fact (shown on screen only, never logged or
// written), and whether the community trusts its issuer.
type CredentialView struct {
	ID       string
	Imported time.Time
	Summary  disclosure.Summary
	Facts    map[string]any
	// Trusted is nil when no community could be asked.
	Trusted  *bool
	Identity common.Hash // the issuer's identity in the registry (zero: none)
	// Issuer names the issuer for a person (session.IssuerName); zero:
	// a short form of the summary's iss.
	Issuer i18n.Text
}

// issuerName is how a credential's issuer is shown.
func (cv CredentialView) issuerName() string {
	if cv.Issuer.IsZero() {
		return say(disclosure.IssuerName(cv.Summary.Issuer, ""))
	}
	return say(cv.Issuer)
}

// CredentialsData is the account's credentials.
type CredentialsData struct {
	Account wallet.Account
	Creds   []CredentialView
	// Unreadable are credentials kept for the account that do not open.
	Unreadable []string
	// Imported is the id of a credential just imported ("" otherwise).
	Imported string
}

// LoadCredentials unlocks the account's key (the passphrase modal) and
// lists its credentials, as `huzhu credential list` and `show` read them.
func LoadCredentials(ctx context.Context, s *session.Session) (*CredentialsData, error) {
	acct, err := s.Account()
	if err != nil {
		return nil, err
	}
	k, err := s.Key(acct)
	if err != nil {
		return nil, err
	}
	return listCredentials(ctx, s, acct, k)
}

func listCredentials(ctx context.Context, s *session.Session, acct wallet.Account, k *ecdsa.PrivateKey) (*CredentialsData, error) {
	all, err := wallet.NewCredentialStore(s.Options().DataDir).List(acct, k)
	d := &CredentialsData{Account: acct}
	var unreadable *wallet.UnreadableError
	if errors.As(err, &unreadable) {
		d.Unreadable = unreadable.IDs
	} else if err != nil {
		return nil, err
	}
	var com *community.Community
	if _, err := s.CommunityAddress(ctx); err == nil {
		com, _ = s.Community(ctx)
	}
	for _, sc := range all {
		sum, facts := disclosure.Summarize(sc.SDJWT)
		cv := CredentialView{ID: sc.ID, Imported: sc.Imported, Summary: sum, Facts: facts}
		if com != nil && sum.HasIssuer {
			if id, ok, err := com.IssuerKey(ctx, sum.IssuerThumbprint); err == nil {
				cv.Trusted, cv.Identity = &ok, id
			}
		}
		cv.Issuer = s.IssuerName(sum, cv.Identity)
		d.Creds = append(d.Creds, cv)
	}
	return d, nil
}

// ImportCredential checks the credential in file as `huzhu credential
// import` does (disclosure.CheckIssued), requires it to be bound to the
// session's account, keeps it encrypted under the account's key and
// lists the account's credentials again.
func ImportCredential(ctx context.Context, s *session.Session, file string, now time.Time) (*CredentialsData, error) {
	acct, err := s.Account()
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(expandHome(strings.TrimSpace(file)))
	if err != nil {
		return nil, &session.Error{Kind: session.KindInvalid, Problem: fmt.Sprintf("cannot read %s: %v", file, errors.Unwrap(err)), Err: err}
	}
	checked, err := disclosure.CheckIssued(string(b), now)
	if err != nil {
		return nil, community.Refused(i18n.Say("%v", err), community.FixNone)
	}
	if checked.Holder != acct.Address {
		if other, err := s.Wallet().Get(checked.Holder.Hex()); err == nil {
			return nil, community.Refused(i18n.Say("the credential is bound to %s, not to account %s (%s); import it with the account it was issued to (%s)", checked.Holder.Hex(), acct.Name, acct.Address.Hex(), other.Name), community.FixNone)
		}
		return nil, community.Refused(i18n.Say("the credential is bound to %s, which is not one of your accounts", checked.Holder.Hex()), community.FixNone)
	}
	k, err := s.Key(acct)
	if err != nil {
		return nil, err
	}
	id, err := wallet.NewCredentialStore(s.Options().DataDir).Add(acct, k, checked.Raw, now)
	if err != nil {
		return nil, err
	}
	d, err := listCredentials(ctx, s, acct, k)
	if d != nil {
		d.Imported = id
	}
	return d, err
}

func expandHome(p string) string {
	if p == "~" || strings.HasPrefix(p, "~/") {
		if h, err := os.UserHomeDir(); err == nil {
			return filepath.Join(h, p[1:])
		}
	}
	return p
}

type credentialsScreen struct {
	env     *Env
	data    *CredentialsData
	cursor  int
	open    bool // one credential's facts are shown
	scroll  int
	typing  bool // the import path
	path    textinput.Model
	loading bool
	err     error
	seq     int
}

type credentialsMsg struct {
	seq  int
	data *CredentialsData
	err  error
}

var (
	keyCredUnlock = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msgKey("unlock / view")))
	keyCredImport = key.NewBinding(key.WithKeys("i"), key.WithHelp("i", msgKey("import from a file")))
	keyCredBack   = key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", msgKey("back to the list")))
)

func newCredentialsScreen(env *Env) Screen {
	in := textinput.New()
	in.Prompt = "> "
	in.Placeholder = T("path of the credential file")
	in.Width = 50
	return &credentialsScreen{env: env, path: in}
}

func (c *credentialsScreen) Title() string       { return T("Credentials") }
func (c *credentialsScreen) Init() tea.Cmd       { return nil } // unlocked when asked
func (c *credentialsScreen) CapturesInput() bool { return c.typing }
func (c *credentialsScreen) Keys() []key.Binding {
	return []key.Binding{Keys.Up, Keys.Down, keyCredUnlock, keyCredImport, keyCredBack}
}

func (c *credentialsScreen) load() tea.Cmd {
	c.seq++
	c.loading, c.err = true, nil
	seq, sess := c.seq, c.env.Session
	return Job(T("Opening your credentials…"), func(ctx context.Context) tea.Msg {
		d, err := LoadCredentials(ctx, sess)
		return credentialsMsg{seq: seq, data: d, err: err}
	})
}

func (c *credentialsScreen) importFile(file string) tea.Cmd {
	c.seq++
	c.loading, c.err = true, nil
	seq, sess, now := c.seq, c.env.Session, c.env.Now()
	return Job(T("Checking the credential…"), func(ctx context.Context) tea.Msg {
		d, err := ImportCredential(ctx, sess, file, now)
		return credentialsMsg{seq: seq, data: d, err: err}
	})
}

func (c *credentialsScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case credentialsMsg:
		if msg.seq != c.seq {
			return c, nil
		}
		c.loading = false
		if msg.err != nil {
			c.err = msg.err
			return c, nil
		}
		c.data, c.open, c.scroll = msg.data, false, 0
		c.cursor = 0
		for i, cv := range msg.data.Creds {
			if cv.ID == msg.data.Imported {
				c.cursor = i
			}
		}
		if msg.data.Imported != "" {
			return c, Notify(T("Imported credential %s.", msg.data.Imported))
		}
	case AccountChangedMsg:
		// Another account's credentials need its own key: locked again.
		c.seq++
		c.data, c.open, c.err, c.loading, c.cursor = nil, false, nil, false, 0
	case tea.KeyMsg:
		return c, c.key(msg)
	}
	return c, nil
}

func (c *credentialsScreen) key(msg tea.KeyMsg) tea.Cmd {
	if c.typing {
		switch msg.Type {
		case tea.KeyEnter:
			c.typing = false
			c.path.Blur()
			if v := strings.TrimSpace(c.path.Value()); v != "" {
				c.path.SetValue("")
				return c.importFile(v)
			}
			return nil
		case tea.KeyEsc:
			c.typing = false
			c.path.Blur()
			c.path.SetValue("")
			return nil
		}
		var cmd tea.Cmd
		c.path, cmd = c.path.Update(msg)
		return cmd
	}
	if c.loading {
		return nil
	}
	switch {
	case key.Matches(msg, keyCredImport):
		c.typing, c.err = true, nil
		return c.path.Focus()
	case c.open && key.Matches(msg, keyCredBack):
		c.open, c.scroll = false, 0
	case c.open && key.Matches(msg, Keys.Up):
		if c.scroll > 0 {
			c.scroll--
		}
	case c.open && key.Matches(msg, Keys.Down):
		c.scroll++
	case c.data == nil && key.Matches(msg, keyCredUnlock):
		return c.load()
	case c.data != nil && key.Matches(msg, Keys.Up):
		if c.cursor > 0 {
			c.cursor--
		}
	case c.data != nil && key.Matches(msg, Keys.Down):
		if c.cursor < len(c.data.Creds)-1 {
			c.cursor++
		}
	case c.data != nil && key.Matches(msg, keyCredUnlock):
		if len(c.data.Creds) > 0 {
			c.open, c.scroll = true, 0
		}
	}
	return nil
}

func (c *credentialsScreen) View(w, h int) string {
	st := c.env.Styles
	var b strings.Builder
	b.WriteString(st.Section.Render(T("Credentials")) + "\n\n")
	switch {
	case c.typing:
		b.WriteString(T("Import a credential your hospital issued to this account. Its file:") + "\n" + c.path.View() + "\n\n")
		b.WriteString(st.Muted.Render(T("enter: check and keep it · esc: cancel")) + "\n")
		return b.String()
	case c.data == nil:
		b.WriteString(T("Your credentials are kept encrypted under your account's key.") + "\n\n")
		b.WriteString(st.Title.Render(T("enter: unlock and list them")) + st.Muted.Render(" · "+T("i: import one from a file")) + "\n")
	case c.open && c.cursor < len(c.data.Creds):
		b.Reset()
		c.viewOne(&b, c.data.Creds[c.cursor], w, h)
	default:
		c.viewList(&b, w)
	}
	if c.err != nil {
		b.WriteString("\n" + wrapIndent(st.Error, Describe(c.err), w, 0) + "\n")
	}
	return b.String()
}

func (c *credentialsScreen) viewList(b *strings.Builder, w int) {
	st := c.env.Styles
	d := c.data
	if len(d.Creds) == 0 {
		b.WriteString(T("%s holds no credential yet.", safetext.Escape(d.Account.Name)) + "\n")
	}
	for i, cv := range d.Creds {
		line := untranslated("%-14s %s", safetext.Escape(cv.ID), safetext.Escape(shorten(cv.issuerName(), w-40)))
		if cv.Summary.Type != "" {
			line += " · " + safetext.Escape(say(disclosure.TypeName(cv.Summary.Type)))
		}
		meta := T("%d facts", cv.Summary.Facts) + " · " + trustText(st, cv)
		if i == c.cursor {
			b.WriteString(st.Title.Render("> "+line) + "\n")
		} else {
			b.WriteString("  " + line + "\n")
		}
		b.WriteString("    " + meta + "\n")
	}
	if len(d.Unreadable) > 0 {
		b.WriteString("\n" + st.Warn.Render(T("%d kept credential(s) do not open with this key: %s", len(d.Unreadable), safetext.Escape(strings.Join(d.Unreadable, ", ")))) + "\n")
	}
	b.WriteString("\n" + st.Muted.Render(T("↑/↓: choose · enter: every fact · i: import from a file")) + "\n")
}

// viewOne shows every fact of one credential: only the holder sees this.
func (c *credentialsScreen) viewOne(b *strings.Builder, cv CredentialView, w, h int) {
	st := c.env.Styles
	b.WriteString(st.Section.Render(T("Credential %s", safetext.Escape(cv.ID))) + "  " + st.Warn.Render(T("health data: only you see this screen")) + "\n\n")
	row := func(k, v string) { b.WriteString(st.Key.Render(padRight(k, 20)) + " " + v + "\n") }
	row(T("Issuer"), safetext.Escape(shorten(cv.issuerName(), w-22)))
	if cv.Summary.Type != "" {
		row(T("Type"), safetext.Escape(shorten(say(disclosure.TypeName(cv.Summary.Type)), w-22)))
	}
	row(T("Trust"), trustText(st, cv))
	if !cv.Summary.Issued.IsZero() {
		row(T("Issued"), community.FormatTime(cv.Summary.Issued))
	}
	if !cv.Summary.Expires.IsZero() {
		row(T("Expires"), community.FormatTime(cv.Summary.Expires))
	}
	b.WriteString("\n" + st.Section.Render(T("Facts")) + "\n")
	names := make([]string, 0, len(cv.Facts))
	for n := range cv.Facts {
		names = append(names, n)
	}
	sort.Strings(names)
	lines := make([]string, 0, len(names))
	for _, n := range names {
		v := cv.Facts[n]
		s, ok := v.(string)
		if !ok {
			bs, _ := json.Marshal(v)
			s = string(bs)
		}
		lines = append(lines, st.Key.Render(padRight(safetext.Escape(n), 20))+" "+safetext.Escape(shorten(s, w-22)))
	}
	room := max(h-2-strings.Count(b.String(), "\n"), 3) // less the rows above and the hint below
	if c.scroll > len(lines)-room {
		c.scroll = max(0, len(lines)-room)
	}
	end := min(len(lines), c.scroll+room)
	for _, l := range lines[c.scroll:end] {
		b.WriteString(l + "\n")
	}
	more := ""
	if end < len(lines) || c.scroll > 0 {
		more = T("facts %d–%d of %d; ↑/↓ scroll", c.scroll+1, end, len(lines)) + " · "
	}
	b.WriteString("\n" + st.Muted.Render(more+T("esc: back to the list")) + "\n")
}

func trustText(st Styles, cv CredentialView) string {
	switch {
	case cv.Trusted == nil:
		return st.Muted.Render(T("trust unknown (no community to ask)"))
	case *cv.Trusted:
		return st.Good.Render(T("issuer trusted by the community"))
	}
	return st.Warn.Render(T("issuer NOT trusted by the community: notaries will not accept it"))
}

// shorten cuts s to n cells with an ellipsis.
func shorten(s string, n int) string {
	if n < 8 {
		n = 8
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
