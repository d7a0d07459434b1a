package main

import (
	"context"
	"crypto/ecdsa"
	"github.com/huzhu-community/huzhu/community"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/wallet"
)

func newNotaryCmd(a *app) *cobra.Command {
	return group("notary", "For notaries: the HPKE key claims are sealed to, and the claims to review", newNotaryKeyCmd(a), newNotaryKeysCmd(a),
		newNotaryQueueCmd(a), newNotaryReviewCmd(a), newNotaryApproveCmd(a), newNotaryRejectCmd(a), newNotaryVacateCmd(a))
}

// notaryKeyResult is an HPKE key kept and published.
type notaryKeyResult struct {
	Notary         string `json:"notary"`
	KeyID          string `json:"key_id"`
	KeyFile        string `json:"key_file"`
	PublicKeyBytes int    `json:"public_key_bytes"`
	Tx             string `json:"tx"`
}

func newNotaryKeyCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "key",
		Short: "Create an HPKE key for claim envelopes and publish it on chain (publish or rotate)",
		Long: `Create a new MLKEM768-X25519 (X-Wing) key pair, keep its private half in
DATA_DIR/notary-keys/ADDRESS/, encrypted under a key derived from the account's private key
(so it opens wherever the account is imported, from its recovery phrase or private key), and
publish the public half in the community (setNotaryKey). Run it again to rotate: claims filed
from then on are sealed to the new key, and the old ones stay to open what was sealed to them.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runNotaryKey(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Published HPKE key %s (kept in %s)", r.KeyID, r.KeyFile)
			return nil
		},
	}
	var light bool // accepted for compatibility; notary keys use no KDF of their own
	addLightKDFFlag(cmd, &light)
	return cmd
}

// runNotaryKey creates an HPKE key, keeps it under the account's key and
// publishes it in the community (setNotaryKey).
func (a *app) runNotaryKey(ctx context.Context) (*notaryKeyResult, error) {
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	snd, acct, err := a.sender(ctx)
	if err != nil {
		return nil, err
	}
	a.migrateNotaryKeys(acct, snd.Key)
	var step community.Step
	// The check: the contract takes it, and the person says yes, before
	// anything is kept; kept before it is published.
	info, pub, err := wallet.NewNotaryKeyStore(a.g.DataDir).Create(snd.Key, a.now(), func(pub []byte) error {
		step = com.PlanSetNotaryKey(pub)
		return a.quoteAndConfirmTo(ctx, acct.Address, &step.To, step.Data, nil, "Publish this key?")
	})
	if err != nil {
		return nil, err
	}
	r, err := snd.Send(ctx, &step.To, step.Data, nil)
	if err != nil {
		return nil, a.explain(ctx, err)
	}
	return &notaryKeyResult{Notary: acct.Address.Hex(), KeyID: info.ID.Hex(), KeyFile: info.File, PublicKeyBytes: len(pub), Tx: r.TxHash.Hex()}, nil
}

// notaryKeysResult are the account's HPKE keys, each checked to open.
type notaryKeysResult struct {
	Notary string            `json:"notary"`
	Keys   []notaryKeyStatus `json:"keys"`
	// bad is how many do not open.
	bad  int
	name string
}

type notaryKeyStatus struct {
	// KeyID is empty (absent) for keys kept the old way.
	KeyID   string `json:"key_id,omitempty"`
	Created string `json:"created"`
	File    string `json:"file"`
	Opens   bool   `json:"opens"`
	Error   string `json:"error,omitempty"`
}

func newNotaryKeysCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "keys",
		Short: "List the account's HPKE keys and check that each opens with the account's key",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runNotaryKeys(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				if err := a.writeJSON(r); err != nil {
					return err
				}
			} else {
				if len(r.Keys) == 0 {
					a.say("%s has no HPKE key here; publish one with `huzhu notary key`.", r.name)
				}
				for _, k := range r.Keys {
					id := k.KeyID
					if id == "" {
						id = k.File
					}
					state := a.p.T("opens")
					if !k.Opens {
						state = a.p.Sprintf("does not open: %s", k.Error)
					}
					a.say("%s\t%s", id, state)
				}
			}
			if r.bad > 0 {
				return errorf("some HPKE keys do not open with this account's key (see above)")
			}
			return nil
		},
	}
}

func (a *app) runNotaryKeys(context.Context) (*notaryKeysResult, error) {
	acct, key, err := a.unlockAccount()
	if err != nil {
		return nil, err
	}
	a.migrateNotaryKeys(acct, key)
	ks := wallet.NewNotaryKeyStore(a.g.DataDir)
	infos, err := ks.List(acct.Address)
	if err != nil {
		return nil, err
	}
	old, err := ks.Legacy(acct.Address)
	if err != nil {
		return nil, err
	}
	r := &notaryKeysResult{Notary: acct.Address.Hex(), Keys: []notaryKeyStatus{}, name: acct.Name}
	for _, info := range infos {
		k := notaryKeyStatus{KeyID: info.ID.Hex(), Created: timeJSON(info.Created), File: info.File, Opens: true}
		if _, err := ks.Open(key, info); err != nil {
			k.Opens, k.Error = false, err.Error()
			r.bad++
		}
		r.Keys = append(r.Keys, k)
	}
	for _, o := range old {
		r.Keys = append(r.Keys, notaryKeyStatus{File: o.File, Created: timeJSON(o.Created), Opens: false, Error: "kept the old way, under a keystore this account no longer has"})
		r.bad++
	}
	return r, nil
}

// migrateNotaryKeys re-keeps HPKE keys that earlier versions kept among
// the wallet's accounts, protected by the account keystore's derived key,
// under the account's private key. A key that no longer opens (the account
// was re-imported since) is left where it is, and the person told why and
// what to do.
func (a *app) migrateNotaryKeys(acct wallet.Account, key *ecdsa.PrivateKey) {
	a.moveLegacyNotaryKeys(acct, key, nil)
}

// moveLegacyNotaryKeys is migrateNotaryKeys with the account keystore's
// derived key, if at hand (else it unlocks the account when needed). It
// returns how many old-form keys stay unmoved.
func (a *app) moveLegacyNotaryKeys(acct wallet.Account, key *ecdsa.PrivateKey, accountDK []byte) int {
	ks := wallet.NewNotaryKeyStore(a.g.DataDir)
	old, err := ks.Legacy(acct.Address)
	if err != nil {
		a.note("%v", err)
		return len(old)
	}
	left := 0
	for i, o := range old {
		var legacyDK []byte
		if !a.g.NoKeyring {
			legacyDK, _ = wallet.Recall(wallet.OSKeyring{}, o)
		}
		if legacyDK == nil && accountDK == nil {
			if accountDK, err = a.unlocker(a.store(false)).DerivedKey(acct); err != nil {
				a.note("HPKE keys kept the old way were not moved: %v", err)
				return len(old) - i + left
			}
			defer wipe(accountDK)
		}
		info, err := ks.MigrateLegacy(key, o, accountDK, legacyDK)
		wipe(legacyDK)
		if err != nil {
			a.note("%v", err)
			left++
			continue
		}
		if !a.g.NoKeyring {
			wallet.Forget(wallet.OSKeyring{}, o)
		}
		a.note("Moved HPKE key %s to %s, now protected by the account's private key.", common.Hash(info.ID).Hex(), info.File)
	}
	return left
}
