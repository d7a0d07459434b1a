package wallet

import (
	"bufio"
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// ErrAuth marks every failure to unlock: a wrong passphrase, or no way to
// ask for one (no keyring entry, no password file, no terminal).
var ErrAuth = errors.New("authentication failed")

// Unlocker finds the secret that opens an account: the keyring first (no
// typing, no scrypt), then the password file, then a hidden prompt. It
// never falls back to anything stored in plaintext.
type Unlocker struct {
	Store *Store
	// Keyring is nil when the keyring is off (--no-keyring).
	Keyring Keyring
	// PasswordFile is a file whose first line is the passphrase; "-" reads
	// it from Stdin.
	PasswordFile string
	// RememberFromFile lets the keyring remember what a password file's
	// passphrase unlocks, as it does for a typed one (the CLI's
	// --remember). Without it, only typed passphrases are remembered.
	RememberFromFile bool
	Stdin            io.Reader
	// Prompt asks at a hidden prompt; nil when stdin is not a terminal.
	Prompt func(prompt string) ([]byte, error)
	// Notify tells the person why they are asked (keyring unavailable...).
	Notify func(msg string)
	// Sprintf words what Prompt and Notify show, from an English format
	// (a face's message catalog, for its language); nil is fmt.Sprintf.
	Sprintf func(format string, args ...any) string
	// PlainNotices: Notify says why in plain words, without the system's
	// error detail (for a face with one short status line).
	PlainNotices bool
}

func (u *Unlocker) sprintf(format string, args ...any) string {
	if u.Sprintf != nil {
		return u.Sprintf(format, args...)
	}
	return fmt.Sprintf(format, args...)
}

func (u *Unlocker) notify(format string, args ...any) {
	if u.Notify != nil {
		u.Notify(u.sprintf(format, args...))
	}
}

// PasswordFileError: the password file named for this run cannot be
// read, or holds no passphrase. The run was invoked wrongly (a usage
// error), not refused by a key.
type PasswordFileError struct {
	Path string
	Err  error
}

func (e *PasswordFileError) Error() string { return e.Said().String() }

// Said is the error as a sentence; a file that is not there is said so.
func (e *PasswordFileError) Said() i18n.Text {
	var why any = e.Err
	if errors.Is(e.Err, fs.ErrNotExist) {
		why = i18n.Say("no such file")
	}
	if e.Path == "-" {
		return i18n.Say("the password file (standard input): %v", why)
	}
	return i18n.Say("the password file %s: %v", e.Path, why)
}

func (e *PasswordFileError) Unwrap() error { return e.Err }

// ReadPasswordFile returns the first line of a password file ("-": stdin).
func ReadPasswordFile(path string, stdin io.Reader) ([]byte, error) {
	var r io.Reader
	if path == "-" {
		if stdin == nil {
			return nil, &PasswordFileError{Path: path, Err: i18n.SayErr(nil, "no standard input")}
		}
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err // the path is said once, by PasswordFileError
			}
			return nil, &PasswordFileError{Path: path, Err: err}
		}
		defer f.Close()
		r = f
	}
	line, err := bufio.NewReader(r).ReadBytes('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, &PasswordFileError{Path: path, Err: err}
	}
	line = bytes.TrimRight(line, "\r\n")
	if len(line) == 0 {
		return nil, &PasswordFileError{Path: path, Err: i18n.SayErr(nil, "the first line is empty")}
	}
	return line, nil
}

