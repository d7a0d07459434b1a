package disclosure

import (
	"bytes"
	"crypto/rand"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// A notary key no envelope can be sealed to (a copy refused on chain
// aside: malformed, or none published) gets a slot of random bytes; the
// claim is sealed to every other notary, and the envelope keeps the size
// of its recipient count.
func TestUnusableKeyGetsARandomSlot(t *testing.T) {
	good1, _ := NewNotaryKey()
	good2, _ := NewNotaryKey()
	malformed := bytes.Clone(good2.PublicKey())
	// An ML-KEM-768 coefficient of 4095 >= q: not an encapsulation key.
	malformed[0], malformed[1] = 0xff, 0x0f
	if UsableKey(malformed) {
		t.Fatal("setup: the malformed key is usable")
	}
	if !UsableKey(good1.PublicKey()) {
		t.Fatal("a generated key is not usable")
	}
	absent := common.HexToAddress("0x00000000000000000000000000000000000000a3")
	slots := []Slot{
		{ID: good1.ID(), Key: good1.PublicKey()},
		{ID: KeyID(malformed), Key: malformed},
		{ID: MissingKeyID(absent)},
	}
	env, random, err := SealTo([]byte(`{"v":1}`), slots, "ctx", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(env) != EnvelopeSize(3) {
		t.Fatalf("envelope of %d bytes, want %d for 3 recipients", len(env), EnvelopeSize(3))
	}
	if len(random) != 2 || random[0] != 1 || random[1] != 2 {
		t.Fatalf("random slots %v, want 1 and 2", random)
	}
	if pt, err := good1.Open(env, "ctx"); err != nil || string(pt) != `{"v":1}` {
		t.Fatalf("the usable key's notary cannot open it: %v", err)
	}
	p, err := ParseEnvelope(env)
	if err != nil {
		t.Fatal(err)
	}
	if p.Recipients[1].KeyID != KeyID(malformed) || p.Recipients[2].KeyID != MissingKeyID(absent) {
		t.Fatal("a random slot does not name whose key it was")
	}
	if MissingKeyID(absent) == KeyID(nil) || MissingKeyID(absent) == MissingKeyID(common.Address{1}) {
		t.Fatal("MissingKeyID does not name its notary")
	}
	// No usable key at all: refused.
	if _, _, err := SealTo([]byte(`{}`), slots[1:], "ctx", nil); err == nil {
		t.Fatal("sealed to no usable key")
	}
	// Seal (all keys usable) refuses the malformed one.
	if _, err := Seal([]byte(`{}`), [][]byte{good1.PublicKey(), malformed}, "ctx"); err == nil {
		t.Fatal("Seal took a malformed key")
	}
}

// The claimant derives the content key of their own envelope from their
// wallet key (no key kept); anyone else's secret does not fit it.
func TestClaimantDerivesTheContentKey(t *testing.T) {
	n, _ := NewNotaryKey()
	member, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	secret := MemberSecret(member)
	env, _, err := SealTo([]byte(`{"v":1}`), []Slot{{ID: n.ID(), Key: n.PublicKey()}}, "ctx", secret)
	if err != nil {
		t.Fatal(err)
	}
	_, notaryKey, err := n.OpenKey(env, "ctx")
	if err != nil {
		t.Fatal(err)
	}
	mine, err := ContentKeyFor(env, secret)
	if err != nil || !bytes.Equal(mine, notaryKey) {
		t.Fatalf("the claimant's derived key differs from the notary's: %v", err)
	}
	if pt, err := OpenWithContentKey(env, mine); err != nil || string(pt) != `{"v":1}` {
		t.Fatalf("the claimant cannot open their envelope: %v", err)
	}
	if _, err := ContentKeyFor(env, MemberSecret(other)); !errors.Is(err, ErrEnvelopeOpen) {
		t.Fatalf("another member's secret: %v, want ErrEnvelopeOpen", err)
	}
	// Two envelopes of the same member: different content keys.
	env2, _, _ := SealTo([]byte(`{"v":1}`), []Slot{{ID: n.ID(), Key: n.PublicKey()}}, "ctx", secret)
	k2, _ := ContentKeyFor(env2, secret)
	if bytes.Equal(k2, mine) {
		t.Fatal("two envelopes share a content key")
	}
}

// A rejection's reason: always SealedReasonSize bytes, opened by whoever
// holds the claim's content key, bound to the claim, the notary and the
// envelope.
func TestSealedReason(t *testing.T) {
	key := make([]byte, 32)
	rand.Read(key)
	envHash := crypto.Keccak256Hash([]byte("envelope"))
	notary := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	short, err := SealReason(key, 7, envHash, notary, 2, "")
	if err != nil {
		t.Fatal(err)
	}
	long, err := SealReason(key, 7, envHash, notary, 3, strings.Repeat("好", ReasonNoteMax/3))
	if err != nil {
		t.Fatal(err)
	}
	if len(short) != SealedReasonSize || len(long) != SealedReasonSize {
		t.Fatalf("sealed reasons of %d and %d bytes, want %d", len(short), len(long), SealedReasonSize)
	}
	code, note, err := OpenReason(key, 7, envHash, notary, long)
	if err != nil || code != 3 || note != strings.Repeat("好", ReasonNoteMax/3) {
		t.Fatalf("opened %d %q (%v)", code, note, err)
	}
	for name, open := range map[string]func() error{
		"another claim":    func() error { _, _, err := OpenReason(key, 8, envHash, notary, long); return err },
		"another notary":   func() error { _, _, err := OpenReason(key, 7, envHash, common.Address{1}, long); return err },
		"another envelope": func() error { _, _, err := OpenReason(key, 7, common.Hash{1}, notary, long); return err },
		"another key": func() error {
			k := bytes.Clone(key)
			k[0] ^= 1
			_, _, err := OpenReason(k, 7, envHash, notary, long)
			return err
		},
		"a changed byte": func() error {
			b := bytes.Clone(long)
			b[100] ^= 1
			_, _, err := OpenReason(key, 7, envHash, notary, b)
			return err
		},
	} {
		if err := open(); !errors.Is(err, ErrReasonOpen) {
			t.Errorf("%s: %v, want ErrReasonOpen", name, err)
		}
	}
	if _, err := SealReason(key, 7, envHash, notary, 1, strings.Repeat("x", ReasonNoteMax+1)); !errors.Is(err, ErrReasonNote) {
		t.Fatalf("a note too long: %v", err)
	}
	blank, _ := SealedBlank()
	if len(blank) != SealedReasonSize {
		t.Fatal("a blank reason has another size")
	}
	if _, _, err := OpenReason(key, 7, envHash, notary, blank); !errors.Is(err, ErrReasonOpen) {
		t.Fatalf("a blank reason opened: %v", err)
	}
}
