package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/atomicfile"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// token is the token huzhu shows and sends: the community's, else the dev
// KBC on a dev chain; ok is false when there is neither.
func (a *app) token(ctx context.Context) (tok community.Token, com *community.Community, ok bool, err error) {
	return a.session().Token(ctx)
}

// accountOnChain is namedAccount with the chain opened.
func (a *app) accountOnChain(ctx context.Context, args []string) (wallet.Account, *chain.Conn, error) {
	acct, err := a.namedAccount(args)
	if err != nil {
		return acct, nil, err
	}
	c, err := a.chain(ctx)
	return acct, c, err
}

// namedAccount is the account named by the argument, else --account.
func (a *app) namedAccount(args []string) (wallet.Account, error) {
	s := a.store(false)
	if len(args) == 1 {
		acct, err := s.Get(args[0])
		if err != nil {
			return acct, asUsage(err)
		}
		return acct, nil
	}
	acct, err := a.account(s)
	if err != nil {
		return acct, asUsage(err)
	}
	return acct, nil
}

func newWalletExportCmd(a *app) *cobra.Command {
	var name, out string
	var force bool
	cmd := &cobra.Command{
		Use:   "export --name NAME --out FILE",
		Short: "Write an account's Web3 Secret Storage v3 keystore (opens with its passphrase)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if name == "" || out == "" {
				return usageErrorf("--name and --out are required")
			}
			s := a.store(false)
			acct, err := s.Get(name)
			if err != nil {
				return usageErrorf("%v", err)
			}
			doc, err := s.Export(acct)
			if err != nil {
				return err
			}
			if out == "-" {
				_, err := a.io.Out.Write(doc)
				return err
			}
			if _, err := os.Stat(out); err == nil && !force {
				return usageErrorf("%s exists; pass --force to replace it", out)
			}
			if err := atomicfile.Write(out, doc, 0o600); err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(map[string]any{"name": acct.Name, "address": acct.Address.Hex(), "file": out})
			}
			a.say("Exported %s to %s (encrypted with the account's passphrase)", acct.Name, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "account name")
	cmd.Flags().StringVar(&out, "out", "", "file to write (0600), - for stdout")
	cmd.Flags().BoolVar(&force, "force", false, "replace an existing file")
	return cmd
}

