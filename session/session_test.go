package session_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func addAccount(t *testing.T, dir, name string) wallet.Account {
	t.Helper()
	st := wallet.NewStore(dir)
	st.Scrypt = wallet.LightScrypt
	key, _ := crypto.GenerateKey()
	a, _, err := st.Add(key, []byte("session test pass"), wallet.AddOptions{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func wantError(t *testing.T, err error, kind session.Kind, remedy session.Remedy) *session.Error {
	t.Helper()
	var se *session.Error
	if !errors.As(err, &se) {
		t.Fatalf("got %v (%T), want a session error", err, err)
	}
	if se.Kind != kind || se.Remedy != remedy {
		t.Fatalf("got kind %d remedy %d (%v), want kind %d remedy %d", se.Kind, se.Remedy, se, kind, remedy)
	}
	return se
}

// The chosen account: none in the wallet, the only one, one of several by
// name or address, and a name that is not there.
func TestAccountChoice(t *testing.T) {
	dir := t.TempDir()
	_, err := session.New(session.Options{DataDir: dir}).Account()
	wantError(t, err, session.KindInvalid, session.RemedyCreateAccount)

	mei := addAccount(t, dir, "mei")
	got, err := session.New(session.Options{DataDir: dir}).Account()
	if err != nil || got.Address != mei.Address {
		t.Fatalf("the only account: got %v %v, want mei", got.Name, err)
	}

	lin := addAccount(t, dir, "lin")
	_, err = session.New(session.Options{DataDir: dir}).Account()
	se := wantError(t, err, session.KindInvalid, session.RemedyChooseAccount)
	if !slices.Contains(se.Choices, "mei") || !slices.Contains(se.Choices, "lin") {
		t.Fatalf("choices %v, want mei and lin", se.Choices)
	}
	for _, q := range []string{"lin", lin.Address.Hex()} {
		got, err := session.New(session.Options{DataDir: dir, Account: q}).Account()
		if err != nil || got.Address != lin.Address {
			t.Fatalf("account %q: got %v %v, want lin", q, got.Name, err)
		}
	}
	_, err = session.New(session.Options{DataDir: dir, Account: "ning"}).Account()
	se = wantError(t, err, session.KindInvalid, session.RemedyChooseAccount)
	if len(se.Choices) != 2 || !errors.Is(err, wallet.ErrNoAccount) {
		t.Fatalf("unknown account: %v (choices %v)", err, se.Choices)
	}
}

// On the embedded chain: no community chosen is ErrNoCommunity (the token
// falls back to the dev KBC), a malformed choice is an error of its own,
// and a quote refuses, with the remedy, what the account cannot pay for.
func TestCommunityChoiceAndQuote(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded chain")
	}
	ctx := context.Background()
	dir := t.TempDir()
	s := session.New(session.Options{DataDir: dir})
	defer s.Close()

	_, err := s.CommunityAddress(ctx)
	if !errors.Is(err, session.ErrNoCommunity) {
		t.Fatalf("no community: got %v, want ErrNoCommunity", err)
	}
	wantError(t, err, session.KindInvalid, session.RemedyChooseCommunity)
	tok, com, ok, err := s.Token(ctx)
	if err != nil || !ok || com != nil || tok.Address != chain.DevToken {
		t.Fatalf("token without a community: %v %v %v %v, want the dev KBC", tok, com, ok, err)
	}

	c, _ := s.Chain(ctx)
	bad := session.New(session.Options{DataDir: dir, Community: "0x1234"})
	bad.UseConn(c)
	_, err = bad.CommunityAddress(ctx)
	if errors.Is(err, session.ErrNoCommunity) {
		t.Fatal("a malformed community counts as none chosen")
	}
	wantError(t, err, session.KindInvalid, session.RemedyChooseCommunity)
	if _, _, _, err := bad.Token(ctx); err == nil {
		t.Fatal("a malformed community silently fell back to the dev token")
	}

	poor := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	to := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	_, err = s.Quote(ctx, poor, session.Plan{To: &to, Value: big.NewInt(1)})
	if se := wantError(t, err, session.KindRefused, session.RemedyFundETH); se.Account != poor.Hex() {
		t.Fatalf("fund which account? %q", se.Account)
	}
	_, err = s.Quote(ctx, poor, session.Plan{To: &to, Spends: big.NewInt(1), Token: tok})
	wantError(t, err, session.KindRefused, session.RemedyFundTokens)

	if _, err := chain.Faucet(ctx, c.RPC, poor, big.NewInt(1e18), big.NewInt(5)); err != nil {
		t.Fatal(err)
	}
	q, err := s.Quote(ctx, poor, session.Plan{To: &to, Value: big.NewInt(1), Spends: big.NewInt(5), Token: tok})
	if err != nil {
		t.Fatalf("a funded account: %v", err)
	}
	if q.Gas < 21000 || q.MaxFee.Sign() <= 0 || q.Tokens.Cmp(big.NewInt(5)) != 0 {
		t.Fatalf("quote: gas %d, max fee %v, tokens %v", q.Gas, q.MaxFee, q.Tokens)
	}
}
