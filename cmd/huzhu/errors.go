package main

import (
	"strings"

	"github.com/huzhu-community/huzhu/session"

	"context"
	"errors"
	"fmt"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/wallet"
)

// Exit codes (SPEC section 8).
const (
	exitOK          = 0
	exitError       = 1
	exitUsage       = 2
	exitRefused     = 3
	exitAuth        = 4
	exitUnreachable = 5
	exitInterrupted = 130
)

// usageError is a command invoked wrongly: a flag, an argument, a value.
type usageError struct {
	msg string
	err error // the cause, when it has a kind or a fix to phrase
	// text is the message as a catalog key and its arguments, for phrase
	// to translate; nil when msg is another error's text.
	text *textError
}

func (e *usageError) Error() string { return e.msg }
func (e *usageError) Unwrap() error { return e.err }

// usageWrap makes err a usage error (exit 2) that keeps err for phrase.
func usageWrap(err error) error { return &usageError{msg: err.Error(), err: err} }

// usageErrorf is a usage error worded by format, a catalog key.
func usageErrorf(format string, args ...any) error {
	te := errorf(format, args...).(*textError)
	return &usageError{msg: te.Error(), text: te}
}

// textError is an error of this package worded for people: its format is
// a key of the message catalog, translated when phrase words it; Error
// is the English text (what logs and --json carry).
type textError struct {
	format string
	args   []any
	err    error // fmt.Errorf(format, args...): the English text and what it wraps
}

// errorf is fmt.Errorf (with %w) for messages of the catalog.
func errorf(format string, args ...any) error {
	return &textError{format: format, args: args, err: fmt.Errorf(format, args...)}
}

func (e *textError) Error() string { return e.err.Error() }

func (e *textError) Unwrap() []error {
	switch u := e.err.(type) {
	case interface{ Unwrap() error }:
		return []error{u.Unwrap()}
	case interface{ Unwrap() []error }:
		return u.Unwrap()
	}
	return nil
}

// catalogKey is an argument of errorf or usageErrorf that is itself a
// catalog key, translated with the message.
type catalogKey string

// text is err's message in p's language: this package's own messages
// (and those among their arguments) are translated, and so are the
// sentences service packages said as i18n.Text (i18n.Sayer); other
// errors are as their packages wrote them.
func text(p i18n.Printer, err error) string {
	var te *textError
	switch e := err.(type) {
	case *textError:
		te = e
	case *usageError:
		te = e.text
	}
	if te == nil {
		// Another package's error: a service's sentence in it (a
		// refusal, a session error) is worded in p's language.
		return p.Error(err)
	}
	args := make([]any, len(te.args))
	for i, v := range te.args {
		switch x := v.(type) {
		case catalogKey:
			v = p.T(string(x))
		case error:
			if x != nil {
				v = text(p, x)
			}
		}
		args[i] = v
	}
	return fmt.Sprintf(strings.ReplaceAll(p.T(te.format), "%w", "%v"), args...)
}

// asUsage makes err a usage error (exit 2), keeping a session error as
// it is: it has its own kind and a remedy to phrase.
func asUsage(err error) error {
	var se *session.Error
	if errors.As(err, &se) {
		return err
	}
	return usageErrorf("%v", err)
}

// errAuth marks failures to unlock: wrong passphrase, locked keyring.
var errAuth = errorf("authentication failed")

// exitCode maps an error to the exit code scripts rely on, and a kind
// for --json.
func exitCode(err error) (int, string) {
	var ue *usageError
	var rev *contracts.Revert
	var pfe *wallet.PasswordFileError
	var ve *disclosure.VerifyError
	switch {
	case err == nil:
		return exitOK, ""
	case errors.Is(err, context.Canceled):
		return exitInterrupted, "interrupted"
	case chain.IsConnectionLost(err):
		// Before the others: a call cut off is not a refusal or a bad address.
		return exitUnreachable, "unreachable"
	case errors.As(err, &ue), errors.As(err, &pfe), errors.Is(err, chain.ErrNoContract), errors.Is(err, community.ErrNotCommunity):
		return exitUsage, "usage"
	case errors.Is(err, community.ErrRefused), errors.As(err, &rev), errors.As(err, &ve), errors.Is(err, chain.ErrNotDevNode), errors.Is(err, chain.ErrInsufficientFunds):
		return exitRefused, "refused"
	case errors.Is(err, errAuth), errors.Is(err, wallet.ErrAuth):
		return exitAuth, "auth"
	case errors.Is(err, chain.ErrUnreachable):
		return exitUnreachable, "unreachable"
	}
	var se *session.Error
	if errors.As(err, &se) {
		switch se.Kind {
		case session.KindInvalid:
			return exitUsage, "usage"
		case session.KindRefused:
			return exitRefused, "refused"
		case session.KindAuth:
			return exitAuth, "auth"
		case session.KindUnreachable:
			return exitUnreachable, "unreachable"
		}
	}
	return exitError, "error"
}

