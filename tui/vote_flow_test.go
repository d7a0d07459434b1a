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
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// On a real embedded chain with the demo community: mei and nora pay four
// periods of dues (ning too); voting during the waiting period is refused in the
// banner (the app keeps running); past the waiting period (the dev clock
// warped) nora and ning stand, then mei stands from the tab (the passphrase asked
// in the modal, the stand confirmed with y, the new HPKE key kept in the
// data dir, the candidacy on chain), picks nora and herself with space
// and votes through the confirm dialog; the tab shows her ballot, and the
// chain holds it, and the turnout counts it (1 of the 3 ballots an
// election needs). She withdraws (w); past the close, with one ballot,
// voting stays open and f says why it cannot finalize; nora and ning cast
// theirs (through the session), the turnout is met, f finalizes and the
// tab shows the new term's notaries, the two running candidates, nora and
// ning. The ledger tab shows the dues rows.
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
	com, err := setup.Community(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// payDues pays four periods for name (covered past the election's
	// close), as name.
	payDues := func(name string) wallet.Account {
		a, err := setup.UseAccount(name)
		if err != nil {
			t.Fatal(err)
		}
		snd, _, err := setup.Sender(ctx)
		if err != nil {
			t.Fatal(err)
		}
		dp, err := com.PlanDues(ctx, a.Address, a.Address, 4, snd.Key)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range dp.Steps() {
			q, err := setup.Quote(ctx, a.Address, session.StepPlan(com.Token, st, "dues"))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := setup.Send(ctx, snd, q); err != nil {
				t.Fatal(err)
			}
		}
		return a
	}
	nora := payDues("nora")
	ning := payDues("ning")
	payDues("mei")
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

	if need := com.Params().MinBallots; need != 3 {
		t.Fatalf("the demo's elections need %d ballots; this flow casts 3", need)
	}
	waitFor(t, tm, "Election 1", "No candidates yet", "s: stand", "Notaries of term 0", "ballots: 0 of 3 needed")
	tm.Type("v")
	waitFor(t, tm, "Waiting period ends")
	tm.Type("x")

	if _, err := chain.Warp(ctx, c.RPC, 91*24*time.Hour); err != nil {
		t.Fatal(err)
	}
	// nora, then ning, stand first (through the session, as the tab does).
	for _, n := range []string{"nora", "ning"} {
		if _, err := setup.UseAccount(n); err != nil {
			t.Fatal(err)
		}
		if _, err := setup.Stand(ctx, session.StandOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	tm.Type("r")
	waitFor(t, tm, "Election 1", "[ ] ning 0x")
	tm.Type("s")
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, pass)
	waitFor(t, tm, "Stand?", "publishes a new HPKE", "y: stand")
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

	space := tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	tm.Send(space) // nora, first: she stood first; then ning; then mei
	tm.Send(tea.KeyMsg{Type: tea.KeyDown})
	tm.Send(tea.KeyMsg{Type: tea.KeyDown})
	tm.Send(space)
	waitFor(t, tm, "[x] mei", "not cast yet")
	tm.Type("v")
	waitFor(t, tm, "Vote?", "casts your ballot in election 1 for nora", ", mei", "y: send")
	tm.Type("y")
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, pass)
	waitFor(t, tm, "Done: mined in block")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Your ballot is cast.", "1 vote(s)", "ballots: 1 of 3 needed")

	e, err = com.Election(ctx, mei.Address)
	if err != nil {
		t.Fatal(err)
	}
	if e.Ballot == nil || len(e.Ballot.Picks) != 2 || e.Ballot.Picks[0] != nora.Address || e.Ballot.Picks[1] != mei.Address {
		t.Fatalf("ballot on chain: %+v", e.Ballot)
	}
	if cd, _ := e.Candidate(mei.Address); cd.Votes != 1 {
		t.Fatalf("mei's votes: %d", cd.Votes)
	}

	// mei withdraws: her candidacy stays listed as withdrawn.
	tm.Type("w")
	waitFor(t, tm, "Withdraw?", "withdraws your candidacy from election 1", "y: send")
	tm.Type("y")
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, pass)
	waitFor(t, tm, "Done: mined in block")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "You withdrew from the election.", "withdrawn")
	if e, err = com.Election(ctx, mei.Address); err != nil {
		t.Fatal(err)
	}
	if cd, _ := e.Candidate(mei.Address); cd.Running {
		t.Fatal("mei still runs after withdrawing")
	}

	// Past the close with one ballot: voting stays open, f says why.
	if _, err := chain.Warp(ctx, c.RPC, 7*24*time.Hour); err != nil {
		t.Fatal(err)
	}
	tm.Type("r")
	waitFor(t, tm, "(needs 3 ballots: voting stays open)")
	tm.Type("f")
	waitFor(t, tm, "has 1 of the 3 ballots it needs to count")
	tm.Type("x")
	// nora and ning vote (for themselves): three ballots; finalize from
	// the tab, and the results.
	for _, n := range []wallet.Account{nora, ning} {
		if _, err := setup.UseAccount(n.Name); err != nil {
			t.Fatal(err)
		}
		snd, _, err := setup.Sender(ctx)
		if err != nil {
			t.Fatal(err)
		}
		vp, err := com.PlanVote(ctx, n.Address, []common.Address{nora.Address, ning.Address})
		if err != nil {
			t.Fatal(err)
		}
		q, err := setup.Quote(ctx, n.Address, session.StepPlan(com.Token, vp.Step, "vote"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := setup.Send(ctx, snd, q); err != nil {
			t.Fatal(err)
		}
	}
	tm.Type("r")
	waitFor(t, tm, "ballots: 3, 3 needed: the election counts", "can be finalized now", "f: finalize")
	tm.Type("f")
	waitFor(t, tm, "Finalize?", "closes election 1", "y: send")
	tm.Type("y")
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, pass)
	waitFor(t, tm, "Done: mined in block")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Term 1 began; notaries: nora 0x", ", ning 0x", "Election 2", "Notaries of term 1")
	if e, err = com.Election(ctx, common.Address{}); err != nil || e.Term != 1 || len(e.Notaries) != 2 ||
		e.Notaries[0].Address != nora.Address || e.Notaries[1].Address != ning.Address {
		t.Fatalf("after finalize: %+v %v", e, err)
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
	if dues != 6 { // the three notaries', nora's and ning's again, and mei's
		t.Fatalf("%d dues rows", dues)
	}
	tm.Type("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
	_ = strings.Contains
}
