package i18n

import (
	"regexp"
	"strings"
	"testing"
)

var verb = regexp.MustCompile(`%[-+# 0]*[0-9]*(\.[0-9]+)?[a-zA-Z]`)

// Every translation keeps the format verbs of its English text, in order,
// so that no argument is dropped or misprinted.
func TestTranslationsKeepVerbs(t *testing.T) {
	for en, tr := range zh {
		// A literal percent sign (%%) is no verb.
		a, b := verb.FindAllString(strings.ReplaceAll(en, "%%", ""), -1), verb.FindAllString(strings.ReplaceAll(tr, "%%", ""), -1)
		if len(a) != len(b) {
			t.Errorf("%q -> %q: verbs %v vs %v", en, tr, a, b)
			continue
		}
		for i := range a {
			if a[i] != b[i] {
				t.Errorf("%q -> %q: verb %d is %s, want %s", en, tr, i, b[i], a[i])
			}
		}
	}
}

func TestChoose(t *testing.T) {
	t.Setenv("HUZHU_LANG", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "zh_CN.UTF-8")
	if l, _ := Choose(""); l != Chinese {
		t.Fatalf("LANG=zh_CN: got %s", l)
	}
	if l, _ := Choose("en"); l != English {
		t.Fatalf("--lang en: got %s", l)
	}
	t.Setenv("HUZHU_LANG", "en")
	if l, _ := Choose(""); l != English {
		t.Fatalf("HUZHU_LANG=en: got %s", l)
	}
	if _, err := Choose("fr"); err == nil {
		t.Fatal("--lang fr accepted")
	}
	if got := (Printer{Chinese}).Sprintf("Funded %s", "x"); got != "已为 x 充值" {
		t.Fatalf("got %q", got)
	}
	if got := (Printer{English}).Sprintf("Funded %s", "x"); got != "Funded x" {
		t.Fatalf("got %q", got)
	}
}

// A service's Text is worded in the face's language, with the Texts among
// its arguments worded too; its String is English.
func TestTextWordsNestedArguments(t *testing.T) {
	inner := Say("Funded %s", "x")
	outer := Text{Format: "%v: %v", Args: []any{"a", inner}}
	if got := (Printer{Chinese}).Text(outer); got != "a: 已为 x 充值" {
		t.Fatalf("zh: got %q", got)
	}
	if got := outer.String(); got != "a: Funded x" {
		t.Fatalf("en: got %q", got)
	}
	if !(Text{}).IsZero() || (Printer{Chinese}).Text(Text{}) != "" {
		t.Fatal("a zero Text says something")
	}
}

// A message is translated in one part of the catalog only, so that no
// part silently overrides another.
func TestCatalogKeysInOneMapOnly(t *testing.T) {
	seen := map[string]int{}
	for i, part := range []map[string]string{zhFaces, zhServices, zhHelp, zhErrors, zhV2} {
		for k := range part {
			if j, ok := seen[k]; ok {
				t.Errorf("%q is in parts %d and %d", k, j, i)
			}
			seen[k] = i
		}
	}
	if len(seen) != len(zh) {
		t.Fatalf("zh has %d messages, its parts %d", len(zh), len(seen))
	}
}

// A problem and its remedy are joined with the language's semicolon.
func TestRemedyJoins(t *testing.T) {
	if got := (Printer{English}).Remedy("no key", "make one"); got != "no key; make one" {
		t.Fatalf("en: %q", got)
	}
	if got := (Printer{Chinese}).Remedy("没有密钥", "请创建一个"); got != "没有密钥；请创建一个" {
		t.Fatalf("zh: %q", got)
	}
}

type nilErr struct{ s string }

func (e *nilErr) Error() string { return e.s }

// A typed nil error among a Text's arguments prints as fmt prints it, and
// wording it is no panic.
func TestTypedNilErrorsDoNotPanic(t *testing.T) {
	var e *nilErr
	if got := Say("failed: %v", error(e)).String(); got != "failed: <nil>" {
		t.Fatalf("got %q", got)
	}
	if got := (Printer{Chinese}).Error(error(e)); got != "" {
		t.Fatalf("got %q", got)
	}
}