func newWalletRemoveCmd(a *app) *cobra.Command {
	var name string
	var keepData, deleteData bool
	cmd := &cobra.Command{
		Use:   "remove --name NAME [--keep-data | --delete-data]",
		Short: "Delete an account's key from this wallet; its credentials and notary keys go only if you say so",
		Long: `Delete an account's key (and its keyring entry) from this wallet. Its credentials and notary
HPKE keys are encrypted under the account's private key: kept, they open again when the same
account is re-imported (recovery phrase or private key). Notary keys are random, not derived
from the recovery phrase: deleted, they are gone for good, and claims sealed to them can no
longer be reviewed.

At a terminal you are told how many of each the account has and asked whether they go too.
Without a terminal (--yes), they stay unless --delete-data is given. --keep-data keeps them
without asking. Notary keys kept the old way (under the account's keystore file) are moved
under the account's private key first, which needs the account unlocked.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if name == "" {
				return usageErrorf("--name is required")
			}
			if keepData && deleteData {
				return usageErrorf("--keep-data and --delete-data contradict each other: pass one")
			}
			s := a.store(false)
			acct, err := s.Get(name)
			if err != nil {
				return usageErrorf("%v", err)
			}
			creds := wallet.NewCredentialStore(a.g.DataDir)
			keys := wallet.NewNotaryKeyStore(a.g.DataDir)
			nCreds, err := creds.Count(acct.Address)
			if err != nil {
				return err
			}
			nKeys, err := keys.Count(acct.Address)
			if err != nil {
				return err
			}
			also := a.p.Sprintf("%d credential(s) and %d notary HPKE key(s)", nCreds, nKeys)
			lost := a.p.Sprintf("without them you cannot claim with those credentials, and claims sealed to those notary keys (random keys, not recoverable from the recovery phrase) can never be opened again. huzhu does not check whether one of them is the key your community publishes for you: if it is, publish a new one first (huzhu notary key)")
			deleting := deleteData
			if !a.g.Yes {
				if !a.io.Interactive() {
					return usageErrorf("removing a key needs confirmation: pass --yes when not at a terminal (its credentials and notary keys stay unless you also pass --delete-data)")
				}
				a.note("This deletes the key of %s (%s) from this computer. Without its recovery phrase or an export, anything it holds is lost.", acct.Name, acct.Address.Hex())
				switch {
				case keepData || nCreds+nKeys == 0:
					if nCreds+nKeys > 0 {
						a.note("Its %s stay here (--keep-data), and open again if you re-import the account.", also)
					}
				case deleteData:
					a.note("It also deletes its %s (--delete-data): %s.", also, lost)
				}
				typed, err := a.io.Prompt(a.p.Sprintf("Type the account's name to confirm: "))
				if err != nil {
					return err
				}
				if strings.TrimSpace(typed) != acct.Name {
					return errCancelled
				}
				if !keepData && !deleteData && nCreds+nKeys > 0 {
					a.note("It has %s: %s. Kept, they open again if you re-import the account.", also, lost)
					if deleting, err = a.io.Confirm(a.p.Sprintf("Delete its %s too?", also)); err != nil {
						return err
					}
				}
			}
			// Notary keys kept the old way open only with this keystore
			// file: move them under the account's private key while it is
			// still here.
			unopenable := 0
			if !deleting {
				if unopenable, err = a.moveLegacyBeforeRemove(s, acct); err != nil {
					return err
				}
			}
			if !a.g.NoKeyring {
				if err := wallet.Forget(wallet.OSKeyring{}, acct); err != nil {
					a.note("%v; its keyring entry, if any, stays", err)
				}
			}
			if err := s.Remove(acct); err != nil {
				return err
			}
			removedCreds, removedKeys := 0, 0
			if deleting {
				if removedCreds, err = creds.Remove(acct.Address); err != nil {
					return fmt.Errorf("the account's key was removed, but not all its credentials: %w", err)
				}
				if !a.g.NoKeyring {
					if old, err := keys.Legacy(acct.Address); err == nil {
						for _, o := range old {
							wallet.Forget(wallet.OSKeyring{}, o)
						}
					}
				}
				if removedKeys, err = keys.Remove(acct.Address); err != nil {
					return fmt.Errorf("the account's key was removed, but not all its notary keys: %w", err)
				}
			}
			if a.g.JSON {
				return a.writeJSON(map[string]any{"removed": acct.Name, "address": acct.Address.Hex(),
					"credentials_removed": removedCreds, "notary_keys_removed": removedKeys,
					"credentials_kept": nCreds - removedCreds, "notary_keys_kept": nKeys - removedKeys,
					"notary_keys_unopenable": unopenable})
			}
			if !deleting {
				a.say("Removed %s; kept its %s: they open again if you re-import the account", acct.Name, also)
				if unopenable > 0 {
					a.note("%d of those notary keys were kept the old way under an earlier keystore of this account and did not open with it: they will not open again (publish a new key: huzhu notary key)", unopenable)
				}
			} else {
				a.say("Removed %s, its %d credential(s) and %d notary HPKE key(s)", acct.Name, removedCreds, removedKeys)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "account name")
	cmd.Flags().BoolVar(&keepData, "keep-data", false, "keep the account's credentials and notary keys without asking (they open again after a re-import)")
	cmd.Flags().BoolVar(&deleteData, "delete-data", false, "delete the account's credentials and notary keys too (notary keys cannot be recovered)")
	return cmd
}

// moveLegacyBeforeRemove moves the account's notary keys kept the old way
// (under its keystore file, about to go) under its private key. It unlocks
// the account if there are any, and refuses (nothing removed) when it
// cannot. It returns how many did not open even so (sealed under an
// earlier keystore of the account: lost already).
func (a *app) moveLegacyBeforeRemove(s *wallet.Store, acct wallet.Account) (int, error) {
	old, err := wallet.NewNotaryKeyStore(a.g.DataDir).Legacy(acct.Address)
	if err != nil || len(old) == 0 {
		return 0, err
	}
	refuse := func(err error) error {
		return fmt.Errorf("%s has %d notary HPKE key(s) kept the old way, which open only with this account's keystore file: huzhu moves them under the account's private key before removing it, and could not unlock it (%w); nothing was removed. Give its passphrase (--password-file, or at a terminal), or pass --delete-data to delete them with the account", acct.Name, len(old), err)
	}
	u := a.unlocker(s)
	dk, err := u.DerivedKey(acct)
	if err != nil {
		return 0, refuse(err)
	}
	defer wipe(dk)
	key, err := s.Open(acct, dk)
	if err != nil {
		return 0, refuse(err)
	}
	return a.moveLegacyNotaryKeys(acct, key, dk), nil
}

func newWalletBalanceCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "balance [NAME]",
		Short: "ETH (for gas) and community token balances",
		Args:  maxArgs(1, "at most one account name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			acct, c, err := a.accountOnChain(ctx, args)
			if err != nil {
				return err
			}
			eth, err := c.BalanceAt(ctx, acct.Address, nil)
			if err != nil {
				return err
			}
			tok, com, ok, err := a.token(ctx)
			if err != nil {
				return err
			}
			var tokens *big.Int
			if ok {
				if com != nil {
					tokens, err = com.TokenBalance(ctx, acct.Address)
				} else {
					tokens, err = tokenBalance(ctx, c, tok.Address, acct.Address)
				}
				if err != nil {
					return err
				}
			}
			if a.g.JSON {
				out := map[string]any{"name": acct.Name, "address": acct.Address.Hex(), "eth": ethJSON(eth), "tokens": nil}
				if ok {
					out["tokens"] = amountJSON(tok, tokens)
				}
				return a.writeJSON(out)
			}
			rows := []kv{{"Address", acct.Address.Hex()}, {"ETH", units.FormatAmount(eth, 18)}}
			if ok {
				rows = append(rows, kv{tok.Symbol, tok.Format(tokens)})
			}
			a.writeKV(acct.Name, rows)
			return nil
		},
	}
}

func tokenBalance(ctx context.Context, b chain.Backend, token, who common.Address) (*big.Int, error) {
	kbc := contracts.NewKangbaoCoin()
	out, err := b.CallContract(ctx, callMsg(token, kbc.PackBalanceOf(who)), nil)
	if err != nil {
		return nil, err
	}
	return kbc.UnpackBalanceOf(out)
}

type sendOptions struct {
	To     string
	Amount string
	Token  bool
}

func newWalletSendCmd(a *app) *cobra.Command {
	var o sendOptions
	cmd := &cobra.Command{
		Use:   "send --to ADDR --amount X [--token]",
		Short: "Send ETH, or the community token with --token",
		Long: `Send ETH or (with --token) the community's token from --account. The fee is estimated
and shown before you confirm. The signed transaction is journaled before it is broadcast:
if huzhu stops or the connection drops, the next run finds out what happened to it and
never pays twice. A transaction stuck with too low a fee can be replaced with
'huzhu wallet speedup HASH' or 'huzhu wallet cancel HASH'.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runWalletSend(cmd.Context(), a, o) },
	}
	cmd.Flags().StringVar(&o.To, "to", "", "recipient: an address or an account name")
	cmd.Flags().StringVar(&o.Amount, "amount", "", "amount, e.g. 10 or 0.25")
	cmd.Flags().BoolVar(&o.Token, "token", false, "send the community token instead of ETH")
	return cmd
}

