package wallet

import (
	"crypto/aes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

// An issuer's event id secret (the key of disclosure.RecordEventID) is
// kept beside its signing key, in DataDir/issuers/SLUG/event-id-secret.json:
// a Web3 Secret Storage v3 file with the key file's own KDF parameters
// and salt, so the issuer's passphrase, or the derived key the keyring
// remembers, opens both; it has an IV and a MAC of its own. Adding an
// issuer key makes it; an issuer key made before event ids had a secret
// gets one the first time it is asked for. It is written whole or not at
// all and never over another, so two processes asking at once get the
// same secret: a second secret would give a record a second event id,
// and the event a second payout. A backup of an issuer keeps the folder,
// both files.
const eventIDSecretFile = "event-id-secret.json"

// EventIDSecret returns the event id secret of an issuer key (an entry
// of this store), opened with the key's derived key; one is made and kept
// if the key has none yet. A derived key that does not open the signing
// key is ErrWrongPassphrase, and makes nothing.
func (s *IssuerStore) EventIDSecret(acct Account, dk []byte) ([]byte, error) {
	path := filepath.Join(filepath.Dir(acct.File), eventIDSecretFile)
	if secret, err := openEventIDSecret(path, dk); !errors.Is(err, fs.ErrNotExist) {
		return secret, err
	}
	k, _, err := (&Store{}).read(acct.File)
	if err != nil {
		return nil, err
	}
	raw, err := k.open(dk)
	if err != nil {
		return nil, err
	}
	wipe(raw)
	secret := disclosure.NewEventIDSecret()
	iv := make([]byte, aes.BlockSize)
	rand.Read(iv)
	ct, err := aesCTR(dk[:16], iv, secret)
	if err != nil {
		return nil, err
	}
	kept := &keystoreJSON{
		Crypto: cryptoJSON{
			Cipher: "aes-128-ctr", CipherText: hex.EncodeToString(ct), CipherParams: cipherParams{IV: hex.EncodeToString(iv)},
			KDF: k.Crypto.KDF, KDFParams: k.Crypto.KDFParams, MAC: hex.EncodeToString(crypto.Keccak256(dk[16:32], ct)),
		},
		ID: uuid.NewString(), Version: 3,
	}
	b, err := json.MarshalIndent(kept, "", "  ")
	if err != nil {
		return nil, err
	}
	switch err := createNew(path, append(b, '\n')); {
	case errors.Is(err, fs.ErrExist):
		// Another process made it first: the secret is that one.
		wipe(secret)
		return openEventIDSecret(path, dk)
	case err != nil:
		wipe(secret)
		return nil, err
	}
	return secret, nil
}

func openEventIDSecret(path string, dk []byte) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	k, err := parseKeystore(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	secret, err := k.open(dk)
	if err != nil {
		return nil, err
	}
	if len(secret) != disclosure.EventIDSecretSize {
		wipe(secret)
		return nil, i18n.SayErr(nil, "%s is damaged: it holds no event id secret; restore it from a backup of the issuer's folder (a new secret would give every record a new event id)", path)
	}
	return secret, nil
}