// phrase is the one-line message of err for this face, in a's language:
// a session error gets its remedy in the CLI's words (flags and commands).
func (a *app) phrase(err error) string { return phraseIn(a.p, err) }

// phraseIn is phrase in p's language (English for --json).
func phraseIn(p i18n.Printer, err error) string {
	msg := strings.TrimSpace(text(p, err))
	var se *session.Error
	var locked *wallet.LockedError
	if errors.As(err, &locked) {
		return p.Remedy(msg, p.T("pass --password-file FILE (or HUZHU_PASSWORD_FILE), or run at a terminal"))
	}
	var pfe *wallet.PasswordFileError
	if errors.As(err, &pfe) {
		return p.Remedy(msg, p.T("check --password-file (or HUZHU_PASSWORD_FILE)"))
	}
	if errors.Is(err, wallet.ErrAuth) && !errors.As(err, &se) {
		return p.Remedy(msg, p.T("check the passphrase (in --password-file, or as typed) and try again"))
	}
	var rfe *wallet.RefusedError
	if errors.As(err, &rfe) && rfe.InsufficientFunds() {
		return p.Remedy(msg, p.T("fund it first (on the embedded chain: `huzhu faucet ADDRESS`)"))
	}
	if errors.Is(err, chain.ErrTxFailed) {
		return p.Remedy(msg, p.T("its fee was spent and nothing else changed: see where things stand, then try again"))
	}
	var ue *chain.UnreachableError
	if errors.As(err, &ue) {
		if ue.Embedded {
			return p.Remedy(msg, p.T("or start it in the foreground with `huzhu node` to see why"))
		}
		return p.Remedy(msg, p.T("check --rpc or HUZHU_RPC, or leave both unset to use the embedded chain"))
	}
	if errors.Is(err, chain.ErrNotDevNode) {
		return msg + " " + p.T("(run without --rpc, or point --rpc at `huzhu node`)")
	}
	if errors.Is(err, chain.ErrNoContract) {
		return msg + " " + p.T("(is --rpc the right chain?)")
	}
	if errors.Is(err, community.ErrNotCommunity) {
		return p.Remedy(msg, p.T("check --community (HUZHU_COMMUNITY)"))
	}
	if errors.Is(err, wallet.ErrNoCredential) {
		return p.Remedy(msg, p.T("see `huzhu credential list`"))
	}
	var pe *community.ParamError
	var pes community.ParamErrors
	if errors.As(err, &pe) || errors.As(err, &pes) {
		return paramFlags(p, err)
	}
	var ref *community.Refusal
	if errors.As(err, &ref) {
		if fix := refusalFix(p, ref.Fix); fix != "" {
			return msg + " (" + fix + ")"
		}
		return msg
	}
	if !errors.As(err, &se) {
		if errors.Is(err, chain.ErrInsufficientFunds) {
			return p.Remedy(msg, p.T("fund it first (on the embedded chain: `huzhu faucet ADDRESS`)"))
		}
		return msg
	}
	fix := ""
	switch se.Remedy {
	case session.RemedyChooseCommunity:
		fix = p.T("pass --community ADDR (or HUZHU_COMMUNITY), or create one with `huzhu community create`")
	case session.RemedyChooseAccount:
		if len(se.Choices) > 0 {
			fix = p.Sprintf("pass --account NAME (or HUZHU_ACCOUNT); the wallet has: %s", strings.Join(se.Choices, ", "))
		} else {
			fix = p.T("pass --account NAME (or HUZHU_ACCOUNT)")
		}
	case session.RemedyCreateAccount:
		fix = p.T("create one with `huzhu wallet new --name NAME` or `huzhu wallet import`")
	case session.RemedyFundETH:
		fix = p.Sprintf("fund it first (on the embedded chain: huzhu faucet %s)", se.Account)
	case session.RemedyFundTokens:
		fix = p.Sprintf("get tokens first (on the embedded chain: huzhu faucet %s --tokens N)", se.Account)
	}
	if fix == "" {
		return msg
	}
	return p.Remedy(msg, fix)
}

// refusalFix words a refusal's fix as the command that does it.
func refusalFix(p i18n.Printer, f community.Fix) string {
	switch f {
	case community.FixJoin:
		return p.T("join with `huzhu member join`")
	case community.FixRenew:
		return p.T("renew with `huzhu member join`")
	case community.FixPayPastElection:
		return p.T("`huzhu member join --periods N`")
	case community.FixGiveReason:
		return p.T("pass --reason CODE")
	case community.FixSeeElection:
		return p.T("see `huzhu election results`")
	case community.FixStand:
		return p.T("stand with `huzhu election stand`")
	case community.FixCreateParams:
		return p.T("see `huzhu community create --help`")
	}
	return ""
}
