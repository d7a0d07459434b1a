package wallet

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"golang.org/x/crypto/scrypt"
)

// Web3 Secret Storage v3 (the keystore format of geth, MetaMask, ethers).
// huzhu implements it itself, rather than through go-ethereum's keystore
// package, for one reason: unlocking from the OS keyring uses the derived
// key (the scrypt output) directly, so that the scrypt cost is paid when a
// passphrase is typed, not on every unlock.

// Scrypt parameters: StandardScrypt is the format's standard (N=2^18,
// r=8, p=1); LightScrypt is for tests only, behind an explicit option.
var (
	StandardScrypt = ScryptParams{N: 1 << 18, R: 8, P: 1}
	LightScrypt    = ScryptParams{N: 1 << 12, R: 8, P: 1}
)

// MaxScryptN bounds the scrypt cost huzhu accepts from a keystore file
// (four times the standard: 1 GiB of memory with r=8).
const MaxScryptN = 1 << 20

// ScryptParams are the cost parameters of scrypt.
type ScryptParams struct{ N, R, P int }

// ErrWrongPassphrase means the passphrase (or keyring secret) does not
// open the keystore: its MAC does not match.
var ErrWrongPassphrase = errors.New("wrong passphrase")

type keystoreJSON struct {
	Address string       `json:"address"`
	Crypto  cryptoJSON   `json:"crypto"`
	ID      string       `json:"id"`
	Version int          `json:"version"`
	Huzhu   *accountMeta `json:"x-huzhu,omitempty"`
}

type cryptoJSON struct {
	Cipher       string         `json:"cipher"`
	CipherText   string         `json:"ciphertext"`
	CipherParams cipherParams   `json:"cipherparams"`
	KDF          string         `json:"kdf"`
	KDFParams    map[string]any `json:"kdfparams"`
	MAC          string         `json:"mac"`
}

type cipherParams struct {
	IV string `json:"iv"`
}

// parseKeystore reads a v3 keystore, accepting the "Crypto" spelling of
// old files.
func parseKeystore(b []byte) (*keystoreJSON, error) {
	var k keystoreJSON
	if err := json.Unmarshal(b, &k); err != nil {
		return nil, fmt.Errorf("not a keystore file: %v", err)
	}
	if k.Crypto.Cipher == "" {
		var alt struct {
			Crypto cryptoJSON `json:"Crypto"`
		}
		if json.Unmarshal(b, &alt) == nil {
			k.Crypto = alt.Crypto
		}
	}
	if k.Version != 3 {
		return nil, fmt.Errorf("keystore version %d: only version 3 is supported", k.Version)
	}
	if k.Crypto.Cipher != "aes-128-ctr" {
		return nil, fmt.Errorf("keystore cipher %q: only aes-128-ctr is supported", k.Crypto.Cipher)
	}
	return &k, nil
}

// encryptKeyBytes seals a 32-byte secret under passphrase and returns the
// keystore (without an address) and the derived key that opens it.
func encryptKeyBytes(priv []byte, passphrase []byte, sp ScryptParams) (*keystoreJSON, []byte, error) {
	salt := make([]byte, 32)
	iv := make([]byte, aes.BlockSize)
	if _, err := rand.Read(salt); err != nil {
		return nil, nil, err
	}
	if _, err := rand.Read(iv); err != nil {
		return nil, nil, err
	}
	dk, err := scrypt.Key(passphrase, salt, sp.N, sp.R, sp.P, 32)
	if err != nil {
		return nil, nil, err
	}
	ct, err := aesCTR(dk[:16], iv, priv)
	if err != nil {
		return nil, nil, err
	}
	k := &keystoreJSON{
		Crypto: cryptoJSON{
			Cipher:       "aes-128-ctr",
			CipherText:   hex.EncodeToString(ct),
			CipherParams: cipherParams{IV: hex.EncodeToString(iv)},
			KDF:          "scrypt",
			KDFParams: map[string]any{
				"n": sp.N, "r": sp.R, "p": sp.P, "dklen": 32, "salt": hex.EncodeToString(salt),
			},
			MAC: hex.EncodeToString(crypto.Keccak256(dk[16:32], ct)),
		},
		ID:      uuid.NewString(),
		Version: 3,
	}
	return k, dk, nil
}

