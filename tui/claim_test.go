package tui

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

var fixedAt = time.Date(2027, 5, 26, 9, 30, 0, 0, time.UTC)

func kbc() community.Token {
	return community.Token{Address: common.HexToAddress("0xcc"), Symbol: "KBC", Decimals: 18}
}

// fixedCredential is the demo's sample credential with fixed values.
func fixedCredential() CredentialChoice {
	facts := map[string]any{
		"given_name": "Mei", "family_name": "Demo", "birthdate": "1980-05-17", "national_id": "320102198005170000",
		"phone_number": "+86-139-0000-0000", "address": map[string]any{"locality": "Yangzhou", "country": "CN"},
		"event_id": "6leeZSvQK-L1132p-3SX5A", "diagnosis_code": "I63.9", "diagnosis_category": "stroke", "diagnosis_date": "2027-05-25",
		"hospital": "Demo Hospital", "treatment_cost": "1200", "currency": "CNY", "physician": "Dr. Demo",
		"notes": "sample credential of the demo community", "procedures": []any{"CT scan", "thrombolysis"},
	}
	return CredentialChoice{ID: "3f9a2c41d7e0b8aa55", Issuer: "https://demo-hospital.example", Type: disclosure.MedicalVCT, Imported: fixedAt, Facts: factsInOrder(facts),
		Always: fixedAlways()}
}

// fixedAlways is what the fixed credential shows whatever is disclosed:
// its issuer, dates, type and the wallet it is bound to.
func fixedAlways() []disclosure.Fact {
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	hj, _ := disclosure.PublicJWK(&key.PublicKey)
	return []disclosure.Fact{{Name: "iss", Value: "https://demo-hospital.example"}, {Name: "iat", Value: json.Number("1811323800")},
		{Name: "exp", Value: json.Number("1842859800")}, {Name: "vct", Value: disclosure.MedicalVCT}, {Name: "cnf", Value: map[string]any{"jwk": hj}}}
}

// The claim screen says, apart from the facts the member shows or hides,
// what every notary sees whatever is chosen: the issuer (so hiding the
// hospital fact does not hide the hospital), the dates, the type and the
// wallet; so does the notice of the prepared claim. It listed "hospital"
// among the hidden facts and said nothing of them.
func TestClaimPreviewSaysWhatIsAlwaysShown(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		a := staticApp(t, t.TempDir(), 120, 40)
		a.account = wallet.Account{Name: "mei"}
		i, c := tabOf[*claimScreen](a)
		a.active = i
		a.Update(claimCredsMsg{seq: c.seq, acct: a.account, creds: []CredentialChoice{fixedCredential()}, ctx: fixedClaimContext()})
		press(a, "enter")
		always := say(disclosure.AlwaysShown(fixedAlways()))
		// Compared without spaces: the view wraps it (and Chinese text
		// loses a space where it breaks between two characters).
		bare := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if v := a.View(); !strings.Contains(bare(v), bare(always)) {
			t.Fatalf("the claim screen does not say %q:\n%s", always, v)
		}
		d := &claims.Draft{Term: 1, Notaries: make([]claims.Notary, 3), IssuerTrusted: true,
			Preview: disclosure.Preview{Always: fixedAlways(), Reveal: []disclosure.Fact{{Name: "event_id"}}, Hide: []string{"hospital"}}}
		if n := draftNotice(d, kbc()); !strings.Contains(n, always) {
			t.Fatalf("the prepared claim's notice does not say what is always shown:\n%s", n)
		}
	})
}

func fixedClaimContext() ClaimContext {
	return ClaimContext{Required: disclosure.RequiredFacts, Term: 1, Notaries: 3, Token: kbc(), Cap: tokens(5000), Quorum: 2}
}

func tabOf[S Screen](a *App) (int, S) {
	for i, t := range a.all {
		if s, ok := t.screen.(S); ok {
			return i, s
		}
	}
	var zero S
	return -1, zero
}

// press is in vote_test.go.

// tabShown reports whether the account sees the tab titled title (the
// header may leave it out of a narrow window).
func tabShown(a *App, title string) bool {
	for _, v := range a.visible() {
		if a.all[v].screen.Title() == T(title) {
			return true
		}
	}
	return false
}

