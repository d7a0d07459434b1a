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

	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/atomicfile"
)

// A notary's HPKE private keys (the seeds of its X-Wing key pairs, one per
// rotation) are kept in DataDir/notary-keys/ADDRESS/KEYID.json, 0600, each
// sealed with AES-256-GCM under a key derived (HKDF-SHA256) from the
// notary account's private key, as credentials are. So they open with
// whatever unlocks the account, on any machine the account is imported
// on, from its recovery phrase or its private key: a new keystore or a new
// passphrase changes nothing. They have a namespace of their own (the key
// id, keccak256 of the public key, which the contract also records), so no
// account name can collide with them.

// NotaryKeyInfo is one kept HPKE key, as listed (without the secret).
type NotaryKeyInfo struct {
	Notary  common.Address
	ID      common.Hash // disclosure.KeyID of the public key
	Created time.Time
	File    string
}

// NotaryKeyStore keeps notaries' HPKE private keys.
type NotaryKeyStore struct{ Dir string }

// NewNotaryKeyStore returns the notary key store of a data dir.
func NewNotaryKeyStore(dataDir string) *NotaryKeyStore {
	return &NotaryKeyStore{Dir: filepath.Join(dataDir, "notary-keys")}
}

type notaryKeyFile struct {
	Version    int            `json:"version"`
	Notary     common.Address `json:"notary"`
	KeyID      common.Hash    `json:"key_id"`
	Created    time.Time      `json:"created"`
	Nonce      string         `json:"nonce"`
	Ciphertext string         `json:"ciphertext"`
}

func (s *NotaryKeyStore) dir(notary common.Address) string {
	return filepath.Join(s.Dir, strings.ToLower(notary.Hex()))
}