// derive runs the keystore's KDF over passphrase.
func (k *keystoreJSON) derive(passphrase []byte) ([]byte, error) {
	p := k.Crypto.KDFParams
	num := func(name string) (int, error) {
		v, ok := p[name].(float64)
		if !ok {
			if i, ok := p[name].(int); ok {
				return i, nil
			}
			return 0, fmt.Errorf("keystore kdfparams.%s missing", name)
		}
		return int(v), nil
	}
	saltHex, _ := p["salt"].(string)
	salt, err := hex.DecodeString(saltHex)
	if err != nil {
		return nil, fmt.Errorf("keystore kdfparams.salt: %v", err)
	}
	dklen, err := num("dklen")
	if err != nil {
		return nil, err
	}
	if dklen != 32 {
		return nil, fmt.Errorf("keystore dklen %d: version 3 uses 32", dklen)
	}
	// Costs come from the file: bound them, so that a hostile keystore
	// cannot ask for terabytes of memory or hours of work.
	switch k.Crypto.KDF {
	case "scrypt":
		n, err1 := num("n")
		r, err2 := num("r")
		pp, err3 := num("p")
		if err := errors.Join(err1, err2, err3); err != nil {
			return nil, err
		}
		if n < 2 || n > MaxScryptN || n&(n-1) != 0 || r < 1 || r > 16 || pp < 1 || pp > 16 {
			return nil, fmt.Errorf("keystore scrypt parameters n=%d r=%d p=%d are out of bounds (n a power of 2 up to %d, r and p up to 16)", n, r, pp, MaxScryptN)
		}
		return scrypt.Key(passphrase, salt, n, r, pp, dklen)
	case "pbkdf2":
		c, err := num("c")
		if err != nil {
			return nil, err
		}
		if c < 1 || c > 10_000_000 {
			return nil, fmt.Errorf("keystore pbkdf2 count %d is out of bounds (1 to 10,000,000)", c)
		}
		if prf, _ := p["prf"].(string); prf != "hmac-sha256" {
			return nil, fmt.Errorf("keystore pbkdf2 prf %q: only hmac-sha256 is supported", prf)
		}
		return pbkdf2.Key(sha256.New, string(passphrase), salt, c, dklen)
	}
	return nil, fmt.Errorf("keystore kdf %q: only scrypt and pbkdf2 are supported", k.Crypto.KDF)
}

// open decrypts the key with a derived key, checking the MAC first.
func (k *keystoreJSON) open(dk []byte) ([]byte, error) {
	if len(dk) < 32 {
		return nil, ErrWrongPassphrase
	}
	ct, err := hex.DecodeString(k.Crypto.CipherText)
	if err != nil {
		return nil, fmt.Errorf("keystore ciphertext: %v", err)
	}
	mac, err := hex.DecodeString(k.Crypto.MAC)
	if err != nil {
		return nil, fmt.Errorf("keystore mac: %v", err)
	}
	if subtle.ConstantTimeCompare(crypto.Keccak256(dk[16:32], ct), mac) != 1 {
		return nil, ErrWrongPassphrase
	}
	iv, err := hex.DecodeString(k.Crypto.CipherParams.IV)
	if err != nil || len(iv) != aes.BlockSize {
		return nil, fmt.Errorf("keystore iv is malformed")
	}
	return aesCTR(dk[:16], iv, ct)
}

// address returns the keystore's recorded address, if any.
func (k *keystoreJSON) address() (common.Address, bool) {
	if !common.IsHexAddress(k.Address) {
		return common.Address{}, false
	}
	return common.HexToAddress(k.Address), true
}

func aesCTR(key, iv, in []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(in))
	cipher.NewCTR(block, iv).XORKeyStream(out, in)
	return out, nil
}
