package tui

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/muesli/termenv"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// The home page drawn from a fixed dashboard.
func TestHomeViewGolden(t *testing.T) {
	f := &Frame{Width: 100, Height: 30, Styles: DefaultStyles(), Keys: DefaultKeyMap()}
	p := newHomePage(f, Services{})
	at := time.Date(2027, 2, 25, 9, 30, 0, 0, time.UTC)
	tok := community.Token{Address: common.HexToAddress("0x00000000000000000000000000000000000000cc"), Symbol: "KBC", Decimals: 18}
	info := &community.Info{
		Address: common.HexToAddress("0x00000000000000000000000000000000000000aa"), Token: tok,
		Params: community.DefaultParams(), Term: 1, Notaries: make([]common.Address, 3),
		Pool: tokens(1234), Claims: 7, Queued: 1, ChainTime: at,
	}
	p.loading = false
	p.data = &Dashboard{
		Endpoint: "embedded:/home/me/.local/share/huzhu/chain/huzhu.ipc", ChainID: big.NewInt(1337), Dev: true,
		Block: 42, ChainTime: at, Community: info,
		Accounts: []AccountRow{{Name: "alice", Address: common.HexToAddress("0x00000000000000000000000000000000000000a1"), ETH: tokens(3), Tokens: tokens(950)}},
	}
	t.Run("full", func(t *testing.T) { golden.RequireEqual(t, []byte(p.View())) })

	p.data = &Dashboard{Endpoint: "http://127.0.0.1:8545", ChainID: big.NewInt(1), Block: 1, ChainTime: at}
	t.Run("empty", func(t *testing.T) { golden.RequireEqual(t, []byte(p.View())) })
}

// The whole program on a real embedded chain: it connects without
// blocking, shows the wallet's account and quits on q.
func TestProgramOnEmbeddedChain(t *testing.T) {
	dir := t.TempDir()
	store := wallet.NewStore(dir)
	store.Scrypt = wallet.LightScrypt
	key, _ := crypto.GenerateKey()
	if _, _, err := store.Add(key, []byte("tui test pass"), wallet.AddOptions{Name: "tester"}); err != nil {
		t.Fatal(err)
	}
	var conn *chain.Conn
	svc := Services{
		Connect: func(ctx context.Context) (*chain.Conn, error) {
			c, err := chain.Open(ctx, chain.OpenOptions{DataDir: dir})
			conn = c
			return c, err
		},
		Wallet:    store,
		Community: func(context.Context) (common.Address, error) { return common.Address{}, session.ErrNoCommunity },
	}
	tm := teatest.NewTestModel(t, New(svc), teatest.WithInitialTermSize(100, 30))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("tester")) && bytes.Contains(b, []byte("huzhu dev chain"))
	}, teatest.WithDuration(20*time.Second))
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	if conn == nil {
		t.Fatal("never connected")
	}
	conn.Close()
	if v := tm.FinalModel(t).View(); !strings.Contains(v, "Community") || !strings.Contains(v, "None chosen") {
		t.Fatalf("final view:\n%s", v)
	}
}
