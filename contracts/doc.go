// Package contracts holds huzhu's Solidity sources and their Go bindings.
//
// A community (SPEC section 4, protocol v2) is four contracts, its parts,
// deployed together by one founder transaction each and wired at
// construction: every part knows the other three addresses (immutables,
// predicted from the founder's nonces) and the hash of the creation
// parameters, so a client that opens any part checks the wiring
// (community.Open). No part has room problems: each is at most 20,900
// bytes of runtime code (15% under EIP-170), checked by compile.mjs.
//
//	members, anyone ──join, contribute, donate, sync, withdrawOwed────────▶ Community
//	members, notaries ──stand, vote, finalize, resign, vacate,
//	                    setNotaryKey, recall(term), promote, withdraw─────▶ Board
//	members, notaries ──submitClaim, approveClaim, rejectClaim,
//	anyone              decide, expire, settle────────────────────────────▶ Claims
//	founder (term 0), notaries ──trustKey, distrustKey, unbindKey─────────▶ Registry
//
//	Claims   ──startClaim*, pay*, available───────────────────────────────▶ Community
//	Board    ──membership─────────────────────────────────────────────────▶ Community
//	Claims   ──claimTerm, voter, recalledAt───────────────────────────────▶ Board
//	Board    ──noticeOpenUntil────────────────────────────────────────────▶ Claims
//	Registry ──currentTerm, voter─────────────────────────────────────────▶ Board
//	Registry ──lastApprovedAt─────────────────────────────────────────────▶ Claims
//
//	* changes state; only Claims may call it. Every other arrow between
//	  parts is a view.
//
// Who may call what. Two entry points change another part's state, and
// only from one caller: Community.startClaim and Community.pay accept only
// Claims (Unauthorized otherwise; TestCrossPartEntryPointsRefuseStrangers
// calls them as a stranger, a member, a notary and the founder who
// deployed every part). Every other cross-part call is a view. Everything
// else is an external entry point whose own rules say who may call it:
// members (past the waiting period where the SPEC says so), seated
// notaries of the claim's term (votes, vacate), eligible members (recall,
// one signature per member per term), the founder only while the founder-
// named first term sits (registry), anyone (settle, decide, expire,
// finalize, sync, promote). Every external function checks its exact
// calldata length (Calldata error), dynamic arguments included (canonical
// ABI encoding, zero padding), so nothing rides along.
//
// Community: membership and dues (EIP-2612 permit), the pool (the
// contract's token balance, explained by events alone: DuesPaid, Donation,
// ClaimPaid, PayoutOwed, OwedWithdrawn and sync's PoolSynced snapshot), and
// payouts that a token's refusal cannot freeze: a refused transfer becomes
// an amount owed to the member, withdrawn later to an address the token
// accepts, and the queue moves on.
//
// Board: elections (one member, one ballot, a turnout minimum; a 64-entry
// leaderboard; ties by the earlier candidacy), terms and seats, notary
// keys (an X-Wing key already published by another address is refused),
// resignation, vacating a seat by the other seated notaries (absent,
// abusive, unusable key), and members' recall of a board while one of its
// approved claims is in public notice (one signature per member per term;
// a recall opens an early election).
//
// Claims: a claim is two storage slots and a commitment to (member,
// amount, term, nullifier, envelope hash); every vote, approving or
// rejecting, names all of them, so a vote replayed after a reorg counts
// for nothing else. A rejection carries only a fixed-size sealed reason
// (its hash is emitted). Quorum is counted over the seats still held. An
// approved claim waits a public notice before anyone's settle pays it, in
// approval order, within a per-period outflow cap; a member's payouts in
// any 365 days stay within maxPayout. Claims of a recalled board still in
// notice, and its open ones, are returned.
//
// Registry: issuer identities, each tied for good to the iss of its
// credentials (a key for an iss joins that identity or is refused), with
// keys by RFC 7638 thumbprint. Nullifiers are derived from the identity
// off chain, so one event is paid once whichever key signed it. A key
// distrusted before any claim could use it can be unbound.
//
// A claim envelope must be exactly EnvelopeSize(seated notaries) bytes,
// huzhu's disclosure envelope format v2, so that no length on chain tells
// what a claim is about. src/KangbaoCoin.sol is the demo dues token (KBC,
// ERC-20 with EIP-2612 permit); src/testing/BlocklistToken.sol, a token
// that refuses some addresses, is only for tests (package testtoken).
//
// The compiler (solc-js) and @openzeppelin/contracts are pinned in
// package.json and package-lock.json. One command rebuilds everything:
//
//	go generate ./contracts
//
// It installs the pinned npm packages, compiles to build/combined.json and
// runs go-ethereum's abigen (v2) to write bindings.go. CI regenerates and
// fails when the committed files differ from what the sources produce.
package contracts

//go:generate npm ci --no-audit --no-fund --silent
//go:generate node compile.mjs
//go:generate go tool abigen --v2 --combined-json build/combined.json --pkg contracts --out bindings.go
//go:generate go tool abigen --v2 --combined-json build/testing.json --pkg testtoken --out testtoken/bindings.go
