package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/iostreams"
)

// squeeze drops all white space, so that text wrapped differently still
// compares equal.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// Every command's help in Chinese is Chinese: its description (Long, or
// Short), its subcommands' Short, its flags' usage and the headings, with
// every line at most 80 cells; cobra's own help and completion commands
// and help flag included.
func TestChineseHelpEveryCommand(t *testing.T) {
	streams, _, _, _ := iostreams.Test()
	a := newApp(streams)
	root := newRootCmd(a)
	root.InitDefaultHelpCmd()
	zh := i18n.Printer{Lang: i18n.Chinese}
	type cmdHelp struct {
		path []string
		c    *cobra.Command
	}
	var cmds []cmdHelp
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		cmds = append(cmds, cmdHelp{path, c})
		for _, s := range c.Commands() {
			walk(s, append(append([]string{}, path...), s.Name()))
		}
	}
	walk(root, nil)
	if len(cmds) < 60 {
		t.Fatalf("walked only %d commands", len(cmds))
	}
	dir := t.TempDir()
	for _, ch := range cmds {
		c, name := ch.c, "huzhu "+strings.Join(ch.path, " ")
		if zh.T(c.Short) == c.Short {
			t.Errorf("%s: no Chinese for its Short %q", name, c.Short)
		}
		desc, zhDesc := c.Long, zh.T(c.Long)
		if long := a.longs[c]; long != nil {
			zhDesc = long(zh)
		}
		if desc == "" {
			desc, zhDesc = c.Short, zh.T(c.Short)
		}
		if zhDesc == desc {
			t.Errorf("%s: no Chinese for its description %q", name, desc)
		}
		r := huzhu(t, dir, append(append([]string{"--lang", "zh"}, ch.path...), "--help")...)
		if r.code != 0 {
			t.Errorf("%s --help: exit %d: %s", name, r.code, r.errOut)
			continue
		}
		got := squeeze(r.out)
		if !strings.Contains(got, squeeze(zhDesc)) {
			t.Errorf("%s --lang zh --help lacks its Chinese description:\n%s", name, r.out)
		}
		for _, s := range c.Commands() {
			if (s.IsAvailableCommand() || s.Name() == "help") && !strings.Contains(got, squeeze(zh.T(s.Short))) {
				t.Errorf("%s --lang zh --help lacks %s's Chinese Short %q:\n%s", name, s.Name(), zh.T(s.Short), r.out)
			}
		}
		c.InitDefaultHelpFlag()
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Hidden {
				return
			}
			want := zh.T(f.Usage)
			if f.Name == "help" {
				want = zh.Sprintf("help for %s", c.Name())
			} else if want == f.Usage {
				t.Errorf("%s --%s: no Chinese for its usage %q", name, f.Name, f.Usage)
			}
			_, want = pflag.UnquoteUsage(&pflag.Flag{Usage: want, Value: f.Value})
			if !strings.Contains(got, squeeze(want)) {
				t.Errorf("%s --lang zh --help lacks --%s's Chinese usage %q:\n%s", name, f.Name, want, r.out)
			}
		})
		for _, en := range []string{"Usage:", "Flags:", "Available Commands:", "help for", "(default", "for more information"} {
			if strings.Contains(r.out, en) {
				t.Errorf("%s --lang zh --help has English %q:\n%s", name, en, r.out)
			}
		}
		if !strings.Contains(r.out, "用法：") {
			t.Errorf("%s --lang zh --help has no 用法：\n%s", name, r.out)
		}
		for _, line := range strings.Split(r.out, "\n") {
			if w := lipgloss.Width(line); w > helpWidth {
				t.Errorf("%s --lang zh --help: a line of %d cells, want at most %d:\n%s", name, w, helpWidth, line)
			}
		}
	}
}

