package contracts

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var permitTypeHash = crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))

// PermitDigest is the EIP-712 digest an owner signs for an EIP-2612 permit,
// given the token's DOMAIN_SEPARATOR().
func PermitDigest(domainSeparator [32]byte, owner, spender common.Address, value, nonce, deadline *big.Int) common.Hash {
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	structHash := crypto.Keccak256(
		permitTypeHash[:],
		word(owner[:]), word(spender[:]),
		word(value.Bytes()), word(nonce.Bytes()), word(deadline.Bytes()),
	)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domainSeparator[:], structHash)
}
