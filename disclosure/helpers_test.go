package disclosure_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"os/exec"
	"testing"

	"github.com/huzhu-community/huzhu/internal/interop"
)

func newIssuerKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// interopFails runs the sd-jwt-vc verifier expecting it to refuse.
func interopFails(pres, jwk string) error {
	cmd := exec.Command("node", "sdjwt.mjs", "verify", pres, jwk, "eip155:1337:0x00000000000000000000000000000000000000c0", "nonce-42")
	cmd.Dir = interop.Dir()
	return cmd.Run()
}
