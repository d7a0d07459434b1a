package tui

import (
	"context"
	"crypto/rand"
	"errors"
	"math/big"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// The welcome screen's steps.
const (
	wMenu       = iota
	wImportKind // phrase, private key or keystore file
	wName
	wSecret     // the phrase, the private key, or the keystore's path
	wKeystorePw // the keystore file's passphrase
	wPass
	wPassAgain
	wShowPhrase
	wCheckWord
	wSaving
)

// Import kinds.
const (
	impPhrase = iota
	impKey
	impKeystore
)

// pickWords chooses which words of a new phrase are asked back, in the
// order asked (tests fix it).
var pickWords = func(n int) []int {
	var out []int
	seen := map[int]bool{}
	for len(out) < 3 {
		v, _ := rand.Int(rand.Reader, big.NewInt(int64(n)))
		if i := int(v.Int64()); !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	return out
}

// newPhrase makes a new recovery phrase (tests fix it).
var newPhrase = session.NewPhrase

// welcome is the first run: create an account (the phrase shown once,
// three of its words asked back) or import one (phrase, private key,
// keystore file); then, on the embedded chain with no community, the
// demo offer.
type welcome struct {
	env    *Env
	step   int
	create bool
	kind   int
	input  textinput.Model
	msg    string // why the last entry was refused
	name   string
	secret string
	ksPass []byte
	pass   []byte
	phrase string
	ask    []int
	asked  int
}

type accountAddedMsg struct {
	acct wallet.Account
	err  error
	demo bool // offer the demo community
}

func newWelcome(env *Env) *welcome {
	in := textinput.New()
	in.Prompt = "> "
	in.Width = 50
	return &welcome{env: env, input: in}
}

func (w *welcome) Title() string { return T("Welcome") }
func (w *welcome) Init() tea.Cmd { return nil }
func (w *welcome) CapturesInput() bool {
	return w.step != wMenu && w.step != wImportKind && w.step != wShowPhrase && w.step != wSaving
}

func (w *welcome) Keys() []key.Binding {
	switch w.step {
	case wMenu:
		return []key.Binding{
			key.NewBinding(key.WithKeys("c"), key.WithHelp("c", msgKey("create an account"))),
			key.NewBinding(key.WithKeys("i"), key.WithHelp("i", msgKey("import an account"))),
		}
	case wImportKind:
		return []key.Binding{
			key.NewBinding(key.WithKeys("p"), key.WithHelp("p", msgKey("recovery phrase"))),
			key.NewBinding(key.WithKeys("k"), key.WithHelp("k", msgKey("private key"))),
			key.NewBinding(key.WithKeys("f"), key.WithHelp("f", msgKey("keystore file"))),
		}
	}
	return []key.Binding{Keys.Enter, Keys.Cancel}
}

// field starts a text entry.
func (w *welcome) field(step int, masked bool) tea.Cmd {
	w.step = step
	w.input.Reset()
	w.input.EchoMode = textinput.EchoNormal
	if masked {
		w.input.EchoMode = textinput.EchoPassword
		w.input.EchoCharacter = '•'
	}
	return w.input.Focus()
}

func (w *welcome) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case accountAddedMsg:
		if w.step != wSaving {
			return w, nil
		}
		if msg.err != nil {
			w.msg = Describe(msg.err)
			w.step = wMenu
			if errors.Is(msg.err, wallet.ErrAccountExists) || session.KindOf(msg.err) == session.KindInvalid {
				return w, w.field(wName, false)
			}
			return w, nil
		}
		changed := AccountChangedMsg{Account: msg.acct}
		if msg.demo {
			pass := w.pass
			w.pass = nil
			return w, tea.Sequence(Pop(changed), Push(newDemoScreen(w.env, msg.acct, pass)))
		}
		clear(w.pass)
		return w, Pop(changed)
	case tea.KeyMsg:
		return w, w.key(msg)
	}
	return w, nil
}

