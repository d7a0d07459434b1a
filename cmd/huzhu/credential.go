package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/wallet"
)

func newCredentialCmd(a *app) *cobra.Command {
	return group("credential", "For members: medical credentials bound to your wallet key",
		newCredentialRequestCmd(a), newCredentialImportCmd(a), newCredentialListCmd(a),
		newCredentialShowCmd(a), newCredentialVerifyCmd(a))
}

// unlockAccount returns the current account and its private key.
func (a *app) unlockAccount() (wallet.Account, *ecdsa.PrivateKey, error) {
	s := a.store(false)
	acct, err := a.account(s)
	if err != nil {
		return acct, nil, asUsage(err)
	}
	key, err := a.unlocker(s).Key(acct)
	return acct, key, err
}

// credentials lists the account's credentials, warning about any that
// would not open.
func (a *app) credentials(acct wallet.Account, key *ecdsa.PrivateKey) ([]wallet.StoredCredential, error) {
	all, err := wallet.NewCredentialStore(a.g.DataDir).List(acct, key)
	var unreadable *wallet.UnreadableError
	if errors.As(err, &unreadable) {
		a.note("%v", err)
		return all, nil
	}
	return all, err
}

func newCredentialRequestCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "request",
		Short: "Print your holder request for a hospital: your wallet's public key, with proof you hold it",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runCredentialRequest(cmd.Context())
			if err != nil {
				return err
			}
			// The request is meant for another program: JSON either way.
			return a.writeJSON(r)
		},
	}
}

// runCredentialRequest makes the account's holder request: its public key
// with proof of possession.
func (a *app) runCredentialRequest(context.Context) (*disclosure.HolderRequest, error) {
	_, key, err := a.unlockAccount()
	if err != nil {
		return nil, err
	}
	return disclosure.NewHolderRequest(key, a.now())
}

type credentialImportOptions struct {
	File string // or - for stdin
}

// credentialImportResult is a credential checked and kept.
type credentialImportResult struct {
	ID      string `json:"id"`
	Account string `json:"account"`
	// Issuer is the credential's iss claim, as it is.
	Issuer           any    `json:"issuer"`
	IssuerThumbprint string `json:"issuer_thumbprint"`
	// IssuerTrusted is null when no community was chosen or reachable.
	IssuerTrusted  *bool  `json:"issuer_trusted"`
	IssuerIdentity string `json:"issuer_identity,omitempty"`
	accountName    string
	identity       string // the issuer identity, zero included
}

func newCredentialImportCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE|-",
		Short: "Check a credential (issuer signature, bound to your key) and keep it encrypted",
		Args:  exactArgs(1, "one file (or - for stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := a.runCredentialImport(cmd.Context(), credentialImportOptions{File: args[0]})
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Imported credential %s for %s", r.ID, r.accountName)
			switch {
			case r.IssuerTrusted == nil:
			case *r.IssuerTrusted:
				a.say("Its issuer (identity %s) is trusted by the community.", r.identity)
			default:
				a.note("Its issuer key (%s) is not trusted in the community's registry: notaries will not accept it until it is.", r.IssuerThumbprint)
			}
			return nil
		},
	}
}

// runCredentialImport checks a credential as issued (issuer signature,
// validity, bound to one of the wallet's accounts, --account's if given)
// and keeps it encrypted under the account's key.
func (a *app) runCredentialImport(ctx context.Context, o credentialImportOptions) (*credentialImportResult, error) {
	b, err := a.readInput("credential", o.File)
	if err != nil {
		return nil, err
	}
	checked, err := disclosure.CheckIssued(string(b), a.now())
	if err != nil {
		return nil, community.Refused(i18n.Say("%v", err), community.FixNone)
	}
	raw, issuer, v, holder := checked.Raw, checked.Issuer, checked.Verified, checked.Holder
	s := a.store(false)
	if a.g.Account != "" {
		// The account asked for must be the one the credential is
		// bound to: a credential is only ever its holder's.
		chosen, err := s.Get(a.g.Account)
		if err != nil {
			return nil, asUsage(err)
		}
		if chosen.Address != holder {
			return nil, community.Refused(i18n.Say("the credential is bound to %s, not to account %s (%s); import it with the account it was issued to", holder.Hex(), chosen.Name, chosen.Address.Hex()), community.FixNone)
		}
	}
	acct, err := s.Get(holder.Hex())
	if err != nil {
		return nil, community.Refused(i18n.Say("the credential is bound to %s, which is not one of your accounts", holder.Hex()), community.FixNone)
	}
	key, err := a.unlocker(s).Key(acct)
	if err != nil {
		return nil, err
	}
	id, err := wallet.NewCredentialStore(a.g.DataDir).Add(acct, key, raw, a.now())
	if err != nil {
		return nil, err
	}
	thumb, _ := issuer.Thumbprint()
	trust := a.issuerTrust(ctx, thumb)
	r := &credentialImportResult{ID: id, Account: acct.Address.Hex(), Issuer: v.Claims["iss"], IssuerThumbprint: common.Hash(thumb).Hex(), accountName: acct.Name}
	if trust != nil {
		trusted := trust.trusted
		r.IssuerTrusted, r.identity = &trusted, trust.identity.Hex()
		if trust.identity != (common.Hash{}) {
			r.IssuerIdentity = trust.identity.Hex()
		}
	}
	return r, nil
}

