package disclosure

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/hpke"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Sealed claim envelopes (SPEC section 6); the byte format is in the
// package doc.

// Envelope suite identifiers.
var (
	envelopeKEM  = hpke.MLKEM768X25519()
	envelopeKDF  = hpke.HKDFSHA256()
	envelopeAEAD = hpke.AES256GCM()
)

const (
	envelopeMagic   = "HZEV"
	envelopeVersion = 2
	// MaxRecipients is the most notaries an envelope is sealed to.
	MaxRecipients = 32
	// PaddedSize is the one size class of an envelope's plaintext: the
	// payload's length (4 bytes) and the payload, then zeros up to this
	// size. Every envelope of a community is thus as long as any other with
	// as many recipients, whatever the claim is about.
	PaddedSize = 8192
	// MaxPayload is the largest payload an envelope carries.
	MaxPayload = PaddedSize - 4

	encSize       = 1120    // X-Wing encapsulation
	wrappedSize   = 32 + 16 // content key and its AES-GCM tag
	recipientSize = 32 + 2 + encSize + 2 + wrappedSize
	headerSize    = 12
	trailerSize   = 32 + 12 + PaddedSize + 16 // commitment, nonce, padded ciphertext and tag
)

// EnvelopeSize is the length of every envelope sealed to n recipients.
func EnvelopeSize(n int) int { return headerSize + n*recipientSize + trailerSize }

// Envelope errors callers branch on.
var (
	ErrEnvelopeFormat  = errors.New("not a huzhu claim envelope")
	ErrNotRecipient    = errors.New("this key is not a recipient of the envelope")
	ErrEnvelopeOpen    = errors.New("the envelope does not open: it was altered, or sealed for another community")
	ErrPayloadTooLarge = errors.New("the claim's evidence does not fit an envelope")
)

// EnvelopeInfo is the HPKE info string for a context.
func EnvelopeInfo(context string) []byte { return []byte("huzhu claim envelope v1\x00" + context) }

// KeyID names an HPKE public key: keccak256 of its bytes, as on chain.
func KeyID(pub []byte) [32]byte { return crypto.Keccak256Hash(pub) }

// EnvelopeHash is the hash the contract stores: keccak256 of the envelope.
func EnvelopeHash(env []byte) [32]byte { return crypto.Keccak256Hash(env) }

// NotaryKey is a notary's HPKE key pair for claim envelopes.
type NotaryKey struct{ priv hpke.PrivateKey }

// NewNotaryKey generates a key pair.
func NewNotaryKey() (*NotaryKey, error) {
	k, err := envelopeKEM.GenerateKey()
	if err != nil {
		return nil, err
	}
	return &NotaryKey{priv: k}, nil
}

// NotaryKeyFromSeed restores a key from its 32-byte seed.
func NotaryKeyFromSeed(seed []byte) (*NotaryKey, error) {
	k, err := envelopeKEM.NewPrivateKey(seed)
	if err != nil {
		return nil, fmt.Errorf("not an MLKEM768-X25519 private key: %w", err)
	}
	return &NotaryKey{priv: k}, nil
}

// Seed is the private key's serialisation (32 bytes), for the wallet's
// encrypted store only.
func (k *NotaryKey) Seed() ([]byte, error) { return k.priv.Bytes() }

// PublicKey is the public key as published on chain (1,216 bytes).
func (k *NotaryKey) PublicKey() []byte { return k.priv.PublicKey().Bytes() }

// ID is the public key's id.
func (k *NotaryKey) ID() [32]byte { return KeyID(k.PublicKey()) }

// Seal encrypts payload to every public key (at least one, at most
// MaxRecipients) for a context, with a random content key. Every key must
// be usable (SealTo gives an unusable one a slot of random bytes).
func Seal(payload []byte, recipients [][]byte, context string) ([]byte, error) {
	rs := make([]Slot, len(recipients))
	for i, k := range recipients {
		if !UsableKey(k) {
			return nil, fmt.Errorf("recipient %d: not an MLKEM768-X25519 public key", i+1)
		}
		rs[i] = Slot{ID: KeyID(k), Key: k}
	}
	env, _, err := SealTo(payload, rs, context, nil)
	return env, err
}

// Slot is one recipient block of an envelope to seal: the key id it names
// and the public key, or no key (nil) for a notary whose key cannot be
// sealed to (malformed, or none published): that block is random bytes of
// the block's size, so that the envelope keeps its length and every other
// notary can open it, and the review can tell whose key it was.
type Slot struct {
	ID  [32]byte
	Key []byte
}

