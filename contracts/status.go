package contracts

// Claim status codes, as the Claims contract's STATUS_* constants
// (TestStatusCodesMatchContract keeps the two in step).
const (
	StatusNone     uint8 = 0
	StatusOpen     uint8 = 1
	StatusApproved uint8 = 2 // approved by quorum: in public notice, then in the payout queue
	StatusPaid     uint8 = 3
	StatusRejected uint8 = 4
	StatusExpired  uint8 = 5
	StatusReturned uint8 = 6 // its board was recalled or emptied: filed again with the next
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
	case StatusReturned:
		return "returned"
	}
	return "unknown"
}