// issuerTrustInfo is what the community's registry says of an issuer key.
type issuerTrustInfo struct {
	identity common.Hash // zero when the key is bound to no identity
	trusted  bool
}

// issuerTrust asks the community, if one is chosen and reachable.
func (a *app) issuerTrust(ctx context.Context, thumb [32]byte) *issuerTrustInfo {
	com, err := a.community(ctx)
	if err != nil {
		return nil
	}
	id, ok, err := com.IssuerKey(ctx, thumb)
	if err != nil {
		return nil
	}
	return &issuerTrustInfo{identity: id, trusted: ok}
}

type credSummary struct {
	ID       string `json:"id"`
	Issuer   string `json:"issuer"`
	Type     string `json:"vct"`
	Issued   string `json:"issued"`
	Expires  string `json:"expires"`
	Facts    int    `json:"facts"`
	Imported string `json:"imported"`
}

func summarize(sc wallet.StoredCredential) (credSummary, map[string]any) {
	cs := credSummary{ID: sc.ID, Imported: timeJSON(sc.Imported)}
	sum, facts := disclosure.Summarize(sc.SDJWT)
	cs.Facts, cs.Issuer, cs.Type = sum.Facts, sum.Issuer, sum.Type
	if !sum.Issued.IsZero() {
		cs.Issued = timeJSON(sum.Issued)
	}
	if !sum.Expires.IsZero() {
		cs.Expires = timeJSON(sum.Expires)
	}
	return cs, facts
}

func newCredentialListCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List your credentials (issuer and dates; facts stay in `show`)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out, err := a.runCredentialList(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(out)
			}
			if len(out) == 0 {
				a.note("No credentials yet: give a hospital `huzhu credential request`, then `huzhu credential import FILE`.")
			}
			for _, cs := range out {
				a.row(cs.ID, cs.Issuer, cs.Expires, a.p.Sprintf("%d facts", cs.Facts))
			}
			return nil
		},
	}
}

// runCredentialList summarizes the account's credentials (never nil).
func (a *app) runCredentialList(context.Context) ([]credSummary, error) {
	acct, key, err := a.unlockAccount()
	if err != nil {
		return nil, err
	}
	all, err := a.credentials(acct, key)
	if err != nil {
		return nil, err
	}
	out := []credSummary{}
	for _, sc := range all {
		cs, _ := summarize(sc)
		out = append(out, cs)
	}
	return out, nil
}

type credentialShowOptions struct {
	ID string
}

// credentialShowResult is one credential with every fact it holds.
type credentialShowResult struct {
	Credential credSummary `json:"credential"`
	// Facts are the credential's facts by name, as issued; null when the
	// stored credential no longer parses.
	Facts map[string]any `json:"facts"`
}

func newCredentialShowCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Show every fact of one of your credentials (only you see this)",
		Args:  exactArgs(1, "one credential id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := a.runCredentialShow(cmd.Context(), credentialShowOptions{ID: args[0]})
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			cs, facts := r.Credential, r.Facts
			rows := []kv{{"Credential", cs.ID}, {"Issuer", cs.Issuer}, {"Issued", cs.Issued}, {"Expires", cs.Expires}}
			names := make([]string, 0, len(facts))
			for n := range facts {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				b, _ := json.Marshal(facts[n])
				rows = append(rows, kv{n, strings.Trim(string(b), `"`)})
			}
			a.writeKV("", rows)
			return nil
		},
	}
}

func (a *app) runCredentialShow(_ context.Context, o credentialShowOptions) (*credentialShowResult, error) {
	acct, key, err := a.unlockAccount()
	if err != nil {
		return nil, err
	}
	sc, err := wallet.NewCredentialStore(a.g.DataDir).Get(acct, key, o.ID)
	if err != nil {
		return nil, usageErrorf("%v", err)
	}
	cs, facts := summarize(sc)
	return &credentialShowResult{Credential: cs, Facts: facts}, nil
}