// The disclosure screen from fixed data: every fact listed, the required
// ones locked on, the rest off; a toggled optional fact moves from the
// hidden count to the seen one; a required one does not toggle.
func TestClaimDisclosureGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				i, c := tabOf[*claimScreen](a)
				a.active = i
				t.Run("intro", func(t *testing.T) { requireGolden(t, a) })
				a.Update(claimCredsMsg{seq: c.seq, acct: a.account, creds: []CredentialChoice{fixedCredential()}, ctx: fixedClaimContext()})
				t.Run("pick", func(t *testing.T) { requireGolden(t, a) })
				press(a, "enter")
				v := a.View()
				if !strings.Contains(v, T("These %d facts will be seen by the %d notaries of term %d; these %d stay hidden.", 5, 3, 1, 11)) {
					t.Fatalf("no N/M sentence with everything optional off:\n%s", v)
				}
				t.Run("off", func(t *testing.T) { requireGolden(t, a) })
				// A required fact (event_id, the 7th) does not toggle off.
				press(a, "down", "down", "down", "down", "down", "down", "space")
				if v := a.View(); !strings.Contains(v, T("These %d facts will be seen by the %d notaries of term %d; these %d stay hidden.", 5, 3, 1, 11)) || !strings.Contains(a.statusLine(), inLang("required", "社区规则要求")) {
					t.Fatalf("a required fact toggled, or no word why:\n%s\n%s", v, a.statusLine())
				}
				// hospital, the 11th, on.
				press(a, "down", "down", "down", "down", "space")
				if got := c.chosen(); len(got) != 1 || got[0] != "hospital" {
					t.Fatalf("chosen %v", got)
				}
				if v := a.View(); !strings.Contains(v, T("These %d facts will be seen by the %d notaries of term %d; these %d stay hidden.", 6, 3, 1, 10)) {
					t.Fatalf("the sentence did not follow the toggle:\n%s", v)
				}
				t.Run("on", func(t *testing.T) { requireGolden(t, a) })
				press(a, "enter", "q", "enter")
				if v := a.View(); !strings.Contains(v, `"q" is not an amount`) {
					t.Fatalf("a bad amount not refused at once:\n%s", v)
				}
				t.Run("badamount", func(t *testing.T) { requireGolden(t, a) })
				press(a, "space") // typed into the field, not a toggle
				if got := c.chosen(); len(got) != 1 {
					t.Fatalf("space toggled while typing: %v", got)
				}
				// Filed: the live status, with an approval and a rejection
				// whose reason is sealed (My claims opens it).
				c.stage = claimStatus
				cl := fixedDesk().Queue[0].Claim
				cl.ID, cl.Approvals, cl.Rejections = 1, 1, 1
				cl.Votes = []claims.Vote{{Notary: common.HexToAddress("0xb1"), Approve: true},
					{Notary: common.HexToAddress("0xb2"), Sealed: [32]byte{7}}}
				a.Update(claimShownMsg{seq: c.seq, claim: &cl, quor: 2, now: fixedAt})
				if v := a.View(); !strings.Contains(v, T("open: %d of the %d approvals needed, %d rejected so far", 1, 2, 1)) ||
					!strings.Contains(v, T("reason sealed: My claims opens it with your key (o)")) || strings.Contains(v, "reason-0") {
					t.Fatalf("status:\n%s", v)
				}
				t.Run("status", func(t *testing.T) { requireGolden(t, a) })
			})
		}
	})
}

func fixedDesk() *DeskData {
	mem := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	w := func(id uint64, amt int64, left time.Duration, approvals int) claims.Waiting {
		return claims.Waiting{Claim: claims.Claim{ID: id, Member: mem, Amount: tokens(amt), Term: 1, Voters: 3, Approvals: approvals,
			SubmittedAt: fixedAt, ReviewEndsAt: fixedAt.Add(7 * 24 * time.Hour), Status: claims.StatusOpen}, Left: left}
	}
	return &DeskData{Account: wallet.Account{Name: "nora", Address: common.HexToAddress("0x00000000000000000000000000000000000000b1")},
		Term: 1, Seated: true, Token: kbc(), Quorum: 2,
		Queue: []claims.Waiting{w(3, 25, 26*time.Hour, 1), w(4, 1200, 6*24*time.Hour+5*time.Hour, 0)}}
}

