package session

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/atomicfile"
	"github.com/huzhu-community/huzhu/wallet"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// DemoNotaries are the names of the demo community's notary accounts.
var DemoNotaries = []string{"nora", "ning", "nils"}

// DemoIssuer is the display name of the demo community's trusted issuer.
const DemoIssuer = "Demo Hospital"

// Demo steps, reported to CreateDemo's progress function.
const (
	DemoStepAccounts   = "accounts"   // creating the notary accounts
	DemoStepFunding    = "funding"    // the dev faucet funds every account
	DemoStepCommunity  = "community"  // deploying the community
	DemoStepNotaryKeys = "notarykeys" // the notaries publish their HPKE keys
	DemoStepJoining    = "joining"    // the notaries pay their dues
	DemoStepIssuer     = "issuer"     // the hospital's key, trusted by the founder
	DemoStepCredential = "credential" // a sample credential for the founder
)

// DemoResult is what CreateDemo made.
type DemoResult struct {
	Community    common.Address
	Notaries     []wallet.Account
	Issuer       wallet.Account
	IssuerID     common.Hash // the registry identity (= the key's thumbprint)
	CredentialID string
}

// demo funding from the dev faucet.
var (
	demoETH    = new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	demoTokens = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
)

// ErrNotDevChain: the demo needs huzhu's embedded (dev) chain.
var ErrNotDevChain = errors.New("the demo community needs huzhu's embedded chain")

