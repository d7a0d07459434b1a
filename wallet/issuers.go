package wallet

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/disclosure"
)

// A hospital's issuer keys (P-256) are kept in DataDir/issuers/NAME/key.json
// as Web3 Secret Storage v3 files protected by the issuer's own passphrase
// (scrypt), independent of any wallet account: removing or re-importing an
// account changes nothing for them, and their names never collide with
// account names. The OS keyring remembers the derived key, as for accounts.

// IssuerStore keeps issuer signing keys.
type IssuerStore struct {
	Dir    string
	Scrypt ScryptParams
}

// NewIssuerStore returns the issuer key store of a data dir, with standard
// scrypt.
func NewIssuerStore(dataDir string) *IssuerStore {
	return &IssuerStore{Dir: filepath.Join(dataDir, "issuers"), Scrypt: StandardScrypt}
}

func (s *IssuerStore) path(name string) string { return filepath.Join(s.Dir, name, "key.json") }

func (s *IssuerStore) account(name string) (Account, error) {
	_, a, err := (&Store{}).read(s.path(name))
	if err != nil {
		return Account{}, err
	}
	a.Name, a.Kind = name, KindIssuer
	if a.Display == "" {
		a.Display = name
	}
	return *a, nil
}

// IssuerSlug is the on-disk name of an issuer's key folder for a display
// name: the display name itself when it is already a valid name, else its
// ASCII letters and digits joined by "-", cut to fit, with a short hash of
// the display name when anything was lost (so "扬州市第一人民医院" and
// another all-Chinese name do not meet).
func IssuerSlug(display string) string {
	display = strings.TrimSpace(display)
	if ValidName(display) == nil {
		return display
	}
	var b strings.Builder
	dash, lossy := false, false
	for _, r := range strings.ToLower(display) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		case r == ' ' || r == '-' || r == '_' || r == '\'' || r == '.' || r == ',':
			dash = true
		default:
			dash, lossy = true, true
		}
	}
	slug := b.String()
	if !lossy && ValidName(slug) == nil {
		return slug
	}
	sum := sha256.Sum256([]byte(display))
	h := hex.EncodeToString(sum[:4])
	if len(slug) > 23 {
		slug = strings.TrimRight(slug[:23], "-_")
	}
	if slug == "" {
		return "issuer-" + h
	}
	return slug + "-" + h
}

// ValidIssuerName checks an issuer's display name: any printable text of
// 1 to 128 characters.
func ValidIssuerName(display string) error {
	d := strings.TrimSpace(display)
	if d == "" || utf8.RuneCountInString(d) > 128 || !utf8.ValidString(d) {
		return fmt.Errorf("issuer name %q: use 1 to 128 characters of text", display)
	}
	for _, r := range d {
		if !unicode.IsPrint(r) {
			return fmt.Errorf("issuer name %q: control characters are not allowed", display)
		}
	}
	return nil
}

// Add encrypts an issuer's raw private key under passphrase, kept under
// the display name's slug (IssuerSlug), with a new event id secret beside
// it (EventIDSecret). It returns the key's entry and the derived key (for
// the keyring).
func (s *IssuerStore) Add(display string, raw, passphrase []byte, now time.Time) (Account, []byte, error) {
	defer wipe(raw)
	if err := ValidIssuerName(display); err != nil {
		return Account{}, nil, err
	}
	display = strings.TrimSpace(display)
	name := IssuerSlug(display)
	if err := migrateLegacy(filepath.Dir(s.Dir)); err != nil {
		return Account{}, nil, err
	}
	if _, err := os.Stat(s.path(name)); err == nil {
		return Account{}, nil, fmt.Errorf("%w: there is an issuer key named %q already", ErrAccountExists, name)
	}
	k, dk, err := encryptSecret(raw, common.Address{}, passphrase, s.Scrypt)
	if err != nil {
		return Account{}, nil, err
	}
	k.Huzhu = &accountMeta{Name: name, Display: display, Kind: KindIssuer, Source: SourceGenerated, Created: now.UTC().Truncate(time.Second)}
	b, err := json.MarshalIndent(k, "", "  ")
	if err != nil {
		return Account{}, nil, err
	}
	if err := createNew(s.path(name), append(b, '\n')); errors.Is(err, fs.ErrExist) {
		return Account{}, nil, fmt.Errorf("%w: there is an issuer key named %q already", ErrAccountExists, name)
	} else if err != nil {
		return Account{}, nil, err
	}
	a, err := s.account(name)
	if err != nil {
		return a, dk, err
	}
	// The event id secret now, so that a backup of the new issuer's folder
	// has it; should this fail, the first use makes it.
	if secret, err := s.EventIDSecret(a, dk); err == nil {
		wipe(secret)
	}
	return a, dk, nil
}

