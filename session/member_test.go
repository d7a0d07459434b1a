package session_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/session"
)

// Whom a dues payment or a member's status is about: nothing named is the
// account, a name is that account, an address is itself, and the zero
// address or a name the wallet lacks is refused.
func TestResolveMember(t *testing.T) {
	dir := t.TempDir()
	if _, err := session.New(session.Options{DataDir: dir}).ResolveMember(""); err == nil {
		t.Fatal("no account, no name: got a member")
	}
	mei := addAccount(t, dir, "mei")
	lin := addAccount(t, dir, "lin")
	s := session.New(session.Options{DataDir: dir, Account: "mei"})
	other := common.HexToAddress("0x00000000000000000000000000000000000000b2")
	for _, tc := range []struct {
		name string
		want common.Address
	}{
		{"", mei.Address},
		{"  ", mei.Address},
		{"lin", lin.Address},
		{" lin ", lin.Address},
		{other.Hex(), other},
	} {
		if got, err := s.ResolveMember(tc.name); err != nil || got != tc.want {
			t.Errorf("%q: got %s %v, want %s", tc.name, got.Hex(), err, tc.want.Hex())
		}
	}
	_, err := s.ResolveMember("0x0000000000000000000000000000000000000000")
	if se := wantError(t, err, session.KindInvalid, session.RemedyNone); !errors.Is(se, session.ErrNobody) {
		t.Fatalf("the zero address: %v, want ErrNobody", err)
	}
	for _, bad := range []string{"ning", "0x12"} {
		_, err := s.ResolveMember(bad)
		if wantError(t, err, session.KindInvalid, session.RemedyNone); errors.Is(err, session.ErrNobody) {
			t.Fatalf("%q: %v", bad, err)
		}
	}
}