// CreateDemo creates a demo community on the embedded chain for founder,
// who unlocks with passphrase: three notary accounts (DemoNotaries, kept
// in the same data dir under the same passphrase) funded by the dev
// faucet, the community with DefaultParams founded by founder with the
// notaries as its first term, their published notary keys and their dues,
// the DemoIssuer key trusted by the founder, and a sample medical
// credential issued to the founder and kept in the wallet. The community
// becomes the data dir's default for the chain and founder the chosen
// account. progress hears each Demo* step.
func (s *Session) CreateDemo(ctx context.Context, founder wallet.Account, passphrase []byte, progress func(step string)) (*DemoResult, error) {
	if progress == nil {
		progress = func(string) {}
	}
	c, err := s.Chain(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := chain.DevInfoOf(ctx, c.RPC); err != nil {
		return nil, &Error{Kind: KindInvalid, Problem: ErrNotDevChain.Error(), Err: ErrNotDevChain}
	}
	st := s.Wallet()
	founderKey, err := openWithPassphrase(st, founder, passphrase)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	journal := wallet.NewJournal(s.opts.DataDir)
	sender := func(k *ecdsa.PrivateKey) *wallet.Sender {
		return &wallet.Sender{Backend: c, Key: k, Journal: journal}
	}

	progress(DemoStepAccounts)
	res := &DemoResult{}
	var notaryKeys []*ecdsa.PrivateKey
	for _, name := range DemoNotaries {
		a, k, err := s.demoAccount(st, name, passphrase)
		if err != nil {
			return nil, err
		}
		res.Notaries = append(res.Notaries, a)
		notaryKeys = append(notaryKeys, k)
	}

	progress(DemoStepFunding)
	for _, a := range append([]wallet.Account{founder}, res.Notaries...) {
		if _, err := chain.Faucet(ctx, c.RPC, a.Address, demoETH, demoTokens); err != nil {
			return nil, err
		}
	}

	progress(DemoStepCommunity)
	p := community.DefaultParams()
	p.Token = chain.DevToken
	for _, a := range res.Notaries {
		p.Notaries = append(p.Notaries, a.Address)
	}
	plan, err := community.PlanCreate(ctx, c, founder.Address, p)
	if err != nil {
		return nil, s.Explain(ctx, err)
	}
	com, err := community.Create(ctx, c, sender(founderKey), plan, nil)
	if err != nil {
		return nil, s.Explain(ctx, err)
	}
	res.Community = com.Address
	cfg, err := LoadConfig(s.opts.DataDir)
	if err != nil {
		return nil, err
	}
	cfg.Communities[c.ID.String()] = com.Address.Hex()
	// The founder stays the account the interactive wallet opens with,
	// now that the wallet holds the notaries' accounts too.
	cfg.Account = founder.Name
	if err := cfg.Save(s.opts.DataDir); err != nil {
		return nil, err
	}
	s.opts.Community = ""
	s.opts.Account = founder.Name

	progress(DemoStepNotaryKeys)
	nks := wallet.NewNotaryKeyStore(s.opts.DataDir)
	for _, k := range notaryKeys {
		hk, err := disclosure.NewNotaryKey()
		if err != nil {
			return nil, err
		}
		// Kept before it is published: a published key is never lost.
		if _, err := nks.Add(k, hk, now); err != nil {
			return nil, err
		}
		step := com.PlanSetNotaryKey(hk.PublicKey())
		if _, err := sender(k).Send(ctx, &step.To, step.Data, nil); err != nil {
			return nil, s.Explain(ctx, err)
		}
	}

	progress(DemoStepJoining)
	for _, k := range notaryKeys {
		who := crypto.PubkeyToAddress(k.PublicKey)
		plan, err := com.PlanDues(ctx, who, who, 1, k)
		if err != nil {
			return nil, s.Explain(ctx, err)
		}
		for _, step := range plan.Steps() {
			to := step.To
			if _, err := sender(k).Send(ctx, &to, step.Data, nil); err != nil {
				return nil, s.Explain(ctx, err)
			}
		}
	}

	progress(DemoStepIssuer)
	ik, jwk, acct, err := s.demoIssuer(passphrase, now)
	if err != nil {
		return nil, err
	}
	res.Issuer = acct
	thumb, err := jwk.Thumbprint()
	if err != nil {
		return nil, err
	}
	res.IssuerID = common.Hash(thumb)
	iss, _ := jwk.ThumbprintURN()
	trust := com.PlanTrustKey(thumb, thumb, iss)
	if _, err := sender(founderKey).Send(ctx, &trust.To, trust.Data, nil); err != nil {
		return nil, s.Explain(ctx, err)
	}

	progress(DemoStepCredential)
	chainNow, err := community.ChainTime(ctx, c)
	if err != nil {
		return nil, err
	}
	holder, err := disclosure.PublicJWK(&founderKey.PublicKey)
	if err != nil {
		return nil, err
	}
	cred, err := disclosure.IssueMedical(ik, disclosure.MedicalCredential{
		Issuer: iss, Holder: holder,
		Facts: DemoFacts(chainNow, p.Currency), IssuedAt: now, Validity: 2 * 365 * 24 * time.Hour,
	}, disclosure.IssueOptions{})
	if err != nil {
		return nil, err
	}
	if res.CredentialID, err = wallet.NewCredentialStore(s.opts.DataDir).Add(founder, founderKey, cred.String(), now); err != nil {
		return nil, err
	}
	return res, nil
}

// DemoFacts are the sample credential's facts: every fact of SPEC section
// 5, with a diagnosis dated a day after the waiting period of someone who
// joins at chainNow, so a claim for it is inside coverage.
func DemoFacts(chainNow time.Time, currency string) map[string]any {
	return map[string]any{
		"given_name":         "Mei",
		"family_name":        "Demo",
		"birthdate":          "1980-05-17",
		"national_id":        "320102198005170000",
		"phone_number":       "+86-139-0000-0000",
		"address":            map[string]any{"street_address": "1 Demo Road", "locality": "Yangzhou", "country": "CN"},
		"event_id":           disclosure.NewEventID(),
		"diagnosis_code":     "I63.9",
		"diagnosis_category": "stroke",
		"diagnosis_date":     chainNow.UTC().Add(91 * 24 * time.Hour).Format("2006-01-02"),
		"hospital":           DemoIssuer,
		"treatment_cost":     "1200",
		"currency":           currency,
		"physician":          "Dr. Demo",
		"notes":              "sample credential of the demo community",
		"procedures":         []any{"CT scan", "thrombolysis"},
	}
}

// openWithPassphrase opens an account's key with its passphrase.
func openWithPassphrase(st *wallet.Store, a wallet.Account, passphrase []byte) (*ecdsa.PrivateKey, error) {
	dk, err := st.Derive(a, passphrase)
	if err != nil {
		if errors.Is(err, wallet.ErrWrongPassphrase) {
			return nil, &Error{Kind: KindAuth, Text: i18n.Say("wrong passphrase for %s", a.Name), Err: err}
		}
		return nil, err
	}
	defer clear(dk)
	return st.Open(a, dk)
}

// demoAccount is the notary account name: made now, or the one an
// earlier, interrupted demo made (opened with the same passphrase).
func (s *Session) demoAccount(st *wallet.Store, name string, passphrase []byte) (wallet.Account, *ecdsa.PrivateKey, error) {
	if a, err := st.Get(name); err == nil {
		k, err := openWithPassphrase(st, a, passphrase)
		return a, k, err
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return wallet.Account{}, nil, err
	}
	a, dk, err := st.Add(k, passphrase, wallet.AddOptions{Name: name, Source: wallet.SourceGenerated})
	if err != nil {
		return a, nil, err
	}
	defer clear(dk)
	if !s.opts.NoKeyring {
		wallet.Remember(wallet.OSKeyring{}, a, dk) // best effort: the passphrase opens it too
	}
	return a, k, nil
}

// demoIssuer makes the DemoIssuer's P-256 key (or opens the one an
// earlier demo made) and writes its public JWK next to it, as issuer init
// does.
func (s *Session) demoIssuer(passphrase []byte, now time.Time) (*ecdsa.PrivateKey, disclosure.JWK, wallet.Account, error) {
	is := wallet.NewIssuerStore(s.opts.DataDir)
	if s.opts.LightKDF {
		is.Scrypt = wallet.LightScrypt
	}
	var key *ecdsa.PrivateKey
	acct, err := is.Get(DemoIssuer)
	if err == nil {
		raw, err := openIssuer(is, acct, passphrase)
		if err != nil {
			return nil, disclosure.JWK{}, acct, err
		}
		if key, err = ecdsa.ParseRawPrivateKey(elliptic.P256(), raw); err != nil {
			return nil, disclosure.JWK{}, acct, err
		}
	} else {
		if key, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader); err != nil {
			return nil, disclosure.JWK{}, acct, err
		}
		raw, err := key.Bytes()
		if err != nil {
			return nil, disclosure.JWK{}, acct, err
		}
		var dk []byte
		if acct, dk, err = is.Add(DemoIssuer, raw, passphrase, now); err != nil {
			return nil, disclosure.JWK{}, acct, err
		}
		clear(dk)
	}
	j, err := disclosure.PublicJWK(&key.PublicKey)
	if err != nil {
		return nil, j, acct, err
	}
	t, _ := j.Thumbprint()
	ts, _ := j.ThumbprintString()
	iss, _ := j.ThumbprintURN()
	out := map[string]any{"name": acct.Display, "jwk": j, "iss": iss, "thumbprint": ts, "thumbprint_hex": common.Hash(t).Hex(), "slug": acct.Name}
	jb, _ := json.MarshalIndent(out, "", "  ")
	if err := atomicfile.Write(filepath.Join(filepath.Dir(acct.File), "jwk.json"), append(jb, '\n'), 0o644); err != nil && !errors.Is(err, os.ErrExist) {
		return nil, j, acct, err
	}
	return key, j, acct, nil
}

// openIssuer opens an issuer key's raw secret with its passphrase.
func openIssuer(is *wallet.IssuerStore, a wallet.Account, passphrase []byte) ([]byte, error) {
	st := &wallet.Store{Dir: is.Dir, Scrypt: is.Scrypt}
	dk, err := st.Derive(a, passphrase)
	if err != nil {
		if errors.Is(err, wallet.ErrWrongPassphrase) {
			return nil, &Error{Kind: KindAuth, Text: i18n.Say("wrong passphrase for the issuer key %s", a.Display), Err: err}
		}
		return nil, err
	}
	defer clear(dk)
	return st.OpenSecret(a, dk)
}
