package wallet

import (
	"fmt"
	"strings"
	"testing"
)

// The prompts of a new passphrase are worded by the face's Sprintf (its
// language); the error when no passphrase is chosen stays English.
func TestNewPassphrasePromptsThroughSprintf(t *testing.T) {
	var prompts []string
	answers := []string{"short", "long enough", "long enough"}
	u := &Unlocker{
		Sprintf: func(format string, args ...any) string { return "[" + fmt.Sprintf(format, args...) + "]" },
		Prompt: func(p string) ([]byte, error) {
			prompts = append(prompts, p)
			a := answers[0]
			answers = answers[1:]
			return []byte(a), nil
		},
	}
	pass, err := u.NewPassphrase("mei")
	if err != nil || string(pass) != "long enough" {
		t.Fatalf("got %q, %v", pass, err)
	}
	want := []string{
		"[New passphrase for mei (at least 8 characters): ]",
		"[That passphrase is shorter than 8 characters.]\n[New passphrase for mei (at least 8 characters): ]",
		"[Repeat it: ]",
	}
	if strings.Join(prompts, "|") != strings.Join(want, "|") {
		t.Fatalf("prompts %q, want %q", prompts, want)
	}
	answers = []string{"long enough", "different!", "long enough", "different!", "long enough", "different!"}
	_, err = u.NewPassphrase("mei")
	if err == nil || strings.Contains(err.Error(), "[") || !strings.Contains(err.Error(), "(The two passphrases differ)") {
		t.Fatalf("after three tries: %v", err)
	}
}
