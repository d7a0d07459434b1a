package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// screenOf returns the app's tab screen of type T and makes it active.
func screenOf[S Screen](t *testing.T, a *App) S {
	t.Helper()
	for i, ts := range a.all {
		if s, ok := ts.screen.(S); ok {
			a.active = i
			return s
		}
	}
	var zero S
	t.Fatalf("no %T tab", zero)
	return zero
}

// fixedPay is a first payment of 12 periods for oneself, and a renewal
// for another member, with fixed dates.
func fixedPay(first bool) *PayPreview {
	at := time.Date(2027, 2, 25, 9, 30, 0, 0, time.UTC)
	p := community.DefaultParams()
	pv := &PayPreview{
		Payer:  wallet.Account{Name: "mei", Address: common.HexToAddress("0x00000000000000000000000000000000000000a1")},
		Member: common.HexToAddress("0x00000000000000000000000000000000000000a1"),
		Token:  community.Token{Symbol: "KBC", Decimals: 18}, Dues: p.Dues, Period: p.Period,
		Status: community.MemberStatus{State: community.StateNone, ChainTime: at},
		Effect: community.DuesEffect{Periods: 12, Amount: tokens(120), JoinedAt: at, CoveredUntil: at.Add(360 * 24 * time.Hour),
			EligibleAt: at.Add(90 * 24 * time.Hour), Rejoin: true, First: true},
	}
	if !first {
		pv.Member, pv.MemberName = common.HexToAddress("0x00000000000000000000000000000000000000b2"), "lan"
		pv.Status = community.MemberStatus{State: community.StateActive, ChainTime: at, CoveredUntil: at.Add(-240 * time.Hour).Add(90 * 24 * time.Hour)}
		pv.Effect = community.DuesEffect{Periods: 12, Amount: tokens(120), JoinedAt: at.Add(-200 * 24 * time.Hour),
			CoveredUntil: at.Add(120 * 24 * time.Hour), EligibleAt: at.Add(-110 * 24 * time.Hour)}
	}
	return pv
}

// The dues screen: a first payment (cost, coverage after, the waiting
// period, the no-refund notice), a renewal for another member (the join
// date stays), and the periods field refused when not a number.
func TestPayGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				s := screenOf[*payScreen](t, a)
				a.Update(payPreviewMsg{seq: s.seq, data: fixedPay(true)})
				t.Run("first", func(t *testing.T) { requireGolden(t, a) })
				a.Update(payPreviewMsg{seq: s.seq, data: fixedPay(false)})
				t.Run("renew", func(t *testing.T) { requireGolden(t, a) })
				a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("p")})
				a.Update(tea.KeyMsg{Type: tea.KeyBackspace})
				a.Update(tea.KeyMsg{Type: tea.KeyBackspace})
				a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")})
				a.Update(tea.KeyMsg{Type: tea.KeyEnter})
				t.Run("badperiods", func(t *testing.T) { requireGolden(t, a) })
			})
		}
	})
}

// A refresh while a payment is being prepared (r, or another screen's
// RefreshMsg) reloads the preview without losing the payment: its plans
// still reach the confirm dialog, and a cancelled dialog says so.
func TestPaySurvivesRefresh(t *testing.T) {
	a := staticApp(t, t.TempDir(), 80, 24)
	s := screenOf[*payScreen](t, a)
	a.Update(payPreviewMsg{seq: s.seq, data: fixedPay(true)})
	if s.pay() == nil || !s.paying {
		t.Fatal("enter did not start the payment")
	}
	s.Update(RefreshMsg{})
	_, cmd := s.Update(payPlannedMsg{seq: s.paySeq, plans: []session.Plan{{What: "pay"}}, notice: community.NoRefundNotice})
	if cmd == nil {
		t.Fatal("the planned payment was dropped after a refresh")
	}
	req, ok := cmd().(txRequestMsg)
	if !ok || req.req.Notice != community.NoRefundNotice || len(req.req.Plans) != 1 {
		t.Fatalf("not the confirm dialog with the notice: %#v", req)
	}
	s.Update(req.req.Done(TxResult{Err: ErrCancelled}))
	if s.paying || !strings.Contains(s.View(80, 22), "Not paid.") {
		t.Fatalf("after cancelling: paying %v\n%s", s.paying, s.View(80, 22))
	}
}
