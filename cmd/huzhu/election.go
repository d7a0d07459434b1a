package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

func newElectionCmd(a *app) *cobra.Command {
	return group("election", "Notary elections: stand, vote, withdraw, finalize, see the results, recall a board",
		newElectionStandCmd(a), newElectionVoteCmd(a), newElectionWithdrawCmd(a), newElectionFinalizeCmd(a),
		newElectionResultsCmd(a), newElectionPromoteCmd(a), newElectionResignCmd(a), newElectionRecallCmd(a))
}

// electionTxResult is an election transaction done.
type electionTxResult struct {
	Election uint32 `json:"election"`
	Account  string `json:"account"`
	Tx       string `json:"tx"`
	Block    uint64 `json:"block"`
}

func txResult(election uint32, who common.Address, r *types.Receipt) electionTxResult {
	return electionTxResult{Election: election, Account: who.Hex(), Tx: r.TxHash.Hex(), Block: r.BlockNumber.Uint64()}
}

// electionNumber is the running election's number (the term it elects).
func (a *app) electionNumber(ctx context.Context, com *community.Community) (uint32, error) {
	e, err := com.Election(ctx, common.Address{})
	if err != nil {
		return 0, err
	}
	return e.Number, nil
}

type electionStandResult struct {
	electionTxResult
	KeyID   string `json:"key_id"`
	KeyFile string `json:"key_file"`
}

func newElectionStandCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "stand",
		Short: "Stand for the next notary term, publishing a new HPKE key for claim envelopes",
		Long: `Stand in the running election as a candidate for the next notary term. A new HPKE
key pair is made as ` + "`huzhu notary key`" + ` makes it: its private half is kept in
DATA_DIR/notary-keys/ADDRESS/ before anything is sent, and its public half goes on chain
with the candidacy. Standing needs a member past the waiting period whose coverage runs
beyond the election's close.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runElectionStand(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Standing in election %d (block %d); HPKE key %s kept in %s", r.Election, r.Block, r.KeyID, r.KeyFile)
			return nil
		},
	}
	var light bool // accepted as `notary key` accepts it; notary keys use no KDF of their own
	addLightKDFFlag(cmd, &light)
	return cmd
}

func (a *app) runElectionStand(ctx context.Context) (*electionStandResult, error) {
	r, err := a.session().Stand(ctx, session.StandOptions{
		What: func(who common.Address, n uint32) string {
			return a.p.Sprintf("This stands %s in election %d (the notary term %d) and publishes a new HPKE key that claims will be sealed to.", who.Hex(), n, n)
		},
		// The quote checks the contract takes the candidacy before
		// anything is kept; the key is kept before it is published.
		Confirm:  func(q *session.Quote) error { return a.confirmQuote(q, "Stand?") },
		Unlocked: func(acct wallet.Account, key *ecdsa.PrivateKey) { a.migrateNotaryKeys(acct, key) },
		Now:      a.now(),
	})
	if err != nil {
		return nil, err
	}
	return &electionStandResult{electionTxResult: txResult(r.Election, r.Account.Address, r.Receipt), KeyID: r.Key.ID.Hex(), KeyFile: r.Key.File}, nil
}

type electionVoteOptions struct {
	// Picks are addresses or account names of running candidates.
	Picks []string
}

type electionVoteResult struct {
	electionTxResult
	Picks    []string `json:"picks"`
	Previous []string `json:"previous"`
}

func newElectionVoteCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "vote ADDR...",
		Short: "Vote for up to as many candidates as there are seats; voting again replaces your ballot",
		Long: `Cast your ballot in the running election for the candidates named (addresses or wallet
account names), at most one per notary seat. Voting again replaces your last ballot: its
votes are taken back and the new picks counted. Voting needs a member past the waiting
period whose coverage runs beyond the election's close.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("%s takes one or more candidates (addresses or account names); see `huzhu election results`", cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := a.runElectionVote(cmd.Context(), electionVoteOptions{Picks: args})
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Voted in election %d for %s (block %d)", r.Election, strings.Join(r.Picks, ", "), r.Block)
			return nil
		},
	}
}

