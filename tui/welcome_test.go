package tui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// Importing a keystore file whose passphrase is shorter than huzhu's
// minimum: that passphrase used to protect the account here too. The
// welcome screen says why and asks for a new passphrase (typed twice),
// which alone protects the account.
func TestWelcomeKeystoreShortPassphraseAsksANewOne(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	doc, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		"1234", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ks := filepath.Join(t.TempDir(), "keystore.json")
	if err := os.WriteFile(ks, doc, 0o600); err != nil {
		t.Fatal(err)
	}
	// An RPC address: no demo offer, so no chain is started.
	sess := session.New(session.Options{DataDir: dir, NoKeyring: true, LightKDF: true, RPC: "http://127.0.0.1:1"})
	w := newWelcome(&Env{Session: sess, Styles: DefaultStyles()})
	var last tea.Cmd
	press := func(s string) { _, last = w.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}) }
	enter := func() { _, last = w.Update(tea.KeyMsg{Type: tea.KeyEnter}) }
	line := func(s string) { press(s); enter() }

	press("i")
	press("f")
	line("lin")
	line(ks)
	line("1234")
	view := w.View(100, 30)
	if w.step != wPass || !strings.Contains(view, "shorter than 8") {
		t.Fatalf("after a short keystore passphrase: step %d, want the new passphrase asked, with the reason:\n%s", w.step, view)
	}
	line("a new passphrase")
	line("a new passphrase")
	if w.step != wSaving || last == nil {
		t.Fatalf("after the new passphrase twice: step %d, want saving", w.step)
	}
	job, ok := last().(jobRequestMsg)
	if !ok {
		t.Fatalf("saving is not a job: %T", last())
	}
	added, ok := job.fn(context.Background()).(accountAddedMsg)
	if !ok || added.err != nil {
		t.Fatalf("the import failed: %v", added.err)
	}
	st := sess.Wallet()
	if _, err := st.Derive(added.acct, []byte("a new passphrase")); err != nil {
		t.Fatalf("the new passphrase does not open the account: %v", err)
	}
	if _, err := st.Derive(added.acct, []byte("1234")); !errors.Is(err, wallet.ErrWrongPassphrase) {
		t.Fatalf("the keystore's short passphrase still opens the account: %v", err)
	}
}
