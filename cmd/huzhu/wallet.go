package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/wallet"
)

// store is the data dir's wallet.
func (a *app) store(light bool) *wallet.Store {
	s := wallet.NewStore(a.g.DataDir)
	if light {
		s.Scrypt = wallet.LightScrypt
	}
	return s
}

func (a *app) unlocker(s *wallet.Store) *wallet.Unlocker {
	u := a.session().Unlocker(s)
	return u
}

// account is the account of --account, or the wallet's only one.
func (a *app) account(*wallet.Store) (wallet.Account, error) {
	return a.session().Account()
}

// sender unlocks the current account and returns its journaled Sender,
// after reporting what became of transactions an earlier run left waiting.
func (a *app) sender(ctx context.Context) (*wallet.Sender, wallet.Account, error) {
	return a.session().Sender(ctx)
}

// reconcile finds out what happened to the account's journaled
// transactions and tells the person about each change.
func (a *app) reconcile(ctx context.Context, who common.Address) error {
	_, err := a.session().Reconcile(ctx, who)
	return err
}

func short(h common.Hash) string { s := h.Hex(); return s[:10] + "…" + s[len(s)-4:] }

// resolveAddress reads an address, or the address of a wallet account name.
func (a *app) resolveAddress(s string) (common.Address, error) {
	if common.IsHexAddress(s) {
		return common.HexToAddress(s), nil
	}
	if strings.HasPrefix(s, "0x") {
		return common.Address{}, usageErrorf("%q is not a 20-byte hex address", s)
	}
	acct, err := a.store(false).Get(s)
	if err != nil {
		return common.Address{}, usageErrorf("%q is neither an address nor a wallet account: %v", s, err)
	}
	return acct.Address, nil
}

func newWalletCmd(a *app) *cobra.Command {
	return group("wallet", "Keys and money: accounts, balances, sending, history",
		newWalletNewCmd(a), newWalletImportCmd(a), newWalletExportCmd(a), newWalletListCmd(a),
		newWalletShowCmd(a), newWalletRemoveCmd(a), newWalletBalanceCmd(a), newWalletSendCmd(a),
		newWalletPendingCmd(a), newWalletReplaceCmd(a, false), newWalletReplaceCmd(a, true), newWalletHistoryCmd(a))
}

type walletNewOptions struct {
	Name  string
	Words int
	Light bool
}

