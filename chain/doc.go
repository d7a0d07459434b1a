// Package chain owns huzhu's connection to an EVM chain: dialing any JSON-RPC
// endpoint, the embedded go-ethereum dev node (persisted in the data dir,
// chain id 1337) and its dev-only faucet and clock, deploying the contracts,
// and sending a signed transaction and waiting for its receipt.
//
// Any number of processes may Open the embedded chain of one data dir at
// once: one process serves it over IPC (a background server that Open
// starts, `huzhu node`, or an in-process node), the others wait for it to
// be ready and use it, and it never stops under a client (see server.go).
//
// Errors callers branch on are sentinels: ErrUnreachable (no answer from
// the endpoint), ErrNotDevNode (faucet or warp asked of a chain that is not
// a huzhu dev node), ErrNoContract (an address with no code). Contract
// refusals come back as *contracts.Revert, found with errors.As.
package chain
