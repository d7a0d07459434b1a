package tui

import (
	"bytes"
	"context"
	"fmt"
	"github.com/charmbracelet/bubbles/key"
	"io"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/muesli/termenv"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii) // goldens without colour codes
	os.Exit(m.Run())
}

const testPhrase = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

func init() {
	// The check asks word 12, then 1, then 6, of a known phrase.
	newPhrase = func() (string, error) { return testPhrase, nil }
	pickWords = func(int) []int { return []int{11, 0, 5} }
}

var sizes = []struct{ w, h int }{{80, 24}, {120, 40}}

func testSession(dir string) *session.Session {
	return session.New(session.Options{DataDir: dir, NoKeyring: true, LightKDF: true})
}

// staticApp is an app that is not run: its views for goldens.
func staticApp(t *testing.T, dir string, w, h int) *App {
	a := New(Config{Session: testSession(dir), NoSpinner: true})
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}

func runCmd(a *App, cmd tea.Cmd) {
	// Deliver the messages a command makes, depth first, without jobs.
	if cmd == nil {
		return
	}
	got := make(chan tea.Msg, 1)
	go func() { got <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-got:
	case <-time.After(50 * time.Millisecond):
		return // a timer (the cursor's blink): not needed for a still frame
	}
	switch m := msg.(type) {
	case tea.BatchMsg:
		for _, c := range m {
			runCmd(a, c)
		}
		return
	case jobRequestMsg:
		return
	case nil:
		return
	}
	_, next := a.Update(msg)
	runCmd(a, next)
}

func requireGolden(t *testing.T, a *App) {
	t.Helper()
	view := a.View()
	if lang == i18n.Chinese {
		// Chinese characters take two columns: nothing may be wider
		// than the terminal.
		for _, l := range strings.Split(view, "\n") {
			if w := lipgloss.Width(l); w > a.width {
				t.Errorf("line %d columns wide in %d: %q", w, a.width, l)
			}
		}
	}
	golden.RequireEqual(t, []byte(view))
}

// The first run's screens: the welcome menu, the import choices, the
// passphrase refused at once when too short, and the phrase shown once.
func TestWelcomeGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				runCmd(a, a.Init())
				t.Run("menu", func(t *testing.T) { requireGolden(t, a) })
				key := func(s string) { _, c := a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}); runCmd(a, c) }
				enter := func() { _, c := a.Update(tea.KeyMsg{Type: tea.KeyEnter}); runCmd(a, c) }
				key("i")
				t.Run("import", func(t *testing.T) { requireGolden(t, a) })
				a.Update(tea.KeyMsg{Type: tea.KeyEsc})
				key("c")
				key("mei")
				enter()
				key("short")
				enter()
				t.Run("short", func(t *testing.T) { requireGolden(t, a) })
				key("long enough")
				enter()
				key("long enough")
				enter()
				t.Run("phrase", func(t *testing.T) { requireGolden(t, a) })
				enter()
				key("abandon")
				enter()
				t.Run("wrongword", func(t *testing.T) { requireGolden(t, a) })
			})
		}
	})
}

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// fixedDashboard is a dashboard's data with nothing that changes between
// runs (no real addresses or times).
func fixedDashboard() *DashboardData {
	at := time.Date(2027, 2, 25, 9, 30, 0, 0, time.UTC)
	tok := community.Token{Address: common.HexToAddress("0xcc"), Symbol: "KBC", Decimals: 18}
	p := community.DefaultParams()
	info := &community.Info{Address: common.HexToAddress("0x00000000000000000000000000000000000000aa"), Token: tok, Params: p,
		Term: 1, Notaries: make([]common.Address, 3), Pool: tokens(1190), Claims: 2, Queued: 0, ChainTime: at}
	st := &community.MemberStatus{State: community.StateWaiting, JoinedAt: at.Add(-24 * time.Hour),
		CoveredUntil: at.Add(29 * 24 * time.Hour), EligibleAt: at.Add(89 * 24 * time.Hour), ChainTime: at}
	var series []community.PoolPoint
	for i, v := range []int64{10, 20, 30, 40, 1240, 1250, 1260, 60, 1200, 1190} {
		series = append(series, community.PoolPoint{Block: uint64(i + 1), Balance: tokens(v)})
	}
	return &DashboardData{
		Account: wallet.Account{Name: "mei", Address: common.HexToAddress("0x00000000000000000000000000000000000000a1")},
		ETH:     tokens(9), Tokens: tokens(990), Token: tok, Embedded: true, Info: info, Status: st,
		Roster: &community.Roster{Members: []community.MemberRecord{{State: community.StateActive}, {State: community.StateActive}, {State: community.StateWaiting}}},
		Series: series,
		// Nothing in notice (TestDashboardNoticeGolden lists some).
		Notice: &claims.Notice{ChainTime: at},
	}
}

