package tui

import (
	"fmt"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// lang is the language every string of the interface is shown in.
var lang i18n.Lang = i18n.English

// SetLang chooses the language of the interface.
func SetLang(l i18n.Lang) { lang = l }

// T is the one way a user-facing string reaches the screen: key is the
// English text (a fmt format when args are given), looked up in the
// catalog of the chosen language.
func T(key string, args ...any) string {
	p := i18n.Printer{Lang: lang}
	if len(args) == 0 {
		return p.T(key)
	}
	return p.Sprintf(key, args...)
}

// say words a service's sentence (a refusal, a checklist line, what a
// transaction does) in the interface's language.
func say(t i18n.Text) string { return i18n.Printer{Lang: lang}.Text(t) }

// sayErr is err's message in the interface's language: the sentences of
// the services inside it are worded (i18n.Printer.Error).
func sayErr(err error) string { return i18n.Printer{Lang: lang}.Error(err) }

// msgKey marks a catalog key kept in a variable or table, for T to
// translate where it is shown (the catalog's test finds keys by it).
func msgKey(key string) string { return key }

// untranslated marks text that is not for translation (addresses, numbers).
func untranslated(format string, args ...any) string { return fmt.Sprintf(format, args...) }
