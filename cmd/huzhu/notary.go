package main

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/wallet"
)

func newNotaryCmd(a *app) *cobra.Command {
	return group("notary", "For notaries: the HPKE key claims are sealed to", newNotaryKeyCmd(a))
}

// notaryKeyName names the n-th HPKE key of an account in the wallet.
func notaryKeyName(acct wallet.Account, n int) string {
	if n == 1 {
		return acct.Name + "-hpke"
	}
	return fmt.Sprintf("%s-hpke-%d", acct.Name, n)
}

func newNotaryKeyCmd(a *app) *cobra.Command {
	var light bool
	cmd := &cobra.Command{
		Use:   "key",
		Short: "Create an HPKE key for claim envelopes and publish it on chain (publish or rotate)",
		Long: `Create a new MLKEM768-X25519 (X-Wing) key pair, keep its private half encrypted in the
wallet like the account's key, and publish the public half in the community (setNotaryKey).
Run it again to rotate: claims filed from then on are sealed to the new key, and the old one
stays in the wallet to open what was sealed to it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			com, err := a.community(ctx)
			if err != nil {
				return err
			}
			s := a.store(light)
			snd, acct, err := a.sender(ctx)
			if err != nil {
				return err
			}
			k, err := disclosure.NewNotaryKey()
			if err != nil {
				return err
			}
			pub := k.PublicKey()
			data := com.PackSetNotaryKey(pub)
			// Check the contract takes it before keeping anything.
			if err := a.quoteAndConfirmTo(ctx, acct.Address, &com.Address, data, nil, "Publish this key?"); err != nil {
				return err
			}
			seed, err := k.Seed()
			if err != nil {
				return err
			}
			defer wipe(seed)
			// The HPKE key is encrypted with the account's own derived key
			// material: unlocking the account unlocks it too.
			dk, err := a.unlocker(s).DerivedKey(acct)
			if err != nil {
				return err
			}
			defer wipe(dk)
			name := ""
			for n := 1; ; n++ {
				name = notaryKeyName(acct, n)
				if _, err := s.GetKind(name, wallet.KindHPKE); err != nil {
					break
				}
			}
			hk, hdk, err := s.AddSecret(seed, acct.Address, dk, wallet.AddOptions{Name: name, Kind: wallet.KindHPKE, Source: wallet.SourceGenerated})
			if err != nil {
				return err
			}
			defer wipe(hdk)
			a.rememberInKeyring(hk, hdk)
			r, err := snd.Send(ctx, &com.Address, data, nil)
			if err != nil {
				return a.explain(ctx, err)
			}
			id := disclosure.KeyID(pub)
			if a.g.JSON {
				return a.writeJSON(map[string]any{"notary": acct.Address.Hex(), "key_id": common.Hash(id).Hex(), "key_name": name, "public_key_bytes": len(pub), "tx": r.TxHash.Hex()})
			}
			a.say("Published HPKE key %s (kept as %s)", common.Hash(id).Hex(), name)
			return nil
		},
	}
	addLightKDFFlag(cmd, &light)
	return cmd
}
