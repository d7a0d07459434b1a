package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
)

func newCommunityCmd(a *app) *cobra.Command {
	return group("community", "Create a community and read its rules and state",
		newCommunityCreateCmd(a), newCommunityInfoCmd(a), newCommunityAuditCmd(a), newCommunitySyncCmd(a),
		newCommunityMembersCmd(a), newCommunityStatsCmd(a), newCommunityLedgerCmd(a), newCommunityNoticeCmd(a))
}

type communityCreateOptions struct {
	Token      string
	Dues       string
	Period     string
	Waiting    string
	Grace      string
	MaxPayout  string
	Seats      int
	Quorum     int
	Term       string
	Review     string
	Voting     string
	Notice     string
	Recall     int
	Outflow    string
	MinBallots int
	Notaries   []string
	Categories []string
	Types      []string
	Currency   string
}

// communityCreateResult is a community created.
type communityCreateResult struct {
	Community string `json:"community"`
	Token     string `json:"token"`
	// TokenDeployed: a new KBC was deployed for it.
	TokenDeployed bool   `json:"token_deployed"`
	Founder       string `json:"founder"`
	ChainID       uint64 `json:"chain_id"`
	// Parts are the community's four parts (the Community part's address
	// is the community's).
	Parts communityPartsResult `json:"parts"`
}

// communityPartsResult are a community's four parts' addresses.
type communityPartsResult struct {
	Community string `json:"community"`
	Board     string `json:"board"`
	Claims    string `json:"claims"`
	Registry  string `json:"registry"`
}

func partsJSON(p contracts.Parts) communityPartsResult {
	return communityPartsResult{Community: p.Community.Hex(), Board: p.Board.Hex(), Claims: p.Claims.Hex(), Registry: p.Registry.Hex()}
}

