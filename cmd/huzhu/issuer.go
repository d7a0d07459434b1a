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

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/atomicfile"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func newIssuerCmd(a *app) *cobra.Command {
	return group("issuer", "For hospitals and clinics: keys, issuing medical credentials, the trusted registry",
		newIssuerInitCmd(a), newIssuerIssueCmd(a), newIssuerTrustCmd(a), newIssuerListCmd(a))
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
	Name  string // the display name, any text
	Light bool
}

// issuerInitResult is a new issuer key's public half; it is also what
// jwk.json holds, for issuer trust --jwk.
type issuerInitResult struct {
	Name string         `json:"name"` // the display name
	JWK  disclosure.JWK `json:"jwk"`
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
display name or the slug. A community trusts the issuer once the thumbprint is in its
registry: huzhu issuer trust --jwk FILE.`,
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
				{"JWK", string(b)},
				{"Thumbprint", r.Thumbprint},
				{"Registry id", r.ThumbprintHex},
			})
			return nil
		},
	}
	cmd.Flags().StringVar(&o.Name, "name", "", "the issuer's display name, any text (e.g. \"Yangzhou First People's Hospital\")")
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
	r := &issuerInitResult{Name: acct.Display, JWK: j, Thumbprint: ts, ThumbprintHex: common.Hash(t).Hex(), Slug: acct.Name}
	// The public half, for issuer trust --jwk.
	jb, _ := json.MarshalIndent(r, "", "  ")
	if err := atomicfile.Write(filepath.Join(filepath.Dir(acct.File), "jwk.json"), append(jb, '\n'), 0o644); err != nil {
		return nil, err
	}
	return r, nil
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
			o.RecordGiven = cmd.Flags().Changed("record")
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
	f.StringVar(&o.Iss, "iss", "", "issuer identifier (default: the key's thumbprint URN)")
	f.StringVar(&o.Validity, "valid", "365d", "how long the credential is valid")
	f.StringVar(&o.Out, "out", "", "write the credential to this file (0600) instead of stdout")
	f.StringVar(&o.Record, "record", "", "the hospital's own reference of the event (a record number): the event id is made from it, the same for every credential of that record")
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
		j, _ := disclosure.PublicJWK(&key.PublicKey)
		t, _ := j.ThumbprintString()
		iss = "urn:ietf:params:oauth:jwk-thumbprint:sha-256:" + t
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
	// Issuer is the identity (0x + 64 hex) to add the key to; empty: the
	// key's own identity, or its thumbprint for a new issuer.
	Issuer string
	Revoke bool
}

// issuerTrustResult is a registry change asked for: applied, or a vote
// counted towards the notaries' quorum.
type issuerTrustResult struct {
	Issuer     string `json:"issuer"`
	Thumbprint string `json:"thumbprint"`
	Trusted    bool   `json:"trusted"`
	Applied    bool   `json:"applied"`
	Approvals  uint64 `json:"approvals"`
	Tx         string `json:"tx"`
}

func newIssuerTrustCmd(a *app) *cobra.Command {
	var o issuerTrustOptions
	cmd := &cobra.Command{
		Use:   "trust --jwk FILE [--issuer 0xID] [--revoke]",
		Short: "Add an issuer key to the community's registry (founder, or a quorum of notaries)",
		Long: `Trust (or with --revoke, stop trusting) an issuer key in the community's registry,
from --account. The registry knows issuers as identities with one or more keys (RFC 7638
thumbprints); a credential's nullifier is derived from the identity, so one medical event is
paid once whichever of the issuer's keys signed it. Without --issuer the key keeps the identity
it already has, or a new key starts a new identity whose id is its own thumbprint. Add a
rotated or second key of the same issuer with --issuer and the identity of its first key.
A key bound to one identity can never be moved to another.

The founder decides alone; a sitting notary's call counts as one vote, and the change happens
when a quorum of notaries has asked for it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runIssuerTrust(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			if r.Applied {
				a.say("Done: the key is now %s.", map[bool]string{true: "trusted", false: "not trusted"}[r.Trusted])
			} else {
				a.say("Your vote is in (%d so far); the change happens at the notaries' quorum.", r.Approvals)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.JWK, "jwk", "", "the issuer's public JWK (a file, or - for stdin)")
	cmd.Flags().StringVar(&o.Issuer, "issuer", "", "the issuer identity (0x + 64 hex digits) to add the key to (default: the key's own identity, or its thumbprint for a new issuer)")
	cmd.Flags().BoolVar(&o.Revoke, "revoke", false, "stop trusting the key instead")
	cmd.Flags().BoolVar(&o.Revoke, "remove", false, "same as --revoke")
	_ = cmd.Flags().MarkHidden("remove")
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

// parseIssuerJWK reads a JWK, or the JSON printed by issuer init.
func parseIssuerJWK(b []byte) (disclosure.JWK, error) {
	var wrapped struct {
		JWK *disclosure.JWK `json:"jwk"`
	}
	if json.Unmarshal(b, &wrapped) == nil && wrapped.JWK != nil {
		b, _ = json.Marshal(wrapped.JWK)
	}
	var j disclosure.JWK
	if err := json.Unmarshal(b, &j); err != nil {
		return j, err
	}
	if j.Crv != disclosure.CurveP256 {
		return j, errorf("an issuer key is P-256 (ES256), not %q", j.Crv)
	}
	_, err := j.Thumbprint()
	return j, err
}

// runIssuerTrust asks the community to trust (or stop trusting) an issuer
// key: the founder's call applies, a notary's counts as a vote.
func (a *app) runIssuerTrust(ctx context.Context, o issuerTrustOptions) (*issuerTrustResult, error) {
	if o.JWK == "" {
		return nil, usageErrorf("--jwk is required (the issuer's public JWK, as printed by huzhu issuer init)")
	}
	b, err := a.readInput("--jwk", o.JWK)
	if err != nil {
		return nil, err
	}
	j, err := parseIssuerJWK(b)
	if err != nil {
		return nil, usageErrorf("--jwk: %v", err)
	}
	var issuer *common.Hash
	if o.Issuer != "" {
		h, err := parseIssuerID(o.Issuer)
		if err != nil {
			return nil, usageErrorf("--issuer: %v", err)
		}
		issuer = &h
	}
	trusted := !o.Revoke
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	thumb, _ := j.Thumbprint()
	bound, _, err := com.IssuerKey(ctx, thumb)
	if err != nil {
		return nil, a.explain(ctx, err)
	}
	id := common.Hash(bound)
	switch {
	case issuer != nil && id != (common.Hash{}) && *issuer != id:
		return nil, errorf("%w: key %s already belongs to issuer %s and can never move to %s; add a new key to %s instead", community.ErrRefused, common.Hash(thumb).Hex(), id.Hex(), issuer.Hex(), issuer.Hex())
	case issuer != nil:
		id = *issuer
	case id == (common.Hash{}):
		id = common.Hash(thumb) // a new identity is named by its first key
	}
	s, acct, err := a.sender(ctx)
	if err != nil {
		return nil, err
	}
	data := com.PackSetIssuerKey(id, thumb, trusted)
	if trusted {
		a.note("Trust key %s of issuer %s in community %s", common.Hash(thumb).Hex(), id.Hex(), com.Address.Hex())
	} else {
		a.note("Stop trusting key %s of issuer %s in community %s", common.Hash(thumb).Hex(), id.Hex(), com.Address.Hex())
	}
	if err := a.quoteAndConfirmTo(ctx, acct.Address, &com.Address, data, nil, "Send this transaction?"); err != nil {
		return nil, err
	}
	r, err := s.Send(ctx, &com.Address, data, nil)
	if err != nil {
		return nil, a.explain(ctx, err)
	}
	changed, votes := com.IssuerKeyOutcome(r)
	return &issuerTrustResult{Issuer: id.Hex(), Thumbprint: common.Hash(thumb).Hex(), Trusted: trusted, Applied: changed, Approvals: votes, Tx: r.TxHash.Hex()}, nil
}
