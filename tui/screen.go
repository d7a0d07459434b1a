package tui

import (
	"context"
	"errors"
	"sort"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// Screen is one screen of the app: a tab, or a screen pushed over the
// tabs (the first run). Update gets the screen's keys and every other
// message of the program (each screen ignores what is not its own);
// View draws the body, width×height cells between the header and the
// status line.
type Screen interface {
	Init() tea.Cmd
	Update(msg tea.Msg) (Screen, tea.Cmd)
	View(width, height int) string
	// Title names the screen in the tab bar.
	Title() string
	// Keys are the screen's own bindings, for the help overlay.
	Keys() []key.Binding
}

// InputScreen is a Screen that is typing into a field now: the app then
// leaves every key to it except ctrl+c (no q to quit, no tab to switch).
type InputScreen interface {
	Screen
	CapturesInput() bool
}

// Env is what every screen works with: the session (the service layer:
// chain, community, account, sender), the styles, and the clock.
type Env struct {
	Session *session.Session
	Styles  Styles
	// Now is the wall clock (tests fix it).
	Now    func() time.Time
	bridge *Bridge
}

// Tab registers a screen in the tab bar. Screens register in an init
// func of their own file (see doc.go).
type Tab struct {
	// Order places the tab: dashboard 10, then by tens.
	Order int
	// New makes the screen; it is called once, when the app starts.
	New func(env *Env) Screen
	// Visible says whether the tab shows for the account now (a notary
	// desk for notaries); nil: always.
	Visible func(env *Env, acct wallet.Account) bool
}

var tabs []Tab

// RegisterTab adds a tab to every app made from now on.
func RegisterTab(t Tab) {
	tabs = append(tabs, t)
	sort.SliceStable(tabs, func(i, j int) bool { return tabs[i].Order < tabs[j].Order })
}

// Messages a screen may send (through the commands below) or receive.
type (
	// JobMsg asks the app to run a slow job (see Job).
	jobRequestMsg struct {
		label string
		fn    func(ctx context.Context) tea.Msg
	}
	jobDoneMsg struct {
		id  int
		msg tea.Msg
	}
	backgroundRequestMsg struct {
		fn func(ctx context.Context) tea.Msg
	}
	backgroundDoneMsg struct {
		id  int
		msg tea.Msg
	}
	// ShownMsg tells a screen, and it alone, that it is now the one shown
	// (its tab chosen, a screen pushed over it popped); HiddenMsg that it
	// no longer is. A screen that re-reads what it shows (Background)
	// starts and stops there.
	ShownMsg  struct{}
	HiddenMsg struct{}
	// ErrorMsg shows an error in the banner; the app keeps running.
	ErrorMsg struct{ Err error }
	// NotifyMsg shows a line in the status line.
	NotifyMsg struct{ Text string }
	// ProgressMsg is a slow step of the session (chain start, mining).
	ProgressMsg session.Progress
	// PromptRequestMsg asks for a secret in the passphrase modal; the
	// answer goes to Reply.
	PromptRequestMsg struct {
		Prompt string
		Reply  chan PromptReply
	}
	pushMsg struct{ s Screen }
	popMsg  struct{ then tea.Msg }
	// appMsg is a job's answer meant for the app (ErrorMsg,
	// AccountChangedMsg), not for the screens.
	appMsg struct{ msg tea.Msg }
	// AccountChangedMsg: the session's account is now Account (after a
	// switch, or the first run). Screens reload what they show.
	AccountChangedMsg struct{ Account wallet.Account }
	// CommunityChangedMsg: the session's community changed (the demo).
	CommunityChangedMsg struct{}
	// RefreshMsg asks every screen to reload (the r key).
	RefreshMsg   struct{}
	txRequestMsg struct{ req TxRequest }
)

// PromptReply answers a PromptRequestMsg.
type PromptReply struct {
	Secret []byte
	Err    error
}

// ErrCancelled is what a job or prompt cancelled with esc gets.
var ErrCancelled = errors.New("cancelled")

// Job runs fn behind the spinner with label, with a context that esc
// cancels; the message fn returns goes to every screen. Jobs run one at a
// time, in order (the session is used by one goroutine at a time).
func Job(label string, fn func(ctx context.Context) tea.Msg) tea.Cmd {
	return func() tea.Msg { return jobRequestMsg{label: label, fn: fn} }
}

// Background runs fn quietly: no spinner, no label, and esc goes to the
// screen, not to it; the message fn returns goes to every screen. It is
// for a screen's own re-reading of what it shows (a claim's votes as they
// arrive), never for what the person asked for (that is a Job). Like a
// job it has the session to itself: it waits for the job that runs, and
// gives way to one asked for while it runs (its ctx is cancelled, so fn
// returns soon with the context's error). A failure is the screen's to
// show, quietly too.
func Background(fn func(ctx context.Context) tea.Msg) tea.Cmd {
	return func() tea.Msg { return backgroundRequestMsg{fn: fn} }
}

// ShowError shows err in the error banner.
func ShowError(err error) tea.Cmd { return func() tea.Msg { return ErrorMsg{Err: err} } }

// Notify shows text in the status line.
func Notify(text string) tea.Cmd { return func() tea.Msg { return NotifyMsg{Text: text} } }

// Push shows s over the tabs until it pops itself.
func Push(s Screen) tea.Cmd { return func() tea.Msg { return pushMsg{s} } }

// Pop removes the pushed screen on top, then sends then (if not nil).
func Pop(then tea.Msg) tea.Cmd { return func() tea.Msg { return popMsg{then} } }

// TxRequest asks the confirm dialog to send transactions.
type TxRequest struct {
	// Question is the dialog's title ("Pay the dues?").
	Question string
	// Plans are sent in order (an approval, then the payment); the first
	// is quoted before asking, each later one just before it is sent.
	Plans []session.Plan
	// Notice is shown above the question (the no-refund notice).
	Notice string
	// Done makes the message delivered to every screen when the dialog
	// closes; nil sends none.
	Done func(TxResult) tea.Msg
	// Sender, when the screen unlocked the account already (a claim needs
	// the key to open the credential and sign; a dues payment signs its
	// permit before it is confirmed), sends without asking the passphrase
	// again; used only if it is the session's account's. nil: the sender
	// is unlocked on yes.
	Sender *wallet.Sender
}

// TxResult is how a TxRequest ended.
type TxResult struct {
	Receipts []*types.Receipt
	// Settled is the settle sent along after the plans (approved claims
	// whose notice had ended), if any; SettleErr why it failed (the plans
	// were mined all the same).
	Settled   *types.Receipt
	SettleErr error
	// Err is nil when every plan was mined; ErrCancelled when the person
	// said no or pressed esc.
	Err error
}

// ConfirmTx opens the confirm dialog: it quotes the first plan, shows
// what it does, the most its fee can be and the account's balances, and
// on yes unlocks the sender and sends every plan, showing progress.
func ConfirmTx(req TxRequest) tea.Cmd { return func() tea.Msg { return txRequestMsg{req} } }

// AskSecret asks for a secret in the passphrase modal, from a job's
// goroutine (never from Update: it blocks until answered).
func (e *Env) AskSecret(prompt string) ([]byte, error) { return e.bridge.prompt(prompt) }

// Send delivers msg into the program from a job's goroutine (progress).
func (e *Env) Send(msg tea.Msg) { e.bridge.send(msg) }
