// Package disclosure owns what a claim reveals and to whom.
//
// Medical credentials are SD-JWT VCs (RFC 9901, draft-ietf-oauth-sd-jwt-vc)
// written on standard primitives: issued by a hospital with ES256 (P-256),
// bound to the member's secp256k1 wallet key in cnf.jwk, every medical fact
// selectively disclosable (object members, array elements, nested), salts of
// 128 bits from crypto/rand. Every credential huzhu issues has one shape
// (MedicalShape): its top-level _sd holds 24 digests, a nested object's _sd
// 12 and an array 16 elements, decoys filling up, so neither a credential
// nor a presentation tells which facts exist or how many procedures there
// were. A claim presents exactly the facts the community's policy requires
// (plus any the member adds), with a Key Binding JWT signed ES256K (low S)
// by the wallet key for aud = eip155:<chainId>:<community> and a nonce
// naming the claim. Verify applies every rule of RFC 9901 section 7 and
// says which one failed (VerifyError.Rule); only an array element that is
// an object with the one key "..." and a string value is a digest, any
// other ({"...": 42}) is an ordinary element. For an SD-JWT VC it applies
// the draft's rules too: a vct, and none of the registered claims iss,
// nbf, exp, cnf, vct, vct#integrity, aka_vcts and status, nor anything
// inside them, disclosed (a claim of one of these names deeper in a
// credential is an ordinary claim). JSON is RFC 8259's: one value, and
// nothing but whitespace after it. When verifying others'
// signatures, an ES256K high S is accepted (RFC 8812 has no low-S rule;
// OpenSSL produces one half the time); any crit header is refused (rule
// "crit": huzhu understands no JWS extension); a NumericDate outside the
// years 1 to 9999 is refused, never wrapped; a required key binding whose
// iat is more than MaxKeyBindingAge (24 h unless set) before Now is
// refused. Review runs the notary's
// checklist (SPEC section 7); its credential type line accepts the vct
// values the Policy names (ClaimPolicy: DefaultCredentialTypes, the
// medical event type); its key binding line also requires the KB-JWT
// iat within [submittedAt - 24 h, submittedAt + 5 min], and its diagnosis
// date line reads diagnosis_date as the UTC calendar day [d, d + 24 h),
// which counts if any second of it is covered as the contract counts it:
// d < coveredUntil and joinedAt + waiting < d + 24 h.
//
// The presentation travels in a sealed envelope: HPKE (RFC 9180, Go's
// crypto/hpke) with MLKEM768-X25519 (X-Wing), HKDF-SHA256 and AES-256-GCM,
// one content key sealed to every notary of the claim's term.
//
// # Envelope byte format, version 2
//
// Integers are big-endian. Every field has a fixed size, so an envelope
// for n recipients is exactly EnvelopeSize(n) = 8,264 + 1,204 n bytes
// (11,876 for 3, 14,284 for 5): its length says how many notaries it is
// for and nothing else.
//
//	offset  size  field
//	0       4     magic "HZEV"
//	4       1     version = 2
//	5       2     HPKE KEM id  = 0x647a (MLKEM768-X25519)
//	7       2     HPKE KDF id  = 0x0001 (HKDF-SHA256)
//	9       2     HPKE AEAD id = 0x0002 (AES-256-GCM)
//	11      1     n, the number of recipients, 1 to 32 (no key id twice)
//	12      ...   n recipient blocks of 1,204 bytes, each:
//	                32  key id = keccak256(recipient's HPKE public key),
//	                    the notaryKeyHash the contract stores
//	                2   length of enc = 1,120, then enc (the KEM encapsulation)
//	                2   length of wrapped = 48, then wrapped: HPKE single-shot
//	                    seal of the 32-byte content key with info
//	                    "huzhu claim envelope v1" 0x00 <context>
//	...     32    key commitment: SHA-256("huzhu envelope key commitment v1" ||
//	              content key), checked before decrypting, because AES-GCM
//	              alone does not bind a ciphertext to one key
//	...     12    payload nonce
//	...     8,208 AES-256-GCM(content key, nonce, padded payload,
//	              additional data = every byte before this field): 8,192
//	              bytes of ciphertext and the 16-byte tag
//
// The padded payload is the one size class of every claim: 4 bytes of
// payload length L (at most 8,188), the L payload bytes, then zeros up to
// 8,192 bytes. Seal refuses a larger payload (ErrPayloadTooLarge: the member
// discloses fewer or shorter optional facts) rather than grow the envelope;
// Open refuses a length past the class and any padding byte that is not
// zero. A claim of the five required facts is about 3.2 KB of payload.
// IssueMedical refuses (ErrCredentialTooLarge) a credential whose
// presentation with every fact disclosed, a key binding and the longest
// claim context (FullPresentationSize) would exceed 8,188 bytes, so every
// credential huzhu issues can be filed with every fact; Seal's refusal is
// left for credentials of other issuers. What fits: a Chinese credential
// with every fact filled in (16 procedures, a 5-field address) has room for
// 182 Chinese characters, or 548 ASCII characters, of notes; one with only
// the required facts, for about 3,600 ASCII characters. Version 1
// (unpadded) envelopes are refused with a message saying the claim must be
// filed again.
//
// The context is the community's eip155:<chainId>:<address>. The payload is
// the JSON of ClaimPayload: {"v":1,"claim":{chainId, community, member,
// amount, nullifier, salt},"presentation":"<SD-JWT with KB-JWT>"}. Because
// the payload's additional data covers the whole header and every recipient
// block, any change to the envelope makes it fail to open. The contract
// stores keccak256(envelope) (inside its evidence commitment).
//
// The nullifier on chain is keccak256(issuer identity || event_id), where
// the identity is the bytes32 the community's issuer registry maps each of
// the issuer's keys to (by convention the thumbprint of its first key): the
// same medical event cannot be paid twice, not even when issued again under
// a rotated or second key of the same hospital, and nothing about it is
// readable on chain.
//
// # Event ids
//
// The nullifier hashes the event id's exact bytes, so an event id has one
// form (SPEC section 5, v2; ValidEventID): base64url without padding of 16
// to 48 bytes, 22 to 64 characters of [A-Za-z0-9_-], decoding strictly
// (its unused trailing bits zero, so encoding the bytes again gives the
// same text). Any other spelling is refused, never tidied: when issuing
// (CheckMedicalFacts, ErrEventID), before a claim is sealed (claims), and
// as the failed line "event id canonical" of the review. huzhu issuers
// make ids of 16 bytes, 128 random bits (NewEventID), or from the
// hospital's own record reference ref under the issuer's 32-byte secret
// (RecordEventID):
//
//	base64url(HMAC-SHA256(secret, "huzhu event id v1" || 0x00 || ref)[:16])
//
// The same record always gives the same id, so a credential issued again
// for the event cannot be paid again; another issuer's secret gives an
// unrelated id. Without the issuer's secret or its records no one can
// guess an id, so a public nullifier does not say which hospital, or
// which kind of hospital, a claim is about; the hospital itself knows the
// ids it issued and can always recognise its patients' claims on chain.
// The form cannot prove an id random: an issuer other than huzhu that
// encodes a guessable number in base64url passes it, and only its own
// care keeps its ids unguessable.
package disclosure
