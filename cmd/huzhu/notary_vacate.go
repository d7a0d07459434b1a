package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

type notaryVacateOptions struct {
	Notary string // an address or account name
	Reason string // a VacateReason's name or number
}

// notaryVacateResult is an ask to vacate a seat: counted, or the seat
// vacated.
type notaryVacateResult struct {
	Term    uint32 `json:"term"`
	Notary  string `json:"notary"`
	Reason  string `json:"reason"`
	Asked   int    `json:"asked"`
	Needed  int    `json:"needed"`
	Vacated bool   `json:"vacated"`
	Tx      string `json:"tx"`
	Block   uint64 `json:"block"`
	By      string `json:"by"`
}

func newNotaryVacateCmd(a *app) *cobra.Command {
	var o notaryVacateOptions
	cmd := &cobra.Command{
		Use:   "vacate NOTARY --reason absent|abusive|unusable-key",
		Short: "Ask, with the other seated notaries, to vacate a seat whose holder is absent or abusive",
		Args:  exactArgs(1, "the notary whose seat to vacate (an address or account name)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Notary = args[0]
			r, err := a.runNotaryVacate(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			if r.Vacated {
				a.say("%s's seat in term %d is vacated (reason %s, block %d).", r.Notary, r.Term, r.Reason, r.Block)
			} else {
				a.say("Your ask is in: %d of the %d notaries needed to vacate %s's seat (block %d).", r.Asked, r.Needed, r.Notary, r.Block)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.Reason, "reason", "", "why, in public: absent, abusive or unusable-key")
	return a.longHelp(cmd, func(p i18n.Printer) string {
		var reasons []string
		for _, r := range community.VacateReasons {
			reasons = append(reasons, "  "+r.Name()+": "+p.Text(r.Meaning()))
		}
		return p.Sprintf(`Ask, as a seated notary (--account), to vacate another notary's seat in the sitting
term. The seat is vacated once the quorum of the other seated notaries has asked (or all of
them, when fewer remain). Each ask gives its public reason code, and the vacancy records the
reason of the ask that completes the quorum (huzhu shows the reasons given so far):
%s
A vacated seat, like a resigned one, no longer counts: claims are decided by a quorum of the
seats still held, and when fewer seats than the quorum remain, open claims go back to be
filed again with the next board (huzhu claim decide) and an early election is due. The
reason is public; what the notary did is not put on chain.`, strings.Join(reasons, "\n"))
	})
}

// runNotaryVacate asks to vacate a notary's seat.
func (a *app) runNotaryVacate(ctx context.Context, o notaryVacateOptions) (*notaryVacateResult, error) {
	if o.Reason == "" {
		return nil, usageErrorf("--reason is required: absent, abusive or unusable-key")
	}
	reason, err := community.ParseVacateReason(o.Reason)
	if err != nil {
		return nil, asUsage(err)
	}
	notary, err := a.resolveAddress(o.Notary)
	if err != nil {
		return nil, err
	}
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	acct, err := a.session().Account()
	if err != nil {
		return nil, err
	}
	plan, err := com.PlanVacate(ctx, acct.Address, notary, reason)
	if err != nil {
		return nil, err
	}
	what := a.p.Sprintf("This asks to vacate %s's seat in term %d, for the public reason %q (%s): %d of the %d notaries needed have asked so far.",
		notary.Hex(), plan.Term, reason.Name(), a.p.Text(reason.Meaning()), plan.Asked, plan.Needed)
	if len(plan.Reasons) > 0 {
		names := make([]string, len(plan.Reasons))
		differs := false
		for i, r := range plan.Reasons {
			names[i] = r.Name()
			differs = differs || r != reason
		}
		if differs {
			a.warn("an earlier ask gave another reason than yours (%q); the vacancy records the reason of the ask that completes the quorum", reason.Name())
		}
		what += " " + a.p.Sprintf("Reasons given so far: %s.", strings.Join(names, ", "))
	}
	r, err := a.execute(ctx, a.stepPlan(com, plan.Step, what), "Ask to vacate the seat?")
	if err != nil {
		return nil, err
	}
	return &notaryVacateResult{Term: plan.Term, Notary: notary.Hex(), Reason: reason.Name(), Asked: plan.Asked + 1, Needed: plan.Needed,
		Vacated: com.SeatVacatedIn(r), Tx: r.TxHash.Hex(), Block: r.BlockNumber.Uint64(), By: acct.Address.Hex()}, nil
}