func (a *app) runElectionVote(ctx context.Context, o electionVoteOptions) (*electionVoteResult, error) {
	var picks []common.Address
	for _, p := range o.Picks {
		addr, err := a.resolveAddress(strings.TrimSpace(p))
		if err != nil {
			return nil, err
		}
		picks = append(picks, addr)
	}
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	acct, err := a.session().Account()
	if err != nil {
		return nil, err
	}
	// Checked before unlocking: who may vote, and for whom.
	plan, err := com.PlanVote(ctx, acct.Address, picks)
	if err != nil {
		return nil, err
	}
	what := a.p.Sprintf("This casts your ballot in election %d for %s.", plan.Election, strings.Join(addrsJSON(plan.Picks), ", "))
	if len(plan.Previous) > 0 {
		what += " " + a.p.Sprintf("It replaces your last ballot (%s).", strings.Join(addrsJSON(plan.Previous), ", "))
	}
	r, err := a.execute(ctx, a.stepPlan(com, plan.Step, what), "Vote?")
	if err != nil {
		return nil, err
	}
	return &electionVoteResult{electionTxResult: txResult(plan.Election, acct.Address, r), Picks: addrsJSON(plan.Picks), Previous: addrsJSON(plan.Previous)}, nil
}

// runElectionStep sends one election step: what is the catalog format of
// the step, given whatArgs and then the election's number.
func (a *app) runElectionStep(ctx context.Context, step func(*community.Community) community.Step, what, question string, whatArgs ...any) (*electionTxResult, *community.Community, *types.Receipt, error) {
	com, err := a.community(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	n, err := a.electionNumber(ctx, com)
	if err != nil {
		return nil, nil, nil, err
	}
	r, err := a.execute(ctx, a.stepPlan(com, step(com), a.p.Sprintf(what, append(whatArgs, n)...)), question)
	if err != nil {
		return nil, nil, nil, err
	}
	acct, err := a.session().Account()
	if err != nil {
		return nil, nil, nil, err
	}
	res := txResult(n, acct.Address, r)
	return &res, com, r, nil
}

func newElectionWithdrawCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "withdraw",
		Short: "Leave the running election for good (you may stand again in the next one)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, _, _, err := a.runElectionStep(cmd.Context(), (*community.Community).PlanWithdraw,
				"This withdraws your candidacy from election %d for good: ballots for you stay counted but cannot seat you.", "Withdraw?")
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Withdrew from election %d (block %d)", r.Election, r.Block)
			return nil
		},
	}
}

type electionFinalizeResult struct {
	electionTxResult
	Term     uint32   `json:"term"`
	Notaries []string `json:"notaries"`
}

func newElectionFinalizeCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "finalize",
		Short: "Close the election once it can close, seating the leading candidates as the next term",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runElectionFinalize(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Term %d began in block %d; notaries: %s", r.Term, r.Block, strings.Join(r.Notaries, ", "))
			return nil
		},
	}
}

func (a *app) runElectionFinalize(ctx context.Context) (*electionFinalizeResult, error) {
	res, com, r, err := a.runElectionStep(ctx, (*community.Community).PlanFinalize,
		"This closes election %d and seats its leading candidates as the next notary term.", "Finalize?")
	if err != nil {
		return nil, err
	}
	term, notaries, ok := com.TermStartedIn(r)
	if !ok {
		return nil, errorf("the finalize transaction was mined but started no term")
	}
	return &electionFinalizeResult{electionTxResult: *res, Term: term, Notaries: addrsJSON(notaries)}, nil
}

func newElectionPromoteCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "promote ADDR",
		Short: "Put a running candidate who is off the leaderboard onto it (anyone may)",
		Args:  exactArgs(1, "one candidate (address or account name)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			cand, err := a.resolveAddress(args[0])
			if err != nil {
				return err
			}
			r, _, _, err := a.runElectionStep(cmd.Context(), func(c *community.Community) community.Step { return c.PlanPromote(cand) },
				"This puts %s on the leaderboard of election %d.", "Promote?", cand.Hex())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Promoted %s in election %d (block %d)", cand.Hex(), r.Election, r.Block)
			return nil
		},
	}
}

func newElectionResignCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "resign",
		Short: "Give up your notary seat in the sitting term",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, _, _, err := a.runElectionStep(cmd.Context(), (*community.Community).PlanResign,
				"This gives up your notary seat until the term elected by election %d begins; it cannot be undone.", "Resign?")
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Resigned your seat (block %d)", r.Block)
			return nil
		},
	}
}

