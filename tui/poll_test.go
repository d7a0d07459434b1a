package tui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/session"
)

// messages runs cmd and the batches in it, keeping what each sends
// within a moment (a timer's tick is left out).
func messages(cmd tea.Cmd) []tea.Msg { return messagesWithin(cmd, 50*time.Millisecond) }

// messagesWithin is messages, waiting up to d for each command (a job's
// work on a busy machine may take longer than a moment).
func messagesWithin(cmd tea.Cmd, d time.Duration) []tea.Msg {
	if cmd == nil {
		return nil
	}
	got := make(chan tea.Msg, 1)
	go func() { got <- cmd() }()
	select {
	case msg := <-got:
		if b, ok := msg.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range b {
				out = append(out, messagesWithin(c, d)...)
			}
			return out
		}
		return []tea.Msg{msg}
	case <-time.After(d):
		return nil
	}
}

// backgroundIn is the Background request among cmd's messages.
func backgroundIn(t *testing.T, cmd tea.Cmd) (backgroundRequestMsg, bool) {
	t.Helper()
	for _, m := range messages(cmd) {
		switch m := m.(type) {
		case backgroundRequestMsg:
			return m, true
		case jobRequestMsg:
			t.Fatalf("the re-read is a job (%q): a spinner, and esc cancels it", m.label)
		}
	}
	return backgroundRequestMsg{}, false
}

// quietRun hands req to the app and returns the work it starts.
func quietRun(t *testing.T, a *App, req backgroundRequestMsg) tea.Cmd {
	t.Helper()
	_, run := a.Update(req)
	if a.job != nil || a.Busy() || a.quiet == nil || run == nil {
		t.Fatalf("the re-read does not run quietly: %s", a.debugString())
	}
	if v := a.View(); strings.Contains(v, T("(esc to cancel)")) || strings.Contains(v, "* ") {
		t.Fatalf("a spinner while re-reading:\n%s", v)
	}
	return run
}

// My claims re-reads its claims while one is open and it is shown:
// quietly (no job, no spinner), esc stays the screen's, a failed re-read
// is a muted line and the claims stay; leaving the tab stops the ticks
// (a tick of before is dropped), coming back starts them, and a claim
// no longer open ends them.
func TestMyClaimsRefreshIsQuiet(t *testing.T) {
	a := staticApp(t, t.TempDir(), 80, 24)
	m := screenOf[*myClaims](t, a)
	a.Update(myClaimsMsg{seq: m.seq, data: fixedClaims()})
	if !m.poll.ticking {
		t.Fatal("not polling while a claim is open and the screen shown")
	}
	a.Update(tea.KeyMsg{Type: tea.KeyEnter})
	if !m.open {
		t.Fatal("enter did not open the claim")
	}

	_, cmd := a.Update(pollTickMsg{p: &m.poll, gen: m.poll.gen})
	req, ok := backgroundIn(t, cmd)
	if !ok {
		t.Fatal("the tick asked for no re-read")
	}
	run := quietRun(t, a, req)
	a.Update(tea.KeyMsg{Type: tea.KeyEsc})
	if m.open || a.quiet == nil || a.status == T("Cancelling…") {
		t.Fatalf("esc did not go to the screen (open=%v): %s status=%q", m.open, a.debugString(), a.status)
	}

	// The wallet has no account: the re-read fails.
	_, next := a.Update(run())
	if a.quiet != nil || a.banner != "" || m.err != nil {
		t.Fatalf("a failed re-read is an error: %s err=%v", a.debugString(), m.err)
	}
	if v := a.View(); !strings.Contains(v, "not refreshed: ") || !strings.Contains(v, "#4") {
		t.Fatalf("the failed re-read is not said quietly, or the claims went:\n%s", v)
	}
	if next == nil || !m.poll.ticking {
		t.Fatal("polling stopped after a failed re-read")
	}

	gen := m.poll.gen
	a.Update(showTabMsg{T("Dashboard")})
	if m.poll.ticking || m.poll.gen == gen {
		t.Fatal("still polling after the screen was left")
	}
	if _, cmd := a.Update(pollTickMsg{p: &m.poll, gen: gen}); cmd != nil {
		if _, ok := backgroundIn(t, cmd); ok {
			t.Fatal("a tick from before leaving re-read the claims")
		}
	}
	a.Update(showTabMsg{T("My claims")})
	if !m.poll.ticking {
		t.Fatal("not polling again when shown again")
	}
	done := fixedClaims()
	done.Claims = done.Claims[:3] // none open
	a.Update(myClaimsRefreshedMsg{seq: m.seq, data: done})
	if m.poll.ticking || strings.Contains(a.View(), "not refreshed") {
		t.Fatalf("polling with no claim open (ticking=%v), or the stale line stayed:\n%s", m.poll.ticking, a.View())
	}
}

