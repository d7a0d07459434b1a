// Package contracts holds huzhu's Solidity sources and their Go bindings.
//
// src/Community.sol is the community contract (SPEC section 4): membership
// and dues, the pool and its payout queue, notary elections, claims and
// votes, and the trusted-issuer registry.
//
// Elections: a ballot or candidacy counts only from a member past the
// waiting period and covered beyond the election's close, and every
// election stays open at least votingWindow after its first electors
// exist or after resignations closed a term early. Any such member may
// stand; votes are tallied per candidate, ballots store the hash of their
// picks (a re-vote names the previous picks), and finalize chooses from a
// 64-entry leaderboard that a candidate enters while it has room, in place
// of a lapsed entry, or by out-polling its lowest entry (vote, promote).
// Candidates can withdraw and notaries resign; a resigned notary's
// pending issuer-key votes stop counting.
//
// A claim envelope must be exactly EnvelopeSize(seated notaries) bytes,
// huzhu's disclosure envelope format v2, so that no length on chain tells
// what a claim is about.
//
// The pool is explained by events alone: DuesPaid and Donation bring tokens
// in, ClaimPaid takes them out, and sync() emits PoolSynced(balance), so that
// tokens sent by plain transfer are accounted for by a snapshot instead of
// a storage write on every join (community.PoolFromLogs folds them).
//
// The issuer registry binds key thumbprints (RFC 7638) to issuer identities
// (by convention the thumbprint of the issuer's first key); a key never
// moves to another identity, and nullifiers are derived from the identity
// off chain. The community's currency (ISO 4217) is a parameter. src/KangbaoCoin.sol is the demo
// dues token (KBC, ERC-20 with EIP-2612 permit).
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