func (w *welcome) key(k tea.KeyMsg) tea.Cmd {
	if k.Type == tea.KeyEsc && w.step != wSaving {
		w.msg = ""
		switch w.step {
		case wCheckWord:
			w.step = wShowPhrase // see the phrase again
		default:
			w.reset()
		}
		return nil
	}
	switch w.step {
	case wMenu:
		switch k.String() {
		case "c":
			w.create = true
			return w.field(wName, false)
		case "i":
			w.create = false
			w.step = wImportKind
		}
		return nil
	case wImportKind:
		switch k.String() {
		case "p":
			w.kind = impPhrase
		case "k":
			w.kind = impKey
		case "f":
			w.kind = impKeystore
		default:
			return nil
		}
		return w.field(wName, false)
	case wShowPhrase:
		if k.Type == tea.KeyEnter {
			w.asked = 0
			return w.field(wCheckWord, false)
		}
		return nil
	case wSaving:
		return nil
	}
	if k.Type != tea.KeyEnter {
		var cmd tea.Cmd
		w.input, cmd = w.input.Update(k)
		return cmd
	}
	v := w.input.Value()
	w.msg = ""
	switch w.step {
	case wName:
		name := strings.TrimSpace(v)
		if err := w.env.Session.CheckNewAccountName(name); err != nil {
			w.msg = Describe(err)
			return nil
		}
		w.name = name
		if w.create {
			return w.field(wPass, true)
		}
		return w.field(wSecret, w.kind != impKeystore)
	case wSecret:
		if strings.TrimSpace(v) == "" {
			return nil
		}
		w.secret = strings.TrimSpace(v)
		if w.kind == impPhrase {
			if _, err := session.KeyFromPhrase(w.secret, ""); err != nil {
				w.msg = Describe(err)
				return w.field(wSecret, true)
			}
		}
		if w.kind == impKeystore {
			return w.field(wKeystorePw, true)
		}
		return w.field(wPass, true)
	case wKeystorePw:
		w.ksPass = []byte(v)
		if session.CheckNewPassphrase(w.ksPass) != nil {
			// It opens the keystore, but is too short to protect the
			// account here: a new one is chosen (and typed twice).
			w.msg = T("The keystore file's passphrase is shorter than %d characters, too short to protect the account here: choose a new one.", wallet.MinPassphrase)
			return w.field(wPass, true)
		}
		return w.save()
	case wPass:
		if err := session.CheckNewPassphrase([]byte(v)); err != nil {
			w.msg = Describe(err)
			return w.field(wPass, true)
		}
		w.pass = []byte(v)
		return w.field(wPassAgain, true)
	case wPassAgain:
		if v != string(w.pass) {
			w.msg = T("The two passphrases differ. Choose one and type it twice.")
			w.pass = nil
			return w.field(wPass, true)
		}
		if !w.create {
			return w.save()
		}
		p, err := newPhrase()
		if err != nil {
			w.msg = Describe(err)
			return nil
		}
		w.phrase = p
		w.ask = pickWords(len(strings.Fields(p)))
		w.step = wShowPhrase
		return nil
	case wCheckWord:
		words := strings.Fields(w.phrase)
		i := w.ask[w.asked]
		if strings.ToLower(strings.TrimSpace(v)) != words[i] {
			w.msg = T("That is not word #%d. Check what you wrote down and type it again.", i+1)
			return w.field(wCheckWord, false)
		}
		w.asked++
		if w.asked < len(w.ask) {
			return w.field(wCheckWord, false)
		}
		w.secret = w.phrase
		return w.save()
	}
	return nil
}

func (w *welcome) reset() {
	clear(w.pass)
	*w = welcome{env: w.env, input: w.input}
	w.input.Blur()
}

