package disclosure_test

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"os/exec"
	"strings"
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

// interopRefuses runs the sd-jwt-vc verifier expecting it to refuse for
// the reason given (a piece of its error message): a refusal for another
// reason, such as a crash or a missing file, does not count.
func interopRefuses(t *testing.T, pres, jwk, reason string) {
	t.Helper()
	// (The caller has run interop.Node, which installs the pinned packages.)
	cmd := exec.Command("node", "sdjwt.mjs", "verify", pres, jwk, "eip155:1337:0x00000000000000000000000000000000000000c0", "nonce-42")
	cmd.Dir = interop.Dir()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if err == nil {
		t.Fatalf("@sd-jwt/sd-jwt-vc accepted %s, want a refusal: %s", pres, reason)
	}
	if !strings.Contains(stderr.String(), reason) {
		t.Fatalf("@sd-jwt/sd-jwt-vc refused, but not because %q: %v\n%s", reason, err, stderr.String())
	}
}
