// Package claims owns a claim's lifecycle (SPEC section 2): a member
// builds a claim from a stored credential (Prepare: the disclosure
// preview and every rule checked before anything is sent), seals it to
// every seated notary of the term and files it (Draft.Seal: a
// session.Plan for submitClaim); anyone lists and shows claims (List,
// Show: status, votes with reason codes and notes, payout, queue position) and
// settles the payout queue or marks a claim expired (Settle, Expire);
// a notary sees the claims waiting for their vote (Queue), opens and
// checks one (Review: the SPEC section 7 checklist and only the facts the
// member disclosed) and votes: Approve runs the review itself and refuses
// a claim that fails a check unless the notary overrides, never one whose
// envelope they cannot open; Reject may carry a public note appended to
// its calldata (NoteTag).
//
// Operations return plans and typed views; they never print and never
// send. Claim history is read from the community's logs through
// community.Community.Logs and decoded with community.DecodeEvent; an
// envelope, too large to be kept with the other logs, is fetched by a
// targeted log query on its claim id.
//
// # Reason codes
//
// The contract records a rejection as a nonzero uint8 and nothing else
// (no free text: whatever a notary wrote would be public forever). huzhu
// reads and writes these codes:
//
//	1 evidence-invalid   the presentation does not verify (signature, holder or key binding, claim context)
//	2 not-covered        the category is not covered, or the diagnosis falls outside eligibility or coverage
//	3 amount-too-high    the amount exceeds the treatment cost or the cap, or the cost is in another currency
//	4 untrusted-issuer   the issuer is not trusted in the community's registry
//	5 duplicate-event    the medical event was already claimed (the nullifier does not match, or was paid)
//	6 unreadable         the envelope does not open or is not a claim
//	7 other              none of the above
//
// # Currencies
//
// A treatment cost is compared with the amount asked, as numbers with
// the token's decimals, when it is in the community's currency (one
// token counts as one unit of it) or in the token's own symbol; any other
// currency is refused before sealing and fails the review.
package claims
