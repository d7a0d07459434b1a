package wallet

import (
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	_ "embed"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// The BIP-39 English wordlist, as published in the BIP repository
// (SHA-256 2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda,
// checked by TestWordlistIsTheOfficialOne).
//
//go:embed bip39_english.txt
var englishText string

var (
	wordlist  = strings.Fields(englishText)
	wordIndex = func() map[string]int {
		m := make(map[string]int, len(wordlist))
		for i, w := range wordlist {
			m[w] = i
		}
		return m
	}()
)

// ErrBadMnemonic means a mnemonic is not valid BIP-39.
var ErrBadMnemonic = errors.New("not a valid BIP-39 mnemonic")

// NewMnemonic returns a fresh mnemonic of 12 or 24 words from crypto/rand.
func NewMnemonic(words int) (string, error) {
	var n int
	switch words {
	case 12:
		n = 16
	case 24:
		n = 32
	default:
		return "", fmt.Errorf("a mnemonic has 12 or 24 words, not %d", words)
	}
	entropy := make([]byte, n)
	if _, err := rand.Read(entropy); err != nil {
		return "", err
	}
	defer wipe(entropy)
	return MnemonicFromEntropy(entropy)
}

// MnemonicFromEntropy encodes 16 to 32 bytes (a multiple of 4) of entropy.
func MnemonicFromEntropy(entropy []byte) (string, error) {
	if len(entropy) < 16 || len(entropy) > 32 || len(entropy)%4 != 0 {
		return "", fmt.Errorf("BIP-39 entropy is 16 to 32 bytes in steps of 4, not %d", len(entropy))
	}
	sum := sha256.Sum256(entropy)
	csBits := len(entropy) * 8 / 32
	// entropy || checksum bits, as one big number read 11 bits at a time.
	v := new(big.Int).SetBytes(entropy)
	v.Lsh(v, uint(csBits))
	v.Or(v, big.NewInt(int64(sum[0]>>(8-csBits))))
	words := (len(entropy)*8 + csBits) / 11
	out := make([]string, words)
	mask := big.NewInt(2047)
	for i := words - 1; i >= 0; i-- {
		out[i] = wordlist[new(big.Int).And(v, mask).Int64()]
		v.Rsh(v, 11)
	}
	return strings.Join(out, " "), nil
}

// NormalizeMnemonic folds case and spacing (people copy mnemonics from
// paper and from other wallets).
func NormalizeMnemonic(m string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFKD.String(m))), " ")
}

// ValidateMnemonic checks word count, words and checksum, saying which
// failed (never echoing the mnemonic itself).
func ValidateMnemonic(m string) error {
	words := strings.Fields(NormalizeMnemonic(m))
	switch len(words) {
	case 12, 15, 18, 21, 24:
	default:
		return i18n.SayErr(ErrBadMnemonic, "not a valid BIP-39 mnemonic: it has %d words; BIP-39 mnemonics have 12, 15, 18, 21 or 24", len(words))
	}
	v := new(big.Int)
	for i, w := range words {
		idx, ok := wordIndex[w]
		if !ok {
			return i18n.SayErr(ErrBadMnemonic, "not a valid BIP-39 mnemonic: word %d is not in the BIP-39 English list", i+1)
		}
		v.Lsh(v, 11)
		v.Or(v, big.NewInt(int64(idx)))
	}
	csBits := len(words) * 11 / 33
	entBytes := (len(words)*11 - csBits) / 8
	cs := new(big.Int).And(v, big.NewInt(int64(1<<csBits-1)))
	v.Rsh(v, uint(csBits))
	entropy := v.FillBytes(make([]byte, entBytes))
	defer wipe(entropy)
	sum := sha256.Sum256(entropy)
	if int64(sum[0]>>(8-csBits)) != cs.Int64() {
		return i18n.SayErr(ErrBadMnemonic, "not a valid BIP-39 mnemonic: the checksum does not match (a word is wrong or out of order)")
	}
	return nil
}

// Seed derives the 64-byte BIP-39 seed of a mnemonic and optional
// passphrase (PBKDF2-HMAC-SHA512, 2048 rounds, NFKD-normalized input).
func Seed(mnemonic, passphrase string) ([]byte, error) {
	m := norm.NFKD.String(strings.Join(strings.Fields(mnemonic), " "))
	salt := "mnemonic" + norm.NFKD.String(passphrase)
	return pbkdf2.Key(sha512.New, m, []byte(salt), 2048, 64)
}

func wipe(b []byte) {
	for i := range b {
		b[i] = 0
	}
}
