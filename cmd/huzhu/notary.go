package main

import (
	"crypto/ecdsa"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/wallet"
)

func newNotaryCmd(a *app) *cobra.Command {
	return group("notary", "For notaries: the HPKE key claims are sealed to, and the claims to review", newNotaryKeyCmd(a), newNotaryKeysCmd(a),
		newNotaryQueueCmd(a), newNotaryReviewCmd(a), newNotaryApproveCmd(a), newNotaryRejectCmd(a))
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
			ctx := cmd.Context()
			com, err := a.community(ctx)
			if err != nil {
				return err
			}
			snd, acct, err := a.sender(ctx)
			if err != nil {
				return err
			}
			a.migrateNotaryKeys(acct, snd.Key)
			var data []byte
			// The check: the contract takes it, and the person says yes,
			// before anything is kept; kept before it is published.
			info, pub, err := wallet.NewNotaryKeyStore(a.g.DataDir).Create(snd.Key, a.now(), func(pub []byte) error {
				data = com.PackSetNotaryKey(pub)
				return a.quoteAndConfirmTo(ctx, acct.Address, &com.Address, data, nil, "Publish this key?")
			})
			if err != nil {
				return err
			}
			r, err := snd.Send(ctx, &com.Address, data, nil)
			if err != nil {
				return a.explain(ctx, err)
			}
			if a.g.JSON {
				return a.writeJSON(map[string]any{"notary": acct.Address.Hex(), "key_id": info.ID.Hex(), "key_file": info.File, "public_key_bytes": len(pub), "tx": r.TxHash.Hex()})
			}
			a.say("Published HPKE key %s (kept in %s)", info.ID.Hex(), info.File)
			return nil
		},
	}
	var light bool // accepted for compatibility; notary keys use no KDF of their own
	addLightKDFFlag(cmd, &light)
	return cmd
}

func newNotaryKeysCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "keys",
		Short: "List the account's HPKE keys and check that each opens with the account's key",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			acct, key, err := a.unlockAccount()
			if err != nil {
				return err
			}
			a.migrateNotaryKeys(acct, key)
			ks := wallet.NewNotaryKeyStore(a.g.DataDir)
			infos, err := ks.List(acct.Address)
			if err != nil {
				return err
			}
			old, err := ks.Legacy(acct.Address)
			if err != nil {
				return err
			}
			var rows []map[string]any
			bad := 0
			for _, info := range infos {
				row := map[string]any{"key_id": info.ID.Hex(), "created": timeJSON(info.Created), "file": info.File, "opens": true}
				if _, err := ks.Open(key, info); err != nil {
					row["opens"], row["error"] = false, err.Error()
					bad++
				}
				rows = append(rows, row)
			}
			for _, o := range old {
				rows = append(rows, map[string]any{"file": o.File, "created": timeJSON(o.Created), "opens": false, "error": "kept the old way, under a keystore this account no longer has"})
				bad++
			}
			if a.g.JSON {
				if rows == nil {
					rows = []map[string]any{}
				}
				if err := a.writeJSON(map[string]any{"notary": acct.Address.Hex(), "keys": rows}); err != nil {
					return err
				}
			} else {
				if len(rows) == 0 {
					a.say("%s has no HPKE key here; publish one with `huzhu notary key`.", acct.Name)
				}
				for _, r := range rows {
					id, _ := r["key_id"].(string)
					if id == "" {
						id = r["file"].(string)
					}
					state := "opens"
					if r["opens"] == false {
						state = "does not open: " + r["error"].(string)
					}
					a.say("%s\t%s", id, state)
				}
			}
			if bad > 0 {
				return errors.New("some HPKE keys do not open with this account's key (see above)")
			}
			return nil
		},
	}
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
