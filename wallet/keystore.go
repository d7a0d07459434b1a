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
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"golang.org/x/crypto/scrypt"

	"github.com/huzhu-community/huzhu/internal/i18n"
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

// Bounds on the scrypt costs huzhu accepts from a keystore file, on what
// they cost rather than on each parameter: memory is 128·r·N bytes, work is
// proportional to p·r·N. Both are four times the format's standard
// (N=2^18, r=8, p=1: 256 MiB, p·r·N = 2^21, about 1 s here), so every
// keystore geth writes (standard, and light: N=2^12, r=8, p=6) and ethers
// writes (N=2^17, r=8, p=1) opens, and a hostile file cannot ask for more
// than 1 GiB or about 4 s.
const (
	MaxScryptMemory = 1 << 30 // bytes: 128·r·N
	MaxScryptWork   = 1 << 23 // p·r·N
)

// checkScrypt bounds scrypt parameters read from a file (see MaxScryptMemory).
func checkScrypt(n, r, p uint64) error {
	switch {
	case n < 2 || n&(n-1) != 0:
		return fmt.Errorf("keystore scrypt n=%d: it must be a power of 2, at least 2", n)
	case r < 1 || p < 1:
		return fmt.Errorf("keystore scrypt r=%d p=%d: both must be at least 1", r, p)
	case n > MaxScryptMemory/128 || r > MaxScryptMemory/(128*n): // 128·r·N > max, without overflow
		return fmt.Errorf("keystore scrypt n=%d r=%d needs more than %d MiB of memory (128·r·N); huzhu accepts up to %d MiB", n, r, MaxScryptMemory>>20, MaxScryptMemory>>20)
	case p > MaxScryptWork || p*r*n > MaxScryptWork:
		return fmt.Errorf("keystore scrypt n=%d r=%d p=%d asks for more work (p·r·N) than huzhu accepts (%d, four times the standard)", n, r, p, MaxScryptWork)
	}
	return nil
}

// ScryptParams are the cost parameters of scrypt.
type ScryptParams struct{ N, R, P int }

// ErrWrongPassphrase means the passphrase (or keyring secret) does not
// open the keystore: its MAC does not match.
var ErrWrongPassphrase = i18n.SayErr(nil, "wrong passphrase")

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

// parseKeystore reads a v3 keystore. The "Crypto" spelling of old files
// needs nothing of its own: encoding/json matches keys case-insensitively.
func parseKeystore(b []byte) (*keystoreJSON, error) {
	var k keystoreJSON
	if err := json.Unmarshal(b, &k); err != nil {
		return nil, i18n.SayErr(err, "not a keystore file: it is not the JSON of one")
	}
	if k.Version != 3 {
		return nil, i18n.SayErr(nil, "keystore version %d: only version 3 is supported", k.Version)
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

// kdfParam is a whole-number parameter of the keystore's KDF.
func (k *keystoreJSON) kdfParam(name string) (int, error) {
	p := k.Crypto.KDFParams
	v, ok := p[name].(float64)
	if !ok {
		if i, ok := p[name].(int); ok {
			return i, nil
		}
		return 0, fmt.Errorf("keystore kdfparams.%s missing", name)
	}
	// An integer that fits: no conversion of 1e300 or 2.5 to an int.
	if v != math.Trunc(v) || v < 0 || v > 1<<40 {
		return 0, fmt.Errorf("keystore kdfparams.%s=%v is not a whole number within bounds", name, v)
	}
	return int(v), nil
}

// scryptParams are the keystore's scrypt costs, bounded as derive bounds
// them; ok is false for another KDF.
func (k *keystoreJSON) scryptParams() (sp ScryptParams, ok bool, err error) {
	if k.Crypto.KDF != "scrypt" {
		return ScryptParams{}, false, nil
	}
	n, err1 := k.kdfParam("n")
	r, err2 := k.kdfParam("r")
	p, err3 := k.kdfParam("p")
	if err := errors.Join(err1, err2, err3); err != nil {
		return ScryptParams{}, true, err
	}
	if err := checkScrypt(uint64(n), uint64(r), uint64(p)); err != nil {
		return ScryptParams{}, true, err
	}
	return ScryptParams{N: n, R: r, P: p}, true, nil
}

// derive runs the keystore's KDF over passphrase.
func (k *keystoreJSON) derive(passphrase []byte) ([]byte, error) {
	p := k.Crypto.KDFParams
	num := k.kdfParam
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
		sp, _, err := k.scryptParams()
		if err != nil {
			return nil, err
		}
		return scrypt.Key(passphrase, salt, sp.N, sp.R, sp.P, dklen)
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
