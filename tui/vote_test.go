package tui

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/wallet"
)

var (
	addrMei  = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	addrNora = common.HexToAddress("0x00000000000000000000000000000000000000b1")
	addrNing = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	addrNils = common.HexToAddress("0x00000000000000000000000000000000000000b3")
	addrLi   = common.HexToAddress("0x00000000000000000000000000000000000000c1")
)

func fixedNames() map[common.Address]string {
	return map[common.Address]string{addrMei: "mei", addrNora: "nora", addrNing: "ning", addrNils: "nils"}
}

// fixedElection is a running election with nothing that changes between
// runs: four candidates (one withdrawn, one not covered), mei not yet
// voted.
func fixedElection() *ElectionData {
	at := time.Date(2027, 5, 20, 9, 30, 0, 0, time.UTC)
	e := &community.Election{
		Number: 2, Term: 1, TermStarted: at.Add(-91 * 24 * time.Hour), ClosesAt: at.Add(6 * 24 * time.Hour), ChainTime: at,
		Block: 120, Seats: 3, Quorum: 2, Voter: addrMei, Ballots: 2, MinBallots: 3,
		Candidates: []community.Candidate{
			{Address: addrNora, Votes: 3, Sequence: 1, Running: true, Listed: true, Covered: true, Leading: true},
			{Address: addrMei, Votes: 1, Sequence: 3, Running: true, Listed: true, Covered: true, Leading: true},
			{Address: addrLi, Votes: 0, Sequence: 4, Running: true, Listed: true, Covered: false},
			{Address: addrNing, Votes: 2, Sequence: 2, Running: false, Listed: true, Covered: true},
		},
		Notaries: []community.Notary{{Address: addrNora, Seat: 1, KeyPublished: true}, {Address: addrNing, Seat: 2, KeyPublished: true}, {Address: addrNils, Seat: 3}},
	}
	// The sitting board approved a claim now in public notice: its
	// recall can be signed, once so far.
	r := &community.Recall{Term: 1, Signatures: 1, Needed: 3, NoticeUntil: at.Add(2*24*time.Hour + 4*time.Hour), ChainTime: at}
	return &ElectionData{Me: addrMei, Election: e, Names: fixedNames(), Recalls: []*community.Recall{r}}
}

// tabIndex makes the tab of the given order the active one.
func showTab(t testing.TB, a *App, order int) Screen {
	t.Helper()
	for i, ts := range a.all {
		if ts.tab.Order == order {
			a.active = i
			return ts.screen
		}
	}
	t.Fatalf("no tab %d", order)
	return nil
}

