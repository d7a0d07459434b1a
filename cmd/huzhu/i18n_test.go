package main

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/iostreams"
)

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// valueColumns is, for each line of a key-value listing at a terminal,
// the display column (a Chinese character takes two) where its value
// starts: after the key and the run of spaces that pads it.
func valueColumns(t *testing.T, out string) []int {
	t.Helper()
	var cols []int
	for _, l := range strings.Split(strings.TrimRight(ansi.ReplaceAllString(out, ""), "\n"), "\n") {
		if !strings.HasPrefix(l, "  ") {
			continue // a title
		}
		rest := l[2:]
		i := strings.Index(rest, "  ")
		if i < 0 {
			t.Fatalf("no padding after the key: %q", l)
		}
		j := i + len(rest[i:]) - len(strings.TrimLeft(rest[i:], " "))
		cols = append(cols, lipgloss.Width(l[:2+j]))
	}
	return cols
}

func sameColumn(t *testing.T, out string) {
	t.Helper()
	cols := valueColumns(t, out)
	if len(cols) < 3 {
		t.Fatalf("%d rows in:\n%s", len(cols), out)
	}
	for _, c := range cols {
		if c != cols[0] {
			t.Fatalf("values start at columns %v, not one:\n%s", cols, out)
		}
	}
}

// A listing with Chinese keys, of different display widths and mixed
// with an untranslated one, lines its values up by display width.
func TestWriteKVAlignsChinese(t *testing.T) {
	rows := []kv{{"Dues", "10 KBC"}, {"Max payout per claim", "5000 KBC"}, {"ETH", "9"}, {"Notary seats / quorum", "3 / 2"}, {"Pool", "1190 KBC"}}
	for _, lang := range []i18n.Lang{i18n.English, i18n.Chinese} {
		streams, _, out, _ := iostreams.Test()
		streams.SetTTY(false, true)
		a := newApp(streams)
		a.p = i18n.Printer{Lang: lang}
		a.writeKV(a.p.T("Community"), rows)
		got := out.String()
		if lang == i18n.Chinese && (!strings.Contains(got, "单笔理赔上限") || !strings.Contains(got, "会费") || !strings.Contains(got, "社区")) {
			t.Fatalf("not in Chinese:\n%s", got)
		}
		sameColumn(t, got)
	}
}

// At a terminal, --lang zh shows Chinese labels, lined up; the JSON of a
// run, answer or error, is the same in both languages.
func TestChineseLabelsSameJSON(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "founder passphrase")
	newAccount(t, dir, "founder", pw)
	for _, n := range []string{"n1", "n2", "n3"} {
		newAccount(t, dir, n, pw)
	}
	mustOK(t, huzhu(t, dir, "faucet", "founder", "--eth", "5", "--tokens", "100", "--json"))
	mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw,
		"--notaries", "n1,n2,n3", "--yes", "--json"))

	info := mustOK(t, huzhuTTY(t, dir, true, "--lang", "zh", "community", "info")).out
	for _, zh := range []string{"社区", "会费", "等待期", "宽限期", "公证人", "资金池", "单笔理赔上限"} {
		if !strings.Contains(info, zh) {
			t.Errorf("no %s in community info --lang zh:\n%s", zh, info)
		}
	}
	for _, en := range []string{"Dues", "Waiting period", "Notaries", "Pool"} {
		if strings.Contains(info, en) {
			t.Errorf("English %q in community info --lang zh:\n%s", en, info)
		}
	}
	sameColumn(t, info)

	bal := mustOK(t, huzhuTTY(t, dir, true, "--lang", "zh", "wallet", "balance", "--account", "founder")).out
	if !strings.Contains(bal, "地址") || strings.Contains(bal, "Address") {
		t.Errorf("wallet balance --lang zh:\n%s", bal)
	}
	sameColumn(t, bal)

	for _, args := range [][]string{
		{"community", "info", "--json"},
		{"wallet", "balance", "--account", "founder", "--json"},
		{"wallet", "list", "--json"},
		{"claim", "show", "abc", "--json"}, // an error
	} {
		en := huzhuTTY(t, dir, true, append([]string{"--lang", "en"}, args...)...)
		zh := huzhuTTY(t, dir, true, append([]string{"--lang", "zh"}, args...)...)
		if en.code != zh.code || en.out != zh.out {
			t.Errorf("%v: JSON differs by language (exit %d, %d):\n%s\n%s", args, en.code, zh.code, en.out, zh.out)
		}
		if !json.Valid([]byte(en.out)) {
			t.Errorf("%v: not JSON:\n%s", args, en.out)
		}
	}
	// The error's line for people is in Chinese, the flag names as typed.
	r := huzhu(t, dir, "--lang", "zh", "claim", "show", "abc")
	if r.code != exitUsage || !strings.Contains(r.errOut, `"abc" 不是理赔申请编号`) {
		t.Errorf("claim show abc --lang zh: exit %d, %s", r.code, r.errOut)
	}
	r = huzhu(t, dir, "--lang", "zh", "claim", "show")
	if !strings.Contains(r.errOut, "huzhu claim show 需要一个理赔申请编号") {
		t.Errorf("claim show --lang zh: %s", r.errOut)
	}
}
