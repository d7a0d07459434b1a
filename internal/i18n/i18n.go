// Package i18n is the one message catalog of huzhu's two faces, the CLI
// and the TUI: their human text (never JSON, never an error's kind) in the
// language chosen by --lang, HUZHU_LANG or LANG: English or Chinese.
// Messages are keyed by their English format string, so code reads
// naturally and a missing translation falls back to English.
//
// The CLI words text through its Printer (a.p.T, a.p.Sprintf, and a.say,
// a.note, a.warn, errorf, usageErrorf, which call it); the TUI through T.
// A key kept in a variable or a table is marked msgKey("…"). The catalog's
// test scans both faces for these calls and fails on a message without
// Chinese, a Chinese entry no face uses, or a translation whose fmt verbs
// differ from its key's.
package i18n

import (
	"fmt"
	"os"
	"reflect"
	"strings"
)

// Lang is a supported language.
type Lang string

const (
	English Lang = "en"
	Chinese Lang = "zh"
)

// Choose picks the language: the flag value if set, else HUZHU_LANG, else
// LANG/LC_ALL/LC_MESSAGES starting with "zh", else English.
func Choose(flag string) (Lang, error) {
	for _, v := range []string{flag, os.Getenv("HUZHU_LANG")} {
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "":
			continue
		case "en", "english":
			return English, nil
		case "zh", "zh-cn", "zh_cn", "chinese", "中文":
			return Chinese, nil
		default:
			return English, fmt.Errorf("--lang %q: choose en or zh", v)
		}
	}
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(env); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return Chinese, nil
			}
			return English, nil
		}
	}
	return English, nil
}

// Printer formats messages in one language.
type Printer struct{ Lang Lang }

// Sprintf formats the translation of format.
func (p Printer) Sprintf(format string, args ...any) string {
	if p.Lang == Chinese {
		if t, ok := zh[format]; ok {
			format = t
		}
	}
	return fmt.Sprintf(format, args...)
}

// T translates a fixed message.
func (p Printer) T(msg string) string {
	if p.Lang == Chinese {
		if t, ok := zh[msg]; ok {
			return t
		}
	}
	return msg
}

// Text is a sentence a service package builds (a refusal's reason, a
// checklist line, what a transaction does): its English format and its
// arguments, kept apart so that each face words it in its own language
// with Printer.Text. A service package never translates; it says what
// happened with Say, and the catalog's test finds Say's format as a key.
// Its String is the English sentence, for errors and logs.
type Text struct {
	Format string
	Args   []any
}

// Say builds a Text from an English format and its arguments. An argument
// that is itself a Text is worded in the same language as the whole, and
// so is an error's Sayer sentence (see Printer.Error).
func Say(format string, args ...any) Text { return Text{Format: format, Args: args} }

// IsZero reports whether t says nothing.
func (t Text) IsZero() bool { return t.Format == "" && len(t.Args) == 0 }

// String is t in English.
func (t Text) String() string { return Printer{Lang: English}.Text(t) }

// Text words t in p's language; Text arguments are worded too.
func (p Printer) Text(t Text) string {
	if t.IsZero() {
		return ""
	}
	args := make([]any, len(t.Args))
	for i, a := range t.Args {
		switch v := a.(type) {
		case Text:
			args[i] = p.Text(v)
		case *Text:
			if v != nil {
				args[i] = p.Text(*v)
			}
		case error:
			// A service's error among the arguments: its sentence too.
			if isNil(v) {
				args[i] = "<nil>" // as fmt prints a typed nil
			} else {
				args[i] = p.Error(v)
			}
		default:
			args[i] = a
		}
	}
	if len(args) == 0 {
		return p.T(t.Format)
	}
	return p.Sprintf(t.Format, args...)
}

// Sayer is an error a service package worded as a Text (a refusal, a
// session error, a parameter problem): its Error is the English of what
// it says, Said the Text for a face to word.
type Sayer interface {
	error
	Said() Text
}

// Error is err's message in p's language: the sentence of every Sayer in
// err's chain is worded by p; text around it (an English prefix a Go
// error wrapped it in, say) is kept as written.
func (p Printer) Error(err error) string {
	if err == nil || isNil(err) {
		return ""
	}
	msg := err.Error()
	if p.Lang == English {
		return msg
	}
	var walk func(error)
	walk = func(e error) {
		if e == nil || isNil(e) {
			return
		}
		if s, ok := e.(Sayer); ok {
			if t := s.Said(); !t.IsZero() {
				if en := t.String(); en != "" && strings.Contains(msg, en) {
					msg = strings.Replace(msg, en, p.Text(t), 1)
					return
				}
			}
		}
		switch u := e.(type) {
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				walk(x)
			}
		}
	}
	walk(err)
	return msg
}

// SayErr is an error that says format (an English sentence, a key of the
// catalog) and is err for errors.Is and errors.As: a service's sentinel
// (wallet.ErrNoAccount, disclosure.ErrBadFact), or the cause it words.
// Its Error is the English sentence alone, so format says all of it.
func SayErr(err error, format string, args ...any) error {
	return &saidError{text: Say(format, args...), err: err}
}

type saidError struct {
	text Text
	err  error
}

func (e *saidError) Error() string { return e.text.String() }
func (e *saidError) Said() Text    { return e.text }
func (e *saidError) Unwrap() error { return e.err }

// Remedy joins a problem and what to do about it in one line: "; " in
// English, the full-width "；" in Chinese.
func (p Printer) Remedy(problem, remedy string) string {
	if p.Lang == Chinese {
		return strings.TrimRight(problem, " ;；") + "；" + remedy
	}
	return problem + "; " + remedy
}

// isNil reports whether e is a typed nil pointer (a nil *T in an error),
// whose methods would dereference it.
func isNil(e error) bool {
	v := reflect.ValueOf(e)
	return v.Kind() == reflect.Pointer && v.IsNil()
}
