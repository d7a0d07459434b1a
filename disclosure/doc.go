// Package disclosure owns what a claim reveals and to whom.
//
// Medical credentials are SD-JWT VCs (RFC 9901, draft-ietf-oauth-sd-jwt-vc)
// written on standard primitives: issued by a hospital with ES256 (P-256),
// bound to the member's secp256k1 wallet key in cnf.jwk, every medical fact
// selectively disclosable (object members, array elements, nested), salts of
// 128 bits from crypto/rand, decoy digests. A claim presents exactly the
// facts the community's policy requires (plus any the member adds), with a
// Key Binding JWT signed ES256K (low S) by the wallet key for
// aud = eip155:<chainId>:<community> and a nonce naming the claim. Verify
// applies every rule of RFC 9901 section 7 and says which one failed
// (VerifyError.Rule). Review runs the notary's checklist (SPEC section 7).
//
// The presentation travels in a sealed envelope: HPKE (RFC 9180, Go's
// crypto/hpke) with MLKEM768-X25519 (X-Wing), HKDF-SHA256 and AES-256-GCM,
// one content key sealed to every notary of the claim's term.
//
// # Envelope byte format, version 1
//
// Integers are big-endian.
//
//	offset  size  field
//	0       4     magic "HZEV"
//	4       1     version = 1
//	5       2     HPKE KEM id  = 0x647a (MLKEM768-X25519)
//	7       2     HPKE KDF id  = 0x0001 (HKDF-SHA256)
//	9       2     HPKE AEAD id = 0x0002 (AES-256-GCM)
//	11      1     n, the number of recipients, 1 to 32
//	12      ...   n recipient blocks, each:
//	                32  key id = keccak256(recipient's HPKE public key),
//	                    the notaryKeyHash the contract stores
//	                2   length of enc, then enc (the KEM encapsulation, 1,120 bytes)
//	                2   length of wrapped, then wrapped: HPKE single-shot seal of
//	                    the 32-byte content key with info
//	                    "huzhu claim envelope v1" 0x00 <context>
//	...     32    key commitment: SHA-256("huzhu envelope key commitment v1" ||
//	              content key), checked before decrypting, because AES-GCM
//	              alone does not bind a ciphertext to one key
//	...     12    payload nonce
//	...     rest  AES-256-GCM(content key, nonce, payload,
//	              additional data = every byte before this field)
//
// The context is the community's eip155:<chainId>:<address>. The payload is
// the JSON of ClaimPayload: {"v":1,"claim":{chainId, community, member,
// amount, nullifier, salt},"presentation":"<SD-JWT with KB-JWT>"}. Because
// the payload's additional data covers the whole header and every recipient
// block, any change to the envelope makes it fail to open. The contract
// stores keccak256(envelope) (inside its evidence commitment); an envelope
// for five notaries is about 8.9 KB.
//
// The nullifier on chain is keccak256(issuer key thumbprint || event_id):
// the same medical event cannot be paid twice, and nothing about it is
// readable on chain (issuers use unguessable event ids).
package disclosure
