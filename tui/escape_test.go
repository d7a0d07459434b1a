package tui

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"
	"github.com/muesli/termenv"

	"github.com/huzhu-community/huzhu/community"
)

// With colours on, the home page keeps huzhu's own styling and shows
// foreign text (a token symbol from the chain, an account name) escaped:
// an escape sequence in a symbol cannot restyle or retitle the terminal,
// and huzhu's own colours are not shown as literal "\x1b[" text.
func TestHomeEscapesForeignTextButKeepsStyles(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI256)
	defer lipgloss.SetColorProfile(termenv.Ascii)

	f := &Frame{Width: 100, Height: 30, Styles: DefaultStyles(), Keys: DefaultKeyMap()}
	p := newHomePage(f, Services{})
	at := time.Date(2027, 2, 25, 9, 30, 0, 0, time.UTC)
	tok := community.Token{Address: common.HexToAddress("0xcc"), Symbol: "KBC\x1b]0;pwned\x07", Decimals: 18}
	p.loading = false
	p.data = &Dashboard{
		Endpoint: "http://127.0.0.1:8545", ChainID: big.NewInt(1337), Dev: true, Block: 1, ChainTime: at,
		Community: &community.Info{Address: common.HexToAddress("0xaa"), Token: tok, Params: community.DefaultParams(), Pool: tokens(5), ChainTime: at},
		Accounts:  []AccountRow{{Name: "mei\x1b[2J", Address: common.HexToAddress("0xa1"), ETH: tokens(3), Tokens: tokens(9)}},
	}
	v := p.View()
	if strings.Contains(v, "\x1b]") || strings.Contains(v, "\x1b[2J") {
		t.Fatalf("a foreign escape sequence reached the screen:\n%q", v)
	}
	if !strings.Contains(v, `KBC\x1b]0;pwned\x07`) || !strings.Contains(v, `mei\x1b[2J`) {
		t.Fatalf("foreign text is not shown escaped:\n%q", v)
	}
	if strings.Contains(v, `\x1b[38`) || !strings.Contains(v, "\x1b[") {
		t.Fatalf("huzhu's own styling was escaped or lost:\n%q", v)
	}
}
