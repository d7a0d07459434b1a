package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"
	"golang.org/x/text/unicode/norm"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/atomicfile"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func newIssuerCmd(a *app) *cobra.Command {
	return group("issuer", "For hospitals and clinics: keys, issuing medical credentials, the trusted registry",
		newIssuerInitCmd(a), newIssuerIssueCmd(a), newIssuerTrustCmd(a), newIssuerUnbindCmd(a), newIssuerListCmd(a))
}

// readInput reads a file argument, "-" being stdin.
func (a *app) readInput(flag, path string) ([]byte, error) {
	var b []byte
	var err error
	if path == "-" {
		b, err = io.ReadAll(io.LimitReader(a.io.In, disclosure.MaxSize+1))
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, usageErrorf("%s: %v", flag, err)
	}
	return b, nil
}

type issuerInitOptions struct {
	Name string // the display name, any text
	// Iss is what the issuer's credentials carry as iss: a rotated key
	// gives its hospital's; default, a new issuer's, the key's
	// thumbprint URN.
	Iss   string
	Light bool
}

// issuerInitResult is a new issuer key's public half; it is also what
// jwk.json holds, for issuer trust --jwk.
type issuerInitResult struct {
	Name string         `json:"name"` // the display name
	JWK  disclosure.JWK `json:"jwk"`
	// Iss is the iss its credentials carry (issuer issue's default), tied
	// to the issuer's identity in a community's registry.
	Iss string `json:"iss"`
	// Thumbprint is the RFC 7638 thumbprint (base64url); ThumbprintHex
	// the same bytes as the registry's id.
	Thumbprint    string `json:"thumbprint"`
	ThumbprintHex string `json:"thumbprint_hex"`
	Slug          string `json:"slug"` // the key's folder name
}

