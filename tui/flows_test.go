package tui

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

const demoPass = "mei passphrase"

// demoWorld is a data dir with the account mei and the demo community on
// the embedded chain, made without the TUI; prep runs on that setup
// session (it may send with mei's key, unlocked by a password file)
// before the app starts over the same chain connection.
type demoWorld struct {
	dir   string
	setup *session.Session
	acct  wallet.Account
	demo  *session.DemoResult
	sess  *session.Session
	tm    *teatest.TestModel
}

func newDemoWorld(t *testing.T, prep func(w *demoWorld)) *demoWorld {
	t.Helper()
	if testing.Short() {
		t.Skip("starts the embedded chain")
	}
	ctx := context.Background()
	w := &demoWorld{dir: t.TempDir()}
	pwFile := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pwFile, []byte(demoPass), 0o600); err != nil {
		t.Fatal(err)
	}
	w.setup = session.New(session.Options{DataDir: w.dir, NoKeyring: true, LightKDF: true, PasswordFile: pwFile})
	var err error
	if w.acct, err = w.setup.AddAccount(session.NewAccount{Name: "mei", Phrase: testPhrase, Passphrase: []byte(demoPass)}); err != nil {
		t.Fatal(err)
	}
	if w.demo, err = w.setup.CreateDemo(ctx, w.acct, []byte(demoPass), func(string) {}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.setup.UseAccount("mei"); err != nil {
		t.Fatal(err)
	}
	if prep != nil {
		prep(w)
	}
	conn, err := w.setup.Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	br := NewBridge()
	w.sess = session.New(br.Hooks(session.Options{DataDir: w.dir, NoKeyring: true, LightKDF: true, Account: "mei"}))
	w.sess.UseConn(conn) // the app's session closes it
	t.Cleanup(func() { w.sess.Close() })
	w.tm = teatest.NewTestModel(t, New(Config{Session: w.sess, Bridge: br, NoSpinner: true}), teatest.WithInitialTermSize(110, 34))
	br.Attach(w.tm.Send)
	return w
}

func (w *demoWorld) quit(t *testing.T) {
	w.tm.Type("q")
	w.tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
}

// waitJobs waits until every job queued so far has run: a probe job
// queued after them notes its end in the status line, which shows it
// only once no job runs.
func waitJobs(t *testing.T, tm *teatest.TestModel, app *App) {
	t.Helper()
	tm.Send(jobRequestMsg{label: "probe", fn: func(context.Context) tea.Msg {
		app.Env().Send(NotifyMsg{Text: "every job done"})
		return nil
	}})
	waitFor(t, tm, "every job done")
}

func key1(tm *teatest.TestModel, t tea.KeyType) { tm.Send(tea.KeyMsg{Type: t}) }

