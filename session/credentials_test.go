package session

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/wallet"
)

// An issuer the registry knows goes by the name its key is kept under
// here; one it does not know, or whose key is not kept here, by a short
// form of its iss.
func TestIssuerName(t *testing.T) {
	dir := t.TempDir()
	is := wallet.NewIssuerStore(dir)
	is.Scrypt = wallet.LightScrypt
	acct, j, _, err := is.Create("Demo Hospital", []byte("a good passphrase"), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(map[string]any{"jwk": j})
	if err := os.WriteFile(filepath.Join(filepath.Dir(acct.File), "jwk.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	thumb, _ := j.Thumbprint()
	ts, _ := j.ThumbprintString()
	s := New(Options{DataDir: dir})
	sum := disclosure.Summary{Issuer: disclosure.JWKThumbprintURN + "sha-256:" + ts, IssuerThumbprint: thumb, HasIssuer: true}
	identity := [32]byte{1}
	if got := s.IssuerName(sum, identity).String(); got != "Demo Hospital" {
		t.Errorf("registered, kept here: %q", got)
	}
	if got, want := s.IssuerName(sum, [32]byte{}).String(), "key "+ts[:8]+"…"; got != want {
		t.Errorf("not in the registry: %q, want %q", got, want)
	}
	other := disclosure.Summary{Issuer: "https://hospital.example/", IssuerThumbprint: [32]byte{9}, HasIssuer: true}
	if got := s.IssuerName(other, identity).String(); got != "hospital.example" {
		t.Errorf("registered, not kept here: %q", got)
	}
}