func fixedReview(fail bool) *claims.Review {
	d := fixedDesk()
	// The lines as the disclosure package words them (i18n.Say), so that
	// each language shows its own.
	ck := func(id, title string, pass bool, format string, args ...any) disclosure.Check {
		t := i18n.Say(format, args...)
		return disclosure.Check{ID: id, Title: title, Pass: pass, Reason: t.String(), Text: t}
	}
	checks := []disclosure.Check{
		ck(disclosure.CheckIssuerSignature, "Issuer signature", true, "signed by %s, every disclosure checks out", "NbRrnQ4Tx6…"),
		ck(disclosure.CheckIssuerTrusted, "Issuer trusted", true, "key %s belongs to issuer %s, trusted in the community's registry", "NbRrnQ4Tx6…", "NbRrnQ4Tx6…"),
		ck(disclosure.CheckNotExpired, "Not expired", true, "valid until %s, claim filed %s", "2028-05-26", "2027-05-26"),
		ck(disclosure.CheckHolderBinding, "Holder binding", true, "cnf.jwk is %s, the claimant is %s", "0x90F7…b906", "0x90F7…b906"),
		ck(disclosure.CheckKeyBinding, "Key binding", true, "signed by the holder for %s and this claim", "eip155:1337:0x3Df9…1f49"),
		ck(disclosure.CheckRequiredFacts, "Required facts", true, "all %d required facts are disclosed", 5),
		ck(disclosure.CheckCategory, "Category covered", true, "%q; covered: %s", "stroke", "cancer, stroke"),
		ck(disclosure.CheckDiagnosisDate, "Diagnosis date", true, "diagnosed %s (the UTC day); eligible from %s; covered until %s (exclusive); filed %s",
			"2027-05-25", "2027-02-26 03:01:14 UTC", "2027-11-23 03:01:14 UTC", "2027-05-26"),
		ck(disclosure.CheckAmount, "Amount", true, "%s", i18n.Say("asks %s; treatment cost %s %s; cap %s", "25", "1200", "CNY", "5000")),
		// v2's lines, added by claims.Review: the issuer identity tied to
		// the credential's iss, and the notaries the claim was sealed to
		// (one key unusable, named).
		ck(disclosure.CheckIssuerIdentity, "Issuer identity tied to the credential's iss", true, "issuer %s, tied to %q", "NbRrnQ4Tx6…", "https://demo-hospital.example"),
		ck(disclosure.CheckSealedToAll, "Sealed to every notary of the term", true,
			"sealed to the %d notaries of the term; the key of %s could not be sealed to (its slot is random bytes: they cannot read the claim)", 3, "0x00000000000000000000000000000000000000b3"),
	}
	if fail {
		checks[6] = ck(disclosure.CheckCategory, "Category covered", false, "%q; covered: %s", "cosmetic", "cancer, stroke")
	}
	rv := &claims.Review{Claim: d.Queue[0].Claim, Checks: checks, Issuer: "https://demo-hospital.example", Unusable: []common.Address{addrNils},
		Disclosed: []disclosure.Fact{{Name: "event_id", Value: "6leeZSvQK-L1132p-3SX5A"}, {Name: "diagnosis_category", Value: "stroke"},
			{Name: "diagnosis_date", Value: "2027-05-25"}, {Name: "hospital", Value: "Demo Hospital"}, {Name: "treatment_cost", Value: "1200"}, {Name: "currency", Value: "CNY"}}}
	rv.Suggested = claims.SuggestReason(checks)
	return rv
}

