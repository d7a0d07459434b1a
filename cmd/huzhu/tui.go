package main

import (
	"context"
	"errors"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/tui"
)

// runTUI runs the interactive interface on the alternate screen.
func runTUI(ctx context.Context, a *app) error {
	svc := tui.Services{
		Connect: func(ctx context.Context) (*chain.Conn, error) {
			c, err := chain.Open(ctx, a.openOptions())
			if err == nil {
				a.session().UseConn(c) // closed when the run ends
			}
			return c, err
		},
		Wallet: a.store(false),
		Community: func(ctx context.Context) (common.Address, error) {
			return a.session().CommunityAddress(ctx)
		},
	}
	p := tea.NewProgram(tui.New(svc), tea.WithAltScreen(), tea.WithContext(ctx),
		tea.WithInput(a.io.In), tea.WithOutput(a.io.Out))
	_, err := p.Run()
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}