// requireHangingCovers: the policy's covered categories wrap under their
// value column, not back to the column's start.
func requireHangingCovers(t *testing.T, view string) {
	t.Helper()
	lines := strings.Split(view, "\n")
	for i, l := range lines {
		at := strings.Index(l, "cancer")
		if !strings.Contains(l, T("Covers")) || at < 0 {
			continue
		}
		col := lipgloss.Width(l[:at])
		if i+1 >= len(lines) || !strings.Contains(lines[i+1], "major-burns") {
			t.Fatalf("the covered categories do not wrap as expected:\n%s", view)
		}
		next := lines[i+1]
		if pad := len(next) - len(strings.TrimLeft(next, " ")); pad != col {
			t.Fatalf("the covered categories continue at column %d, want %d (under the first):\n%s\n%s", pad, col, l, next)
		}
		return
	}
	t.Fatalf("no Covers line:\n%s", view)
}

// The dashboard, drawn at both sizes from fixed data, and its first frame
// (before anything is loaded).
func TestDashboardGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				t.Run("loading", func(t *testing.T) { requireGolden(t, a) })
				d := a.all[0].screen.(*dashboard)
				a.Update(dashboardMsg{seq: d.seq, data: fixedDashboard()})
				requireHangingCovers(t, a.View())
				if !lineWith(a.View(), T("Public notice"), T("nothing is in public notice now")) {
					t.Errorf("the public notice does not say it is empty:\n%s", a.View())
				}
				t.Run("full", func(t *testing.T) { requireGolden(t, a) })
				a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("?")})
				t.Run("help", func(t *testing.T) {
					// r is the dashboard's own key and a global one: listed once.
					if n := strings.Count(a.View(), T("refresh")); n != 1 {
						t.Errorf("%q listed %d times in the help:\n%s", T("refresh"), n, a.View())
					}
					requireGolden(t, a)
				})
				a.Update(tea.KeyMsg{Type: tea.KeyEsc})
				nc := &DashboardData{Account: wallet.Account{Name: "mei"}, ETH: tokens(10), Tokens: tokens(1000), Token: community.Token{Symbol: "KBC", Decimals: 18}, Embedded: true, NoCommunity: true}
				a.Update(dashboardMsg{seq: d.seq, data: nc})
				a.Update(ErrorMsg{Err: &session.Error{Kind: session.KindRefused, Remedy: session.RemedyFundETH, Account: "0x00000000000000000000000000000000000000A1", Problem: "insufficient ETH for gas"}})
				t.Run("nocommunity", func(t *testing.T) { requireGolden(t, a) })
			})
		}
	})
}

// The confirm dialog as it asks: what the plan does, the notice, the fee
// and the balances.
func TestConfirmGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				tok := community.Token{Symbol: "KBC", Decimals: 18}
				plan := session.Plan{What: "Pay 1 period of dues (10 KBC) for mei", Spends: tokens(10), Token: tok}
				_, cmd := a.Update(txRequestMsg{TxRequest{Question: "Pay the dues?", Plans: []session.Plan{plan}, Notice: "Dues are contributions, not deposits: nothing is refunded on leaving."}})
				m := a.modals[0].(*confirmModal)
				_ = cmd
				q := &session.Quote{Plan: plan, From: common.HexToAddress("0x00000000000000000000000000000000000000a1"), Gas: 90000,
					Fees: chain.Fees{FeeCap: big.NewInt(2_000_000_000), Tip: big.NewInt(1_000_000_000)}, MaxFee: big.NewInt(180_000_000_000_000), ETH: tokens(9), Tokens: tokens(990)}
				a.Update(txQuotedMsg{id: m.id, acct: wallet.Account{Name: "mei"}, q: q})
				requireGolden(t, a)
			})
		}
	})
}