// UsableKey reports whether pub is an MLKEM768-X25519 public key an
// envelope can be sealed to.
func UsableKey(pub []byte) bool {
	pk, err := envelopeKEM.NewPublicKey(pub)
	if err != nil {
		return false
	}
	_, _, err = hpke.NewSender(pk, envelopeKDF, envelopeAEAD, EnvelopeInfo("huzhu key check"))
	return err == nil
}

// MissingKeyID is the key id a slot names for a notary who published no
// key: it names the notary, and no key hashes to it.
func MissingKeyID(notary common.Address) [32]byte {
	return crypto.Keccak256Hash([]byte("huzhu: no key published\x00"), notary[:])
}

// SealTo seals payload to slots (at least one with a key, at most
// MaxRecipients) for a context. The content key is random, or, with a
// sealer's secret (the claimant's, MemberSecret), derived from it and the
// envelope's nonce, so that the sealer can derive it again later
// (ContentKeyFor) without keeping it: a rejection's reason is sealed under
// it (SealReason). It returns the envelope and the slots that were given
// random bytes (their index).
func SealTo(payload []byte, slots []Slot, context string, secret []byte) ([]byte, []int, error) {
	if len(payload) > MaxPayload {
		return nil, nil, fmt.Errorf("%w: it is %d bytes, an envelope carries at most %d; disclose fewer optional facts (or shorter ones)", ErrPayloadTooLarge, len(payload), MaxPayload)
	}
	padded := make([]byte, PaddedSize)
	binary.BigEndian.PutUint32(padded, uint32(len(payload)))
	copy(padded[4:], payload)
	defer clear(padded)
	return sealPadded(padded, slots, context, secret)
}

// sealPadded seals a plaintext already padded to PaddedSize.
func sealPadded(padded []byte, slots []Slot, context string, secret []byte) ([]byte, []int, error) {
	if len(slots) == 0 || len(slots) > MaxRecipients {
		return nil, nil, fmt.Errorf("an envelope has 1 to %d recipients, not %d", MaxRecipients, len(slots))
	}
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return nil, nil, err
	}
	contentKey := make([]byte, 32)
	if secret != nil {
		copy(contentKey, deriveContentKey(secret, nonce))
	} else if _, err := rand.Read(contentKey); err != nil {
		return nil, nil, err
	}
	defer clear(contentKey)
	var b bytes.Buffer
	b.Grow(EnvelopeSize(len(slots)))
	b.WriteString(envelopeMagic)
	b.WriteByte(envelopeVersion)
	for _, id := range []uint16{envelopeKEM.ID(), envelopeKDF.ID(), envelopeAEAD.ID()} {
		binary.Write(&b, binary.BigEndian, id)
	}
	b.WriteByte(byte(len(slots)))
	info := EnvelopeInfo(context)
	seen := map[[32]byte]bool{}
	var random []int
	for i, sl := range slots {
		if seen[sl.ID] {
			return nil, nil, fmt.Errorf("recipient %d is named twice", i+1)
		}
		seen[sl.ID] = true
		enc, wrapped, ok := wrapKey(sl.Key, info, contentKey)
		if !ok {
			enc, wrapped = make([]byte, encSize), make([]byte, wrappedSize)
			if _, err := rand.Read(enc); err != nil {
				return nil, nil, err
			}
			if _, err := rand.Read(wrapped); err != nil {
				return nil, nil, err
			}
			random = append(random, i)
		}
		b.Write(sl.ID[:])
		writeBlob(&b, enc)
		writeBlob(&b, wrapped)
	}
	if len(random) == len(slots) {
		return nil, nil, errors.New("no recipient's key can be sealed to")
	}
	// AES-GCM does not commit to its key: without this, one ciphertext
	// could be crafted to open to different payloads under different
	// content keys given to different notaries.
	commitment := keyCommitment(contentKey)
	b.Write(commitment[:])
	b.Write(nonce)
	gcm, err := newGCM(contentKey)
	if err != nil {
		return nil, nil, err
	}
	aad := bytes.Clone(b.Bytes())
	env := gcm.Seal(b.Bytes(), nonce, padded, aad)
	if len(env) != EnvelopeSize(len(slots)) {
		// Only a change of suite could do this; never let a size leak.
		return nil, nil, fmt.Errorf("internal: sealed %d bytes, the format says %d", len(env), EnvelopeSize(len(slots)))
	}
	return env, random, nil
}

