package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/internal/units"
)

// jsonAmount is how --json writes money: the decimal amount in token units
// and the raw integer, so that scripts need no decimals arithmetic.
type jsonAmount struct {
	Value  string `json:"value"`
	Raw    string `json:"raw"`
	Symbol string `json:"symbol"`
}

func amountJSON(tok community.Token, v *big.Int) jsonAmount {
	if v == nil {
		v = new(big.Int)
	}
	return jsonAmount{Value: tok.Format(v), Raw: v.String(), Symbol: tok.Symbol}
}

func ethJSON(wei *big.Int) jsonAmount {
	return jsonAmount{Value: units.FormatAmount(wei, 18), Raw: wei.String(), Symbol: "ETH"}
}

// addrJSON writes an address checksummed (go-ethereum marshals lowercase).
func addrJSON(a common.Address) string { return a.Hex() }

func addrsJSON(as []common.Address) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Hex()
	}
	return out
}

func timeJSON(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// writeJSON writes the one JSON document of a --json run.
func (a *app) writeJSON(v any) error {
	a.jsonWritten = true
	enc := json.NewEncoder(a.io.Out)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// kv is one line of a key-value listing.
type kv struct{ k, v string }

var (
	keyStyle   = lipgloss.NewStyle().Foreground(lipgloss.AdaptiveColor{Light: "#5A5A5A", Dark: "#A8A8A8"})
	titleStyle = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.AdaptiveColor{Light: "#006D5B", Dark: "#5FD7AF"})
)

// row writes one tab-separated line of a table; every cell is escaped
// (it may hold text from a credential or the chain) and kept on one line.
func (a *app) row(cells ...string) {
	for i, c := range cells {
		cells[i] = safetext.Escape(c)
	}
	fmt.Fprintln(a.io.Out, strings.Join(cells, "\t"))
}

// writeKV writes a listing: aligned, styled and translated at a terminal;
// tab-separated with stable English keys when piped, for scripts.
func (a *app) writeKV(title string, rows []kv) {
	if !a.io.IsStdoutTTY() {
		for _, r := range rows {
			fmt.Fprintf(a.io.Out, "%s\t%s\n", r.k, safetext.Escape(r.v))
		}
		return
	}
	width := 0
	for _, r := range rows {
		width = max(width, lipgloss.Width(a.p.T(r.k)))
	}
	if title != "" {
		fmt.Fprintln(a.io.Out, titleStyle.Render(title))
	}
	for _, r := range rows {
		k := a.p.T(r.k)
		pad := strings.Repeat(" ", width-lipgloss.Width(k))
		fmt.Fprintf(a.io.Out, "  %s%s  %s\n", keyStyle.Render(k), pad, safetext.Escape(r.v))
	}
}

// padRight pads s with spaces to width terminal columns: a Chinese
// character takes two.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-lipgloss.Width(s)))
}

// msgKey marks a catalog key kept in a variable or table, to be
// translated where it is shown (the catalog's test finds keys by it).
func msgKey(key string) string { return key }

// say writes a human line on stdout (not in --json mode).
func (a *app) say(format string, args ...any) {
	if a.g.JSON {
		return
	}
	fmt.Fprintln(a.io.Out, a.p.Sprintf(format, safetext.Args(args)...))
}

// warn writes a warning on stderr, whatever the output mode: a script
// that confirms with --yes still gets it in its log.
func (a *app) warn(format string, args ...any) {
	fmt.Fprintln(a.io.ErrOut, a.p.T("warning: ")+a.p.Sprintf(format, safetext.Args(args)...))
}

// note writes a human line on stderr, for what is not the answer.
func (a *app) note(format string, args ...any) {
	if a.g.JSON && !a.io.IsStderrTTY() {
		return
	}
	fmt.Fprintln(a.io.ErrOut, a.p.Sprintf(format, safetext.Args(args)...))
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func unixTime(sec int64) time.Time { return time.Unix(sec, 0) }
