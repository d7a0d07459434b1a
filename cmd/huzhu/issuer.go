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

func issuerJSON(name string, j disclosure.JWK) (map[string]any, error) {
	t, err := j.Thumbprint()
	if err != nil {
		return nil, err
	}
	ts, _ := j.ThumbprintString()
	return map[string]any{"name": name, "jwk": j, "thumbprint": ts, "thumbprint_hex": common.Hash(t).Hex()}, nil
}

func newIssuerInitCmd(a *app) *cobra.Command {
	var name string
	var light bool
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
			if name == "" {
				return usageErrorf("--name is required")
			}
			if err := wallet.ValidIssuerName(name); err != nil {
				return usageErrorf("%v", err)
			}
			name = strings.TrimSpace(name)
			is := a.issuers(light)
			if old, err := is.Get(name); err == nil {
				return usageErrorf("there is an issuer key named %q already (kept as %s)", old.Display, old.Name)
			}
			pass, err := a.unlocker(a.store(false)).NewPassphrase(name)
			if err != nil {
				return usageWrap(err)
			}
			defer wipe(pass)
			acct, j, dk, err := is.Create(name, pass, a.now())
			if err != nil {
				return err
			}
			defer wipe(dk)
			a.rememberInKeyring(acct, dk)
			out, err := issuerJSON(acct.Display, j)
			if err != nil {
				return err
			}
			out["slug"] = acct.Name
			// The public half, for issuer trust --jwk.
			jb, _ := json.MarshalIndent(out, "", "  ")
			if err := atomicfile.Write(filepath.Join(filepath.Dir(acct.File), "jwk.json"), append(jb, '\n'), 0o644); err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(out)
			}
			b, _ := json.Marshal(j)
			a.writeKV(a.p.Sprintf("Issuer key %s", acct.Display), []kv{
				{"Kept as", acct.Name},
				{"JWK", string(b)},
				{"Thumbprint", out["thumbprint"].(string)},
				{"Registry id", out["thumbprint_hex"].(string)},
			})
			return nil
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "the issuer's display name, any text (e.g. \"Yangzhou First People's Hospital\")")
	addLightKDFFlag(cmd, &light)
	return cmd
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
// earlier versions kept among the wallet's accounts are moved there first).
func (a *app) issuerKey(name string) (*ecdsa.PrivateKey, wallet.Account, error) {
	acct, err := a.issuers(false).Get(name)
	if err != nil {
		if errors.Is(err, wallet.ErrNoAccount) {
			return nil, acct, usageErrorf("%v; create one with `huzhu issuer init --name NAME`", err)
		}
		return nil, acct, err
	}
	key, err := a.openIssuerKey(acct)
	return key, acct, err
}

func (a *app) openIssuerKey(acct wallet.Account) (*ecdsa.PrivateKey, error) {
	dk, err := a.unlocker(a.store(false)).DerivedKey(acct)
	if err != nil {
		return nil, err
	}
	defer wipe(dk)
	return wallet.OpenIssuerKey(acct, dk)
}

type issueOptions struct {
	Name     string
	Holder   string
	Claims   string
	Iss      string
	Validity string
	Out      string
}

