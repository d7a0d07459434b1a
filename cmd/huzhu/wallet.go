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

	"github.com/huzhu-community/huzhu/internal/atomicfile"
	"github.com/huzhu-community/huzhu/session"
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
	addr, err := session.ResolveAddress(a.store(false), s)
	if err != nil {
		return common.Address{}, usageErrorf("%v", err)
	}
	return addr, nil
}

func newWalletCmd(a *app) *cobra.Command {
	return group("wallet", "Keys and money: accounts, balances, sending, history",
		newWalletNewCmd(a), newWalletImportCmd(a), newWalletExportCmd(a), newWalletListCmd(a),
		newWalletShowCmd(a), newWalletRemoveCmd(a), newWalletBalanceCmd(a), newWalletSendCmd(a),
		newWalletPendingCmd(a), newWalletReplaceCmd(a, false), newWalletReplaceCmd(a, true), newWalletHistoryCmd(a))
}

type walletNewOptions struct {
	Name  string
	Words int // 12 or 24
	Light bool
}

// walletNewResult is a new account, with the mnemonic it came from: shown
// once, since a script has no other way to keep it.
type walletNewResult struct {
	accountResult
	Mnemonic string `json:"mnemonic"`
}

func newWalletNewCmd(a *app) *cobra.Command {
	var o walletNewOptions
	cmd := &cobra.Command{
		Use:   "new --name NAME [--words 12|24]",
		Short: "Create an account from a new BIP-39 mnemonic",
		Long: `Create an account from a new BIP-39 mnemonic (account 0 of m/44'/60'/0'/0, as MetaMask
derives it). The mnemonic is shown once: write it down, it is the only way to recover the
account. At a terminal you confirm you wrote it by typing some of its words; in a script it
is printed once on stdout. The key is stored encrypted (scrypt, Web3 Secret Storage v3); the
OS keyring remembers what unlocks it when you type the passphrase (from --password-file,
only with --remember).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runWalletNew(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			if !a.io.Interactive() {
				fmt.Fprintf(a.io.Out, "mnemonic\t%s\n", r.Mnemonic)
			}
			a.writeKV(a.p.Sprintf("Created account %s", r.Name), r.kv())
			return nil
		},
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

// runWalletNew creates an account from a new mnemonic; at a terminal it
// first has the person confirm they wrote the mnemonic down.
func (a *app) runWalletNew(_ context.Context, o walletNewOptions) (*walletNewResult, error) {
	if o.Name == "" {
		return nil, usageErrorf("--name is required")
	}
	if err := wallet.ValidName(o.Name); err != nil {
		return nil, usageErrorf("%v", err)
	}
	if o.Words != 12 && o.Words != 24 {
		return nil, usageErrorf("--words is 12 or 24")
	}
	s := a.store(o.Light)
	if _, err := s.Get(o.Name); err == nil {
		return nil, usageErrorf("an account named %q exists already", o.Name)
	}
	u := a.unlocker(s)
	pass, err := u.NewPassphrase(o.Name)
	if err != nil {
		return nil, usageWrap(err)
	}
	defer wipe(pass)
	mnemonic, err := wallet.NewMnemonic(o.Words)
	if err != nil {
		return nil, err
	}
	key, path, err := keyFromMnemonic(mnemonic, "", 0)
	if err != nil {
		return nil, err
	}
	if a.io.Interactive() && !a.g.JSON {
		if err := confirmMnemonic(a, mnemonic); err != nil {
			return nil, err
		}
	}
	acct, dk, err := s.Add(key, pass, wallet.AddOptions{Name: o.Name, Source: wallet.SourceMnemonic, Path: path})
	if err != nil {
		return nil, err
	}
	defer wipe(dk)
	a.rememberInKeyring(acct, dk, a.g.PasswordFile != "")
	return &walletNewResult{accountResult: toAccountResult(acct), Mnemonic: mnemonic}, nil
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
				return errorf("that word does not match what was shown; nothing was saved, run `huzhu wallet new` again for a new phrase")
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

// rememberInKeyring lets the OS keyring remember what unlocks a new key:
// when its passphrase was typed, or read from a file (fromFile) with
// --remember. A password file unlocks next time anyway, and an entry
// would let anyone at the desktop session open the key without it.
func (a *app) rememberInKeyring(acct wallet.Account, dk []byte, fromFile bool) {
	if a.g.NoKeyring || (fromFile && !a.g.Remember) {
		return
	}
	if err := wallet.Remember(wallet.OSKeyring{}, acct, dk); err != nil {
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
	// KeystorePasswordFile holds the keystore's own passphrase; the
	// global --password-file, if any, is then the account's new one.
	KeystorePasswordFile string
	Light                bool
}

func newWalletImportCmd(a *app) *cobra.Command {
	var o walletImportOptions
	cmd := &cobra.Command{
		Use:   "import --name NAME (--mnemonic-file F [--index I] | --private-key-file F | --keystore F [--keystore-password-file F])",
		Short: "Import an account from a mnemonic, a private key or a keystore file",
		Long: `Import an account. Secrets are read from files (- for stdin), never from the command
line, where other users and shell history could see them.

A keystore file opens with its own passphrase: from --keystore-password-file, else from
--password-file, else asked at the terminal. It protects the account here too, unless it is
shorter than 8 characters: then a new passphrase is asked at the terminal, or read from
--password-file when the keystore's came from --keystore-password-file; without either,
nothing is imported. --keystore-password-file with --password-file always gives the account
the password file's passphrase.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runWalletImport(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.writeKV(a.p.Sprintf("Imported account %s", r.Name), r.kv())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Name, "name", "", "account name (required)")
	f.StringVar(&o.MnemonicFile, "mnemonic-file", "", "file holding a BIP-39 mnemonic")
	f.Uint32Var(&o.Index, "index", 0, "account index i of m/44'/60'/0'/0/i")
	f.StringVar(&o.BIP39PassphraseFile, "bip39-passphrase-file", "", "file holding the optional BIP-39 passphrase")
	f.StringVar(&o.PrivateKeyFile, "private-key-file", "", "file holding a hex private key")
	f.StringVar(&o.Keystore, "keystore", "", "a Web3 Secret Storage v3 keystore file")
	f.StringVar(&o.KeystorePasswordFile, "keystore-password-file", "", "file holding the keystore's own passphrase, - for stdin (--password-file is then the account's new one)")
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

// runWalletImport imports an account from the one source the options name
// (at a terminal with none: a recovery phrase typed at a hidden prompt).
func (a *app) runWalletImport(_ context.Context, o walletImportOptions) (*accountResult, error) {
	if o.Name == "" {
		return nil, usageErrorf("--name is required")
	}
	if err := wallet.ValidName(o.Name); err != nil {
		return nil, usageErrorf("%v", err)
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
		return nil, usageErrorf("name exactly one of --mnemonic-file, --private-key-file, --keystore (or run at a terminal to type the recovery phrase)")
	}
	if o.KeystorePasswordFile != "" && o.Keystore == "" {
		return nil, usageErrorf("--keystore-password-file goes with --keystore")
	}
	stdinUsers := 0
	for _, f := range []string{o.MnemonicFile, o.PrivateKeyFile, o.Keystore, o.KeystorePasswordFile, o.BIP39PassphraseFile, a.g.PasswordFile} {
		if f == "-" {
			stdinUsers++
		}
	}
	if stdinUsers > 1 {
		return nil, usageErrorf("only one file can be - (stdin)")
	}
	s := a.store(o.Light)
	if _, err := s.Get(o.Name); err == nil {
		return nil, usageErrorf("an account named %q exists already", o.Name)
	}
	u := a.unlocker(s)
	var (
		key  *ecdsa.PrivateKey
		pass []byte
		opts = wallet.AddOptions{Name: o.Name}
		// fromFile: pass was read from a file, not typed.
		fromFile = a.g.PasswordFile != ""
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
			return nil, err
		}
		defer wipe(m)
		var bip39pass []byte
		if o.BIP39PassphraseFile != "" {
			if bip39pass, err = readBIP39PassphraseFile(a, o.BIP39PassphraseFile); err != nil {
				return nil, err
			}
			defer wipe(bip39pass)
		}
		opts.Source = wallet.SourceMnemonic
		if key, opts.Path, err = keyFromMnemonic(string(m), string(bip39pass), o.Index); err != nil {
			return nil, err
		}
	case o.PrivateKeyFile != "":
		h, err := readSecretFile(a, "private-key-file", o.PrivateKeyFile)
		if err != nil {
			return nil, err
		}
		defer wipe(h)
		if key, err = wallet.ParsePrivateKey(h); err != nil {
			return nil, usageErrorf("--private-key-file: %v", err)
		}
		opts.Source = wallet.SourcePrivateKey
	default:
		doc, err := os.ReadFile(o.Keystore)
		if o.Keystore == "-" {
			doc, err = io.ReadAll(io.LimitReader(a.io.In, 1<<20))
		}
		if err != nil {
			return nil, usageErrorf("--keystore: %v", err)
		}
		if key, pass, fromFile, err = a.openKeystore(u, o, doc); err != nil {
			return nil, err
		}
		opts.Source = wallet.SourceKeystore
	}
	if pass == nil {
		var err error
		if pass, err = u.NewPassphrase(o.Name); err != nil {
			return nil, usageWrap(err)
		}
	}
	defer wipe(pass)
	acct, dk, err := s.Add(key, pass, opts)
	if err != nil {
		return nil, err
	}
	defer wipe(dk)
	a.rememberInKeyring(acct, dk, fromFile)
	r := toAccountResult(acct)
	return &r, nil
}

// openKeystore opens a keystore file with its own passphrase and returns
// its key and the passphrase that is to protect the account here (and
// whether that was read from a file rather than typed): the keystore's,
// or a new one when the password file is the account's
// (--keystore-password-file names the keystore's) or when the keystore's
// is too short to keep (wallet.CheckNewPassphrase). A new one comes from
// the password file, or is asked at the terminal; with neither, nothing
// is imported.
func (a *app) openKeystore(u *wallet.Unlocker, o walletImportOptions, doc []byte) (key *ecdsa.PrivateKey, pass []byte, fromFile bool, err error) {
	var ksPass []byte
	switch {
	case o.KeystorePasswordFile != "":
		ksPass, err = wallet.ReadPasswordFile(o.KeystorePasswordFile, a.io.In)
		fromFile = true
	case u.PasswordFile != "":
		ksPass, err = wallet.ReadPasswordFile(u.PasswordFile, a.io.In)
		u.PasswordFile = "" // read: it is the keystore's, not a new one
		fromFile = true
	case a.io.Interactive():
		ksPass, err = a.io.ReadSecret(a.p.T("Passphrase of the keystore file: "))
	default:
		err = errorf("the keystore's passphrase is needed: pass --keystore-password-file or --password-file, or run at a terminal")
	}
	if err != nil {
		return nil, nil, false, errorf("%w: %v", errAuth, err)
	}
	if key, err = wallet.DecryptKeystore(doc, ksPass); err != nil {
		wipe(ksPass)
		if errors.Is(err, wallet.ErrWrongPassphrase) {
			return nil, nil, false, errorf("%w: the passphrase does not open this keystore", errAuth)
		}
		return nil, nil, false, usageErrorf("--keystore: %v", err)
	}
	short := wallet.CheckNewPassphrase(ksPass) != nil
	switch {
	case u.PasswordFile == "" && !short:
		return key, ksPass, fromFile, nil
	case u.PasswordFile == "" && !a.io.Interactive():
		wipe(ksPass)
		return nil, nil, false, usageErrorf("the keystore file's passphrase is shorter than %d characters, too short to protect the account here, and there is no new one; nothing was imported. Pass the keystore's passphrase with --keystore-password-file and a new one with --password-file (or HUZHU_PASSWORD_FILE), or run at a terminal", wallet.MinPassphrase)
	}
	wipe(ksPass)
	fromFile = u.PasswordFile != "" // the new one: from the password file, or typed
	if short && !fromFile {
		a.note("The keystore file's passphrase is shorter than %d characters, too short to protect the account here: choose a new one.", wallet.MinPassphrase)
	}
	if pass, err = u.NewPassphrase(o.Name); err != nil {
		return nil, nil, false, usageWrap(err)
	}
	return key, pass, fromFile, nil
}

// accountResult is a wallet account as commands show it.
type accountResult struct {
	Name    string `json:"name"`
	Address string `json:"address"`
	Source  string `json:"source"`
	Path    string `json:"path"`
	Created string `json:"created"`
}

func toAccountResult(acct wallet.Account) accountResult {
	return accountResult{Name: acct.Name, Address: acct.Address.Hex(), Source: acct.Source, Path: acct.Path, Created: timeJSON(acct.Created)}
}

func (r accountResult) kv() []kv {
	rows := []kv{{"Name", r.Name}, {"Address", r.Address}, {"Source", r.Source}}
	if r.Path != "" {
		rows = append(rows, kv{"Path", r.Path})
	}
	return rows
}

func newWalletListCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the wallet's accounts",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			accts, err := a.runWalletList(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(accts)
			}
			if len(accts) == 0 {
				a.note("The wallet is empty; create an account with `huzhu wallet new --name NAME`.")
				return nil
			}
			rows := make([]kv, len(accts))
			for i, x := range accts {
				rows[i] = kv{x.Name, x.Address}
			}
			a.writeKV("", rows)
			return nil
		},
	}
}