func newCommunityCreateCmd(a *app) *cobra.Command {
	d := community.DefaultParams()
	o := communityCreateOptions{
		Dues: units.FormatAmount(d.Dues, 18), Period: units.FormatDuration(d.Period),
		Waiting: units.FormatDuration(d.Waiting), Grace: units.FormatDuration(d.Grace),
		MaxPayout: units.FormatAmount(d.MaxPayout, 18), Seats: d.Seats, Quorum: d.Quorum,
		Term: units.FormatDuration(d.Term), Review: units.FormatDuration(d.Review), Voting: units.FormatDuration(d.Voting), Categories: d.Categories,
		Notice: units.FormatDuration(d.Notice), Recall: d.RecallSignatures, Outflow: outflowFlag(d.OutflowBps), MinBallots: d.MinBallots,
		Types: d.AcceptedTypes, Currency: d.Currency,
	}
	cmd := &cobra.Command{
		Use:   "create --notaries ADDR,ADDR,... [flags]",
		Short: "Create a community: deploy its four contracts, founded by --account",
		Long: `Create a community on the chain: deploy its four contracts (membership and pool, board,
claims and payouts, issuer registry), wired to each other and with rules fixed forever, founded
by --account, in one confirmation. Without --token, it collects the dev KBC on huzhu's embedded
chain, and a new KBC owned by the founder elsewhere. --notaries names the first term's notaries
(addresses or wallet account names); later terms are elected by the members.

An approved claim is paid only after --notice, during which members may recall the board
(--recall signatures recall it); payouts per period are capped (--outflow of the pool, or one
--max-payout if larger); an election counts with --min-ballots ballots. The README says how to
choose them for a community's size.

The new community becomes this data dir's default for the chain.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runCommunityCreate(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Community created at %s", r.Community)
			a.note("It is now the default community for chain %s in %s; pass --community ADDR (or HUZHU_COMMUNITY) to use another.", strconv.FormatUint(r.ChainID, 10), a.g.DataDir)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Token, "token", "", "ERC-20 for dues and payouts (default: dev KBC, or a new KBC)")
	f.StringVar(&o.Dues, "dues", o.Dues, "dues per coverage period, in tokens")
	f.StringVar(&o.Period, "period", o.Period, "coverage period")
	f.StringVar(&o.Waiting, "waiting", o.Waiting, "waiting period from joining until claims are allowed")
	f.StringVar(&o.Grace, "grace", o.Grace, "grace after coverage ends in which renewal keeps the join date")
	f.StringVar(&o.MaxPayout, "max-payout", o.MaxPayout, "most a claim may ask, in tokens")
	f.IntVar(&o.Seats, "seats", o.Seats, "notaries per term")
	f.IntVar(&o.Quorum, "quorum", o.Quorum, "approvals that decide a claim")
	f.StringVar(&o.Term, "term", o.Term, "notary term length")
	f.StringVar(&o.Review, "review", o.Review, "time notaries have to decide a claim")
	f.StringVar(&o.Voting, "voting", o.Voting, "least time an election stays open (after the first members can vote, and after resignations or a recall end a term early)")
	f.StringVar(&o.Notice, "notice", o.Notice, "public notice of an approved claim before it is paid")
	f.IntVar(&o.Recall, "recall", o.Recall, "eligible members' signatures that recall a board during a notice")
	f.StringVar(&o.Outflow, "outflow", o.Outflow, "payouts per period at most: this share of the pool (or one max payout, if larger)")
	f.IntVar(&o.MinBallots, "min-ballots", o.MinBallots, "ballots an election needs to count")
	f.StringSliceVar(&o.Types, "types", o.Types, "credential types (vct) accepted as evidence, comma-separated")
	f.StringSliceVar(&o.Notaries, "notaries", nil, "first-term notaries: addresses or account names, comma-separated (required)")
	f.StringSliceVar(&o.Categories, "categories", o.Categories, "covered diagnosis categories, comma-separated")
	f.StringVar(&o.Currency, "currency", o.Currency, "ISO 4217 code of the currency dues and payouts are reckoned in")
	return cmd
}

func (o communityCreateOptions) params(a *app, tok community.Token) (community.Params, error) {
	p := community.Params{Token: tok.Address, Seats: o.Seats, Quorum: o.Quorum, Currency: o.Currency,
		RecallSignatures: o.Recall, MinBallots: o.MinBallots}
	bps, err := parseOutflow(o.Outflow)
	if err != nil {
		return p, usageErrorf("--outflow: %v", err)
	}
	p.OutflowBps = bps
	if p.Dues, err = tok.Parse(o.Dues); err != nil {
		return p, usageErrorf("--dues: %v", err)
	}
	if p.MaxPayout, err = tok.Parse(o.MaxPayout); err != nil {
		return p, usageErrorf("--max-payout: %v", err)
	}
	for _, d := range []struct {
		flag string
		in   string
		out  *time.Duration
	}{
		{"period", o.Period, &p.Period}, {"waiting", o.Waiting, &p.Waiting}, {"grace", o.Grace, &p.Grace},
		{"term", o.Term, &p.Term}, {"review", o.Review, &p.Review}, {"voting", o.Voting, &p.Voting},
		{"notice", o.Notice, &p.Notice},
	} {
		if *d.out, err = units.ParseDuration(d.in); err != nil {
			return p, usageErrorf("--%s: %v", d.flag, err)
		}
	}
	for _, n := range o.Notaries {
		addr, err := a.resolveAddress(strings.TrimSpace(n))
		if err != nil {
			return p, usageErrorf("--notaries: %v", err)
		}
		p.Notaries = append(p.Notaries, addr)
	}
	for _, c := range o.Categories {
		p.Categories = append(p.Categories, strings.TrimSpace(c))
	}
	for _, t := range o.Types {
		p.AcceptedTypes = append(p.AcceptedTypes, strings.TrimSpace(t))
	}
	if err := p.Validate(); err != nil {
		return p, &usageError{msg: paramFlags(i18n.Printer{Lang: i18n.English}, err), err: err}
	}
	return p, nil
}

// runCommunityCreate deploys a community (and a new KBC where there is no
// token to collect), after showing its rules and costs and asking, and
// makes it the data dir's default for the chain.
func (a *app) runCommunityCreate(ctx context.Context, o communityCreateOptions) (*communityCreateResult, error) {
	if len(o.Notaries) == 0 {
		return nil, usageErrorf("--notaries is required: name the first term's %d to %d notaries (addresses or account names)", o.Quorum, o.Seats)
	}
	// Check what can be checked before unlocking anything.
	if _, err := o.params(a, community.Token{Decimals: 18}); err != nil {
		return nil, err
	}
	c, err := a.chain(ctx)
	if err != nil {
		return nil, err
	}
	s, acct, err := a.sender(ctx)
	if err != nil {
		return nil, err
	}
	// The token: named, the dev chain's, or a new KBC.
	var tokAddr common.Address
	newToken := false
	switch {
	case o.Token != "":
		if !common.IsHexAddress(o.Token) {
			return nil, usageErrorf("--token %q is not an address", o.Token)
		}
		tokAddr = common.HexToAddress(o.Token)
	default:
		if _, derr := chain.DevInfoOf(ctx, c.RPC); derr == nil {
			tokAddr = chain.DevToken
		} else {
			newToken = true
		}
	}
	tok := community.Token{Symbol: "KBC", Decimals: 18}
	if !newToken {
		if tok, err = community.ReadToken(ctx, c, tokAddr); err != nil {
			return nil, err
		}
	}
	p, err := o.params(a, tok)
	if err != nil {
		return nil, err
	}

	// Show what will be created and what each transaction costs, then ask.
	a.showParams(p, tok, newToken)
	a.note("Dues are contributions, not deposits: nothing is refunded on leaving.")
	for _, w := range p.WarningTexts() {
		a.note("Warning: %s", a.p.Text(w))
	}
	if newToken {
		if err := a.quoteAndConfirm(ctx, acct.Address, chain.TokenCreationCode(acct.Address), "Deploy a new KBC token (1 of 2)?"); err != nil {
			return nil, err
		}
		a.io.StartProgress(a.p.T("Deploying a new KBC token…"))
		tokAddr, err = chain.DeployToken(ctx, s, acct.Address)
		a.io.StopProgress("")
		if err != nil {
			return nil, err
		}
		p.Token = tokAddr
	}
	p.Token = tokAddr
	plan, err := community.PlanCreate(ctx, c, acct.Address, p)
	if err != nil {
		return nil, err
	}
	question := "Create the community (its four contracts)?"
	if newToken {
		question = "Create the community (its four contracts, 2 of 2)?"
	}
	if err := a.confirmCreation(ctx, acct.Address, plan, question); err != nil {
		return nil, err
	}
	com, err := community.Create(ctx, c, s, plan, func(i int, part string) {
		a.io.StopProgress("")
		a.io.StartProgress(a.p.Sprintf("Deploying the community: part %d of %d (%s)…", i+1, contracts.PartCount, a.p.T(partName(part))))
	})
	a.io.StopProgress("")
	if err != nil {
		return nil, err
	}
	// Remember it only once it exists: a failed deploy leaves no config.
	cfg, err := session.LoadConfig(a.g.DataDir)
	if err != nil {
		return nil, err
	}
	cfg.Communities[c.ID.String()] = com.Address.Hex()
	if err := cfg.Save(a.g.DataDir); err != nil {
		return nil, errorf("the community exists at %s but could not be remembered (%v); pass --community %s", com.Address.Hex(), err, com.Address.Hex())
	}
	return &communityCreateResult{
		Community: com.Address.Hex(), Token: com.Token.Address.Hex(), TokenDeployed: newToken,
		Founder: com.Founder.Hex(), ChainID: c.ID.Uint64(), Parts: partsJSON(com.Parts),
	}, nil
}

// confirmCreation shows what the four creations cost together, checks
// the founder can pay it, and asks once.
func (a *app) confirmCreation(ctx context.Context, from common.Address, plan *chain.CommunityPlan, question string) error {
	var total *session.Quote
	for i := range contracts.PartCount {
		q, err := a.session().Quote(ctx, from, session.Plan{Data: plan.Code[i]})
		if err != nil {
			return err
		}
		if total == nil {
			total = q
			continue
		}
		total.Gas += q.Gas
		total.MaxFee = new(big.Int).Add(total.MaxFee, q.MaxFee)
	}
	a.note("This deploys the community's four contracts, one after the other: membership and pool at %s, board at %s, claims at %s, issuer registry at %s.",
		plan.Parts.Community.Hex(), plan.Parts.Board.Hex(), plan.Parts.Claims.Hex(), plan.Parts.Registry.Hex())
	return a.confirmQuote(total, question)
}

// partName is a part's name, for people.
func partName(part string) string {
	switch part {
	case "community":
		return msgKey("membership and pool")
	case "board":
		return msgKey("board")
	case "claims":
		return msgKey("claims and payouts")
	}
	return msgKey("issuer registry")
}

// outflowFlag writes an outflow cap in basis points as a percentage.
func outflowFlag(bps int) string {
	return strconv.FormatFloat(float64(bps)/100, 'f', -1, 64) + "%"
}

// parseOutflow reads an outflow cap: "20%" or "0.2".
func parseOutflow(s string) (int, error) {
	s = strings.TrimSpace(s)
	pct := strings.HasSuffix(s, "%")
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
	if err != nil {
		return 0, errors.New("write a share of the pool as 20% or 0.2")
	}
	if !pct {
		v *= 100
	}
	bps := int(v*100 + 0.5)
	if bps < 1 || bps > 10_000 {
		return 0, errors.New("a share of the pool more than 0% and at most 100%")
	}
	return bps, nil
}

// quoteAndConfirm shows the most a contract creation can cost and asks.
func (a *app) quoteAndConfirm(ctx context.Context, from common.Address, data []byte, question string) error {
	return a.quoteAndConfirmTo(ctx, from, nil, data, nil, question)
}

// quoteAndConfirmTo shows the most a transaction can cost, checks the
// sender can pay it, and asks.
func (a *app) quoteAndConfirmTo(ctx context.Context, from common.Address, to *common.Address, data []byte, value *big.Int, question string) error {
	_, err := a.confirmPlan(ctx, from, session.Plan{To: to, Data: data, Value: value}, question)
	return err
}

// confirmPlan has the session price a plan for `from` (and check it can be
// paid), shows what it does and the most its fee can be, and asks.
// Each line of also is said after the fee.
func (a *app) confirmPlan(ctx context.Context, from common.Address, plan session.Plan, question string, also ...string) (*session.Quote, error) {
	q, err := a.session().Quote(ctx, from, plan)
	if err != nil {
		return nil, err
	}
	if err := a.confirmQuote(q, question, also...); err != nil {
		return nil, err
	}
	return q, nil
}

// confirmQuote says what a priced plan does and what it may cost, and
// asks question.
func (a *app) confirmQuote(q *session.Quote, question string, also ...string) error {
	if q.Plan.What != "" {
		a.note("%s", a.p.Text(q.Plan.Says()))
	}
	a.note("Estimated fee: up to %s ETH (%d gas at %s gwei)", units.FormatAmount(q.MaxFee, 18), q.Gas, q.GweiCap())
	for _, l := range also {
		a.note("%s", l)
	}
	return a.confirm(question)
}

func (a *app) showParams(p community.Params, tok community.Token, newToken bool) {
	if a.g.JSON && !a.io.IsStderrTTY() {
		return
	}
	token := tok.Address.Hex() + " (" + tok.Symbol + ")"
	if newToken {
		token = a.p.T("a new KBC, minted by you")
	}
	w := a.io.ErrOut
	fmt.Fprintln(w, titleStyle.Render(a.p.T("New community")))
	rows := paramsKV(a, p, tok)
	rows = append([]kv{{"Token", token}}, rows...)
	width := 22
	for _, r := range rows {
		width = max(width, lipgloss.Width(a.p.T(r.k)))
	}
	for _, r := range rows {
		fmt.Fprintf(w, "  %s  %s\n", keyStyle.Render(padRight(a.p.T(r.k), width)), safetext.Escape(r.v))
	}
}

func paramsKV(a *app, p community.Params, tok community.Token) []kv {
	amt := func(v *big.Int) string { return tok.Format(v) + " " + tok.Symbol }
	notaries := make([]string, len(p.Notaries))
	for i, n := range p.Notaries {
		notaries[i] = n.Hex()
	}
	return []kv{
		{"Dues", amt(p.Dues) + " " + a.p.Sprintf("per %s", units.FormatDuration(p.Period))},
		{"Waiting period", units.FormatDuration(p.Waiting)},
		{"Grace period", units.FormatDuration(p.Grace)},
		{"Max payout per claim", amt(p.MaxPayout)},
		{"Notary seats / quorum", fmt.Sprintf("%d / %d", p.Seats, p.Quorum)},
		{"Term length", units.FormatDuration(p.Term)},
		{"Review window", units.FormatDuration(p.Review)},
		{"Voting window", units.FormatDuration(p.Voting)},
		{"Public notice", units.FormatDuration(p.Notice)},
		{"Recall signatures", fmt.Sprint(p.RecallSignatures)},
		{"Payouts per period", a.p.Sprintf("at most %s of the pool, or one max payout", outflowFlag(p.OutflowBps))},
		{"Ballots an election needs", fmt.Sprint(p.MinBallots)},
		{"Accepted credential types", strings.Join(p.AcceptedTypes, ", ")},
		{"Covered categories", strings.Join(p.Categories, ", ")},
		{"Currency", p.Currency},
		{"First notaries", strings.Join(notaries, ", ")},
	}
}

// communityInfoResult is a community's rules and current state.
type communityInfoResult struct {
	Address        string                `json:"address"`
	Parts          communityPartsResult  `json:"parts"`
	Token          communityTokenResult  `json:"token"`
	Founder        string                `json:"founder"`
	Created        string                `json:"created"`
	Params         communityParamsResult `json:"params"`
	Term           uint32                `json:"term"`
	TermStarted    string                `json:"term_started"`
	TermEnds       string                `json:"term_ends"`
	Notaries       []string              `json:"notaries"`
	Pool           jsonAmount            `json:"pool"`
	Owed           jsonAmount            `json:"owed"`
	Claims         uint64                `json:"claims"`
	PayoutsWaiting uint64                `json:"payouts_waiting"`
	ChainTime      string                `json:"chain_time"`
	info           *community.Info
}

type communityTokenResult struct {
	Address  string `json:"address"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
}

// communityParamsResult are a community's rules, fixed at creation.
type communityParamsResult struct {
	Dues           jsonAmount `json:"dues"`
	PeriodSeconds  int64      `json:"period_seconds"`
	WaitingSeconds int64      `json:"waiting_seconds"`
	GraceSeconds   int64      `json:"grace_seconds"`
	MaxPayout      jsonAmount `json:"max_payout"`
	Seats          int        `json:"seats"`
	Quorum         int        `json:"quorum"`
	TermSeconds    int64      `json:"term_seconds"`
	ReviewSeconds  int64      `json:"review_seconds"`
	VotingSeconds  int64      `json:"voting_seconds"`
	NoticeSeconds  int64      `json:"notice_seconds"`
	Recall         int        `json:"recall_signatures"`
	OutflowBps     int        `json:"outflow_bps"`
	MinBallots     int        `json:"min_ballots"`
	FirstNotaries  []string   `json:"first_notaries"`
	Categories     []string   `json:"categories"`
	AcceptedTypes  []string   `json:"accepted_types"`
	Currency       string     `json:"currency"`
}

func newCommunityInfoCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "info",
		Short: "Show the community's rules and current state",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runCommunityInfo(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			info := r.info
			tok := info.Token
			rows := []kv{
				{"Community", info.Address.Hex()},
				{"Board", info.Parts.Board.Hex()},
				{"Claims and payouts", info.Parts.Claims.Hex()},
				{"Issuer registry", info.Parts.Registry.Hex()},
				{"Token", tok.Address.Hex() + " (" + tok.Symbol + ")"},
				{"Founder", info.Founder.Hex()},
				{"Created", community.FormatTime(info.Created)},
			}
			rows = append(rows, paramsKV(a, info.Params, tok)...)
			rows = append(rows,
				kv{"Current term", fmt.Sprint(info.Term)},
				kv{"Term started", community.FormatTime(info.TermStarted)},
				kv{"Election can close", community.FormatTime(info.TermEnds)},
				kv{"Notaries", strings.Join(addrsJSON(info.Notaries), ", ")},
				kv{"Pool", tok.Format(info.Pool) + " " + tok.Symbol},
				kv{"Owed to members", tok.Format(info.Owed) + " " + tok.Symbol},
				kv{"Claims filed", fmt.Sprint(info.Claims)},
				kv{"Payouts waiting", fmt.Sprint(info.Queued)},
				kv{"Chain time", community.FormatTime(info.ChainTime)},
			)
			a.writeKV("", rows)
			return nil
		},
	}
}

