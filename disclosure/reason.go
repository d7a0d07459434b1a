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

const (
	reasonVersion   = 1
	reasonPlainSize = 320
	// ReasonNoteMax is the longest note a sealed reason carries.
	ReasonNoteMax = 280
	// SealedReasonSize is the length of every sealed reason.
	SealedReasonSize = 1 + 12 + reasonPlainSize + 16
)
