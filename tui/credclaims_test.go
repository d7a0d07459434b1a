package tui

import (
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
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
	mk := func(id uint64, st claims.Status, amt int64) claims.Claim {
		return claims.Claim{ID: id, Amount: tokens(amt), Term: 1, SubmittedAt: at.Add(time.Duration(id) * time.Hour),
			ReviewEndsAt: at.Add(time.Duration(id)*time.Hour + 7*24*time.Hour), Status: st, Voters: 3, QueuePosition: -1}
	}
	rejected := mk(1, claims.StatusRejected, 900)
	rejected.Rejections = 2
	rejected.Votes = []claims.Vote{{Notary: n(1), Reason: claims.ReasonNotCovered, Note: "the diagnosis date is before coverage"}, {Notary: n(2), Reason: claims.ReasonNotCovered}}
	paid := mk(2, claims.StatusPaid, 300)
	paid.Approvals, paid.Paid = 2, tokens(300)
	paid.Votes = []claims.Vote{{Notary: n(1), Approve: true}, {Notary: n(3), Approve: true}}
	queued := mk(3, claims.StatusApproved, 5000)
	queued.Approvals, queued.QueuePosition = 2, 0
	queued.Votes = []claims.Vote{{Notary: n(2), Approve: true}, {Notary: n(3), Approve: true}}
	open := mk(4, claims.StatusOpen, 120)
	open.Approvals = 1
	open.Votes = []claims.Vote{{Notary: n(1), Approve: true}}
	return &MyClaimsData{Account: wallet.Account{Name: "mei"}, Token: community.Token{Symbol: "KBC", Decimals: 18}, Quorum: 2,
		Names:  map[common.Address]string{n(1): "nora", n(2): "ning", n(3): "nils"},
		Claims: []claims.Claim{rejected, paid, queued, open}}
}

// My claims: each claim's status (rejected, paid, waiting in the queue,
// open with its votes so far), a rejected claim's reasons and public
// note, and an approved claim's settle key.
func TestMyClaimsGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				s := screenOf[*myClaims](t, a)
				a.Update(myClaimsMsg{seq: s.seq, data: fixedClaims()})
				t.Run("list", func(t *testing.T) { requireGolden(t, a) })
				for range 3 {
					a.Update(tea.KeyMsg{Type: tea.KeyUp})
				}
				a.Update(tea.KeyMsg{Type: tea.KeyEnter})
				t.Run("rejected", func(t *testing.T) { requireGolden(t, a) })
				a.Update(tea.KeyMsg{Type: tea.KeyEsc})
				a.Update(tea.KeyMsg{Type: tea.KeyDown})
				a.Update(tea.KeyMsg{Type: tea.KeyDown})
				a.Update(tea.KeyMsg{Type: tea.KeyEnter})
				t.Run("queued", func(t *testing.T) { requireGolden(t, a) })
			})
		}
	})
}
