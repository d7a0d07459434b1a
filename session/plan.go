package session

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/units"
	"github.com/huzhu-community/huzhu/wallet"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Plan is a transaction a domain operation wants sent: not yet priced,
// confirmed or signed.
type Plan struct {
	// To is the contract or account called; nil creates a contract.
	To    *common.Address
	Data  []byte
	Value *big.Int // wei sent along; nil for none
	// Spends is how much of Token the transaction moves from the account
	// (dues, a token transfer); Quote checks the balance covers it.
	Spends *big.Int
	Token  community.Token
	// What says what the transaction does, for the confirmation: a face
	// writes it in its words (or a catalog key); a service says it as
	// Text, and What is then its English (Said fills it in).
	What string
	Text i18n.Text
}

// Said is p with What set to its Text's English, for a service to return.
func (p Plan) Said() Plan {
	if !p.Text.IsZero() {
		p.What = p.Text.String()
	}
	return p
}

// Says is what p does as a Text for a face to word: its Text, or What
// as a face wrote it (a catalog key, translated when shown).
func (p Plan) Says() i18n.Text {
	if !p.Text.IsZero() {
		return p.Text
	}
	return i18n.Say(p.What)
}

// Quote is a plan priced for an account: the most it can cost in fees,
// and what the account holds to pay with.
type Quote struct {
	Plan Plan
	From common.Address
	Gas  uint64
	Fees chain.Fees
	// MaxFee is Gas × fee cap: the most the fee can be, in wei.
	MaxFee *big.Int
	// ETH is the account's balance when quoted.
	ETH *big.Int
	// Tokens is the account's balance of Plan.Token (nil if Plan spends none).
	Tokens *big.Int
}

// GweiCap is the fee cap in gwei, for showing.
func (q *Quote) GweiCap() string {
	f := new(big.Float).Quo(new(big.Float).SetInt(q.Fees.FeeCap), big.NewFloat(1e9))
	return f.Text('g', 4)
}

// Quote prices a plan for the account `from` and checks it can pay: ETH
// for value and fee, tokens for what the plan spends. A transaction the
// chain would refuse (a revert in the estimate) is explained.
func (s *Session) Quote(ctx context.Context, from common.Address, p Plan) (*Quote, error) {
	c, err := s.Chain(ctx)
	if err != nil {
		return nil, err
	}
	q := &Quote{Plan: p, From: from}
	if p.Spends != nil && p.Spends.Sign() > 0 {
		bal, err := p.Token.BalanceOf(ctx, c, from)
		if err != nil {
			return nil, err
		}
		q.Tokens = bal
		if bal.Cmp(p.Spends) < 0 {
			return nil, &Error{Kind: KindRefused, Remedy: RemedyFundTokens, Account: from.Hex(),
				Text: i18n.Say("insufficient %s: %s holds %s %s, this needs %s", p.Token.Symbol, from.Hex(), p.Token.Format(bal), p.Token.Symbol, p.Token.Format(p.Spends))}
		}
	}
	fq, err := chain.QuoteFee(ctx, c, from, p.To, p.Data, p.Value)
	if errors.Is(err, chain.ErrInsufficientFunds) {
		return nil, &Error{Kind: KindRefused, Remedy: RemedyFundETH, Account: from.Hex(), Problem: err.Error(), Err: err}
	}
	if err != nil {
		return nil, s.Explain(ctx, err)
	}
	q.Gas, q.Fees, q.MaxFee = fq.Gas, fq.Fees, fq.MaxWei
	if q.ETH, err = c.BalanceAt(ctx, from, nil); err != nil {
		return nil, err
	}
	if need := ethNeeded(p.Value, q.MaxFee); q.ETH.Cmp(need) < 0 {
		return nil, &Error{Kind: KindRefused, Remedy: RemedyFundETH, Account: from.Hex(),
			Text: i18n.Say("insufficient ETH for gas: %s holds %s ETH, the transaction may cost up to %s", from.Hex(), units.FormatAmount(q.ETH, 18), units.FormatAmount(need, 18))}
	}
	return q, nil
}

// Send journals, broadcasts and follows a quoted plan with the account's
// sender, and explains a refusal by the contract.
func (s *Session) Send(ctx context.Context, snd *wallet.Sender, q *Quote) (*types.Receipt, error) {
	if snd.From() != q.From {
		return nil, fmt.Errorf("the quote is for %s, the sender is %s", q.From.Hex(), snd.From().Hex())
	}
	r, err := snd.Send(ctx, q.Plan.To, q.Plan.Data, q.Plan.Value)
	if err != nil {
		return r, s.Explain(ctx, err)
	}
	return r, nil
}

// Explain turns a contract's custom error into a sentence naming the cause
// and the fix (a community.Refusal); other errors pass unchanged.
func (s *Session) Explain(ctx context.Context, err error) error {
	var rev *contracts.Revert
	if !errors.As(err, &rev) {
		return err
	}
	tok, _, _, terr := s.Token(ctx)
	if terr != nil || tok.Symbol == "" {
		tok = community.Token{Symbol: "tokens", Decimals: 18}
	}
	return community.Refuse(rev, tok)
}

// StepPlan is a community step as a plan to send, in the community's
// token, with what it does for the confirmation.
func StepPlan(tok community.Token, s community.Step, what string) Plan {
	to := s.To
	return Plan{To: &to, Data: s.Data, Spends: s.Spends, Token: tok, What: what}
}
