package disclosure

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// JWKThumbprintURN is the start of an iss that names the issuer by its
// key's RFC 7638 thumbprint (RFC 9278).
const JWKThumbprintURN = "urn:ietf:params:oauth:jwk-thumbprint:"

// IssuerName names a credential's issuer for a person: known, the
// display name its key goes by (see session.IssuerName: an issuer key
// kept in this data dir that the community's registry knows), when there
// is one; else a short form of iss: a URL's host, "key" and the first
// characters of a key thumbprint, or iss itself. The credential profile
// (SPEC section 5) has no issuer-name claim to fall back on.
func IssuerName(iss, known string) i18n.Text {
	if known = strings.TrimSpace(known); known != "" {
		return i18n.Say("%s", known)
	}
	if rest, ok := strings.CutPrefix(iss, JWKThumbprintURN); ok {
		if _, t, ok := strings.Cut(rest, ":"); ok && t != "" { // sha-256:<base64url>
			return i18n.Say("key %s", cut(t, 8))
		}
	}
	if u, err := url.Parse(iss); err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" {
		return i18n.Say("%s", u.Host)
	}
	if iss == "" {
		return i18n.Say("(issuer unreadable)")
	}
	return i18n.Say("%s", iss)
}

// TypeName is a credential type (its vct) for a person: the medical
// event credential of SPEC section 5 by its name, another by the last
// segment of its path or URN that is not a version ("urn:x:vct:lab-report:2"
// is "lab report").
func TypeName(vct string) i18n.Text {
	if vct == MedicalVCT {
		return i18n.Say("medical event")
	}
	segs := strings.FieldsFunc(vct, func(r rune) bool { return r == '/' || r == ':' || r == '#' })
	for i := len(segs) - 1; i >= 0; i-- {
		s := segs[i]
		if strings.Trim(s, "0123456789.v") == "" { // 1, v2, 1.0
			continue
		}
		return i18n.Say("%s", strings.NewReplacer("-", " ", "_", " ").Replace(s))
	}
	if vct == "" {
		return i18n.Say("(no type)")
	}
	return i18n.Say("%s", vct)
}

// cut keeps the first n characters of s, marking a cut with "…".
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