// electionResultsResult is the running election and the sitting term.
type electionResultsResult struct {
	Election    uint32                  `json:"election"`
	Term        uint32                  `json:"term"`
	TermStarted string                  `json:"term_started"`
	ClosesAt    string                  `json:"closes_at"`
	Finalizable bool                    `json:"finalizable"`
	ChainTime   string                  `json:"chain_time"`
	Seats       int                     `json:"seats"`
	Quorum      int                     `json:"quorum"`
	Ballots     int                     `json:"ballots"`
	MinBallots  int                     `json:"min_ballots"`
	RecalledAt  string                  `json:"recalled_at,omitempty"`
	Candidates  []electionCandidateJSON `json:"candidates"`
	Notaries    []electionNotaryJSON    `json:"notaries"`
	Voter       string                  `json:"voter,omitempty"`
	MyBallot    *electionBallotJSON     `json:"my_ballot"`
}

type electionCandidateJSON struct {
	Address  string `json:"address"`
	Votes    uint32 `json:"votes"`
	Sequence uint64 `json:"sequence"`
	Running  bool   `json:"running"`
	Listed   bool   `json:"listed"`
	Covered  bool   `json:"covered"`
	Leading  bool   `json:"leading"`
}

type electionNotaryJSON struct {
	Address      string `json:"address"`
	Seat         int    `json:"seat"`
	KeyPublished bool   `json:"key_published"`
}

type electionBallotJSON struct {
	Picks []string `json:"picks"`
	Tx    string   `json:"tx"`
	Block uint64   `json:"block"`
}

func newElectionResultsCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "results",
		Short: "Show the running election: candidates and votes, your ballot, when it closes, the sitting notaries",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runElectionResults(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.showElectionResults(r)
			return nil
		},
	}
}

func (a *app) runElectionResults(ctx context.Context) (*electionResultsResult, error) {
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	// Whose ballot to show: the account's, when one is chosen or the only one.
	var voter common.Address
	if acct, err := a.session().Account(); err == nil {
		voter = acct.Address
	}
	e, err := com.Election(ctx, voter)
	if err != nil {
		return nil, err
	}
	r := &electionResultsResult{
		Election: e.Number, Term: e.Term, TermStarted: timeJSON(e.TermStarted), ClosesAt: timeJSON(e.ClosesAt),
		Finalizable: e.Finalizable(), ChainTime: timeJSON(e.ChainTime), Seats: e.Seats, Quorum: e.Quorum,
		Ballots: e.Ballots, MinBallots: e.MinBallots,
		Candidates: []electionCandidateJSON{}, Notaries: []electionNotaryJSON{},
	}
	if !e.RecalledAt.IsZero() {
		r.RecalledAt = timeJSON(e.RecalledAt)
	}
	for _, c := range e.Candidates {
		r.Candidates = append(r.Candidates, electionCandidateJSON{Address: c.Address.Hex(), Votes: c.Votes, Sequence: c.Sequence,
			Running: c.Running, Listed: c.Listed, Covered: c.Covered, Leading: c.Leading})
	}
	for _, n := range e.Notaries {
		r.Notaries = append(r.Notaries, electionNotaryJSON{Address: n.Address.Hex(), Seat: n.Seat, KeyPublished: n.KeyPublished})
	}
	if voter != (common.Address{}) {
		r.Voter = voter.Hex()
	}
	if e.Ballot != nil {
		r.MyBallot = &electionBallotJSON{Picks: addrsJSON(e.Ballot.Picks), Tx: e.Ballot.Tx.Hex(), Block: e.Ballot.Block}
	}
	return r, nil
}

