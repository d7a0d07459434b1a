package disclosure

// A rejection's reason is sealed (SPEC section 4, v2): publicly a claim is
// only approved, rejected or expired; the reason code and note are read
// by the claimant and the notaries of the claim's term, and the chain
// holds only the sealed bytes in the rejecting transaction and their hash
// in the ClaimVote event.
//
// # Sealed reason format, version 1
//
// SealedReasonSize = 349 bytes, whatever the reason:
//
//	offset  size  field
//	0       1     version = 1
//	1       12    nonce
//	13      336   AES-256-GCM(reason key, nonce, plaintext, additional data
//	              = "huzhu rejection reason v1" || envelope hash): 320 bytes
//	              of ciphertext and the 16-byte tag
//
// The plaintext is the reason code (1 byte), the note's length (2 bytes)
// and the note (UTF-8, at most ReasonNoteMax bytes), then zeros. The
// reason key is HKDF-SHA256 of the claim envelope's content key, with the
// claim id and the rejecting notary's address as info: every recipient of
// the envelope (the term's notaries) holds the content key, and so does
// the claimant, who derives it from their wallet key (SealForMember).

import (
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
)

const (
	reasonVersion   = 1
	reasonPlainSize = 320
	// ReasonNoteMax is the longest note a sealed reason carries.
	ReasonNoteMax = 280
	// SealedReasonSize is the length of every sealed reason.
	SealedReasonSize = 1 + 12 + reasonPlainSize + 16
)

// Reason errors callers branch on.
var (
	ErrReasonFormat = errors.New("not a huzhu sealed reason")
	ErrReasonOpen   = errors.New("the sealed reason does not open with this claim's key")
	ErrReasonNote   = errors.New("the note does not fit a sealed reason")
)

// reasonKey is the key of the reason `notary` seals for claim id of the
// envelope with contentKey.
func reasonKey(contentKey []byte, claimID uint64, notary common.Address) ([]byte, error) {
	info := make([]byte, 0, 64)
	info = append(info, "huzhu rejection reason v1\x00"...)
	info = binary.BigEndian.AppendUint64(info, claimID)
	info = append(info, notary[:]...)
	return hkdf.Key(sha256.New, contentKey, nil, string(info), 32)
}

func reasonAAD(envelopeHash [32]byte) []byte {
	return append([]byte("huzhu rejection reason v1"), envelopeHash[:]...)
}

// SealReason seals a rejection's reason code and note (UTF-8, at most
// ReasonNoteMax bytes) for claim id, whose envelope (hash envelopeHash)
// has contentKey, as notary: every reason is SealedReasonSize bytes.
func SealReason(contentKey []byte, claimID uint64, envelopeHash [32]byte, notary common.Address, code uint8, note string) ([]byte, error) {
	if len(note) > ReasonNoteMax {
		return nil, fmt.Errorf("%w: it is %d bytes, at most %d", ErrReasonNote, len(note), ReasonNoteMax)
	}
	key, err := reasonKey(contentKey, claimID, notary)
	if err != nil {
		return nil, err
	}
	defer clear(key)
	plain := make([]byte, reasonPlainSize)
	defer clear(plain)
	plain[0] = code
	binary.BigEndian.PutUint16(plain[1:], uint16(len(note)))
	copy(plain[3:], note)
	gcm, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 1+12, SealedReasonSize)
	out[0] = reasonVersion
	if _, err := rand.Read(out[1:13]); err != nil {
		return nil, err
	}
	out = gcm.Seal(out, out[1:13], plain, reasonAAD(envelopeHash))
	if len(out) != SealedReasonSize {
		return nil, fmt.Errorf("internal: sealed %d bytes, the format says %d", len(out), SealedReasonSize)
	}
	return out, nil
}

// OpenReason opens a sealed reason notary gave for claim id, whose
// envelope (hash envelopeHash) has contentKey.
func OpenReason(contentKey []byte, claimID uint64, envelopeHash [32]byte, notary common.Address, sealed []byte) (code uint8, note string, err error) {
	if len(sealed) != SealedReasonSize || sealed[0] != reasonVersion {
		return 0, "", ErrReasonFormat
	}
	key, err := reasonKey(contentKey, claimID, notary)
	if err != nil {
		return 0, "", err
	}
	defer clear(key)
	gcm, err := newGCM(key)
	if err != nil {
		return 0, "", err
	}
	plain, err := gcm.Open(nil, sealed[1:13], sealed[13:], reasonAAD(envelopeHash))
	if err != nil {
		return 0, "", ErrReasonOpen
	}
	n := int(binary.BigEndian.Uint16(plain[1:]))
	if n > ReasonNoteMax {
		return 0, "", ErrReasonFormat
	}
	var nonzero byte
	for _, c := range plain[3+n:] {
		nonzero |= c
	}
	if nonzero != 0 || !utf8.Valid(plain[3:3+n]) {
		return 0, "", ErrReasonFormat
	}
	return plain[0], string(plain[3 : 3+n]), nil
}

// SealedBlank is a sealed reason nobody can open (random bytes of the
// right size): what a notary who cannot open a claim's envelope, and so
// has no key to seal a reason under, sends with a rejection.
func SealedBlank() ([]byte, error) {
	out := make([]byte, SealedReasonSize)
	if _, err := rand.Read(out[1:]); err != nil {
		return nil, err
	}
	out[0] = reasonVersion
	return out, nil
}