// The desk from fixed data: the queue; a claim's checklist with every
// check passing and the disclosed facts under the health-data warning;
// one with a failed check, its reject form with the suggested reason
// chosen and the public-forever warning; the despite question.
func TestNotaryDeskGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				d := fixedDesk()
				a.account = d.Account
				i, desk := tabOf[*desk](a)
				if tabShown(a, "Notary desk") {
					t.Fatal("the desk shows before the account is known to be a notary")
				}
				none := *d
				none.Seated, none.Queue = false, nil
				a.Update(deskMsg{seq: desk.seq, data: &none})
				if tabShown(a, "Notary desk") {
					t.Fatal("the desk shows to an account without a seat or claims to vote on")
				}
				earlier := none
				earlier.Queue = d.Queue
				a.Update(deskMsg{seq: desk.seq, data: &earlier})
				if !tabShown(a, "Notary desk") {
					t.Fatal("the desk does not show to a notary of an earlier term with claims to vote on")
				}
				a.Update(deskMsg{seq: desk.seq, data: d})
				if !tabShown(a, "Notary desk") {
					t.Fatal("the desk does not show for a seated notary")
				}
				a.active = i
				t.Run("queue", func(t *testing.T) { requireGolden(t, a) })

				a.Update(pushMsg{newChecklist(a.env, desk, fixedReview(false), d.Token)})
				// The whole checklist (the window shows its top, scrolling).
				v := renderChecklist(a.env.Styles, fixedReview(false), d.Token, sz.w)
				if strings.Count(v, T("PASS")+" ") != 11 || strings.Contains(v, T("FAIL")+" ") || !strings.Contains(v, inLang("HEALTH DATA", "健康数据")) ||
					!strings.Contains(v, inLang("every disclosure checks", "每项披露均核对无误")) ||
					!strings.Contains(v, inLang("Issuer identity", "签发机构身份")) || !strings.Contains(v, inLang("Sealed to every notary", "已加密给本届")) {
					t.Fatalf("checklist:\n%s", v)
				}
				t.Run("checklist", func(t *testing.T) { requireGolden(t, a) })
				press(a, "esc")

				a.Update(pushMsg{newChecklist(a.env, desk, fixedReview(true), d.Token)})
				t.Run("checklistfail", func(t *testing.T) { requireGolden(t, a) })
				press(a, "d")
				if v := oneLine(a.View()); !strings.Contains(v, "> 2 not-covered") || !strings.Contains(v, inLang("SEALED to the claimant", "加密给申请人")) ||
					strings.Contains(v, inLang("PUBLIC", "公开在链上")) {
					t.Fatalf("reject form without the suggested reason or the sealed warning:\n%s", a.View())
				}
				t.Run("reject", func(t *testing.T) { requireGolden(t, a) })
				press(a, "enter")
				a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("缺", 100))})
				if v := a.View(); !strings.Contains(v, inLang("300 bytes", "备注为 300 字节；备注最多 280 字节。")) {
					t.Fatalf("a note too long not refused at once:\n%s", v)
				}
				// A note that repeats a disclosed fact: the service refuses
				// it (claims.ErrNote), said under the note, which stays.
				cl := a.stack[len(a.stack)-1].(*checklist)
				cl.note.SetValue("not a stroke")
				a.Update(votePlanMsg{seq: cl.seq, reason: claims.ReasonNotCovered, note: "not a stroke", err: &session.Error{Kind: session.KindInvalid,
					Text: i18n.Say("the note repeats something the claim discloses; say why the claim fails, never what its evidence says"), Err: claims.ErrNote}})
				if v := oneLine(a.View()); cl.mode != checkNote || !strings.Contains(v, T("Not sent: %s", "")) ||
					!strings.Contains(v, inLang("The note repeats something the claim discloses", "")) || len(a.modals) != 0 {
					t.Fatalf("the refused note is not said under it (mode %d):\n%s", cl.mode, a.View())
				}
				t.Run("noterefused", func(t *testing.T) { requireGolden(t, a) })
				press(a, "backspace")
				if strings.Contains(a.View(), T("Not sent: %s", "")) {
					t.Fatalf("the refusal stays after the note is edited:\n%s", a.View())
				}
				press(a, "esc", "esc")
				a.Update(votePlanMsg{seq: cl.seq, approve: true, err: &session.Error{Kind: session.KindRefused, Problem: "fails",
					Err: &claims.ChecksFailedError{Claim: 3, Checks: []string{disclosure.CheckCategory}}}})
				t.Run("despite", func(t *testing.T) { requireGolden(t, a) })
				// An envelope that does not open is never offered "despite".
				a.Update(votePlanMsg{seq: cl.seq, approve: true, err: &session.Error{Kind: session.KindRefused, Problem: "claim 3 is not sealed to any HPKE key kept here", Err: claims.ErrEnvelope}})
				press(a, "esc")
				a.Update(votePlanMsg{seq: cl.seq, approve: true, err: &session.Error{Kind: session.KindRefused, Problem: "claim 3 is not sealed to any HPKE key kept here", Err: claims.ErrEnvelope}})
				if v := a.View(); strings.Contains(v, "Y: "+T("approve despite the failed checks")) || !strings.Contains(v, "not sealed to any HPKE key") {
					t.Fatalf("an unreadable envelope offered an override, or no sentence:\n%s", v)
				}
			})
		}
	})
}

// ---------------------------------------------------------------- on a real chain

const flowPass = "mei passphrase"