func newIssuerIssueCmd(a *app) *cobra.Command {
	var o issueOptions
	cmd := &cobra.Command{
		Use:   "issue --name ISSUER --holder FILE --claims FILE.json",
		Short: "Issue a medical SD-JWT VC to a member's wallet key",
		Long: `Issue a medical event credential (SD-JWT VC, ES256) bound to the member's wallet key.
--holder is the member's request (huzhu credential request), whose proof of possession is
checked, or a bare secp256k1 JWK. --claims is a JSON object of facts; every fact is
selectively disclosable: ` + strings.Join(disclosure.MedicalFacts, ", ") + `.
Use an unguessable event_id: the claim's public nullifier is derived from it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runIssue(a, o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.Name, "name", "", "the issuer's display name or its slug (huzhu issuer init)")
	f.StringVar(&o.Holder, "holder", "", "the member's holder request or JWK (- for stdin)")
	f.StringVar(&o.Claims, "claims", "", "JSON object of medical facts (- for stdin)")
	f.StringVar(&o.Iss, "iss", "", "issuer identifier (default: the key's thumbprint URN)")
	f.StringVar(&o.Validity, "valid", "365d", "how long the credential is valid")
	f.StringVar(&o.Out, "out", "", "write the credential to this file (0600) instead of stdout")
	return cmd
}

func runIssue(a *app, o issueOptions) error {
	if o.Name == "" || o.Holder == "" || o.Claims == "" {
		return usageErrorf("--name, --holder and --claims are required")
	}
	if o.Holder == "-" && o.Claims == "-" {
		return usageErrorf("only one of --holder and --claims can be - (stdin)")
	}
	validity, err := units.ParseDuration(o.Validity)
	if err != nil {
		return usageErrorf("--valid: %v", err)
	}
	hb, err := a.readInput("--holder", o.Holder)
	if err != nil {
		return err
	}
	holder, _, err := disclosure.ReadHolder(hb, a.now())
	if errors.Is(err, disclosure.ErrNotHolder) {
		return usageErrorf("--holder: %v", err)
	} else if err != nil {
		return &community.Refusal{Reason: "--holder: " + err.Error()}
	}
	cb, err := a.readInput("--claims", o.Claims)
	if err != nil {
		return err
	}
	var facts map[string]any
	dec := json.NewDecoder(strings.NewReader(string(cb)))
	dec.UseNumber()
	if err := dec.Decode(&facts); err != nil || facts == nil {
		return usageErrorf("--claims: not a JSON object")
	}
	if err := disclosure.CheckMedicalFacts(facts, a.knownCurrencies(context.Background())); err != nil {
		return usageErrorf("--claims: %v", strings.TrimPrefix(err.Error(), disclosure.ErrBadFact.Error()+": "))
	}
	key, issuer, err := a.issuerKey(o.Name)
	if err != nil {
		return err
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
		return usageErrorf("%v", err)
	}
	if o.Out != "" {
		if err := atomicfile.Write(o.Out, []byte(cred.String()+"\n"), 0o600); err != nil {
			return err
		}
		if a.g.JSON {
			return a.writeJSON(map[string]any{"file": o.Out, "id": wallet.CredentialID(cred.String()), "issuer_name": issuer.Display})
		}
		a.say("Credential %s from %s written to %s", wallet.CredentialID(cred.String()), issuer.Display, o.Out)
		return nil
	}
	if a.g.JSON {
		return a.writeJSON(map[string]any{"credential": cred.String(), "id": wallet.CredentialID(cred.String()), "issuer_name": issuer.Display})
	}
	fmt.Fprintln(a.io.Out, cred.String())
	return nil
}

func newIssuerTrustCmd(a *app) *cobra.Command {
	var jwkFile, issuerID string
	var revoke bool
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
			ctx := cmd.Context()
			if jwkFile == "" {
				return usageErrorf("--jwk is required (the issuer's public JWK, as printed by huzhu issuer init)")
			}
			b, err := a.readInput("--jwk", jwkFile)
			if err != nil {
				return err
			}
			j, err := parseIssuerJWK(b)
			if err != nil {
				return usageErrorf("--jwk: %v", err)
			}
			var issuer *common.Hash
			if issuerID != "" {
				h, err := parseIssuerID(issuerID)
				if err != nil {
					return usageErrorf("--issuer: %v", err)
				}
				issuer = &h
			}
			return trustIssuer(ctx, a, j, issuer, !revoke)
		},
	}
	cmd.Flags().StringVar(&jwkFile, "jwk", "", "the issuer's public JWK (a file, or - for stdin)")
	cmd.Flags().StringVar(&issuerID, "issuer", "", "the issuer identity (0x + 64 hex digits) to add the key to (default: the key's own identity, or its thumbprint for a new issuer)")
	cmd.Flags().BoolVar(&revoke, "revoke", false, "stop trusting the key instead")
	cmd.Flags().BoolVar(&revoke, "remove", false, "same as --revoke")
	_ = cmd.Flags().MarkHidden("remove")
	return cmd
}

// parseIssuerID reads an issuer identity: 0x and 64 hex digits.
func parseIssuerID(s string) (common.Hash, error) {
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != 32 {
		return common.Hash{}, fmt.Errorf("%q is not an issuer identity (0x and 64 hex digits, e.g. the thumbprint of the issuer's first key)", s)
	}
	h := common.BytesToHash(b)
	if h == (common.Hash{}) {
		return h, fmt.Errorf("the issuer identity cannot be zero")
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
		return j, fmt.Errorf("an issuer key is P-256 (ES256), not %q", j.Crv)
	}
	_, err := j.Thumbprint()
	return j, err
}

func trustIssuer(ctx context.Context, a *app, j disclosure.JWK, issuer *common.Hash, trusted bool) error {
	com, err := a.community(ctx)
	if err != nil {
		return err
	}
	thumb, _ := j.Thumbprint()
	bound, _, err := com.IssuerKey(ctx, thumb)
	if err != nil {
		return a.explain(ctx, err)
	}
	id := common.Hash(bound)
	switch {
	case issuer != nil && id != (common.Hash{}) && *issuer != id:
		return fmt.Errorf("%w: key %s already belongs to issuer %s and can never move to %s; add a new key to %s instead", community.ErrRefused, common.Hash(thumb).Hex(), id.Hex(), issuer.Hex(), issuer.Hex())
	case issuer != nil:
		id = *issuer
	case id == (common.Hash{}):
		id = common.Hash(thumb) // a new identity is named by its first key
	}
	s, acct, err := a.sender(ctx)
	if err != nil {
		return err
	}
	data := com.PackSetIssuerKey(id, thumb, trusted)
	verb := map[bool]string{true: "Trust", false: "Stop trusting"}[trusted]
	a.note("%s key %s of issuer %s in community %s", verb, common.Hash(thumb).Hex(), id.Hex(), com.Address.Hex())
	if err := a.quoteAndConfirmTo(ctx, acct.Address, &com.Address, data, nil, "Send this transaction?"); err != nil {
		return err
	}
	r, err := s.Send(ctx, &com.Address, data, nil)
	if err != nil {
		return a.explain(ctx, err)
	}
	changed, votes := com.IssuerKeyOutcome(r)
	if a.g.JSON {
		return a.writeJSON(map[string]any{"issuer": id.Hex(), "thumbprint": common.Hash(thumb).Hex(), "trusted": trusted, "applied": changed, "approvals": votes, "tx": r.TxHash.Hex()})
	}
	if changed {
		a.say("Done: the key is now %s.", map[bool]string{true: "trusted", false: "not trusted"}[trusted])
	} else {
		a.say("Your vote is in (%d so far); the change happens at the notaries' quorum.", votes)
	}
	return nil
}
