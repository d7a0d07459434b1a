package contracts

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Day is the unit most community durations are written in.
const Day = 24 * time.Hour

// DemoCategories are the diagnosis categories the demo community covers.
var DemoCategories = []string{"cancer", "stroke", "myocardial-infarction", "organ-transplant", "major-burns"}

// DemoCurrency is the ISO 4217 code the demo community reckons in.
const DemoCurrency = "CNY"

// MedicalEventType is the credential type (SD-JWT VC vct) of a medical
// event, the one type a demo community accepts as evidence
// (disclosure.MedicalVCT; a test keeps them in step).
const MedicalEventType = "urn:huzhu:vct:medical-event:1"

// DemoParams returns the demo community of SPEC section 4 for a token with
// 18 decimals: 10 tokens per 30 days, 90 days waiting, 15 days grace,
// 5,000 tokens per claim at most, 3 seats with quorum 2, 90-day terms and
// 7 days to review a claim, elections open at least 7 days, a 3-day public
// notice of each approved claim, 3 members' signatures to recall a board,
// payouts per period capped at 20% of the pool (or one maxPayout), 3
// ballots for an election to count, the medical event credential type as
// evidence, reckoned in CNY.
func DemoParams(token common.Address, notaries []common.Address) Params {
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	return Params{
		Token:         token,
		Dues:          new(big.Int).Mul(big.NewInt(10), unit),
		Period:        seconds(30 * Day),
		WaitingPeriod: seconds(90 * Day),
		GracePeriod:   seconds(15 * Day),
		MaxPayout:     new(big.Int).Mul(big.NewInt(5000), unit),
		Seats:         3,
		Quorum:        2,
		Term:          seconds(90 * Day),
		ReviewWindow:  seconds(7 * Day),
		VotingWindow:  seconds(7 * Day),
		NoticeWindow:  seconds(3 * Day),
		// Recall and turnout: see the README for choosing them by size.
		RecallSignatures: 3,
		OutflowBps:       2000,
		MinBallots:       3,
		Notaries:         notaries,
		Categories:       append([]string(nil), DemoCategories...),
		AcceptedTypes:    []string{MedicalEventType},
		Currency:         DemoCurrency,
	}
}

func seconds(d time.Duration) uint64 { return uint64(d / time.Second) }

// Bounds of the community's parts (their MAX_* constants; a test keeps
// them in step).
const (
	MaxSeats   = 32
	MaxBoard   = 64
	MaxPeriods = 120
	MaxSettle  = 32
	// A claim envelope is EnvelopeBase + EnvelopePerRecipient × seated
	// notaries bytes (disclosure.EnvelopeSize; a test keeps them in step).
	EnvelopeBase         = 8264
	EnvelopePerRecipient = 1204
	// ReasonBytes is the length of a rejection's sealed reason
	// (disclosure.SealedReasonSize).
	ReasonBytes = 349
	// PayoutWindow is the span in which a member's approved payouts total
	// at most maxPayout.
	PayoutWindow = 365 * Day
	// KeyBytes is the length of a notary's HPKE (X-Wing) public key.
	KeyBytes = 1216
)

// Reasons a seat is vacated (Board's VACATE_* constants).
const (
	VacateAbsent      uint8 = 1
	VacateAbusive     uint8 = 2
	VacateUnusableKey uint8 = 3
)

// EnvelopeSize is the length the contract requires of a claim envelope
// when seated notaries sit in the claim's term.
func EnvelopeSize(seated int) int { return EnvelopeBase + EnvelopePerRecipient*seated }
