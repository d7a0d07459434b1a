package tui

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// A Chinese paragraph has no spaces: the TUI's wrap helpers still break
// it to the width (between characters), keep every character, and put
// no closing mark at the start of a line.
func TestWrapChineseParagraphFits(t *testing.T) {
	inChinese(t)
	para := T("The reason code and the note are SEALED to the claimant and the notaries of the claim's term: publicly the claim is only rejected. Still, the note must never repeat a health fact (diagnosis, dates, costs, names): a note that repeats anything the claim discloses is refused. Say what is missing or wrong, not what the claim shows.")
	if strings.Contains(para, " ") && !strings.ContainsRune(para, '密') {
		t.Fatalf("not the Chinese paragraph: %q", para)
	}
	plain := lipgloss.NewStyle()
	for _, w := range []int{24, 41, 80} {
		for name, got := range map[string]string{
			"wrap":       wrap(para, w),
			"wrapIndent": wrapIndent(plain, para, w+4, 4),
			"hangIndent": hangIndent(plain, para, w+13, 13),
		} {
			lines := strings.Split(got, "\n")
			if len(lines) < 2 {
				t.Errorf("%s %d: not wrapped: %q", name, w, got)
			}
			limit := max(w, 20) + 13
			if name == "wrap" {
				limit = w
			}
			for _, l := range lines {
				if lw := lipgloss.Width(l); lw > limit {
					t.Errorf("%s %d: line %d wide: %q", name, w, lw, l)
				}
				if s := strings.TrimLeft(l, " "); strings.HasPrefix(s, "，") || strings.HasPrefix(s, "。") || strings.HasPrefix(s, "：") {
					t.Errorf("%s %d: a line starts with a closing mark: %q", name, w, l)
				}
			}
			if strings.NewReplacer(" ", "", "\n", "").Replace(got) != strings.ReplaceAll(para, " ", "") {
				t.Errorf("%s %d: characters changed:\n%s", name, w, got)
			}
		}
	}
	// A word wider than the width (a transaction hash) is cut at the edge.
	for _, l := range strings.Split(wrap("0x"+strings.Repeat("ab", 32), 30), "\n") {
		if len(l) > 30 {
			t.Errorf("hash line %d wide: %q", len(l), l)
		}
	}
}

// The pay confirmation in Chinese, as the pay screen words it: the
// covered-until date stays whole (lipgloss broke it at the
// hyphen: "2027-11-" / "23 02:54 UTC"), and the two sentences join with
// no space between them.
func TestChinesePayConfirmGolden(t *testing.T) {
	inChinese(t)
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			a := staticApp(t, t.TempDir(), sz.w, sz.h)
			a.account = wallet.Account{Name: "mei"}
			tok := community.Token{Symbol: "KBC", Decimals: 18}
			what := T("This pays %d period(s) of dues, %s %s, for %s: covered until about %s.", 12, "120", "KBC", T("you"), "2027-11-23 02:54 UTC") +
				" " + T("One transaction, with a permit signed by your key.")
			plan := session.Plan{What: what, Spends: tokens(120), Token: tok}
			a.Update(txRequestMsg{TxRequest{Question: "Pay the dues?", Plans: []session.Plan{plan},
				Notice: "Dues are contributions to the community's pool, not deposits: they are never refunded, also not when leaving the community."}})
			m := a.modals[0].(*confirmModal)
			q := &session.Quote{Plan: plan, From: common.HexToAddress("0x00000000000000000000000000000000000000a1"), Gas: 90000,
				Fees: chain.Fees{FeeCap: big.NewInt(2_000_000_000), Tip: big.NewInt(1_000_000_000)}, MaxFee: big.NewInt(180_000_000_000_000), ETH: tokens(9), Tokens: tokens(990)}
			a.Update(txQuotedMsg{id: m.id, acct: wallet.Account{Name: "mei"}, q: q})
			defer requireGolden(t, a)
			view := a.View()
			if !strings.Contains(view, "2027-11-23") || !strings.Contains(view, "02:54 UTC") {
				t.Errorf("the date is broken across lines:\n%s", view)
			}
			if strings.Contains(view, "。 一笔") {
				t.Errorf("a space after a Chinese full stop:\n%s", view)
			}
		})
	}
}