// The live status of a filed claim: re-read quietly, a failure a muted
// line under it (not the banner), and no more re-reading once final.
func TestClaimStatusRefreshIsQuiet(t *testing.T) {
	a := staticApp(t, t.TempDir(), 80, 24)
	c := screenOf[*claimScreen](t, a)
	c.stage, c.ctx.Token = claimStatus, community.Token{Symbol: "KBC", Decimals: 18}
	cl := claims.Claim{ID: 1, Amount: tokens(25), Term: 1, Status: claims.StatusOpen, Voters: 3, QueuePosition: -1}
	a.Update(claimShownMsg{seq: c.seq, claim: &cl, quor: 2})
	if !c.poll.ticking {
		t.Fatal("not polling an open claim")
	}
	_, cmd := a.Update(pollTickMsg{p: &c.poll, gen: c.poll.gen})
	req, ok := backgroundIn(t, cmd)
	if !ok {
		t.Fatal("the tick asked for no re-read")
	}
	run := quietRun(t, a, req)
	a.Update(run()) // no account: it fails
	if a.banner != "" || !strings.Contains(a.View(), "not refreshed: ") || !c.poll.ticking {
		t.Fatalf("a failed re-read: banner %q, ticking %v:\n%s", a.banner, c.poll.ticking, a.View())
	}
	paid := cl
	paid.Status, paid.Paid = claims.StatusPaid, tokens(25)
	paid.Votes = []claims.Vote{{Notary: common.HexToAddress("0xb1"), Approve: true}}
	a.Update(claimRefreshedMsg{seq: c.seq, claim: &paid, quor: 2})
	if c.poll.ticking || strings.Contains(a.View(), "not refreshed") || !strings.Contains(a.View(), "paid 25 KBC") {
		t.Fatalf("ticking %v after the claim was paid:\n%s", c.poll.ticking, a.View())
	}

	// n (another claim) while a re-read runs: its late answer is dropped,
	// and the next claim filed is watched again.
	a.Update(claimShownMsg{seq: c.seq, claim: &cl, quor: 2})
	if _, cmd = a.Update(pollTickMsg{p: &c.poll, gen: c.poll.gen}); cmd == nil {
		t.Fatal("no re-read of the open claim")
	}
	old := c.seq
	a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")})
	a.Update(claimRefreshedMsg{seq: old, claim: &paid, quor: 2})
	c.stage = claimStatus
	next := cl
	next.ID = 2
	a.Update(claimShownMsg{seq: c.seq, claim: &next, quor: 2})
	if !c.poll.ticking || c.claim.ID != 2 {
		t.Fatalf("the next claim is not watched (ticking %v, claim %d)", c.poll.ticking, c.claim.ID)
	}
}

// A job asked for while a Background re-read runs makes it give way (its
// context is cancelled) and starts when it has returned: the session is
// used by one at a time.
func TestBackgroundGivesWayToAJob(t *testing.T) {
	a := staticApp(t, t.TempDir(), 80, 24)
	cancelled := make(chan struct{})
	_, run := a.Update(backgroundRequestMsg{fn: func(ctx context.Context) tea.Msg {
		<-ctx.Done()
		close(cancelled)
		return nil
	}})
	if run == nil || a.quiet == nil {
		t.Fatal("the background work did not start")
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- run() }()
	_, start := a.Update(jobRequestMsg{label: "a job", fn: func(context.Context) tea.Msg { return nil }})
	select {
	case <-cancelled:
	case <-time.After(5 * time.Second):
		t.Fatal("the background work was not cancelled for the job")
	}
	if a.job != nil || start != nil {
		t.Fatalf("the job started while the background work ran: %s", a.debugString())
	}
	if _, start = a.Update(<-done); a.job == nil || start == nil {
		t.Fatalf("the job did not start when the background work returned: %s", a.debugString())
	}
}