func (a *app) runCommunityInfo(ctx context.Context) (*communityInfoResult, error) {
	com, err := a.community(ctx)
	if err != nil {
		return nil, err
	}
	info, err := com.Info(ctx)
	if err != nil {
		return nil, err
	}
	return toCommunityInfoResult(info), nil
}

func toCommunityInfoResult(info *community.Info) *communityInfoResult {
	p, tok := info.Params, info.Token
	secs := func(d time.Duration) int64 { return int64(d / time.Second) }
	return &communityInfoResult{
		Address: info.Address.Hex(),
		Parts:   partsJSON(info.Parts),
		Token:   communityTokenResult{Address: tok.Address.Hex(), Symbol: tok.Symbol, Decimals: tok.Decimals},
		Founder: info.Founder.Hex(),
		Created: timeJSON(info.Created),
		Params: communityParamsResult{
			Dues: amountJSON(tok, p.Dues), PeriodSeconds: secs(p.Period),
			WaitingSeconds: secs(p.Waiting), GraceSeconds: secs(p.Grace),
			MaxPayout: amountJSON(tok, p.MaxPayout), Seats: p.Seats, Quorum: p.Quorum,
			TermSeconds: secs(p.Term), ReviewSeconds: secs(p.Review), VotingSeconds: secs(p.Voting),
			NoticeSeconds: secs(p.Notice), Recall: p.RecallSignatures, OutflowBps: p.OutflowBps, MinBallots: p.MinBallots,
			FirstNotaries: addrsJSON(p.Notaries), Categories: p.Categories, AcceptedTypes: p.AcceptedTypes,
			Currency: p.Currency,
		},
		Term:           info.Term,
		TermStarted:    timeJSON(info.TermStarted),
		TermEnds:       timeJSON(info.TermEnds),
		Notaries:       addrsJSON(info.Notaries),
		Pool:           amountJSON(tok, info.Pool),
		Owed:           amountJSON(tok, info.Owed),
		Claims:         info.Claims,
		PayoutsWaiting: info.Queued,
		ChainTime:      timeJSON(info.ChainTime),
		info:           info,
	}
}

// paramFlags words creation-parameter problems as the flags that set
// them, in p's language.
func paramFlags(p i18n.Printer, err error) string {
	var pes community.ParamErrors
	var pe *community.ParamError
	switch {
	case errors.As(err, &pes):
	case errors.As(err, &pe):
		pes = community.ParamErrors{pe}
	default:
		return err.Error()
	}
	msgs := make([]string, len(pes))
	for i, e := range pes {
		msgs[i] = "--" + e.Field + ": " + p.Text(e.Said())
	}
	return strings.Join(msgs, "; ")
}
