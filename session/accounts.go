package session

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/wallet"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// UseAccount makes the account named (a name or an address) the session's
// chosen one from now on: the next Account, Sender and Quote are its.
func (s *Session) UseAccount(nameOrAddress string) (wallet.Account, error) {
	a, err := s.Wallet().Get(nameOrAddress)
	if err != nil {
		old := s.opts.Account
		s.opts.Account = nameOrAddress
		err = s.noSuchAccount(err)
		s.opts.Account = old
		return a, err
	}
	s.opts.Account = a.Name
	if s.opts.RememberAccount {
		if err := s.rememberAccount(a.Name); err != nil {
			return a, err
		}
	}
	return a, nil
}

// rememberAccount keeps name as the account the interactive wallet opens
// with.
func (s *Session) rememberAccount(name string) error {
	cfg, err := LoadConfig(s.opts.DataDir)
	if err != nil {
		return err
	}
	if cfg.Account == name {
		return nil
	}
	cfg.Account = name
	return cfg.Save(s.opts.DataDir)
}

// ResolveAddress reads an address, or the address of one of the wallet's
// accounts by name (what `member contribute --for` and the dues screen
// take). The error is a *Error of KindInvalid naming what s is not.
func (s *Session) ResolveAddress(nameOrAddress string) (common.Address, error) {
	return ResolveAddress(s.Wallet(), nameOrAddress)
}

// ResolveAddress is Session.ResolveAddress on a given store.
func ResolveAddress(st *wallet.Store, nameOrAddress string) (common.Address, error) {
	v := strings.TrimSpace(nameOrAddress)
	if common.IsHexAddress(v) {
		return common.HexToAddress(v), nil
	}
	if strings.HasPrefix(v, "0x") {
		return common.Address{}, &Error{Kind: KindInvalid, Text: i18n.Say("%q is not a 20-byte hex address", v)}
	}
	acct, err := st.Get(v)
	if err != nil {
		return common.Address{}, &Error{Kind: KindInvalid, Text: i18n.Say("%q is neither an address nor a wallet account: %v", v, err), Err: err}
	}
	return acct.Address, nil
}

// ErrNobody is the zero address named as a member: it is nobody's, and
// dues paid for it would be lost.
var ErrNobody = errors.New("the zero address is nobody's")

// ResolveMember is whom a dues payment or a member's status is about: the
// address or wallet account nameOrAddress names (ResolveAddress), or, when
// it is empty, the session's account. The zero address is refused
// (ErrNobody, in a *Error of KindInvalid).
func (s *Session) ResolveMember(nameOrAddress string) (common.Address, error) {
	if strings.TrimSpace(nameOrAddress) == "" {
		acct, err := s.Account()
		if err != nil {
			return common.Address{}, err
		}
		return acct.Address, nil
	}
	addr, err := s.ResolveAddress(nameOrAddress)
	if err != nil {
		return common.Address{}, err
	}
	if addr == (common.Address{}) {
		return common.Address{}, &Error{Kind: KindInvalid, Text: i18n.Say("the zero address is nobody's; name the member's address or wallet account"), Err: ErrNobody}
	}
	return addr, nil
}

// Accounts are the wallet's Ethereum accounts.
func (s *Session) Accounts() ([]wallet.Account, error) {
	all, err := s.Wallet().List()
	if err != nil {
		return nil, err
	}
	out := all[:0:0]
	for _, a := range all {
		if a.Kind == wallet.KindEthereum || a.Kind == "" {
			out = append(out, a)
		}
	}
	return out, nil
}

// CheckNewPassphrase applies the rule for a new key's passphrase (the same
// as the CLI's: at least wallet.MinPassphrase characters).
func CheckNewPassphrase(p []byte) error {
	if err := wallet.CheckNewPassphrase(p); err != nil {
		return &Error{Kind: KindInvalid, Text: i18n.Say("the passphrase is shorter than %d characters", wallet.MinPassphrase), Err: err}
	}
	return nil
}

// CheckNewAccountName says whether name can name a new account.
func (s *Session) CheckNewAccountName(name string) error {
	if err := wallet.ValidName(name); err != nil {
		return &Error{Kind: KindInvalid, Problem: err.Error(), Err: err}
	}
	if _, err := s.Wallet().Get(name); err == nil {
		return &Error{Kind: KindInvalid, Text: i18n.Say("an account named %q exists already", name), Err: wallet.ErrAccountExists}
	}
	return nil
}

// NewPhrase is a new 12-word BIP-39 recovery phrase.
func NewPhrase() (string, error) { return wallet.NewMnemonic(12) }

