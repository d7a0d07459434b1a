package disclosure

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// The nullifier hashes an event id byte for byte: two spellings of one
// event would be two nullifiers (the event paid twice), and a guessable
// id, hashed with the public issuer identity, names the hospital of a
// public claim. Hence one form, and ids huzhu makes unguessable; the
// package doc ("Event ids") gives the form and the construction.
const (
	MinEventIDBytes = 16
	MaxEventIDBytes = 48
	// EventIDSecretSize is the size of an issuer's event id secret.
	EventIDSecretSize = 32
	// MaxRecordRef is the longest record reference, in bytes.
	MaxRecordRef = 256
	eventIDBytes = 16
	eventIDLabel = "huzhu event id v1"
)

var eventIDEncoding = base64.RawURLEncoding.Strict()

// ErrEventID marks an event_id that is not in the canonical form; it is
// an ErrBadFact.
var ErrEventID = fmt.Errorf("%w: the event id is not in the canonical form", ErrBadFact)

// ErrRecordRef marks a record reference RecordEventID refuses.
var ErrRecordRef = errors.New("the record reference cannot name an event")

// ValidEventID reports whether id is an event id in its canonical form.
func ValidEventID(id string) bool {
	if len(id) < 22 || len(id) > 64 {
		return false
	}
	b, err := eventIDEncoding.DecodeString(id)
	if err != nil || len(b) < MinEventIDBytes || len(b) > MaxEventIDBytes {
		return false
	}
	// Strict decoding refuses non-zero trailing bits but still skips CR
	// and LF: the round trip refuses those, and anything else not in the
	// alphabet.
	return eventIDEncoding.EncodeToString(b) == id
}

// NewEventID is a fresh event id of 128 random bits.
func NewEventID() string {
	b := make([]byte, eventIDBytes)
	rand.Read(b) // never fails (crypto/rand)
	return eventIDEncoding.EncodeToString(b)
}

// NewEventIDSecret is a fresh issuer event id secret.
func NewEventIDSecret() []byte {
	b := make([]byte, EventIDSecretSize)
	rand.Read(b)
	return b
}

// RecordEventID is the event id an issuer with secret gives the event
// its records call ref (see the construction above). ref is taken byte
// for byte, so it is refused (ErrRecordRef), not tidied, when another
// spelling of it could be meant alike: empty or longer than MaxRecordRef
// bytes, not UTF-8, space around it, a control or format character, or
// Unicode not in NFC.
func RecordEventID(secret []byte, ref string) (string, error) {
	if len(secret) != EventIDSecretSize {
		return "", fmt.Errorf("an event id secret is %d bytes, not %d", EventIDSecretSize, len(secret))
	}
	if err := CheckRecordRef(ref); err != nil {
		return "", err
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(eventIDLabel))
	mac.Write([]byte{0})
	mac.Write([]byte(ref))
	return eventIDEncoding.EncodeToString(mac.Sum(nil)[:eventIDBytes]), nil
}

// CheckRecordRef refuses (ErrRecordRef) a record reference that could be
// spelled two ways (see RecordEventID). Its sentences never repeat the
// reference: a hospital's record number can name a patient.
func CheckRecordRef(ref string) error {
	if ref == "" || len(ref) > MaxRecordRef || !utf8.ValidString(ref) {
		return i18n.SayErr(ErrRecordRef, "a record reference is 1 to %d bytes of UTF-8 text", MaxRecordRef)
	}
	first, _ := utf8.DecodeRuneInString(ref)
	last, _ := utf8.DecodeLastRuneInString(ref)
	if unicode.IsSpace(first) || unicode.IsSpace(last) {
		return i18n.SayErr(ErrRecordRef, "the record reference has space around it; give it exactly as the hospital's records spell it")
	}
	for _, r := range ref {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return i18n.SayErr(ErrRecordRef, "the record reference has a control or invisible formatting character; give it exactly as the hospital's records spell it")
		}
	}
	if !norm.NFC.IsNormalString(ref) {
		return i18n.SayErr(ErrRecordRef, "the record reference is not in Unicode NFC (a letter and its accent written apart); give it in NFC, as one record is always given the same way")
	}
	return nil
}