func runWalletSend(ctx context.Context, a *app, o sendOptions) error {
	if o.To == "" || o.Amount == "" {
		return usageErrorf("--to and --amount are required")
	}
	to, err := a.resolveAddress(o.To)
	if err != nil {
		return err
	}
	var (
		target = to
		data   []byte
		value  = new(big.Int)
		amount *big.Int
		what   string
		json   map[string]any
	)
	if o.Token {
		tok, _, ok, err := a.token(ctx)
		if err != nil {
			return err
		}
		if !ok {
			return usageErrorf("--token: no community token here; pass --community")
		}
		amount, err = tok.Parse(o.Amount)
		if err != nil {
			return usageErrorf("--amount: %v", err)
		}
		target, data = tok.Address, contracts.NewKangbaoCoin().PackTransfer(to, amount)
		what = tok.Format(amount) + " " + tok.Symbol
		json = map[string]any{"amount": amountJSON(tok, amount)}
	} else {
		if value, err = units.ParseAmount(o.Amount, 18); err != nil {
			return usageErrorf("--amount: %v", err)
		}
		what = units.FormatAmount(value, 18) + " ETH"
		json = map[string]any{"amount": ethJSON(value)}
		amount = value
	}
	s, acct, err := a.sender(ctx)
	if err != nil {
		return err
	}
	a.note("Send %s from %s to %s", what, acct.Name, to.Hex())
	var warned []string
	for _, w := range a.session().TransferWarnings(ctx, acct.Address, to, amount) {
		warned = append(warned, a.warnTransfer(w, o.Token))
	}
	if len(warned) > 0 {
		json["warnings"] = warned
	}
	if err := a.quoteAndConfirmTo(ctx, acct.Address, &target, data, value, "Send this transaction?"); err != nil {
		return err
	}
	r, err := s.Send(ctx, &target, data, value)
	if err != nil {
		return a.explain(ctx, err)
	}
	if a.g.JSON {
		json["from"], json["to"], json["tx"], json["block"] = acct.Address.Hex(), to.Hex(), r.TxHash.Hex(), r.BlockNumber.Uint64()
		return a.writeJSON(json)
	}
	a.say("Sent %s to %s in block %d (%s)", what, to.Hex(), r.BlockNumber.Uint64(), r.TxHash.Hex())
	return nil
}

