// Package contracts holds huzhu's Solidity sources and their Go bindings.
//
// src/Community.sol is the community contract (SPEC section 4): membership
// and dues, the pool and its payout queue, notary elections, claims and
// votes, and the trusted-issuer registry.
//
// Elections: a ballot or candidacy counts only from a member past the
// waiting period and covered beyond the election's close; candidates can
// withdraw and notaries resign; a full candidate list gives the slot of a
// withdrawn, lapsed or idle candidate to the next one who stands, and
// ballots are stamped so that a reused slot never inherits or loses votes.
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
