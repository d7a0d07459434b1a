package session_test

import (
	"context"
	"errors"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// Switching the chosen account: by name and by address; an unknown name
// is an error naming the choices and leaves the choice as it was.
func TestUseAccount(t *testing.T) {
	dir := t.TempDir()
	mei := addAccount(t, dir, "mei")
	lin := addAccount(t, dir, "lin")
	s := session.New(session.Options{DataDir: dir})
	if _, err := s.UseAccount("lin"); err != nil {
		t.Fatal(err)
	}
	if a, err := s.Account(); err != nil || a.Address != lin.Address {
		t.Fatalf("after UseAccount(lin): %v %v", a.Name, err)
	}
	if _, err := s.UseAccount(mei.Address.Hex()); err != nil {
		t.Fatal(err)
	}
	if a, _ := s.Account(); a.Address != mei.Address {
		t.Fatalf("after UseAccount(mei's address): %v", a.Name)
	}
	_, err := s.UseAccount("nobody")
	se := wantError(t, err, session.KindInvalid, session.RemedyChooseAccount)
	if !slices.Contains(se.Choices, "lin") {
		t.Fatalf("choices %v", se.Choices)
	}
	if a, _ := s.Account(); a.Address != mei.Address {
		t.Fatalf("a failed switch changed the account to %v", a.Name)
	}
}

// Adding accounts as the TUI's first run does: a too-short passphrase is
// refused before anything is written, a phrase gives MetaMask's account 0,
// a private key and a keystore import, and a taken name is refused.
func TestAddAccount(t *testing.T) {
	dir := t.TempDir()
	s := session.New(session.Options{DataDir: dir, NoKeyring: true, LightKDF: true})
	const phrase = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
	_, err := s.AddAccount(session.NewAccount{Name: "mei", Phrase: phrase, Passphrase: []byte("short")})
	wantError(t, err, session.KindInvalid, session.RemedyNone)
	if all, _ := s.Accounts(); len(all) != 0 {
		t.Fatalf("a refused account was stored: %v", all)
	}
	a, err := s.AddAccount(session.NewAccount{Name: "mei", Phrase: phrase, Passphrase: []byte("long enough")})
	if err != nil {
		t.Fatal(err)
	}
	if a.Address.Hex() != "0x9858EfFD232B4033E47d90003D41EC34EcaEda94" {
		t.Fatalf("phrase account 0 is %s", a.Address.Hex())
	}
	if got, _ := s.Account(); got.Name != "mei" {
		t.Fatalf("the new account is not chosen: %q", got.Name)
	}
	_, err = s.AddAccount(session.NewAccount{Name: "mei", PrivateKeyHex: "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", Passphrase: []byte("long enough")})
	wantError(t, err, session.KindInvalid, session.RemedyNone)
	_, err = s.AddAccount(session.NewAccount{Name: "lin", PrivateKeyHex: "zz", Passphrase: []byte("long enough")})
	wantError(t, err, session.KindInvalid, session.RemedyNone)
	lin, err := s.AddAccount(session.NewAccount{Name: "lin", PrivateKeyHex: "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", Passphrase: []byte("long enough")})
	if err != nil || lin.Address.Hex() != "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23" {
		t.Fatalf("private key import: %v %v", lin.Address.Hex(), err)
	}
	doc, err := s.Wallet().Export(lin, []byte("long enough"))
	if err != nil {
		t.Fatal(err)
	}
	other := session.New(session.Options{DataDir: t.TempDir(), NoKeyring: true, LightKDF: true})
	_, err = other.AddAccount(session.NewAccount{Name: "lin", Keystore: doc, KeystorePassphrase: []byte("wrong one!")})
	wantError(t, err, session.KindAuth, session.RemedyNone)
	got, err := other.AddAccount(session.NewAccount{Name: "lin", Keystore: doc, KeystorePassphrase: []byte("long enough")})
	if err != nil || got.Address != lin.Address {
		t.Fatalf("keystore import: %v %v", got.Address.Hex(), err)
	}
}

// A foreign keystore under a passphrase shorter than huzhu's minimum
// used to be imported under it. Its own passphrase still has to open it
// (a wrong one is an authentication failure, checked first); then a new
// passphrase must be given, and it alone protects the account.
func TestAddAccountKeystoreShortForeignPassphraseNotKept(t *testing.T) {
	// A keystore under "1234", as another wallet may write it.
	k, _ := wallet.ParsePrivateKey([]byte("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"))
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k}, "1234", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	s := session.New(session.Options{DataDir: t.TempDir(), NoKeyring: true, LightKDF: true})
	_, err = s.AddAccount(session.NewAccount{Name: "lin", Keystore: ks, KeystorePassphrase: []byte("abcd")})
	wantError(t, err, session.KindAuth, session.RemedyNone)
	_, err = s.AddAccount(session.NewAccount{Name: "lin", Keystore: ks, KeystorePassphrase: []byte("1234")})
	wantError(t, err, session.KindInvalid, session.RemedyNone)
	if !errors.Is(err, wallet.ErrShortPassphrase) {
		t.Fatalf("got %v, want ErrShortPassphrase (the face asks for a new passphrase on it)", err)
	}
	_, err = s.AddAccount(session.NewAccount{Name: "lin", Keystore: ks, KeystorePassphrase: []byte("1234"), Passphrase: []byte("short")})
	wantError(t, err, session.KindInvalid, session.RemedyNone)
	if all, _ := s.Accounts(); len(all) != 0 {
		t.Fatalf("a refused import was stored: %v", all)
	}
	a, err := s.AddAccount(session.NewAccount{Name: "lin", Keystore: ks, KeystorePassphrase: []byte("1234"), Passphrase: []byte("a new passphrase")})
	if err != nil || a.Address.Hex() != "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23" {
		t.Fatalf("keystore import with a new passphrase: %v %v", a.Address.Hex(), err)
	}
	if _, err := s.Wallet().Derive(a, []byte("a new passphrase")); err != nil {
		t.Fatalf("the new passphrase does not open the account: %v", err)
	}
	if _, err := s.Wallet().Derive(a, []byte("1234")); !errors.Is(err, wallet.ErrWrongPassphrase) {
		t.Fatalf("the keystore's short passphrase still opens the account: %v", err)
	}
}

