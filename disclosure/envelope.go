package disclosure

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hpke"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"fmt"

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
// MaxRecipients) for a context.
func Seal(payload []byte, recipients [][]byte, context string) ([]byte, error) {
	if len(payload) > MaxPayload {
		return nil, fmt.Errorf("%w: it is %d bytes, an envelope carries at most %d; disclose fewer optional facts (or shorter ones)", ErrPayloadTooLarge, len(payload), MaxPayload)
	}
	padded := make([]byte, PaddedSize)
	binary.BigEndian.PutUint32(padded, uint32(len(payload)))
	copy(padded[4:], payload)
	defer clear(padded)
	return sealPadded(padded, recipients, context)
}

// sealPadded seals a plaintext already padded to PaddedSize.
func sealPadded(padded []byte, recipients [][]byte, context string) ([]byte, error) {
	if len(recipients) == 0 || len(recipients) > MaxRecipients {
		return nil, fmt.Errorf("an envelope has 1 to %d recipients, not %d", MaxRecipients, len(recipients))
	}
	contentKey := make([]byte, 32)
	if _, err := rand.Read(contentKey); err != nil {
		return nil, err
	}
	defer clear(contentKey)
	var b bytes.Buffer
	b.Grow(EnvelopeSize(len(recipients)))
	b.WriteString(envelopeMagic)
	b.WriteByte(envelopeVersion)
	for _, id := range []uint16{envelopeKEM.ID(), envelopeKDF.ID(), envelopeAEAD.ID()} {
		binary.Write(&b, binary.BigEndian, id)
	}
	b.WriteByte(byte(len(recipients)))
	info := EnvelopeInfo(context)
	seen := map[[32]byte]bool{}
	for i, raw := range recipients {
		pk, err := envelopeKEM.NewPublicKey(raw)
		if err != nil {
			return nil, fmt.Errorf("recipient %d: not an MLKEM768-X25519 public key: %w", i+1, err)
		}
		id := KeyID(raw)
		if seen[id] {
			return nil, fmt.Errorf("recipient %d is named twice", i+1)
		}
		seen[id] = true
		enc, sender, err := hpke.NewSender(pk, envelopeKDF, envelopeAEAD, info)
		if err != nil {
			return nil, err
		}
		wrapped, err := sender.Seal(nil, contentKey)
		if err != nil {
			return nil, err
		}
		b.Write(id[:])
		writeBlob(&b, enc)
		writeBlob(&b, wrapped)
	}
	// AES-GCM does not commit to its key: without this, one ciphertext
	// could be crafted to open to different payloads under different
	// content keys given to different notaries.
	commitment := keyCommitment(contentKey)
	b.Write(commitment[:])
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	b.Write(nonce)
	gcm, err := newGCM(contentKey)
	if err != nil {
		return nil, err
	}
	aad := bytes.Clone(b.Bytes())
	env := gcm.Seal(b.Bytes(), nonce, padded, aad)
	if len(env) != EnvelopeSize(len(recipients)) {
		// Only a change of suite could do this; never let a size leak.
		return nil, fmt.Errorf("internal: sealed %d bytes, the format says %d", len(env), EnvelopeSize(len(recipients)))
	}
	return env, nil
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
	p, err := ParseEnvelope(env)
	if err != nil {
		return nil, err
	}
	id := k.ID()
	for _, r := range p.Recipients {
		if r.KeyID != id {
			continue
		}
		rcpt, err := hpke.NewRecipient(r.Enc, k.priv, envelopeKDF, envelopeAEAD, EnvelopeInfo(context))
		if err != nil {
			return nil, ErrEnvelopeOpen
		}
		contentKey, err := rcpt.Open(nil, r.Wrapped)
		if err != nil {
			return nil, ErrEnvelopeOpen
		}
		defer clear(contentKey)
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
	return nil, ErrNotRecipient
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
