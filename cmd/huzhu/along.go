package main

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// Approved claims are paid only after their public notice, by anyone who
// settles them. huzhu settles what it can when it sends anything else for
// a community: the confirmation says so, with the settle's own most fee,
// and the settle follows once the command is done, as a second
// transaction. It never makes the command fail. With --json a command
// sends only what it was asked to: a script's transactions are its own.

// settleAlong is what the confirmation of plan says about the settle that
// will follow it: nothing when no community is chosen, plan is itself a
// settle, or no claim can be settled now.
func (a *app) settleAlong(ctx context.Context, from common.Address, plan session.Plan) []string {
	if a.g.JSON {
		return nil
	}
	svc, ok := a.alongService(ctx)
	if !ok {
		return nil
	}
	p, ok := svc.Along(ctx, from, plan)
	if !ok {
		return nil
	}
	q, err := a.session().Quote(ctx, from, p)
	if err != nil {
		return nil // it could not be paid for: nothing is promised
	}
	return []string{a.p.Sprintf("Then huzhu also settles the approved claims whose public notice has ended: a second transaction that pays their members, with a fee of its own of up to %s ETH.", units.FormatAmount(q.MaxFee, 18))}
}

// settleAfter sends the settle a confirmation promised after sent, if it
// still settles anything; a failure is only said.
func (a *app) settleAfter(ctx context.Context, snd *wallet.Sender, sent session.Plan) {
	svc, ok := a.alongService(ctx)
	if !ok {
		return
	}
	p, ok := svc.Along(ctx, snd.From(), sent)
	if !ok {
		return
	}
	q, err := a.session().Quote(ctx, snd.From(), p)
	if err == nil {
		rc, e := a.session().Send(ctx, snd, q)
		if err = e; err == nil {
			a.note("Settled the approved claims whose notice had ended (block %d, tx %s).", rc.BlockNumber.Uint64(), rc.TxHash.Hex())
			return
		}
	}
	a.warn("settling the approved claims whose notice has ended did not work (%s); anyone can: huzhu claim settle", a.phrase(err))
}

// alongService is the chosen community's claims service, if a community
// is chosen and reachable.
func (a *app) alongService(ctx context.Context) (*claims.Service, bool) {
	if a.g.Community == "" {
		if cfg, err := session.LoadConfig(a.g.DataDir); err != nil || len(cfg.Communities) == 0 {
			return nil, false
		}
	}
	svc, _, err := a.claimService(ctx)
	return svc, err == nil
}
