package contracts

// Claim status codes, as the Community contract's STATUS_* constants
// (TestStatusCodesMatchContract keeps the two in step).
const (
	StatusNone     uint8 = 0
	StatusOpen     uint8 = 1
	StatusApproved uint8 = 2 // approved by quorum, waiting in the payout queue
	StatusPaid     uint8 = 3
	StatusRejected uint8 = 4
	StatusExpired  uint8 = 5
)

// StatusName names a claim status for people and JSON.
func StatusName(s uint8) string {
	switch s {
	case StatusOpen:
		return "open"
	case StatusApproved:
		return "approved"
	case StatusPaid:
		return "paid"
	case StatusRejected:
		return "rejected"
	case StatusExpired:
		return "expired"
	}
	return "unknown"
}
