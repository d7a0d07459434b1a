package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func fixedCredentials() *CredentialsData {
	at := time.Date(2027, 2, 25, 9, 30, 0, 0, time.UTC)
	yes, no := true, false
	facts := map[string]any{
		"given_name": "Mei", "family_name": "Lin", "birthdate": "1990-04-02", "diagnosis_code": "C50.9",
		"diagnosis_category": "cancer", "diagnosis_date": "2027-05-27", "hospital": "Demo Hospital",
		"treatment_cost": 42000, "currency": "CNY", "procedures": []any{"biopsy", "mastectomy"},
		"event_id": "e0Cfky0siOl_DBdnbIQg0w", "physician": "Dr. Zhang", "national_id": "110101199004020000",
		"phone_number": "+86 10 0000 0000", "address": "1 Example Road", "notes": "stage I",
	}
	return &CredentialsData{
		Account: wallet.Account{Name: "mei"},
		Creds: []CredentialView{
			{ID: "c7f3a1b2", Imported: at, Facts: facts, Trusted: &yes, Issuer: disclosure.IssuerName("urn:ietf:params:oauth:jwk-thumbprint:sha-256:demo", "Demo Hospital"),
				Summary: disclosure.Summary{Issuer: "urn:ietf:params:oauth:jwk-thumbprint:sha-256:demo", Type: disclosure.MedicalVCT, Issued: at, Expires: at.Add(730 * 24 * time.Hour), Facts: len(facts), HasIssuer: true}},
			{ID: "0d9e8f77", Imported: at, Facts: map[string]any{"hospital": "Elsewhere"}, Trusted: &no,
				Summary: disclosure.Summary{Issuer: "https://elsewhere.example", Issued: at, Facts: 1, HasIssuer: true}},
		},
	}
}

// The credentials screen: locked at first, the list (issuer, facts,
// trust), one credential's every fact, and the import field.
func TestCredentialsGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				s := screenOf[*credentialsScreen](t, a)
				t.Run("locked", func(t *testing.T) { requireGolden(t, a) })
				a.Update(credentialsMsg{seq: s.seq, data: fixedCredentials()})
				t.Run("list", func(t *testing.T) { requireGolden(t, a) })
				a.Update(tea.KeyMsg{Type: tea.KeyEnter})
				t.Run("facts", func(t *testing.T) { requireGolden(t, a) })
				a.Update(tea.KeyMsg{Type: tea.KeyEsc})
				a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("i")})
				a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q/cred.txt")}) // q types, it does not quit
				t.Run("import", func(t *testing.T) { requireGolden(t, a) })
			})
		}
	})
}

func fixedClaims() *MyClaimsData {
	at := time.Date(2027, 6, 1, 8, 0, 0, 0, time.UTC)
	n := func(b byte) common.Address { return common.BytesToAddress([]byte{b}) }
	h := func(b byte) common.Hash { return common.BytesToHash([]byte{0xee, b}) }
	mk := func(id uint64, st claims.Status, amt int64) claims.Claim {
		return claims.Claim{ID: id, Amount: tokens(amt), Term: 1, SubmittedAt: at.Add(time.Duration(id) * time.Hour),
			ReviewEndsAt: at.Add(time.Duration(id)*time.Hour + 7*24*time.Hour), Status: st, Voters: 3, QueuePosition: -1}
	}
	approved := func(c *claims.Claim, after time.Duration) {
		c.ApprovedAt = c.SubmittedAt.Add(after)
		c.NoticeEndsAt = c.ApprovedAt.Add(3 * 24 * time.Hour)
	}
	// Rejections are sealed: their reasons open with the member's key (o).
	rejected := mk(1, claims.StatusRejected, 900)
	rejected.Rejections = 2
	rejected.Votes = []claims.Vote{{Notary: n(1), Sealed: [32]byte{1}, Tx: h(1)}, {Notary: n(2), Sealed: [32]byte{2}, Tx: h(2)}}
	// Approved, then its board was recalled during the notice.
	returned := mk(2, claims.StatusReturned, 800)
	returned.Approvals = 2
	approved(&returned, 5*time.Hour)
	returned.Votes = []claims.Vote{{Notary: n(1), Approve: true, Tx: h(3)}, {Notary: n(3), Approve: true, Tx: h(4)}}
	// Paid, but the token refused the transfer: owed to the member.
	paid := mk(3, claims.StatusPaid, 300)
	paid.Approvals, paid.Paid, paid.Owed = 2, tokens(300), tokens(300)
	approved(&paid, 2*time.Hour)
	paid.Votes = []claims.Vote{{Notary: n(1), Approve: true, Tx: h(5)}, {Notary: n(3), Approve: true, Tx: h(6)}}
	// Approved, in public notice, first in the payout queue.
	notice := mk(4, claims.StatusApproved, 1200)
	notice.Approvals, notice.QueuePosition = 2, 0
	approved(&notice, 30*time.Minute)
	notice.Votes = []claims.Vote{{Notary: n(2), Approve: true, Tx: h(7)}, {Notary: n(3), Approve: true, Tx: h(8)}}
	open := mk(5, claims.StatusOpen, 120)
	open.Approvals = 1
	open.Votes = []claims.Vote{{Notary: n(1), Approve: true, Tx: h(9)}}
	return &MyClaimsData{Account: wallet.Account{Name: "mei", Address: addrMei}, Token: community.Token{Symbol: "KBC", Decimals: 18}, Quorum: 2,
		Names:     map[common.Address]string{n(1): "nora", n(2): "ning", n(3): "nils"},
		Claims:    []claims.Claim{rejected, returned, paid, notice, open},
		ChainTime: at.Add(26 * time.Hour), Owed: tokens(300)}
}

