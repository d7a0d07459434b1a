package disclosure

import (
	"bytes"
	"crypto/hpke"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
)

// The padding is part of what a notary checks: a plaintext whose padding
// is not zeros, or whose length runs past the class, does not open.
func TestEnvelopePaddingIsChecked(t *testing.T) {
	k, err := NewNotaryKey()
	if err != nil {
		t.Fatal(err)
	}
	payload := []byte(`{"v":1}`)
	padded := func() []byte {
		p := make([]byte, PaddedSize)
		binary.BigEndian.PutUint32(p, uint32(len(payload)))
		copy(p[4:], payload)
		return p
	}
	slots := []Slot{{ID: k.ID(), Key: k.PublicKey()}}
	good, _, err := sealPadded(padded(), slots, "ctx", nil)
	if err != nil {
		t.Fatal(err)
	}
	if pt, err := k.Open(good, "ctx"); err != nil || !bytes.Equal(pt, payload) {
		t.Fatalf("a well padded envelope: %q, %v", pt, err)
	}
	for name, edit := range map[string]func(p []byte){
		"a non-zero byte right after the payload": func(p []byte) { p[4+len(payload)] = 1 },
		"a non-zero last byte":                    func(p []byte) { p[PaddedSize-1] = 0x80 },
		"a length past the class":                 func(p []byte) { binary.BigEndian.PutUint32(p, MaxPayload+1) },
		"a length of 2^32-1":                      func(p []byte) { binary.BigEndian.PutUint32(p, ^uint32(0)) },
	} {
		p := padded()
		edit(p)
		env, _, err := sealPadded(p, slots, "ctx", nil)
		if err != nil {
			t.Fatal(err)
		}
		if pt, err := k.Open(env, "ctx"); !errors.Is(err, ErrEnvelopeFormat) {
			t.Errorf("%s: opened to %d bytes (%v), want ErrEnvelopeFormat", name, len(pt), err)
		}
	}
}

// An envelope whose key commitment names one content key while a
// recipient's wrapped key is another: that recipient gets an error, never
// a plaintext of the other key (AES-GCM alone would open it).
func TestEnvelopeKeyCommitmentIsChecked(t *testing.T) {
	honest, _ := NewNotaryKey()
	target, _ := NewNotaryKey()
	committed, other := make([]byte, 32), make([]byte, 32)
	rand.Read(committed)
	rand.Read(other)
	padded := make([]byte, PaddedSize)
	msg := []byte(`{"v":1,"claim":"the one the others saw"}`)
	binary.BigEndian.PutUint32(padded, uint32(len(msg)))
	copy(padded[4:], msg)

	info := EnvelopeInfo("ctx")
	var b bytes.Buffer
	b.WriteString(envelopeMagic)
	b.WriteByte(envelopeVersion)
	for _, id := range []uint16{envelopeKEM.ID(), envelopeKDF.ID(), envelopeAEAD.ID()} {
		binary.Write(&b, binary.BigEndian, id)
	}
	b.WriteByte(2)
	for _, r := range []struct {
		k   *NotaryKey
		key []byte
	}{{honest, committed}, {target, other}} {
		pk, _ := envelopeKEM.NewPublicKey(r.k.PublicKey())
		enc, sender, err := hpke.NewSender(pk, envelopeKDF, envelopeAEAD, info)
		if err != nil {
			t.Fatal(err)
		}
		wrapped, _ := sender.Seal(nil, r.key)
		id := r.k.ID()
		b.Write(id[:])
		writeBlob(&b, enc)
		writeBlob(&b, wrapped)
	}
	c := keyCommitment(committed)
	b.Write(c[:])
	nonce := make([]byte, 12)
	b.Write(nonce)
	// The payload is sealed under the key the target unwraps, not the
	// committed one.
	gcm, _ := newGCM(other)
	aad := bytes.Clone(b.Bytes())
	env := gcm.Seal(b.Bytes(), nonce, padded, aad)
	if _, err := ParseEnvelope(env); err != nil {
		t.Fatalf("the crafted envelope is malformed: %v", err)
	}
	if pt, err := target.Open(env, "ctx"); !errors.Is(err, ErrEnvelopeOpen) {
		t.Fatalf("a recipient whose wrapped key is not the committed one opened %q (%v), want ErrEnvelopeOpen", pt, err)
	}
	if _, err := honest.Open(env, "ctx"); !errors.Is(err, ErrEnvelopeOpen) {
		t.Fatalf("the other recipient: got %v, want ErrEnvelopeOpen", err)
	}
}

// A key id named twice: a sealer could put a garbage block for a notary
// before the real one, and the notary, stopping at the first, could never
// open what the others read. ParseEnvelope refuses the envelope, naming
// the duplicate, for every reader alike.
func TestEnvelopeRepeatedKeyIDIsRefused(t *testing.T) {
	target, _ := NewNotaryKey()
	contentKey := make([]byte, 32)
	rand.Read(contentKey)
	padded := make([]byte, PaddedSize)
	msg := []byte(`{"v":1}`)
	binary.BigEndian.PutUint32(padded, uint32(len(msg)))
	copy(padded[4:], msg)

	info := EnvelopeInfo("ctx")
	var b bytes.Buffer
	b.WriteString(envelopeMagic)
	b.WriteByte(envelopeVersion)
	for _, id := range []uint16{envelopeKEM.ID(), envelopeKDF.ID(), envelopeAEAD.ID()} {
		binary.Write(&b, binary.BigEndian, id)
	}
	b.WriteByte(2)
	id := target.ID()
	// First a block of the right sizes that opens to nothing.
	garbageEnc, garbageWrapped := make([]byte, encSize), make([]byte, wrappedSize)
	rand.Read(garbageEnc)
	rand.Read(garbageWrapped)
	b.Write(id[:])
	writeBlob(&b, garbageEnc)
	writeBlob(&b, garbageWrapped)
	// Then the real one.
	pk, _ := envelopeKEM.NewPublicKey(target.PublicKey())
	enc, sender, err := hpke.NewSender(pk, envelopeKDF, envelopeAEAD, info)
	if err != nil {
		t.Fatal(err)
	}
	wrapped, _ := sender.Seal(nil, contentKey)
	b.Write(id[:])
	writeBlob(&b, enc)
	writeBlob(&b, wrapped)
	c := keyCommitment(contentKey)
	b.Write(c[:])
	nonce := make([]byte, 12)
	b.Write(nonce)
	gcm, _ := newGCM(contentKey)
	aad := bytes.Clone(b.Bytes())
	env := gcm.Seal(b.Bytes(), nonce, padded, aad)
	if len(env) != EnvelopeSize(2) {
		t.Fatalf("crafted %d bytes, want %d", len(env), EnvelopeSize(2))
	}
	_, err = ParseEnvelope(env)
	if !errors.Is(err, ErrEnvelopeFormat) || !strings.Contains(err.Error(), "recipient 2 repeats the key id of recipient 1") {
		t.Fatalf("ParseEnvelope of a repeated key id: got %v, want ErrEnvelopeFormat naming the repeat", err)
	}
	if pt, err := target.Open(env, "ctx"); !errors.Is(err, ErrEnvelopeFormat) {
		t.Fatalf("Open of a repeated key id: %q, %v; want ErrEnvelopeFormat", pt, err)
	}
}