// warnTransfer says on stderr, before the confirmation, what is probably
// wrong with a transfer; it returns the warning's name for --json.
func (a *app) warnTransfer(w session.TransferWarning, token bool) string {
	switch w {
	case session.WarnToCommunity:
		if token {
			a.warn("the recipient is a community contract: tokens sent to it straight become a gift to its pool that no event explains and no one can take back; a gift meant for the pool goes through the contract's donate, which records it")
		} else {
			a.warn("the recipient is a community contract: its pool holds the community token, not ETH, and the contract refuses ETH")
		}
		return "to-community"
	case session.WarnToSelf:
		a.warn("the recipient is the sending account itself: nothing moves but the fee is paid")
		return "to-self"
	case session.WarnZero:
		a.warn("the amount is zero: nothing moves but the fee is paid")
		return "zero-amount"
	}
	return ""
}

// explain turns a contract refusal into the community's sentence for it.
func (a *app) explain(ctx context.Context, err error) error {
	return a.session().Explain(ctx, err)
}

func entryJSON(e wallet.Entry, from common.Address) map[string]any {
	out := map[string]any{"hash": e.Hash.Hex(), "nonce": e.Nonce, "what": e.Description(from), "state": e.State, "created": timeJSON(e.Created)}
	if e.Block > 0 {
		out["block"] = e.Block
	}
	if e.Replaces != (common.Hash{}) {
		out["replaces"] = e.Replaces.Hex()
	}
	if e.Error != "" {
		out["error"] = e.Error
	}
	return out
}

func newWalletPendingCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "pending [NAME]",
		Short: "Check transactions huzhu is still waiting for, and show what became of them",
		Args:  maxArgs(1, "at most one account name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			acct, c, err := a.accountOnChain(ctx, args)
			if err != nil {
				return err
			}
			j := wallet.NewJournal(a.g.DataDir)
			changed, err := wallet.ReconcileAccount(ctx, c, j, acct.Address)
			if err != nil {
				return err
			}
			pending, err := j.Pending(acct.Address)
			if err != nil {
				return err
			}
			if a.g.JSON {
				ch, pe := []map[string]any{}, []map[string]any{}
				for _, e := range changed {
					ch = append(ch, entryJSON(e, acct.Address))
				}
				for _, e := range pending {
					pe = append(pe, entryJSON(e, acct.Address))
				}
				return a.writeJSON(map[string]any{"address": acct.Address.Hex(), "settled": ch, "pending": pe})
			}
			for _, e := range changed {
				a.say("%s: %s%s (%s)", e.Description(acct.Address), e.State, e.InBlock(), e.Hash.Hex())
			}
			if len(pending) == 0 {
				a.say("Nothing is waiting.")
			}
			for _, e := range pending {
				a.say("waiting: %s, nonce %d (%s)", e.Description(acct.Address), e.Nonce, e.Hash.Hex())
			}
			return nil
		},
	}
}

func newWalletReplaceCmd(a *app, cancel bool) *cobra.Command {
	use, short := "speedup HASH", "Resend a waiting transaction with higher fees (same nonce)"
	if cancel {
		use, short = "cancel HASH", "Replace a waiting transaction with a 0 ETH transfer to yourself"
	}
	return &cobra.Command{
		Use:   use,
		Short: short,
		Args:  exactArgs(1, "one transaction hash"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if len(args[0]) != 66 || !strings.HasPrefix(args[0], "0x") {
				return usageErrorf("%q is not a transaction hash", args[0])
			}
			h := common.HexToHash(args[0])
			s, _, err := a.sender(ctx)
			if err != nil {
				return err
			}
			// Show what the journaled transaction truly does, from its
			// signed bytes, checked to be this account's for this chain.
			_, tx, err := s.Inspect(ctx, h)
			if err != nil {
				return err
			}
			describeTx(a, tx)
			fees, err := s.ReplacementFees(ctx, tx, cancel)
			if err != nil {
				return err
			}
			question := "Re-sign and send it with higher fees?"
			if cancel {
				a.note("The cancel replaces it with a 0 ETH transfer to yourself, nonce %d.", tx.Nonce())
				question = "Send the cancel?"
			}
			a.note("  new fee    at most %s ETH (gas limit %d × max fee %s gwei)", units.FormatAmount(fees.MaxCost(), 18), fees.Gas, units.FormatAmount(fees.FeeCap, 9))
			if err := a.confirm(question); err != nil {
				return err
			}
			e, err := s.ReplaceWithFees(ctx, h, cancel, &fees)
			if err != nil {
				return err
			}
			r, err := s.Wait(ctx, e)
			if err != nil {
				return a.explain(ctx, err)
			}
			if a.g.JSON {
				return a.writeJSON(map[string]any{"replaced": h.Hex(), "mined": r.TxHash.Hex(), "block": r.BlockNumber.Uint64()})
			}
			a.say("Mined %s in block %d", r.TxHash.Hex(), r.BlockNumber.Uint64())
			return nil
		},
	}
}

