package main

import (
	"context"
	"errors"
	"os"
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
	// What it keeps is small (community.EachLog folds the logs one at a
	// time; with 10,000 members, 2,000 claims and 18,500 events the heap
	// peaks near 19 MB of live data while the tabs load, and keeps
	// ~16 MB), but by default the collector lets the heap grow to twice
	// the live data between collections: with the ~45 MB of the binary's
	// own pages, ~85 MB resident. Collecting at 30% growth keeps it near
	// 72 MB, at some GC CPU while the tabs load (their decoding makes
	// ~250 MB of garbage) and none when idle. A growth rate, not a memory
	// limit: a limit below the live data (a first read of a big log, or
	// the chain run inside this process) makes the collector run without
	// pause. GOGC or GOMEMLIMIT in the environment win.
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(30)
	}
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
