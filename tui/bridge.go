package tui

import (
	"sync"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/huzhu-community/huzhu/session"
)

// Bridge connects the session's hooks, called from job goroutines, to the
// running program: Progress and Notify become messages, Prompt a request
// for the passphrase modal that blocks until it is answered.
type Bridge struct {
	once  sync.Once
	ready chan struct{}
	done  chan struct{}
	sendF func(tea.Msg)
}

// NewBridge returns a bridge not yet attached to a program.
func NewBridge() *Bridge { return &Bridge{ready: make(chan struct{}), done: make(chan struct{})} }

// Hooks returns o with the TUI's Prompt, Notify (in plain words) and
// Progress.
func (b *Bridge) Hooks(o session.Options) session.Options {
	o.Prompt = b.prompt
	o.Notify = func(m string) { b.send(NotifyMsg{Text: m}) }
	o.Progress = func(p session.Progress) { b.send(ProgressMsg(p)) }
	o.Sprintf = func(format string, args ...any) string { return T(format, args...) }
	o.PlainNotices = true // one status line: no raw system errors in it
	o.Stdin = nil
	return o
}

// Attach makes the bridge deliver to send (tea.Program.Send, or a test
// model's Send). Messages sent before wait for it.
func (b *Bridge) Attach(send func(tea.Msg)) {
	b.once.Do(func() { b.sendF = send; close(b.ready) })
}

// Close releases every goroutine waiting on the bridge (the program ended).
func (b *Bridge) Close() {
	select {
	case <-b.done:
	default:
		close(b.done)
	}
}

func (b *Bridge) send(msg tea.Msg) {
	select {
	case <-b.ready:
		b.sendF(msg)
	case <-b.done:
	}
}

func (b *Bridge) prompt(prompt string) ([]byte, error) {
	reply := make(chan PromptReply, 1)
	b.send(PromptRequestMsg{Prompt: prompt, Reply: reply})
	select {
	case r := <-reply:
		return r.Secret, r.Err
	case <-b.done:
		return nil, ErrCancelled
	}
}
