package disclosure

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestHolderRequestProofOfPossession(t *testing.T) {
	now := time.Now()
	key, _ := crypto.GenerateKey()
	r, err := NewHolderRequest(key, now)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(r)
	k, isReq, err := ReadHolder(b, now)
	if err != nil || !isReq || k.X != r.JWK.X {
		t.Fatalf("ReadHolder: %v", err)
	}
	// Someone else's key with this proof: refused.
	other, _ := crypto.GenerateKey()
	oj, _ := PublicJWK(&other.PublicKey)
	forged := *r
	forged.JWK = oj
	forged.Address = ""
	if err := forged.Check(now); err == nil || !strings.Contains(err.Error(), "proof") {
		t.Fatalf("a proof for another key: %v", err)
	}
	// A bare JWK is accepted as such; a P-256 one is not a wallet key.
	bare, _ := json.Marshal(r.JWK)
	if _, isReq, err := ReadHolder(bare, now); err != nil || isReq {
		t.Fatalf("bare JWK: %v %v", isReq, err)
	}
	pj, _ := PublicJWK(&p256(t).PublicKey)
	pb, _ := json.Marshal(pj)
	if _, _, err := ReadHolder(pb, now); err == nil {
		t.Fatal("a P-256 holder key was accepted")
	}
}