func (a *app) showElectionResults(r *electionResultsResult) {
	closes := humanTime(r.ClosesAt)
	if r.Finalizable {
		closes = a.p.Sprintf("%s (can be finalized now)", closes)
	}
	rows := []kv{
		{"Election", a.p.Sprintf("%d (the notary term after term %d)", r.Election, r.Term)},
		{"Closes", closes},
		{"Ballots", a.p.Sprintf("%d cast; the election counts with %d", r.Ballots, r.MinBallots)},
		{"Seats / quorum", fmt.Sprintf("%d / %d", r.Seats, r.Quorum)},
		{"Chain time", humanTime(r.ChainTime)},
	}
	if r.RecalledAt != "" {
		rows = append(rows, kv{"Board recalled", a.p.Sprintf("%s: its claims in notice go back to be filed again; the election closes a voting window later", humanTime(r.RecalledAt))})
	}
	a.writeKV("", rows)
	a.say("")
	if len(r.Candidates) == 0 {
		a.say("No candidates yet.")
	} else {
		a.say("Candidates:")
	}
	for _, c := range r.Candidates {
		var marks []string
		if c.Leading {
			marks = append(marks, a.p.T("leading"))
		}
		if !c.Running {
			marks = append(marks, a.p.T("withdrawn"))
		} else if !c.Listed {
			marks = append(marks, a.p.T("off the leaderboard"))
		}
		if !c.Covered {
			marks = append(marks, a.p.T("not covered"))
		}
		a.row("  "+c.Address, a.p.Sprintf("%d vote(s)", c.Votes), strings.Join(marks, ", "))
	}
	if r.MyBallot != nil {
		a.say("Your ballot: %s", strings.Join(r.MyBallot.Picks, ", "))
	} else if r.Voter != "" {
		a.say("You have not voted in this election.")
	}
	a.say("")
	a.say("Notaries of term %d:", r.Term)
	for _, n := range r.Notaries {
		key := a.p.T("key published")
		if !n.KeyPublished {
			key = a.p.T("no key published")
		}
		a.row("  "+n.Address, a.p.Sprintf("seat %d", n.Seat), key)
	}
}

type electionRecallOptions struct {
	Term  int64 // -1: the sitting term
	Print bool
}

// electionRecallResult is a recall signed.
type electionRecallResult struct {
	Term       uint32 `json:"term"`
	Account    string `json:"account"`
	Signatures int    `json:"signatures"`
	Needed     int    `json:"needed"`
	Recalled   bool   `json:"recalled"`
	Tx         string `json:"tx"`
	Block      uint64 `json:"block"`
}

func newElectionRecallCmd(a *app) *cobra.Command {
	o := electionRecallOptions{Term: -1}
	cmd := &cobra.Command{
		Use:   "recall [--term N]",
		Short: "Sign a recall of a board while one of its approved claims is in public notice",
		Long: `Sign the recall of the board of a term (the sitting one unless --term names another)
while one of the claims it approved is in public notice (huzhu community notice lists
them). Each eligible member (covered, past the waiting period) signs once per term; once
the community's recall threshold is reached the board is recalled: its claims still in
notice, and its open ones, go back to be filed again with the next board, it decides no
more claims, and if it is the sitting board an early election opens. A signature is
public, like every transaction.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runElectionRecall(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			if r.Recalled {
				a.say("The board of term %d is recalled (%d of %d signatures, block %d)", r.Term, r.Signatures, r.Needed, r.Block)
			} else {
				a.say("Signed the recall of term %d's board: %d of %d signatures (block %d)", r.Term, r.Signatures, r.Needed, r.Block)
			}
			return nil
		},
	}
	cmd.Flags().Int64Var(&o.Term, "term", -1, "the term whose board to recall (default: the sitting term)")
	return cmd
}

func (a *app) runElectionRecall(ctx context.Context, o electionRecallOptions) (*electionRecallResult, error) {
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	acct, err := a.session().Account()
	if err != nil {
		return nil, err
	}
	term := uint32(0)
	if o.Term < 0 {
		e, err := com.Election(ctx, common.Address{})
		if err != nil {
			return nil, err
		}
		term = e.Term
	} else if o.Term > 1<<32-1 {
		return nil, usageErrorf("--term %d: no such term", o.Term)
	} else {
		term = uint32(o.Term)
	}
	plan, err := com.PlanRecall(ctx, acct.Address, term)
	if err != nil {
		return nil, err
	}
	rc := plan.Recall
	what := a.p.Sprintf("This signs the recall of term %d's board (%d of %d signatures so far). Once %d members have signed, its claims still in public notice and its open ones go back to be filed again with the next board, it decides no more claims, and an early election opens if it sits. Your signature is public.",
		term, rc.Signatures, rc.Needed, rc.Needed)
	r, err := a.execute(ctx, a.stepPlan(com, plan.Step, what), "Sign the recall?")
	if err != nil {
		return nil, err
	}
	after, err := com.Recall(ctx, term, acct.Address)
	if err != nil {
		return nil, err
	}
	return &electionRecallResult{Term: term, Account: acct.Address.Hex(), Signatures: after.Signatures, Needed: after.Needed,
		Recalled: com.BoardRecalledIn(r), Tx: r.TxHash.Hex(), Block: r.BlockNumber.Uint64()}, nil
}