// My claims: each claim's status (rejected, returned by a recall, paid
// but owed, approved in public notice with its time left, open with its
// votes so far) and what the pool owes; a rejected claim's reasons sealed,
// then opened with the member's key (reason and note); the claim in
// notice in full; the same claim once its notice is over (its place in
// the payout queue, s to settle); and w asking where the owed payout goes
// (the member's own address by default).
func TestMyClaimsGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				s := screenOf[*myClaims](t, a)
				data := fixedClaims()
				a.Update(myClaimsMsg{seq: s.seq, data: data})
				v := oneLine(a.View())
				for _, want := range []string{
					T("approved, in public notice until %s (%s left): members may recall its board until then; it is paid after, in approval order", "2027-06-04 12:30 UTC", "2d2h"),
					T("returned: its board was recalled, or too few of its seats remain, before it was paid; file it again with the next board"),
					T("paid %s %s, but the token refused the transfer: the pool keeps it for the member until they withdraw it", "300", "KBC"),
					T("The pool owes you %s %s: the token refused a payout to your address.", "300", "KBC"),
					T("w: withdraw what the pool owes you"),
				} {
					if !strings.Contains(v, oneLine(want)) {
						t.Errorf("no %q:\n%s", want, a.View())
					}
				}
				if strings.Contains(v, T("s: settle (pay approved claims whose notice has ended)")) {
					t.Errorf("settle offered while the claim is in notice:\n%s", a.View())
				}
				t.Run("list", func(t *testing.T) { requireGolden(t, a) })
				for range 4 {
					a.Update(tea.KeyMsg{Type: tea.KeyUp})
				}
				a.Update(tea.KeyMsg{Type: tea.KeyEnter})
				if v := oneLine(a.View()); !strings.Contains(v, oneLine(T("reason sealed: only you and the term's notaries can read it (o opens it with your key)"))) ||
					!strings.Contains(v, T("o: open the sealed reasons")) || strings.Contains(v, "reason-0") {
					t.Errorf("the sealed reasons are not said sealed, or no o:\n%s", a.View())
				}
				t.Run("rejected", func(t *testing.T) { requireGolden(t, a) })
				// o asks for the key in a job; what it opens comes back.
				opened := append([]claims.Vote(nil), data.Claims[0].Votes...)
				opened[0].Reason, opened[0].Note, opened[0].Opened = claims.ReasonNotCovered, "the diagnosis date is before coverage", true
				opened[1].Reason, opened[1].Opened = claims.ReasonNotCovered, true
				a.Update(reasonsOpenedMsg{seq: s.seq, id: 1, votes: opened})
				if v := a.View(); !strings.Contains(v, "2 not-covered") || !strings.Contains(v, T("note: %s", "the diagnosis date is before coverage")) ||
					strings.Contains(v, T("o: open the sealed reasons")) {
					t.Errorf("the opened reasons are not shown:\n%s", v)
				}
				t.Run("opened", func(t *testing.T) { requireGolden(t, a) })
				// A re-read keeps what was opened.
				a.Update(myClaimsRefreshedMsg{seq: s.seq, data: fixedClaims()})
				if v := a.View(); !strings.Contains(v, T("note: %s", "the diagnosis date is before coverage")) {
					t.Errorf("a re-read lost the opened reasons:\n%s", v)
				}
				a.Update(tea.KeyMsg{Type: tea.KeyEsc})
				for range 3 {
					a.Update(tea.KeyMsg{Type: tea.KeyDown})
				}
				a.Update(tea.KeyMsg{Type: tea.KeyEnter})
				t.Run("notice", func(t *testing.T) { requireGolden(t, a) })
				// Past the notice: first in the queue, and s settles.
				later := fixedClaims()
				later.ChainTime = later.Claims[3].NoticeEndsAt.Add(time.Hour)
				a.Update(myClaimsRefreshedMsg{seq: s.seq, data: later})
				if v := oneLine(a.View()); !strings.Contains(v, oneLine(T("approved, its notice over: place %d in the payout queue, paid as the pool and this period's payout cap allow (anyone may settle)", 1))) ||
					!strings.Contains(v, T("s: settle (pay approved claims whose notice has ended)")) {
					t.Errorf("the queued claim is not said settleable:\n%s", a.View())
				}
				t.Run("queued", func(t *testing.T) { requireGolden(t, a) })
				a.Update(tea.KeyMsg{Type: tea.KeyEsc})
				press(a, "w")
				if !s.withdrawing || s.to.Value() != addrMei.Hex() {
					t.Fatalf("w: withdrawing=%v to %q, want the member's own address", s.withdrawing, s.to.Value())
				}
				press(a, "q") // typed into the field, not quitting
				if s.to.Value() != addrMei.Hex()+"q" {
					t.Fatalf("the address field did not take the key: %q", s.to.Value())
				}
				press(a, "backspace")
				t.Run("withdraw", func(t *testing.T) { requireGolden(t, a) })
				press(a, "esc")
				if s.withdrawing {
					t.Fatal("esc did not cancel the withdrawal")
				}
				// The planned withdrawal goes through the confirm dialog.
				plan := session.Plan{What: "This withdraws the 300 KBC the pool owes you", Token: data.Token}
				_, cmd := a.Update(withdrawPlanMsg{plan: plan})
				runCmd(a, cmd)
				if len(a.modals) != 1 {
					t.Fatalf("the withdrawal opened no confirm dialog: %s", a.debugString())
				}
				if m, ok := a.modals[0].(*confirmModal); !ok || m.req.Question != "Withdraw what the pool owes you?" || m.req.Plans[0].What != plan.What || m.req.Notice == "" {
					t.Fatalf("the confirm dialog: %+v", a.modals[0])
				}
			})
		}
	})
}
