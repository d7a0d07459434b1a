package wallet_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/zalando/go-keyring"

	"github.com/huzhu-community/huzhu/wallet"
)

// BenchmarkUnlockFromKeyringAndSign is one action of a wallet in daily
// use: the derived key from the keyring (go-keyring's in-memory mock here;
// wallet/keyringtest has the same over the real Secret Service), the
// keystore opened without scrypt, an EIP-1559 transaction signed.
func BenchmarkUnlockFromKeyringAndSign(b *testing.B) {
	keyring.MockInit()
	benchUnlockAndSign(b, wallet.OSKeyring{})
}

func benchUnlockAndSign(b *testing.B, kr wallet.Keyring) {
	s := wallet.NewStore(b.TempDir())
	key, _ := crypto.GenerateKey()
	a, dk, err := s.Add(key, []byte("benchmark passphrase"), wallet.AddOptions{Name: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	if err := wallet.Remember(kr, a, dk); err != nil {
		b.Fatal(err)
	}
	u := &wallet.Unlocker{Store: s, Keyring: kr}
	to := common.HexToAddress("0x00000000000000000000000000000000000000e1")
	signer := types.LatestSignerForChainID(big.NewInt(1337))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k, err := u.Key(a)
		if err != nil {
			b.Fatal(err)
		}
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: uint64(i), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &to, Value: big.NewInt(1)})
		if _, err := types.SignTx(tx, signer, k); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnlockWithPassphrase is the same with the passphrase typed:
// scrypt at the standard cost, paid once per unlock.
func BenchmarkUnlockWithPassphrase(b *testing.B) {
	s := wallet.NewStore(b.TempDir())
	key, _ := crypto.GenerateKey()
	a, _, err := s.Add(key, []byte("benchmark passphrase"), wallet.AddOptions{Name: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Derive(a, []byte("benchmark passphrase")); err != nil {
			b.Fatal(err)
		}
	}
}