// describeTx tells, on stderr, what a signed transaction does: recipient,
// value and call.
func describeTx(a *app, tx *types.Transaction) {
	to := "(creates a contract)"
	if tx.To() != nil {
		to = tx.To().Hex()
	}
	call := wallet.Call(tx.Data())
	if call == "" {
		call = "none (a plain transfer)"
	}
	a.note("Transaction %s, nonce %d:", tx.Hash().Hex(), tx.Nonce())
	a.note("  recipient  %s", to)
	a.note("  value      %s ETH", units.FormatAmount(tx.Value(), 18))
	a.note("  call       %s", call)
}

func newWalletHistoryCmd(a *app) *cobra.Command {
	var from uint64
	cmd := &cobra.Command{
		Use:   "history [NAME]",
		Short: "Transfers, dues, claims and payouts of an account, from chain logs",
		Long: `Transfers, dues, claims and payouts of an account, read from chain logs, oldest first.
Dues and payouts show once, as the community's event (not also as a token transfer);
tokens created by the dev faucet show as "mint".

ETH leaves no log: ETH sent shows from huzhu's journal; ETH received shows from the
latest 1024 blocks (read whole) and from the journals of this data dir's other accounts.
Older ETH received from elsewhere, and ETH paid by contracts, do not show: a standard
node keeps no index of transfers by recipient.

At a terminal the list has a header; piped, it is tab-separated with no header:
time, kind, amount, counterparty (or "mint"), note.`,
		Args: maxArgs(1, "at most one account name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			acct, c, err := a.accountOnChain(ctx, args)
			if err != nil {
				return err
			}
			tok, com, ok, err := a.token(ctx)
			if err != nil {
				return err
			}
			var tokenAddr common.Address
			if ok {
				tokenAddr = tok.Address
			}
			items, err := session.History(ctx, c, wallet.NewJournal(a.g.DataDir), acct.Address, tokenAddr, com, from)
			if err != nil {
				return err
			}
			format := func(it wallet.HistoryItem) (jsonAmount, string) {
				if it.Kind == wallet.HistorySent || it.Kind == wallet.HistoryETHIn {
					return ethJSON(it.Amount), units.FormatAmount(it.Amount, 18) + " ETH"
				}
				return amountJSON(tok, it.Amount), tok.Format(it.Amount) + " " + tok.Symbol
			}
			if a.g.JSON {
				out := []map[string]any{}
				for _, it := range items {
					amt, _ := format(it)
					row := map[string]any{"kind": it.Kind, "block": it.Block, "time": timeJSON(it.Time), "tx": it.Tx.Hex(), "amount": amt, "note": it.Note}
					if it.Counterparty != (common.Address{}) {
						row["counterparty"] = it.Counterparty.Hex()
					}
					out = append(out, row)
				}
				return a.writeJSON(out)
			}
			if len(items) == 0 {
				a.say("No history yet.")
				return nil
			}
			if a.io.IsStdoutTTY() {
				a.row(a.p.T("Time"), a.p.T("Kind"), a.p.T("Amount"), a.p.T("Counterparty"), a.p.T("Note"))
			}
			for _, it := range items {
				_, amt := format(it)
				cp := ""
				if it.Counterparty != (common.Address{}) {
					cp = it.Counterparty.Hex()
				} else if it.Note == wallet.NoteMint {
					cp = wallet.NoteMint
				}
				a.row(community.FormatTime(it.Time), it.Kind, amt, cp, it.Note)
			}
			return nil
		},
	}
	cmd.Flags().Uint64Var(&from, "from-block", 0, "first block to search")
	return cmd
}
