package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/wallet"
)

// insurerWords are what huzhu never says in Chinese (SPEC section 1): it
// is mutual aid, not insurance.
var insurerWords = []string{"保险", "保费", "理赔", "赔付", "保单", "投保"}

// fixedNotice is a public notice from fixed data at the dashboard's
// time: two claims of term 1's board in notice (nils's, a member for
// 200 days when filing, and li's), the board's recall signed once.
func fixedNotice(at time.Time) *claims.Notice {
	nc := func(id uint64, who common.Address, amt int64, approvals int, member, left time.Duration) claims.Noticed {
		filed := at.Add(-2 * 24 * time.Hour)
		c := claims.Claim{ID: id, Member: who, Amount: tokens(amt), Term: 1, Status: claims.StatusApproved, Approvals: approvals, Voters: 3,
			SubmittedAt: filed, ApprovedAt: at.Add(left - 3*24*time.Hour), NoticeEndsAt: at.Add(left), QueuePosition: int64(id)}
		return claims.Noticed{Claim: c, JoinedAt: filed.Add(-member), Left: left}
	}
	return &claims.Notice{ChainTime: at,
		Claims: []claims.Noticed{
			nc(3, addrNils, 300, 2, 200*24*time.Hour+5*time.Hour, 2*24*time.Hour+4*time.Hour+10*time.Minute),
			nc(5, addrLi, 1200, 3, 95*24*time.Hour, 2*24*time.Hour+20*time.Hour+30*time.Minute),
		},
		Recalls: []*community.Recall{{Term: 1, Signatures: 1, Needed: 3, NoticeUntil: at.Add(68*time.Hour + 30*time.Minute), ChainTime: at}},
	}
}

// The dashboard's public notice: each claim in notice (amount, member,
// how long a member when filing, approvals, time left) and its board's
// recall count. At 80x24 the list stays whole and the rules give way to
// one line; with more claims than room, the first ones and how many more;
// with claims of two boards, each claim names its term and each board's
// recall has a line. Nothing in Chinese speaks as an insurer.
func TestDashboardNoticeGolden(t *testing.T) {
	forLangs(t, func(t *testing.T) {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
				a := staticApp(t, t.TempDir(), sz.w, sz.h)
				a.account = wallet.Account{Name: "mei"}
				d := showTab(t, a, 10).(*dashboard)
				data := fixedDashboard()
				data.Notice = fixedNotice(data.Info.ChainTime)
				a.Update(dashboardMsg{seq: d.seq, data: data})
				v := a.View()
				for _, want := range [][]string{
					{"#3", "300 KBC", "0x000000…00b3", T("member %s", "200d"), T("%d approvals", 2), T("%s left", "2d4h")},
					{"#5", "1200 KBC", "0x000000…00C1", T("member %s", "95d"), T("%d approvals", 3), T("%s left", "2d20h")},
					{T("Public notice"), T("recall: %d of %d signatures", 1, 3)},
				} {
					if !lineWith(v, want...) {
						t.Errorf("no line with %q:\n%s", want, v)
					}
				}
				// The rules give way at 80x24, whole at 120x40.
				if covers := strings.Contains(v, T("Covers")); covers != (sz.h >= 40) {
					t.Errorf("the rules' Covers row shown=%v at %dx%d:\n%s", covers, sz.w, sz.h, v)
				}
				if !strings.Contains(v, T("Rules")) {
					t.Errorf("no rules at all:\n%s", v)
				}
				t.Run("notice", func(t *testing.T) { requireGolden(t, a) })

				// More claims than room: the first ones, and how many more.
				more := fixedDashboard()
				more.Notice = fixedNotice(more.Info.ChainTime)
				for i := range 12 {
					c := more.Notice.Claims[i%2]
					c.ID = uint64(10 + i)
					more.Notice.Claims = append(more.Notice.Claims, c)
				}
				body := renderDashboard(a.env.Styles, more, sz.w, sz.h-2)
				if n := lipgloss.Height(strings.TrimSuffix(body, "\n")); n > sz.h-2 {
					t.Errorf("the dashboard takes %d lines of %d:\n%s", n, sz.h-2, body)
				}
				shown := strings.Count(body, "0x000000…00b3") + strings.Count(body, "0x000000…00C1")
				if sz.h < 40 && !strings.Contains(body, T("… and %d more in notice", 14-shown)) {
					t.Errorf("%d of 14 claims shown, and no count of the rest:\n%s", shown, body)
				}
				a.Update(dashboardMsg{seq: d.seq, data: more})
				t.Run("more", func(t *testing.T) { requireGolden(t, a) })

				// Claims of two boards: the old board's recall is signed by
				// the account (and by one more).
				two := fixedDashboard()
				two.Notice = fixedNotice(two.Info.ChainTime)
				two.Notice.Claims[0].Term = 0
				two.Notice.Recalls = append([]*community.Recall{{Term: 0, Signatures: 2, Needed: 3, Signed: true,
					NoticeUntil: two.Info.ChainTime.Add(52 * time.Hour), ChainTime: two.Info.ChainTime}}, two.Notice.Recalls...)
				a.Update(dashboardMsg{seq: d.seq, data: two})
				v = a.View()
				// Each board's recall, then its claims.
				at := func(subs ...string) int {
					for i, l := range strings.Split(v, "\n") {
						if lineWith(l, subs...) {
							return i
						}
					}
					return -1
				}
				r0, c3 := at(T("recall of term %d's board: %d of %d signatures", 0, 2, 3)+T(", yours among them")), at("#3", "300 KBC")
				r1, c5 := at(T("recall of term %d's board: %d of %d signatures", 1, 1, 3)), at("#5", "1200 KBC")
				if r0 < 0 || r1 < 0 || !(r0 < c3 && c3 < r1 && r1 < c5) {
					t.Errorf("two boards' claims and recalls not told apart (lines %d %d %d %d):\n%s", r0, c3, r1, c5, v)
				}
				t.Run("boards", func(t *testing.T) { requireGolden(t, a) })

				if lang == i18n.Chinese {
					for _, n := range []*claims.Notice{fixedNotice(data.Info.ChainTime), two.Notice, {}} {
						text := renderNotice(a.env.Styles, n, data.Info.Token, sz.w, -1)
						for _, bad := range insurerWords {
							if strings.Contains(text, bad) {
								t.Errorf("the notice says %q:\n%s", bad, text)
							}
						}
					}
				}
			})
		}
	})
}
