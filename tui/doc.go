// Package tui is huzhu's terminal interface (bubbletea, lipgloss, bubbles).
// It formats and routes; every action calls the same service packages as
// the CLI (chain, wallet, community, claims). Slow work runs in tea.Cmds
// that return messages, so the interface never blocks.
//
// Layout: a root model (App) owns the pages and routes messages — resize
// to every page, keys to the active one. Pages share a Frame (size,
// styles, key map) and implement Page.
package tui
