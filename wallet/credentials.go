package wallet

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/internal/atomicfile"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Credentials a member holds (SD-JWT VCs) are kept encrypted in
// DataDir/credentials, one file each, 0600: AES-256-GCM under a key derived
// (HKDF-SHA256) from the account's private key, so that what unlocks the
// account, and nothing less, opens them, and re-importing the account (a new
// keystore, a new passphrase) keeps them readable. Not even the issuer's
// name is stored in the clear.

// ErrNoCredential means no credential has the id asked for.
var ErrNoCredential = errors.New("no such credential")

// CredentialStore keeps a member's credentials.
type CredentialStore struct{ Dir string }

// NewCredentialStore returns the credential store of a data dir.
func NewCredentialStore(dataDir string) *CredentialStore {
	return &CredentialStore{Dir: filepath.Join(dataDir, "credentials")}
}

type credentialFile struct {
	ID         string         `json:"id"`
	Account    common.Address `json:"account"`
	Imported   time.Time      `json:"imported"`
	Nonce      string         `json:"nonce"`
	Ciphertext string         `json:"ciphertext"`
	path       string
}

// StoredCredential is one credential, decrypted.
type StoredCredential struct {
	ID       string
	Account  common.Address
	Imported time.Time
	SDJWT    string
}

func credentialAEAD(key *ecdsa.PrivateKey) (cipher.AEAD, error) {
	secret := crypto.FromECDSA(key)
	defer wipe(secret)
	k, err := hkdf.Key(sha256.New, secret, nil, "huzhu credentials v1", 32)
	if err != nil {
		return nil, err
	}
	defer wipe(k)
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// CredentialID is a credential's short id: the first 6 bytes of the
// SHA-256 of its issuer-signed JWT's header and payload, in hex (not of
// the signature, which ECDSA could re-randomize).
func CredentialID(sdjwt string) string {
	jwt, _, _ := strings.Cut(sdjwt, "~")
	if i := strings.LastIndexByte(jwt, '.'); i > 0 {
		jwt = jwt[:i]
	}
	sum := sha256.Sum256([]byte(jwt))
	return hex.EncodeToString(sum[:6])
}

// Add stores a credential for an account, encrypted under its key.
// Importing the same credential twice is refused.
func (c *CredentialStore) Add(a Account, key *ecdsa.PrivateKey, sdjwt string, now time.Time) (string, error) {
	id := CredentialID(sdjwt)
	path := filepath.Join(c.Dir, id+".json")
	if _, err := os.Stat(path); err == nil {
		return id, i18n.SayErr(nil, "credential %s is already in the wallet", id)
	}
	aead, err := credentialAEAD(key)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	f := credentialFile{ID: id, Account: a.Address, Imported: now.UTC().Truncate(time.Second), Nonce: hex.EncodeToString(nonce)}
	aad := []byte(id + "|" + strings.ToLower(a.Address.Hex()))
	f.Ciphertext = hex.EncodeToString(aead.Seal(nil, nonce, []byte(sdjwt), aad))
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return "", err
	}
	return id, atomicfile.Write(path, append(b, '\n'), 0o600)
}

func (c *CredentialStore) files() ([]credentialFile, error) {
	paths, err := filepath.Glob(filepath.Join(c.Dir, "*.json"))
	if err != nil {
		return nil, err
	}
	var out []credentialFile
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var f credentialFile
		if err := json.Unmarshal(b, &f); err != nil {
			return nil, i18n.SayErr(err, "%s is damaged: %v", p, err)
		}
		f.path = p
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Imported.Before(out[j].Imported) })
	return out, nil
}

// Accounts lists the accounts that hold credentials.
func (c *CredentialStore) Accounts() ([]common.Address, error) {
	fs, err := c.files()
	if err != nil {
		return nil, err
	}
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, f := range fs {
		if !seen[f.Account] {
			seen[f.Account] = true
			out = append(out, f.Account)
		}
	}
	return out, nil
}

// UnreadableError lists credentials that would not open; the others were
// read, and are returned beside it.
type UnreadableError struct{ IDs []string }

func (e *UnreadableError) Error() string {
	return fmt.Sprintf("credential(s) %s do not open with this account's key (damaged files?)", strings.Join(e.IDs, ", "))
}

// List decrypts every credential of an account. Files that do not open are
// named in an *UnreadableError, returned with the ones that did.
func (c *CredentialStore) List(a Account, key *ecdsa.PrivateKey) ([]StoredCredential, error) {
	fs, err := c.files()
	if err != nil {
		return nil, err
	}
	aead, err := credentialAEAD(key)
	if err != nil {
		return nil, err
	}
	var out []StoredCredential
	var bad []string
	for _, f := range fs {
		if f.Account != a.Address {
			continue
		}
		nonce, err1 := hex.DecodeString(f.Nonce)
		ct, err2 := hex.DecodeString(f.Ciphertext)
		if errors.Join(err1, err2) != nil || len(nonce) != aead.NonceSize() {
			bad = append(bad, f.ID)
			continue
		}
		pt, err := aead.Open(nil, nonce, ct, []byte(f.ID+"|"+strings.ToLower(f.Account.Hex())))
		if err != nil {
			bad = append(bad, f.ID)
			continue
		}
		out = append(out, StoredCredential{ID: f.ID, Account: f.Account, Imported: f.Imported, SDJWT: string(pt)})
	}
	if len(bad) > 0 {
		return out, &UnreadableError{IDs: bad}
	}
	return out, nil
}

// Get decrypts one credential by id (or a unique prefix of it).
func (c *CredentialStore) Get(a Account, key *ecdsa.PrivateKey, id string) (StoredCredential, error) {
	all, err := c.List(a, key)
	var unreadable *UnreadableError
	if err != nil && !errors.As(err, &unreadable) {
		return StoredCredential{}, err
	}
	var found []StoredCredential
	for _, s := range all {
		if strings.HasPrefix(s.ID, strings.ToLower(id)) && id != "" {
			found = append(found, s)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return StoredCredential{}, i18n.SayErr(ErrNoCredential, "no such credential %q for %s", id, a.Name)
	}
	return StoredCredential{}, i18n.SayErr(nil, "%q names %d credentials; give more of the id", id, len(found))
}

// Count is how many credentials the account holds here (it needs no key).
func (c *CredentialStore) Count(a common.Address) (int, error) {
	fs, err := c.files()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, f := range fs {
		if f.Account == a {
			n++
		}
	}
	return n, nil
}

// Remove deletes every credential of the account and returns how many.
func (c *CredentialStore) Remove(a common.Address) (int, error) {
	fs, err := c.files()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, f := range fs {
		if f.Account != a {
			continue
		}
		if err := os.Remove(f.path); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
