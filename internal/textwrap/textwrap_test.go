package textwrap

import (
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

func TestWrapChineseBetweenCharactersNotInsideWords(t *testing.T) {
	s := "• 此操作支付 12 期会费，120 KBC，为 你：保障期约至 2027-11-23 02:54 UTC。一笔交易，附带由你的密钥签署的许可。"
	for _, w := range []int{20, 33, 60} {
		got := Wrap(s, w)
		for _, l := range strings.Split(got, "\n") {
			if runewidth.StringWidth(l) > w {
				t.Errorf("width %d: line %q is %d wide", w, l, runewidth.StringWidth(l))
			}
			if strings.ContainsAny(l[:1], "，。：") || strings.HasPrefix(l, "，") || strings.HasPrefix(l, "。") || strings.HasPrefix(l, "：") {
				t.Errorf("width %d: line %q starts with a closing mark", w, l)
			}
		}
		if !strings.Contains(got, "2027-11-23") || !strings.Contains(got, "KBC") {
			t.Errorf("width %d: a date or a word was split:\n%s", w, got)
		}
		if strip(got) != strip(s) {
			t.Errorf("width %d: characters changed:\n%s", w, got)
		}
	}
}

func TestWrapEnglishAtSpaces(t *testing.T) {
	got := Wrap("Dues are contributions to the community's pool, not deposits.", 20)
	want := "Dues are\ncontributions to the\ncommunity's pool,\nnot deposits."
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if got := Wrap("a\n\nb", 10); got != "a\n\nb" {
		t.Fatalf("line breaks not kept: %q", got)
	}
}

func TestJoinLines(t *testing.T) {
	if got := JoinLines("保障期", "宽限期"); got != "保障期宽限期" {
		t.Fatal(got)
	}
	if got := JoinLines("pay", "dues"); got != "pay dues" {
		t.Fatal(got)
	}
}

func strip(s string) string { return strings.NewReplacer(" ", "", "\n", "").Replace(s) }
