package community

import (
	"github.com/huzhu-community/huzhu/disclosure"

	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/units"
)

// Params are a community's rules, fixed at creation (SPEC section 4).
type Params struct {
	Token     common.Address // zero: the dev KBC on a dev chain, else a new KBC
	Dues      *big.Int       // base units per period
	Period    time.Duration
	Waiting   time.Duration
	Grace     time.Duration
	MaxPayout *big.Int
	Seats     int
	Quorum    int
	Term      time.Duration
	Review    time.Duration
	Voting    time.Duration // least time an election stays open
	// Notice is an approved claim's public notice before it can be paid.
	Notice time.Duration
	// RecallSignatures are the eligible members' signatures that recall a
	// board during a notice.
	RecallSignatures int
	// OutflowBps caps payouts per period: this share (basis points) of the
	// pool at the period's first payout, or MaxPayout if that is larger.
	OutflowBps int
	// MinBallots are the ballots an election needs to count.
	MinBallots int
	Notaries   []common.Address
	Categories []string
	// AcceptedTypes are the credential types (vct) accepted as evidence.
	AcceptedTypes []string
	Currency      string // ISO 4217: three uppercase letters
}

// DefaultParams are the demo community's, for a token with 18 decimals.
func DefaultParams() Params {
	d := contracts.DemoParams(common.Address{}, nil)
	return Params{
		Dues:             d.Dues,
		Period:           time.Duration(d.Period) * time.Second,
		Waiting:          time.Duration(d.WaitingPeriod) * time.Second,
		Grace:            time.Duration(d.GracePeriod) * time.Second,
		MaxPayout:        d.MaxPayout,
		Seats:            int(d.Seats),
		Quorum:           int(d.Quorum),
		Term:             time.Duration(d.Term) * time.Second,
		Review:           time.Duration(d.ReviewWindow) * time.Second,
		Voting:           time.Duration(d.VotingWindow) * time.Second,
		Notice:           time.Duration(d.NoticeWindow) * time.Second,
		RecallSignatures: int(d.RecallSignatures),
		OutflowBps:       int(d.OutflowBps),
		MinBallots:       int(d.MinBallots),
		Categories:       d.Categories,
		AcceptedTypes:    d.AcceptedTypes,
		Currency:         d.Currency,
	}
}