// KeyFromPhrase derives account 0 of m/44'/60'/0'/0 (as MetaMask does)
// from a BIP-39 phrase and its optional BIP-39 passphrase.
func KeyFromPhrase(phrase, bip39Passphrase string) (*ecdsa.PrivateKey, error) {
	if err := wallet.ValidateMnemonic(phrase); err != nil {
		return nil, &Error{Kind: KindInvalid, Problem: err.Error(), Err: err}
	}
	seed, err := wallet.Seed(wallet.NormalizeMnemonic(phrase), bip39Passphrase)
	if err != nil {
		return nil, err
	}
	defer clear(seed)
	return wallet.DeriveKey(seed, wallet.EthereumPath(0))
}

// NewAccount is a key to add to the wallet and how it came.
type NewAccount struct {
	Name string
	// Exactly one of Phrase, PrivateKeyHex and Keystore (a file's bytes).
	Phrase        string
	PrivateKeyHex string
	Keystore      []byte
	// KeystorePassphrase opens Keystore. With no Passphrase it protects
	// the key in the wallet too, if it is long enough to (see
	// wallet.CheckNewPassphrase); when it is not, AddAccount refuses with
	// wallet.ErrShortPassphrase and the face asks for a Passphrase.
	KeystorePassphrase []byte
	// Passphrase protects the key in the wallet.
	Passphrase []byte
}

// AddAccount checks and stores a created or imported key, the way
// `wallet new` and `wallet import` do, and lets the keyring remember
// what unlocks it (unless the session has none). It becomes the chosen
// account.
func (s *Session) AddAccount(n NewAccount) (wallet.Account, error) {
	if err := s.CheckNewAccountName(n.Name); err != nil {
		return wallet.Account{}, err
	}
	var key *ecdsa.PrivateKey
	var err error
	opts := wallet.AddOptions{Name: n.Name}
	pass := n.Passphrase
	switch {
	case n.Phrase != "":
		if key, err = KeyFromPhrase(n.Phrase, ""); err != nil {
			return wallet.Account{}, err
		}
		opts.Source, opts.Path = wallet.SourceMnemonic, wallet.EthereumPath(0)
	case n.PrivateKeyHex != "":
		raw, derr := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(n.PrivateKeyHex), "0x"))
		defer clear(raw)
		if derr != nil || len(raw) != 32 {
			return wallet.Account{}, &Error{Kind: KindInvalid, Text: i18n.Say("not a 32-byte hex private key")}
		}
		if key, err = crypto.ToECDSA(raw); err != nil {
			return wallet.Account{}, &Error{Kind: KindInvalid, Text: i18n.Say("not a valid secp256k1 private key")}
		}
		opts.Source = wallet.SourcePrivateKey
	case n.Keystore != nil:
		if key, err = wallet.DecryptKeystore(n.Keystore, n.KeystorePassphrase); err != nil {
			if errors.Is(err, wallet.ErrWrongPassphrase) {
				return wallet.Account{}, &Error{Kind: KindAuth, Text: i18n.Say("the passphrase does not open this keystore"), Err: err}
			}
			return wallet.Account{}, &Error{Kind: KindInvalid, Text: i18n.Say("not a keystore file: %v", err), Err: err}
		}
		opts.Source = wallet.SourceKeystore
		if len(pass) == 0 {
			pass = n.KeystorePassphrase
			if err := wallet.CheckNewPassphrase(pass); err != nil {
				return wallet.Account{}, &Error{Kind: KindInvalid, Text: i18n.Say("the keystore file's passphrase is shorter than %d characters, too short to protect the account here: a new passphrase is needed", wallet.MinPassphrase), Err: err}
			}
		}
	default:
		return wallet.Account{}, &Error{Kind: KindInvalid, Text: i18n.Say("no key given: a recovery phrase, a private key or a keystore file")}
	}
	if err := CheckNewPassphrase(pass); err != nil {
		return wallet.Account{}, err
	}
	acct, dk, err := s.Wallet().Add(key, pass, opts)
	if err != nil {
		if errors.Is(err, wallet.ErrAccountExists) {
			return acct, &Error{Kind: KindInvalid, Problem: err.Error(), Err: err}
		}
		return acct, err
	}
	defer clear(dk)
	if !s.opts.NoKeyring {
		if err := wallet.Remember(wallet.OSKeyring{}, acct, dk); err != nil {
			switch {
			case !s.opts.PlainNotices:
				s.notify("%v, so huzhu cannot remember the passphrase; you will be asked for it when it is needed", err)
			case errors.Is(err, wallet.ErrKeyringUnavailable):
				s.notify("No OS keyring here, so huzhu cannot remember the passphrase; you will be asked for it when it is needed.")
			default:
				s.notify("The OS keyring could not remember the passphrase; you will be asked for it when it is needed.")
			}
		}
	}
	s.opts.Account = acct.Name
	return acct, nil
}

// ReadKeystoreFile reads a keystore file for NewAccount.Keystore.
func ReadKeystoreFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Kind: KindInvalid, Text: i18n.Say("cannot read the keystore file: %v", err), Err: err}
	}
	return b, nil
}
