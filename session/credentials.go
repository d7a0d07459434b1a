package session

import (
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/wallet"
)

// IssuerName names a credential's issuer for a person, the same in the
// credential list, the claim's credential picker and `credential list`.
// sum is the credential's disclosure.Summarize; identity is what the
// community's registry binds its issuer key to (Community.IssuerKey; zero
// when the registry does not know the key or no community was asked).
// The registry keeps no names: a key it knows goes by the display name
// of the issuer key kept in this data dir (wallet.IssuerStore.Names: the
// demo's hospital, a hospital run from here); any other by a short form
// of its iss (disclosure.IssuerName). Files only: no chain.
func (s *Session) IssuerName(sum disclosure.Summary, identity [32]byte) i18n.Text {
	known := ""
	if identity != ([32]byte{}) && sum.HasIssuer {
		known = wallet.NewIssuerStore(s.opts.DataDir).Names()[sum.IssuerThumbprint]
	}
	return disclosure.IssuerName(sum.Issuer, known)
}