func newWalletNewCmd(a *app) *cobra.Command {
	var o walletNewOptions
	cmd := &cobra.Command{
		Use:   "new --name NAME [--words 12|24]",
		Short: "Create an account from a new BIP-39 mnemonic",
		Long: `Create an account from a new BIP-39 mnemonic (account 0 of m/44'/60'/0'/0, as MetaMask
derives it). The mnemonic is shown once: write it down, it is the only way to recover the
account. At a terminal you confirm you wrote it by typing some of its words; in a script it
is printed once on stdout. The key is stored encrypted (scrypt, Web3 Secret Storage v3) and
the OS keyring remembers what unlocks it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runWalletNew(a, o) },
	}
	cmd.Flags().StringVar(&o.Name, "name", "", "account name (required)")
	cmd.Flags().IntVar(&o.Words, "words", 12, "mnemonic length: 12 or 24")
	addLightKDFFlag(cmd, &o.Light)
	return cmd
}

func addLightKDFFlag(cmd *cobra.Command, p *bool) {
	cmd.Flags().BoolVar(p, "insecure-light-kdf", false, "weak scrypt parameters, for tests only")
	cmd.Flags().MarkHidden("insecure-light-kdf")
}

func runWalletNew(a *app, o walletNewOptions) error {
	if o.Name == "" {
		return usageErrorf("--name is required")
	}
	if err := wallet.ValidName(o.Name); err != nil {
		return usageErrorf("%v", err)
	}
	if o.Words != 12 && o.Words != 24 {
		return usageErrorf("--words is 12 or 24")
	}
	s := a.store(o.Light)
	if _, err := s.Get(o.Name); err == nil {
		return usageErrorf("an account named %q exists already", o.Name)
	}
	u := a.unlocker(s)
	pass, err := u.NewPassphrase(o.Name)
	if err != nil {
		return usageWrap(err)
	}
	defer wipe(pass)
	mnemonic, err := wallet.NewMnemonic(o.Words)
	if err != nil {
		return err
	}
	key, path, err := keyFromMnemonic(mnemonic, "", 0)
	if err != nil {
		return err
	}
	if a.io.Interactive() && !a.g.JSON {
		if err := confirmMnemonic(a, mnemonic); err != nil {
			return err
		}
	}
	acct, dk, err := s.Add(key, pass, wallet.AddOptions{Name: o.Name, Source: wallet.SourceMnemonic, Path: path})
	if err != nil {
		return err
	}
	defer wipe(dk)
	a.rememberInKeyring(acct, dk)
	if a.g.JSON {
		out := accountJSON(acct)
		out["mnemonic"] = mnemonic // shown once: a script has no other way to keep it
		return a.writeJSON(out)
	}
	if !a.io.Interactive() {
		fmt.Fprintf(a.io.Out, "mnemonic\t%s\n", mnemonic)
	}
	a.writeKV(a.p.Sprintf("Created account %s", acct.Name), accountKV(acct))
	return nil
}

// confirmMnemonic shows the mnemonic at the terminal and asks for three of
// its words back, so that nobody walks away without having written it.
func confirmMnemonic(a *app, mnemonic string) error {
	words := strings.Fields(mnemonic)
	fmt.Fprintln(a.io.ErrOut, a.p.T("Your recovery phrase. Write it down and keep it offline; it is shown once:"))
	fmt.Fprintln(a.io.ErrOut)
	for i, w := range words {
		fmt.Fprintf(a.io.ErrOut, "  %2d. %-10s", i+1, w)
		if i%4 == 3 {
			fmt.Fprintln(a.io.ErrOut)
		}
	}
	fmt.Fprintln(a.io.ErrOut)
	if _, err := a.io.Prompt(a.p.T("Press Enter when you have written it down.")); err != nil {
		return err
	}
	fmt.Fprint(a.io.ErrOut, "\033[2J\033[H") // clear the screen before the check
	for _, i := range pickWords(len(words)) {
		for try := 1; ; try++ {
			got, err := a.io.Prompt(a.p.Sprintf("Word #%d: ", i+1))
			if err != nil {
				return err
			}
			if strings.TrimSpace(strings.ToLower(got)) == words[i] {
				break
			}
			if try == wordTries {
				return errors.New("that word does not match what was shown; nothing was saved, run `huzhu wallet new` again for a new phrase")
			}
			fmt.Fprintln(a.io.ErrOut, a.p.Sprintf("That is not word #%d. Check what you wrote down and type it again (%d tries left).", i+1, wordTries-try))
		}
	}
	return nil
}

// wordTries is how many times each word of the check may be typed: a
// typo does not throw the phrase away.
const wordTries = 3

// pickWords chooses which words of the phrase the check asks for.
var pickWords = pickThree

func pickThree(n int) []int {
	var out []int
	seen := map[int]bool{}
	for len(out) < 3 {
		v, _ := rand.Int(rand.Reader, big.NewInt(int64(n)))
		i := int(v.Int64())
		if !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	return out
}

// keyFromMnemonic is wallet.KeyFromMnemonic, a bad mnemonic being a usage
// error.
func keyFromMnemonic(mnemonic, bip39Passphrase string, index uint32) (*ecdsa.PrivateKey, string, error) {
	key, path, err := wallet.KeyFromMnemonic(mnemonic, bip39Passphrase, index)
	if errors.Is(err, wallet.ErrBadMnemonic) {
		return nil, path, usageErrorf("%v", err)
	}
	return key, path, err
}

func (a *app) rememberInKeyring(acct wallet.Account, dk []byte) {
	if a.g.NoKeyring {
		return
	}
	// With a password file, the file unlocks next time: a keyring that
	// cannot remember does not matter, and scripts need no noise.
	if err := wallet.Remember(wallet.OSKeyring{}, acct, dk); err != nil && a.g.PasswordFile == "" {
		a.note("%v, so huzhu cannot remember the passphrase; you will be asked for it when it is needed", err)
	}
}

func wipe(b []byte) {
	for i := range b {
		b[i] = 0
	}
}

type walletImportOptions struct {
	Name                string
	MnemonicFile        string
	Index               uint32
	BIP39PassphraseFile string
	PrivateKeyFile      string
	Keystore            string
	Light               bool
}

func newWalletImportCmd(a *app) *cobra.Command {
	var o walletImportOptions
	cmd := &cobra.Command{
		Use:   "import --name NAME (--mnemonic-file F [--index I] | --private-key-file F | --keystore F)",
		Short: "Import an account from a mnemonic, a private key or a keystore file",
		Long: `Import an account. Secrets are read from files (- for stdin), never from the command
line, where other users and shell history could see them.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runWalletImport(a, o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.Name, "name", "", "account name (required)")
	f.StringVar(&o.MnemonicFile, "mnemonic-file", "", "file holding a BIP-39 mnemonic")
	f.Uint32Var(&o.Index, "index", 0, "account index i of m/44'/60'/0'/0/i")
	f.StringVar(&o.BIP39PassphraseFile, "bip39-passphrase-file", "", "file holding the optional BIP-39 passphrase")
	f.StringVar(&o.PrivateKeyFile, "private-key-file", "", "file holding a hex private key")
	f.StringVar(&o.Keystore, "keystore", "", "a Web3 Secret Storage v3 keystore file")
	addLightKDFFlag(cmd, &o.Light)
	return cmd
}

// maxSecretInput is the most a secret read from stdin may hold.
const maxSecretInput = 1 << 16

// readSecretStdin reads stdin whole, refusing more than maxSecretInput
// bytes rather than cutting it short (a cut secret is another secret).
func readSecretStdin(a *app, flag string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(a.io.In, maxSecretInput+1))
	if err != nil {
		return nil, usageErrorf("--%s: %v", flag, err)
	}
	if len(b) > maxSecretInput {
		return nil, usageErrorf("--%s -: stdin holds more than %d bytes, more than any secret huzhu reads; give the secret alone", flag, maxSecretInput)
	}
	return b, nil
}