// runWalletList lists the wallet's Ethereum accounts, by name (never nil).
func (a *app) runWalletList(context.Context) ([]accountResult, error) {
	all, err := a.store(false).List()
	if err != nil {
		return nil, err
	}
	accts := []accountResult{}
	for _, x := range all {
		if x.Kind == wallet.KindEthereum {
			accts = append(accts, toAccountResult(x))
		}
	}
	return accts, nil
}

type walletShowOptions struct {
	// Name is the account's name; empty: --account.
	Name string
}

func newWalletShowCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "show [NAME]",
		Short: "Show an account (default: --account)",
		Args:  maxArgs(1, "at most one account name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var o walletShowOptions
			if len(args) == 1 {
				o.Name = args[0]
			}
			r, err := a.runWalletShow(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.writeKV("", r.kv())
			return nil
		},
	}
}

func (a *app) runWalletShow(_ context.Context, o walletShowOptions) (*accountResult, error) {
	s := a.store(false)
	var acct wallet.Account
	var err error
	if o.Name != "" {
		acct, err = s.Get(o.Name)
	} else {
		acct, err = a.account(s)
	}
	if err != nil {
		return nil, asUsage(err)
	}
	r := toAccountResult(acct)
	return &r, nil
}

type walletExportOptions struct {
	Name  string
	Out   string // a file, or - for stdout
	Force bool
}