// wrapKey seals the content key to pub; ok is false when pub cannot be
// sealed to (nil, malformed, a point X25519 refuses).
func wrapKey(pub []byte, info, contentKey []byte) (enc, wrapped []byte, ok bool) {
	if pub == nil {
		return nil, nil, false
	}
	pk, err := envelopeKEM.NewPublicKey(pub)
	if err != nil {
		return nil, nil, false
	}
	enc, sender, err := hpke.NewSender(pk, envelopeKDF, envelopeAEAD, info)
	if err != nil {
		return nil, nil, false
	}
	wrapped, err = sender.Seal(nil, contentKey)
	if err != nil || len(enc) != encSize || len(wrapped) != wrappedSize {
		return nil, nil, false
	}
	return enc, wrapped, true
}

// MemberSecret is the secret a claimant's envelopes' content keys derive
// from: HMAC-SHA256 of the wallet's private key under a fixed label. It
// never leaves the wallet; a member restoring their wallet from its
// mnemonic derives the same.
func MemberSecret(key *ecdsa.PrivateKey) []byte {
	d := make([]byte, 32)
	key.D.FillBytes(d)
	defer clear(d)
	m := hmac.New(sha256.New, d)
	m.Write([]byte("huzhu claimant secret v1"))
	return m.Sum(nil)
}

// deriveContentKey is an envelope's content key from its sealer's secret
// and its payload nonce (public, in the envelope).
func deriveContentKey(secret, nonce []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("huzhu envelope content key v1\x00"))
	m.Write(nonce)
	return m.Sum(nil)
}

// ContentKeyFor derives the content key of an envelope its claimant
// sealed with secret (MemberSecret), checking it against the envelope's
// key commitment: ErrEnvelopeOpen if the envelope was not sealed with it.
func ContentKeyFor(env []byte, secret []byte) ([]byte, error) {
	p, err := ParseEnvelope(env)
	if err != nil {
		return nil, err
	}
	k := deriveContentKey(secret, p.Nonce)
	if c := keyCommitment(k); subtle.ConstantTimeCompare(c[:], p.Commitment) != 1 {
		clear(k)
		return nil, ErrEnvelopeOpen
	}
	return k, nil
}