// claimChain makes a data dir with mei, the demo community, mei a member
// for four periods (and each of members, demo accounts, renewed for four
// more), and the clock past her waiting period and the demo credential's
// diagnosis date.
func claimChain(t *testing.T, dir string, members ...string) {
	t.Helper()
	ctx := context.Background()
	sess := testSession(dir)
	defer sess.Close()
	key, _ := crypto.GenerateKey()
	acct, _, err := sess.Wallet().Add(key, []byte(flowPass), wallet.AddOptions{Name: "mei"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sess.CreateDemo(ctx, acct, []byte(flowPass), nil); err != nil {
		t.Fatal(err)
	}
	conn, err := sess.Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	com, err := sess.Community(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dp, err := com.PlanDues(ctx, acct.Address, acct.Address, 4, nil)
	if err != nil {
		t.Fatal(err)
	}
	snd := &wallet.Sender{Backend: conn, Key: key, Journal: wallet.NewJournal(dir)}
	for _, s := range dp.Steps() {
		to := s.To
		q, err := sess.Quote(ctx, acct.Address, session.Plan{To: &to, Data: s.Data, Spends: s.Spends, Token: com.Token, What: "dues"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := sess.Send(ctx, snd, q); err != nil {
			t.Fatal(err)
		}
	}
	if len(members) > 0 {
		pf := filepath.Join(t.TempDir(), "pass")
		if err := os.WriteFile(pf, []byte(flowPass), 0o600); err != nil {
			t.Fatal(err)
		}
		as := session.New(session.Options{DataDir: dir, NoKeyring: true, LightKDF: true, PasswordFile: pf})
		for _, name := range members {
			a, err := as.Wallet().Get(name)
			if err != nil {
				t.Fatal(err)
			}
			k, err := as.Key(a)
			if err != nil {
				t.Fatal(err)
			}
			dp, err := com.PlanDues(ctx, a.Address, a.Address, 4, k)
			if err != nil {
				t.Fatal(err)
			}
			ms := &wallet.Sender{Backend: conn, Key: k, Journal: wallet.NewJournal(dir)}
			for _, s := range dp.Steps() {
				to := s.To
				q, err := sess.Quote(ctx, a.Address, session.Plan{To: &to, Data: s.Data, Spends: s.Spends, Token: com.Token, What: "dues"})
				if err != nil {
					t.Fatal(err)
				}
				if _, err := sess.Send(ctx, ms, q); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if _, err := chain.Warp(ctx, conn.RPC, 93*24*time.Hour); err != nil {
		t.Fatal(err)
	}
}

// claimFlow is the program on a claimChain, with the test's own view of
// the chain (sharing the program's connection; the session is the
// program's alone).
type claimFlow struct {
	t     *testing.T
	tm    *teatest.TestModel
	app   *App
	svc   *claims.Service
	com   *community.Community
	conn  *chain.Conn
	accts []wallet.Account
	index map[string]int
	cur   string
	term  string
	// dir is the data dir; termNo the notaries' term (the demo's first).
	dir    string
	termNo uint32
}

func startClaimFlow(t *testing.T, members ...string) *claimFlow {
	t.Helper()
	if testing.Short() {
		t.Skip("starts the embedded chain")
	}
	dir := t.TempDir()
	claimChain(t, dir, members...)
	ctx := context.Background()
	reader := testSession(dir)
	conn, err := reader.Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { reader.Close() })
	br := NewBridge()
	sess := session.New(br.Hooks(session.Options{DataDir: dir, NoKeyring: true, LightKDF: true, Account: "mei"}))
	sess.UseConn(conn)
	f := &claimFlow{t: t, conn: conn, cur: "mei", index: map[string]int{}, dir: dir}
	if f.com, err = reader.Community(ctx); err != nil {
		t.Fatal(err)
	}
	if f.svc, err = claims.New(ctx, conn, f.com); err != nil {
		t.Fatal(err)
	}
	info, err := f.com.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	f.term = fmt.Sprintf("the 3 notaries of term %d", info.Term)
	f.termNo = info.Term
	f.accts, _ = sess.Accounts()
	for i, a := range f.accts {
		f.index[a.Name] = i
	}
	f.app = New(Config{Session: sess, Bridge: br, NoSpinner: true})
	f.tm = teatest.NewTestModel(t, f.app, teatest.WithInitialTermSize(120, 40))
	br.Attach(f.tm.Send)
	waitFor(t, f.tm, "active") // the dashboard: mei is past her waiting period
	return f
}

func (f *claimFlow) addr(name string) common.Address { return f.accts[f.index[name]].Address }

func (f *claimFlow) key(k tea.KeyType) { f.tm.Send(tea.KeyMsg{Type: k}) }

// file files a claim for amount from the claim tab (mei, on the
// dashboard), with hospital shown when withHospital.
func (f *claimFlow) file(amount string, withHospital bool) {
	t, tm := f.t, f.tm
	t.Helper()
	f.tm.Send(showTabMsg{T("File a claim")})
	waitFor(t, tm, "enter: open your credentials")
	f.key(tea.KeyEnter)
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, flowPass)
	waitFor(t, tm, "Choose a credential")
	f.key(tea.KeyEnter)
	waitFor(t, tm, "These 5 facts will be seen by "+f.term+"; these 11 stay hidden.")
	if withHospital {
		for range 10 { // to hospital
			f.key(tea.KeyDown)
		}
		tm.Send(tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
		waitFor(t, tm, "These 6 facts will be seen by "+f.term+"; these 10 stay hidden.")
	}
	f.key(tea.KeyEnter)
	// Above the treatment cost (1200 CNY): the service's refusal, in place.
	typeLine(tm, "2000")
	waitFor(t, tm, "above the treatment cost")
	for range 4 {
		f.key(tea.KeyBackspace)
	}
	typeLine(tm, amount)
	waitFor(t, tm, "File this claim?", "sealed to the 3 notaries", "y: send")
	tm.Type("y") // no second passphrase: the sender unlocked for the credentials sends
	waitFor(t, tm, "Done: mined in block")
	f.key(tea.KeyEnter)
	waitFor(t, tm, "Claim 1", "open: 0 of the 2 approvals needed")
}

// switchTo switches the app to the account name (a in the app).
func (f *claimFlow) switchTo(name string) {
	t, tm := f.t, f.tm
	t.Helper()
	from := f.index[f.cur]
	f.cur = name
	tm.Type("a")
	waitFor(t, tm, "Switch account")
	for i := from; i < f.index[name]; i++ {
		f.key(tea.KeyDown)
	}
	for i := from; i > f.index[name]; i-- {
		f.key(tea.KeyUp)
	}
	f.key(tea.KeyEnter)
}

// review switches to the notary name, goes to the desk with toDesk (from
// the tab the switch leaves the app on) and opens the claim.
func (f *claimFlow) review(name string, more ...string) {
	t, tm := f.t, f.tm
	t.Helper()
	f.switchTo(name)
	deadline := time.Now().Add(60 * time.Second)
	for !deskSeats.get(f.app.env, f.addr(name)) {
		if time.Now().After(deadline) {
			t.Fatalf("the desk did not show for %s", name)
		}
		time.Sleep(20 * time.Millisecond)
	}
	f.tm.Send(showTabMsg{T("Notary desk")})
	waitFor(t, tm, "Claims waiting for your vote", "25 KBC")
	f.key(tea.KeyEnter)
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, flowPass)
	waitFor(t, tm, append([]string{"HEALTH DATA", "Every check passes."}, more...)...)
}

// vote confirms the vote the checklist planned.
func (f *claimFlow) vote(question string, more ...string) {
	t, tm := f.t, f.tm
	t.Helper()
	waitFor(t, tm, append([]string{question, "y: send"}, more...)...)
	tm.Type("y")
	waitFor(t, tm, "Done: mined in block")
	f.key(tea.KeyEnter)
	waitFor(t, tm, "was mined in block")
}

// confirm says yes to the confirm dialog asking question (with more),
// types the passphrase it asks and closes it once mined.
func (f *claimFlow) confirm(question string, more ...string) {
	t, tm := f.t, f.tm
	t.Helper()
	waitFor(t, tm, append([]string{question, "y: send"}, more...)...)
	tm.Type("y")
	waitFor(t, tm, "Passphrase for")
	typeLine(tm, flowPass)
	waitFor(t, tm, "Done: mined in block")
	f.key(tea.KeyEnter)
}

// key of the account name, unlocked from the data dir with the flows'
// passphrase (a session of the test's own, with a password file).
func (f *claimFlow) privateKey(name string) *ecdsa.PrivateKey {
	f.t.Helper()
	pf := filepath.Join(f.t.TempDir(), "pass")
	if err := os.WriteFile(pf, []byte(flowPass), 0o600); err != nil {
		f.t.Fatal(err)
	}
	s := session.New(session.Options{DataDir: f.dir, NoKeyring: true, LightKDF: true, PasswordFile: pf})
	k, err := s.Key(f.accts[f.index[name]])
	if err != nil {
		f.t.Fatal(err)
	}
	return k
}

// chainNow is the chain's time.
func (f *claimFlow) chainNow() time.Time {
	f.t.Helper()
	now, err := community.ChainTime(context.Background(), f.conn)
	if err != nil {
		f.t.Fatal(err)
	}
	return now
}

func (f *claimFlow) quit() {
	f.tm.Type("q")
	f.tm.WaitFinished(f.t, teatest.WithFinalTimeout(10*time.Second))
}

// From the claim tab to the payout, on the embedded chain: mei opens her
// credentials (the passphrase asked in the modal), turns one optional
// fact on, is refused an amount above the cost, asks 25 KBC, confirms
// the sealed plan (no second passphrase) and sees her claim open; the
// chain lists it. Then nora's desk shows the claim, its checklist passes
// with hospital among the disclosed facts, nora approves; ning approves:
// the claim is approved but not paid, in public notice for the
// community's notice window. mei sees it on the dashboard's notice list
// with its board's recall count, signs the board's recall from the
// elections tab (confirmed, on chain: 1 signature, the board not
// recalled), sees it in notice on My claims; once the chain's clock is
// past the notice, s settles it and it is paid: mei has the 25 KBC.
func TestClaimAndApproveFlow(t *testing.T) {
	f := startClaimFlow(t)
	ctx := context.Background()
	mei := f.addr("mei")
	f.file("25", true)
	list, err := f.svc.List(ctx, &mei)
	if err != nil || len(list) != 1 || list[0].Status != claims.StatusOpen || list[0].Amount.Cmp(tokens(25)) != 0 {
		t.Fatalf("the chain's claims of mei: %+v %v", list, err)
	}
	before, err := f.com.Token.BalanceOf(ctx, f.conn, mei)
	if err != nil {
		t.Fatal(err)
	}

	f.review("nora", "hospital", "Demo Hospital")
	f.tm.Type("a")
	f.vote("Approve this claim?")
	if c, err := f.svc.Show(ctx, 1); err != nil || c.Approvals != 1 || c.Status != claims.StatusOpen {
		t.Fatalf("after nora: %+v %v", c, err)
	}
	f.review("ning")
	f.tm.Type("a")
	f.vote("Approve this claim?")
	notice := f.com.Params().Notice
	c, err := f.svc.Show(ctx, 1)
	if err != nil || c.Status != claims.StatusApproved || !c.InNotice(f.chainNow()) || c.Paid != nil || c.NoticeEndsAt.Sub(c.ApprovedAt) != notice {
		t.Fatalf("after ning, want approved and in notice for %s, not paid: %+v %v", notice, c, err)
	}
	if bal, err := f.com.Token.BalanceOf(ctx, f.conn, mei); err != nil || bal.Cmp(before) != 0 {
		t.Fatalf("mei was paid during the notice: %v before %v (%v)", bal, before, err)
	}

	// mei: the dashboard lists it in notice, with the recall count of
	// its board; she signs the recall on the elections tab.
	needed := f.com.Params().RecallSignatures
	f.switchTo("mei")
	f.tm.Send(showTabMsg{T("Dashboard")})
	waitFor(t, f.tm, "Public notice", fmt.Sprintf("recall: 0 of %d signatures", needed), "#1", "25 KBC", shortAddr(mei.Hex()), "2 approvals", "left")
	f.tm.Send(showTabMsg{T("Elections")})
	waitFor(t, f.tm, fmt.Sprintf("term %d: 0 of %d signatures, open until", f.termNo, needed), "R: sign a recall")
	f.tm.Type("R")
	f.confirm("Sign the recall?", fmt.Sprintf("signs the recall of term %d's board", f.termNo), fmt.Sprintf("Once %d members have signed", needed))
	waitFor(t, f.tm, fmt.Sprintf("You signed the recall of term %d's board.", f.termNo), fmt.Sprintf("term %d: 1 of %d signatures", f.termNo, needed), "yours")
	if r, err := f.com.Recall(ctx, f.termNo, mei); err != nil || !r.Signed || r.Signatures != 1 || !r.RecalledAt.IsZero() {
		t.Fatalf("the recall on chain: %+v %v", r, err)
	}

	// My claims: in notice; past it, s settles and it is paid.
	f.tm.Send(showTabMsg{T("My claims")})
	waitFor(t, f.tm, "approved, in public notice until")
	if _, err := chain.Warp(ctx, f.conn.RPC, notice+time.Minute); err != nil {
		t.Fatal(err)
	}
	f.tm.Type("r")
	waitFor(t, f.tm, "approved, its notice over", "s: settle")
	f.tm.Type("s")
	f.confirm("Pay the approved claims whose public notice has ended?")
	waitFor(t, f.tm, "paid 25 KBC")
	c, err = f.svc.Show(ctx, 1)
	if err != nil || c.Status != claims.StatusPaid || c.Paid == nil || c.Paid.Cmp(tokens(25)) != 0 {
		t.Fatalf("after the settle: %+v %v", c, err)
	}
	bal, err := f.com.Token.BalanceOf(ctx, f.conn, mei)
	if err != nil || new(big.Int).Sub(bal, before).Cmp(tokens(25)) != 0 {
		t.Fatalf("mei's balance %v before %v: %v", bal, before, err)
	}
	f.quit()
}

// Rejections from the desk, on the embedded chain: nora rejects with the
// reason "other" (chosen when every check passes), told it is sealed to
// the claimant and the term's notaries; a note repeating a disclosed
// fact ("stroke") is refused under the note and nothing is sent; the note
// she types instead is sealed: the chain holds its hash, the transaction
// not its text. ning rejects with another reason and no note: the claim
// is rejected. mei opens the sealed reasons on My claims with her key
// (asked in the modal) and reads both; so does the service with her key.
func TestClaimRejectFlow(t *testing.T) {
	f := startClaimFlow(t)
	ctx := context.Background()
	f.file("25", false)
	f.review("nora")
	f.tm.Type("d")
	waitFor(t, f.tm, "> 7 other", "SEALED to the claimant")
	f.key(tea.KeyEnter)
	typeLine(f.tm, "not a stroke")
	waitFor(t, f.tm, "Not sent:", "repeats something the claim discloses")
	if c, err := f.svc.Show(ctx, 1); err != nil || len(c.Votes) != 0 {
		t.Fatalf("a vote was sent with the refused note: %+v %v", c, err)
	}
	for range len("not a stroke") {
		f.key(tea.KeyBackspace)
	}
	typeLine(f.tm, "the receipt page is missing")
	f.vote("Reject this claim?", "The reason code (7, other) and the note are sealed")
	c, err := f.svc.Show(ctx, 1)
	if err != nil || c.Rejections != 1 || len(c.Votes) != 1 || c.Votes[0].Approve || c.Votes[0].Sealed == ([32]byte{}) || c.Votes[0].Opened {
		t.Fatalf("after nora: %+v %v", c, err)
	}
	tx, _, err := f.conn.TransactionByHash(ctx, c.Votes[0].Tx)
	if err != nil || bytes.Contains(tx.Data(), []byte("receipt page")) {
		t.Fatalf("the note travels in clear in the transaction (%v)", err)
	}
	f.review("ning")
	f.tm.Type("d")
	waitFor(t, f.tm, "> 7 other")
	for range 5 {
		f.key(tea.KeyUp)
	}
	waitFor(t, f.tm, "> 2 not-covered")
	f.key(tea.KeyEnter)
	f.key(tea.KeyEnter) // no note
	f.vote("Reject this claim?", "The reason code (2, not-covered) is sealed")
	c, err = f.svc.Show(ctx, 1)
	if err != nil || c.Status != claims.StatusRejected || len(c.Votes) != 2 {
		t.Fatalf("after ning: %+v %v", c, err)
	}
	// The claimant's key opens both reasons.
	ck, err := f.svc.ContentKey(ctx, 1, f.privateKey("mei"), nil)
	if err != nil {
		t.Fatal(err)
	}
	f.svc.OpenReasons(ctx, c, ck)
	if v := c.Votes; !v[0].Opened || v[0].Reason != claims.ReasonOther || v[0].Note != "the receipt page is missing" ||
		!v[1].Opened || v[1].Reason != claims.ReasonNotCovered || v[1].Note != "" {
		t.Fatalf("the reasons opened with mei's key: %+v", v)
	}

	// mei reads them on My claims: o, her passphrase, the reasons.
	f.switchTo("mei")
	f.tm.Send(showTabMsg{T("My claims")})
	waitFor(t, f.tm, "rejected", "o: open the sealed reasons")
	f.tm.Type("o")
	waitFor(t, f.tm, "Passphrase for")
	typeLine(f.tm, flowPass)
	waitFor(t, f.tm, "7 other", "note: the receipt page is missing", "2 not-covered")
	f.quit()
}

// A recall on the embedded chain: mei's claim is approved by nora and
// ning and in public notice; nils and ning (members past their waiting
// period) sign the board's recall through the service; mei signs the
// third from the elections tab: the board is recalled (said on the tab,
// with the early election), the claim is returned (My claims says to file
// it again with the next board) and nothing is paid.
func TestRecallFlow(t *testing.T) {
	f := startClaimFlow(t, "nora", "ning", "nils")
	ctx := context.Background()
	mei := f.addr("mei")
	f.file("25", false)
	f.review("nora")
	f.tm.Type("a")
	f.vote("Approve this claim?")
	f.review("ning")
	f.tm.Type("a")
	f.vote("Approve this claim?")
	needed := f.com.Params().RecallSignatures
	if needed != 3 {
		t.Fatalf("the demo's recall needs %d signatures; this flow signs 3", needed)
	}
	conn := f.conn
	for _, name := range []string{"nils", "ning"} {
		who := f.addr(name)
		p, err := f.com.PlanRecall(ctx, who, f.termNo)
		if err != nil {
			t.Fatalf("%s's recall: %v", name, err)
		}
		snd := &wallet.Sender{Backend: conn, Key: f.privateKey(name), Journal: wallet.NewJournal(f.dir)}
		if _, err := snd.Send(ctx, &p.Step.To, p.Step.Data, nil); err != nil {
			t.Fatal(err)
		}
	}
	f.switchTo("mei")
	f.tm.Send(showTabMsg{T("Elections")})
	waitFor(t, f.tm, fmt.Sprintf("term %d: 2 of 3 signatures, open until", f.termNo), "R: sign a recall")
	f.tm.Type("R")
	f.confirm("Sign the recall?", fmt.Sprintf("signs the recall of term %d's board", f.termNo))
	waitFor(t, f.tm, fmt.Sprintf("The board of term %d is recalled", f.termNo), fmt.Sprintf("the members recalled the board of term %d on", f.termNo), fmt.Sprintf("term %d: recalled on", f.termNo))
	if r, err := f.com.Recall(ctx, f.termNo, mei); err != nil || r.RecalledAt.IsZero() || r.Signatures != 3 {
		t.Fatalf("the recall on chain: %+v %v", r, err)
	}
	c, err := f.svc.Show(ctx, 1)
	if err != nil || c.Status != claims.StatusReturned || c.Paid != nil {
		t.Fatalf("the recalled board's claim: %+v %v", c, err)
	}
	f.tm.Send(showTabMsg{T("My claims")})
	waitFor(t, f.tm, "returned: its board was recalled")
	f.quit()
}
