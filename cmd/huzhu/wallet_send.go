package main

import (
	"context"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// token is the token huzhu shows and sends: the community's, else the dev
// KBC on a dev chain; ok is false when there is neither.
func (a *app) token(ctx context.Context) (tok community.Token, com *community.Community, ok bool, err error) {
	return a.session().Token(ctx)
}

// accountOnChain is namedAccount with the chain opened.
func (a *app) accountOnChain(ctx context.Context, args []string) (wallet.Account, *chain.Conn, error) {
	acct, err := a.namedAccount(args)
	if err != nil {
		return acct, nil, err
	}
	c, err := a.chain(ctx)
	return acct, c, err
}

// namedAccount is the account named by the argument, else --account.
func (a *app) namedAccount(args []string) (wallet.Account, error) {
	s := a.store(false)
	if len(args) == 1 {
		acct, err := s.Get(args[0])
		if err != nil {
			return acct, asUsage(err)
		}
		return acct, nil
	}
	acct, err := a.account(s)
	if err != nil {
		return acct, asUsage(err)
	}
	return acct, nil
}

type walletBalanceOptions struct {
	// Name is the account's name; empty: --account.
	Name string
}

type walletBalanceResult struct {
	Name    string     `json:"name"`
	Address string     `json:"address"`
	ETH     jsonAmount `json:"eth"`
	// Tokens is nil where there is no community token and no dev KBC.
	Tokens *jsonAmount `json:"tokens"`
}

func newWalletBalanceCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "balance [NAME]",
		Short: "ETH (for gas) and community token balances",
		Args:  maxArgs(1, "at most one account name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var o walletBalanceOptions
			if len(args) == 1 {
				o.Name = args[0]
			}
			r, err := a.runWalletBalance(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			rows := []kv{{"Address", r.Address}, {"ETH", r.ETH.Value}}
			if r.Tokens != nil {
				rows = append(rows, kv{r.Tokens.Symbol, r.Tokens.Value})
			}
			a.writeKV(r.Name, rows)
			return nil
		},
	}
}

func (a *app) runWalletBalance(ctx context.Context, o walletBalanceOptions) (*walletBalanceResult, error) {
	acct, c, err := a.accountOnChain(ctx, nameArgs(o.Name))
	if err != nil {
		return nil, err
	}
	eth, err := c.BalanceAt(ctx, acct.Address, nil)
	if err != nil {
		return nil, err
	}
	tok, com, ok, err := a.token(ctx)
	if err != nil {
		return nil, err
	}
	r := &walletBalanceResult{Name: acct.Name, Address: acct.Address.Hex(), ETH: ethJSON(eth)}
	if ok {
		var tokens *big.Int
		if com != nil {
			tokens, err = com.TokenBalance(ctx, acct.Address)
		} else {
			tokens, err = tokenBalance(ctx, c, tok.Address, acct.Address)
		}
		if err != nil {
			return nil, err
		}
		amt := amountJSON(tok, tokens)
		r.Tokens = &amt
	}
	return r, nil
}

// nameArgs is an optional account name as namedAccount takes it.
func nameArgs(name string) []string {
	if name == "" {
		return nil
	}
	return []string{name}
}

func tokenBalance(ctx context.Context, b chain.Backend, token, who common.Address) (*big.Int, error) {
	kbc := contracts.NewKangbaoCoin()
	out, err := b.CallContract(ctx, callMsg(token, kbc.PackBalanceOf(who)), nil)
	if err != nil {
		return nil, err
	}
	return kbc.UnpackBalanceOf(out)
}

type walletSendOptions struct {
	To     string // an address or account name
	Amount string
	Token  bool // the community token (or dev KBC), not ETH
}

type walletSendResult struct {
	Amount jsonAmount `json:"amount"`
	// Warnings name what looked wrong and was confirmed anyway:
	// to-community, to-self, zero-amount.
	Warnings []string `json:"warnings,omitempty"`
	From     string   `json:"from"`
	To       string   `json:"to"`
	Tx       string   `json:"tx"`
	Block    uint64   `json:"block"`
	what     string   // the amount, in words
}

