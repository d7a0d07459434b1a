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

// DemoParams returns the demo community of SPEC section 4 for a token with
// 18 decimals: 10 tokens per 30 days, 90 days waiting, 15 days grace,
// 5,000 tokens per claim at most, 3 seats with quorum 2, 90-day terms and
// 7 days to review a claim, elections open at least 7 days, reckoned in CNY.
func DemoParams(token common.Address, notaries []common.Address) CommunityParams {
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	return CommunityParams{
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
		Notaries:      notaries,
		Categories:    append([]string(nil), DemoCategories...),
		Currency:      DemoCurrency,
	}
}

func seconds(d time.Duration) uint64 { return uint64(d / time.Second) }

// Bounds of the Community contract (its MAX_* constants; a test keeps them
// in step).
const (
	MaxSeats   = 32
	MaxBoard   = 64
	MaxPeriods = 120
	MaxSettle  = 32
	// A claim envelope is EnvelopeBase + EnvelopePerRecipient × seated
	// notaries bytes (disclosure.EnvelopeSize; a test keeps them in step).
	EnvelopeBase         = 8264
	EnvelopePerRecipient = 1204
)

// EnvelopeSize is the length the contract requires of a claim envelope
// when seated notaries sit in the claim's term.
func EnvelopeSize(seated int) int { return EnvelopeBase + EnvelopePerRecipient*seated }
