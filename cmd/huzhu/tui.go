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
	// The TUI runs for hours with a ledger of thousands of rows loaded.
	// What it keeps is small (community.EachLog: the logs are folded one
	// at a time, never listed; with 10,000 members, 2,000 claims and
	// 18,500 events the heap peaks near 19 MB of live data while the tabs
	// load, and keeps ~16 MB), but the collector's default lets the heap
	// grow to twice the live data between collections: with the ~45 MB of
	// the binary's own pages, ~90 MB resident. A soft limit of 32 MiB on
	// the Go runtime's memory makes it collect sooner while the tabs load
	// (the decoding allocates ~250 MB of garbage then), for a resident set
	// under 80 MB. It costs some GC CPU during the load, none after; with
	// a community so large that its live data passes the limit, the
	// collector's own CPU cap (half the CPU) keeps it working, slower.
	debug.SetMemoryLimit(32 << 20)
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