// The demo community on a real embedded chain (in this process): the
// founder's community is remembered, its three notaries are seated with
// published keys and active dues, the Demo Hospital is trusted, and the
// founder holds a credential dated inside coverage after the waiting
// period, in the community's currency.
func TestCreateDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the embedded chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	s := session.New(session.Options{DataDir: dir, NoKeyring: true, LightKDF: true})
	defer s.Close()
	pass := []byte("demo passphrase")
	founder, err := s.AddAccount(session.NewAccount{Name: "me", Phrase: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", Passphrase: pass})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateDemo(ctx, founder, []byte("not the passphrase"), nil); session.KindOf(err) != session.KindAuth {
		t.Fatalf("a wrong passphrase: got %v", err)
	}
	var steps []string
	res, err := s.CreateDemo(ctx, founder, pass, func(st string) { steps = append(steps, st) })
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) != 7 || steps[0] != session.DemoStepAccounts || steps[6] != session.DemoStepCredential {
		t.Fatalf("steps %v", steps)
	}
	com, err := s.Community(ctx) // from the data dir's config
	if err != nil || com.Address != res.Community {
		t.Fatalf("remembered community: %v %v", err, res.Community)
	}
	info, err := com.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.Founder != founder.Address || len(info.Notaries) != 3 || info.Params.Currency != "CNY" {
		t.Fatalf("info %+v", info)
	}
	for i, n := range res.Notaries {
		if n.Name != session.DemoNotaries[i] || info.Notaries[i] != n.Address {
			t.Fatalf("notary %d: %s %s", i, n.Name, n.Address.Hex())
		}
		if h, err := com.NotaryKeyHash(ctx, n.Address); err != nil || h == ([32]byte{}) {
			t.Fatalf("%s published no key: %v", n.Name, err)
		}
		if c, _ := wallet.NewNotaryKeyStore(dir).Count(n.Address); c != 1 {
			t.Fatalf("%s keeps %d notary keys", n.Name, c)
		}
		st, err := com.MemberStatus(ctx, n.Address)
		if err != nil || st.State != community.StateWaiting {
			t.Fatalf("%s: %v %v", n.Name, st.State, err)
		}
	}
	logs, err := com.Logs(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	series, err := community.PoolSeries(com.Parts, logs)
	pool, _ := community.PoolFromLogs(com.Parts, logs)
	if err != nil || len(series) != 3 || series[0].Balance.Cmp(info.Params.Dues) != 0 || series[2].Balance.Cmp(pool.Balance) != 0 || pool.Balance.Cmp(info.Pool) != 0 {
		t.Fatalf("pool series %v (%v), fold %v, on chain %v", series, err, pool.Balance, info.Pool)
	}
	if ok, err := com.TrustedIssuer(ctx, res.IssuerID); err != nil || !ok {
		t.Fatalf("the demo hospital is not trusted: %v", err)
	}
	key, err := s.Wallet().Open(founder, mustDerive(t, s.Wallet(), founder, pass))
	if err != nil {
		t.Fatal(err)
	}
	creds, err := wallet.NewCredentialStore(dir).List(founder, key)
	if err != nil || len(creds) != 1 || creds[0].ID != res.CredentialID {
		t.Fatalf("credentials %v %v", creds, err)
	}
	if _, err := os.Stat(res.Issuer.File); err != nil {
		t.Fatal(err)
	}
}