// readSecretFile reads a file of secret text ("-": stdin), trimmed.
func readSecretFile(a *app, flag, path string) ([]byte, error) {
	var b []byte
	var err error
	if path == "-" {
		if b, err = readSecretStdin(a, flag); err != nil {
			return nil, err
		}
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, usageErrorf("--%s: %v", flag, err)
	}
	return []byte(strings.TrimSpace(string(b))), nil
}

// readBIP39PassphraseFile reads a BIP-39 passphrase ("-": stdin). Every
// byte counts in the seed, spaces included, so only the file's final line
// ending (\n or \r\n) is dropped, nothing else.
func readBIP39PassphraseFile(a *app, path string) ([]byte, error) {
	var b []byte
	var err error
	if path == "-" {
		if b, err = readSecretStdin(a, "bip39-passphrase-file"); err != nil {
			return nil, err
		}
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, usageErrorf("--bip39-passphrase-file: %v", err)
	}
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n > 1 && b[n-2] == '\r' {
			b = b[:n-2]
		}
	}
	return b, nil
}

func runWalletImport(a *app, o walletImportOptions) error {
	if o.Name == "" {
		return usageErrorf("--name is required")
	}
	if err := wallet.ValidName(o.Name); err != nil {
		return usageErrorf("%v", err)
	}
	sources := 0
	for _, f := range []string{o.MnemonicFile, o.PrivateKeyFile, o.Keystore} {
		if f != "" {
			sources++
		}
	}
	if sources == 0 && a.io.Interactive() {
		o.MnemonicFile = "prompt" // asked below, at a hidden prompt
		sources = 1
	}
	if sources != 1 {
		return usageErrorf("name exactly one of --mnemonic-file, --private-key-file, --keystore (or run at a terminal to type the recovery phrase)")
	}
	stdinUsers := 0
	for _, f := range []string{o.MnemonicFile, o.PrivateKeyFile, o.Keystore, o.BIP39PassphraseFile, a.g.PasswordFile} {
		if f == "-" {
			stdinUsers++
		}
	}
	if stdinUsers > 1 {
		return usageErrorf("only one file can be - (stdin)")
	}
	s := a.store(o.Light)
	if _, err := s.Get(o.Name); err == nil {
		return usageErrorf("an account named %q exists already", o.Name)
	}
	u := a.unlocker(s)
	var (
		key  *ecdsa.PrivateKey
		pass []byte
		opts = wallet.AddOptions{Name: o.Name}
	)
	switch {
	case o.MnemonicFile != "":
		var m []byte
		var err error
		if o.MnemonicFile == "prompt" {
			m, err = a.io.ReadSecret(a.p.T("Recovery phrase (hidden as you type): "))
		} else {
			m, err = readSecretFile(a, "mnemonic-file", o.MnemonicFile)
		}
		if err != nil {
			return err
		}
		defer wipe(m)
		var bip39pass []byte
		if o.BIP39PassphraseFile != "" {
			if bip39pass, err = readBIP39PassphraseFile(a, o.BIP39PassphraseFile); err != nil {
				return err
			}
			defer wipe(bip39pass)
		}
		opts.Source = wallet.SourceMnemonic
		if key, opts.Path, err = keyFromMnemonic(string(m), string(bip39pass), o.Index); err != nil {
			return err
		}
	case o.PrivateKeyFile != "":
		h, err := readSecretFile(a, "private-key-file", o.PrivateKeyFile)
		if err != nil {
			return err
		}
		defer wipe(h)
		if key, err = wallet.ParsePrivateKey(h); err != nil {
			return usageErrorf("--private-key-file: %v", err)
		}
		opts.Source = wallet.SourcePrivateKey
	default:
		doc, err := os.ReadFile(o.Keystore)
		if o.Keystore == "-" {
			doc, err = io.ReadAll(io.LimitReader(a.io.In, 1<<20))
		}
		if err != nil {
			return usageErrorf("--keystore: %v", err)
		}
		if a.g.PasswordFile != "" {
			pass, err = wallet.ReadPasswordFile(a.g.PasswordFile, a.io.In)
		} else if a.io.Interactive() {
			pass, err = a.io.ReadSecret(a.p.T("Passphrase of the keystore file: "))
		} else {
			err = errors.New("the keystore's passphrase is needed: pass --password-file, or run at a terminal")
		}
		if err != nil {
			return fmt.Errorf("%w: %v", errAuth, err)
		}
		if key, err = wallet.DecryptKeystore(doc, pass); err != nil {
			if errors.Is(err, wallet.ErrWrongPassphrase) {
				return fmt.Errorf("%w: the passphrase does not open this keystore", errAuth)
			}
			return usageErrorf("--keystore: %v", err)
		}
		opts.Source = wallet.SourceKeystore
	}
	if pass == nil {
		var err error
		if pass, err = u.NewPassphrase(o.Name); err != nil {
			return usageWrap(err)
		}
	}
	defer wipe(pass)
	acct, dk, err := s.Add(key, pass, opts)
	if err != nil {
		return err
	}
	defer wipe(dk)
	a.rememberInKeyring(acct, dk)
	if a.g.JSON {
		return a.writeJSON(accountJSON(acct))
	}
	a.writeKV(a.p.Sprintf("Imported account %s", acct.Name), accountKV(acct))
	return nil
}

