package i18n

import (
	"errors"
	"fmt"
	"testing"
)

// sayer is an error a service words as a Text.
type sayer struct{ t Text }

func (e *sayer) Error() string { return e.t.String() }
func (e *sayer) Said() Text    { return e.t }

// A service's sentence inside an error is worded in the printer's
// language, wherever it sits in the chain (wrapped by a Go error, or an
// argument of another Text); English stays the error's own text.
func TestErrorWordsServiceSentences(t *testing.T) {
	refusal := &sayer{Say("waiting period ends %s; claims open then", "2027-03-01 12:00 UTC")}
	wrapped := fmt.Errorf("claim 3: %w", refusal)
	zh, en := Printer{Lang: Chinese}, Printer{Lang: English}
	if got, want := zh.Error(wrapped), "claim 3: 等待期于 2027-03-01 12:00 UTC 结束；届时可提交理赔申请"; got != want {
		t.Errorf("Chinese:\n got %q\nwant %q", got, want)
	}
	if got := en.Error(wrapped); got != wrapped.Error() {
		t.Errorf("English %q, want the error's own %q", got, wrapped.Error())
	}
	joined := errors.Join(errors.New("first"), refusal)
	if got, want := zh.Error(joined), "first\n等待期于 2027-03-01 12:00 UTC 结束；届时可提交理赔申请"; got != want {
		t.Errorf("joined:\n got %q\nwant %q", got, want)
	}
	// An error among a Text's arguments is worded with it.
	outer := Say("claim %d: %v", 3, refusal)
	if got, want := zh.Text(outer), "理赔申请 3：等待期于 2027-03-01 12:00 UTC 结束；届时可提交理赔申请"; got != want {
		t.Errorf("as an argument:\n got %q\nwant %q", got, want)
	}
	if got := outer.String(); got != "claim 3: waiting period ends 2027-03-01 12:00 UTC; claims open then" {
		t.Errorf("English: %q", got)
	}
	if zh.Error(errors.New("plain")) != "plain" || zh.Error(nil) != "" {
		t.Error("an error without a service's sentence changed")
	}
}
