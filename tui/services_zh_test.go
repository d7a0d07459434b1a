package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// In Chinese, what the services say reaches the screen in Chinese: the
// claim tab's refusal banner (the claims service's waiting-period
// refusal, with its date), a contract's refusal with the fix, and what a
// claim's transaction does in the confirm dialog. No English sentence
// of the services is left.
func TestServiceSentencesInChinese(t *testing.T) {
	inChinese(t)
	tok := community.Token{Symbol: "KBC", Decimals: 18}

	// A contract's refusal, with the fix the TUI words as a screen.
	rev := &contracts.Revert{Value: &contracts.CommunityNotActive{Member: common.HexToAddress("0xa1"), CoveredUntil: 0}}
	got := Describe(community.Refuse(rev, tok))
	if want := "0x00000000000000000000000000000000000000A1 不是成员；请先加入。" + T("Pay dues to join first."); got != want {
		t.Errorf("a contract's refusal:\n got %q\nwant %q", got, want)
	}
	// Wrapped by another error: the refusal's sentence is still worded.
	if got := Describe(fmt.Errorf("claim 3: %w", community.Refuse(rev, tok))); !strings.Contains(got, "不是成员；请先加入") {
		t.Errorf("a wrapped refusal: %q", got)
	}

	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			a := staticApp(t, t.TempDir(), sz.w, sz.h)
			a.account = wallet.Account{Name: "mei"}
			i, c := tabOf[*claimScreen](a)
			a.active = i
			a.Update(claimCredsMsg{seq: c.seq, acct: a.account, creds: []CredentialChoice{fixedCredential()}, ctx: fixedClaimContext()})
			press(a, "enter")
			// The claims service refuses as it does in the waiting period.
			refusal := &session.Error{Kind: session.KindRefused, Err: claims.ErrNotEligible,
				Text: i18n.Say("waiting period ends %s; claims open then", community.FormatFrom(time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)))}
			a.Update(claimPreparedMsg{seq: c.seq, err: refusal})
			v := a.View()
			if !strings.Contains(strings.ReplaceAll(v, "\n", ""), "等待期于 2027-03-01 12:00 UTC 结束；届时可提交理赔申请。") {
				t.Errorf("the claim tab's refusal is not in Chinese:\n%s", v)
			}
			for _, en := range []string{"waiting period ends", "claims open then"} {
				if strings.Contains(v, en) {
					t.Errorf("English %q on the claim tab:\n%s", en, v)
				}
			}

			// What filing does, in the confirm dialog.
			plan := session.Plan{Token: tok, Text: i18n.Say("This files a claim for %s %s, sealed to the %d notaries of term %d (a %d-byte envelope in the transaction; only its hash is stored).",
				"25", "KBC", 3, 1, 12288)}.Said()
			a.Update(txRequestMsg{TxRequest{Question: "File this claim?", Plans: []session.Plan{plan}}})
			v = strings.ReplaceAll(a.View(), "\n", "")
			if !strings.Contains(v, "此操作提交金额为 25 KBC 的理赔申请") || strings.Contains(v, "This files a claim") {
				t.Errorf("the confirm dialog does not say what filing does in Chinese:\n%s", a.View())
			}
		})
	}
}