func mustDerive(t *testing.T, st *wallet.Store, a wallet.Account, pass []byte) []byte {
	dk, err := st.Derive(a, pass)
	if err != nil {
		t.Fatal(errors.Join(err))
	}
	return dk
}

// After the demo the wallet holds four accounts; the interactive wallet
// opens with the founder (and then with the one chosen last), while a
// session without RememberAccount (the CLI) still asks which.
func TestRememberedAccountAfterDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the embedded chain")
	}
	dir := t.TempDir()
	s := session.New(session.Options{DataDir: dir, NoKeyring: true, LightKDF: true})
	phrase, _ := session.NewPhrase()
	pass := []byte("remember passphrase")
	founder, err := s.AddAccount(session.NewAccount{Name: "mei", Phrase: phrase, Passphrase: pass})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateDemo(context.Background(), founder, pass, nil); err != nil {
		t.Fatal(err)
	}
	s.Close()

	tuiSess := session.New(session.Options{DataDir: dir, RememberAccount: true})
	if a, err := tuiSess.Account(); err != nil || a.Name != "mei" {
		t.Fatalf("interactive wallet opens with %q (%v), want the founder", a.Name, err)
	}
	if _, err := tuiSess.UseAccount("nora"); err != nil {
		t.Fatal(err)
	}
	if a, err := session.New(session.Options{DataDir: dir, RememberAccount: true}).Account(); err != nil || a.Name != "nora" {
		t.Fatalf("next run opens with %q (%v), want nora, chosen last", a.Name, err)
	}
	var se *session.Error
	if _, err := session.New(session.Options{DataDir: dir}).Account(); !errors.As(err, &se) || se.Remedy != session.RemedyChooseAccount {
		t.Fatalf("the CLI's session picked an account by itself: %v", err)
	}
}

// The demo's credential names its event as huzhu issuers do: 16 random
// bytes in the canonical form (it once was "evt-" and 10 random bytes),
// a new one each time, and its facts are what an issuer may sign.
func TestDemoFactsMakeACanonicalEventID(t *testing.T) {
	now := time.Date(2027, 2, 25, 0, 0, 0, 0, time.UTC)
	a, b := session.DemoFacts(now, "CNY"), session.DemoFacts(now, "CNY")
	id, _ := a["event_id"].(string)
	if len(id) != 22 || !disclosure.ValidEventID(id) || id == b["event_id"] {
		t.Fatalf("the demo's event ids %v and %v: want two different ids of 16 bytes in the canonical form", a["event_id"], b["event_id"])
	}
	if err := disclosure.CheckMedicalFacts(a, []string{"CNY", "KBC"}); err != nil {
		t.Fatalf("the demo's facts are not what an issuer may sign: %v", err)
	}
}
