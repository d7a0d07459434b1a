package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

var (
	// ErrUnreachable means the JSON-RPC endpoint did not answer.
	ErrUnreachable = errors.New("chain unreachable")
	// ErrNotDevNode means a dev-only action was asked of a chain that is
	// not a huzhu dev node.
	ErrNotDevNode = errors.New("not a huzhu dev node")
	// ErrNoContract means an address holds no contract code.
	ErrNoContract = errors.New("no contract at address")
)

// UnreachableError names the endpoint that did not answer.
type UnreachableError struct {
	// Endpoint is the address given; for the embedded chain, its data dir.
	Endpoint string
	Err      error
	// Hint says what to do beyond what a face adds: zero for an
	// endpoint the person named (the face says how to name another).
	Hint i18n.Text
	// Embedded: the chain is the data dir's embedded chain.
	Embedded bool
}

func (e *UnreachableError) Error() string { return e.Said().String() }

// Said is the error as a sentence: where, and why in a few words (the
// transport's own text only when it is none of the usual causes).
func (e *UnreachableError) Said() i18n.Text {
	t := i18n.Say("cannot reach the chain at %s (%s)", e.Endpoint, unreachableCause(e.Err))
	if e.Embedded {
		t = i18n.Say("cannot reach the embedded chain of %s (%s)", e.Endpoint, unreachableCause(e.Err))
	}
	if !e.Hint.IsZero() {
		t = i18n.Say("%s; %s", t, e.Hint)
	}
	return t
}

func (e *UnreachableError) Unwrap() []error { return []error{ErrUnreachable, e.Err} }

// unreachableCause words why an endpoint did not answer: the usual causes
// in a few words; any other error as its package wrote it.
func unreachableCause(err error) any {
	var netErr net.Error
	var s i18n.Sayer
	switch {
	case err == nil:
		return i18n.Say("no answer")
	case errors.As(err, &s):
		return err
	case errors.Is(err, syscall.ECONNREFUSED), strings.Contains(err.Error(), "connection refused"):
		return i18n.Say("connection refused: nothing is listening there")
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return i18n.Say("no answer in time")
	case strings.Contains(err.Error(), "no such host"):
		return i18n.Say("no such host")
	case errors.Is(err, syscall.ENOENT), errors.Is(err, os.ErrNotExist):
		return i18n.Say("no such socket or file")
	}
	return err
}

// NoContractError names the address that holds no code.
type NoContractError struct {
	What    string
	Address common.Address
}

func (e *NoContractError) Error() string {
	return fmt.Sprintf("no %s contract at %s on this chain; check the address, and that the chain is the one it lives on", e.What, e.Address.Hex())
}

func (e *NoContractError) Unwrap() error { return ErrNoContract }

// isNetworkError reports whether err is a failure to reach the endpoint at
// all, as opposed to an answer that says no.
func isNetworkError(err error) bool {
	if err == nil {
		return false
	}
	var netErr net.Error
	var urlErr *url.Error
	var opErr *net.OpError
	switch {
	case errors.As(err, &opErr), errors.As(err, &urlErr):
		return true
	case errors.As(err, &netErr) && netErr.Timeout():
		return true
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ENOENT),
		errors.Is(err, os.ErrNotExist), errors.Is(err, context.DeadlineExceeded):
		return true
	}
	// The HTTP transport reports some failures only as text.
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "no such host") ||
		strings.Contains(msg, "EOF")
}

// IsConnectionLost reports whether err is the connection to the chain
// failing (refused, reset, closed in the middle of a call) rather than an
// answer from it: ErrUnreachable, or the transport's own errors.
func IsConnectionLost(err error) bool {
	if err == nil {
		return false
	}
	var opErr *net.OpError
	var urlErr *url.Error
	switch {
	case errors.Is(err, ErrUnreachable), errors.As(err, &opErr), errors.As(err, &urlErr),
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, rpc.ErrClientQuit),
		errors.Is(err, net.ErrClosed), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, syscall.ECONNREFUSED):
		return true
	}
	// Some layers keep only the text.
	msg := err.Error()
	for _, s := range []string{"connection reset by peer", "broken pipe", "use of closed network connection", "connection refused", "client is closed"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// revertFrom extracts and decodes revert data carried by an RPC error.
func revertFrom(err error) *contracts.Revert {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	var raw []byte
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		if decErr != nil {
			return nil
		}
		raw = b
	case []byte:
		raw = d
	default:
		return nil
	}
	return contracts.DecodeRevert(raw)
}

// RevertOf is the contract refusal err is or carries (a *contracts.Revert
// already decoded, or revert data in an RPC error), nil if none.
func RevertOf(err error) *contracts.Revert {
	var r *contracts.Revert
	if errors.As(err, &r) {
		return r
	}
	return revertFrom(err)
}
