package tui

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// inChinese runs the rest of a test with the interface in Chinese.
func inChinese(t *testing.T) {
	SetLang(i18n.Chinese)
	t.Cleanup(func() { SetLang(i18n.English) })
}

// forLangs runs a golden test in English, with its goldens where they
// have always been (testdata/<Test>/<size>/…), then in Chinese as the
// subtest zh (testdata/<Test>/zh/<size>/…).
func forLangs(t *testing.T, body func(t *testing.T)) {
	body(t)
	t.Run(string(i18n.Chinese), func(t *testing.T) {
		inChinese(t)
		body(t)
	})
}

// inLang is en in an English run, zh in a Chinese one: for checks of
// text that is not one catalog message.
func inLang(en, zh string) string {
	if lang == i18n.Chinese {
		return zh
	}
	return en
}

// lineWith says whether a line of view has all of subs.
func lineWith(view string, subs ...string) bool {
	for _, l := range strings.Split(view, "\n") {
		all := true
		for _, s := range subs {
			all = all && strings.Contains(l, s)
		}
		if all {
			return true
		}
	}
	return false
}

// column is the display column (a Chinese character takes two) at which
// the first occurrence of sub starts in line, or -1.
func column(line, sub string) int {
	i := strings.Index(line, sub)
	if i < 0 {
		return -1
	}
	return lipgloss.Width(line[:i])
}

// The dashboard in Chinese: Chinese labels, values lined up by display
// width, nothing wider than the terminal.
func TestChineseDashboardGolden(t *testing.T) {
	inChinese(t)
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			a := staticApp(t, t.TempDir(), sz.w, sz.h)
			a.account = wallet.Account{Name: "mei"}
			d := a.all[0].screen.(*dashboard)
			a.Update(dashboardMsg{seq: d.seq, data: fixedDashboard()})
			defer requireGolden(t, a) // after the checks, which say what is wrong
			view := a.View()
			for _, l := range strings.Split(view, "\n") {
				if w := lipgloss.Width(l); w > sz.w {
					t.Errorf("line %d columns wide in %d: %q", w, sz.w, l)
				}
			}
			// Label and value of rows of the community's column: the
			// values start at one column whatever the label's width.
			rows := map[string]string{"资金池": "1190 KBC", "宽限期": "15d", "会费": "10 KBC", "赔付上限": "5000 KBC", "保障范围": "cancer", "成员资格": "等待期至"}
			want := -1
			for label, value := range rows {
				var line string
				for _, l := range strings.Split(view, "\n") {
					if strings.Contains(l, label) && strings.Contains(l, value) {
						line = l
						break
					}
				}
				if line == "" {
					t.Errorf("no line with %s and %s:\n%s", label, value, view)
					continue
				}
				c := column(line, value) - column(line, label)
				if want == -1 {
					want = c
				}
				if c != want {
					t.Errorf("%s: value at %d columns from the label, others at %d:\n%s", label, c, want, view)
				}
			}
			for _, en := range []string{"Pool", "Dues", "Members", "Rules"} {
				if strings.Contains(view, en) {
					t.Errorf("English %q in the Chinese dashboard:\n%s", en, view)
				}
			}
		})
	}
}

// The confirm dialog in Chinese: its box's right border is one straight
// line, though its text mixes Chinese and ASCII.
func TestChineseConfirmBox(t *testing.T) {
	inChinese(t)
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			a := staticApp(t, t.TempDir(), sz.w, sz.h)
			a.account = wallet.Account{Name: "mei"}
			tok := community.Token{Symbol: "KBC", Decimals: 18}
			plan := session.Plan{What: "Pay 1 period of dues (10 KBC) for mei", Spends: tokens(10), Token: tok}
			a.Update(txRequestMsg{TxRequest{Question: "Send this transaction?", Plans: []session.Plan{plan},
				Notice: "Dues are contributions, not deposits: nothing is refunded on leaving."}})
			m := a.modals[0].(*confirmModal)
			q := &session.Quote{Plan: plan, From: common.HexToAddress("0x00000000000000000000000000000000000000a1"), Gas: 90000,
				Fees: chain.Fees{FeeCap: big.NewInt(2_000_000_000), Tip: big.NewInt(1_000_000_000)}, MaxFee: big.NewInt(180_000_000_000_000), ETH: tokens(9), Tokens: tokens(990)}
			a.Update(txQuotedMsg{id: m.id, acct: wallet.Account{Name: "mei"}, q: q})
			defer requireGolden(t, a) // after the checks, which say what is wrong
			view := a.View()
			for _, zh := range []string{"发送此交易？", "会费是互助捐款而非存款", "手续费上限"} {
				if !strings.Contains(view, zh) {
					t.Errorf("no %q in the Chinese dialog:\n%s", zh, view)
				}
			}
			// The values after the labels (付款账户, 手续费上限, 余额) start
			// at one column.
			at := -1
			for _, v := range []string{"mei 0x", "0.00018 ETH", "9 ETH", "990 KBC"} {
				c := -1
				for _, l := range strings.Split(view, "\n") {
					if c = column(l, v); c >= 0 {
						break
					}
				}
				if at == -1 {
					at = c
				}
				if c != at || c < 0 {
					t.Errorf("%q at column %d, not %d:\n%s", v, c, at, view)
				}
			}
			right, n := -1, 0
			for _, l := range strings.Split(view, "\n") {
				i := strings.LastIndex(l, "│")
				if i < 0 {
					continue
				}
				c := lipgloss.Width(l[:i])
				if right == -1 {
					right = c
				}
				if c != right {
					t.Errorf("box border at column %d, not %d: %q", c, right, l)
				}
				n++
			}
			if n < 5 {
				t.Fatalf("found %d lines of a box:\n%s", n, view)
			}
		})
	}
}

var _ tea.Model = (*App)(nil)