// Switching accounts while a quiet re-read uses the session waits for it:
// the switch is a job, the re-read gives way to it, and the two never use
// the session at once (the re-read read the old account; the app then
// shows the new one).
func TestAccountSwitchWaitsForABackgroundRead(t *testing.T) {
	dir := t.TempDir()
	setup := testSession(dir)
	for name, key := range map[string]string{"mei": "0101010101010101010101010101010101010101010101010101010101010101",
		"lan": "0202020202020202020202020202020202020202020202020202020202020202"} {
		if _, err := setup.AddAccount(session.NewAccount{Name: name, PrivateKeyHex: key, Passphrase: []byte("correct horse battery")}); err != nil {
			t.Fatal(err)
		}
	}
	a := New(Config{Session: testSession(dir), NoSpinner: true})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	sess := a.env.Session
	mei, err := sess.UseAccount("mei")
	if err != nil {
		t.Fatal(err)
	}
	a.Update(AccountChangedMsg{Account: mei})
	var read string
	_, run := a.Update(backgroundRequestMsg{fn: func(ctx context.Context) tea.Msg {
		<-ctx.Done() // reading, until asked to give way
		acct, _ := sess.Account()
		read = acct.Name
		return nil
	}})
	if run == nil || a.quiet == nil {
		t.Fatalf("no background read: %s", a.debugString())
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- run() }()

	a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("a")})
	m, ok := a.modals[len(a.modals)-1].(*accountModal)
	if !ok {
		t.Fatalf("no account picker: %s", a.debugString())
	}
	for m.accts[m.cursor].Name != "lan" {
		a.Update(tea.KeyMsg{Type: tea.KeyUp})
	}
	_, cmd := a.Update(tea.KeyMsg{Type: tea.KeyEnter})
	for _, msg := range messages(cmd) {
		a.Update(msg)
	}
	if acct, _ := sess.Account(); acct.Name != "mei" {
		t.Fatalf("the account switched to %s while a background read used the session", acct.Name)
	}
	var next tea.Cmd
	select {
	case msg := <-done:
		_, next = a.Update(backgroundDoneMsg{id: a.quiet.id, msg: msg})
	case <-time.After(5 * time.Second):
		t.Fatal("the background read was not asked to give way to the switch")
	}
	if read != "mei" {
		t.Fatalf("the background read saw %q", read)
	}
	for range 4 { // the switch job, its answer, the app's message
		var more []tea.Msg
		for _, msg := range messagesWithin(next, time.Second) {
			if _, tick := msg.(pollTickMsg); !tick {
				more = append(more, msg)
			}
		}
		next = nil
		for _, msg := range more {
			_, c := a.Update(msg)
			next = tea.Batch(next, c)
		}
	}
	if a.account.Name != "lan" {
		t.Fatalf("the app shows %q after the switch: %s", a.account.Name, a.debugString())
	}
}

// A re-read that waited behind jobs and was overtaken by a load does not
// end the watch: polling goes on while a claim is open and the screen is
// shown.
func TestMyClaimsKeepWatchingAfterAnOvertakenRead(t *testing.T) {
	a := staticApp(t, t.TempDir(), 80, 24)
	m := screenOf[*myClaims](t, a)
	a.Update(myClaimsMsg{seq: m.seq, data: fixedClaims()})
	a.Update(jobRequestMsg{label: "other", fn: func(context.Context) tea.Msg { return nil }})
	other := a.job.id
	_, cmd := a.Update(pollTickMsg{p: &m.poll, gen: m.poll.gen})
	req, ok := backgroundIn(t, cmd)
	if !ok {
		t.Fatal("no re-read")
	}
	a.Update(req)
	if a.quiet != nil || len(a.bgQueue) != 1 {
		t.Fatalf("the re-read does not wait behind the job: %s", a.debugString())
	}
	_, cmd = a.Update(RefreshMsg{}) // r: a load, queued too
	for _, msg := range messages(cmd) {
		if j, ok := msg.(jobRequestMsg); ok {
			a.Update(j)
		}
	}
	a.Update(jobDoneMsg{id: other})
	for a.job != nil {
		var msg tea.Msg
		if a.job.label == T("Reading your claims…") {
			msg = myClaimsMsg{seq: m.seq, data: fixedClaims()}
		}
		a.Update(jobDoneMsg{id: a.job.id, msg: msg})
	}
	if a.quiet == nil {
		t.Fatalf("the re-read did not start: %s", a.debugString())
	}
	a.Update(backgroundDoneMsg{id: a.quiet.id, msg: myClaimsRefreshedMsg{seq: m.seq - 1, data: fixedClaims()}})
	if !m.poll.ticking && !m.poll.reading {
		t.Fatal("polling stopped for good although a claim is open and the screen is shown")
	}
}