// DerivedKey returns the derived key of an account. A password file, when
// given, is used and nothing else (an explicit choice beats a remembered
// one); otherwise the keyring, then a hidden prompt. When a passphrase was
// typed (or read from the password file with RememberFromFile) and the
// keyring works, the keyring remembers the derived key.
func (u *Unlocker) DerivedKey(a Account) ([]byte, error) {
	keyring := KeyringOff
	if u.Keyring != nil {
		keyring = KeyringNoEntry
	}
	if u.Keyring != nil && u.PasswordFile == "" {
		dk, err := Recall(u.Keyring, a)
		switch {
		case err == nil:
			if _, oerr := u.Store.OpenSecret(a, dk); oerr == nil {
				return dk, nil
			}
			u.notify("the keyring's entry for %s no longer opens it (was the passphrase changed?); asking for the passphrase", a.Name)
		case errors.Is(err, ErrKeyringUnavailable):
			// Said only where a prompt follows; a locked account says it
			// in its error.
			keyring = KeyringUnavailable
			u.Keyring = nil
			switch {
			case u.Prompt == nil:
			case u.PlainNotices:
				u.notify("No OS keyring here, so huzhu cannot remember the passphrase.")
			default:
				u.notify("%v, so huzhu cannot remember the passphrase", err)
			}
		}
	}
	dk, err := u.fromPassphrase(a, keyring)
	if err != nil {
		return nil, err
	}
	// A password file unlocks next time too, and an entry would let
	// anyone at the desktop session open the key without it: what it
	// unlocked is remembered only when asked.
	if u.Keyring != nil && (u.PasswordFile == "" || u.RememberFromFile) {
		if err := Remember(u.Keyring, a, dk); err != nil {
			if u.PlainNotices {
				u.notify("The OS keyring could not remember the passphrase; you will be asked again next time.")
			} else {
				u.notify("the OS keyring could not remember the passphrase (%v); you will be asked again next time", err)
			}
		}
	}
	return dk, nil
}

// KeyringState is what the keyring could do for an unlock.
type KeyringState int

const (
	KeyringNoEntry     KeyringState = iota // on, but nothing remembered for the account
	KeyringOff                             // turned off by the person
	KeyringUnavailable                     // no usable keyring (headless, locked)
)

// LockedError: an account cannot be unlocked because there is no way to
// ask for its passphrase. The face says how to give one.
type LockedError struct {
	Account string
	Keyring KeyringState
	// New: the passphrase would protect a new key (nothing to unlock yet).
	New bool
	// Passphrase: the passphrase itself is needed, which the keyring does
	// not keep (see WithPassphrase).
	Passphrase bool
}

func (e *LockedError) Error() string { return e.Said().String() }

// Said is the error as a sentence.
func (e *LockedError) Said() i18n.Text {
	if e.New {
		return i18n.Say("a passphrase for %s is needed, and there is no password file and no terminal to ask at", e.Account)
	}
	if e.Passphrase {
		return i18n.Say("authentication failed: this needs the passphrase of %s itself, which the keyring does not keep, and there is no password file and no terminal to ask at", e.Account)
	}
	why := i18n.Say("no keyring entry")
	switch e.Keyring {
	case KeyringOff:
		why = i18n.Say("the keyring is off")
	case KeyringUnavailable:
		why = i18n.Say("no usable OS keyring")
	}
	return i18n.Say("authentication failed: %s is locked: %s, no password file, and no terminal to ask at", e.Account, why)
}

func (e *LockedError) Unwrap() error { return ErrAuth }

func (u *Unlocker) fromPassphrase(a Account, keyring KeyringState) ([]byte, error) {
	var dk []byte
	err := u.withPassphrase(a, &LockedError{Account: a.Name, Keyring: keyring}, func(pass []byte) error {
		var err error
		dk, err = u.Store.Derive(a, pass)
		return err
	})
	return dk, err
}

// WithPassphrase reads an account's passphrase itself, from the password
// file or at the prompt, never the keyring's derived key, and hands it to
// use: for what the derived key cannot do, such as sealing an exported
// copy under a salt of its own. use opens the account with it; when use
// fails with ErrWrongPassphrase the passphrase was wrong (asked again at
// a prompt, up to three times). The passphrase is wiped once use returns.
func (u *Unlocker) WithPassphrase(a Account, use func(passphrase []byte) error) error {
	return u.withPassphrase(a, &LockedError{Account: a.Name, Passphrase: true}, use)
}