type walletExportResult struct {
	Name    string `json:"name"`
	Address string `json:"address"`
	File    string `json:"file"`
	// doc is the keystore when Out is "-": it is the answer then.
	doc []byte
}

func newWalletExportCmd(a *app) *cobra.Command {
	var o walletExportOptions
	cmd := &cobra.Command{
		Use:   "export --name NAME --out FILE",
		Short: "Write an account's Web3 Secret Storage v3 keystore (opens with its passphrase)",
		Long: `Write an account's key as a Web3 Secret Storage v3 keystore that opens with the
account's passphrase, in geth, MetaMask, ethers or another huzhu. The copy is sealed afresh
(its own scrypt salt, IV and id), so what the OS keyring remembers for this wallet opens no
exported copy. That takes the passphrase itself, which the keyring does not keep: it is
read from --password-file, or asked at the terminal.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runWalletExport(cmd.Context(), o)
			if err != nil {
				return err
			}
			if r.doc != nil {
				_, err := a.io.Out.Write(r.doc)
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Exported %s to %s (encrypted with the account's passphrase)", r.Name, r.File)
			return nil
		},
	}
	cmd.Flags().StringVar(&o.Name, "name", "", "account name")
	cmd.Flags().StringVar(&o.Out, "out", "", "file to write (0600), - for stdout")
	cmd.Flags().BoolVar(&o.Force, "force", false, "replace an existing file")
	return cmd
}

func (a *app) runWalletExport(_ context.Context, o walletExportOptions) (*walletExportResult, error) {
	if o.Name == "" || o.Out == "" {
		return nil, usageErrorf("--name and --out are required")
	}
	s := a.store(false)
	acct, err := s.Get(o.Name)
	if err != nil {
		return nil, usageErrorf("%v", err)
	}
	if o.Out != "-" {
		if _, err := os.Stat(o.Out); err == nil && !o.Force {
			return nil, usageErrorf("%s exists; pass --force to replace it", o.Out)
		}
	}
	var doc []byte
	err = a.unlocker(s).WithPassphrase(acct, func(pass []byte) (err error) {
		doc, err = s.Export(acct, pass)
		return err
	})
	if err != nil {
		return nil, err
	}
	r := &walletExportResult{Name: acct.Name, Address: acct.Address.Hex(), File: o.Out}
	if o.Out == "-" {
		r.doc = doc
		return r, nil
	}
	if err := atomicfile.Write(o.Out, doc, 0o600); err != nil {
		return nil, err
	}
	return r, nil
}

type walletRemoveOptions struct {
	Name string
	// KeepData keeps the account's credentials and notary keys without
	// asking; DeleteData deletes them. Neither: asked at a terminal, kept
	// with --yes.
	KeepData, DeleteData bool
}

type walletRemoveResult struct {
	Removed              string `json:"removed"`
	Address              string `json:"address"`
	CredentialsRemoved   int    `json:"credentials_removed"`
	NotaryKeysRemoved    int    `json:"notary_keys_removed"`
	CredentialsKept      int    `json:"credentials_kept"`
	NotaryKeysKept       int    `json:"notary_keys_kept"`
	NotaryKeysUnopenable int    `json:"notary_keys_unopenable"`
	deleted              bool   // the credentials and notary keys went too
}

func newWalletRemoveCmd(a *app) *cobra.Command {
	var o walletRemoveOptions
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
			r, err := a.runWalletRemove(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			if !r.deleted {
				also := a.p.Sprintf("%d credential(s) and %d notary HPKE key(s)", r.CredentialsKept, r.NotaryKeysKept)
				a.say("Removed %s; kept its %s: they open again if you re-import the account", r.Removed, also)
				if r.NotaryKeysUnopenable > 0 {
					a.note("%d of those notary keys were kept the old way under an earlier keystore of this account and did not open with it: they will not open again (publish a new key: huzhu notary key)", r.NotaryKeysUnopenable)
				}
			} else {
				a.say("Removed %s, its %d credential(s) and %d notary HPKE key(s)", r.Removed, r.CredentialsRemoved, r.NotaryKeysRemoved)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.Name, "name", "", "account name")
	cmd.Flags().BoolVar(&o.KeepData, "keep-data", false, "keep the account's credentials and notary keys without asking (they open again after a re-import)")
	cmd.Flags().BoolVar(&o.DeleteData, "delete-data", false, "delete the account's credentials and notary keys too (notary keys cannot be recovered)")
	return cmd
}

// runWalletRemove deletes an account's key, and its credentials and
// notary keys if the options (or the person, at a terminal) say so.
func (a *app) runWalletRemove(_ context.Context, o walletRemoveOptions) (*walletRemoveResult, error) {
	if o.Name == "" {
		return nil, usageErrorf("--name is required")
	}
	if o.KeepData && o.DeleteData {
		return nil, usageErrorf("--keep-data and --delete-data contradict each other: pass one")
	}
	s := a.store(false)
	acct, err := s.Get(o.Name)
	if err != nil {
		return nil, usageErrorf("%v", err)
	}
	creds := wallet.NewCredentialStore(a.g.DataDir)
	keys := wallet.NewNotaryKeyStore(a.g.DataDir)
	nCreds, err := creds.Count(acct.Address)
	if err != nil {
		return nil, err
	}
	nKeys, err := keys.Count(acct.Address)
	if err != nil {
		return nil, err
	}
	also := a.p.Sprintf("%d credential(s) and %d notary HPKE key(s)", nCreds, nKeys)
	lost := a.p.Sprintf("without them you cannot claim with those credentials, and claims sealed to those notary keys (random keys, not recoverable from the recovery phrase) can never be opened again. huzhu does not check whether one of them is the key your community publishes for you: if it is, publish a new one first (huzhu notary key)")
	deleting := o.DeleteData
	if !a.g.Yes {
		if !a.io.Interactive() {
			return nil, usageErrorf("removing a key needs confirmation: pass --yes when not at a terminal (its credentials and notary keys stay unless you also pass --delete-data)")
		}
		a.note("This deletes the key of %s (%s) from this computer. Without its recovery phrase or an export, anything it holds is lost.", acct.Name, acct.Address.Hex())
		switch {
		case o.KeepData || nCreds+nKeys == 0:
			if nCreds+nKeys > 0 {
				a.note("Its %s stay here (--keep-data), and open again if you re-import the account.", also)
			}
		case o.DeleteData:
			a.note("It also deletes its %s (--delete-data): %s.", also, lost)
		}
		typed, err := a.io.Prompt(a.p.Sprintf("Type the account's name to confirm: "))
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(typed) != acct.Name {
			return nil, errCancelled
		}
		if !o.KeepData && !o.DeleteData && nCreds+nKeys > 0 {
			a.note("It has %s: %s. Kept, they open again if you re-import the account.", also, lost)
			if deleting, err = a.yesNo(a.p.Sprintf("Delete its %s too?", also)); err != nil {
				return nil, err
			}
		}
	}
	// Notary keys kept the old way open only with this keystore
	// file: move them under the account's private key while it is
	// still here.
	unopenable := 0
	if !deleting {
		if unopenable, err = a.moveLegacyBeforeRemove(s, acct); err != nil {
			return nil, err
		}
	}
	if !a.g.NoKeyring {
		if err := wallet.Forget(wallet.OSKeyring{}, acct); err != nil {
			a.note("%v; its keyring entry, if any, stays", err)
		}
	}
	if err := s.Remove(acct); err != nil {
		return nil, err
	}
	removedCreds, removedKeys := 0, 0
	if deleting {
		if removedCreds, err = creds.Remove(acct.Address); err != nil {
			return nil, errorf("the account's key was removed, but not all its credentials: %w", err)
		}
		if !a.g.NoKeyring {
			if old, err := keys.Legacy(acct.Address); err == nil {
				for _, x := range old {
					wallet.Forget(wallet.OSKeyring{}, x)
				}
			}
		}
		if removedKeys, err = keys.Remove(acct.Address); err != nil {
			return nil, errorf("the account's key was removed, but not all its notary keys: %w", err)
		}
	}
	return &walletRemoveResult{Removed: acct.Name, Address: acct.Address.Hex(),
		CredentialsRemoved: removedCreds, NotaryKeysRemoved: removedKeys,
		CredentialsKept: nCreds - removedCreds, NotaryKeysKept: nKeys - removedKeys,
		NotaryKeysUnopenable: unopenable, deleted: deleting}, nil
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
		return errorf("%s has %d notary HPKE key(s) kept the old way, which open only with this account's keystore file: huzhu moves them under the account's private key before removing it, and could not unlock it (%w); nothing was removed. Give its passphrase (--password-file, or at a terminal), or pass --delete-data to delete them with the account", acct.Name, len(old), err)
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
