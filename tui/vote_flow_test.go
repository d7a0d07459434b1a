package tui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// On a real embedded chain with the demo community: mei pays four
// periods of dues; voting during the waiting period is refused in the
// banner (the app keeps running); past the waiting period (the dev clock
// warped) mei stands from the tab (the passphrase asked in the modal, the
// stand confirmed with y, the new HPKE key kept in the data dir and the
// same key on chain), picks herself with space and votes through the
// confirm dialog; the tab then shows her ballot, and the chain holds it.
// The ledger tab shows the dues rows.
func TestElectionFlow(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the embedded chain")
	}
	ctx := context.Background()
	dir := t.TempDir()
	const pass = "mei passphrase"
	pf := filepath.Join(t.TempDir(), "pass")
	if err := os.WriteFile(pf, []byte(pass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// The setup unlocks from a password file; the app's session asks in
	// the passphrase modal. Both use one embedded chain.
	setup := session.New(session.Options{DataDir: dir, NoKeyring: true, LightKDF: true, PasswordFile: pf})
	defer setup.Close()
	mei, err := setup.AddAccount(session.NewAccount{Name: "mei", Phrase: testPhrase, Passphrase: []byte(pass)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := setup.CreateDemo(ctx, mei, []byte(pass), func(string) {}); err != nil {
		t.Fatal(err)
	}
	if _, err := setup.UseAccount("mei"); err != nil {
		t.Fatal(err)
	}
	com, err := setup.Community(ctx)
	if err != nil {
		t.Fatal(err)
	}
	snd, _, err := setup.Sender(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dp, err := com.PlanDues(ctx, mei.Address, mei.Address, 4, snd.Key)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range dp.Steps() {
		q, err := setup.Quote(ctx, mei.Address, session.StepPlan(com.Token, s, "dues"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := setup.Send(ctx, snd, q); err != nil {
			t.Fatal(err)
		}
	}
	c, err := setup.Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}

	br := NewBridge()
	sess := session.New(br.Hooks(session.Options{DataDir: dir, NoKeyring: true, LightKDF: true}))
	sess.UseConn(c)
	if _, err := sess.UseAccount("mei"); err != nil {
		t.Fatal(err)
	}
	app := New(Config{Session: sess, Bridge: br, NoSpinner: true})
	showTab(t, app, 70)
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(110, 32))
	br.Attach(tm.Send)
	defer br.Close()

	waitFor(t, tm, "Election 1", "No candidates yet", "Notaries of term 0")
	tm.Type("v")
	waitFor(t, tm, "Waiting period ends")
	tm.Type("x")

	if _, err := chain.Warp(ctx, c.RPC, 91*24*time.Hour); err != nil {
		t.Fatal(err)
	}
	tm.Type("r")
	waitFor(t, tm, "Election 1")
	tm.Type("s")
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, pass)
	waitFor(t, tm, "Stand?", "publishes a new HPKE key", "y: stand")
	tm.Type("y")
	waitFor(t, tm, "You stand in the election", "mei 0x", "0 vote(s)")

	keys, err := wallet.NewNotaryKeyStore(dir).List(mei.Address)
	if err != nil || len(keys) != 1 {
		t.Fatalf("kept notary keys: %v %v", keys, err)
	}
	e, err := com.Election(ctx, mei.Address)
	if err != nil {
		t.Fatal(err)
	}
	if cd, ok := e.Candidate(mei.Address); !ok || !cd.Running || !cd.Listed {
		t.Fatalf("mei's candidacy on chain: %+v %v", cd, ok)
	}

	tm.Send(tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
	waitFor(t, tm, "[x] mei", "not cast: press v")
	tm.Type("v")
	waitFor(t, tm, "Vote?", "casts your ballot in election 1 for mei", "y: send")
	tm.Type("y")
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, pass)
	waitFor(t, tm, "Done: mined in block")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Your ballot is cast.", "1 vote(s)")

	e, err = com.Election(ctx, mei.Address)
	if err != nil {
		t.Fatal(err)
	}
	if e.Ballot == nil || len(e.Ballot.Picks) != 1 || e.Ballot.Picks[0] != mei.Address {
		t.Fatalf("ballot on chain: %+v", e.Ballot)
	}
	if cd, _ := e.Candidate(mei.Address); cd.Votes != 1 {
		t.Fatalf("mei's votes: %d", cd.Votes)
	}

	tm.Send(tea.KeyMsg{Type: tea.KeyTab})
	waitFor(t, tm, "Pool movements", "+40", "dues")
	l := app.all[app.active].screen.(*ledger)
	dues := 0
	for _, r := range l.rows {
		if r.kind == community.EntryDues {
			dues++
		}
	}
	if dues != 4 { // the three notaries' and mei's
		t.Fatalf("%d dues rows", dues)
	}
	tm.Type("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
	_ = strings.Contains
}
