package disclosure

import (
	"testing"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

func TestIssuerName(t *testing.T) {
	p := i18n.Printer{Lang: i18n.English}
	for _, c := range []struct{ iss, known, want string }{
		{"urn:ietf:params:oauth:jwk-thumbprint:sha-256:ac0UAMjbK_AfjpTPzwxvX2_FZa7lAhcG", "Demo Hospital", "Demo Hospital"},
		{"urn:ietf:params:oauth:jwk-thumbprint:sha-256:ac0UAMjbK_AfjpTPzwxvX2_FZa7lAhcG", "", "key ac0UAMjb…"},
		{"https://hospital.example/issuer", "", "hospital.example"},
		{"did:web:hospital.example", " ", "did:web:hospital.example"},
		{"", "", "(issuer unreadable)"},
	} {
		if got := p.Text(IssuerName(c.iss, c.known)); got != c.want {
			t.Errorf("IssuerName(%q, %q) = %q, want %q", c.iss, c.known, got, c.want)
		}
	}
}

func TestTypeName(t *testing.T) {
	p := i18n.Printer{Lang: i18n.English}
	for vct, want := range map[string]string{
		MedicalVCT:                               "medical event",
		"urn:example:vct:lab-report:2":           "lab report",
		"https://example.org/vct/discharge_note": "discharge note",
		"https://example.org/vct/v1.0":           "vct",
		"":                                       "(no type)",
	} {
		if got := p.Text(TypeName(vct)); got != want {
			t.Errorf("TypeName(%q) = %q, want %q", vct, got, want)
		}
	}
}
