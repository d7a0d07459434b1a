package main

import (
	"context"
	"errors"
	"runtime/debug"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/tui"
)

// runTUI runs the interactive interface on the alternate screen, over a
// session made from the global flags with the TUI's hooks: progress and
// notes become messages, a passphrase is asked in a modal.
func runTUI(ctx context.Context, a *app) error {
	// The TUI runs for hours with a ledger of thousands of rows loaded:
	// a soft limit makes the collector return memory sooner than its
	// default (doubling the heap), so the resident set stays small.
	debug.SetMemoryLimit(64 << 20)
	br := tui.NewBridge()
	a.sess = nil
	opts := a.sessionOptions()
	opts.RememberAccount = true // the TUI opens with the account chosen last
	sess := session.New(br.Hooks(opts))
	a.sess = sess // closed when the run ends
	tui.SetLang(a.p.Lang)
	p := tea.NewProgram(tui.New(tui.Config{Session: sess, Bridge: br}), tea.WithAltScreen(), tea.WithContext(ctx),
		tea.WithInput(a.io.In), tea.WithOutput(a.io.Out))
	br.Attach(p.Send)
	defer br.Close()
	_, err := p.Run()
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}
