package community

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/contracts"
)

// ErrRefused marks a refusal by the community's rules: by the contract, or
// by huzhu checking the same rule before sending.
var ErrRefused = errors.New("refused by the community's rules")

// Refusal is a refusal in words: what happened, and what the person can
// do about it as a Fix for each face to word (the CLI names a command, the
// TUI a screen). Revert is the contract's decoded error, nil when huzhu
// refused before sending.
type Refusal struct {
	Reason string
	Fix    Fix
	Revert *contracts.Revert
}

// Fix is what a person can do about a refusal.
type Fix int

const (
	FixNone Fix = iota
	// FixJoin: become a member (pay dues) first.
	FixJoin
	// FixRenew: pay dues again.
	FixRenew
	// FixPayPastElection: pay dues for enough periods to stay covered past
	// the election's close.
	FixPayPastElection
	// FixGiveReason: a rejection needs a reason code.
	FixGiveReason
	// FixSeeElection: look at the election (candidates, one's ballot).
	FixSeeElection
	// FixStand: stand as a candidate first.
	FixStand
	// FixCreateParams: the community's creation parameters are wrong.
	FixCreateParams
)

// Refuse is the contract's refusal r as a *Refusal: the sentence and the fix.
func Refuse(r *contracts.Revert, tok Token) *Refusal {
	return &Refusal{Reason: Explain(r, tok), Fix: fixOf(r), Revert: r}
}

func fixOf(r *contracts.Revert) Fix {
	switch v := r.Value.(type) {
	case *contracts.CommunityInvalidParameter:
		return FixCreateParams
	case *contracts.CommunityNotActive:
		if v.CoveredUntil == 0 {
			return FixJoin
		}
		return FixRenew
	case *contracts.CommunityCoverageEndsBeforeElection:
		return FixPayPastElection
	case *contracts.CommunityReasonRequired:
		return FixGiveReason
	case *contracts.CommunityBallotMismatch, *contracts.CommunityNotCandidate:
		return FixSeeElection
	case *contracts.CommunityNotNotaryOrCandidate:
		return FixStand
	}
	return FixNone
}

func (r *Refusal) Error() string { return r.Reason }
func (r *Refusal) Unwrap() []error {
	if r.Revert == nil {
		return []error{ErrRefused}
	}
	return []error{ErrRefused, r.Revert}
}