type credentialVerifyOptions struct {
	IssuerJWK string // file, or - for stdin
	Token     string // file, or - for stdin
	// Aud and Nonce, either given, require a Key Binding JWT with them.
	Aud, Nonce string
}

// credentialVerifyResult is an SD-JWT that verifies, with its disclosed
// claims.
type credentialVerifyResult struct {
	Valid bool `json:"valid"`
	// Claims are the visible claims with the disclosures in place.
	Claims        map[string]any    `json:"claims"`
	Disclosed     int               `json:"disclosed"`
	KeyBinding    *keyBindingResult `json:"key_binding,omitempty"`
	HolderAddress string            `json:"holder_address,omitempty"`
}

type keyBindingResult struct {
	Aud   string `json:"aud"`
	Nonce string `json:"nonce"`
	Iat   string `json:"iat"`
}

func newCredentialVerifyCmd(a *app) *cobra.Command {
	var o credentialVerifyOptions
	cmd := &cobra.Command{
		Use:   "verify --issuer-jwk FILE [--aud A] [--nonce N] FILE|-",
		Short: "Verify any SD-JWT / SD-JWT VC; print its disclosed claims (exit 3 with the rule it breaks)",
		Args:  exactArgs(1, "one file (or - for stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Token = args[0]
			r, err := a.runCredentialVerify(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.writeJSON(r)
		},
	}
	cmd.Flags().StringVar(&o.IssuerJWK, "issuer-jwk", "", "the issuer's public JWK (file, or - for stdin)")
	cmd.Flags().StringVar(&o.Aud, "aud", "", "require a Key Binding JWT with this aud")
	cmd.Flags().StringVar(&o.Nonce, "nonce", "", "require a Key Binding JWT with this nonce")
	return cmd
}

// runCredentialVerify verifies an SD-JWT (VC) against an issuer key; a
// token that breaks a rule is an error wrapping *disclosure.VerifyError.
func (a *app) runCredentialVerify(_ context.Context, o credentialVerifyOptions) (*credentialVerifyResult, error) {
	if o.IssuerJWK == "" {
		return nil, usageErrorf("--issuer-jwk is required")
	}
	jb, err := a.readInput("--issuer-jwk", o.IssuerJWK)
	if err != nil {
		return nil, err
	}
	var j disclosure.JWK
	var wrapped struct {
		JWK *disclosure.JWK `json:"jwk"`
	}
	if json.Unmarshal(jb, &wrapped) == nil && wrapped.JWK != nil {
		j = *wrapped.JWK
	} else if err := json.Unmarshal(jb, &j); err != nil {
		return nil, usageErrorf("--issuer-jwk: not a JWK: %v", err)
	}
	ik, err := j.PublicKey()
	if err != nil {
		return nil, usageErrorf("--issuer-jwk: %v", err)
	}
	b, err := a.readInput("token", o.Token)
	if err != nil {
		return nil, err
	}
	vo := disclosure.VerifyOptions{IssuerKey: ik, Now: a.now(), Audience: o.Aud, Nonce: o.Nonce, KeyBinding: o.Aud != "" || o.Nonce != ""}
	sd, err := disclosure.Parse(string(b))
	if err == nil {
		typ := ""
		if h, herr := disclosure.Header(sd); herr == nil {
			typ, _ = h["typ"].(string)
		}
		vo.VC = typ == "dc+sd-jwt" || typ == "vc+sd-jwt"
	}
	var v *disclosure.Verified
	if err == nil {
		v, err = sd.Verify(vo)
	}
	var ve *disclosure.VerifyError
	if errors.As(err, &ve) {
		// Exit 3; with --json the error document names the rule.
		return nil, errorf("invalid: %w", ve)
	}
	if err != nil {
		return nil, err
	}
	r := &credentialVerifyResult{Valid: true, Claims: v.Claims, Disclosed: len(v.Disclosures)}
	if v.KeyBinding != nil {
		r.KeyBinding = &keyBindingResult{Aud: v.KeyBinding.Aud, Nonce: v.KeyBinding.Nonce, Iat: timeJSON(v.KeyBinding.Iat)}
	}
	if v.Holder != nil {
		if addr, err := v.Holder.Address(); err == nil {
			r.HolderAddress = addr.Hex()
		}
	}
	return r, nil
}