// save adds the account behind the spinner, then checks whether the demo
// community is to be offered.
func (w *welcome) save() tea.Cmd {
	w.step = wSaving
	n := session.NewAccount{Name: w.name, Passphrase: w.pass}
	switch {
	case w.create || w.kind == impPhrase:
		n.Phrase = w.secret
	case w.kind == impKey:
		n.PrivateKeyHex = w.secret
	default:
		b, err := session.ReadKeystoreFile(w.secret)
		if err != nil {
			return func() tea.Msg { return accountAddedMsg{err: err} }
		}
		n.Keystore, n.KeystorePassphrase = b, w.ksPass
		if len(w.pass) == 0 {
			w.pass = w.ksPass // it protects the account here too
		}
	}
	w.secret, w.phrase = "", ""
	sess := w.env.Session
	return Job(T("Saving the account…"), func(ctx context.Context) tea.Msg {
		acct, err := sess.AddAccount(n)
		if err != nil {
			return accountAddedMsg{err: err}
		}
		return accountAddedMsg{acct: acct, demo: offerDemo(ctx, sess)}
	})
}

// offerDemo: the embedded chain, and no community chosen on it.
func offerDemo(ctx context.Context, sess *session.Session) bool {
	if sess.Options().RPC != "" {
		return false
	}
	_, err := sess.CommunityAddress(ctx)
	return errors.Is(err, session.ErrNoCommunity)
}

func (w *welcome) View(width, height int) string {
	st := w.env.Styles
	var b strings.Builder
	b.WriteString(st.Section.Render(T("Welcome to huzhu, a mutual-aid community for health.")) + "\n\n")
	field := func(label string) {
		b.WriteString(label + "\n" + w.input.View() + "\n")
	}
	switch w.step {
	case wMenu:
		b.WriteString(T("Your wallet has no account yet.") + "\n\n")
		b.WriteString(st.Title.Render("c") + "  " + T("Create a new account (a recovery phrase is made for you)") + "\n")
		b.WriteString(st.Title.Render("i") + "  " + T("Import an account (recovery phrase, private key or keystore file)") + "\n")
	case wImportKind:
		b.WriteString(T("Import from:") + "\n\n")
		b.WriteString(st.Title.Render("p") + "  " + T("a recovery phrase (12 or 24 words)") + "\n")
		b.WriteString(st.Title.Render("k") + "  " + T("a private key (64 hex digits)") + "\n")
		b.WriteString(st.Title.Render("f") + "  " + T("a keystore file (its path)") + "\n")
	case wName:
		field(T("A name for the account (letters, digits, - and _):"))
	case wSecret:
		switch w.kind {
		case impPhrase:
			field(T("The recovery phrase (hidden as you type):"))
		case impKey:
			field(T("The private key (hidden as you type):"))
		default:
			field(T("The keystore file's path:"))
		}
	case wKeystorePw:
		field(T("The keystore file's passphrase (it will protect the account here too, if it has at least %d characters):", wallet.MinPassphrase))
	case wPass:
		field(T("A passphrase to protect the account (at least %d characters):", wallet.MinPassphrase))
	case wPassAgain:
		field(T("Type the passphrase again:"))
	case wShowPhrase:
		b.WriteString(st.Warn.Render(T("Your recovery phrase. Write it down and keep it offline; it is shown once:")) + "\n\n")
		for i, word := range strings.Fields(w.phrase) {
			b.WriteString(untranslated("  %2d. %-10s", i+1, word))
			if i%4 == 3 {
				b.WriteString("\n")
			}
		}
		b.WriteString("\n" + T("Press enter when you have written it down.") + "\n")
	case wCheckWord:
		b.WriteString(T("Check %d of %d: to be sure you wrote it down.", w.asked+1, len(w.ask)) + "\n")
		field(T("Word #%d of your phrase:", w.ask[w.asked]+1))
	case wSaving:
		b.WriteString(T("Saving the account…") + "\n")
	}
	if w.msg != "" {
		b.WriteString("\n" + st.Error.Render(safetext.EscapeLines(w.msg)) + "\n")
	}
	return b.String()
}