func notaryKeyAEAD(key *ecdsa.PrivateKey) (cipher.AEAD, error) {
	secret := crypto.FromECDSA(key)
	defer wipe(secret)
	k, err := hkdf.Key(sha256.New, secret, nil, "huzhu notary hpke keys v1", 32)
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

func notaryKeyAAD(notary common.Address, id common.Hash) []byte {
	return []byte("huzhu notary hpke key|" + strings.ToLower(notary.Hex()) + "|" + id.Hex())
}

// Add keeps an HPKE key of the notary whose account key is account.
func (s *NotaryKeyStore) Add(account *ecdsa.PrivateKey, k *disclosure.NotaryKey, created time.Time) (NotaryKeyInfo, error) {
	notary := crypto.PubkeyToAddress(account.PublicKey)
	id := common.Hash(k.ID())
	seed, err := k.Seed()
	if err != nil {
		return NotaryKeyInfo{}, err
	}
	defer wipe(seed)
	aead, err := notaryKeyAEAD(account)
	if err != nil {
		return NotaryKeyInfo{}, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return NotaryKeyInfo{}, err
	}
	f := notaryKeyFile{
		Version: 1, Notary: notary, KeyID: id, Created: created.UTC().Truncate(time.Second), Nonce: hex.EncodeToString(nonce),
		Ciphertext: hex.EncodeToString(aead.Seal(nil, nonce, seed, notaryKeyAAD(notary, id))),
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return NotaryKeyInfo{}, err
	}
	if err := os.MkdirAll(s.dir(notary), 0o700); err != nil {
		return NotaryKeyInfo{}, err
	}
	path := filepath.Join(s.dir(notary), id.Hex()+".json")
	if err := atomicfile.Write(path, append(b, '\n'), 0o600); err != nil {
		return NotaryKeyInfo{}, err
	}
	return NotaryKeyInfo{Notary: notary, ID: id, Created: f.Created, File: path}, nil
}

// List returns the notary's kept HPKE keys, oldest first. It needs no key.
func (s *NotaryKeyStore) List(notary common.Address) ([]NotaryKeyInfo, error) {
	paths, err := filepath.Glob(filepath.Join(s.dir(notary), "*.json"))
	if err != nil {
		return nil, err
	}
	var out []NotaryKeyInfo
	for _, p := range paths {
		f, err := readNotaryKeyFile(p)
		if err != nil {
			return nil, err
		}
		if f.Notary != notary {
			return nil, fmt.Errorf("%s belongs to %s, not %s: move it to its notary's folder", p, f.Notary.Hex(), notary.Hex())
		}
		out = append(out, NotaryKeyInfo{Notary: f.Notary, ID: f.KeyID, Created: f.Created, File: p})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out, nil
}

func readNotaryKeyFile(p string) (notaryKeyFile, error) {
	var f notaryKeyFile
	b, err := os.ReadFile(p)
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(b, &f); err != nil || f.Version != 1 {
		return f, fmt.Errorf("%s is not a notary key file of huzhu (damaged?)", p)
	}
	return f, nil
}

// ErrNotaryKeyLocked means a kept HPKE key does not open with the account's
// private key: the file is damaged, or it belongs to another key.
var ErrNotaryKeyLocked = errors.New("the HPKE key does not open with this account's key")

// Open decrypts one of the notary's HPKE keys with its account key, and
// checks that it is the key its id names.
func (s *NotaryKeyStore) Open(account *ecdsa.PrivateKey, info NotaryKeyInfo) (*disclosure.NotaryKey, error) {
	f, err := readNotaryKeyFile(info.File)
	if err != nil {
		return nil, err
	}
	notary := crypto.PubkeyToAddress(account.PublicKey)
	aead, err := notaryKeyAEAD(account)
	if err != nil {
		return nil, err
	}
	nonce, err1 := hex.DecodeString(f.Nonce)
	ct, err2 := hex.DecodeString(f.Ciphertext)
	if errors.Join(err1, err2) != nil || len(nonce) != aead.NonceSize() {
		return nil, fmt.Errorf("%s is damaged", info.File)
	}
	seed, err := aead.Open(nil, nonce, ct, notaryKeyAAD(notary, f.KeyID))
	if err != nil {
		return nil, fmt.Errorf("%w (%s)", ErrNotaryKeyLocked, info.File)
	}
	defer wipe(seed)
	k, err := disclosure.NotaryKeyFromSeed(seed)
	if err != nil {
		return nil, err
	}
	if common.Hash(k.ID()) != f.KeyID {
		return nil, fmt.Errorf("%s: the key inside is not the one its id names", info.File)
	}
	return k, nil
}

// Legacy lists HPKE keys kept the old way (before huzhu 0.x kept them here):
// v3 keystores protected by the account keystore's derived key, moved out
// of the wallet's namespace into DataDir/notary-keys/ADDRESS/legacy/.
// MigrateLegacy turns them into the new form.
func (s *NotaryKeyStore) Legacy(notary common.Address) ([]Account, error) {
	if err := migrateLegacy(filepath.Dir(s.Dir)); err != nil {
		return nil, err
	}
	paths, err := filepath.Glob(filepath.Join(s.dir(notary), "legacy", "*.json"))
	if err != nil {
		return nil, err
	}
	var out []Account
	for _, p := range paths {
		_, a, err := (&Store{}).read(p)
		if err != nil {
			return nil, err
		}
		out = append(out, *a)
	}
	return out, nil
}

// MigrateLegacy re-keeps an old-form HPKE key (see Legacy) under the
// account's private key, given the secret that opened it before: the
// account keystore's derived key (the old protection), or the key's own
// derived key from the keyring. The old file is removed once the new one is
// written.
func (s *NotaryKeyStore) MigrateLegacy(account *ecdsa.PrivateKey, old Account, accountDK, legacyDK []byte) (NotaryKeyInfo, error) {
	ws := &Store{}
	var seed []byte
	var err error
	if legacyDK != nil {
		seed, err = ws.OpenSecret(old, legacyDK)
	}
	if seed == nil && accountDK != nil {
		var dk []byte
		if dk, err = ws.Derive(old, accountDK); err == nil {
			defer wipe(dk)
			seed, err = ws.OpenSecret(old, dk)
		}
	}
	if seed == nil {
		if err == nil || errors.Is(err, ErrWrongPassphrase) {
			err = fmt.Errorf("%s was sealed under this account's earlier keystore file (before it was removed or re-imported), which huzhu no longer has, and the keyring has no entry for it: it cannot be opened here. If you kept a copy of that earlier keystore file, put it back as the account's keystore and run this again; otherwise publish a new notary key and remove %s", old.File, old.File)
		}
		return NotaryKeyInfo{}, err
	}
	defer wipe(seed)
	k, err := disclosure.NotaryKeyFromSeed(seed)
	if err != nil {
		return NotaryKeyInfo{}, fmt.Errorf("%s: %w", old.File, err)
	}
	info, err := s.Add(account, k, old.Created)
	if err != nil {
		return NotaryKeyInfo{}, err
	}
	return info, os.Remove(old.File)
}

// Remove deletes every HPKE key of the notary (new and old form) and
// returns how many there were.
func (s *NotaryKeyStore) Remove(notary common.Address) (int, error) {
	n, err := s.Count(notary)
	if err != nil {
		return 0, err
	}
	return n, os.RemoveAll(s.dir(notary))
}

// Count is how many HPKE keys (new and old form) the notary has here.
func (s *NotaryKeyStore) Count(notary common.Address) (int, error) {
	keys, err := s.List(notary)
	if err != nil {
		return 0, err
	}
	old, err := s.Legacy(notary)
	return len(keys) + len(old), err
}