// createNew writes a new file, owner-only, whole or not at all, and never
// over an existing one: two processes creating the same issuer key at
// once get one key, and the second an fs.ErrExist. It writes a temporary
// file, then links it at path (which fails if path exists).
func createNew(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".new-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// Get finds an issuer key by its display name or its slug.
func (s *IssuerStore) Get(name string) (Account, error) {
	name = strings.TrimSpace(name)
	if err := migrateLegacy(filepath.Dir(s.Dir)); err != nil {
		return Account{}, err
	}
	for _, slug := range []string{strings.ToLower(name), IssuerSlug(name)} {
		if ValidName(slug) == nil {
			if _, err := os.Stat(s.path(slug)); err == nil {
				return s.account(slug)
			}
		}
	}
	all, err := s.List()
	if err != nil {
		return Account{}, err
	}
	for _, a := range all {
		if strings.EqualFold(a.Display, name) {
			return a, nil
		}
	}
	if len(all) == 0 {
		return Account{}, fmt.Errorf("%w: no issuer key named %q, and none at all", ErrNoAccount, name)
	}
	names := make([]string, len(all))
	for i, a := range all {
		names[i] = a.Display
	}
	return Account{}, fmt.Errorf("%w: no issuer key named %q; there are: %s", ErrNoAccount, name, strings.Join(names, ", "))
}

// List returns the issuer keys, by name.
func (s *IssuerStore) List() ([]Account, error) {
	paths, err := filepath.Glob(filepath.Join(s.Dir, "*", "key.json"))
	if err != nil {
		return nil, err
	}
	var out []Account
	for _, p := range paths {
		a, err := s.account(filepath.Base(filepath.Dir(p)))
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Names are the display names of the issuer keys kept here, by their
// keys' RFC 7638 thumbprints, of the public JWK kept beside each key
// (jwk.json); a key without that file, or a store that cannot be read,
// names nothing.
func (s *IssuerStore) Names() map[[32]byte]string {
	out := map[[32]byte]string{}
	keys, err := s.List()
	if err != nil {
		return out
	}
	for _, k := range keys {
		b, err := os.ReadFile(filepath.Join(filepath.Dir(k.File), "jwk.json"))
		if err != nil {
			continue
		}
		var pub struct {
			JWK disclosure.JWK `json:"jwk"`
		}
		if json.Unmarshal(b, &pub) != nil {
			continue
		}
		if t, err := pub.JWK.Thumbprint(); err == nil {
			out[t] = k.Display
		}
	}
	return out
}

// migrateLegacy moves keys that earlier versions kept among the wallet's
// accounts (DataDir/wallet/NAME.json) into their own namespaces: issuer
// keys to DataDir/issuers/NAME/key.json (the file is unchanged, so its
// passphrase and keyring entry still open it), notary HPKE keys to
// DataDir/notary-keys/ADDRESS/legacy/NAME.json (NotaryKeyStore.MigrateLegacy
// re-keeps them once the account is unlocked). Only a rename: safe when
// several huzhu processes do it at once.
func migrateLegacy(dataDir string) error {
	files, err := filepath.Glob(filepath.Join(dataDir, "wallet", "*.json"))
	if err != nil {
		return err
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // moved by another process meanwhile
		}
		var k keystoreJSON
		if json.Unmarshal(b, &k) != nil || k.Huzhu == nil {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		var to string
		switch k.Huzhu.Kind {
		case KindIssuer:
			to = filepath.Join(dataDir, "issuers", name, "key.json")
		case KindHPKE:
			owner, ok := k.address()
			if !ok {
				continue
			}
			to = filepath.Join(dataDir, "notary-keys", strings.ToLower(owner.Hex()), "legacy", name+".json")
		default:
			continue
		}
		if _, err := os.Stat(to); err == nil {
			if _, err := os.Stat(f); errors.Is(err, os.ErrNotExist) {
				continue // another huzhu process moved it just now
			}
			return fmt.Errorf("%s is an issuer or notary key kept the old way, and %s exists too: move one of them away", f, to)
		}
		if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
			return err
		}
		if err := os.Rename(f, to); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("move %s to %s: %w", f, to, err)
		}
	}
	return nil
}
