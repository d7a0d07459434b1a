// Package community is the client of one community contract: creating it,
// reading its parameters and state, and (in later issues) membership, dues,
// elections, pool statistics, the ledger and the audit. The CLI and the TUI
// both call it; neither talks to the contract directly.
//
// Refusals by the contract come back as *Refusal, a sentence that names the
// cause and the fix ("waiting period ends 2027-02-25; claims open then"),
// wrapping the decoded *contracts.Revert.
package community