// Paying dues from the Pay tab on a real chain: the preview for another
// member (a renewal: the join date stays), then for oneself (a first
// payment: the waiting period, the no-refund notice), the passphrase in
// the modal, y in the confirm dialog, mined, and the status changed on
// the screen and on chain; then the sample credential unlocked, listed as
// trusted, and every fact of it shown.
func TestPayAndCredentialFlow(t *testing.T) {
	w := newDemoWorld(t, nil)
	tm := w.tm
	waitFor(t, tm, "Pool")
	tm.Send(showTabMsg{T("Pay dues")})
	waitFor(t, tm, "Cost", "120 KBC", "not a member yet", "never refunded")

	tm.Type("f")
	typeLine(tm, "nora")
	waitFor(t, tm, "nora", "The join date")
	tm.Type("f")
	for range 4 {
		key1(tm, tea.KeyBackspace)
	}
	key1(tm, tea.KeyEnter)
	waitFor(t, tm, "you (mei)", "A new membership")

	key1(tm, tea.KeyEnter)
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, demoPass)
	waitFor(t, tm, "Pay the dues?", "Fee at most", "y: send")
	tm.Type("y")
	waitFor(t, tm, "Done: mined in block")
	key1(tm, tea.KeyEnter)
	waitFor(t, tm, "Paid in block", "waiting until")

	com, err := w.setup.Community(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	st, err := com.MemberStatus(context.Background(), w.acct.Address)
	if err != nil || st.State != community.StateWaiting {
		t.Fatalf("on chain after paying: %v %v", st.State, err)
	}
	want := st.ChainTime.Add(12 * com.Params().Period)
	if d := st.CoveredUntil.Sub(want); d < -time.Minute || d > time.Minute {
		t.Fatalf("covered until %v, want about %v (12 periods)", st.CoveredUntil, want)
	}

	tm.Send(showTabMsg{T("Credentials")})
	waitFor(t, tm, "enter: unlock and list them")
	key1(tm, tea.KeyEnter)
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, demoPass)
	waitFor(t, tm, w.demo.CredentialID, "issuer trusted by the community")
	key1(tm, tea.KeyEnter)
	waitFor(t, tm, "only you see this", "diagnosis_category", "birthdate")

	// Import: text that is no credential is refused with the CLI's
	// reason; one bound to mei from an issuer the community does not
	// trust is kept and listed as such.
	dir := t.TempDir()
	bad, good := filepath.Join(dir, "bad.txt"), filepath.Join(dir, "cred.txt")
	os.WriteFile(bad, []byte("hello"), 0o600)
	mk, _ := session.KeyFromPhrase(testPhrase, "")
	holder, _ := disclosure.PublicJWK(&mk.PublicKey)
	ik, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	cred, err := disclosure.IssueMedical(ik, disclosure.MedicalCredential{Issuer: "https://elsewhere.example", Holder: holder,
		Facts: map[string]any{"hospital": "Elsewhere"}, IssuedAt: time.Now().Add(-time.Hour), Validity: 24 * time.Hour}, disclosure.IssueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(good, []byte(cred.String()), 0o600)
	key1(tm, tea.KeyEsc)
	tm.Type("i")
	typeLine(tm, bad)
	waitFor(t, tm, "Not a credential")
	tm.Type("i")
	typeLine(tm, good)
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, demoPass)
	waitFor(t, tm, "Imported credential", "elsewhere.example", "NOT trusted")
	w.quit(t)
}