// keyCommitment binds an envelope to its content key.
func keyCommitment(contentKey []byte) [32]byte {
	h := sha256.New()
	h.Write([]byte("huzhu envelope key commitment v1"))
	h.Write(contentKey)
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

func writeBlob(b *bytes.Buffer, p []byte) {
	binary.Write(b, binary.BigEndian, uint16(len(p)))
	b.Write(p)
}

func newGCM(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// Recipient is one recipient block of an envelope.
type Recipient struct {
	KeyID   [32]byte
	Enc     []byte
	Wrapped []byte
}

// ParsedEnvelope is an envelope's structure, before opening.
type ParsedEnvelope struct {
	Recipients []Recipient
	Commitment []byte
	Nonce      []byte
	Ciphertext []byte
	aad        []byte
}

// ParseEnvelope checks an envelope's structure (not its cryptography).
func ParseEnvelope(env []byte) (*ParsedEnvelope, error) {
	bad := func(what string) error { return fmt.Errorf("%w: %s", ErrEnvelopeFormat, what) }
	if len(env) < headerSize || string(env[:4]) != envelopeMagic {
		return nil, bad("no HZEV header")
	}
	if env[4] == 1 {
		return nil, bad("version 1, sealed by an older huzhu without padding (its length tells what the claim is about); this huzhu reads only version 2: the member must file the claim again with a current huzhu")
	}
	if env[4] != envelopeVersion {
		return nil, bad(fmt.Sprintf("version %d (this huzhu reads version %d)", env[4], envelopeVersion))
	}
	kem, kdf, aead := binary.BigEndian.Uint16(env[5:]), binary.BigEndian.Uint16(env[7:]), binary.BigEndian.Uint16(env[9:])
	if kem != envelopeKEM.ID() || kdf != envelopeKDF.ID() || aead != envelopeAEAD.ID() {
		return nil, bad(fmt.Sprintf("suite %#04x/%#04x/%#04x is not MLKEM768-X25519/HKDF-SHA256/AES-256-GCM", kem, kdf, aead))
	}
	n := int(env[11])
	if n == 0 || n > MaxRecipients {
		return nil, bad(fmt.Sprintf("%d recipients", n))
	}
	if len(env) != EnvelopeSize(n) {
		return nil, bad(fmt.Sprintf("%d bytes; an envelope for %d recipients has exactly %d", len(env), n, EnvelopeSize(n)))
	}
	// Past the exact length, every field sits at a fixed offset: only the
	// two length prefixes of each block remain to be checked.
	p := &ParsedEnvelope{}
	named := map[[32]byte]int{}
	for i := range n {
		blk := env[headerSize+i*recipientSize : headerSize+(i+1)*recipientSize]
		encLen, wrappedLen := binary.BigEndian.Uint16(blk[32:]), binary.BigEndian.Uint16(blk[34+encSize:])
		if encLen != encSize || wrappedLen != wrappedSize {
			return nil, bad(fmt.Sprintf("recipient %d: encapsulation of %d and wrapped key of %d bytes, want %d and %d", i+1, encLen, wrappedLen, encSize, wrappedSize))
		}
		var r Recipient
		copy(r.KeyID[:], blk[:32])
		r.Enc = blk[34 : 34+encSize]
		r.Wrapped = blk[36+encSize:]
		// A key id named twice would let a sealer put a block that opens to
		// nothing before a notary's real one: refused for every reader.
		if j, dup := named[r.KeyID]; dup {
			return nil, bad(fmt.Sprintf("recipient %d repeats the key id of recipient %d; an envelope names each notary once", i+1, j))
		}
		named[r.KeyID] = i + 1
		p.Recipients = append(p.Recipients, r)
	}
	trailer := env[headerSize+n*recipientSize:]
	p.Commitment = trailer[:32]
	p.Nonce = trailer[32:44]
	p.Ciphertext = trailer[44:]
	p.aad = env[:len(env)-len(p.Ciphertext)]
	return p, nil
}

// Open decrypts an envelope with a notary's key, for a context.
func (k *NotaryKey) Open(env []byte, context string) ([]byte, error) {
	plain, key, err := k.OpenKey(env, context)
	clear(key)
	return plain, err
}

// OpenKey decrypts an envelope with a notary's key, for a context, and
// returns its content key too (for a rejection's sealed reason); the
// caller clears it.
func (k *NotaryKey) OpenKey(env []byte, context string) ([]byte, []byte, error) {
	p, err := ParseEnvelope(env)
	if err != nil {
		return nil, nil, err
	}
	id := k.ID()
	for _, r := range p.Recipients {
		if r.KeyID != id {
			continue
		}
		rcpt, err := hpke.NewRecipient(r.Enc, k.priv, envelopeKDF, envelopeAEAD, EnvelopeInfo(context))
		if err != nil {
			return nil, nil, ErrEnvelopeOpen
		}
		contentKey, err := rcpt.Open(nil, r.Wrapped)
		if err != nil {
			return nil, nil, ErrEnvelopeOpen
		}
		plain, err := OpenWithContentKey(env, contentKey)
		if err != nil {
			clear(contentKey)
			return nil, nil, err
		}
		return plain, contentKey, nil
	}
	return nil, nil, ErrNotRecipient
}

// OpenWithContentKey decrypts an envelope with its content key (a
// notary's, from their slot; the claimant's, from ContentKeyFor).
func OpenWithContentKey(env, contentKey []byte) ([]byte, error) {
	p, err := ParseEnvelope(env)
	if err != nil {
		return nil, err
	}
	if c := keyCommitment(contentKey); subtle.ConstantTimeCompare(c[:], p.Commitment) != 1 {
		return nil, ErrEnvelopeOpen
	}
	gcm, err := newGCM(contentKey)
	if err != nil {
		return nil, ErrEnvelopeOpen
	}
	padded, err := gcm.Open(nil, p.Nonce, p.Ciphertext, p.aad)
	if err != nil {
		return nil, ErrEnvelopeOpen
	}
	return unpad(padded)
}

// unpad returns the payload of a padded plaintext. The padding must be
// zeros: a sealer who put anything there could hide a second message in
// it or tell envelopes apart.
func unpad(padded []byte) ([]byte, error) {
	if len(padded) != PaddedSize {
		return nil, fmt.Errorf("%w: plaintext of %d bytes, want %d", ErrEnvelopeFormat, len(padded), PaddedSize)
	}
	n := binary.BigEndian.Uint32(padded)
	if n > MaxPayload {
		return nil, fmt.Errorf("%w: the payload length %d exceeds the %d an envelope carries", ErrEnvelopeFormat, n, MaxPayload)
	}
	var nonzero byte
	for _, c := range padded[4+n:] {
		nonzero |= c
	}
	if nonzero != 0 {
		return nil, fmt.Errorf("%w: its padding is not all zeros", ErrEnvelopeFormat)
	}
	return padded[4 : 4+n], nil
}
