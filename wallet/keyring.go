package wallet

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/zalando/go-keyring"
)

// The OS keyring (macOS Keychain, Windows Credential Manager, the Linux
// Secret Service) keeps, for each account, the key derived from its
// passphrase: enough to open the keystore without typing and without
// paying scrypt again, and nothing that is stored on disk in plaintext.

// KeyringService is the service name of huzhu's keyring entries.
const KeyringService = "huzhu"

// Keyring is the part of an OS keyring huzhu uses; go-keyring's package
// functions satisfy it through OSKeyring.
type Keyring interface {
	Get(service, user string) (string, error)
	Set(service, user, secret string) error
	Delete(service, user string) error
}

// OSKeyring is the platform keyring through go-keyring. Every call gives
// up after KeyringTimeout: a locked Secret Service may wait forever for a
// prompt that a headless machine never shows.
type OSKeyring struct{}

// KeyringTimeout bounds one keyring call.
var KeyringTimeout = 5 * time.Second

func (OSKeyring) Get(service, user string) (string, error) {
	return bounded(func() (string, error) { return keyring.Get(service, user) })
}

func (OSKeyring) Set(service, user, secret string) error {
	_, err := bounded(func() (struct{}, error) { return struct{}{}, keyring.Set(service, user, secret) })
	return err
}

func (OSKeyring) Delete(service, user string) error {
	_, err := bounded(func() (struct{}, error) { return struct{}{}, keyring.Delete(service, user) })
	return err
}

func bounded[T any](f func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	ch := make(chan result, 1)
	go func() {
		v, err := f()
		ch <- result{v, err}
	}()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-time.After(KeyringTimeout):
		var zero T
		return zero, fmt.Errorf("no answer within %s (is the keyring locked?)", KeyringTimeout)
	}
}

// ErrKeyringUnavailable means there is no usable keyring: no D-Bus session,
// no Secret Service, or a locked collection.
var ErrKeyringUnavailable = errors.New("OS keyring unavailable")

// keyringUser names an account's entry: its kind, address and keystore id
// (issuer keys have no address, and a notary's rotated HPKE keys share one).
func keyringUser(a Account) string {
	return "dk:" + a.Kind + ":" + strings.ToLower(a.Address.Hex()) + ":" + a.ID
}

// keyringError classifies an error of the keyring.
func keyringError(err error) error {
	if err == nil || errors.Is(err, keyring.ErrNotFound) {
		return err
	}
	return fmt.Errorf("%w: %v", ErrKeyringUnavailable, err)
}

// Remember stores an account's derived key in the keyring.
func Remember(kr Keyring, a Account, dk []byte) error {
	return keyringError(kr.Set(KeyringService, keyringUser(a), hex.EncodeToString(dk)))
}

// Recall fetches an account's derived key from the keyring. It returns
// keyring.ErrNotFound when there is none, ErrKeyringUnavailable when the
// keyring cannot be used.
func Recall(kr Keyring, a Account) ([]byte, error) {
	s, err := kr.Get(KeyringService, keyringUser(a))
	if err != nil {
		return nil, keyringError(err)
	}
	dk, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("the keyring entry of %s is damaged", a.Name)
	}
	return dk, nil
}

// Forget deletes an account's keyring entry; a missing one is no error.
func Forget(kr Keyring, a Account) error {
	err := kr.Delete(KeyringService, keyringUser(a))
	if errors.Is(err, keyring.ErrNotFound) {
		return nil
	}
	return keyringError(err)
}

// ErrNotFound is the keyring's "no such entry".
var ErrNotFound = keyring.ErrNotFound