// My claims on a real chain: a claim filed through the claims service
// (after dues and the waiting period, the dev clock warped) shows as
// open with no vote yet; a notary's approval arrives by itself (the
// screen polls while a claim is open); the details name the voter; the
// second approval puts it in public notice (the screen says until when,
// and offers no settle). Past the notice (the dev clock warped) the
// screen, still polling, shows it first in the payout queue with s; s is
// refused while the pool is short (the contract's reason on the screen),
// and once dues arrive, s settles it (confirm, passphrase, mined) and it
// shows paid.
func TestMyClaimsFlow(t *testing.T) {
	claimsPoll = 200 * time.Millisecond
	defer func() { claimsPoll = 3 * time.Second }()
	var svc *claims.Service
	var id uint64
	w := newDemoWorld(t, func(w *demoWorld) {
		ctx := context.Background()
		s := w.setup
		com, err := s.Community(ctx)
		if err != nil {
			t.Fatal(err)
		}
		snd, acct, err := s.Sender(ctx)
		if err != nil {
			t.Fatal(err)
		}
		plan, err := com.PlanDues(ctx, acct.Address, acct.Address, 12, snd.Key)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range plan.Steps() {
			to := st.To
			q, err := s.Quote(ctx, acct.Address, session.Plan{To: &to, Data: st.Data, Spends: st.Spends, Token: com.Token})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Send(ctx, snd, q); err != nil {
				t.Fatal(err)
			}
		}
		conn, _ := s.Chain(ctx)
		if _, err := chain.Warp(ctx, conn.RPC, com.Params().Waiting+2*24*time.Hour); err != nil {
			t.Fatal(err)
		}
		if svc, err = claims.New(ctx, conn, com); err != nil {
			t.Fatal(err)
		}
		sc, err := wallet.NewCredentialStore(w.dir).Get(acct, snd.Key, w.demo.CredentialID)
		if err != nil {
			t.Fatal(err)
		}
		d, err := svc.Prepare(ctx, claims.Request{Key: snd.Key, Credential: sc.SDJWT, CredentialID: sc.ID, Amount: tokens(1000)})
		if err != nil {
			t.Fatal(err)
		}
		sealed, err := d.Seal(ctx)
		if err != nil {
			t.Fatal(err)
		}
		q, err := s.Quote(ctx, acct.Address, sealed.Plan)
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Send(ctx, snd, q)
		if err != nil {
			t.Fatal(err)
		}
		id = svc.ClaimIDs(r)[0]
	})
	tm := w.tm
	waitFor(t, tm, "Pool")
	tm.Send(showTabMsg{T("My claims")})
	waitFor(t, tm, "1000 KBC", "open: 0 of the 2 approvals needed, 0 rejected so far")

	// The first notary approves, outside the app.
	ctx := context.Background()
	nora, ning, nils := w.demo.Notaries[0], w.demo.Notaries[1], w.demo.Notaries[2]
	approve := func(n wallet.Account) {
		t.Helper()
		if _, err := w.setup.UseAccount(n.Name); err != nil {
			t.Fatal(err)
		}
		nsnd, _, err := w.setup.Sender(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ks := wallet.NewNotaryKeyStore(w.dir)
		infos, err := ks.List(n.Address)
		if err != nil {
			t.Fatal(err)
		}
		var keys []*disclosure.NotaryKey
		for _, info := range infos {
			k, err := ks.Open(nsnd.Key, info)
			if err != nil {
				t.Fatal(err)
			}
			keys = append(keys, k)
		}
		plan, err := svc.Approve(ctx, id, n.Address, keys, false)
		if err != nil {
			t.Fatal(err)
		}
		q, err := w.setup.Quote(ctx, n.Address, plan)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.setup.Send(ctx, nsnd, q); err != nil {
			t.Fatal(err)
		}
	}
	approve(nora)
	waitFor(t, tm, "open: 1 of the 2 approvals needed")
	key1(tm, tea.KeyEnter)
	waitFor(t, tm, "Claim 1", "approve", nora.Name)
	key1(tm, tea.KeyEsc)

	// The second approval decides it: approved, in public notice.
	approve(ning)
	waitFor(t, tm, "approved, in public notice until")
	com, _ := w.setup.Community(ctx)
	if c, err := svc.Show(ctx, id); err != nil || c.Status != claims.StatusApproved || c.Paid != nil {
		t.Fatalf("after the second approval: %+v %v", c, err)
	}
	// Past the notice: first in the payout queue, settled by anyone; but
	// the pool (the dues paid so far) cannot pay 1000 KBC: s is refused
	// with the contract's reason. nils pays dues for 90 periods; then mei
	// settles from the screen and sees it paid.
	conn, _ := w.setup.Chain(ctx)
	if _, err := chain.Warp(ctx, conn.RPC, com.Params().Notice+time.Minute); err != nil {
		t.Fatal(err)
	}
	waitFor(t, tm, "approved, its notice over: place 1 in the payout queue", "s: settle")
	tm.Type("s")
	waitFor(t, tm, "the next queued claim needs")
	if _, err := w.setup.UseAccount(nils.Name); err != nil {
		t.Fatal(err)
	}
	snd, acct, err := w.setup.Sender(ctx)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := com.PlanDues(ctx, acct.Address, acct.Address, 90, snd.Key)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range plan.Steps() {
		to := st.To
		q, err := w.setup.Quote(ctx, acct.Address, session.Plan{To: &to, Data: st.Data, Spends: st.Spends, Token: com.Token})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.setup.Send(ctx, snd, q); err != nil {
			t.Fatal(err)
		}
	}
	tm.Type("s")
	waitFor(t, tm, "Pay the approved claims whose public notice has ended?", "y: send")
	tm.Type("y")
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, demoPass)
	waitFor(t, tm, "Done: mined in block")
	key1(tm, tea.KeyEnter)
	waitFor(t, tm, "paid 1000 KBC")
	w.quit(t)
}