func press(a *App, keys ...string) {
	for _, k := range keys {
		var m tea.KeyMsg
		switch k {
		case "space":
			m = tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
		case "down":
			m = tea.KeyMsg{Type: tea.KeyDown}
		case "up":
			m = tea.KeyMsg{Type: tea.KeyUp}
		case "pgdown":
			m = tea.KeyMsg{Type: tea.KeyPgDown}
		case "pgup":
			m = tea.KeyMsg{Type: tea.KeyPgUp}
		case "home":
			m = tea.KeyMsg{Type: tea.KeyHome}
		case "end":
			m = tea.KeyMsg{Type: tea.KeyEnd}
		case "enter":
			m = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			m = tea.KeyMsg{Type: tea.KeyEsc}
		case "backspace":
			m = tea.KeyMsg{Type: tea.KeyBackspace}
		default:
			m = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		_, cmd := a.Update(m)
		runCmd(a, cmd)
	}
}

// The elections tab: the leaderboard (leading, withdrawn, not covered,
// you), no ballot yet, the sitting notaries and their keys; then two
// picks made with space (not cast yet), then the ballot cast as the
// chain reads it back.
func TestElectionsGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				s := showTab(t, a, 70).(*elections)
				a.Update(electionMsg{seq: s.seq, data: fixedElection()})
				if v := a.View(); !lineWith(v, T("Turnout"), T("ballots: %d of %d needed", 2, 3)) ||
					!lineWith(v, T("Recall"), T("term %d: %d of %d signatures, open until %s", 1, 1, 3, "2027-05-22 13:30 UTC")) ||
					!strings.Contains(v, "R: "+T("sign a recall")) {
					t.Fatalf("no turnout, or no recall of the sitting board with its key:\n%s", v)
				}
				t.Run("before", func(t *testing.T) { requireGolden(t, a) })
				press(a, "space", "down", "space")
				if len(s.picks) != 2 || s.picks[0] != addrNora || s.picks[1] != addrMei {
					t.Fatalf("picks %v", s.picks)
				}
				press(a, "down", "space", "down", "space") // li, then a fourth: at most Seats
				if len(s.picks) != 3 {
					t.Fatalf("picks beyond the seats: %v", s.picks)
				}
				press(a, "up", "space") // unpick li
				v := a.View()
				if !strings.Contains(v, "[x] nora") || !strings.Contains(v, "[x] mei") || !strings.Contains(v, T("(not cast yet)")) {
					t.Fatalf("picks not shown:\n%s", v)
				}
				t.Run("picked", func(t *testing.T) { requireGolden(t, a) })
				after := fixedElection()
				after.Election.Candidates[0].Votes, after.Election.Candidates[1].Votes = 4, 2
				after.Election.Ballot = &community.Ballot{Picks: []common.Address{addrNora, addrMei}, Block: 121}
				after.Election.Ballots = 3
				a.Update(electionMsg{seq: s.seq, data: after})
				if v := a.View(); strings.Contains(v, T("(not cast yet)")) || !lineWith(v, T("Your ballot"), "nora") ||
					!lineWith(v, T("Turnout"), T("ballots: %d, %d needed: the election counts", 3, 3)) {
					t.Fatalf("the cast ballot is not shown as cast, or the turnout not met:\n%s", v)
				}
				t.Run("after", func(t *testing.T) { requireGolden(t, a) })

				// Before the close, f is refused in the banner with the date.
				press(a, "f")
				if !strings.Contains(a.banner, inLang("Election 2 can be finalized from 2027-05-26 09:30 UTC", "选举 2 自 2027-05-26 09:30 UTC 起可以结束")) {
					t.Fatalf("banner %q", a.banner)
				}
				press(a, "x")
				// Past the close with too few ballots: voting stays open, and
				// f says why it cannot finalize.
				short := fixedElection()
				short.Election.ChainTime = short.Election.ClosesAt.Add(time.Hour)
				a.Update(electionMsg{seq: s.seq, data: short})
				if v := a.View(); !strings.Contains(v, T("(needs %d ballots: voting stays open)", 3)) || strings.Contains(v, T("(can be finalized now)")) {
					t.Fatalf("too few ballots past the close not said:\n%s", v)
				}
				press(a, "f")
				if !strings.Contains(a.banner, inLang("Election 2 has 2 of the 3 ballots it needs to count: until then the sitting notaries serve on and voting stays open",
					"选举 2 已有 2 张选票，需 3 张才有效：在此之前现任公证人继续任职，投票保持开放")) {
					t.Fatalf("banner %q", a.banner)
				}
				t.Run("fewballots", func(t *testing.T) { requireGolden(t, a) })
				press(a, "x")
				// After a finalize: the new term's notaries, and the next election.
				res := fixedElection()
				res.Election.Number, res.Election.Term, res.Election.Candidates = 3, 2, nil
				res.Election.TermStarted = res.Election.ChainTime
				res.Election.Notaries = []community.Notary{{Address: addrNora, Seat: 1, KeyPublished: true}, {Address: addrMei, Seat: 2, KeyPublished: true}}
				res.Election.Ballots = 0
				res.Recalls = []*community.Recall{{Term: 2, Needed: 3, ChainTime: res.Election.ChainTime}}
				a.Update(electionMsg{seq: s.seq, data: res})
				s.result = T("Term %d began; notaries: %s.", 2, s.names([]common.Address{addrNora, addrMei}))
				t.Run("results", func(t *testing.T) { requireGolden(t, a) })
			})
		}
	})
}