func accountJSON(acct wallet.Account) map[string]any {
	return map[string]any{
		"name": acct.Name, "address": acct.Address.Hex(), "source": acct.Source,
		"path": acct.Path, "created": timeJSON(acct.Created),
	}
}

func accountKV(acct wallet.Account) []kv {
	rows := []kv{{"Name", acct.Name}, {"Address", acct.Address.Hex()}, {"Source", acct.Source}}
	if acct.Path != "" {
		rows = append(rows, kv{"Path", acct.Path})
	}
	return rows
}

func newWalletListCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the wallet's accounts",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			all, err := a.store(false).List()
			if err != nil {
				return err
			}
			var accts []wallet.Account
			for _, x := range all {
				if x.Kind == wallet.KindEthereum {
					accts = append(accts, x)
				}
			}
			if a.g.JSON {
				out := []map[string]any{}
				for _, x := range accts {
					out = append(out, accountJSON(x))
				}
				return a.writeJSON(out)
			}
			if len(accts) == 0 {
				a.note("The wallet is empty; create an account with `huzhu wallet new --name NAME`.")
				return nil
			}
			rows := make([]kv, len(accts))
			for i, x := range accts {
				rows[i] = kv{x.Name, x.Address.Hex()}
			}
			a.writeKV("", rows)
			return nil
		},
	}
}

func newWalletShowCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "show [NAME]",
		Short: "Show an account (default: --account)",
		Args:  maxArgs(1, "at most one account name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s := a.store(false)
			var acct wallet.Account
			var err error
			if len(args) == 1 {
				acct, err = s.Get(args[0])
			} else {
				acct, err = a.account(s)
			}
			if err != nil {
				return asUsage(err)
			}
			if a.g.JSON {
				return a.writeJSON(accountJSON(acct))
			}
			a.writeKV("", accountKV(acct))
			return nil
		},
	}
}
