package tui

import (
	"context"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// Describe words an error of the services for the TUI: what happened and,
// when the person can act, what to do here (a key or a screen, never a
// command-line flag).
func Describe(err error) string {
	if err == nil {
		return ""
	}
	problem := sayErr(err)
	fix := ""
	var se *session.Error
	var ref *community.Refusal
	var ue *chain.UnreachableError
	var le *wallet.LockedError
	var refusedTx *wallet.RefusedError
	switch {
	case errors.Is(err, ErrCancelled), errors.Is(err, context.Canceled):
		return T("Cancelled.")
	case errors.As(err, &ref):
		problem = say(ref.Said())
		fix = fixText(ref.Fix)
	case errors.As(err, &ue):
		if ue.Embedded {
			fix = T("The embedded chain did not start; press r to try again.")
		} else {
			fix = T("Check that the node is running, then press r to try again.")
		}
	case errors.As(err, &le):
		fix = T("Type the passphrase when asked.")
	case errors.Is(err, wallet.ErrWrongPassphrase), errors.Is(err, wallet.ErrAuth):
		problem = T("The passphrase is wrong.")
		fix = T("Try again and type it carefully.")
	case errors.As(err, &refusedTx) && refusedTx.InsufficientFunds(), errors.Is(err, chain.ErrInsufficientFunds) && !errors.As(err, &se):
		fix = T("The account needs more ETH for this: fund it, then try again.")
	case errors.Is(err, chain.ErrTxFailed):
		fix = T("Its fee was spent and nothing else changed: look at where things stand, then try again.")
	case errors.As(err, &se):
		fix = remedyText(se)
	}
	problem = strings.TrimSuffix(strings.TrimSuffix(safetext.EscapeLines(problem), "."), "。")
	if r, n := utf8.DecodeRuneInString(problem); n > 0 {
		stop := "."
		if strings.ContainsFunc(problem, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			stop = "。" // a sentence worded in Chinese
		}
		problem = string(unicode.ToUpper(r)) + problem[n:] + stop
	}
	if fix == "" {
		return problem
	}
	if strings.HasSuffix(problem, "。") {
		return problem + fix // no space after a Chinese full stop
	}
	return problem + " " + fix
}

func remedyText(e *session.Error) string {
	switch e.Remedy {
	case session.RemedyChooseAccount:
		return T("Press a to choose an account.")
	case session.RemedyCreateAccount:
		return T("Create or import an account on the welcome screen.")
	case session.RemedyChooseCommunity:
		return T("On the embedded chain, press d on the dashboard for a demo community.")
	case session.RemedyFundETH:
		return T("The account needs ETH for the fee: send some to %s.", e.Account)
	case session.RemedyFundTokens:
		return T("The account needs more tokens: send some to %s.", e.Account)
	}
	return ""
}

func fixText(f community.Fix) string {
	switch f {
	case community.FixJoin:
		return T("Pay dues to join first.")
	case community.FixRenew:
		return T("Pay dues again to renew.")
	case community.FixPayPastElection:
		return T("Pay dues for enough periods to stay covered past the election's close.")
	case community.FixGiveReason:
		return T("Choose a reason for the rejection.")
	case community.FixSeeElection:
		return T("Look at the election screen: the candidates and your ballot.")
	case community.FixStand:
		return T("Stand as a candidate on the election screen first.")
	case community.FixCreateParams:
		return T("Change the community's rules and try again.")
	}
	return ""
}