// The recall on the elections tab: the sitting board's and an older
// board's (its claims still in notice, signed by the account already);
// R plans a signature of the first one open and not signed, and the
// confirmation says what a recall does; once signed the count shows it
// and R is gone (pressed anyway, it says why nothing can be signed); a
// recalled board, and the early election it opened.
func TestElectionsRecallGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				s := showTab(t, a, 70).(*elections)
				d := fixedElection()
				at := d.Election.ChainTime
				d.Recalls = append(d.Recalls, &community.Recall{Term: 0, Signatures: 2, Needed: 3, Signed: true, NoticeUntil: at.Add(20 * time.Hour), ChainTime: at})
				a.Update(electionMsg{seq: s.seq, data: d})
				v := a.View()
				if !strings.Contains(oneLine(v), oneLine(T("term %d: %d of %d signatures, open until %s", 0, 2, 3, "2027-05-21 05:30 UTC")+T(", yours among them"))) ||
					d.signable() != d.Recalls[0] {
					t.Fatalf("the older board's recall, or which one R signs:\n%s", v)
				}
				t.Run("open", func(t *testing.T) { requireGolden(t, a) })

				// R plans through community.PlanRecall (a job); its plan
				// goes to the confirm dialog.
				plan := &community.RecallPlan{Recall: d.Recalls[0], Step: community.Step{To: common.HexToAddress("0xbb"), Data: []byte{1, 2, 3, 4}}}
				_, cmd := a.Update(recallPlannedMsg{seq: s.seq, plan: plan})
				runCmd(a, cmd)
				if len(a.modals) != 1 {
					t.Fatalf("no confirm dialog: %s", a.debugString())
				}
				m := a.modals[0].(*confirmModal)
				if m.req.Question != "Sign the recall?" || m.req.Plans[0].What != T("This signs the recall of term %d's board (%d of %d signatures so far).", 1, 1, 3) ||
					m.req.Notice != T("Once %d members have signed, the board of term %d is recalled: its claims still in public notice and its open claims go back, to be filed again with the next board, it decides no more claims, and an early election opens. You sign one recall per term, and your signature is public.", 3, 1) ||
					*m.req.Plans[0].To != plan.Step.To {
					t.Fatalf("the confirmation: %+v", m.req)
				}
				t.Run("confirm", func(t *testing.T) { requireGolden(t, a) })
				a.modals = nil

				// Signed: the reload shows the count with the account's
				// signature, and nothing is left to sign.
				a.Update(electionTxMsg{kind: "recall", term: 1})
				signed := fixedElection()
				signed.Recalls[0].Signatures, signed.Recalls[0].Signed = 2, true
				a.Update(electionMsg{seq: s.seq, data: signed})
				v = a.View()
				if !strings.Contains(v, T("You signed the recall of term %d's board.", 1)) ||
					!strings.Contains(oneLine(v), oneLine(T("term %d: %d of %d signatures, open until %s", 1, 2, 3, "2027-05-22 13:30 UTC")+T(", yours among them"))) ||
					strings.Contains(v, "R: ") {
					t.Fatalf("after signing:\n%s", v)
				}
				t.Run("signed", func(t *testing.T) { requireGolden(t, a) })
				press(a, "R")
				if !strings.Contains(a.banner, inLang("No recall can be signed now: a board is recalled while one of its approved claims is in public notice, and a member signs once per term",
					"现在无法签名罢免：只有在公证人团批准的申请公示期间才能罢免它，且每位成员每届只能签名一次")) {
					t.Fatalf("R with nothing to sign: banner %q", a.banner)
				}
				press(a, "x")

				// Recalled: the board decides no more; an early election.
				rec := fixedElection()
				rec.Election.RecalledAt = at.Add(time.Hour)
				rec.Election.ClosesAt = at.Add(3 * 24 * time.Hour)
				rec.Recalls[0].Signatures, rec.Recalls[0].RecalledAt = 3, at.Add(time.Hour)
				a.Update(electionMsg{seq: s.seq, data: rec})
				v = a.View()
				if !lineWith(v, T("Recalled")) || !lineWith(v, T("term %d: recalled on %s (%d of %d signatures)", 1, "2027-05-20 10:30 UTC", 3, 3)) {
					t.Fatalf("the recalled board:\n%s", v)
				}
				t.Run("recalled", func(t *testing.T) { requireGolden(t, a) })
			})
		}
	})
}

// fixedLedger is n movements of the pool from fixed data: dues from mei
// and the notaries (nora paying once for li), a donation and a payout now
// and then, and a sync.
func fixedLedger(n int) *LedgerData {
	at := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	who := []common.Address{addrMei, addrNora, addrNing, addrNils}
	var es []community.Entry
	bal := new(big.Int)
	for i := 0; i < n; i++ {
		e := community.Entry{Block: uint64(i + 1), Time: at.Add(time.Duration(i) * 6 * time.Hour)}
		m := who[i%len(who)]
		switch {
		case i%50 == 49:
			e.Kind, e.Amount = community.EntrySync, tokens(1)
		case i%10 == 9:
			e.Kind, e.Amount, e.Member, e.Claim = community.EntryPayout, new(big.Int).Neg(tokens(25)), m, big.NewInt(int64(i/10+1))
		case i%7 == 6:
			e.Kind, e.Amount, e.Payer = community.EntryDonation, tokens(5), m
		case i == 3:
			e.Kind, e.Amount, e.Payer, e.Member = community.EntryDues, tokens(10), addrNora, addrLi
		default:
			e.Kind, e.Amount, e.Payer, e.Member = community.EntryDues, tokens(10), m, m
		}
		bal = new(big.Int).Add(bal, e.Amount)
		e.Balance = bal
		es = append(es, e)
	}
	return &LedgerData{Ledger: community.Ledger{Entries: es, Pool: community.Pool{Balance: bal}},
		Token: community.Token{Symbol: "KBC", Decimals: 18}, Names: fixedNames()}
}