// waitFor waits until the program's output (from here on) has all of want.
func waitFor(t *testing.T, tm *teatest.TestModel, want ...string) {
	t.Helper()
	var seen bytes.Buffer
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		seen.Write(b)
		for _, w := range want {
			if !bytes.Contains(seen.Bytes(), []byte(w)) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(90*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}

func typeLine(tm *teatest.TestModel, s string) {
	tm.Type(s)
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
}

// The whole first run on a real embedded chain (in this process): create
// a wallet (a too-short passphrase refused at once, a wrong word asked
// again), accept the demo community, see it on the dashboard, pay dues
// through the confirm dialog (the passphrase asked in the modal; esc at
// the modal cancels the first try), and switch to a notary account.
func TestFirstRunFlow(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the embedded chain")
	}
	dir := t.TempDir()
	br := NewBridge()
	sess := session.New(br.Hooks(session.Options{DataDir: dir, NoKeyring: true, LightKDF: true}))
	defer sess.Close()
	app := New(Config{Session: sess, Bridge: br, NoSpinner: true})
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(100, 30))
	br.Attach(tm.Send)

	waitFor(t, tm, "Create a new account")
	tm.Type("c")
	typeLine(tm, "mei")
	typeLine(tm, "short")
	waitFor(t, tm, "shorter than 8")
	typeLine(tm, "mei passphrase")
	typeLine(tm, "mei passphrase")
	waitFor(t, tm, "shown once", "12. about")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Word #12")
	typeLine(tm, "abandon")
	waitFor(t, tm, "That is not word #12")
	typeLine(tm, "about")
	waitFor(t, tm, "Word #1 ")
	typeLine(tm, "abandon")
	waitFor(t, tm, "Word #6")
	typeLine(tm, "abandon")
	waitFor(t, tm, "demo community")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Pool", "30", "not a member yet", "0 active, 3 waiting")

	acct, err := sess.Account()
	if err != nil || acct.Name != "mei" {
		t.Fatalf("account %v %v", acct.Name, err)
	}
	com, err := sess.Community(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	dp, err := com.PlanDues(context.Background(), acct.Address, acct.Address, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	var plans []session.Plan
	for _, s := range dp.Steps() {
		to := s.To
		plans = append(plans, session.Plan{To: &to, Data: s.Data, Spends: s.Spends, Token: com.Token, What: "Pay dues"})
	}
	type paidMsg struct{ res TxResult }
	req := TxRequest{Question: "Pay the dues?", Plans: plans, Done: func(r TxResult) tea.Msg { return paidMsg{r} }}

	// First try: esc at the passphrase modal.
	tm.Send(txRequestMsg{req})
	waitFor(t, tm, "Fee at most", "y: send")
	tm.Type("y")
	waitFor(t, tm, "Passphrase for")
	tm.Send(tea.KeyMsg{Type: tea.KeyEsc})
	waitFor(t, tm, "Cancelled.")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})

	// Second try: the passphrase, mined.
	tm.Send(txRequestMsg{req})
	waitFor(t, tm, "y: send")
	tm.Type("y")
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, "mei passphrase")
	waitFor(t, tm, "Done: mined in block")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	st, err := com.MemberStatus(context.Background(), acct.Address)
	if err != nil || st.State != community.StateWaiting {
		t.Fatalf("after paying: %v %v", st.State, err)
	}
	tm.Send(RefreshMsg{})
	waitFor(t, tm, "waiting until")

	// Switch to the first notary, once the reloads are done (a switch
	// waits for the running job).
	waitJobs(t, tm, app)
	tm.Type("a")
	waitFor(t, tm, "Switch account", "nora")
	all, _ := sess.Accounts()
	for _, a := range all {
		if a.Name == "mei" {
			break
		}
		tm.Send(tea.KeyMsg{Type: tea.KeyDown})
	}
	// Move to the first account that is not mei.
	tm.Send(tea.KeyMsg{Type: tea.KeyUp})
	tm.Send(tea.KeyMsg{Type: tea.KeyDown})
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	var switched string
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if a, err := sess.Account(); err == nil && a.Name != "mei" {
			switched = a.Name
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if switched == "" {
		t.Fatal("the account did not switch")
	}
	waitFor(t, tm, switched, "waiting until") // the notaries joined: waiting
	tm.Type("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
	out, _ := io.ReadAll(tm.FinalOutput(t))
	if bytes.Contains(out, []byte("mei passphrase")) {
		t.Fatal("the passphrase was echoed")
	}
	_ = strings.Contains
}

// The help overlay lists a key once: a global key a screen lists too, or
// gives a meaning of its own, is left to the screen's list.
func TestHelpKeysListAKeyOnce(t *testing.T) {
	back := key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back"))
	got := helpKeys([]key.Binding{Keys.Up, Keys.Refresh, back}, Keys.globalKeys())
	var keys []string
	for _, b := range got {
		keys = append(keys, b.Help().Key)
	}
	want := []string{"tab", "shift+tab", "a", "x", "?", "q", "ctrl+c"}
	if strings.Join(keys, " ") != strings.Join(want, " ") {
		t.Fatalf("global keys beside the screen's: %v, want %v", keys, want)
	}
	if n := len(helpKeys(nil, Keys.globalKeys())); n != len(Keys.globalKeys()) {
		t.Fatalf("a screen without keys: %d global keys, want all %d", n, len(Keys.globalKeys()))
	}
}
