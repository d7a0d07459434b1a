package tui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// A notice longer than the status line is cut with "…", the help hint
// on its right still in view; it fades after a while or at the next key;
// one given while a job runs (the line shows the job) waits for the job
// to end before its time starts.
func TestNoticeFitsAndFades(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		a := staticApp(t, t.TempDir(), 80, 24)
		long := T("No OS keyring here, so huzhu cannot remember the passphrase; you will be asked for it when it is needed.") + " " + strings.Repeat(T("Nothing was sent."), 5)
		_, fade := a.Update(NotifyMsg{Text: long})
		line := a.statusLine()
		if w := lipgloss.Width(line); w != 80 {
			t.Errorf("status line %d wide, want 80: %q", w, line)
		}
		if !strings.HasSuffix(line, T("? help · q quit")) || !strings.Contains(line, "…") {
			t.Errorf("the notice is not cut to leave the hint: %q", line)
		}
		if fade == nil {
			t.Fatal("a notice that never fades")
		}
		a.Update(statusFadeMsg{seq: a.statusSeq - 1}) // an earlier notice's time
		if a.status == "" {
			t.Fatal("an earlier notice's fade cleared this one")
		}
		a.Update(statusFadeMsg{seq: a.statusSeq})
		if a.status != "" || strings.Contains(a.statusLine(), "…") {
			t.Fatalf("the notice did not fade: %q", a.statusLine())
		}

		a.Update(NotifyMsg{Text: T("Nothing was sent.")})
		a.Update(tea.KeyMsg{Type: tea.KeyDown})
		if a.status != "" {
			t.Fatalf("the next key did not clear the notice: %q", a.statusLine())
		}

		// During a job.
		block := make(chan struct{})
		defer close(block)
		a.Update(jobRequestMsg{label: "probe", fn: func(context.Context) tea.Msg { <-block; return nil }})
		if a.job == nil {
			t.Fatal("no job running")
		}
		if _, fade := a.Update(NotifyMsg{Text: T("Nothing was sent.")}); fade != nil {
			t.Fatal("a notice's time started while the job hid it")
		}
		a.Update(tea.KeyMsg{Type: tea.KeyDown}) // a key during the job: the notice is not seen yet
		_, cmd := a.Update(jobDoneMsg{id: a.job.id})
		if a.job != nil || cmd == nil || !strings.Contains(a.statusLine(), T("Nothing was sent.")) {
			t.Fatalf("the held notice is not shown after the job, with its time: job=%v cmd=%v %q", a.job != nil, cmd != nil, a.statusLine())
		}
	})
}