// Validate checks the rules the contract enforces, so that a mistake is
// explained before anything is sent.
func (p Params) Validate() error {
	var errs ParamErrors
	badParam := func(field, format string, args ...any) {
		t := i18n.Say(format, args...)
		errs = append(errs, &ParamError{Field: field, Problem: t.String(), Text: t})
	}
	if p.Dues == nil || p.Dues.Sign() <= 0 {
		badParam("dues", "must be more than 0")
	}
	if p.Period < time.Second {
		badParam("period", "must be at least a second")
	} else if p.Period*time.Duration(contracts.MaxPeriods) > time.Duration(1<<32-1)*time.Second {
		badParam("period", "%s is too long", units.FormatDuration(p.Period))
	}
	if p.Grace > p.Period {
		badParam("grace", "must not be longer than the period (%s)", units.FormatDuration(p.Period))
	}
	if p.Waiting < 0 || p.Grace < 0 {
		badParam("waiting", "durations cannot be negative")
	} else if p.Waiting < time.Second {
		badParam("waiting", "must be at least a second (new members wait before they claim, stand or vote)")
	}
	if p.MaxPayout == nil || p.MaxPayout.Sign() <= 0 || p.MaxPayout.BitLen() > 88 {
		badParam("max-payout", "must be more than 0 and fit in 88 bits")
	}
	if p.Seats < 1 || p.Seats > contracts.MaxSeats {
		badParam("seats", "must be between 1 and %d", contracts.MaxSeats)
	}
	if p.Quorum < 1 || p.Quorum > p.Seats {
		badParam("quorum", "must be between 1 and the seats (%d)", p.Seats)
	} else if p.Quorum == p.Seats && p.Seats > 1 {
		badParam("quorum", "must be below the seats (%d): a quorum of every seat could not decide a claim once one notary resigned", p.Seats)
	}
	if p.Term < time.Second {
		badParam("term", "must be at least a second")
	}
	if p.Review < time.Second {
		badParam("review", "must be at least a second")
	}
	if p.Voting < time.Second || p.Voting > p.Term {
		badParam("voting", "must be at least a second and at most the term (%s)", units.FormatDuration(p.Term))
	}
	if p.Notice < time.Second || p.Notice > time.Duration(1<<32-1)*time.Second {
		badParam("notice", "must be at least a second")
	}
	if p.RecallSignatures < 1 || p.RecallSignatures > 1<<16-1 {
		badParam("recall", "must be between 1 and %d signatures", 1<<16-1)
	}
	if p.OutflowBps < 1 || p.OutflowBps > 10_000 {
		badParam("outflow", "must be more than 0%% and at most 100%% of the pool")
	}
	if p.MinBallots < 1 || p.MinBallots > 1<<16-1 {
		badParam("min-ballots", "must be between 1 and %d ballots", 1<<16-1)
	}
	if len(p.Notaries) < p.Quorum || len(p.Notaries) > p.Seats {
		badParam("notaries", "name between the quorum (%d) and the seats (%d) first-term notaries, got %d", p.Quorum, p.Seats, len(p.Notaries))
	}
	seen := map[common.Address]bool{}
	for _, n := range p.Notaries {
		if n == (common.Address{}) || seen[n] {
			badParam("notaries", "%s is zero or named twice", n.Hex())
		}
		seen[n] = true
	}
	if len(p.Categories) == 0 || len(p.Categories) > 64 {
		badParam("categories", "name between 1 and 64 covered categories")
	}
	for _, c := range p.Categories {
		if strings.TrimSpace(c) == "" {
			badParam("categories", "a category name is empty")
		}
	}
	if len(p.AcceptedTypes) == 0 || len(p.AcceptedTypes) > 64 {
		badParam("accepted-types", "name between 1 and 64 accepted credential types")
	}
	for _, t := range p.AcceptedTypes {
		if strings.TrimSpace(t) == "" {
			badParam("accepted-types", "a credential type is empty")
		}
	}
	if !ValidCurrency(p.Currency) {
		badParam("currency", "%q is not an ISO 4217 code (three uppercase letters, e.g. CNY)", p.Currency)
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// ParamError is a creation parameter the contract would refuse. Field is
// the parameter's name (dues, period, waiting, grace, max-payout, seats,
// quorum, term, review, voting, notice, recall, outflow, min-ballots,
// notaries, categories, accepted-types, currency, token);
// a face words it as its own input (the CLI as a flag).
type ParamError struct {
	Field   string
	Problem string
	// Text is Problem for a face to word in its language.
	Text i18n.Text
}

func (e *ParamError) Error() string { return e.Field + ": " + e.Problem }

// Said is the problem as a Text (i18n.Sayer), without the field.
func (e *ParamError) Said() i18n.Text {
	if e.Text.IsZero() {
		return i18n.Say("%s", e.Problem)
	}
	return e.Text
}

// ParamErrors are all the problems Validate found.
type ParamErrors []*ParamError

func (e ParamErrors) Error() string {
	msgs := make([]string, len(e))
	for i, pe := range e {
		msgs[i] = pe.Error()
	}
	return strings.Join(msgs, "; ")
}

// Warnings name rules that are valid but weaken the community: a waiting
// period shorter than a coverage period lets anyone buy votes in an
// election for the dues of one period (the waiting period is the
// election's sybil defence).
func (p Params) Warnings() []string {
	var out []string
	for _, t := range p.WarningTexts() {
		out = append(out, t.String())
	}
	return out
}

// WarningTexts are Warnings as sentences for a face to word.
func (p Params) WarningTexts() []i18n.Text {
	var out []i18n.Text
	if p.Waiting < p.Period {
		out = append(out, i18n.Say("the waiting period (%s) is shorter than a coverage period (%s): the waiting period is what keeps elections from being bought, and a member who paid one period's dues can vote after it; consider a waiting period of %s or more",
			units.FormatDuration(p.Waiting), units.FormatDuration(p.Period), units.FormatDuration(p.Period)))
	}
	if p.Quorum >= p.Seats {
		out = append(out, i18n.Say("the quorum (%d) equals the seats (%d): a notary never votes on their own claim, so a sitting notary's claim can never be approved; a quorum below the seats avoids this", p.Quorum, p.Seats))
	} else if len(p.Notaries) > 0 && p.Quorum >= len(p.Notaries) {
		out = append(out, i18n.Say("the first term seats %d notaries and the quorum is %d: while one of them is away, resigns or files a claim, no claim can be decided until the next term", len(p.Notaries), p.Quorum))
	}
	return out
}

// ContractParams are p as the parts' constructors take them.
func (p Params) ContractParams(token common.Address) contracts.Params {
	secs := func(d time.Duration) uint64 { return uint64(d / time.Second) }
	return contracts.Params{
		Token:            token,
		Dues:             p.Dues,
		Period:           secs(p.Period),
		WaitingPeriod:    secs(p.Waiting),
		GracePeriod:      secs(p.Grace),
		MaxPayout:        p.MaxPayout,
		Seats:            uint8(p.Seats),
		Quorum:           uint8(p.Quorum),
		Term:             secs(p.Term),
		ReviewWindow:     secs(p.Review),
		VotingWindow:     secs(p.Voting),
		NoticeWindow:     secs(p.Notice),
		RecallSignatures: uint16(p.RecallSignatures),
		OutflowBps:       uint16(p.OutflowBps),
		MinBallots:       uint16(p.MinBallots),
		Notaries:         p.Notaries,
		Categories:       p.Categories,
		AcceptedTypes:    p.AcceptedTypes,
		Currency:         p.Currency,
	}
}

// ValidCurrency reports whether s is shaped as an ISO 4217 code (the
// contract checks the same); credentials' currencies are read by the same rule.
func ValidCurrency(s string) bool { return disclosure.ValidCurrency(s) }