// withPassphrase is WithPassphrase failing with locked when there is
// neither a password file nor a prompt.
func (u *Unlocker) withPassphrase(a Account, locked *LockedError, use func(passphrase []byte) error) error {
	if u.PasswordFile != "" {
		pass, err := ReadPasswordFile(u.PasswordFile, u.Stdin)
		if err != nil {
			return err
		}
		defer wipe(pass)
		err = use(pass)
		if errors.Is(err, ErrWrongPassphrase) {
			return i18n.SayErr(ErrAuth, "authentication failed: the passphrase in the password file does not unlock %s", a.Name)
		}
		return err
	}
	if u.Prompt == nil {
		return locked
	}
	for attempt := 1; ; attempt++ {
		pass, err := u.Prompt(u.sprintf("Passphrase for %s (%s): ", a.Name, a.Address.Hex()))
		if err != nil {
			// Both wrapped: a face tells a prompt it cancelled from a failure.
			return fmt.Errorf("%w: %w", ErrAuth, err)
		}
		err = use(pass)
		wipe(pass)
		if err == nil {
			return nil
		}
		if !errors.Is(err, ErrWrongPassphrase) {
			return err
		}
		if attempt == 3 {
			return i18n.SayErr(ErrAuth, "authentication failed: wrong passphrase for %s, three times", a.Name)
		}
		u.notify("wrong passphrase; try again")
	}
}

// Key unlocks an Ethereum account's private key.
func (u *Unlocker) Key(a Account) (*ecdsa.PrivateKey, error) {
	dk, err := u.DerivedKey(a)
	if err != nil {
		return nil, err
	}
	defer wipe(dk)
	return u.Store.Open(a, dk)
}

// MinPassphrase is the shortest passphrase huzhu accepts for a new key.
const MinPassphrase = 8

// ErrShortPassphrase: a passphrase shorter than MinPassphrase characters
// would protect a key in the wallet.
var ErrShortPassphrase = i18n.SayErr(nil, "the passphrase is shorter than %d characters", MinPassphrase)

// CheckNewPassphrase is the rule for a passphrase that is to protect a
// key here: at least MinPassphrase characters (ErrShortPassphrase). A key
// imported with a passphrase of its own (a keystore file's) is kept under
// it only if it passes too.
func CheckNewPassphrase(p []byte) error {
	if utf8.RuneCount(p) < MinPassphrase {
		return ErrShortPassphrase
	}
	return nil
}

// NewPassphrase reads the passphrase for a new key: from the password file,
// or typed twice at a hidden prompt.
func (u *Unlocker) NewPassphrase(what string) ([]byte, error) {
	var pass []byte
	if u.PasswordFile != "" {
		p, err := ReadPasswordFile(u.PasswordFile, u.Stdin)
		if err != nil {
			return nil, err
		}
		pass = p
	} else {
		if u.Prompt == nil {
			return nil, &LockedError{Account: what, Keyring: KeyringNoEntry, New: true}
		}
		p, err := u.promptNew(what)
		if err != nil {
			return nil, err
		}
		pass = p
	}
	if err := CheckNewPassphrase(pass); err != nil {
		wipe(pass)
		return nil, err
	}
	return pass, nil
}

// newPassphraseTries is how many times a person at a terminal may try to
// choose a passphrase (too short, or repeated differently).
const newPassphraseTries = 3

// promptNew asks for a new passphrase at the terminal: one too short is
// refused as soon as it is typed, and a repetition that differs asks
// again, each with the reason, up to newPassphraseTries times.
func (u *Unlocker) promptNew(what string) ([]byte, error) {
	why, whyEN := "", "" // the last reason asked again, shown and in English
	for try := 0; try < newPassphraseTries; try++ {
		p, err := u.Prompt(why + u.sprintf("New passphrase for %s (at least %d characters): ", what, MinPassphrase))
		if err != nil {
			return nil, err
		}
		if utf8.RuneCount(p) < MinPassphrase {
			wipe(p)
			why = u.sprintf("That passphrase is shorter than %d characters.", MinPassphrase) + "\n"
			whyEN = fmt.Sprintf("That passphrase is shorter than %d characters.", MinPassphrase)
			continue
		}
		again, err := u.Prompt(u.sprintf("Repeat it: "))
		if err != nil {
			wipe(p)
			return nil, err
		}
		same := bytes.Equal(p, again)
		wipe(again)
		if same {
			return p, nil
		}
		wipe(p)
		why = u.sprintf("The two passphrases differ.") + "\n"
		whyEN = "The two passphrases differ."
	}
	return nil, fmt.Errorf("no passphrase chosen after %d tries (%s); nothing was saved", newPassphraseTries, strings.TrimSuffix(whyEN, "."))
}
