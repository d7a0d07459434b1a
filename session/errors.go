package session

import (
	"errors"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Kind says what sort of failure an Error is; the CLI maps it to its exit
// code (SPEC section 8), the TUI to how it shows it.
type Kind int

const (
	// KindFailed: something went wrong that the person cannot fix by
	// choosing differently (I/O, a damaged file).
	KindFailed Kind = iota
	// KindInvalid: the request itself is wrong or incomplete (a missing
	// choice, a bad address).
	KindInvalid
	// KindRefused: the community's rules or the evidence refuse it.
	KindRefused
	// KindAuth: a passphrase or keyring failure.
	KindAuth
	// KindUnreachable: the chain cannot be reached.
	KindUnreachable
)

// Remedy names what the person can do about an Error, for the face to
// phrase.
type Remedy int

const (
	RemedyNone Remedy = iota
	// RemedyChooseCommunity: name a community, or create one.
	RemedyChooseCommunity
	// RemedyChooseAccount: name one of Error.Choices.
	RemedyChooseAccount
	// RemedyCreateAccount: the wallet has no account yet.
	RemedyCreateAccount
	// RemedyFundETH: the account needs ETH for gas (Error.Account).
	RemedyFundETH
	// RemedyFundTokens: the account needs community tokens (Error.Account).
	RemedyFundTokens
)

// Error is a failure the person can understand and, often, act on.
type Error struct {
	Kind Kind
	// Problem says what happened, in a sentence without a fix, as a face
	// worded it; a service says it as Text instead, for each face to word
	// in its language (the Error is then the Text in English).
	Problem string
	Text    i18n.Text
	Remedy  Remedy
	// Choices are the names the person can choose from (accounts...).
	Choices []string
	// Account is the address a funding remedy concerns.
	Account string
	Err     error
}

func (e *Error) Error() string {
	switch {
	case e.Problem != "":
		return e.Problem
	case !e.Text.IsZero():
		return e.Text.String()
	case e.Err != nil:
		return e.Err.Error()
	}
	return ""
}

// Said is the problem as a Text (i18n.Sayer); zero when the error only
// repeats the one it wraps.
func (e *Error) Said() i18n.Text {
	switch {
	case e.Problem != "":
		return i18n.Say("%s", e.Problem)
	case !e.Text.IsZero():
		return e.Text
	}
	return i18n.Text{}
}

func (e *Error) Unwrap() error { return e.Err }

// KindOf is the kind of err: an *Error's own, else KindFailed.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindFailed
}

func invalid(remedy Remedy, format string, args ...any) *Error {
	return &Error{Kind: KindInvalid, Text: i18n.Say(format, args...), Remedy: remedy}
}
