package tui

import (
	"context"
	"errors"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// poller re-reads what a screen shows, quietly (Background), every so
// often while the screen is shown and there is something to wait for (a
// claim's votes). Its ticks carry the poller and a generation: a tick of
// another poller or of a generation stopped since is dropped, so leaving
// the screen or reaching a final state ends the ticking at once, and
// coming back never starts a second chain of ticks.
type poller struct {
	every time.Duration
	gen   int
	shown bool
	// ticking: a tick of gen is on its way; reading: a re-read runs.
	ticking, reading bool
	// stale is why the last re-read failed (nil when it did not): the
	// screen says so in a muted line and keeps what it showed.
	stale error
}

// pollTickMsg is a poller's tick: time to re-read.
type pollTickMsg struct {
	p   *poller
	gen int
}

// start ticks once more, unless the screen is hidden, a tick is on its
// way or a re-read runs (its answer starts the next tick).
func (p *poller) start() tea.Cmd {
	if !p.shown || p.ticking || p.reading {
		return nil
	}
	p.ticking = true
	msg := pollTickMsg{p: p, gen: p.gen}
	return tea.Tick(p.every, func(time.Time) tea.Msg { return msg })
}

// stop drops the tick on its way: the screen was left, or nothing is
// left to wait for.
func (p *poller) stop() {
	p.gen++
	p.ticking = false
}

// live reports whether msg is this poller's tick, of the generation that
// runs.
func (p *poller) live(msg pollTickMsg) bool { return msg.p == p && msg.gen == p.gen }

// due reports whether msg is this poller's live tick while the screen is
// shown, and marks the re-read it asks for as running.
func (p *poller) due(msg pollTickMsg) bool {
	if !p.live(msg) {
		return false
	}
	p.ticking = false
	if !p.shown {
		return false
	}
	p.reading = true
	return true
}

// done takes a re-read's answer: err (nil on success) becomes the stale
// line, except a re-read that gave way to a job (cancelled), which is
// only tried again. An answer that is no longer current (the screen moved
// on to another account or claim) only ends the re-read.
func (p *poller) done(err error, current bool) {
	p.reading = false
	switch {
	case !current:
	case err == nil:
		p.stale = nil
	case errors.Is(err, context.Canceled), errors.Is(err, ErrCancelled):
	default:
		p.stale = err
	}
}

// show takes ShownMsg and HiddenMsg.
func (p *poller) show(shown bool) {
	p.shown = shown
	if !shown {
		p.stop()
	}
}

// staleLine is the muted line of a failed re-read ("" when none).
func (p *poller) staleLine(st Styles, w int) string {
	if p.stale == nil {
		return ""
	}
	return wrapIndent(st.Muted, T("not refreshed: %s", Describe(p.stale)), w, 0) + "\n"
}