// FormatTime writes a chain time the way huzhu shows it to people.
func FormatTime(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

// FormatFrom writes a moment from which something opens (a waiting
// period's end, a window's close), rounded UP to the next minute:
// FormatTime cuts the seconds, so "ends 13:04" for 13:04:30 would be
// refused at 13:04. Said this way, the time shown is always late enough.
func FormatFrom(t time.Time) string {
	if t.Truncate(time.Minute).Equal(t) {
		return FormatTime(t)
	}
	return FormatTime(t.Truncate(time.Minute).Add(time.Minute))
}

func unix(v uint64) string { return FormatTime(time.Unix(int64(v), 0)) }

// unixFrom is FormatFrom of a chain timestamp.
func unixFrom(v uint64) string { return FormatFrom(time.Unix(int64(v), 0)) }

func (c *Community) explain(err error) error { return explainErr(err, c.Token) }

// explainErr turns a contract refusal inside err into a *Refusal.
func explainErr(err error, tok Token) error {
	var r *contracts.Revert
	if err == nil || !errors.As(err, &r) {
		return err
	}
	var refusal *Refusal
	if errors.As(err, &refusal) {
		return err
	}
	return Refuse(r, tok)
}

// Explain says in one sentence why the contract refused and what to do.
func Explain(r *contracts.Revert, tok Token) string {
	amt := func(v *big.Int) string { return tok.Format(v) + " " + tok.Symbol }
	switch v := r.Value.(type) {
	case *contracts.CommunityInvalidParameter:
		return fmt.Sprintf("the community parameter %q is invalid", v.Name)
	case *contracts.CommunityZeroMember:
		return "no member named; pass an address"
	case *contracts.CommunityInvalidPeriods:
		return fmt.Sprintf("pay between 1 and %s periods at a time (asked: %s)", v.Max, v.Periods)
	case *contracts.CommunityNotActive:
		if v.CoveredUntil == 0 {
			return fmt.Sprintf("%s is not a member; join first", v.Member.Hex())
		}
		return fmt.Sprintf("%s's coverage ended %s; pay dues again to renew it", v.Member.Hex(), unix(v.CoveredUntil))
	case *contracts.CommunityCoverageEndsBeforeElection:
		return fmt.Sprintf("standing and voting need coverage past the election's close (%s), and your coverage ends %s; pay dues until after %s first", unix(v.ElectionClosesAt), unix(v.CoveredUntil), unix(v.ElectionClosesAt))
	case *contracts.CommunityWaitingPeriod:
		return fmt.Sprintf("waiting period ends %s; claims, standing and voting open then", unixFrom(v.EligibleAt))
	case *contracts.CommunityOpenClaimExists:
		return fmt.Sprintf("claim %s is still under review until %s; one open claim at a time", v.ClaimId, unixFrom(v.ReviewEndsAt))
	case *contracts.CommunityAmountOutOfRange:
		return fmt.Sprintf("the amount %s is outside what a claim may ask (more than 0, at most %s)", amt(v.Amount), amt(v.MaxPayout))
	case *contracts.CommunityNullifierAlreadyPaid:
		return fmt.Sprintf("this medical event was already paid by claim %s; it cannot be paid twice", v.ClaimId)
	case *contracts.CommunityEvidenceMismatch:
		return fmt.Sprintf("the nullifier or envelope hash given does not match claim %s's evidence", v.ClaimId)
	case *contracts.CommunityEnvelopeSize:
		return fmt.Sprintf("the sealed envelope is %s bytes; sealed to this term's seated notaries it must be exactly %s (disclosure envelope format v2); seal it again to the current notaries", v.Size, v.Expected)
	case *contracts.CommunityTermChanged:
		return fmt.Sprintf("the claim was sealed to the notaries of term %d, but term %d has begun; seal it again to the new notaries", v.SealedFor, v.Current)
	case *contracts.CommunityQuorumUnreachable:
		return fmt.Sprintf("only %s notaries could vote on this claim, fewer than the quorum of %s; wait for the next term", v.Voters, v.Quorum)
	case *contracts.CommunityUnknownClaim:
		return fmt.Sprintf("there is no claim %s", v.ClaimId)
	case *contracts.CommunityClaimNotOpen:
		return fmt.Sprintf("claim %s is %s, no longer open for votes", v.ClaimId, contracts.StatusName(v.Status))
	case *contracts.CommunityReviewWindowClosed:
		return fmt.Sprintf("the review window of claim %s closed %s; the member may file again", v.ClaimId, unix(v.ClosedAt))
	case *contracts.CommunityReviewWindowOpen:
		return fmt.Sprintf("claim %s is under review until %s", v.ClaimId, unixFrom(v.ClosesAt))
	case *contracts.CommunityNotNotary:
		return fmt.Sprintf("%s is not a notary of term %d", v.Account.Hex(), v.Term)
	case *contracts.CommunityOwnClaim:
		return fmt.Sprintf("claim %s is your own; the other notaries decide it", v.ClaimId)
	case *contracts.CommunityAlreadyVoted:
		return fmt.Sprintf("%s has already voted on claim %s", v.Notary.Hex(), v.ClaimId)
	case *contracts.CommunityReasonRequired:
		return "a rejection needs a reason code"
	case *contracts.CommunityAlreadyCandidate:
		return fmt.Sprintf("%s already stands in election %d", v.Account.Hex(), v.Election)
	case *contracts.CommunityBallotMismatch:
		return "the ballot given as your previous one is not your last ballot in this election (another vote may have landed since); look at the election again and vote again"
	case *contracts.CommunityAlreadyListed:
		return fmt.Sprintf("%s is already on the election's leaderboard", v.Candidate.Hex())
	case *contracts.CommunityNotOutpolling:
		return fmt.Sprintf("%s has %d votes, not more than the leaderboard's lowest entry (%d); it enters the board with more votes, or in place of a lapsed or withdrawn candidate", v.Candidate.Hex(), v.Votes, v.LowestListed)
	case *contracts.CommunityInvalidKey:
		return fmt.Sprintf("an HPKE public key of %s bytes is not accepted: a notary key is an X-Wing public key of 1,216 bytes", v.Length)
	case *contracts.CommunityNotNotaryOrCandidate:
		return fmt.Sprintf("%s is neither a sitting notary nor a candidate; stand first", v.Account.Hex())
	case *contracts.CommunityTooManyPicks:
		return fmt.Sprintf("vote for at most %s candidates (got %s)", v.Max, v.Picks)
	case *contracts.CommunityNotCandidate:
		return fmt.Sprintf("%s is not a candidate in election %d", v.Account.Hex(), v.Election)
	case *contracts.CommunityDuplicatePick:
		return fmt.Sprintf("%s is named twice in the vote", v.Account.Hex())
	case *contracts.CommunityTermNotOver:
		return fmt.Sprintf("the election stays open until %s (the term's end, or the voting window after resignations left fewer notaries than the quorum); it can be finalized then", unixFrom(v.EndsAt))
	case *contracts.CommunityNotEnoughCandidates:
		return fmt.Sprintf("only %s active candidates stand, the quorum needs %s; the sitting notaries serve on and voting stays open", v.Eligible, v.Needed)
	case *contracts.CommunityNotFounderOrNotary:
		return fmt.Sprintf("%s is neither the founder nor a sitting notary", v.Account.Hex())
	case *contracts.CommunityIssuerUnchanged:
		state := "not trusted"
		if v.Trusted {
			state = "trusted"
		}
		return fmt.Sprintf("the issuer key is already %s", state)
	case *contracts.CommunityIssuerKeyBound:
		return fmt.Sprintf("key %s already belongs to issuer %s and can never move to another; add a new key to the other issuer instead", common.Hash(v.Thumbprint).Hex(), common.Hash(v.Issuer).Hex())
	case *contracts.CommunityZeroIssuer:
		return "the issuer identity cannot be zero; name a new issuer by the thumbprint of its first key"
	case *contracts.CommunityZeroAmount:
		return "the amount must be more than 0"
	case *contracts.CommunityIssuerVoteRepeated:
		return fmt.Sprintf("%s already asked for this change; other notaries must join", v.Notary.Hex())
	case *contracts.CommunityQueueEmpty:
		return "no approved claim is waiting for payment"
	case *contracts.CommunityPoolInsufficient:
		return fmt.Sprintf("the pool holds %s and the next queued claim needs %s; it is paid when dues arrive", amt(v.Available), amt(v.Needed))
	case *contracts.CommunitySafeERC20FailedOperation:
		return fmt.Sprintf("the token %s refused the transfer; check the balance and the allowance", v.Token.Hex())
	case *contracts.CommunityReentrancyGuardReentrantCall:
		return "the token called back into the community during a payment; the community refused it"
	case *contracts.KangbaoCoinERC20InsufficientBalance:
		return fmt.Sprintf("%s holds %s, needs %s", v.Sender.Hex(), amt(v.Balance), amt(v.Needed))
	case *contracts.KangbaoCoinERC20InsufficientAllowance:
		return fmt.Sprintf("the community may spend %s of your tokens, needs %s; approve it or pay with a permit", amt(v.Allowance), amt(v.Needed))
	case *contracts.KangbaoCoinERC2612ExpiredSignature:
		return fmt.Sprintf("the permit expired at %s; sign a new one", unix(v.Deadline.Uint64()))
	case *contracts.KangbaoCoinOwnableUnauthorizedAccount:
		return fmt.Sprintf("%s may not mint this token", v.Account.Hex())
	case string:
		return "the contract refused: " + v
	}
	return r.Error()
}
