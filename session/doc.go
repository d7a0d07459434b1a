// Package session owns one run of huzhu against one data dir: its config,
// the chain connection (opened once, on first use), the chosen community
// and token, the chosen account and its unlocking, and the journaled
// sender. cmd/huzhu and tui/ are two faces of it: each gives a session the
// few things only a face can (how to ask for a passphrase, where to tell
// the person why, how to show progress) and decides for itself how to
// confirm and how to phrase what the session reports.
//
// Transactions go in two phases. A domain operation (community, claims,
// wallet) builds a Plan: the call, its value, what it spends and a sentence
// saying what it does. Session.Quote prices a plan and checks the account
// can pay for it; the face shows the quote and confirms in its own way;
// Session.Send journals, broadcasts, follows and explains the outcome.
//
// Errors a person can act on are *Error values with a Kind (which the CLI
// maps to its exit code) and a Remedy (which each face phrases in its own
// words: a flag in the CLI, a key in the TUI). Nothing here names a flag or
// a command.
package session
