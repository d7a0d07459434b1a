// Package contracts holds huzhu's Solidity sources and their Go bindings.
//
// src/Community.sol is the community contract (SPEC section 4): membership
// and dues, the pool and its payout queue, notary elections, claims and
// votes, and the trusted-issuer registry. src/KangbaoCoin.sol is the demo
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
