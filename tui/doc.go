// Package tui is huzhu's terminal interface (bubbletea v1, lipgloss v1,
// bubbles). It formats and routes; every action goes through the service
// layer the CLI uses: a *session.Session (chain, community, account,
// sender, Quote, Send) and the domain packages (community, claims,
// wallet, disclosure). No protocol logic lives here: a decision about
// keys, chain, money or evidence belongs in a service package, with a test.
//
// # Structure
//
// App is the root model. It owns the tabs (every registered Screen), a
// stack of screens pushed over them (the first run, the demo offer), the
// modals over those (passphrase, transaction confirmation, account
// switcher), the help overlay generated from the key maps, the job runner
// (one job at a time, behind a spinner, cancelled with esc), the error
// banner and the status line. cmd/huzhu/tui.go makes the session with
// Bridge.Hooks, so the session's Progress and Notify become messages and
// its Prompt opens the passphrase modal (from a job's goroutine, blocking
// until answered; esc gives the job ErrCancelled).
//
// # Adding a screen
//
// Put it in a file of its own and register it in that file's init:
//
//	func init() {
//		RegisterTab(Tab{
//			Order: 20, // dashboard 10; then pay 20, credentials 30, claim 40, my claims 50,
//			           // notary 60, elections 70, ledger 80
//			New:   func(env *Env) Screen { return &payScreen{env: env} },
//			// Visible (optional): show the tab only to some accounts.
//			Visible: func(env *Env, a wallet.Account) bool { return true },
//		})
//	}
//
// A Screen has Init() tea.Cmd, Update(tea.Msg) (Screen, tea.Cmd),
// View(width, height int) string (the body between header and status
// line; the app clips it to that size), Title() string (the tab) and
// Keys() []key.Binding (its own keys, listed by the help overlay). A
// screen typing into a field implements InputScreen (CapturesInput() bool)
// so that q, tab, a, r and ? reach the field instead of the app.
//
// Update receives the screen's keys when it is shown, and every other
// message of the program whether shown or not: ignore what is not yours,
// and tag your own messages (a sequence number) when several can be in
// flight. React to AccountChangedMsg, CommunityChangedMsg and RefreshMsg
// by reloading. ShownMsg and HiddenMsg go to one screen alone: when it
// becomes the one shown, and when it stops being it.
//
// What a screen may ask of the app, as commands:
//
//	Job(label, func(ctx context.Context) tea.Msg) // slow work: spinner, esc cancels ctx;
//	                                              // the returned msg goes to every screen
//	Background(func(ctx context.Context) tea.Msg) // a screen's own re-read of what it shows:
//	                                              // no spinner, esc stays the screen's; gives
//	                                              // way to a job (ctx cancelled). See poller:
//	                                              // ticks while shown, a failure a muted line
//	ConfirmTx(TxRequest{Question, Plans, Notice, Done}) // quote, show plan.What + fee +
//	                                              // balances, y sends (unlocking), progress,
//	                                              // result; Done(TxResult) is delivered after
//	ShowError(err)  // the banner: Describe(err), remedies worded as TUI actions
//	Notify(text)    // the status line
//	Push(screen), Pop(then tea.Msg) // a screen over the tabs, and back
//
// and from inside a job's function: env.AskSecret(prompt) for a secret
// (the passphrase modal), env.Send(msg) for progress of its own. The
// session is not safe for concurrent use: touch env.Session only inside
// a Job's or Background's function (they run one at a time), or in Update
// for quick file-only reads such as Accounts. Every user-facing string goes through T(key, args...),
// keyed by its English text; styles come from env.Styles (adaptive
// colours; NO_COLOR honoured by lipgloss), keys shared by all from Keys.
//
// # Tests
//
// Goldens (testdata/*.golden) are the App's View at 80x24 and 120x40 with
// the ASCII profile (TestMain), from fixed data (no real addresses or
// times); staticApp and runCmd drive the App without a program. Key flows
// run the program with teatest on a real embedded chain in a temp dir
// (TestFirstRunFlow): attach the Bridge to the test model's Send. Run
// go test ./tui -update to rewrite the goldens, then read the diff.
package tui