// The ledger tab: newest first with the running balance; a page down; the
// end; a text filter (li's address); the dues toggled off.
func TestLedgerGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				l := showTab(t, a, 80).(*ledger)
				a.Update(ledgerMsg{seq: l.seq, data: fixedLedger(60)})
				t.Run("unfiltered", func(t *testing.T) { requireGolden(t, a) })
				first := l.top
				press(a, "pgdown")
				if want := min(first+l.page, len(l.view)-l.page); l.top != want || l.top == first {
					t.Fatalf("page down: top %d, want %d (a page is %d)", l.top, want, l.page)
				}
				t.Run("scrolled", func(t *testing.T) { requireGolden(t, a) })
				press(a, "end")
				if v := a.View(); !strings.Contains(v, "2027-01-01 00:00") || !strings.Contains(v, T("rows %d–%d of %d", l.top+1, len(l.view), len(l.view))) {
					t.Fatalf("end does not show the oldest row:\n%s", v)
				}
				press(a, "home", "/")
				press(a, "00c1", "enter") // li's address: the one payment nora made for li
				if len(l.view) != 1 {
					t.Fatalf("filter 00c1: %d rows", len(l.view))
				}
				t.Run("filtered", func(t *testing.T) { requireGolden(t, a) })
				press(a, "esc", "1")
				for _, i := range l.view {
					if l.rows[i].kind == community.EntryDues {
						t.Fatal("dues shown while toggled off")
					}
				}
				if len(l.view) == 0 || len(l.view) >= 60 {
					t.Fatalf("kinds toggle: %d rows", len(l.view))
				}
				t.Run("nodues", func(t *testing.T) { requireGolden(t, a) })
			})
		}
	})
}

// fixedStats are statistics with nothing that changes between runs.
func fixedStats() *community.Stats {
	at := time.Date(2027, 2, 25, 9, 30, 0, 0, time.UTC)
	return &community.Stats{
		ChainTime: at, MembersEver: 5, Active: 4, Pool: tokens(1190), Dues: tokens(160), Paid: tokens(100),
		DuesPerPeriod: []community.PeriodDues{{Index: 0, Payments: 10, Amount: tokens(100)}, {Index: 1, Payments: 6, Amount: tokens(60)}},
		Claims:        community.ClaimCounts{Filed: 6, Approved: 3, Paid: 2, Queued: 1, Rejected: 1, Expired: 1, Open: 1},
		AveragePayout: tokens(50), MemberPeriods: big.NewInt(16), CostPerMemberPeriod: new(big.Int).Div(tokens(100), big.NewInt(16)),
		LossRatio:      0.625,
		Notaries:       []community.NotaryStats{{Address: addrNora, Votes: 5, Possible: 6}, {Address: addrNing, Votes: 4, Possible: 6}, {Address: addrNils, Votes: 3, Possible: 6}},
		MedianDecision: 26*time.Hour + 30*time.Minute, Decided: 4,
	}
}

// The dashboard with the community's statistics: shown beside the rest
// when the window has room (120x40), left out when it has not (80x24).
func TestDashboardStatsGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				d := showTab(t, a, 10).(*dashboard)
				data := fixedDashboard()
				data.Stats = fixedStats()
				a.Update(dashboardMsg{seq: d.seq, data: data})
				v := a.View()
				if shown := strings.Contains(v, T("Statistics")); shown != (sz.h >= 40) {
					t.Fatalf("statistics shown=%v at %dx%d:\n%s", shown, sz.w, sz.h, v)
				}
				if sz.h >= 40 {
					for _, want := range []string{T("%d members (%d ever)", 4, 5), T("%d filed: %d approved, %d rejected, %d expired", 6, 3, 1, 1),
						T("%d queued for the pool, %d in review", 1, 1), T("%s in all, %s on average", "100 KBC", "50 KBC"),
						T("%s per member per period", "6.25 KBC"), "0.62", T("%d of %d votes cast (%d%%)", 12, 18, 66), T("median %s over %d claims", "1d2h30m", 4)} {
						if !strings.Contains(v, want) {
							t.Errorf("no %q:\n%s", want, v)
						}
					}
				}
				requireGolden(t, a)
			})
		}
	})
}
