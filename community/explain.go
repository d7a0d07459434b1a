package community

import (
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/internal/i18n"
)

// ErrRefused marks a refusal by the community's rules: by the contract, or
// by huzhu checking the same rule before sending.
var ErrRefused = errors.New("refused by the community's rules")

// Refusal is a refusal in words: what happened, and what the person can
// do about it as a Fix for each face to word (the CLI names a command, the
// TUI a screen). Revert is the contract's decoded error, nil when huzhu
// refused before sending.
type Refusal struct {
	// Reason is the refusal in English (its Error, what logs and JSON
	// carry); Text is the same sentence for a face to word in its
	// language (zero when a face built the refusal from its own words).
	Reason string
	Text   i18n.Text
	Fix    Fix
	Revert *contracts.Revert
}

// Refused is a refusal said by t, with its fix.
func Refused(t i18n.Text, fix Fix) *Refusal {
	return &Refusal{Reason: t.String(), Text: t, Fix: fix}
}

// Said is the refusal as a Text (i18n.Sayer): Text, or Reason as it is.
func (r *Refusal) Said() i18n.Text {
	if r.Text.IsZero() {
		return i18n.Say("%s", r.Reason)
	}
	return r.Text
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
	t := ExplainText(r, tok)
	return &Refusal{Reason: t.String(), Text: t, Fix: fixOf(r), Revert: r}
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
	case *contracts.BoardCoverageEndsBeforeElection:
		return FixPayPastElection
	case *contracts.BoardBallotMismatch, *contracts.BoardNotCandidate:
		return FixSeeElection
	case *contracts.BoardNotNotaryOrCandidate:
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

// Explain says in one sentence, in English, why the contract refused and
// what to do.
func Explain(r *contracts.Revert, tok Token) string { return ExplainText(r, tok).String() }

// ExplainText is Explain's sentence as a Text, for a face to word.
func ExplainText(r *contracts.Revert, tok Token) i18n.Text {
	amt := func(v *big.Int) string { return tok.Format(v) + " " + tok.Symbol }
	switch v := r.Value.(type) {
	// The Community part (and errors parts share: they decode as its).
	case *contracts.CommunityInvalidParameter:
		return i18n.Say("the community parameter %q is invalid", v.Name)
	case *contracts.CommunityZeroMember:
		return i18n.Say("no member named; pass an address")
	case *contracts.CommunityInvalidPeriods:
		return i18n.Say("pay between 1 and %s periods at a time (asked: %s)", v.Max, v.Periods)
	case *contracts.CommunityNotActive:
		if v.CoveredUntil == 0 {
			return i18n.Say("%s is not a member; join first", v.Member.Hex())
		}
		return i18n.Say("%s's coverage ended %s; pay dues again to renew it", v.Member.Hex(), unix(v.CoveredUntil))
	case *contracts.CommunityWaitingPeriod:
		return i18n.Say("waiting period ends %s; claims, standing and voting open then", unixFrom(v.EligibleAt))
	case *contracts.CommunityZeroAmount:
		return i18n.Say("the amount must be more than 0")
	case *contracts.CommunityPoolInsufficient:
		return i18n.Say("the pool holds %s and the next queued claim needs %s; it is paid when dues arrive", amt(v.Available), amt(v.Needed))
	case *contracts.CommunityNothingOwed:
		return i18n.Say("the pool owes %s nothing", v.Member.Hex())
	case *contracts.CommunityTransferStarved:
		return i18n.Say("the payout's token transfer ran out of gas; send the transaction with more gas")
	case *contracts.CommunityUnauthorized:
		return i18n.Say("%s may not call this: only the community's part at %s may", v.Caller.Hex(), v.Allowed.Hex())
	case *contracts.CommunityCalldata:
		return i18n.Say("the call's data is %s bytes, not the %s its arguments take: nothing may ride along after them", v.Length, v.Expected)
	case *contracts.CommunitySafeERC20FailedOperation:
		return i18n.Say("the token %s refused the transfer; check the balance and the allowance", v.Token.Hex())
	case *contracts.CommunityReentrancyGuardReentrantCall:
		return i18n.Say("the token called back into the community during a payment; the community refused it")

	// The Board part.
	case *contracts.BoardCoverageEndsBeforeElection:
		return i18n.Say("standing and voting need coverage past the election's close (%s), and your coverage ends %s; pay dues until after %s first", unix(v.ElectionClosesAt), unix(v.CoveredUntil), unix(v.ElectionClosesAt))
	case *contracts.BoardNotNotary:
		return i18n.Say("%s is not a notary of term %d", v.Account.Hex(), v.Term)
	case *contracts.BoardAlreadyCandidate:
		return i18n.Say("%s already stands in election %d", v.Account.Hex(), v.Election)
	case *contracts.BoardBallotMismatch:
		return i18n.Say("the ballot given as your previous one is not your last ballot in this election (another vote may have landed since); look at the election again and vote again")
	case *contracts.BoardAlreadyListed:
		return i18n.Say("%s is already on the election's leaderboard", v.Candidate.Hex())
	case *contracts.BoardNotOutranking:
		return i18n.Say("%s has %d votes and does not out-rank the leaderboard's lowest entry (%d votes; of equal votes the earlier candidacy ranks higher); it enters the board with more votes, or in place of a lapsed or withdrawn candidate", v.Candidate.Hex(), v.Votes, v.LowestListed)
	case *contracts.BoardInvalidKey:
		return i18n.Say("an HPKE public key of %s bytes is not accepted: a notary key is an X-Wing public key of 1,216 bytes", v.Length)
	case *contracts.BoardKeyTaken:
		return i18n.Say("this HPKE key was published by %s: a key belongs to one notary; generate a key of your own", v.Owner.Hex())
	case *contracts.BoardNotNotaryOrCandidate:
		return i18n.Say("%s is neither a sitting notary nor a candidate; stand first", v.Account.Hex())
	case *contracts.BoardTooManyPicks:
		return i18n.Say("vote for at most %s candidates (got %s)", v.Max, v.Picks)
	case *contracts.BoardNotCandidate:
		return i18n.Say("%s is not a candidate in election %d", v.Account.Hex(), v.Election)
	case *contracts.BoardDuplicatePick:
		return i18n.Say("%s is named twice in the vote", v.Account.Hex())
	case *contracts.BoardTermNotOver:
		return i18n.Say("the election stays open until %s (the term's end, or the voting window after the seats fell below quorum or the board was recalled); it can be finalized then", unixFrom(v.EndsAt))
	case *contracts.BoardNotEnoughCandidates:
		return i18n.Say("only %s active candidates stand, the quorum needs %s; the sitting notaries serve on and voting stays open", v.Eligible, v.Needed)
	case *contracts.BoardNotEnoughBallots:
		return i18n.Say("only %s ballots were cast, the election needs %s to count; the sitting notaries serve on and voting stays open", v.Ballots, v.Needed)
	case *contracts.BoardInvalidReason:
		return i18n.Say("%d is not a reason to vacate a seat (1 absent, 2 abusive, 3 unusable key)", v.Reason)
	case *contracts.BoardVacateOwnSeat:
		return i18n.Say("a notary cannot vacate their own seat; resign instead")
	case *contracts.BoardVacateVoteRepeated:
		return i18n.Say("%s has already asked to vacate %s's seat; the other notaries must join", v.By.Hex(), v.Notary.Hex())
	case *contracts.BoardNoNotice:
		return i18n.Say("no claim the board of term %d approved is in public notice now; a recall is signed during a notice", v.Term)
	case *contracts.BoardAlreadyRecalled:
		return i18n.Say("the board of term %d is already recalled", v.Term)
	case *contracts.BoardRecallRepeated:
		return i18n.Say("%s has already signed the recall of term %d's board; a member signs once per term", v.Member.Hex(), v.Term)

	// The Claims part.
	case *contracts.ClaimsTermChanged:
		return i18n.Say("the claim was sealed to the notaries of term %d, but term %d has begun; seal it again to the new notaries", v.SealedFor, v.Current)
	case *contracts.ClaimsBoardRecalled:
		return i18n.Say("the board of term %d was recalled by the members and decides no more claims; file the claim again once the next board sits", v.Term)
	case *contracts.ClaimsEnvelopeSize:
		return i18n.Say("the sealed envelope is %s bytes; sealed to this term's seated notaries it must be exactly %s (disclosure envelope format v2); seal it again to the current notaries", v.Size, v.Expected)
	case *contracts.ClaimsQuorumUnreachable:
		return i18n.Say("only %s notaries could vote on this claim, fewer than the quorum of %s; wait for the next term", v.Voters, v.Quorum)
	case *contracts.ClaimsAmountOutOfRange:
		return i18n.Say("the amount %s is outside what a claim may ask (more than 0, at most %s)", amt(v.Amount), amt(v.MaxPayout))
	case *contracts.ClaimsPayoutLimit:
		if v.FreesAt == 0 {
			return i18n.Say("a member's payouts within 365 days total at most the cap; %s remains", amt(v.Remaining))
		}
		return i18n.Say("a member's payouts within 365 days total at most the cap; %s remains, more from %s", amt(v.Remaining), unixFrom(v.FreesAt))
	case *contracts.ClaimsNullifierAlreadyPaid:
		return i18n.Say("this medical event was already paid by claim %s; it cannot be paid twice", v.ClaimId)
	case *contracts.ClaimsOpenClaimExists:
		return i18n.Say("claim %s is still under review until %s; one open claim at a time", v.ClaimId, unixFrom(v.ReviewEndsAt))
	case *contracts.ClaimsUnknownClaim:
		return i18n.Say("there is no claim %s", v.ClaimId)
	case *contracts.ClaimsClaimNotOpen:
		return i18n.Say("claim %s is %s, no longer open for votes", v.ClaimId, ClaimStatus(v.Status))
	case *contracts.ClaimsClaimMismatch:
		return i18n.Say("the vote does not name claim %s as it was filed (member, amount, term, nullifier and envelope): the chain may have reorganised; review the claim again", v.ClaimId)
	case *contracts.ClaimsReviewWindowClosed:
		return i18n.Say("the review window of claim %s closed %s; the member may file again", v.ClaimId, unix(v.ClosedAt))
	case *contracts.ClaimsReviewWindowOpen:
		return i18n.Say("claim %s is under review until %s", v.ClaimId, unixFrom(v.ClosesAt))
	case *contracts.ClaimsOwnClaim:
		return i18n.Say("claim %s is your own; the other notaries decide it", v.ClaimId)
	case *contracts.ClaimsAlreadyVoted:
		return i18n.Say("%s has already voted on claim %s", v.Notary.Hex(), v.ClaimId)
	case *contracts.ClaimsReasonSize:
		return i18n.Say("a sealed rejection reason is %s bytes, not %s", v.Expected, v.Size)
	case *contracts.ClaimsNothingToDecide:
		return i18n.Say("claim %s can still be decided by its notaries' votes", v.ClaimId)
	case *contracts.ClaimsQueueEmpty:
		return i18n.Say("no approved claim is waiting for payment")
	case *contracts.ClaimsNoticeOpen:
		return i18n.Say("claim %s is in public notice until %s; it can be paid then", v.ClaimId, unixFrom(v.EndsAt))
	case *contracts.ClaimsOutflowCapped:
		return i18n.Say("this period's payouts reached their cap (%s of %s); the next claims are paid from %s", amt(v.Paid), amt(v.Cap), unixFrom(v.NextPeriodAt))

	// The Registry part.
	case *contracts.RegistryZeroIssuer:
		return i18n.Say("the issuer identity cannot be zero; name a new issuer by the thumbprint of its first key")
	case *contracts.RegistryIssuerKeyBound:
		return i18n.Say("key %s already belongs to issuer %s; it can move only once unbound", common.Hash(v.Thumbprint).Hex(), common.Hash(v.Issuer).Hex())
	case *contracts.RegistryIssuerUnchanged:
		if v.Trusted {
			return i18n.Say("the issuer key is already trusted")
		}
		return i18n.Say("the issuer key is already not trusted")
	case *contracts.RegistryIssTaken:
		return i18n.Say("an issuer with this iss is registered as %s: a key for it joins that issuer", common.Hash(v.Issuer).Hex())
	case *contracts.RegistryIssuerIss:
		return i18n.Say("issuer %s is tied to another iss; a key for this iss joins the issuer tied to it, or makes a new one", common.Hash(v.Issuer).Hex())
	case *contracts.RegistryNotFounderOrNotary:
		return i18n.Say("%s is neither the founder nor a sitting notary", v.Account.Hex())
	case *contracts.RegistryFounderPowersEnded:
		return i18n.Say("the founder's powers over the registry ended when the first elected term started (term %d sits); a quorum of its notaries changes it", v.Term)
	case *contracts.RegistryIssuerVoteRepeated:
		return i18n.Say("%s already asked for this change; other notaries must join", v.Notary.Hex())
	case *contracts.RegistryKeyNotBound:
		return i18n.Say("key %s is bound to no issuer", common.Hash(v.Thumbprint).Hex())
	case *contracts.RegistryKeyTrusted:
		return i18n.Say("key %s is trusted; distrust it before unbinding it", common.Hash(v.Thumbprint).Hex())
	case *contracts.RegistryKeyMayBeUsed:
		return i18n.Say("a claim was approved (%s) since key %s was first trusted (%s): it may have used the key, and unbinding it could let its event be paid again", unix(v.LastApprovedAt), common.Hash(v.Thumbprint).Hex(), unix(v.TrustedAt))

	// The token.
	case *contracts.KangbaoCoinERC20InsufficientBalance:
		return i18n.Say("%s holds %s, needs %s", v.Sender.Hex(), amt(v.Balance), amt(v.Needed))
	case *contracts.KangbaoCoinERC20InsufficientAllowance:
		return i18n.Say("the community may spend %s of your tokens, needs %s; approve it or pay with a permit", amt(v.Allowance), amt(v.Needed))
	case *contracts.KangbaoCoinERC2612ExpiredSignature:
		return i18n.Say("the permit expired at %s; sign a new one", unix(v.Deadline.Uint64()))
	case *contracts.KangbaoCoinOwnableUnauthorizedAccount:
		return i18n.Say("%s may not mint this token", v.Account.Hex())
	case string:
		return i18n.Say("the contract refused: %s", v)
	}
	return i18n.Say("%s", r.Error())
}

// ClaimStatus is the name of a claim's status (contracts.StatusName) as a
// Text, for a sentence that names it ("claim 4 is paid, not open"): each
// face words it in its language.
func ClaimStatus(s uint8) i18n.Text {
	switch s {
	case contracts.StatusOpen:
		return i18n.Say("open")
	case contracts.StatusApproved:
		return i18n.Say("approved")
	case contracts.StatusPaid:
		return i18n.Say("paid")
	case contracts.StatusRejected:
		return i18n.Say("rejected")
	case contracts.StatusExpired:
		return i18n.Say("expired")
	case contracts.StatusReturned:
		return i18n.Say("returned")
	}
	return i18n.Say("status-%d", s)
}
