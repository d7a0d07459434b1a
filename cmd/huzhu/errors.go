package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
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
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// errAuth marks failures to unlock: wrong passphrase, locked keyring.
var errAuth = errors.New("authentication failed")

// exitCode maps an error to the exit code scripts rely on, and a kind
// for --json.
func exitCode(err error) (int, string) {
	var ue *usageError
	var rev *contracts.Revert
	switch {
	case err == nil:
		return exitOK, ""
	case errors.Is(err, context.Canceled):
		return exitInterrupted, "interrupted"
	case chain.IsConnectionLost(err):
		// Before the others: a call cut off is not a refusal or a bad address.
		return exitUnreachable, "unreachable"
	case errors.As(err, &ue), errors.Is(err, chain.ErrNoContract), errors.Is(err, community.ErrNotCommunity):
		return exitUsage, "usage"
	case errors.Is(err, community.ErrRefused), errors.As(err, &rev), errors.Is(err, chain.ErrNotDevNode):
		return exitRefused, "refused"
	case errors.Is(err, errAuth), errors.Is(err, wallet.ErrAuth):
		return exitAuth, "auth"
	case errors.Is(err, chain.ErrUnreachable):
		return exitUnreachable, "unreachable"
	}
	return exitError, "error"
}