func newIssuerInitCmd(a *app) *cobra.Command {
	var o issuerInitOptions
	cmd := &cobra.Command{
		Use:   "init --name \"DISPLAY NAME\"",
		Short: "Create a hospital's P-256 signing key; print its JWK and RFC 7638 thumbprint",
		Long: `Create an issuer's P-256 (ES256) signing key and print its public JWK and RFC 7638
thumbprint. --name is the issuer's display name, any text ("Yangzhou First People's
Hospital", "扬州市第一人民医院"). The key is kept in DATA_DIR/issuers/SLUG/key.json, where
SLUG is a short ASCII form of the name, as a Web3 Secret Storage v3 file protected by its
own passphrase (not by any wallet account), next to its public JWK (jwk.json). Issuer
names are their own: they never collide with account names. Later commands accept the
display name or the slug.

Every credential of one hospital carries one iss, whichever key signed it: a community's
registry ties the hospital's identity to it. A new hospital's iss is its first key's
thumbprint URN; a rotated key keeps it: --iss with the iss its first key printed. A
community trusts the first key with huzhu issuer trust --jwk FILE --new-issuer, a rotated
one with --issuer 0xID.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runIssuerInit(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			b, _ := json.Marshal(r.JWK)
			a.writeKV(a.p.Sprintf("Issuer key %s", r.Name), []kv{
				{"Kept as", r.Slug},
				{"Credentials carry iss", r.Iss},
				{"JWK", string(b)},
				{"Thumbprint", r.Thumbprint},
				{"Registry id", r.ThumbprintHex},
			})
			return nil
		},
	}
	cmd.Flags().StringVar(&o.Name, "name", "", "the issuer's display name, any text (e.g. \"Yangzhou First People's Hospital\")")
	cmd.Flags().StringVar(&o.Iss, "iss", "", "the iss the hospital's credentials carry, for a rotated key (default: this key's thumbprint URN)")
	addLightKDFFlag(cmd, &o.Light)
	return cmd
}

// runIssuerInit creates an issuer key under its own new passphrase and
// writes its public half next to it (jwk.json).
func (a *app) runIssuerInit(_ context.Context, o issuerInitOptions) (*issuerInitResult, error) {
	if o.Name == "" {
		return nil, usageErrorf("--name is required")
	}
	if err := wallet.ValidIssuerName(o.Name); err != nil {
		return nil, usageErrorf("%v", err)
	}
	if err := checkIss(o.Iss); err != nil {
		return nil, usageErrorf("--iss: %v", err)
	}
	name := strings.TrimSpace(o.Name)
	is := a.issuers(o.Light)
	if old, err := is.Get(name); err == nil {
		return nil, usageErrorf("there is an issuer key named %q already (kept as %s)", old.Display, old.Name)
	}
	pass, err := a.unlocker(a.store(false)).NewPassphrase(name)
	if err != nil {
		return nil, usageWrap(err)
	}
	defer wipe(pass)
	acct, j, dk, err := is.Create(name, pass, a.now())
	if err != nil {
		return nil, err
	}
	defer wipe(dk)
	a.rememberInKeyring(acct, dk, a.g.PasswordFile != "")
	t, err := j.Thumbprint()
	if err != nil {
		return nil, err
	}
	ts, _ := j.ThumbprintString()
	iss := o.Iss
	if iss == "" {
		iss, _ = j.ThumbprintURN()
	}
	r := &issuerInitResult{Name: acct.Display, JWK: j, Iss: iss, Thumbprint: ts, ThumbprintHex: common.Hash(t).Hex(), Slug: acct.Name}
	// The public half, for issuer trust --jwk.
	jb, _ := json.MarshalIndent(r, "", "  ")
	if err := atomicfile.Write(filepath.Join(filepath.Dir(acct.File), "jwk.json"), append(jb, '\n'), 0o644); err != nil {
		return nil, err
	}
	return r, nil
}

// checkIss refuses an iss no registry would tie an identity to: empty
// is the default; otherwise at most 256 bytes of printable text.
func checkIss(iss string) error {
	if iss == "" {
		return nil
	}
	if len(iss) > 256 {
		return errorf("an iss is at most 256 bytes")
	}
	// Escape changes controls and format characters (zero-width,
	// bidirectional); NFC: one spelling of each character.
	if strings.TrimSpace(iss) != iss || safetext.Escape(iss) != iss || !norm.NFC.IsNormalString(iss) {
		return errorf("an iss has no space around it, no control or zero-width characters, and is in Unicode NFC")
	}
	return nil
}

// issuerIss is the iss an issuer key's credentials carry: the one issuer
// init kept beside it (jwk.json), else the key's thumbprint URN.
func issuerIss(acct wallet.Account, key *ecdsa.PrivateKey) string {
	if b, err := os.ReadFile(filepath.Join(filepath.Dir(acct.File), "jwk.json")); err == nil {
		var pub struct {
			Iss string `json:"iss"`
		}
		if json.Unmarshal(b, &pub) == nil && pub.Iss != "" {
			return pub.Iss
		}
	}
	j, _ := disclosure.PublicJWK(&key.PublicKey)
	iss, _ := j.ThumbprintURN()
	return iss
}

// knownCurrencies are the currencies a treatment cost may be in for the
// chosen community (its currency and its token's symbol), or none when no
// community is chosen or reachable: an issuer needs no community.
func (a *app) knownCurrencies(ctx context.Context) []string {
	if a.g.Community == "" {
		if cfg, err := session.LoadConfig(a.g.DataDir); err != nil || len(cfg.Communities) == 0 {
			return nil // do not start a chain just to ask
		}
	}
	com, err := a.community(ctx)
	if err != nil {
		return nil
	}
	cur := []string{com.Token.Symbol}
	if c := com.Params().Currency; c != "" {
		cur = append([]string{c}, cur...)
	}
	return cur
}

// issuers is the data dir's issuer key store.
func (a *app) issuers(light bool) *wallet.IssuerStore {
	is := wallet.NewIssuerStore(a.g.DataDir)
	if light {
		is.Scrypt = wallet.LightScrypt
	}
	return is
}

// issuerKey unlocks an issuer key (kept in DATA_DIR/issuers; keys that
// earlier versions kept among the wallet's accounts are moved there first)
// and, when withSecret, its event id secret, with the same unlock.
func (a *app) issuerKey(name string, withSecret bool) (*ecdsa.PrivateKey, []byte, wallet.Account, error) {
	is := a.issuers(false)
	acct, err := is.Get(name)
	if err != nil {
		if errors.Is(err, wallet.ErrNoAccount) {
			return nil, nil, acct, usageErrorf("%v; create one with `huzhu issuer init --name NAME`", err)
		}
		return nil, nil, acct, err
	}
	dk, err := a.unlocker(a.store(false)).DerivedKey(acct)
	if err != nil {
		return nil, nil, acct, err
	}
	defer wipe(dk)
	key, err := wallet.OpenIssuerKey(acct, dk)
	if err != nil || !withSecret {
		return key, nil, acct, err
	}
	secret, err := is.EventIDSecret(acct, dk)
	return key, secret, acct, err
}

type issuerIssueOptions struct {
	Name     string // the issuer's display name or slug
	Holder   string // file (or -): a holder request or a bare JWK
	Claims   string // file (or -): a JSON object of medical facts
	Iss      string // default: the key's thumbprint URN
	Validity string
	Out      string // a file to write; empty: the credential is the answer
	// Record is the hospital's own reference of the event, the event id
	// made from it (RecordGiven: --record was given, even empty).
	Record      string
	RecordGiven bool
	// RecordFile holds the reference instead (or - for stdin): a record
	// number names a patient, and arguments show in ps and shell history.
	RecordFile string
}

// issuerIssueResult is a credential issued: in Credential, or written to
// File.
type issuerIssueResult struct {
	File       string `json:"file,omitempty"`
	Credential string `json:"credential,omitempty"`
	ID         string `json:"id"`
	IssuerName string `json:"issuer_name"`
	// EventID is the credential's event id, made here or given: the
	// hospital keeps it to recognise the event's claim (or uses --record).
	EventID string `json:"event_id"`
}

func newIssuerIssueCmd(a *app) *cobra.Command {
	var o issuerIssueOptions
	cmd := &cobra.Command{
		Use:   "issue --name ISSUER --holder FILE --claims FILE.json [--record REF]",
		Short: "Issue a medical SD-JWT VC to a member's wallet key",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cmd.Flags().Changed("record") && o.RecordFile != "" {
				return usageErrorf("--record and --record-file: give one")
			}
			o.RecordGiven = cmd.Flags().Changed("record") || o.RecordFile != ""
			r, err := a.runIssuerIssue(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			if r.File != "" {
				a.say("Credential %s from %s written to %s", r.ID, r.IssuerName, r.File)
				return nil
			}
			fmt.Fprintln(a.io.Out, r.Credential)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Name, "name", "", "the issuer's display name or its slug (huzhu issuer init)")
	f.StringVar(&o.Holder, "holder", "", "the member's holder request or JWK (- for stdin)")
	f.StringVar(&o.Claims, "claims", "", "JSON object of medical facts (- for stdin)")
	f.StringVar(&o.Iss, "iss", "", "issuer identifier (default: the iss issuer init gave the key)")
	f.StringVar(&o.Validity, "valid", "365d", "how long the credential is valid")
	f.StringVar(&o.Out, "out", "", "write the credential to this file (0600) instead of stdout")
	f.StringVar(&o.Record, "record", "", "the hospital's own reference of the event (a record number): the event id is made from it, the same for every credential of that record")
	f.StringVar(&o.RecordFile, "record-file", "", "the same reference read from a file (- for stdin; one trailing newline is dropped), kept out of ps and shell history")
	return a.longHelp(cmd, func(p i18n.Printer) string {
		return p.Sprintf(`Issue a medical event credential (SD-JWT VC, ES256) bound to the member's wallet key.
--holder is the member's request (huzhu credential request), whose proof of possession is
checked, or a bare secp256k1 JWK. --claims is a JSON object of facts; every fact is
selectively disclosable: %s.
Leave event_id out: huzhu makes it, 128 random bits, or with --record REF an HMAC of the
hospital's own reference of the event under this issuer's secret (kept beside its key), so
that every credential issued for one record names one event, paid once. The claim's public
nullifier is derived from it, and no one without the secret can guess it. An event_id given
in --claims must already be in the canonical form (base64url of 16 to 48 bytes).`, strings.Join(disclosure.MedicalFacts, ", "))
	})
}

// runIssuerIssue issues a medical credential to the holder the request
// names, after checking the request and the facts.
func (a *app) runIssuerIssue(ctx context.Context, o issuerIssueOptions) (*issuerIssueResult, error) {
	if o.Name == "" || o.Holder == "" || o.Claims == "" {
		return nil, usageErrorf("--name, --holder and --claims are required")
	}
	if o.Holder == "-" && o.Claims == "-" {
		return nil, usageErrorf("only one of --holder and --claims can be - (stdin)")
	}
	validity, err := units.ParseDuration(o.Validity)
	if err != nil {
		return nil, usageErrorf("--valid: %v", err)
	}
	if err := checkIss(o.Iss); err != nil {
		return nil, usageErrorf("--iss: %v", err)
	}
	hb, err := a.readInput("--holder", o.Holder)
	if err != nil {
		return nil, err
	}
	holder, _, err := disclosure.ReadHolder(hb, a.now())
	if errors.Is(err, disclosure.ErrNotHolder) {
		return nil, usageErrorf("--holder: %v", err)
	} else if err != nil {
		return nil, &community.Refusal{Reason: "--holder: " + err.Error()}
	}
	cb, err := a.readInput("--claims", o.Claims)
	if err != nil {
		return nil, err
	}
	var facts map[string]any
	dec := json.NewDecoder(strings.NewReader(string(cb)))
	dec.UseNumber()
	if err := dec.Decode(&facts); err != nil || facts == nil {
		return nil, usageErrorf("--claims: not a JSON object")
	}
	// The event id: given, made from --record once the issuer's secret is
	// open, or random. A random one stands in for the record's while the
	// other facts are checked.
	if o.RecordFile != "" {
		if o.RecordFile == "-" && (o.Holder == "-" || o.Claims == "-") {
			return nil, usageErrorf("only one of --holder, --claims and --record-file can be - (stdin)")
		}
		b, err := a.readInput("--record-file", o.RecordFile)
		if err != nil {
			return nil, err
		}
		ref := strings.TrimSuffix(string(b), "\n")
		o.Record = strings.TrimSuffix(ref, "\r")
	}
	if _, given := facts["event_id"]; given && o.RecordGiven {
		return nil, usageErrorf("--record makes the event id: leave event_id out of --claims, or leave --record out")
	} else if !given {
		facts["event_id"] = disclosure.NewEventID()
	}
	if o.RecordGiven {
		if err := disclosure.CheckRecordRef(o.Record); err != nil {
			return nil, usageErrorf("--record: %w", err)
		}
	}
	if err := disclosure.CheckMedicalFacts(facts, a.knownCurrencies(ctx)); errors.Is(err, disclosure.ErrEventID) {
		return nil, usageErrorf("--claims: %w; omit event_id and huzhu makes one, or pass --record with the hospital's own reference of the event", err)
	} else if err != nil {
		return nil, usageErrorf("--claims: %v", strings.TrimPrefix(err.Error(), disclosure.ErrBadFact.Error()+": "))
	}
	key, secret, issuer, err := a.issuerKey(o.Name, o.RecordGiven)
	if err != nil {
		return nil, err
	}
	if o.RecordGiven {
		id, err := disclosure.RecordEventID(secret, o.Record)
		wipe(secret)
		if err != nil {
			return nil, err
		}
		facts["event_id"] = id
	}
	iss := o.Iss
	if iss == "" {
		iss = issuerIss(issuer, key)
	}
	if err := checkIss(iss); err != nil {
		return nil, usageErrorf("--iss: %v", err)
	}
	cred, err := disclosure.IssueMedical(key, disclosure.MedicalCredential{
		Issuer: iss, Holder: holder, Facts: facts, IssuedAt: a.now(), Validity: validity,
	}, disclosure.IssueOptions{})
	if err != nil {
		return nil, usageErrorf("%v", err)
	}
	r := &issuerIssueResult{ID: wallet.CredentialID(cred.String()), IssuerName: issuer.Display, EventID: facts["event_id"].(string)}
	if o.Out != "" {
		if err := atomicfile.Write(o.Out, []byte(cred.String()+"\n"), 0o600); err != nil {
			return nil, err
		}
		r.File = o.Out
		return r, nil
	}
	r.Credential = cred.String()
	return r, nil
}

type issuerTrustOptions struct {
	JWK string // file, or -: a JWK or the JSON issuer init prints
	// Issuer is the identity (0x + 64 hex) a new key joins; NewIssuer
	// starts a new identity with it instead. A key the registry knows
	// keeps its identity and needs neither.
	Issuer    string
	NewIssuer bool
	// Iss is what the issuer's credentials carry as iss (default: the
	// iss in the JSON issuer init prints, else the key's thumbprint URN).
	Iss    string
	Revoke bool
}

// issuerTrustResult is a registry change asked for: applied, or a vote
// counted towards the notaries' quorum.
type issuerTrustResult struct {
	Issuer     string `json:"issuer"`
	Iss        string `json:"iss,omitempty"`
	Thumbprint string `json:"thumbprint"`
	Trusted    bool   `json:"trusted"`
	Bound      bool   `json:"bound"`
	Applied    bool   `json:"applied"`
	Approvals  uint64 `json:"approvals"`
	Tx         string `json:"tx"`
}

func newIssuerTrustCmd(a *app) *cobra.Command {
	var o issuerTrustOptions
	cmd := &cobra.Command{
		Use:   "trust --jwk FILE (--new-issuer | --issuer 0xID) [--iss ISS] [--revoke]",
		Short: "Add an issuer key to the community's registry (founder in the first term, then a quorum of notaries)",
		Long: `Trust (or with --revoke, stop trusting) an issuer key in the community's registry,
from --account. The registry knows issuers as identities, each tied for good to the iss its
credentials carry, with one or more keys (RFC 7638 thumbprints); a credential's nullifier is
derived from the identity, so one medical event is paid once whichever of the hospital's
keys signed it. A key new to the registry needs one of:
  --new-issuer     a hospital's first key: it starts an identity named by its thumbprint,
                   tied to its iss (refused when another identity has that iss already)
  --issuer 0xID    a rotated or second key of the identity 0xID (refused when that
                   identity's credentials carry another iss)
A key the registry knows keeps its identity: a key bound to one identity never moves to
another (huzhu issuer unbind frees one no claim can have used). The iss is the one in the
JSON issuer init printed, or --iss.

The founder decides alone while the first, founder-named term sits; from the first elected
term on, a sitting notary's call counts as one vote, and the change happens when a quorum
of notaries has asked for it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runIssuerTrust(cmd.Context(), o)
			if err != nil {
				return err
			}
			a.sayRegistryChange(r)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.JWK, "jwk", "", "the issuer's public JWK, or the JSON issuer init printed (a file, or - for stdin)")
	f.BoolVar(&o.NewIssuer, "new-issuer", false, "the key starts a new issuer identity (a hospital's first key)")
	f.StringVar(&o.Issuer, "issuer", "", "the issuer identity (0x + 64 hex digits) a rotated or second key joins")
	f.StringVar(&o.Iss, "iss", "", "the iss the issuer's credentials carry (default: the one issuer init printed, else the key's thumbprint URN)")
	f.BoolVar(&o.Revoke, "revoke", false, "stop trusting the key instead (it stays bound to its identity)")
	f.BoolVar(&o.Revoke, "remove", false, "same as --revoke")
	_ = f.MarkHidden("remove")
	return cmd
}

// sayRegistryChange answers a registry change: JSON, or what happened.
func (a *app) sayRegistryChange(r *issuerTrustResult) {
	if a.g.JSON {
		_ = a.writeJSON(r)
		return
	}
	switch {
	case r.Applied && !r.Bound:
		a.say("Done: the key is no longer bound to issuer %s; it can be trusted again for the right one.", r.Issuer)
	case r.Applied && r.Trusted:
		a.say("Done: the key is now trusted, for issuer %s.", r.Issuer)
	case r.Applied:
		a.say("Done: the key is no longer trusted.")
	default:
		a.say("Your vote is in (%d so far); the change happens at the notaries' quorum.", r.Approvals)
	}
}

type issuerUnbindOptions struct {
	JWK string // file or -: the key's JWK
	Key string // or its thumbprint (0x + 64 hex)
}

func newIssuerUnbindCmd(a *app) *cobra.Command {
	var o issuerUnbindOptions
	cmd := &cobra.Command{
		Use:   "unbind (--jwk FILE | --key 0xTHUMBPRINT)",
		Short: "Free a distrusted issuer key no claim can have used from its identity (a quorum of notaries)",
		Long: `Unbind a distrusted issuer key from the identity it was bound to, so that it can be
trusted again for the right one (a key bound to the wrong hospital by mistake). The registry
allows it only while no claim can have used the key: none approved since it was first
trusted; otherwise unbinding could let a paid event be paid again. The founder decides alone
while the first term sits; then a quorum of sitting notaries.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runIssuerUnbind(cmd.Context(), o)
			if err != nil {
				return err
			}
			a.sayRegistryChange(r)
			return nil
		},
	}
	cmd.Flags().StringVar(&o.JWK, "jwk", "", "the key's public JWK (a file, or - for stdin)")
	cmd.Flags().StringVar(&o.Key, "key", "", "the key's RFC 7638 thumbprint (0x + 64 hex digits), as issuer list shows it")
	return cmd
}

// parseIssuerID reads an issuer identity: 0x and 64 hex digits.
func parseIssuerID(s string) (common.Hash, error) {
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != 32 {
		return common.Hash{}, errorf("%q is not an issuer identity (0x and 64 hex digits, e.g. the thumbprint of the issuer's first key)", s)
	}
	h := common.BytesToHash(b)
	if h == (common.Hash{}) {
		return h, errorf("the issuer identity cannot be zero")
	}
	return h, nil
}

// parseIssuerJWK reads a JWK, or the JSON printed by issuer init (and
// the iss it names, if any).
func parseIssuerJWK(b []byte) (disclosure.JWK, string, error) {
	var wrapped struct {
		JWK *disclosure.JWK `json:"jwk"`
		Iss string          `json:"iss"`
	}
	iss := ""
	if json.Unmarshal(b, &wrapped) == nil && wrapped.JWK != nil {
		b, _ = json.Marshal(wrapped.JWK)
		iss = wrapped.Iss
	}
	var j disclosure.JWK
	if err := json.Unmarshal(b, &j); err != nil {
		return j, "", err
	}
	if j.Crv != disclosure.CurveP256 {
		return j, "", errorf("an issuer key is P-256 (ES256), not %q", j.Crv)
	}
	_, err := j.Thumbprint()
	return j, iss, err
}

// runIssuerTrust asks the community to trust (or stop trusting) an issuer
// key: the founder's call applies in the first term, a notary's counts as a
// vote.
func (a *app) runIssuerTrust(ctx context.Context, o issuerTrustOptions) (*issuerTrustResult, error) {
	if o.JWK == "" {
		return nil, usageErrorf("--jwk is required (the issuer's public JWK, as printed by huzhu issuer init)")
	}
	if o.NewIssuer && o.Issuer != "" {
		return nil, usageErrorf("--new-issuer and --issuer: give one (a new identity, or the one the key joins)")
	}
	if o.Revoke && (o.NewIssuer || o.Issuer != "" || o.Iss != "") {
		return nil, usageErrorf("--revoke stops trusting a key where it is bound: leave out --new-issuer, --issuer and --iss")
	}
	b, err := a.readInput("--jwk", o.JWK)
	if err != nil {
		return nil, err
	}
	j, iss, err := parseIssuerJWK(b)
	if err != nil {
		return nil, usageErrorf("--jwk: %v", err)
	}
	if err := checkIss(o.Iss); err != nil {
		return nil, usageErrorf("--iss: %v", err)
	}
	if o.Iss != "" {
		iss = o.Iss
	}
	if iss == "" {
		iss, _ = j.ThumbprintURN()
	}
	// An iss from the file is checked as --iss is: "hosp " or one with a
	// zero-width space would be another iss, so another identity for the
	// same hospital, and one event paid twice.
	if err := checkIss(iss); err != nil {
		return nil, usageErrorf("--jwk: its iss %q: %v", iss, err)
	}
	var named common.Hash
	if o.Issuer != "" {
		if named, err = parseIssuerID(o.Issuer); err != nil {
			return nil, usageErrorf("--issuer: %v", err)
		}
	}
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	thumb, _ := j.Thumbprint()
	th := common.Hash(thumb).Hex()
	bound, _, err := com.IssuerKey(ctx, thumb)
	if err != nil {
		return nil, a.explain(ctx, err)
	}
	id := common.Hash(bound)
	res := &issuerTrustResult{Thumbprint: th, Trusted: !o.Revoke, Bound: true}
	var step community.Step
	if o.Revoke {
		if id == (common.Hash{}) {
			return nil, errorf("%w: key %s is not in the registry", community.ErrRefused, th)
		}
		step = com.PlanDistrustKey(thumb)
		a.note("Stop trusting key %s of issuer %s in community %s", th, id.Hex(), com.Address.Hex())
	} else {
		if id, err = a.trustIdentity(ctx, com, thumb, id, named, o.NewIssuer, iss); err != nil {
			return nil, err
		}
		res.Iss = iss
		step = com.PlanTrustKey(id, thumb, iss)
		switch {
		case bound != ([32]byte{}):
			a.note("Trust again key %s of issuer %s (iss %q) in community %s", th, id.Hex(), iss, com.Address.Hex())
		case id == common.Hash(thumb):
			a.note("Start a NEW issuer identity %s with key %s, tied for good to iss %q, in community %s", id.Hex(), th, iss, com.Address.Hex())
		default:
			a.note("Add key %s to the existing issuer identity %s (iss %q) in community %s", th, id.Hex(), iss, com.Address.Hex())
		}
	}
	res.Issuer = id.Hex()
	r, err := a.execute(ctx, a.stepPlan(com, step, ""), "Send this transaction?")
	if err != nil {
		return nil, a.explain(ctx, err)
	}
	res.Applied, res.Approvals = com.IssuerKeyOutcome(r)
	res.Tx = r.TxHash.Hex()
	return res, nil
}

// trustIdentity is the identity a key to be trusted belongs to: the one
// it is bound to, a new one (--new-issuer), or the one named (--issuer),
// refusing whatever the registry would refuse, in words that say which
// flag to give.
func (a *app) trustIdentity(ctx context.Context, com *community.Community, thumb [32]byte, bound, named common.Hash, fresh bool, iss string) (common.Hash, error) {
	th := common.Hash(thumb).Hex()
	tied, err := com.IssuerOfIss(ctx, iss)
	if err != nil {
		return bound, a.explain(ctx, err)
	}
	tiedTo := common.Hash(tied)
	switch {
	case bound != (common.Hash{}) && fresh:
		return bound, errorf("%w: key %s belongs to issuer %s already and can never start another; leave out --new-issuer", community.ErrRefused, th, bound.Hex())
	case bound != (common.Hash{}) && named != (common.Hash{}) && named != bound:
		return bound, errorf("%w: key %s belongs to issuer %s and can never move to %s; add a new key to %s instead", community.ErrRefused, th, bound.Hex(), named.Hex(), named.Hex())
	case bound != (common.Hash{}):
		if tiedTo != bound {
			return bound, errorf("%w: issuer %s's credentials carry another iss than %q; pass the one they carry with --iss", community.ErrRefused, bound.Hex(), iss)
		}
		return bound, nil
	case fresh && tiedTo != (common.Hash{}):
		return bound, errorf("%w: iss %q belongs to issuer %s already: a key for it joins that identity (--issuer %s)", community.ErrRefused, iss, tiedTo.Hex(), tiedTo.Hex())
	case fresh:
		return common.Hash(thumb), nil // a new identity is named by its first key
	case named != (common.Hash{}):
		own, err := com.IssOf(ctx, named)
		if err != nil {
			return bound, a.explain(ctx, err)
		}
		if own == ([32]byte{}) {
			return bound, errorf("%w: there is no issuer %s in the registry; a hospital's first key starts its identity with --new-issuer", community.ErrRefused, named.Hex())
		}
		if own != community.IssHash(iss) {
			return bound, errorf("%w: issuer %s's credentials carry another iss than %q: a key of one hospital cannot join another (pass the iss they carry with --iss)", community.ErrRefused, named.Hex(), iss)
		}
		return named, nil
	case tiedTo != (common.Hash{}):
		return bound, usageErrorf("key %s is new to the registry and its iss %q is issuer %s's: add it to that identity with --issuer %s", th, iss, tiedTo.Hex(), tiedTo.Hex())
	}
	return bound, usageErrorf("key %s is new to the registry: start a new issuer identity with --new-issuer (a hospital's first key), or add it to one with --issuer 0xID (a rotated key)", th)
}

// runIssuerUnbind asks the community to unbind a distrusted key from its
// identity.
func (a *app) runIssuerUnbind(ctx context.Context, o issuerUnbindOptions) (*issuerTrustResult, error) {
	var thumb [32]byte
	switch {
	case (o.JWK == "") == (o.Key == ""):
		return nil, usageErrorf("give the key with one of --jwk FILE and --key 0xTHUMBPRINT")
	case o.JWK != "":
		b, err := a.readInput("--jwk", o.JWK)
		if err != nil {
			return nil, err
		}
		j, _, err := parseIssuerJWK(b)
		if err != nil {
			return nil, usageErrorf("--jwk: %v", err)
		}
		thumb, _ = j.Thumbprint()
	default:
		h, err := parseIssuerID(o.Key)
		if err != nil {
			return nil, usageErrorf("--key: %v", strings.Replace(err.Error(), "an issuer identity", "a key thumbprint", 1))
		}
		thumb = h
	}
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	th := common.Hash(thumb).Hex()
	bound, trusted, err := com.IssuerKey(ctx, thumb)
	if err != nil {
		return nil, a.explain(ctx, err)
	}
	switch {
	case bound == [32]byte{}:
		return nil, errorf("%w: key %s is bound to no issuer", community.ErrRefused, th)
	case trusted:
		return nil, errorf("%w: key %s is trusted; stop trusting it first (huzhu issuer trust --revoke)", community.ErrRefused, th)
	}
	a.note("Unbind key %s from issuer %s in community %s", th, common.Hash(bound).Hex(), com.Address.Hex())
	r, err := a.execute(ctx, a.stepPlan(com, com.PlanUnbindKey(thumb), ""), "Send this transaction?")
	if err != nil {
		return nil, a.explain(ctx, err)
	}
	res := &issuerTrustResult{Issuer: common.Hash(bound).Hex(), Thumbprint: th}
	res.Applied, res.Approvals = com.IssuerKeyOutcome(r)
	res.Tx = r.TxHash.Hex()
	return res, nil
}