func newWalletSendCmd(a *app) *cobra.Command {
	var o walletSendOptions
	cmd := &cobra.Command{
		Use:   "send --to ADDR --amount X [--token]",
		Short: "Send ETH, or the community token with --token",
		Long: `Send ETH or (with --token) the community's token from --account. The fee is estimated
and shown before you confirm. The signed transaction is journaled before it is broadcast:
if huzhu stops or the connection drops, the next run finds out what happened to it and
never pays twice. A transaction stuck with too low a fee can be replaced with
'huzhu wallet speedup HASH' or 'huzhu wallet cancel HASH'.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := a.runWalletSend(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Sent %s to %s in block %d (%s)", r.what, r.To, r.Block, r.Tx)
			return nil
		},
	}
	cmd.Flags().StringVar(&o.To, "to", "", "recipient: an address or an account name")
	cmd.Flags().StringVar(&o.Amount, "amount", "", "amount, e.g. 10 or 0.25")
	cmd.Flags().BoolVar(&o.Token, "token", false, "send the community token instead of ETH")
	return cmd
}

func (a *app) runWalletSend(ctx context.Context, o walletSendOptions) (*walletSendResult, error) {
	if o.To == "" || o.Amount == "" {
		return nil, usageErrorf("--to and --amount are required")
	}
	to, err := a.resolveAddress(o.To)
	if err != nil {
		return nil, err
	}
	var (
		target = to
		data   []byte
		value  = new(big.Int)
		amount *big.Int
		what   string
		r      walletSendResult
	)
	if o.Token {
		tok, _, ok, err := a.token(ctx)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, usageErrorf("--token: no community token here; pass --community")
		}
		amount, err = tok.Parse(o.Amount)
		if err != nil {
			return nil, usageErrorf("--amount: %v", err)
		}
		target, data = tok.Address, contracts.NewKangbaoCoin().PackTransfer(to, amount)
		what = tok.Format(amount) + " " + tok.Symbol
		r.Amount = amountJSON(tok, amount)
	} else {
		if value, err = units.ParseAmount(o.Amount, 18); err != nil {
			return nil, usageErrorf("--amount: %v", err)
		}
		what = units.FormatAmount(value, 18) + " ETH"
		r.Amount = ethJSON(value)
		amount = value
	}
	s, acct, err := a.sender(ctx)
	if err != nil {
		return nil, err
	}
	a.note("Send %s from %s to %s", what, acct.Name, to.Hex())
	var warned []string
	for _, w := range a.session().TransferWarnings(ctx, acct.Address, to, amount) {
		warned = append(warned, a.warnTransfer(w, o.Token))
	}
	r.Warnings = warned
	if err := a.quoteAndConfirmTo(ctx, acct.Address, &target, data, value, "Send this transaction?"); err != nil {
		return nil, err
	}
	rc, err := s.Send(ctx, &target, data, value)
	if err != nil {
		return nil, a.explain(ctx, err)
	}
	r.From, r.To, r.Tx, r.Block, r.what = acct.Address.Hex(), to.Hex(), rc.TxHash.Hex(), rc.BlockNumber.Uint64(), what
	return &r, nil
}

// warnTransfer says on stderr, before the confirmation, what is probably
// wrong with a transfer; it returns the warning's name for --json.
func (a *app) warnTransfer(w session.TransferWarning, token bool) string {
	switch w {
	case session.WarnToCommunity:
		if token {
			a.warn("the recipient is a community contract: tokens sent to it straight become a gift to its pool that no event explains and no one can take back; a gift meant for the pool goes through the contract's donate, which records it")
		} else {
			a.warn("the recipient is a community contract: its pool holds the community token, not ETH, and the contract refuses ETH")
		}
		return "to-community"
	case session.WarnToSelf:
		a.warn("the recipient is the sending account itself: nothing moves but the fee is paid")
		return "to-self"
	case session.WarnZero:
		a.warn("the amount is zero: nothing moves but the fee is paid")
		return "zero-amount"
	}
	return ""
}

// explain turns a contract refusal into the community's sentence for it.
func (a *app) explain(ctx context.Context, err error) error {
	return a.session().Explain(ctx, err)
}

// entryResult is a journaled transaction as commands show it.
type entryResult struct {
	Hash     string `json:"hash"`
	Nonce    uint64 `json:"nonce"`
	What     string `json:"what"`
	State    string `json:"state"`
	Created  string `json:"created"`
	Block    uint64 `json:"block,omitempty"`
	Replaces string `json:"replaces,omitempty"`
	Error    string `json:"error,omitempty"`
	inBlock  string // " in block N", or empty
}

func toEntryResult(e wallet.Entry, from common.Address) entryResult {
	out := entryResult{Hash: e.Hash.Hex(), Nonce: e.Nonce, What: e.Description(from), State: e.State, Created: timeJSON(e.Created), Block: e.Block, Error: e.Error, inBlock: e.InBlock()}
	if e.Replaces != (common.Hash{}) {
		out.Replaces = e.Replaces.Hex()
	}
	return out
}

type walletPendingOptions struct {
	// Name is the account's name; empty: --account.
	Name string
}

type walletPendingResult struct {
	Address string `json:"address"`
	// Settled are the transactions that were waiting and no longer are.
	Settled []entryResult `json:"settled"`
	Pending []entryResult `json:"pending"`
}

func newWalletPendingCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "pending [NAME]",
		Short: "Check transactions huzhu is still waiting for, and show what became of them",
		Args:  maxArgs(1, "at most one account name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var o walletPendingOptions
			if len(args) == 1 {
				o.Name = args[0]
			}
			r, err := a.runWalletPending(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			for _, e := range r.Settled {
				a.say("%s: %s%s (%s)", e.What, e.State, e.inBlock, e.Hash)
			}
			if len(r.Pending) == 0 {
				a.say("Nothing is waiting.")
			}
			for _, e := range r.Pending {
				a.say("waiting: %s, nonce %d (%s)", e.What, e.Nonce, e.Hash)
			}
			return nil
		},
	}
}

func (a *app) runWalletPending(ctx context.Context, o walletPendingOptions) (*walletPendingResult, error) {
	acct, c, err := a.accountOnChain(ctx, nameArgs(o.Name))
	if err != nil {
		return nil, err
	}
	j := wallet.NewJournal(a.g.DataDir)
	changed, err := wallet.ReconcileAccount(ctx, c, j, acct.Address)
	if err != nil {
		return nil, err
	}
	pending, err := j.Pending(acct.Address)
	if err != nil {
		return nil, err
	}
	r := &walletPendingResult{Address: acct.Address.Hex(), Settled: []entryResult{}, Pending: []entryResult{}}
	for _, e := range changed {
		r.Settled = append(r.Settled, toEntryResult(e, acct.Address))
	}
	for _, e := range pending {
		r.Pending = append(r.Pending, toEntryResult(e, acct.Address))
	}
	return r, nil
}

type walletReplaceOptions struct {
	Hash string // of the waiting transaction
	// Cancel replaces it with a 0 ETH transfer to the account itself;
	// else it is resent with higher fees (speedup).
	Cancel bool
}

type walletReplaceResult struct {
	Replaced string `json:"replaced"`
	Mined    string `json:"mined"`
	Block    uint64 `json:"block"`
}

func newWalletReplaceCmd(a *app, cancel bool) *cobra.Command {
	use, short := "speedup HASH", "Resend a waiting transaction with higher fees (same nonce)"
	if cancel {
		use, short = "cancel HASH", "Replace a waiting transaction with a 0 ETH transfer to yourself"
	}
	return &cobra.Command{
		Use:   use,
		Short: short,
		Args:  exactArgs(1, "one transaction hash"),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := a.runWalletReplace(cmd.Context(), walletReplaceOptions{Hash: args[0], Cancel: cancel})
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(r)
			}
			a.say("Mined %s in block %d", r.Mined, r.Block)
			return nil
		},
	}
}

func (a *app) runWalletReplace(ctx context.Context, o walletReplaceOptions) (*walletReplaceResult, error) {
	if len(o.Hash) != 66 || !strings.HasPrefix(o.Hash, "0x") {
		return nil, usageErrorf("%q is not a transaction hash", o.Hash)
	}
	h := common.HexToHash(o.Hash)
	s, _, err := a.sender(ctx)
	if err != nil {
		return nil, err
	}
	// Show what the journaled transaction truly does, from its
	// signed bytes, checked to be this account's for this chain.
	_, tx, err := s.Inspect(ctx, h)
	if err != nil {
		return nil, err
	}
	describeTx(a, tx)
	fees, err := s.ReplacementFees(ctx, tx, o.Cancel)
	if err != nil {
		return nil, err
	}
	question := "Re-sign and send it with higher fees?"
	if o.Cancel {
		a.note("The cancel replaces it with a 0 ETH transfer to yourself, nonce %d.", tx.Nonce())
		question = "Send the cancel?"
	}
	a.note("  new fee    at most %s ETH (gas limit %d × max fee %s gwei)", units.FormatAmount(fees.MaxCost(), 18), fees.Gas, units.FormatAmount(fees.FeeCap, 9))
	if err := a.confirm(question); err != nil {
		return nil, err
	}
	e, err := s.ReplaceWithFees(ctx, h, o.Cancel, &fees)
	if err != nil {
		return nil, err
	}
	r, err := s.Wait(ctx, e)
	if err != nil {
		return nil, a.explain(ctx, err)
	}
	return &walletReplaceResult{Replaced: h.Hex(), Mined: r.TxHash.Hex(), Block: r.BlockNumber.Uint64()}, nil
}

// describeTx tells, on stderr, what a signed transaction does: recipient,
// value and call.
func describeTx(a *app, tx *types.Transaction) {
	to := a.p.T("(creates a contract)")
	if tx.To() != nil {
		to = tx.To().Hex()
	}
	call := wallet.Call(tx.Data())
	if call == "" {
		call = a.p.T("none (a plain transfer)")
	}
	a.note("Transaction %s, nonce %d:", tx.Hash().Hex(), tx.Nonce())
	a.note("  recipient  %s", to)
	a.note("  value      %s ETH", units.FormatAmount(tx.Value(), 18))
	a.note("  call       %s", call)
}
