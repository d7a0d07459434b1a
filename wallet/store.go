package wallet

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/internal/atomicfile"
)

var (
	// ErrNoAccount means no account has the name or address asked for.
	ErrNoAccount = errors.New("no such account")
	// ErrAccountExists means the name or the key is already in the wallet.
	ErrAccountExists = errors.New("account already exists")
)

// accountMeta is huzhu's own data in a keystore file, under "x-huzhu";
// other wallets ignore it, and export leaves it out.
type accountMeta struct {
	Name string `json:"name"`
	// Display is an issuer's display name ("Yangzhou First People's
	// Hospital", "扬州市第一人民医院"); Name is then its on-disk slug.
	Display string    `json:"display,omitempty"`
	Kind    string    `json:"kind"` // KindEthereum, or KindIssuer (in DataDir/issuers)
	Source  string    `json:"source"`
	Path    string    `json:"path,omitempty"`
	Created time.Time `json:"created"`
}

// Kinds of keys a wallet keeps.
const (
	KindEthereum = "ethereum" // a secp256k1 account key
	KindHPKE     = "hpke"     // a notary's HPKE key seed kept the old way (see NotaryKeyStore.Legacy)
	KindIssuer   = "issuer"   // a hospital's P-256 signing key (see IssuerStore)
)

// Sources of an account key.
const (
	SourceMnemonic   = "mnemonic"
	SourcePrivateKey = "private-key"
	SourceKeystore   = "keystore"
	SourceGenerated  = "generated"
)

// Account is one key in the wallet, as listed (never the key itself).
type Account struct {
	ID   string // the keystore's id (a UUID)
	Name string
	// Display is an issuer's display name (empty for accounts).
	Display string
	Address common.Address
	Kind    string
	Source  string
	Path    string
	Created time.Time
	File    string
}

// Store keeps encrypted keys in a data dir: one Web3 Secret Storage v3
// file per key, 0600, written atomically, in DataDir/wallet.
type Store struct {
	Dir    string
	Scrypt ScryptParams
}

// NewStore returns the wallet of a data dir, with standard scrypt.
func NewStore(dataDir string) *Store {
	return &Store{Dir: filepath.Join(dataDir, "wallet"), Scrypt: StandardScrypt}
}

var nameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,31}$`)

// ValidName checks an account name: 1 to 32 of a-z, 0-9, _ and -.
func ValidName(name string) error {
	if !nameRE.MatchString(name) {
		return fmt.Errorf("account name %q: use 1 to 32 lowercase letters, digits, _ or -, starting with a letter or digit", name)
	}
	return nil
}

func (s *Store) path(name string) string { return filepath.Join(s.Dir, name+".json") }

func (s *Store) read(file string) (*keystoreJSON, *Account, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	k, err := parseKeystore(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	a := &Account{File: file, ID: k.ID, Name: strings.TrimSuffix(filepath.Base(file), ".json"), Kind: KindEthereum}
	if addr, ok := k.address(); ok {
		a.Address = addr
	}
	if m := k.Huzhu; m != nil {
		a.Kind, a.Source, a.Path, a.Created, a.Display = m.Kind, m.Source, m.Path, m.Created, m.Display
		if a.Kind == "" {
			a.Kind = KindEthereum
		}
	}
	return k, a, nil
}

// List returns the wallet's accounts, by name. Issuer and notary keys
// that earlier versions kept here are first moved to their own places
// (see IssuerStore, NotaryKeyStore).
func (s *Store) List() ([]Account, error) {
	if s.Dir != "" {
		_ = migrateLegacy(filepath.Dir(s.Dir)) // best effort: a key left here is skipped below and named if its name is asked for
	}
	files, err := filepath.Glob(filepath.Join(s.Dir, "*.json"))
	if err != nil {
		return nil, err
	}
	var out []Account
	for _, f := range files {
		_, a, err := s.read(f)
		if err != nil {
			return nil, err
		}
		if a.Kind != KindEthereum {
			continue
		}
		out = append(out, *a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Get finds an account key by name or address.
func (s *Store) Get(nameOrAddress string) (Account, error) {
	q := strings.TrimSpace(nameOrAddress)
	if q == "" {
		return Account{}, fmt.Errorf("%w: no account named", ErrNoAccount)
	}
	all, err := s.List()
	if err != nil {
		return Account{}, err
	}
	isAddr := common.IsHexAddress(q)
	for _, a := range all {
		if a.Kind != KindEthereum {
			continue
		}
		if a.Name == strings.ToLower(q) || (isAddr && a.Address == common.HexToAddress(q)) {
			return a, nil
		}
	}
	var names []string
	for _, a := range all {
		if a.Kind == KindEthereum {
			names = append(names, a.Name)
		}
	}
	if len(names) == 0 {
		return Account{}, fmt.Errorf("%w %q: the wallet has no account yet", ErrNoAccount, q)
	}
	return Account{}, fmt.Errorf("%w %q; the wallet has: %s", ErrNoAccount, q, strings.Join(names, ", "))
}

// AddOptions describe a key being added.
type AddOptions struct {
	Name   string
	Kind   string // default KindEthereum
	Source string
	Path   string
	Now    func() time.Time
}

// Add encrypts an Ethereum key under passphrase and stores it. It returns
// the account and the derived key (for the keyring). A passphrase shorter
// than MinPassphrase is refused (ErrShortPassphrase) before anything is
// written, whichever face or import path offers it.
func (s *Store) Add(key *ecdsa.PrivateKey, passphrase []byte, o AddOptions) (Account, []byte, error) {
	return s.addRaw(crypto.FromECDSA(key), crypto.PubkeyToAddress(key.PublicKey), passphrase, o)
}

func (s *Store) addRaw(secret []byte, addr common.Address, passphrase []byte, o AddOptions) (Account, []byte, error) {
	defer wipe(secret)
	if err := ValidName(o.Name); err != nil {
		return Account{}, nil, err
	}
	if err := CheckNewPassphrase(passphrase); err != nil {
		return Account{}, nil, err
	}
	o.Kind = KindEthereum // other keys have stores of their own
	all, err := s.List()
	if err != nil {
		return Account{}, nil, err
	}
	for _, a := range all {
		if a.Name == o.Name {
			return Account{}, nil, fmt.Errorf("%w: the name %q is taken", ErrAccountExists, o.Name)
		}
		if a.Address == addr {
			return Account{}, nil, fmt.Errorf("%w: this key is already in the wallet as %q", ErrAccountExists, a.Name)
		}
	}
	if _, err := os.Stat(s.path(o.Name)); err == nil {
		return Account{}, nil, fmt.Errorf("%w: %s holds an issuer or notary key kept the old way that huzhu could not move to its own folder; move it away, or choose another name", ErrAccountExists, s.path(o.Name))
	}
	k, dk, err := encryptSecret(secret, addr, passphrase, s.Scrypt)
	if err != nil {
		return Account{}, nil, err
	}
	now := time.Now
	if o.Now != nil {
		now = o.Now
	}
	k.Huzhu = &accountMeta{Name: o.Name, Kind: o.Kind, Source: o.Source, Path: o.Path, Created: now().UTC().Truncate(time.Second)}
	b, err := json.MarshalIndent(k, "", "  ")
	if err != nil {
		return Account{}, nil, err
	}
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return Account{}, nil, err
	}
	if err := atomicfile.Write(s.path(o.Name), append(b, '\n'), 0o600); err != nil {
		return Account{}, nil, err
	}
	_, a, err := s.read(s.path(o.Name))
	if err != nil {
		return Account{}, nil, err
	}
	return *a, dk, nil
}

// encryptSecret seals any 32-byte secret (an Ethereum key, or an HPKE
// seed) in the v3 format; addr is recorded as the keystore's address.
func encryptSecret(secret []byte, addr common.Address, passphrase []byte, sp ScryptParams) (*keystoreJSON, []byte, error) {
	k, dk, err := encryptKeyBytes(secret, passphrase, sp)
	if err != nil {
		return nil, nil, err
	}
	if addr != (common.Address{}) {
		k.Address = strings.ToLower(strings.TrimPrefix(addr.Hex(), "0x"))
	}
	return k, dk, nil
}

// Derive runs the KDF of an account's keystore over a passphrase and
// returns the derived key, which opens the account without the KDF cost.
func (s *Store) Derive(a Account, passphrase []byte) ([]byte, error) {
	k, _, err := s.read(a.File)
	if err != nil {
		return nil, err
	}
	dk, err := k.derive(passphrase)
	if err != nil {
		return nil, err
	}
	if _, err := s.openSecret(k, dk); err != nil {
		wipe(dk)
		return nil, err
	}
	return dk, nil
}

func (s *Store) openSecret(k *keystoreJSON, dk []byte) ([]byte, error) {
	secret, err := k.open(dk)
	if err != nil {
		return nil, err
	}
	return secret, nil
}

// Open decrypts an Ethereum account's key with a derived key.
func (s *Store) Open(a Account, dk []byte) (*ecdsa.PrivateKey, error) {
	k, _, err := s.read(a.File)
	if err != nil {
		return nil, err
	}
	secret, err := s.openSecret(k, dk)
	if err != nil {
		return nil, err
	}
	defer wipe(secret)
	key, err := crypto.ToECDSA(secret)
	if err != nil {
		return nil, fmt.Errorf("account %s: the keystore holds no valid key", a.Name)
	}
	if addr, ok := k.address(); ok && addr != crypto.PubkeyToAddress(key.PublicKey) {
		return nil, fmt.Errorf("account %s: the keystore's key does not match its address %s", a.Name, addr.Hex())
	}
	return key, nil
}

// OpenSecret decrypts any key kind's raw secret with a derived key.
func (s *Store) OpenSecret(a Account, dk []byte) ([]byte, error) {
	k, _, err := s.read(a.File)
	if err != nil {
		return nil, err
	}
	return s.openSecret(k, dk)
}

// Export returns the account's key as a plain Web3 Secret Storage v3
// document (without huzhu's metadata) under its passphrase, which must
// open the account (ErrWrongPassphrase). The copy is sealed afresh: a new
// salt, IV and id, with the stored keystore's scrypt costs. So the
// derived key the OS keyring remembers for the stored keystore opens no
// exported copy, and no two copies share a derived key.
func (s *Store) Export(a Account, passphrase []byte) ([]byte, error) {
	k, _, err := s.read(a.File)
	if err != nil {
		return nil, err
	}
	sp, ok, err := k.scryptParams()
	if err != nil {
		return nil, err
	}
	if !ok {
		sp = s.Scrypt // not one huzhu wrote: its own costs
	}
	dk, err := k.derive(passphrase)
	if err != nil {
		return nil, err
	}
	defer wipe(dk)
	secret, err := k.open(dk)
	if err != nil {
		return nil, err
	}
	defer wipe(secret)
	addr, _ := k.address()
	out, outDK, err := encryptSecret(secret, addr, passphrase, sp)
	if err != nil {
		return nil, err
	}
	wipe(outDK)
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Remove deletes an account's keystore file.
func (s *Store) Remove(a Account) error {
	return os.Remove(a.File)
}

// DecryptKeystore opens a foreign v3 keystore document with its passphrase.
func DecryptKeystore(doc, passphrase []byte) (*ecdsa.PrivateKey, error) {
	k, err := parseKeystore(doc)
	if err != nil {
		return nil, err
	}
	dk, err := k.derive(passphrase)
	if err != nil {
		return nil, err
	}
	defer wipe(dk)
	secret, err := k.open(dk)
	if err != nil {
		return nil, err
	}
	defer wipe(secret)
	key, err := crypto.ToECDSA(secret)
	if err != nil {
		return nil, errors.New("the keystore holds no valid secp256k1 key")
	}
	if addr, ok := k.address(); ok && addr != crypto.PubkeyToAddress(key.PublicKey) {
		return nil, fmt.Errorf("the keystore's key does not match its address %s", addr.Hex())
	}
	return key, nil
}