// HUZHU_LANG and LANG choose the help's language too.
func TestHelpLanguageFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HUZHU_LANG", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "zh_CN.UTF-8")
	if r := huzhu(t, dir, "wallet", "--help"); !strings.Contains(r.out, "密钥和资金") || !strings.Contains(r.out, "可用命令：") {
		t.Errorf("LANG=zh_CN wallet --help:\n%s", r.out)
	}
	t.Setenv("HUZHU_LANG", "en")
	if r := huzhu(t, dir, "wallet", "--help"); !strings.Contains(r.out, "Keys and money") || !strings.Contains(r.out, "Available Commands:") {
		t.Errorf("HUZHU_LANG=en wallet --help:\n%s", r.out)
	}
}

// A command line cobra and pflag reject is a usage error worded in the
// run's language; in English as pflag words it.
func TestCommandLineErrorsInChinese(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args   []string
		en, zh string
	}{
		{[]string{"wallet", "--bogus"}, "unknown flag: --bogus", "未知的选项：--bogus"},
		{[]string{"wallet", "send", "-x"}, "unknown shorthand flag: 'x' in -x", "未知的短选项 'x'（在 -x 中）"},
		{[]string{"wallet", "new", "--words"}, "flag needs an argument: --words", "选项需要一个参数：--words"},
		{[]string{"wallet", "new", "--words", "x"}, `invalid argument "x" for "--words" flag`, `参数 "x" 对选项 "--words" 无效`},
		{[]string{"bogus"}, "unknown command \"bogus\" for \"huzhu\"", "未知命令"},
		{[]string{"help", "bogus"}, "unknown help topic \"bogus\"", "未知的帮助主题 \"bogus\""},
	} {
		en := huzhu(t, dir, append([]string{"--lang", "en"}, c.args...)...)
		zh := huzhu(t, dir, append([]string{"--lang", "zh"}, c.args...)...)
		if en.code != exitUsage || zh.code != exitUsage {
			t.Errorf("%v: exit %d and %d, want %d", c.args, en.code, zh.code, exitUsage)
		}
		if !strings.Contains(en.errOut, c.en) {
			t.Errorf("%v --lang en: %q, want %q", c.args, en.errOut, c.en)
		}
		if !strings.Contains(zh.errOut, c.zh) {
			t.Errorf("%v --lang zh: %q, want %q", c.args, zh.errOut, c.zh)
		}
	}
}

// A yes/no question in Chinese hints its answers in Chinese, and 是 or 确认
// say yes (as y does), 否 says no; in English the hint is [y/N].
func TestConfirmAnsweredInChinese(t *testing.T) {
	for _, c := range []struct {
		lang   i18n.Lang
		answer string
		yes    bool
		hint   string
	}{
		{i18n.Chinese, "是", true, "发送此交易？ [是/否，默认否]"},
		{i18n.Chinese, "确认", true, "[是/否，默认否]"},
		{i18n.Chinese, "y", true, "[是/否，默认否]"},
		{i18n.Chinese, "否", false, "[是/否，默认否]"},
		{i18n.Chinese, "", false, "[是/否，默认否]"},
		{i18n.English, "yes", true, "Send this transaction? [y/N]"},
		{i18n.English, "n", false, "[y/N]"},
	} {
		streams, in, _, errOut := iostreams.Test()
		streams.SetTTY(true, false)
		in.WriteString(c.answer + "\n")
		a := newApp(streams)
		a.p = i18n.Printer{Lang: c.lang}
		err := a.confirm("Send this transaction?")
		if c.yes && err != nil {
			t.Errorf("%s %q: %v, want yes", c.lang, c.answer, err)
		}
		if !c.yes && !errors.Is(err, errCancelled) {
			t.Errorf("%s %q: %v, want cancelled", c.lang, c.answer, err)
		}
		if !strings.Contains(errOut.String(), c.hint) {
			t.Errorf("%s: asked %q, want %q", c.lang, errOut.String(), c.hint)
		}
	}
}
