// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// BoardCandidacy is an auto generated low-level Go binding around an user-defined struct.
type BoardCandidacy struct {
	Sequence uint64
	Votes    uint32
	Running  bool
	Listed   uint8
}

// ClaimsClaimView is an auto generated low-level Go binding around an user-defined struct.
type ClaimsClaimView struct {
	Id           *big.Int
	Amount       *big.Int
	Term         uint32
	SubmittedAt  uint64
	ReviewEndsAt uint64
	Status       uint8
	ClaimantSeat uint8
	Approvals    uint32
	Rejections   uint32
	Voters       uint32
	ApprovedAt   uint64
	NoticeEndsAt uint64
	Commitment   [32]byte
}

// CommunityMemberView is an auto generated low-level Go binding around an user-defined struct.
type CommunityMemberView struct {
	JoinedAt     uint64
	CoveredUntil uint64
	EligibleAt   uint64
	GraceEndsAt  uint64
	OpenClaim    *big.Int
	Active       bool
	Eligible     bool
}

// Params is an auto generated low-level Go binding around an user-defined struct.
type Params struct {
	Token            common.Address
	Dues             *big.Int
	Period           uint64
	WaitingPeriod    uint64
	GracePeriod      uint64
	MaxPayout        *big.Int
	Seats            uint8
	Quorum           uint8
	Term             uint64
	ReviewWindow     uint64
	VotingWindow     uint64
	NoticeWindow     uint64
	RecallSignatures uint16
	OutflowBps       uint16
	MinBallots       uint16
	Notaries         []common.Address
	Categories       []string
	AcceptedTypes    []string
	Currency         string
}

// Parts is an auto generated low-level Go binding around an user-defined struct.
type Parts struct {
	Community common.Address
	Board     common.Address
	Claims    common.Address
	Registry  common.Address
}

// RegistryKey is an auto generated low-level Go binding around an user-defined struct.
type RegistryKey struct {
	Issuer    [32]byte
	Trusted   bool
	TrustedAt *big.Int
}

// BoardMetaData contains all meta data concerning the Board contract.
var BoardMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dues\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"waitingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPayout\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"seats\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"term\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"votingWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"noticeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"recallSignatures\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"outflowBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"minBallots\",\"type\":\"uint16\"},{\"internalType\":\"address[]\",\"name\":\"notaries\",\"type\":\"address[]\"},{\"internalType\":\"string[]\",\"name\":\"categories\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"acceptedTypes\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"currency\",\"type\":\"string\"}],\"internalType\":\"structParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"claims\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"internalType\":\"structParts\",\"name\":\"wired\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"}],\"name\":\"AlreadyCandidate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"}],\"name\":\"AlreadyListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"AlreadyRecalled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"BallotMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"Calldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"coveredUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"electionClosesAt\",\"type\":\"uint64\"}],\"name\":\"CoverageEndsBeforeElection\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"DuplicatePick\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"InvalidReason\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"KeyTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"NoNotice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"coveredUntil\",\"type\":\"uint64\"}],\"name\":\"NotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"}],\"name\":\"NotCandidate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ballots\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"NotEnoughBallots\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"eligible\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"NotEnoughCandidates\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"NotNotary\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotNotaryOrCandidate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"votes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lowestListed\",\"type\":\"uint32\"}],\"name\":\"NotOutranking\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"RecallRepeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"endsAt\",\"type\":\"uint64\"}],\"name\":\"TermNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"picks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyPicks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VacateOwnSeat\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"VacateVoteRepeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"eligibleAt\",\"type\":\"uint64\"}],\"name\":\"WaitingPeriod\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"picks\",\"type\":\"address[]\"}],\"name\":\"BallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signatures\",\"type\":\"uint256\"}],\"name\":\"BoardRecalled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"replaced\",\"type\":\"address\"}],\"name\":\"CandidateListed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"name\":\"CandidateStood\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"}],\"name\":\"CandidateWithdrew\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"NotaryKeySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"seatsLeft\",\"type\":\"uint8\"}],\"name\":\"NotaryResigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signatures\",\"type\":\"uint256\"}],\"name\":\"RecallSigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"seatsLeft\",\"type\":\"uint8\"}],\"name\":\"SeatVacated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"startedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"notaries\",\"type\":\"address[]\"}],\"name\":\"TermStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"}],\"name\":\"VacateVote\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KEY_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BOARD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEATS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VACATE_ABSENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VACATE_ABUSIVE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VACATE_UNUSABLE_KEY\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter_\",\"type\":\"address\"}],\"name\":\"ballotHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"ballotsOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"belowQuorumAt\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"board\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"}],\"name\":\"candidacyOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"votes\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"running\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"listed\",\"type\":\"uint8\"}],\"internalType\":\"structBoard.Candidacy\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"}],\"name\":\"candidatesOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint32[]\",\"name\":\"votes\",\"type\":\"uint32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"sequences\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"}],\"name\":\"claimTerm\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"live\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"seat\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"recalled\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claims\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"community\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"createdAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentRecalledAt\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentTerm\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"electionClosesAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"keyOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liveSeats\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"term\",\"type\":\"uint256\"}],\"name\":\"liveSeatsOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBallots\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"term\",\"type\":\"uint256\"}],\"name\":\"notariesOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"notaryKeyHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paramsHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parts\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"claims\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"internalType\":\"structParts\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"}],\"name\":\"promote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"recall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recallSignatures\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"term\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"recallSigned\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"recalledAt\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"recallsOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resign\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"term\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"seatOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"seats\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"hpkeKey\",\"type\":\"bytes\"}],\"name\":\"setNotaryKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"hpkeKey\",\"type\":\"bytes\"}],\"name\":\"stand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"standSequence\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"termLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"termSeats\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"termStartedAt\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"vacate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"previous\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"picks\",\"type\":\"address[]\"}],\"name\":\"vote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"}],\"name\":\"voter\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"seat\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"live\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"recalled\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"waitingPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "c3c13b27c0e53e1da35104c157d866b8a1",
	Bin: "0x610220604052348015610010575f5ffd5b50604051614b26380380614b2683398101604081905261002f916105f9565b80516001600160a01b03908116608052602080830151821660a052604080840151831660c052606084015190921660e052905182918491610072918391016108c7565b60408051601f19818403018152919052805160209091012061010090815260c085015160ff9081166101205260e086015116610140908152908501516001600160401b0390811661016052908501518116610180908152606086015182166101a052429091166101c09081529085015161ffff9081166101e09081529186015116610200528401515191505f90505b8181101561019557610114816001610a8b565b5f80805260016020526101e086015180517fa6eef7e35abe7026729641147f7915573c7e97b47efa546f5f6e3230263bcb499291908590811061015957610159610aa4565b6020908102919091018101516001600160a01b031682528101919091526040015f20805460ff191660ff92909216919091179055600101610101565b506101e08301515f80526002602090815281516101d5927fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b9201906102ca565b505f6101e4600180841b610ab8565b5f80805260036020527f3617319a054d772f909f7c479a2cebe5066e836a939412e32403c99029b92eff805463ffffffff191663ffffffff8416908117909155815464ffffffffff60201b63ffffffff60781b011916600160781b90910264ffffffffff60201b1916176401000000004264ffffffffff8116919091029190911760ff60481b1916690100000000000000000060ff8716021782556101e087015160405193945091927f063febb97aab851aced53cf6d8eb1476d42253072b29e4046c6267e86861c430926102b99291610acb565b60405180910390a250505050610b1d565b828054828255905f5260205f2090810192821561031d579160200282015b8281111561031d57825182546001600160a01b0319166001600160a01b039091161782556020909201916001909101906102e8565b5061032992915061032d565b5090565b5b80821115610329575f815560010161032e565b634e487b7160e01b5f52604160045260245ffd5b60405161026081016001600160401b038111828210171561037857610378610341565b60405290565b604051601f8201601f191681016001600160401b03811182821017156103a6576103a6610341565b604052919050565b80516001600160a01b03811681146103c4575f5ffd5b919050565b80516001600160401b03811681146103c4575f5ffd5b805160ff811681146103c4575f5ffd5b805161ffff811681146103c4575f5ffd5b5f6001600160401b0382111561041857610418610341565b5060051b60200190565b5f82601f830112610431575f5ffd5b815161044461043f82610400565b61037e565b8082825260208201915060208360051b860101925085831115610465575f5ffd5b602085015b838110156104895761047b816103ae565b83526020928301920161046a565b5095945050505050565b5f82601f8301126104a2575f5ffd5b81516001600160401b038111156104bb576104bb610341565b6104ce601f8201601f191660200161037e565b8181528460208386010111156104e2575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f82601f83011261050d575f5ffd5b815161051b61043f82610400565b8082825260208201915060208360051b86010192508583111561053c575f5ffd5b602085015b838110156104895780516001600160401b0381111561055e575f5ffd5b61056d886020838a0101610493565b84525060209283019201610541565b5f6080828403121561058c575f5ffd5b604051608081016001600160401b03811182821017156105ae576105ae610341565b6040529050806105bd836103ae565b81526105cb602084016103ae565b60208201526105dc604084016103ae565b60408201526105ed606084016103ae565b60608201525092915050565b5f5f60a0838503121561060a575f5ffd5b82516001600160401b0381111561061f575f5ffd5b83016102608186031215610631575f5ffd5b610639610355565b610642826103ae565b81526020828101519082015261065a604083016103c9565b604082015261066b606083016103c9565b606082015261067c608083016103c9565b608082015260a0828101519082015261069760c083016103df565b60c08201526106a860e083016103df565b60e08201526106ba61010083016103c9565b6101008201526106cd61012083016103c9565b6101208201526106e061014083016103c9565b6101408201526106f361016083016103c9565b61016082015261070661018083016103ef565b6101808201526107196101a083016103ef565b6101a082015261072c6101c083016103ef565b6101c08201526101e08201516001600160401b0381111561074b575f5ffd5b61075787828501610422565b6101e0830152506102008201516001600160401b03811115610777575f5ffd5b610783878285016104fe565b610200830152506102208201516001600160401b038111156107a3575f5ffd5b6107af878285016104fe565b610220830152506102408201516001600160401b038111156107cf575f5ffd5b6107db87828501610493565b6102408301525092506107f39050846020850161057c565b90509250929050565b5f8151808452602084019350602083015f5b828110156108355781516001600160a01b031686526020958601959091019060010161080e565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b838110156108bb57601f198584030188526108a583835161083f565b6020988901989093509190910190600101610889565b50909695505050505050565b602081526108e16020820183516001600160a01b03169052565b602082015160408201525f604083015161090660608401826001600160401b03169052565b5060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a083015160c083015260c083015161094f60e084018260ff169052565b5060e083015160ff8116610100840152506101008301516001600160401b038116610120840152506101208301516001600160401b038116610140840152506101408301516001600160401b038116610160840152506101608301516001600160401b0381166101808401525061018083015161ffff81166101a0840152506101a083015161ffff81166101c0840152506101c083015161ffff81166101e0840152506101e0830151610260610200840152610a0f6102808401826107fc565b9050610200840151601f1984830301610220850152610a2e828261086d565b915050610220840151601f1984830301610240850152610a4e828261086d565b915050610240840151601f1984830301610260850152610a6e828261083f565b95945050505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610a9e57610a9e610a77565b92915050565b634e487b7160e01b5f52603260045260245ffd5b81810381811115610a9e57610a9e610a77565b6001600160401b03831681526040602080830182905283519183018290525f91908401906060840190835b818110156108bb5783516001600160a01b0316835260209384019390920191600101610af6565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051613eaa610c7c5f395f8181610547015281816110c8015261112101525f8181610bbe0152611a3b01525f8181610b04015261245b01525f81816104d5015281816118a2015281816118de0152818161243a01526130b301525f81816106bc015281816123b0015281816123eb015261241601525f81816106f601526122f701525f8181610373015281816113120152818161136c01528181612e63015281816137ea015261381901525f81816107cf015281816112bc015281816112eb01528181611f790152611fd101525f6107a001525f818161071d015261096501525f818161093601528181610b7c015261171c01525f8181610744015261090701525f81816108d801528181610b5501528181611204015281816117f5015281816127660152612ffc0152613eaa5ff3fe608060405234801561000f575f5ffd5b5060043610610330575f3560e01c806386a42663116101b3578063c9ce6cee116100f3578063dcc59b6f1161009e578063e570fe6311610079578063e570fe6314610bb9578063e8fb6a6a14610be0578063f8279c2b14610be9578063fcfc85a714610c03575f5ffd5b8063dcc59b6f14610b77578063e04e9f9714610b9e578063e077aeb214610bb1575f5ffd5b8063cf46d02d116100ce578063cf46d02d14610b26578063d0e0813a14610b3d578063dc1fb5a514610b50575f5ffd5b8063c9ce6cee14610a54578063cd28265314610aec578063cf09e0d014610aff575f5ffd5b8063a23b9ad91161015e578063bbcf21e611610139578063bbcf21e614610a0e578063c1ba6a0914610a16578063c48c734214610a2f578063c8bfd5be14610a3e575f5ffd5b8063a23b9ad91461085d578063b47e9c79146108a5578063b8ee11da146109f0575f5ffd5b8063a123a7e41161018e578063a123a7e4146107f1578063a19e39e814610810578063a22e527d14610823575f5ffd5b806386a426631461079b57806394c2c24f146107c25780639c5655d6146107ca575f5ffd5b80633d3223b91161027e5780636d2ddcff1161022957806379b18cd11161020457806379b18cd1146106f15780637b103999146107185780637cd3229a1461073f57806384c8ce1414610766575f5ffd5b80636d2ddcff1461068957806372a6300a146106b757806373ca722e146106de575f5ffd5b806367cab0011161025957806367cab0011461058457806369652fcf146105975780636b9244851461059f575f5ffd5b80633d3223b91461053a578063462d4ac8146105425780634bb278f31461057c575f5ffd5b80632fc13069116102de5780633a2ef9df116102b95780633a2ef9df146104d05780633b76a778146105105780633ccfd60b14610530575f5ffd5b80632fc1306914610469578063353ae2b41461048857806336444449146104c8575f5ffd5b80631984ab001161030e5780631984ab00146103a75780631b35610f146103c95780632b3dac4c14610456575f5ffd5b806303025a0c1461033457806311701714146103665780631703a0181461036e575b5f5ffd5b61035361034236600461394e565b60086020525f908152604090205481565b6040519081526020015b60405180910390f35b610353604081565b6103957f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff909116815260200161035d565b6103ba6103b536600461396e565b610c29565b60405161035d939291906139c8565b61042b6103d7366004613a7e565b63ffffffff8083165f8181526001602090815260408083206001600160a01b0387168452825280832054938352600382528083205460049092529091205460ff90921692169064ffffffffff169250925092565b6040805160ff909416845263ffffffff909216602084015264ffffffffff169082015260600161035d565b610395610464366004613aaf565b610de0565b61035361047736600461396e565b600c6020525f908152604090205481565b6104b061049636600461396e565b60096020525f90815260409020546001600160a01b031681565b6040516001600160a01b03909116815260200161035d565b610395600181565b6104f77f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff909116815260200161035d565b61052361051e36600461396e565b610e0c565b60405161035d9190613ad0565b610538610e75565b005b610395600381565b6105697f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff909116815260200161035d565b610538611031565b610538610592366004613ae2565b611683565b610538611aff565b6106416105ad366004613aaf565b60408051608080820183525f80835260208084018290528385018290526060938401829052958152600a86528381206001600160a01b0395909516815293855292829020825193840183525467ffffffffffffffff8116845263ffffffff600160401b8204169484019490945260ff600160601b85048116151592840192909252600160681b909304169181019190915290565b60405161035d9190815167ffffffffffffffff16815260208083015163ffffffff169082015260408083015115159082015260609182015160ff169181019190915260800190565b5f546106a190640100000000900464ffffffffff1681565b60405164ffffffffff909116815260200161035d565b6104f77f000000000000000000000000000000000000000000000000000000000000000081565b6105386106ec366004613afb565b611bad565b6104f77f000000000000000000000000000000000000000000000000000000000000000081565b6104b07f000000000000000000000000000000000000000000000000000000000000000081565b6104b07f000000000000000000000000000000000000000000000000000000000000000081565b610353610774366004613aaf565b5f918252600b602090815260408084206001600160a01b0393909316845291905290205490565b6103537f000000000000000000000000000000000000000000000000000000000000000081565b610353602081565b6103957f000000000000000000000000000000000000000000000000000000000000000081565b6103536107ff36600461396e565b60056020525f908152604090205481565b61053861081e366004613bb1565b611ecd565b61084861083136600461396e565b5f9081526003602052604090205463ffffffff1690565b60405163ffffffff909116815260200161035d565b61089561086b366004613aaf565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b604051901515815260200161035d565b610995604080516080810182525f80825260208201819052918101829052606081019190915260405180608001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b60405161035d91905f6080820190506001600160a01b0383511682526001600160a01b0360208401511660208301526001600160a01b0360408401511660408301526001600160a01b03606084015116606083015292915050565b5f546106a1906a0100000000000000000000900464ffffffffff1681565b6104f76122ee565b5f54610395906901000000000000000000900460ff1681565b5f546108489063ffffffff1681565b5f5461084890600160781b900463ffffffff1681565b610ab5610a6236600461394e565b5f805463ffffffff8082168084526001602090815260408086206001600160a01b0397909716865295905293909220549293600160781b82049092169260ff1691600160981b90910464ffffffffff1690565b6040805163ffffffff958616815294909316602085015260ff9091169183019190915264ffffffffff16606082015260800161035d565b610538610afa366004613afb565b6124b1565b6104f77f000000000000000000000000000000000000000000000000000000000000000081565b5f546106a190600160981b900464ffffffffff1681565b610538610b4b36600461394e565b61256f565b6104b07f000000000000000000000000000000000000000000000000000000000000000081565b6104b07f000000000000000000000000000000000000000000000000000000000000000081565b610538610bac366004613c1d565b6129df565b610395600281565b6105697f000000000000000000000000000000000000000000000000000000000000000081565b6103536104c081565b5f546104f790600160c01b900467ffffffffffffffff1681565b6106a1610c1136600461396e565b60046020525f908152604090205464ffffffffff1681565b5f818152600e6020526040902054606090819081908067ffffffffffffffff811115610c5757610c57613c57565b604051908082528060200260200182016040528015610c80578160200160208202803683370190505b5093508067ffffffffffffffff811115610c9c57610c9c613c57565b604051908082528060200260200182016040528015610cc5578160200160208202803683370190505b5092508067ffffffffffffffff811115610ce157610ce1613c57565b604051908082528060200260200182016040528015610d0a578160200160208202803683370190505b5091505f5b81811015610dd7575f868152600d60205260408082209083908110610d3657610d36613c6b565b01549050606081901c868381518110610d5157610d51613c6b565b60200260200101906001600160a01b031690816001600160a01b031681525050604081901c858381518110610d8857610d88613c6b565b602002602001019063ffffffff16908163ffffffff168152505080848381518110610db557610db5613c6b565b67ffffffffffffffff9092166020928302919091019091015250600101610d0f565b50509193909250565b5f8281526001602090815260408083206001600160a01b038516845290915290205460ff165b92915050565b5f81815260026020908152604091829020805483518184028101840190945280845260609392830182828015610e6957602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610e4b575b50505050509050919050565b610e7f6004612baa565b5f8054610e939063ffffffff166001613c93565b63ffffffff8082165f908152600a602090815260408083203384528252918290208251608081018452905467ffffffffffffffff81168252600160401b81049094169181019190915260ff600160601b840481161515928201839052600160681b909304909216606083015291925090610f335760405163fc426fbf60e01b815233600482015263ffffffff831660248201526044015b60405180910390fd5b5f6040820152606081015160ff1615610f6a57610f638260018360600151610f5b9190613caf565b60ff16612bd6565b5f60608201525b63ffffffff8083165f818152600a60209081526040808320338085529083528184208751815494890151848a015160608b015160ff16600160681b0260ff60681b19911515600160601b02919091166dffff0000000000000000000000001992909a16600160401b026bffffffffffffffffffffffff1990971667ffffffffffffffff909316929092179590951794909416969096179290921790945592517f71d9e88186accf3a8ee902de88f10014183e0c01cfef5171244edae7fa714cf49190a35050565b61103b6004612baa565b5f805463ffffffff169061104d6122ee565b90508067ffffffffffffffff1642101561109f576040517f42b79c1500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610f2a565b5f6110ab836001613c93565b63ffffffff81165f908152600c602052604090205490915061ffff7f00000000000000000000000000000000000000000000000000000000000000001681101561114e576040517f31e9e0d50000000000000000000000000000000000000000000000000000000081526004810182905261ffff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610f2a565b63ffffffff82165f908152600e6020526040812054908167ffffffffffffffff81111561117d5761117d613c57565b6040519080825280602002602001820160405280156111a6578160200160208202803683370190505b5063ffffffff85165f908152600d6020526040812091925090815b848110156112b6575f8282604081106111dc576111dc613c6b565b015460405163772ccf5d60e01b8152606082901c60048201529091505f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063772ccf5d906024016040805180830381865afa158015611248573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061126c9190613cdf565b9150508067ffffffffffffffff164210156112ac5781868661128d81613d07565b97508151811061129f5761129f613c6b565b6020026020010181815250505b50506001016111c1565b50505f817f000000000000000000000000000000000000000000000000000000000000000060ff16106112e9578161130e565b7f000000000000000000000000000000000000000000000000000000000000000060ff165b90507f000000000000000000000000000000000000000000000000000000000000000060ff16811015611399576040517f140be6250000000000000000000000000000000000000000000000000000000081526004810182905260ff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610f2a565b5f8167ffffffffffffffff8111156113b3576113b3613c57565b6040519080825280602002602001820160405280156113dc578160200160208202803683370190505b5090505f5b8281101561154b57805f6113f6826001613d1f565b90505b8581101561144e5761143d87838151811061141657611416613c6b565b602002602001015188838151811061143057611430613c6b565b6020026020010151612cc2565b15611446578091505b6001016113f9565b505f86828151811061146257611462613c6b565b6020026020010151905086838151811061147e5761147e613c6b565b602002602001015187838151811061149857611498613c6b565b602002602001018181525050808784815181106114b7576114b7613c6b565b6020026020010181815250505f606082901c9050808585815181106114de576114de613c6b565b6001600160a01b0390921660209283029190910190910152611501846001613d1f565b63ffffffff8c165f9081526001602081815260408084206001600160a01b03969096168452949052929020805460ff191660ff929092169190911790559290920191506113e19050565b5063ffffffff87165f9081526002602090815260409091208251611571928401906138b4565b505f611580600180851b613d32565b63ffffffff8981165f81815260036020526040808220805463ffffffff19169486169485179055815468ffffffffffffffffff191683176401000000004264ffffffffff811691909102919091177fffffffffffffffffffffffffff00000000000000000000ffffffffffffffffff16690100000000000000000060ff8b16027fffffffffffffffffffffffffff000000000000000000ffffffffffffffffffff1617600160781b9095029490941764ffffffffff60981b191690915551929350917f063febb97aab851aced53cf6d8eb1476d42253072b29e4046c6267e86861c4309161166f918690613d45565b60405180910390a250505050505050505050565b61168d6024612baa565b63ffffffff81165f9081526004602052604090205464ffffffffff16156116e8576040517fd1ac5a0600000000000000000000000000000000000000000000000000000000815263ffffffff82166004820152602401610f2a565b6040517f0e50a4fb00000000000000000000000000000000000000000000000000000000815263ffffffff821660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630e50a4fb90602401602060405180830381865afa158015611769573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061178d9190613d6f565b64ffffffffff1642106117d4576040517f7b67bc9300000000000000000000000000000000000000000000000000000000815263ffffffff82166004820152602401610f2a565b60405163772ccf5d60e01b81523360048201525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063772ccf5d906024016040805180830381865afa158015611839573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061185d9190613cdf565b915091508067ffffffffffffffff16421061189d576040516305e5ec4160e51b815233600482015267ffffffffffffffff82166024820152604401610f2a565b6118c77f000000000000000000000000000000000000000000000000000000000000000083613d93565b67ffffffffffffffff1642101561193757336119037f000000000000000000000000000000000000000000000000000000000000000084613d93565b6040516309069f0560e31b81526001600160a01b03909216600483015267ffffffffffffffff166024820152604401610f2a565b63ffffffff83165f90815260066020908152604080832033845290915290205460ff161561199f576040517f6b0d1dff00000000000000000000000000000000000000000000000000000000815233600482015263ffffffff84166024820152604401610f2a565b63ffffffff83165f8181526006602090815260408083203384528252808320805460ff19166001908117909155938352600590915281205490916119e39190613d1f565b63ffffffff85165f81815260056020526040908190208390555191925033917f4a9b3b87154ff82da441008364087185ca57352313b4e18cb08740b74e6dabe990611a319085815260200190565b60405180910390a37f000000000000000000000000000000000000000000000000000000000000000061ffff168110611af95763ffffffff8481165f818152600460205260408120805464ffffffffff19164264ffffffffff16179055549091169003611ab8575f805464ffffffffff60981b1916600160981b4264ffffffffff16021790555b8363ffffffff167ff0094d90a2363ff8e68131d7358ac0c993d5ce3bc1e51839509b4d20e635914b82604051611af091815260200190565b60405180910390a25b50505050565b611b096004612baa565b5f805463ffffffff16808252600160209081526040808420338552909152822054909160ff90911690819003611b60576040516325434f8b60e21b815233600482015263ffffffff83166024820152604401610f2a565b3363ffffffff83167fecca8f7d5e2069b933bb62bdee76ccb79f047742d0385898d7d5f44eabfa0b80611b94858486612d15565b60405160ff909116815260200160405180910390a35050565b611bb960015f83612edf565b611bc233612fd9565b5f8054611bd69063ffffffff166001613c93565b63ffffffff8082165f908152600a602090815260408083203384528252918290208251608081018452905467ffffffffffffffff8116808352600160401b82049095169282019290925260ff600160601b83048116151593820193909352600160681b909104909116606082015291925015611c8c576040517f9aa5eaf000000000000000000000000000000000000000000000000000000000815233600482015263ffffffff83166024820152604401610f2a565b5f8054611cab90600160c01b900467ffffffffffffffff166001613d93565b5f805477ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b67ffffffffffffffff841690810291909117909155808452600160408086019190915251908152909150339063ffffffff8516907f3ef5311df82b1e394d957ce29a0648b2f0a93a10d1ecd9c60576e3e6eec305d99060200160405180910390a363ffffffff83165f908152600e6020526040908190205490811015611e2157602083015167ffffffffffffffff831660409190911b6bffffffff0000000000000000163360601b6bffffffffffffffffffffffff19161717600d5f8663ffffffff1681526020019081526020015f208260408110611dae57611dae613c6b565b0155611dbb816001613d1f565b63ffffffff85165f908152600e6020526040902055611ddb816001613d1f565b60ff1660608401526040515f8152339063ffffffff8616907fe59ab47206c353b9c99783524d1bf6a72dbb40802721379b8f278cdf59c7db959060200160405180910390a35b63ffffffff8481165f908152600a60209081526040808320338452825291829020865181549288015193880151606089015167ffffffffffffffff9092166bffffffffffffffffffffffff1990941693909317600160401b9490951693909302939093176dffff0000000000000000000000001916600160601b9115159190910260ff60681b191617600160681b60ff90921691909102179055611ec5868661319b565b505050505050565b5f611ed88285613d1f565b611ee3906020613db3565b611eee906084613d1f565b9050368114611f1957604051634ea912c560e11b815236600482015260248101829052604401610f2a565b600435602435604082141580611f445750611f35866020613db3565b611f40906060613d1f565b8114155b15611f6b57604051634ea912c560e11b815236600482015260248101849052604401610f2a565b611f7433612fd9565b8360ff7f000000000000000000000000000000000000000000000000000000000000000016811115611ffe576040517f53c4dcf20000000000000000000000000000000000000000000000000000000081526004810182905260ff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610f2a565b5f80546120129063ffffffff166001613c93565b63ffffffff81165f908152600b60209081526040808320338452909152902054909150801561206c57808a8a60405160200161204f929190613dca565b604051602081830303815290604052805190602001201415612070565b8815155b156120a9576040517f23cefeab000000000000000000000000000000000000000000000000000000008152336004820152602401610f2a565b5f5b898110156120ec576120e4838c8c848181106120c9576120c9613c6b565b90506020020160208101906120de919061394e565b5f6132dc565b6001016120ab565b505f5b838110156121c5575f89898381811061210a5761210a613c6b565b905060200201602081019061211f919061394e565b90505f5b828110156121af57816001600160a01b03168b8b8381811061214757612147613c6b565b905060200201602081019061215c919061394e565b6001600160a01b0316036121a7576040517fa2a6516b0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610f2a565b600101612123565b506121bc848260016132dc565b506001016120ef565b50881580156121d357508215155b156122085763ffffffff82165f908152600c602052604081208054600192906121fd908490613d1f565b909155506122459050565b8815801590612215575082155b156122455763ffffffff82165f908152600c6020526040812080546001929061223f908490613d32565b90915550505b82158015612251575088155b612283578787604051602001612268929190613dca565b60405160208183030381529060405280519060200120612285565b5f5b63ffffffff83165f818152600b602090815260408083203380855292529182902093909355517fd2ae0242071ed7aeb0015158148cc1a2672395212e22bc36199afeaf7bf92a50906122da908c908c90613dca565b60405180910390a350505050505050505050565b5f805461232b907f000000000000000000000000000000000000000000000000000000000000000090640100000000900464ffffffffff16613d93565b5f5490915064ffffffffff6a01000000000000000000008204811691600160981b900416811580612383575067ffffffffffffffff81161580159061238357508167ffffffffffffffff168167ffffffffffffffff16105b1561238c578091505b67ffffffffffffffff8216158015906123e1575067ffffffffffffffff83166123d57f000000000000000000000000000000000000000000000000000000000000000084613d93565b67ffffffffffffffff16105b15612413576124107f000000000000000000000000000000000000000000000000000000000000000083613d93565b92505b5f7f000000000000000000000000000000000000000000000000000000000000000061247f7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000613d93565b6124899190613d93565b90508067ffffffffffffffff168467ffffffffffffffff1610156124ab578093505b50505090565b6124bd60015f83612edf565b5f805463ffffffff168082526001602090815260408084203385529091529091205460ff161580156125275750600a5f6124f8836001613c93565b63ffffffff16815260208082019290925260409081015f908120338252909252902054600160601b900460ff16155b15612560576040517fd96620ee000000000000000000000000000000000000000000000000000000008152336004820152602401610f2a565b61256a838361319b565b505050565b6125796024612baa565b5f805461258d9063ffffffff166001613c93565b63ffffffff8082165f908152600a602090815260408083206001600160a01b03881684528252918290208251608081018452905467ffffffffffffffff81168252600160401b81049094169181019190915260ff600160601b840481161515928201839052600160681b90930490921660608301529192509061263a5760405163fc426fbf60e01b81526001600160a01b038416600482015263ffffffff83166024820152604401610f2a565b606081015160ff1615612684576040517f19cd45950000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610f2a565b63ffffffff82165f908152600e60209081526040808320549184015184519293928392839267ffffffffffffffff90921691901b6bffffffff000000000000000016606089901b6bffffffffffffffffffffffff191617179050604084101561270f578392506126f5836001613d1f565b63ffffffff87165f908152600e6020526040902055612925565b5f6127186122ee565b90505f8167ffffffffffffffff16421161273c578167ffffffffffffffff1661273e565b425b63ffffffff89165f908152600d60205260408082209097509192505b604081101561284c575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663772ccf5d60608585604081106127a7576127a7613c6b565b015460405160e084901b7fffffffff00000000000000000000000000000000000000000000000000000000168152911c6001600160a01b031660048201526024016040805180830381865afa158015612802573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128269190613cdf565b915050838167ffffffffffffffff1611612843578197505061284c565b5060010161275a565b50604086036128d0575f61285f82613636565b909750905061286e8186612cc2565b6128ce576020890151604080517f4a6e5c260000000000000000000000000000000000000000000000000000000081526001600160a01b038e16600482015263ffffffff92831660248201529083901c9091166044820152606401610f2a565b505b60608187604081106128e4576128e4613c6b565b015463ffffffff8b165f908152600a602090815260408083209390941c6001600160a01b038116835292905291909120805460ff60681b1916905594505050505b80600d5f8863ffffffff1681526020019081526020015f20846040811061294e5761294e613c6b565b015561295b836001613d1f565b63ffffffff87165f818152600a602090815260408083206001600160a01b038d811680865291845293829020805460ff97909716600160681b0260ff60681b19909716969096179095555191861682527fe59ab47206c353b9c99783524d1bf6a72dbb40802721379b8f278cdf59c7db95910160405180910390a350505050505050565b6129e96044612baa565b60ff811615806129fc5750600360ff8216115b15612a38576040517f8bb9733100000000000000000000000000000000000000000000000000000000815260ff82166004820152602401610f2a565b5f805463ffffffff16808252600160209081526040808420338552909152822054909160ff90911690819003612a8f576040516325434f8b60e21b815233600482015263ffffffff83166024820152604401610f2a565b63ffffffff82165f9081526001602090815260408083206001600160a01b038816845290915281205460ff1690819003612af3576040516325434f8b60e21b81526001600160a01b038616600482015263ffffffff84166024820152604401610f2a565b336001600160a01b03861603612b35576040517ffec2ad9300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612b428386848488613682565b15612ba357846001600160a01b03168363ffffffff167fc115cab17ca6f7f04ffff0a2639503a4cd36e8886b931cb86b07f971fe90f22886612b85878a87612d15565b6040805160ff93841681529290911660208301520160405180910390a35b5050505050565b368114612bd357604051634ea912c560e11b815236600482015260248101829052604401610f2a565b50565b63ffffffff82165f908152600e6020526040812054612bf790600190613d32565b63ffffffff84165f908152600d60205260409020909150828214612c90575f818360408110612c2857612c28613c6b565b0154905080828560408110612c3f57612c3f613c6b565b0155612c4c846001613d1f565b63ffffffff86165f908152600a6020908152604080832060609590951c835293905291909120805460ff92909216600160681b0260ff60681b199092169190911790555b5f818360408110612ca357612ca3613c6b565b01555063ffffffff9092165f908152600e602052604090209190915550565b5f604083811c9083901c63ffffffff8082169083161080612d0c57508063ffffffff168263ffffffff16148015612d0c57508367ffffffffffffffff168567ffffffffffffffff16115b95945050505050565b63ffffffff83165f8181526001602081815260408084206001600160a01b03881685528252808420805460ff19169055938352600290529181209091829190612d5e9085613caf565b60ff1681548110612d7157612d71613c6b565b5f9182526020822001805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b039390931692909217909155612db1600184613caf565b5f80547fffffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffff811663ffffffff600160ff95861681901b19600160781b9485900416821693840292909217845589168352600360205260408320805463ffffffff1916831790559154909350612e3392690100000000000000000090910416613caf565b5f805460ff8084166901000000000000000000810269ff00000000000000000019909316929092179092559193507f000000000000000000000000000000000000000000000000000000000000000016118015612ea457505f546a0100000000000000000000900464ffffffffff16155b15612ed7575f80546effffffffff0000000000000000000019166a01000000000000000000004264ffffffffff16021790555b509392505050565b5f601f19612eee83601f613d1f565b1690505f81612efe866020613db3565b612f09906004613d1f565b612f14906020613d1f565b612f1e9190613d1f565b90506020848102600401359036601f19013590612f3c908890613db3565b82141580612f4a5750368314155b15612f7157604051634ea912c560e11b815236600482015260248101849052604401610f2a565b5f612f7c8686613d32565b90508015801590612fa857506001612f95826008613db3565b6001901b612fa39190613d32565b821615155b15612fcf57604051634ea912c560e11b815236600482015260248101859052604401610f2a565b5050505050505050565b60405163772ccf5d60e01b81526001600160a01b0382811660048301525f9182917f0000000000000000000000000000000000000000000000000000000000000000169063772ccf5d906024016040805180830381865afa158015613040573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130649190613cdf565b915091508067ffffffffffffffff1642106130ad576040516305e5ec4160e51b81526001600160a01b038416600482015267ffffffffffffffff82166024820152604401610f2a565b5f6130d87f000000000000000000000000000000000000000000000000000000000000000084613d93565b90508067ffffffffffffffff16421015613120576040516309069f0560e31b81526001600160a01b038516600482015267ffffffffffffffff82166024820152604401610f2a565b5f6131296122ee565b90508067ffffffffffffffff168367ffffffffffffffff1611612ba3576040517fe2da19740000000000000000000000000000000000000000000000000000000081526001600160a01b038616600482015267ffffffffffffffff808516602483015282166044820152606401610f2a565b6104c081146131d9576040517fe938ac3800000000000000000000000000000000000000000000000000000000815260048101829052602401610f2a565b5f82826040516131ea929190613e14565b60408051918290039091205f818152600960205291909120549091506001600160a01b031680613243575f828152600960205260409020805473ffffffffffffffffffffffffffffffffffffffff191633179055613297565b6001600160a01b0381163314613297576040517f559e7d70000000000000000000000000000000000000000000000000000000008152600481018390526001600160a01b0382166024820152604401610f2a565b335f8181526008602052604090819020849055517fa0c20ae9ee6ff86c86dc5a092a55b6866320de3538d7bfa229b4422c7fd2a61390611af090859088908890613e23565b63ffffffff8084165f908152600a602090815260408083206001600160a01b03871684528252918290208251608081018452905467ffffffffffffffff81168252600160401b81049094169181019190915260ff600160601b84048116151592820192909252600160681b90920416606082015281156133b057806040015161338f5760405163fc426fbf60e01b81526001600160a01b038416600482015263ffffffff85166024820152604401610f2a565b6001816020018181516133a29190613c93565b63ffffffff169052506133cd565b6001816020018181516133c39190613e58565b63ffffffff169052505b602081015181515f9167ffffffffffffffff90911660409190911b6bffffffff000000000000000016606086901b6bffffffffffffffffffffffff191617179050816060015160ff165f1461345e5763ffffffff85165f908152600d60205260409020606083015182919061344490600190613caf565b60ff166040811061345757613457613c6b565b015561358e565b821561358e5763ffffffff85165f908152600d60209081526040808320600e90925280832054919282918210156134b45761349a836001613d1f565b63ffffffff8a165f908152600e602052604090205561350f565b5f6134be85613636565b90935090506134cd8187612cc2565b156135085763ffffffff8a165f908152600a60209081526040808320606085901c8085529252909120805460ff60681b19169055915061350d565b604092505b505b6040821015613589578484836040811061352b5761352b613c6b565b0155613538826001613d1f565b60ff1660608701526040516001600160a01b03828116825289169063ffffffff8b16907fe59ab47206c353b9c99783524d1bf6a72dbb40802721379b8f278cdf59c7db959060200160405180910390a35b505050505b5063ffffffff9384165f908152600a602090815260408083206001600160a01b0390961683529481529084902082518154928401519584015160609094015160ff16600160681b0260ff60681b19941515600160601b02949094166dffff0000000000000000000000001996909716600160401b026bffffffffffffffffffffffff1990931667ffffffffffffffff9091161791909117939093169390931792909217905550565b80545f9060015b604081101561367c575f84826040811061365957613659613c6b565b015490506136678184612cc2565b15613673578092508193505b5060010161363d565b50915091565b6040805163ffffffff8781166020808401919091526001600160a01b03881683850152835180840385018152606090930184528251928101929092205f81815260079093529282205491929116826136db600188613caf565b600160ff919091161b905081811663ffffffff1615613737576040517f57d4bf300000000000000000000000000000000000000000000000000000000081526001600160a01b0389166004820152336024820152604401610f2a565b908117905f613747600188613caf565b60ff16600163ffffffff16901b195f600f9054906101000a900463ffffffff161690505f61377c82851663ffffffff16613885565b90505f61378e8363ffffffff16613885565b6040805133815260ff8b1660208201529081018490529091506001600160a01b038c169063ffffffff8e16907f24f60d0bb7f9a43b966d3c91cf4126b95e4213c01418d47781e9a3c5db25035a9060600160405180910390a3807f000000000000000000000000000000000000000000000000000000000000000060ff1610613817578061383c565b7f000000000000000000000000000000000000000000000000000000000000000060ff165b82106138515760019650505050505050612d0c565b5050505f92835250600760205260408220805463ffffffff191663ffffffff92909216919091179055905095945050505050565b5f5b81156138af578061389781613d07565b91506138a69050600183613d32565b82169150613887565b919050565b828054828255905f5260205f20908101928215613914579160200282015b82811115613914578251825473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b039091161782556020909201916001909101906138d2565b50613920929150613924565b5090565b5b80821115613920575f8155600101613925565b80356001600160a01b03811681146138af575f5ffd5b5f6020828403121561395e575f5ffd5b61396782613938565b9392505050565b5f6020828403121561397e575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b828110156139be5781516001600160a01b0316865260209586019590910190600101613997565b5093949350505050565b606081525f6139da6060830186613985565b82810360208401528085518083526020830191506020870192505f5b81811015613a1a57835163ffffffff168352602093840193909201916001016139f6565b50508381036040850152845180825260209182019250908501905f5b81811015613a5e57825167ffffffffffffffff16845260209384019390920191600101613a36565b5091979650505050505050565b803563ffffffff811681146138af575f5ffd5b5f5f60408385031215613a8f575f5ffd5b613a9883613a6b565b9150613aa660208401613938565b90509250929050565b5f5f60408385031215613ac0575f5ffd5b82359150613aa660208401613938565b602081525f6139676020830184613985565b5f60208284031215613af2575f5ffd5b61396782613a6b565b5f5f60208385031215613b0c575f5ffd5b823567ffffffffffffffff811115613b22575f5ffd5b8301601f81018513613b32575f5ffd5b803567ffffffffffffffff811115613b48575f5ffd5b856020828401011115613b59575f5ffd5b6020919091019590945092505050565b5f5f83601f840112613b79575f5ffd5b50813567ffffffffffffffff811115613b90575f5ffd5b6020830191508360208260051b8501011115613baa575f5ffd5b9250929050565b5f5f5f5f60408587031215613bc4575f5ffd5b843567ffffffffffffffff811115613bda575f5ffd5b613be687828801613b69565b909550935050602085013567ffffffffffffffff811115613c05575f5ffd5b613c1187828801613b69565b95989497509550505050565b5f5f60408385031215613c2e575f5ffd5b613c3783613938565b9150602083013560ff81168114613c4c575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b63ffffffff8181168382160190811115610e0657610e06613c7f565b60ff8281168282160390811115610e0657610e06613c7f565b805167ffffffffffffffff811681146138af575f5ffd5b5f5f60408385031215613cf0575f5ffd5b613cf983613cc8565b9150613aa660208401613cc8565b5f60018201613d1857613d18613c7f565b5060010190565b80820180821115610e0657610e06613c7f565b81810381811115610e0657610e06613c7f565b67ffffffffffffffff83168152604060208201525f613d676040830184613985565b949350505050565b5f60208284031215613d7f575f5ffd5b815164ffffffffff81168114613967575f5ffd5b67ffffffffffffffff8181168382160190811115610e0657610e06613c7f565b8082028115828204841417610e0657610e06613c7f565b602080825281018290525f8360408301825b85811015613e0a576001600160a01b03613df584613938565b16825260209283019290910190600101613ddc565b5095945050505050565b818382375f9101908152919050565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b63ffffffff8281168282160390811115610e0657610e06613c7f56fea264697066735822122027878697d1ee9f34b6667d4e3f73c2eb84590ad24aa0d61690b2ba25fb2cff1564736f6c634300081e0033",
}

// Board is an auto generated Go binding around an Ethereum contract.
type Board struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Board) GetABI() abi.ABI {
	return c.abi
}

// NewBoard creates a new instance of Board.
func NewBoard() *Board {
	parsed, err := BoardMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Board{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Board) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,uint64,uint16,uint16,uint16,address[],string[],string[],string) p, (address,address,address,address) wired) returns()
func (board *Board) PackConstructor(p Params, wired Parts) []byte {
	enc, err := board.abi.Pack("", p, wired)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackKEYBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8fb6a6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KEY_BYTES() view returns(uint256)
func (board *Board) PackKEYBYTES() []byte {
	enc, err := board.abi.Pack("KEY_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKEYBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8fb6a6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KEY_BYTES() view returns(uint256)
func (board *Board) TryPackKEYBYTES() ([]byte, error) {
	return board.abi.Pack("KEY_BYTES")
}

// UnpackKEYBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8fb6a6a.
//
// Solidity: function KEY_BYTES() view returns(uint256)
func (board *Board) UnpackKEYBYTES(data []byte) (*big.Int, error) {
	out, err := board.abi.Unpack("KEY_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXBOARD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11701714.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BOARD() view returns(uint256)
func (board *Board) PackMAXBOARD() []byte {
	enc, err := board.abi.Pack("MAX_BOARD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBOARD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11701714.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BOARD() view returns(uint256)
func (board *Board) TryPackMAXBOARD() ([]byte, error) {
	return board.abi.Pack("MAX_BOARD")
}

// UnpackMAXBOARD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11701714.
//
// Solidity: function MAX_BOARD() view returns(uint256)
func (board *Board) UnpackMAXBOARD(data []byte) (*big.Int, error) {
	out, err := board.abi.Unpack("MAX_BOARD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSEATS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94c2c24f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SEATS() view returns(uint256)
func (board *Board) PackMAXSEATS() []byte {
	enc, err := board.abi.Pack("MAX_SEATS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSEATS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94c2c24f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SEATS() view returns(uint256)
func (board *Board) TryPackMAXSEATS() ([]byte, error) {
	return board.abi.Pack("MAX_SEATS")
}

// UnpackMAXSEATS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94c2c24f.
//
// Solidity: function MAX_SEATS() view returns(uint256)
func (board *Board) UnpackMAXSEATS(data []byte) (*big.Int, error) {
	out, err := board.abi.Unpack("MAX_SEATS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVACATEABSENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36444449.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VACATE_ABSENT() view returns(uint8)
func (board *Board) PackVACATEABSENT() []byte {
	enc, err := board.abi.Pack("VACATE_ABSENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVACATEABSENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36444449.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VACATE_ABSENT() view returns(uint8)
func (board *Board) TryPackVACATEABSENT() ([]byte, error) {
	return board.abi.Pack("VACATE_ABSENT")
}

// UnpackVACATEABSENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36444449.
//
// Solidity: function VACATE_ABSENT() view returns(uint8)
func (board *Board) UnpackVACATEABSENT(data []byte) (uint8, error) {
	out, err := board.abi.Unpack("VACATE_ABSENT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackVACATEABUSIVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe077aeb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VACATE_ABUSIVE() view returns(uint8)
func (board *Board) PackVACATEABUSIVE() []byte {
	enc, err := board.abi.Pack("VACATE_ABUSIVE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVACATEABUSIVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe077aeb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VACATE_ABUSIVE() view returns(uint8)
func (board *Board) TryPackVACATEABUSIVE() ([]byte, error) {
	return board.abi.Pack("VACATE_ABUSIVE")
}

// UnpackVACATEABUSIVE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe077aeb2.
//
// Solidity: function VACATE_ABUSIVE() view returns(uint8)
func (board *Board) UnpackVACATEABUSIVE(data []byte) (uint8, error) {
	out, err := board.abi.Unpack("VACATE_ABUSIVE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackVACATEUNUSABLEKEY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d3223b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VACATE_UNUSABLE_KEY() view returns(uint8)
func (board *Board) PackVACATEUNUSABLEKEY() []byte {
	enc, err := board.abi.Pack("VACATE_UNUSABLE_KEY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVACATEUNUSABLEKEY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d3223b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VACATE_UNUSABLE_KEY() view returns(uint8)
func (board *Board) TryPackVACATEUNUSABLEKEY() ([]byte, error) {
	return board.abi.Pack("VACATE_UNUSABLE_KEY")
}

// UnpackVACATEUNUSABLEKEY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d3223b9.
//
// Solidity: function VACATE_UNUSABLE_KEY() view returns(uint8)
func (board *Board) UnpackVACATEUNUSABLEKEY(data []byte) (uint8, error) {
	out, err := board.abi.Unpack("VACATE_UNUSABLE_KEY", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackBallotHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84c8ce14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ballotHashOf(uint256 election, address voter_) view returns(bytes32)
func (board *Board) PackBallotHashOf(election *big.Int, voter common.Address) []byte {
	enc, err := board.abi.Pack("ballotHashOf", election, voter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBallotHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84c8ce14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ballotHashOf(uint256 election, address voter_) view returns(bytes32)
func (board *Board) TryPackBallotHashOf(election *big.Int, voter common.Address) ([]byte, error) {
	return board.abi.Pack("ballotHashOf", election, voter)
}

// UnpackBallotHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84c8ce14.
//
// Solidity: function ballotHashOf(uint256 election, address voter_) view returns(bytes32)
func (board *Board) UnpackBallotHashOf(data []byte) ([32]byte, error) {
	out, err := board.abi.Unpack("ballotHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBallotsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fc13069.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ballotsOf(uint256 ) view returns(uint256)
func (board *Board) PackBallotsOf(arg0 *big.Int) []byte {
	enc, err := board.abi.Pack("ballotsOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBallotsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fc13069.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ballotsOf(uint256 ) view returns(uint256)
func (board *Board) TryPackBallotsOf(arg0 *big.Int) ([]byte, error) {
	return board.abi.Pack("ballotsOf", arg0)
}

// UnpackBallotsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fc13069.
//
// Solidity: function ballotsOf(uint256 ) view returns(uint256)
func (board *Board) UnpackBallotsOf(data []byte) (*big.Int, error) {
	out, err := board.abi.Unpack("ballotsOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBelowQuorumAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8ee11da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function belowQuorumAt() view returns(uint40)
func (board *Board) PackBelowQuorumAt() []byte {
	enc, err := board.abi.Pack("belowQuorumAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBelowQuorumAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8ee11da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function belowQuorumAt() view returns(uint40)
func (board *Board) TryPackBelowQuorumAt() ([]byte, error) {
	return board.abi.Pack("belowQuorumAt")
}

// UnpackBelowQuorumAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8ee11da.
//
// Solidity: function belowQuorumAt() view returns(uint40)
func (board *Board) UnpackBelowQuorumAt(data []byte) (*big.Int, error) {
	out, err := board.abi.Unpack("belowQuorumAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBoard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cd3229a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function board() view returns(address)
func (board *Board) PackBoard() []byte {
	enc, err := board.abi.Pack("board")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBoard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cd3229a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function board() view returns(address)
func (board *Board) TryPackBoard() ([]byte, error) {
	return board.abi.Pack("board")
}

// UnpackBoard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7cd3229a.
//
// Solidity: function board() view returns(address)
func (board *Board) UnpackBoard(data []byte) (common.Address, error) {
	out, err := board.abi.Unpack("board", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCandidacyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b924485.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function candidacyOf(uint256 election, address candidate) view returns((uint64,uint32,bool,uint8))
func (board *Board) PackCandidacyOf(election *big.Int, candidate common.Address) []byte {
	enc, err := board.abi.Pack("candidacyOf", election, candidate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCandidacyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b924485.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function candidacyOf(uint256 election, address candidate) view returns((uint64,uint32,bool,uint8))
func (board *Board) TryPackCandidacyOf(election *big.Int, candidate common.Address) ([]byte, error) {
	return board.abi.Pack("candidacyOf", election, candidate)
}

// UnpackCandidacyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b924485.
//
// Solidity: function candidacyOf(uint256 election, address candidate) view returns((uint64,uint32,bool,uint8))
func (board *Board) UnpackCandidacyOf(data []byte) (BoardCandidacy, error) {
	out, err := board.abi.Unpack("candidacyOf", data)
	if err != nil {
		return *new(BoardCandidacy), err
	}
	out0 := *abi.ConvertType(out[0], new(BoardCandidacy)).(*BoardCandidacy)
	return out0, nil
}

// PackCandidatesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1984ab00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function candidatesOf(uint256 election) view returns(address[] accounts, uint32[] votes, uint64[] sequences)
func (board *Board) PackCandidatesOf(election *big.Int) []byte {
	enc, err := board.abi.Pack("candidatesOf", election)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCandidatesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1984ab00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function candidatesOf(uint256 election) view returns(address[] accounts, uint32[] votes, uint64[] sequences)
func (board *Board) TryPackCandidatesOf(election *big.Int) ([]byte, error) {
	return board.abi.Pack("candidatesOf", election)
}

// CandidatesOfOutput serves as a container for the return parameters of contract
// method CandidatesOf.
type CandidatesOfOutput struct {
	Accounts  []common.Address
	Votes     []uint32
	Sequences []uint64
}

// UnpackCandidatesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1984ab00.
//
// Solidity: function candidatesOf(uint256 election) view returns(address[] accounts, uint32[] votes, uint64[] sequences)
func (board *Board) UnpackCandidatesOf(data []byte) (CandidatesOfOutput, error) {
	out, err := board.abi.Unpack("candidatesOf", data)
	outstruct := new(CandidatesOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Accounts = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Votes = *abi.ConvertType(out[1], new([]uint32)).(*[]uint32)
	outstruct.Sequences = *abi.ConvertType(out[2], new([]uint64)).(*[]uint64)
	return *outstruct, nil
}

// PackClaimTerm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9ce6cee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimTerm(address claimant) view returns(uint32 term, uint32 live, uint8 seat, uint40 recalled)
func (board *Board) PackClaimTerm(claimant common.Address) []byte {
	enc, err := board.abi.Pack("claimTerm", claimant)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimTerm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9ce6cee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimTerm(address claimant) view returns(uint32 term, uint32 live, uint8 seat, uint40 recalled)
func (board *Board) TryPackClaimTerm(claimant common.Address) ([]byte, error) {
	return board.abi.Pack("claimTerm", claimant)
}

// ClaimTermOutput serves as a container for the return parameters of contract
// method ClaimTerm.
type ClaimTermOutput struct {
	Term     uint32
	Live     uint32
	Seat     uint8
	Recalled *big.Int
}

// UnpackClaimTerm is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9ce6cee.
//
// Solidity: function claimTerm(address claimant) view returns(uint32 term, uint32 live, uint8 seat, uint40 recalled)
func (board *Board) UnpackClaimTerm(data []byte) (ClaimTermOutput, error) {
	out, err := board.abi.Unpack("claimTerm", data)
	outstruct := new(ClaimTermOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Term = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Live = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Seat = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Recalled = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcc59b6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claims() view returns(address)
func (board *Board) PackClaims() []byte {
	enc, err := board.abi.Pack("claims")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcc59b6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claims() view returns(address)
func (board *Board) TryPackClaims() ([]byte, error) {
	return board.abi.Pack("claims")
}

// UnpackClaims is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdcc59b6f.
//
// Solidity: function claims() view returns(address)
func (board *Board) UnpackClaims(data []byte) (common.Address, error) {
	out, err := board.abi.Unpack("claims", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function community() view returns(address)
func (board *Board) PackCommunity() []byte {
	enc, err := board.abi.Pack("community")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function community() view returns(address)
func (board *Board) TryPackCommunity() ([]byte, error) {
	return board.abi.Pack("community")
}

// UnpackCommunity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc1fb5a5.
//
// Solidity: function community() view returns(address)
func (board *Board) UnpackCommunity(data []byte) (common.Address, error) {
	out, err := board.abi.Unpack("community", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf09e0d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createdAt() view returns(uint64)
func (board *Board) PackCreatedAt() []byte {
	enc, err := board.abi.Pack("createdAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf09e0d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createdAt() view returns(uint64)
func (board *Board) TryPackCreatedAt() ([]byte, error) {
	return board.abi.Pack("createdAt")
}

// UnpackCreatedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf09e0d0.
//
// Solidity: function createdAt() view returns(uint64)
func (board *Board) UnpackCreatedAt(data []byte) (uint64, error) {
	out, err := board.abi.Unpack("createdAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCurrentRecalledAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf46d02d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentRecalledAt() view returns(uint40)
func (board *Board) PackCurrentRecalledAt() []byte {
	enc, err := board.abi.Pack("currentRecalledAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentRecalledAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf46d02d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentRecalledAt() view returns(uint40)
func (board *Board) TryPackCurrentRecalledAt() ([]byte, error) {
	return board.abi.Pack("currentRecalledAt")
}

// UnpackCurrentRecalledAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf46d02d.
//
// Solidity: function currentRecalledAt() view returns(uint40)
func (board *Board) UnpackCurrentRecalledAt(data []byte) (*big.Int, error) {
	out, err := board.abi.Unpack("currentRecalledAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentTerm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc48c7342.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentTerm() view returns(uint32)
func (board *Board) PackCurrentTerm() []byte {
	enc, err := board.abi.Pack("currentTerm")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentTerm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc48c7342.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentTerm() view returns(uint32)
func (board *Board) TryPackCurrentTerm() ([]byte, error) {
	return board.abi.Pack("currentTerm")
}

// UnpackCurrentTerm is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc48c7342.
//
// Solidity: function currentTerm() view returns(uint32)
func (board *Board) UnpackCurrentTerm(data []byte) (uint32, error) {
	out, err := board.abi.Unpack("currentTerm", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackElectionClosesAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbcf21e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function electionClosesAt() view returns(uint64 closesAt)
func (board *Board) PackElectionClosesAt() []byte {
	enc, err := board.abi.Pack("electionClosesAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackElectionClosesAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbcf21e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function electionClosesAt() view returns(uint64 closesAt)
func (board *Board) TryPackElectionClosesAt() ([]byte, error) {
	return board.abi.Pack("electionClosesAt")
}

// UnpackElectionClosesAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbbcf21e6.
//
// Solidity: function electionClosesAt() view returns(uint64 closesAt)
func (board *Board) UnpackElectionClosesAt(data []byte) (uint64, error) {
	out, err := board.abi.Unpack("electionClosesAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bb278f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize() returns()
func (board *Board) PackFinalize() []byte {
	enc, err := board.abi.Pack("finalize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bb278f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize() returns()
func (board *Board) TryPackFinalize() ([]byte, error) {
	return board.abi.Pack("finalize")
}

// PackKeyOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x353ae2b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyOwner(bytes32 ) view returns(address)
func (board *Board) PackKeyOwner(arg0 [32]byte) []byte {
	enc, err := board.abi.Pack("keyOwner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x353ae2b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyOwner(bytes32 ) view returns(address)
func (board *Board) TryPackKeyOwner(arg0 [32]byte) ([]byte, error) {
	return board.abi.Pack("keyOwner", arg0)
}

// UnpackKeyOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x353ae2b4.
//
// Solidity: function keyOwner(bytes32 ) view returns(address)
func (board *Board) UnpackKeyOwner(data []byte) (common.Address, error) {
	out, err := board.abi.Unpack("keyOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLiveSeats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8bfd5be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liveSeats() view returns(uint32)
func (board *Board) PackLiveSeats() []byte {
	enc, err := board.abi.Pack("liveSeats")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiveSeats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8bfd5be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liveSeats() view returns(uint32)
func (board *Board) TryPackLiveSeats() ([]byte, error) {
	return board.abi.Pack("liveSeats")
}

// UnpackLiveSeats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8bfd5be.
//
// Solidity: function liveSeats() view returns(uint32)
func (board *Board) UnpackLiveSeats(data []byte) (uint32, error) {
	out, err := board.abi.Unpack("liveSeats", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackLiveSeatsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22e527d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liveSeatsOf(uint256 term) view returns(uint32)
func (board *Board) PackLiveSeatsOf(term *big.Int) []byte {
	enc, err := board.abi.Pack("liveSeatsOf", term)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiveSeatsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22e527d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liveSeatsOf(uint256 term) view returns(uint32)
func (board *Board) TryPackLiveSeatsOf(term *big.Int) ([]byte, error) {
	return board.abi.Pack("liveSeatsOf", term)
}

// UnpackLiveSeatsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa22e527d.
//
// Solidity: function liveSeatsOf(uint256 term) view returns(uint32)
func (board *Board) UnpackLiveSeatsOf(data []byte) (uint32, error) {
	out, err := board.abi.Unpack("liveSeatsOf", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMinBallots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x462d4ac8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minBallots() view returns(uint16)
func (board *Board) PackMinBallots() []byte {
	enc, err := board.abi.Pack("minBallots")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinBallots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x462d4ac8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minBallots() view returns(uint16)
func (board *Board) TryPackMinBallots() ([]byte, error) {
	return board.abi.Pack("minBallots")
}

// UnpackMinBallots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x462d4ac8.
//
// Solidity: function minBallots() view returns(uint16)
func (board *Board) UnpackMinBallots(data []byte) (uint16, error) {
	out, err := board.abi.Unpack("minBallots", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackNotariesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b76a778.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function notariesOf(uint256 term) view returns(address[])
func (board *Board) PackNotariesOf(term *big.Int) []byte {
	enc, err := board.abi.Pack("notariesOf", term)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNotariesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b76a778.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function notariesOf(uint256 term) view returns(address[])
func (board *Board) TryPackNotariesOf(term *big.Int) ([]byte, error) {
	return board.abi.Pack("notariesOf", term)
}

// UnpackNotariesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b76a778.
//
// Solidity: function notariesOf(uint256 term) view returns(address[])
func (board *Board) UnpackNotariesOf(data []byte) ([]common.Address, error) {
	out, err := board.abi.Unpack("notariesOf", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackNotaryKeyHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03025a0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function notaryKeyHash(address ) view returns(bytes32)
func (board *Board) PackNotaryKeyHash(arg0 common.Address) []byte {
	enc, err := board.abi.Pack("notaryKeyHash", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNotaryKeyHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03025a0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function notaryKeyHash(address ) view returns(bytes32)
func (board *Board) TryPackNotaryKeyHash(arg0 common.Address) ([]byte, error) {
	return board.abi.Pack("notaryKeyHash", arg0)
}

// UnpackNotaryKeyHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03025a0c.
//
// Solidity: function notaryKeyHash(address ) view returns(bytes32)
func (board *Board) UnpackNotaryKeyHash(data []byte) ([32]byte, error) {
	out, err := board.abi.Unpack("notaryKeyHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackParamsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a42663.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paramsHash() view returns(bytes32)
func (board *Board) PackParamsHash() []byte {
	enc, err := board.abi.Pack("paramsHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParamsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a42663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paramsHash() view returns(bytes32)
func (board *Board) TryPackParamsHash() ([]byte, error) {
	return board.abi.Pack("paramsHash")
}

// UnpackParamsHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86a42663.
//
// Solidity: function paramsHash() view returns(bytes32)
func (board *Board) UnpackParamsHash(data []byte) ([32]byte, error) {
	out, err := board.abi.Unpack("paramsHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47e9c79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function parts() view returns((address,address,address,address))
func (board *Board) PackParts() []byte {
	enc, err := board.abi.Pack("parts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47e9c79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function parts() view returns((address,address,address,address))
func (board *Board) TryPackParts() ([]byte, error) {
	return board.abi.Pack("parts")
}

// UnpackParts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb47e9c79.
//
// Solidity: function parts() view returns((address,address,address,address))
func (board *Board) UnpackParts(data []byte) (Parts, error) {
	out, err := board.abi.Unpack("parts", data)
	if err != nil {
		return *new(Parts), err
	}
	out0 := *abi.ConvertType(out[0], new(Parts)).(*Parts)
	return out0, nil
}

// PackPromote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e0813a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function promote(address candidate) returns()
func (board *Board) PackPromote(candidate common.Address) []byte {
	enc, err := board.abi.Pack("promote", candidate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPromote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e0813a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function promote(address candidate) returns()
func (board *Board) TryPackPromote(candidate common.Address) ([]byte, error) {
	return board.abi.Pack("promote", candidate)
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum() view returns(uint8)
func (board *Board) PackQuorum() []byte {
	enc, err := board.abi.Pack("quorum")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum() view returns(uint8)
func (board *Board) TryPackQuorum() ([]byte, error) {
	return board.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(uint8)
func (board *Board) UnpackQuorum(data []byte) (uint8, error) {
	out, err := board.abi.Unpack("quorum", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRecall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67cab001.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recall(uint32 term) returns()
func (board *Board) PackRecall(term uint32) []byte {
	enc, err := board.abi.Pack("recall", term)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67cab001.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recall(uint32 term) returns()
func (board *Board) TryPackRecall(term uint32) ([]byte, error) {
	return board.abi.Pack("recall", term)
}

// PackRecallSignatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe570fe63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recallSignatures() view returns(uint16)
func (board *Board) PackRecallSignatures() []byte {
	enc, err := board.abi.Pack("recallSignatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecallSignatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe570fe63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recallSignatures() view returns(uint16)
func (board *Board) TryPackRecallSignatures() ([]byte, error) {
	return board.abi.Pack("recallSignatures")
}

// UnpackRecallSignatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe570fe63.
//
// Solidity: function recallSignatures() view returns(uint16)
func (board *Board) UnpackRecallSignatures(data []byte) (uint16, error) {
	out, err := board.abi.Unpack("recallSignatures", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackRecallSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa23b9ad9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recallSigned(uint256 term, address member) view returns(bool)
func (board *Board) PackRecallSigned(term *big.Int, member common.Address) []byte {
	enc, err := board.abi.Pack("recallSigned", term, member)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecallSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa23b9ad9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recallSigned(uint256 term, address member) view returns(bool)
func (board *Board) TryPackRecallSigned(term *big.Int, member common.Address) ([]byte, error) {
	return board.abi.Pack("recallSigned", term, member)
}

// UnpackRecallSigned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa23b9ad9.
//
// Solidity: function recallSigned(uint256 term, address member) view returns(bool)
func (board *Board) UnpackRecallSigned(data []byte) (bool, error) {
	out, err := board.abi.Unpack("recallSigned", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRecalledAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcfc85a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recalledAt(uint256 ) view returns(uint40)
func (board *Board) PackRecalledAt(arg0 *big.Int) []byte {
	enc, err := board.abi.Pack("recalledAt", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecalledAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcfc85a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recalledAt(uint256 ) view returns(uint40)
func (board *Board) TryPackRecalledAt(arg0 *big.Int) ([]byte, error) {
	return board.abi.Pack("recalledAt", arg0)
}

// UnpackRecalledAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfcfc85a7.
//
// Solidity: function recalledAt(uint256 ) view returns(uint40)
func (board *Board) UnpackRecalledAt(data []byte) (*big.Int, error) {
	out, err := board.abi.Unpack("recalledAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRecallsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa123a7e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recallsOf(uint256 ) view returns(uint256)
func (board *Board) PackRecallsOf(arg0 *big.Int) []byte {
	enc, err := board.abi.Pack("recallsOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecallsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa123a7e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recallsOf(uint256 ) view returns(uint256)
func (board *Board) TryPackRecallsOf(arg0 *big.Int) ([]byte, error) {
	return board.abi.Pack("recallsOf", arg0)
}

// UnpackRecallsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa123a7e4.
//
// Solidity: function recallsOf(uint256 ) view returns(uint256)
func (board *Board) UnpackRecallsOf(data []byte) (*big.Int, error) {
	out, err := board.abi.Unpack("recallsOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (board *Board) PackRegistry() []byte {
	enc, err := board.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (board *Board) TryPackRegistry() ([]byte, error) {
	return board.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (board *Board) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := board.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackResign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69652fcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resign() returns()
func (board *Board) PackResign() []byte {
	enc, err := board.abi.Pack("resign")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69652fcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resign() returns()
func (board *Board) TryPackResign() ([]byte, error) {
	return board.abi.Pack("resign")
}

// PackSeatOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b3dac4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seatOf(uint256 term, address account) view returns(uint8)
func (board *Board) PackSeatOf(term *big.Int, account common.Address) []byte {
	enc, err := board.abi.Pack("seatOf", term, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeatOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b3dac4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seatOf(uint256 term, address account) view returns(uint8)
func (board *Board) TryPackSeatOf(term *big.Int, account common.Address) ([]byte, error) {
	return board.abi.Pack("seatOf", term, account)
}

// UnpackSeatOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b3dac4c.
//
// Solidity: function seatOf(uint256 term, address account) view returns(uint8)
func (board *Board) UnpackSeatOf(data []byte) (uint8, error) {
	out, err := board.abi.Unpack("seatOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSeats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c5655d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seats() view returns(uint8)
func (board *Board) PackSeats() []byte {
	enc, err := board.abi.Pack("seats")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c5655d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seats() view returns(uint8)
func (board *Board) TryPackSeats() ([]byte, error) {
	return board.abi.Pack("seats")
}

// UnpackSeats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c5655d6.
//
// Solidity: function seats() view returns(uint8)
func (board *Board) UnpackSeats(data []byte) (uint8, error) {
	out, err := board.abi.Unpack("seats", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSetNotaryKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd282653.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setNotaryKey(bytes hpkeKey) returns()
func (board *Board) PackSetNotaryKey(hpkeKey []byte) []byte {
	enc, err := board.abi.Pack("setNotaryKey", hpkeKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetNotaryKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd282653.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setNotaryKey(bytes hpkeKey) returns()
func (board *Board) TryPackSetNotaryKey(hpkeKey []byte) ([]byte, error) {
	return board.abi.Pack("setNotaryKey", hpkeKey)
}

// PackStand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73ca722e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stand(bytes hpkeKey) returns()
func (board *Board) PackStand(hpkeKey []byte) []byte {
	enc, err := board.abi.Pack("stand", hpkeKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73ca722e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stand(bytes hpkeKey) returns()
func (board *Board) TryPackStand(hpkeKey []byte) ([]byte, error) {
	return board.abi.Pack("stand", hpkeKey)
}

// PackStandSequence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8279c2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function standSequence() view returns(uint64)
func (board *Board) PackStandSequence() []byte {
	enc, err := board.abi.Pack("standSequence")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStandSequence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8279c2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function standSequence() view returns(uint64)
func (board *Board) TryPackStandSequence() ([]byte, error) {
	return board.abi.Pack("standSequence")
}

// UnpackStandSequence is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8279c2b.
//
// Solidity: function standSequence() view returns(uint64)
func (board *Board) UnpackStandSequence(data []byte) (uint64, error) {
	out, err := board.abi.Unpack("standSequence", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackTermLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79b18cd1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function termLength() view returns(uint64)
func (board *Board) PackTermLength() []byte {
	enc, err := board.abi.Pack("termLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTermLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79b18cd1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function termLength() view returns(uint64)
func (board *Board) TryPackTermLength() ([]byte, error) {
	return board.abi.Pack("termLength")
}

// UnpackTermLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79b18cd1.
//
// Solidity: function termLength() view returns(uint64)
func (board *Board) UnpackTermLength(data []byte) (uint64, error) {
	out, err := board.abi.Unpack("termLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackTermSeats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1ba6a09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function termSeats() view returns(uint8)
func (board *Board) PackTermSeats() []byte {
	enc, err := board.abi.Pack("termSeats")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTermSeats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1ba6a09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function termSeats() view returns(uint8)
func (board *Board) TryPackTermSeats() ([]byte, error) {
	return board.abi.Pack("termSeats")
}

// UnpackTermSeats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1ba6a09.
//
// Solidity: function termSeats() view returns(uint8)
func (board *Board) UnpackTermSeats(data []byte) (uint8, error) {
	out, err := board.abi.Unpack("termSeats", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTermStartedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d2ddcff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function termStartedAt() view returns(uint40)
func (board *Board) PackTermStartedAt() []byte {
	enc, err := board.abi.Pack("termStartedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTermStartedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d2ddcff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function termStartedAt() view returns(uint40)
func (board *Board) TryPackTermStartedAt() ([]byte, error) {
	return board.abi.Pack("termStartedAt")
}

// UnpackTermStartedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d2ddcff.
//
// Solidity: function termStartedAt() view returns(uint40)
func (board *Board) UnpackTermStartedAt(data []byte) (*big.Int, error) {
	out, err := board.abi.Unpack("termStartedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVacate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe04e9f97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vacate(address notary, uint8 reason) returns()
func (board *Board) PackVacate(notary common.Address, reason uint8) []byte {
	enc, err := board.abi.Pack("vacate", notary, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVacate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe04e9f97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vacate(address notary, uint8 reason) returns()
func (board *Board) TryPackVacate(notary common.Address, reason uint8) ([]byte, error) {
	return board.abi.Pack("vacate", notary, reason)
}

// PackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa19e39e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vote(address[] previous, address[] picks) returns()
func (board *Board) PackVote(previous []common.Address, picks []common.Address) []byte {
	enc, err := board.abi.Pack("vote", previous, picks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa19e39e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vote(address[] previous, address[] picks) returns()
func (board *Board) TryPackVote(previous []common.Address, picks []common.Address) ([]byte, error) {
	return board.abi.Pack("vote", previous, picks)
}

// PackVoter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b35610f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voter(uint32 term, address notary) view returns(uint8 seat, uint32 live, uint40 recalled)
func (board *Board) PackVoter(term uint32, notary common.Address) []byte {
	enc, err := board.abi.Pack("voter", term, notary)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b35610f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voter(uint32 term, address notary) view returns(uint8 seat, uint32 live, uint40 recalled)
func (board *Board) TryPackVoter(term uint32, notary common.Address) ([]byte, error) {
	return board.abi.Pack("voter", term, notary)
}

// VoterOutput serves as a container for the return parameters of contract
// method Voter.
type VoterOutput struct {
	Seat     uint8
	Live     uint32
	Recalled *big.Int
}

// UnpackVoter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b35610f.
//
// Solidity: function voter(uint32 term, address notary) view returns(uint8 seat, uint32 live, uint40 recalled)
func (board *Board) UnpackVoter(data []byte) (VoterOutput, error) {
	out, err := board.abi.Unpack("voter", data)
	outstruct := new(VoterOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Seat = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Live = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Recalled = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVotingWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72a6300a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingWindow() view returns(uint64)
func (board *Board) PackVotingWindow() []byte {
	enc, err := board.abi.Pack("votingWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72a6300a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingWindow() view returns(uint64)
func (board *Board) TryPackVotingWindow() ([]byte, error) {
	return board.abi.Pack("votingWindow")
}

// UnpackVotingWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72a6300a.
//
// Solidity: function votingWindow() view returns(uint64)
func (board *Board) UnpackVotingWindow(data []byte) (uint64, error) {
	out, err := board.abi.Unpack("votingWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWaitingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a2ef9df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function waitingPeriod() view returns(uint64)
func (board *Board) PackWaitingPeriod() []byte {
	enc, err := board.abi.Pack("waitingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWaitingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a2ef9df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function waitingPeriod() view returns(uint64)
func (board *Board) TryPackWaitingPeriod() ([]byte, error) {
	return board.abi.Pack("waitingPeriod")
}

// UnpackWaitingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a2ef9df.
//
// Solidity: function waitingPeriod() view returns(uint64)
func (board *Board) UnpackWaitingPeriod(data []byte) (uint64, error) {
	out, err := board.abi.Unpack("waitingPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (board *Board) PackWithdraw() []byte {
	enc, err := board.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (board *Board) TryPackWithdraw() ([]byte, error) {
	return board.abi.Pack("withdraw")
}

// BoardBallotCast represents a BallotCast event raised by the Board contract.
type BoardBallotCast struct {
	Election uint32
	Voter    common.Address
	Picks    []common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const BoardBallotCastEventName = "BallotCast"

// ContractEventName returns the user-defined event name.
func (BoardBallotCast) ContractEventName() string {
	return BoardBallotCastEventName
}

// UnpackBallotCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BallotCast(uint32 indexed election, address indexed voter, address[] picks)
func (board *Board) UnpackBallotCastEvent(log *types.Log) (*BoardBallotCast, error) {
	event := "BallotCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != board.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardBallotCast)
	if len(log.Data) > 0 {
		if err := board.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range board.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BoardBoardRecalled represents a BoardRecalled event raised by the Board contract.
type BoardBoardRecalled struct {
	Term       uint32
	Signatures *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const BoardBoardRecalledEventName = "BoardRecalled"

// ContractEventName returns the user-defined event name.
func (BoardBoardRecalled) ContractEventName() string {
	return BoardBoardRecalledEventName
}

// UnpackBoardRecalledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BoardRecalled(uint32 indexed term, uint256 signatures)
func (board *Board) UnpackBoardRecalledEvent(log *types.Log) (*BoardBoardRecalled, error) {
	event := "BoardRecalled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != board.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardBoardRecalled)
	if len(log.Data) > 0 {
		if err := board.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range board.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BoardCandidateListed represents a CandidateListed event raised by the Board contract.
type BoardCandidateListed struct {
	Election  uint32
	Candidate common.Address
	Replaced  common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const BoardCandidateListedEventName = "CandidateListed"

// ContractEventName returns the user-defined event name.
func (BoardCandidateListed) ContractEventName() string {
	return BoardCandidateListedEventName
}

// UnpackCandidateListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CandidateListed(uint32 indexed election, address indexed candidate, address replaced)
func (board *Board) UnpackCandidateListedEvent(log *types.Log) (*BoardCandidateListed, error) {
	event := "CandidateListed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != board.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardCandidateListed)
	if len(log.Data) > 0 {
		if err := board.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range board.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BoardCandidateStood represents a CandidateStood event raised by the Board contract.
type BoardCandidateStood struct {
	Election  uint32
	Candidate common.Address
	Sequence  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const BoardCandidateStoodEventName = "CandidateStood"

// ContractEventName returns the user-defined event name.
func (BoardCandidateStood) ContractEventName() string {
	return BoardCandidateStoodEventName
}

// UnpackCandidateStoodEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CandidateStood(uint32 indexed election, address indexed candidate, uint64 sequence)
func (board *Board) UnpackCandidateStoodEvent(log *types.Log) (*BoardCandidateStood, error) {
	event := "CandidateStood"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != board.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardCandidateStood)
	if len(log.Data) > 0 {
		if err := board.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range board.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BoardCandidateWithdrew represents a CandidateWithdrew event raised by the Board contract.
type BoardCandidateWithdrew struct {
	Election  uint32
	Candidate common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const BoardCandidateWithdrewEventName = "CandidateWithdrew"

// ContractEventName returns the user-defined event name.
func (BoardCandidateWithdrew) ContractEventName() string {
	return BoardCandidateWithdrewEventName
}

// UnpackCandidateWithdrewEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CandidateWithdrew(uint32 indexed election, address indexed candidate)
func (board *Board) UnpackCandidateWithdrewEvent(log *types.Log) (*BoardCandidateWithdrew, error) {
	event := "CandidateWithdrew"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != board.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardCandidateWithdrew)
	if len(log.Data) > 0 {
		if err := board.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range board.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BoardNotaryKeySet represents a NotaryKeySet event raised by the Board contract.
type BoardNotaryKeySet struct {
	Notary  common.Address
	KeyHash [32]byte
	Key     []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const BoardNotaryKeySetEventName = "NotaryKeySet"

// ContractEventName returns the user-defined event name.
func (BoardNotaryKeySet) ContractEventName() string {
	return BoardNotaryKeySetEventName
}

// UnpackNotaryKeySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NotaryKeySet(address indexed notary, bytes32 keyHash, bytes key)
func (board *Board) UnpackNotaryKeySetEvent(log *types.Log) (*BoardNotaryKeySet, error) {
	event := "NotaryKeySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != board.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardNotaryKeySet)
	if len(log.Data) > 0 {
		if err := board.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range board.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BoardNotaryResigned represents a NotaryResigned event raised by the Board contract.
type BoardNotaryResigned struct {
	Term      uint32
	Notary    common.Address
	SeatsLeft uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const BoardNotaryResignedEventName = "NotaryResigned"

// ContractEventName returns the user-defined event name.
func (BoardNotaryResigned) ContractEventName() string {
	return BoardNotaryResignedEventName
}

// UnpackNotaryResignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NotaryResigned(uint32 indexed term, address indexed notary, uint8 seatsLeft)
func (board *Board) UnpackNotaryResignedEvent(log *types.Log) (*BoardNotaryResigned, error) {
	event := "NotaryResigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != board.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardNotaryResigned)
	if len(log.Data) > 0 {
		if err := board.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range board.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BoardRecallSigned represents a RecallSigned event raised by the Board contract.
type BoardRecallSigned struct {
	Term       uint32
	Member     common.Address
	Signatures *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const BoardRecallSignedEventName = "RecallSigned"

// ContractEventName returns the user-defined event name.
func (BoardRecallSigned) ContractEventName() string {
	return BoardRecallSignedEventName
}

// UnpackRecallSignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecallSigned(uint32 indexed term, address indexed member, uint256 signatures)
func (board *Board) UnpackRecallSignedEvent(log *types.Log) (*BoardRecallSigned, error) {
	event := "RecallSigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != board.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardRecallSigned)
	if len(log.Data) > 0 {
		if err := board.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range board.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BoardSeatVacated represents a SeatVacated event raised by the Board contract.
type BoardSeatVacated struct {
	Term      uint32
	Notary    common.Address
	Reason    uint8
	SeatsLeft uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const BoardSeatVacatedEventName = "SeatVacated"

// ContractEventName returns the user-defined event name.
func (BoardSeatVacated) ContractEventName() string {
	return BoardSeatVacatedEventName
}

// UnpackSeatVacatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SeatVacated(uint32 indexed term, address indexed notary, uint8 reason, uint8 seatsLeft)
func (board *Board) UnpackSeatVacatedEvent(log *types.Log) (*BoardSeatVacated, error) {
	event := "SeatVacated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != board.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardSeatVacated)
	if len(log.Data) > 0 {
		if err := board.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range board.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BoardTermStarted represents a TermStarted event raised by the Board contract.
type BoardTermStarted struct {
	Term      uint32
	StartedAt uint64
	Notaries  []common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const BoardTermStartedEventName = "TermStarted"

// ContractEventName returns the user-defined event name.
func (BoardTermStarted) ContractEventName() string {
	return BoardTermStartedEventName
}

// UnpackTermStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TermStarted(uint32 indexed term, uint64 startedAt, address[] notaries)
func (board *Board) UnpackTermStartedEvent(log *types.Log) (*BoardTermStarted, error) {
	event := "TermStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != board.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardTermStarted)
	if len(log.Data) > 0 {
		if err := board.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range board.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BoardVacateVote represents a VacateVote event raised by the Board contract.
type BoardVacateVote struct {
	Term      uint32
	Notary    common.Address
	By        common.Address
	Reason    uint8
	Approvals *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const BoardVacateVoteEventName = "VacateVote"

// ContractEventName returns the user-defined event name.
func (BoardVacateVote) ContractEventName() string {
	return BoardVacateVoteEventName
}

// UnpackVacateVoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VacateVote(uint32 indexed term, address indexed notary, address by, uint8 reason, uint256 approvals)
func (board *Board) UnpackVacateVoteEvent(log *types.Log) (*BoardVacateVote, error) {
	event := "VacateVote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != board.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardVacateVote)
	if len(log.Data) > 0 {
		if err := board.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range board.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (board *Board) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], board.abi.Errors["AlreadyCandidate"].ID.Bytes()[:4]) {
		return board.UnpackAlreadyCandidateError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["AlreadyListed"].ID.Bytes()[:4]) {
		return board.UnpackAlreadyListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["AlreadyRecalled"].ID.Bytes()[:4]) {
		return board.UnpackAlreadyRecalledError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["BallotMismatch"].ID.Bytes()[:4]) {
		return board.UnpackBallotMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["Calldata"].ID.Bytes()[:4]) {
		return board.UnpackCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["CoverageEndsBeforeElection"].ID.Bytes()[:4]) {
		return board.UnpackCoverageEndsBeforeElectionError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["DuplicatePick"].ID.Bytes()[:4]) {
		return board.UnpackDuplicatePickError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return board.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["InvalidReason"].ID.Bytes()[:4]) {
		return board.UnpackInvalidReasonError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["KeyTaken"].ID.Bytes()[:4]) {
		return board.UnpackKeyTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["NoNotice"].ID.Bytes()[:4]) {
		return board.UnpackNoNoticeError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["NotActive"].ID.Bytes()[:4]) {
		return board.UnpackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["NotCandidate"].ID.Bytes()[:4]) {
		return board.UnpackNotCandidateError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["NotEnoughBallots"].ID.Bytes()[:4]) {
		return board.UnpackNotEnoughBallotsError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["NotEnoughCandidates"].ID.Bytes()[:4]) {
		return board.UnpackNotEnoughCandidatesError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["NotNotary"].ID.Bytes()[:4]) {
		return board.UnpackNotNotaryError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["NotNotaryOrCandidate"].ID.Bytes()[:4]) {
		return board.UnpackNotNotaryOrCandidateError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["NotOutranking"].ID.Bytes()[:4]) {
		return board.UnpackNotOutrankingError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["RecallRepeated"].ID.Bytes()[:4]) {
		return board.UnpackRecallRepeatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["TermNotOver"].ID.Bytes()[:4]) {
		return board.UnpackTermNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["TooManyPicks"].ID.Bytes()[:4]) {
		return board.UnpackTooManyPicksError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return board.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["VacateOwnSeat"].ID.Bytes()[:4]) {
		return board.UnpackVacateOwnSeatError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["VacateVoteRepeated"].ID.Bytes()[:4]) {
		return board.UnpackVacateVoteRepeatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], board.abi.Errors["WaitingPeriod"].ID.Bytes()[:4]) {
		return board.UnpackWaitingPeriodError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BoardAlreadyCandidate represents a AlreadyCandidate error raised by the Board contract.
type BoardAlreadyCandidate struct {
	Account  common.Address
	Election uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCandidate(address account, uint32 election)
func BoardAlreadyCandidateErrorID() common.Hash {
	return common.HexToHash("0x9aa5eaf05171cda4c3e040ec9084b85cd03128de1ca64575daf9653ac779a634")
}

// UnpackAlreadyCandidateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCandidate(address account, uint32 election)
func (board *Board) UnpackAlreadyCandidateError(raw []byte) (*BoardAlreadyCandidate, error) {
	out := new(BoardAlreadyCandidate)
	if err := board.abi.UnpackIntoInterface(out, "AlreadyCandidate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardAlreadyListed represents a AlreadyListed error raised by the Board contract.
type BoardAlreadyListed struct {
	Candidate common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyListed(address candidate)
func BoardAlreadyListedErrorID() common.Hash {
	return common.HexToHash("0x19cd45959170cfb6a7c442727f0974f504e3b1bf4faaf155537ac5fdd0223fdb")
}

// UnpackAlreadyListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyListed(address candidate)
func (board *Board) UnpackAlreadyListedError(raw []byte) (*BoardAlreadyListed, error) {
	out := new(BoardAlreadyListed)
	if err := board.abi.UnpackIntoInterface(out, "AlreadyListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardAlreadyRecalled represents a AlreadyRecalled error raised by the Board contract.
type BoardAlreadyRecalled struct {
	Term uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRecalled(uint32 term)
func BoardAlreadyRecalledErrorID() common.Hash {
	return common.HexToHash("0xd1ac5a06fc2e4a0a7a473a2936f88a8424147c56373eb713270d8460ff61c9f4")
}

// UnpackAlreadyRecalledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRecalled(uint32 term)
func (board *Board) UnpackAlreadyRecalledError(raw []byte) (*BoardAlreadyRecalled, error) {
	out := new(BoardAlreadyRecalled)
	if err := board.abi.UnpackIntoInterface(out, "AlreadyRecalled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardBallotMismatch represents a BallotMismatch error raised by the Board contract.
type BoardBallotMismatch struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BallotMismatch(address voter)
func BoardBallotMismatchErrorID() common.Hash {
	return common.HexToHash("0x23cefeabd39a08874934e63941f8fd183cb2abc49525f5515c552975a221c9f0")
}

// UnpackBallotMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BallotMismatch(address voter)
func (board *Board) UnpackBallotMismatchError(raw []byte) (*BoardBallotMismatch, error) {
	out := new(BoardBallotMismatch)
	if err := board.abi.UnpackIntoInterface(out, "BallotMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardCalldata represents a Calldata error raised by the Board contract.
type BoardCalldata struct {
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Calldata(uint256 length, uint256 expected)
func BoardCalldataErrorID() common.Hash {
	return common.HexToHash("0x9d52258a00c203a826ef19fde2278642ea547aed6d990dfba427bc1536031274")
}

// UnpackCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Calldata(uint256 length, uint256 expected)
func (board *Board) UnpackCalldataError(raw []byte) (*BoardCalldata, error) {
	out := new(BoardCalldata)
	if err := board.abi.UnpackIntoInterface(out, "Calldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardCoverageEndsBeforeElection represents a CoverageEndsBeforeElection error raised by the Board contract.
type BoardCoverageEndsBeforeElection struct {
	Member           common.Address
	CoveredUntil     uint64
	ElectionClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoverageEndsBeforeElection(address member, uint64 coveredUntil, uint64 electionClosesAt)
func BoardCoverageEndsBeforeElectionErrorID() common.Hash {
	return common.HexToHash("0xe2da197490637c4ca6f3ac0c9d9a2f566c85bf75bd8df18e460bdd03fd297553")
}

// UnpackCoverageEndsBeforeElectionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoverageEndsBeforeElection(address member, uint64 coveredUntil, uint64 electionClosesAt)
func (board *Board) UnpackCoverageEndsBeforeElectionError(raw []byte) (*BoardCoverageEndsBeforeElection, error) {
	out := new(BoardCoverageEndsBeforeElection)
	if err := board.abi.UnpackIntoInterface(out, "CoverageEndsBeforeElection", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardDuplicatePick represents a DuplicatePick error raised by the Board contract.
type BoardDuplicatePick struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicatePick(address account)
func BoardDuplicatePickErrorID() common.Hash {
	return common.HexToHash("0xa2a6516b4cc387e9115946de033081b1440f0cfb06771c77ba03b6209928fa35")
}

// UnpackDuplicatePickError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicatePick(address account)
func (board *Board) UnpackDuplicatePickError(raw []byte) (*BoardDuplicatePick, error) {
	out := new(BoardDuplicatePick)
	if err := board.abi.UnpackIntoInterface(out, "DuplicatePick", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardInvalidKey represents a InvalidKey error raised by the Board contract.
type BoardInvalidKey struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(uint256 length)
func BoardInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xe938ac382c26132aa5fe4af2c5e9ee88093da80920d00cf75ecb3ea33e4dd494")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(uint256 length)
func (board *Board) UnpackInvalidKeyError(raw []byte) (*BoardInvalidKey, error) {
	out := new(BoardInvalidKey)
	if err := board.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardInvalidReason represents a InvalidReason error raised by the Board contract.
type BoardInvalidReason struct {
	Reason uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReason(uint8 reason)
func BoardInvalidReasonErrorID() common.Hash {
	return common.HexToHash("0x8bb97331150d340e5b7adcde543bbf3091bd60b0b9334dadfb4a480e97d10161")
}

// UnpackInvalidReasonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReason(uint8 reason)
func (board *Board) UnpackInvalidReasonError(raw []byte) (*BoardInvalidReason, error) {
	out := new(BoardInvalidReason)
	if err := board.abi.UnpackIntoInterface(out, "InvalidReason", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardKeyTaken represents a KeyTaken error raised by the Board contract.
type BoardKeyTaken struct {
	KeyHash [32]byte
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyTaken(bytes32 keyHash, address owner)
func BoardKeyTakenErrorID() common.Hash {
	return common.HexToHash("0x559e7d70f731b9b095efffbd12fb938c44979c46c6eb2d5ef58639fb9329abac")
}

// UnpackKeyTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyTaken(bytes32 keyHash, address owner)
func (board *Board) UnpackKeyTakenError(raw []byte) (*BoardKeyTaken, error) {
	out := new(BoardKeyTaken)
	if err := board.abi.UnpackIntoInterface(out, "KeyTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardNoNotice represents a NoNotice error raised by the Board contract.
type BoardNoNotice struct {
	Term uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoNotice(uint32 term)
func BoardNoNoticeErrorID() common.Hash {
	return common.HexToHash("0x7b67bc9371743807500c94c6a7133cd820b6dbda46df19deeefd2081cbab9001")
}

// UnpackNoNoticeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoNotice(uint32 term)
func (board *Board) UnpackNoNoticeError(raw []byte) (*BoardNoNotice, error) {
	out := new(BoardNoNotice)
	if err := board.abi.UnpackIntoInterface(out, "NoNotice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardNotActive represents a NotActive error raised by the Board contract.
type BoardNotActive struct {
	Member       common.Address
	CoveredUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotActive(address member, uint64 coveredUntil)
func BoardNotActiveErrorID() common.Hash {
	return common.HexToHash("0xbcbd8820b63ce017954d6b4fedf43353da302ddef5aa1eeb46575a665080a87d")
}

// UnpackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotActive(address member, uint64 coveredUntil)
func (board *Board) UnpackNotActiveError(raw []byte) (*BoardNotActive, error) {
	out := new(BoardNotActive)
	if err := board.abi.UnpackIntoInterface(out, "NotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardNotCandidate represents a NotCandidate error raised by the Board contract.
type BoardNotCandidate struct {
	Account  common.Address
	Election uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCandidate(address account, uint32 election)
func BoardNotCandidateErrorID() common.Hash {
	return common.HexToHash("0xfc426fbf0c041164b7ccbbdfbfb7077b6d6a34cadefb5596e03e7ea7df24869e")
}

// UnpackNotCandidateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCandidate(address account, uint32 election)
func (board *Board) UnpackNotCandidateError(raw []byte) (*BoardNotCandidate, error) {
	out := new(BoardNotCandidate)
	if err := board.abi.UnpackIntoInterface(out, "NotCandidate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardNotEnoughBallots represents a NotEnoughBallots error raised by the Board contract.
type BoardNotEnoughBallots struct {
	Ballots *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughBallots(uint256 ballots, uint256 needed)
func BoardNotEnoughBallotsErrorID() common.Hash {
	return common.HexToHash("0x31e9e0d580ceafbe92e789f15880cc9a284487feaf852537ea1cdff76110e94e")
}

// UnpackNotEnoughBallotsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughBallots(uint256 ballots, uint256 needed)
func (board *Board) UnpackNotEnoughBallotsError(raw []byte) (*BoardNotEnoughBallots, error) {
	out := new(BoardNotEnoughBallots)
	if err := board.abi.UnpackIntoInterface(out, "NotEnoughBallots", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardNotEnoughCandidates represents a NotEnoughCandidates error raised by the Board contract.
type BoardNotEnoughCandidates struct {
	Eligible *big.Int
	Needed   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughCandidates(uint256 eligible, uint256 needed)
func BoardNotEnoughCandidatesErrorID() common.Hash {
	return common.HexToHash("0x140be625c8b929a077b142b284e3c75acd9446a05ac365b186154b2d8f4fa91a")
}

// UnpackNotEnoughCandidatesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughCandidates(uint256 eligible, uint256 needed)
func (board *Board) UnpackNotEnoughCandidatesError(raw []byte) (*BoardNotEnoughCandidates, error) {
	out := new(BoardNotEnoughCandidates)
	if err := board.abi.UnpackIntoInterface(out, "NotEnoughCandidates", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardNotNotary represents a NotNotary error raised by the Board contract.
type BoardNotNotary struct {
	Account common.Address
	Term    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNotary(address account, uint32 term)
func BoardNotNotaryErrorID() common.Hash {
	return common.HexToHash("0x950d3e2cb2345e1538c5bcf518d9fb8aa46462af4da179eb846c8cd070da1aaa")
}

// UnpackNotNotaryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNotary(address account, uint32 term)
func (board *Board) UnpackNotNotaryError(raw []byte) (*BoardNotNotary, error) {
	out := new(BoardNotNotary)
	if err := board.abi.UnpackIntoInterface(out, "NotNotary", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardNotNotaryOrCandidate represents a NotNotaryOrCandidate error raised by the Board contract.
type BoardNotNotaryOrCandidate struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNotaryOrCandidate(address account)
func BoardNotNotaryOrCandidateErrorID() common.Hash {
	return common.HexToHash("0xd96620ee0062471440bdc604288a5128205257f585655623f066b471c5290834")
}

// UnpackNotNotaryOrCandidateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNotaryOrCandidate(address account)
func (board *Board) UnpackNotNotaryOrCandidateError(raw []byte) (*BoardNotNotaryOrCandidate, error) {
	out := new(BoardNotNotaryOrCandidate)
	if err := board.abi.UnpackIntoInterface(out, "NotNotaryOrCandidate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardNotOutranking represents a NotOutranking error raised by the Board contract.
type BoardNotOutranking struct {
	Candidate    common.Address
	Votes        uint32
	LowestListed uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOutranking(address candidate, uint32 votes, uint32 lowestListed)
func BoardNotOutrankingErrorID() common.Hash {
	return common.HexToHash("0x4a6e5c26115649e020969e1fc3b3ea07b3ec494927dd95a7f6b3f6f3ed870aab")
}

// UnpackNotOutrankingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOutranking(address candidate, uint32 votes, uint32 lowestListed)
func (board *Board) UnpackNotOutrankingError(raw []byte) (*BoardNotOutranking, error) {
	out := new(BoardNotOutranking)
	if err := board.abi.UnpackIntoInterface(out, "NotOutranking", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardRecallRepeated represents a RecallRepeated error raised by the Board contract.
type BoardRecallRepeated struct {
	Member common.Address
	Term   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecallRepeated(address member, uint32 term)
func BoardRecallRepeatedErrorID() common.Hash {
	return common.HexToHash("0x6b0d1dff10e3e4049d0d17f2f8ab6ad21026371b9ac7dcafe13a41f9787bb41c")
}

// UnpackRecallRepeatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecallRepeated(address member, uint32 term)
func (board *Board) UnpackRecallRepeatedError(raw []byte) (*BoardRecallRepeated, error) {
	out := new(BoardRecallRepeated)
	if err := board.abi.UnpackIntoInterface(out, "RecallRepeated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardTermNotOver represents a TermNotOver error raised by the Board contract.
type BoardTermNotOver struct {
	EndsAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermNotOver(uint64 endsAt)
func BoardTermNotOverErrorID() common.Hash {
	return common.HexToHash("0x42b79c157b91a33c36c73b0c72e15e614d3ab212804e90e552685f7cfdcc689c")
}

// UnpackTermNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermNotOver(uint64 endsAt)
func (board *Board) UnpackTermNotOverError(raw []byte) (*BoardTermNotOver, error) {
	out := new(BoardTermNotOver)
	if err := board.abi.UnpackIntoInterface(out, "TermNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardTooManyPicks represents a TooManyPicks error raised by the Board contract.
type BoardTooManyPicks struct {
	Picks *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyPicks(uint256 picks, uint256 max)
func BoardTooManyPicksErrorID() common.Hash {
	return common.HexToHash("0x53c4dcf2615af1e1c87764add4fc184319eac03b679a1a8e94c0a9a83061435f")
}

// UnpackTooManyPicksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyPicks(uint256 picks, uint256 max)
func (board *Board) UnpackTooManyPicksError(raw []byte) (*BoardTooManyPicks, error) {
	out := new(BoardTooManyPicks)
	if err := board.abi.UnpackIntoInterface(out, "TooManyPicks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardUnauthorized represents a Unauthorized error raised by the Board contract.
type BoardUnauthorized struct {
	Caller  common.Address
	Allowed common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller, address allowed)
func BoardUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x295a81c15f8ed30f90d2dbdefc77f34f2603dc4ea3df178ac206913987b62f4b")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller, address allowed)
func (board *Board) UnpackUnauthorizedError(raw []byte) (*BoardUnauthorized, error) {
	out := new(BoardUnauthorized)
	if err := board.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardVacateOwnSeat represents a VacateOwnSeat error raised by the Board contract.
type BoardVacateOwnSeat struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VacateOwnSeat()
func BoardVacateOwnSeatErrorID() common.Hash {
	return common.HexToHash("0xfec2ad93875b543e34cf9a5f0ea268b0889f1ea183c456441b49c692d2f464ba")
}

// UnpackVacateOwnSeatError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VacateOwnSeat()
func (board *Board) UnpackVacateOwnSeatError(raw []byte) (*BoardVacateOwnSeat, error) {
	out := new(BoardVacateOwnSeat)
	if err := board.abi.UnpackIntoInterface(out, "VacateOwnSeat", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardVacateVoteRepeated represents a VacateVoteRepeated error raised by the Board contract.
type BoardVacateVoteRepeated struct {
	Notary common.Address
	By     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VacateVoteRepeated(address notary, address by)
func BoardVacateVoteRepeatedErrorID() common.Hash {
	return common.HexToHash("0x57d4bf30163be16028e06b1a1ff92383c9c3b571e6a0402e6c5eef70effac2e8")
}

// UnpackVacateVoteRepeatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VacateVoteRepeated(address notary, address by)
func (board *Board) UnpackVacateVoteRepeatedError(raw []byte) (*BoardVacateVoteRepeated, error) {
	out := new(BoardVacateVoteRepeated)
	if err := board.abi.UnpackIntoInterface(out, "VacateVoteRepeated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardWaitingPeriod represents a WaitingPeriod error raised by the Board contract.
type BoardWaitingPeriod struct {
	Member     common.Address
	EligibleAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WaitingPeriod(address member, uint64 eligibleAt)
func BoardWaitingPeriodErrorID() common.Hash {
	return common.HexToHash("0x4834f8289f25d53abd2242bf77ccc27450ccaa212b545af637940952dc1770a8")
}

// UnpackWaitingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WaitingPeriod(address member, uint64 eligibleAt)
func (board *Board) UnpackWaitingPeriodError(raw []byte) (*BoardWaitingPeriod, error) {
	out := new(BoardWaitingPeriod)
	if err := board.abi.UnpackIntoInterface(out, "WaitingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsMetaData contains all meta data concerning the Claims contract.
var ClaimsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dues\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"waitingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPayout\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"seats\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"term\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"votingWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"noticeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"recallSignatures\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"outflowBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"minBallots\",\"type\":\"uint16\"},{\"internalType\":\"address[]\",\"name\":\"notaries\",\"type\":\"address[]\"},{\"internalType\":\"string[]\",\"name\":\"categories\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"acceptedTypes\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"currency\",\"type\":\"string\"}],\"internalType\":\"structParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"claims\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"internalType\":\"structParts\",\"name\":\"wired\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPayout\",\"type\":\"uint256\"}],\"name\":\"AmountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"BoardRecalled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"Calldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"ClaimMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ClaimNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"EnvelopeSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"NotNotary\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"NothingToDecide\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"endsAt\",\"type\":\"uint64\"}],\"name\":\"NoticeOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"nullifier\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"NullifierAlreadyPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"reviewEndsAt\",\"type\":\"uint64\"}],\"name\":\"OpenClaimExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nextPeriodAt\",\"type\":\"uint64\"}],\"name\":\"OutflowCapped\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"OwnClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"freesAt\",\"type\":\"uint64\"}],\"name\":\"PayoutLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PoolInsufficient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"QueueEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"voters\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"name\":\"QuorumUnreachable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"ReasonSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"ReviewWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"ReviewWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"sealedFor\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"current\",\"type\":\"uint32\"}],\"name\":\"TermChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"noticeEndsAt\",\"type\":\"uint64\"}],\"name\":\"ClaimApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ClaimExpired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ClaimRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ClaimReturned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"nullifier\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"envelopeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"envelope\",\"type\":\"bytes\"}],\"name\":\"ClaimSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approve\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"}],\"name\":\"ClaimVote\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ENVELOPE_BASE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ENVELOPE_PER_RECIPIENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SETTLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYOUT_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REASON_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_APPROVED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_EXPIRED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_NONE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_OPEN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_PAID\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_REJECTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_RETURNED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nullifier\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"envelopeHash\",\"type\":\"bytes32\"}],\"name\":\"approveClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"board\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claimOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewEndsAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"claimantSeat\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"approvals\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rejections\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"voters\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"approvedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"noticeEndsAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"internalType\":\"structClaims.ClaimView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claims\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"nullifier\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"envelopeHash\",\"type\":\"bytes32\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"community\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"createdAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decide\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastApprovedAt\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPayout\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"noticeOpenUntil\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"noticeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"nullifierClaim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outflow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint112\",\"name\":\"cap\",\"type\":\"uint112\"},{\"internalType\":\"uint112\",\"name\":\"paid\",\"type\":\"uint112\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outflowBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paramsHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parts\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"claims\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"internalType\":\"structParts\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"payoutLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"freesAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"payoutQueueAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"period\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueTail\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nullifier\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"envelopeHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sealedReason\",\"type\":\"bytes\"}],\"name\":\"rejectClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reviewWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxCount\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"done\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nullifier\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"envelope\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"submitClaim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "329241d5f8bcd91d464ec7e24388e3ef46",
	Bin: "0x610200604052348015610010575f5ffd5b50604051614a5d380380614a5d83398101604081905261002f916103a3565b80516001600160a01b03908116608052602080830151821660a052604080840151831660c052606084015190921660e05290518291849161007291839101610671565b60408051601f1981840301815291815281516020909201919091206101005260a085015161012090815260e086015160ff16610140528501516001600160401b039081166101609081528601518116610180529085015181166101a09081529094015161ffff166101c05250505042166101e052610821565b634e487b7160e01b5f52604160045260245ffd5b60405161026081016001600160401b0381118282101715610122576101226100eb565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610150576101506100eb565b604052919050565b80516001600160a01b038116811461016e575f5ffd5b919050565b80516001600160401b038116811461016e575f5ffd5b805160ff8116811461016e575f5ffd5b805161ffff8116811461016e575f5ffd5b5f6001600160401b038211156101c2576101c26100eb565b5060051b60200190565b5f82601f8301126101db575f5ffd5b81516101ee6101e9826101aa565b610128565b8082825260208201915060208360051b86010192508583111561020f575f5ffd5b602085015b838110156102335761022581610158565b835260209283019201610214565b5095945050505050565b5f82601f83011261024c575f5ffd5b81516001600160401b03811115610265576102656100eb565b610278601f8201601f1916602001610128565b81815284602083860101111561028c575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f82601f8301126102b7575f5ffd5b81516102c56101e9826101aa565b8082825260208201915060208360051b8601019250858311156102e6575f5ffd5b602085015b838110156102335780516001600160401b03811115610308575f5ffd5b610317886020838a010161023d565b845250602092830192016102eb565b5f60808284031215610336575f5ffd5b604051608081016001600160401b0381118282101715610358576103586100eb565b60405290508061036783610158565b815261037560208401610158565b602082015261038660408401610158565b604082015261039760608401610158565b60608201525092915050565b5f5f60a083850312156103b4575f5ffd5b82516001600160401b038111156103c9575f5ffd5b830161026081860312156103db575f5ffd5b6103e36100ff565b6103ec82610158565b81526020828101519082015261040460408301610173565b604082015261041560608301610173565b606082015261042660808301610173565b608082015260a0828101519082015261044160c08301610189565b60c082015261045260e08301610189565b60e08201526104646101008301610173565b6101008201526104776101208301610173565b61012082015261048a6101408301610173565b61014082015261049d6101608301610173565b6101608201526104b06101808301610199565b6101808201526104c36101a08301610199565b6101a08201526104d66101c08301610199565b6101c08201526101e08201516001600160401b038111156104f5575f5ffd5b610501878285016101cc565b6101e0830152506102008201516001600160401b03811115610521575f5ffd5b61052d878285016102a8565b610200830152506102208201516001600160401b0381111561054d575f5ffd5b610559878285016102a8565b610220830152506102408201516001600160401b03811115610579575f5ffd5b6105858782850161023d565b61024083015250925061059d90508460208501610326565b90509250929050565b5f8151808452602084019350602083015f5b828110156105df5781516001600160a01b03168652602095860195909101906001016105b8565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561066557601f1985840301885261064f8383516105e9565b6020988901989093509190910190600101610633565b50909695505050505050565b6020815261068b6020820183516001600160a01b03169052565b602082015160408201525f60408301516106b060608401826001600160401b03169052565b5060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a083015160c083015260c08301516106f960e084018260ff169052565b5060e083015160ff8116610100840152506101008301516001600160401b038116610120840152506101208301516001600160401b038116610140840152506101408301516001600160401b038116610160840152506101608301516001600160401b0381166101808401525061018083015161ffff81166101a0840152506101a083015161ffff81166101c0840152506101c083015161ffff81166101e0840152506101e08301516102606102008401526107b96102808401826105a6565b9050610200840151601f19848303016102208501526107d88282610617565b915050610220840151601f19848303016102408501526107f88282610617565b915050610240840151601f198483030161026085015261081882826105e9565b95945050505050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516140856109d85f395f818161088001528181611cd701526135dd01525f8181610747015261364901525f818161092701528181611c9601526135b501525f81816104c301528181610ca601528181611364015281816119790152612d1701525f818161057601528181610aa1015281816121920152818161251401528181612788015261344601525f818161033701528181610e9d01528181610f3a01528181611046015281816122fc015281816124c501528181612a4801528181612a89015281816131e5015261322601525f81816108f501528181612dfe0152818161325d015281816132b30152818161367d015281816136a60152818161399901526139c501525f61050901525f818161045d015261069001525f818161066101526108ce01525f818161049c0152818161063201528181610b3101528181610de7015281816119cc015281816128eb01528181612c890152818161304d0152613a3501525f8181610603015281816108a7015281816114e60152818161181b0152611fbf01526140855ff3fe608060405234801561000f575f5ffd5b50600436106102cd575f3560e01c80638df828001161017c578063bf81bf43116100dd578063cf09e0d011610093578063e0176de81161006e578063e0176de8146108f0578063e9f6dc2014610917578063ef78d4fd14610922575f5ffd5b8063cf09e0d01461087b578063dc1fb5a5146108a2578063dcc59b6f146108c9575f5ffd5b8063c6c0913c116100c3578063c6c0913c146107e8578063c80a0a0e146107fb578063cbafd3c214610862575f5ffd5b8063bf81bf431461077c578063c5c96bb41461078f575f5ffd5b8063b317d03111610132578063b996de6611610118578063b996de661461071b578063bbb16fee14610723578063bce83f0614610742575f5ffd5b8063b317d031146105c8578063b47e9c79146105d0575f5ffd5b806398c73fad1161016257806398c73fad146105695780639ca4218f14610571578063a0f56ade14610598575f5ffd5b80638df828001461053d5780639652364414610550575f5ffd5b8063545a31d0116102315780637b103999116101e757806384e1433b116101c257806384e1433b146104fd57806386a42663146105045780638da4d3c91461052b575f5ffd5b80637b103999146104585780637cd3229a146104975780637e7304fe146104be575f5ffd5b80636aedd94b116102175780636aedd94b1461042a5780636f63376014610446578063793b776c1461044f575f5ffd5b8063545a31d01461040f5780636311409814610417575f5ffd5b806329c2312d116102865780633a6c66041161026c5780633a6c6604146103dd578063429e4bdc146103e5578063442558c6146103fc575f5ffd5b806329c2312d146103885780632ff976ad14610390575f5ffd5b80631703a018116102b65780631703a0181461033257806318e784db1461036b57806324f8515b14610380575f5ffd5b80630e50a4fb146102d157806311c8dc5a14610312575b5f5ffd5b6102f76102df366004613aae565b60066020525f908152604090205464ffffffffff1681565b60405164ffffffffff90911681526020015b60405180910390f35b610325610320366004613aae565b610949565b6040516103099190613ac5565b6103597f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff9091168152602001610309565b61037e610379366004613aae565b610d2c565b005b610359600181565b610359600581565b6103c061039e366004613aae565b5f908152600460205260409020546001600160401b0381169160609190911c90565b604080519283526001600160a01b03909116602083015201610309565b610359600481565b6103ee61015d81565b604051908152602001610309565b61037e61040a366004613bfe565b61101d565b6103ee602081565b6103ee610425366004613c8b565b611447565b5f546102f79068010000000000000000900464ffffffffff1681565b6103ee61204881565b6103ee6104b481565b61047f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610309565b61047f7f000000000000000000000000000000000000000000000000000000000000000081565b6104e57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610309565b6103595f81565b6103ee7f000000000000000000000000000000000000000000000000000000000000000081565b5f546104e5906001600160401b031681565b6103ee61054b366004613aae565b611799565b5f546104e590600160681b90046001600160401b031681565b610359600681565b6104e57f000000000000000000000000000000000000000000000000000000000000000081565b6105ab6105a6366004613cf0565b6120e0565b604080519283526001600160401b03909116602083015201610309565b610359600381565b6106c0604080516080810182525f80825260208201819052918101829052606081019190915260405180608001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b60405161030991905f6080820190506001600160a01b0383511682526001600160a01b0360208401511660208301526001600160a01b0360408401511660408301526001600160a01b03606084015116606083015292915050565b610359600281565b6103ee610731366004613aae565b60056020525f908152604090205481565b6107697f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff9091168152602001610309565b61037e61078a366004613aae565b61210c565b6001546107bc9063ffffffff8116906001600160701b036401000000008204811691600160901b90041683565b6040805163ffffffff90941684526001600160701b039283166020850152911690820152606001610309565b61037e6107f6366004613d09565b612274565b6103ee610809366004613d74565b604080516001600160a01b038716602082015290810185905263ffffffff841660608201526080810183905260a081018290525f9060c00160405160208183030381529060405280519060200120905095945050505050565b5f546104e590600160a81b90046001600160401b031681565b6104e57f000000000000000000000000000000000000000000000000000000000000000081565b61047f7f000000000000000000000000000000000000000000000000000000000000000081565b61047f7f000000000000000000000000000000000000000000000000000000000000000081565b6103ee7f000000000000000000000000000000000000000000000000000000000000000081565b6103ee6301e1338081565b6104e57f000000000000000000000000000000000000000000000000000000000000000081565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081018290526101808101919091525f82815260026020908152604091829020825160c08101845290546001600160601b0381168252600160601b810463ffffffff1692820192909252600160801b820464ffffffffff1692810192909252600160a81b810460ff90811660608401819052600160b01b83049091166080840152600160b81b9091046001600160401b031660a0830152610a5e576040516379ee13b960e11b8152600481018490526024015b60405180910390fd5b82825280516001600160601b031660208084019190915281015163ffffffff166040808401919091528101805164ffffffffff90811660608501529051610ac7917f00000000000000000000000000000000000000000000000000000000000000009116613dd4565b6001600160401b0316608083810191909152606082015160ff90811660a0850152908201511660c08301525f83815260036020908152604080832054610180860152908301519051631b35610f60e01b815263ffffffff90911660048201526024810182905281907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631b35610f90604401606060405180830381865afa158015610b7e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ba29190613e17565b9250925050600160ff16836060015160ff161480610bc75750606083015160ff166004145b80610bd95750606083015160ff166005145b15610c3f57610bec82846080015161247d565b63ffffffff81811661012087015260a0850180518316821660e08801525160201c90911616610100850152606083015160ff165f1901610c3a57610c318383836124b2565b60ff1660a08501525b610d24565b606083015160ff1660021480610c5c5750606083015160ff166003145b80610c855750606083015160ff166006148015610c85575060a08301516001600160401b031615155b15610d245760a0830180516001600160401b031661014086015251610ccb907f000000000000000000000000000000000000000000000000000000000000000090613dd4565b6001600160401b0316610160850152606083015160ff166002148015610cf7575064ffffffffff811615155b8015610d1757508064ffffffffff168461016001516001600160401b0316115b15610d2457600660a08501525b505050919050565b610d3461256b565b610d3e60246125f3565b5f8181526002602052604090208054600160a81b900460ff16600114610db8578054600160a81b900460ff16610d8a576040516379ee13b960e11b815260048101839052602401610a55565b80546040516368ec2f3560e01b815260048101849052600160a81b90910460ff166024820152604401610a55565b8054604051631b35610f60e01b8152600160601b90910463ffffffff1660048201525f602482018190529081907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631b35610f90604401606060405180830381865afa158015610e34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e589190613e17565b855491945092505f9150610e77908490600160b01b900460ff1661247d565b90505f610e898263ffffffff1661261c565b905064ffffffffff8316151580610ec257507f000000000000000000000000000000000000000000000000000000000000000060ff1681105b15610f345784547fff0000000000000000ff00ffffffffffffffffffffffffffffffffffffffffff16750600000000000000000000000000000000000000000017855560405186907fe7a8f582cc39d936d49679b748cab77fcbbccfc703ce2895ca29599a4b960de8905f90a261100d565b845460ff7f00000000000000000000000000000000000000000000000000000000000000001690610f7690600160b81b900460201c841663ffffffff1661261c565b610f809083613e59565b1015610fd857845460ff60a81b1916750400000000000000000000000000000000000000000017855560405186907f2aa44a1bb19392ef6a2fd220d2b1649a6dc1bebbfa2a6f2c496e2d39a3339d0e905f90a261100d565b6040517f2c8eeed900000000000000000000000000000000000000000000000000000000815260048101879052602401610a55565b505050505061101a612646565b50565b61102561256b565b61102f60846125f3565b5f8061104086868686600186612670565b915091507f000000000000000000000000000000000000000000000000000000000000000060ff1661107d828460a001511663ffffffff1661261c565b101561116457505f858152600260209081526040918290208351815492850151938501516060860151608087015160a0909701516001600160401b0316600160b81b0267ffffffffffffffff60b81b1960ff988916600160b01b021668ffffffffffffffffff60b01b1998909216600160a81b0260ff60a81b1964ffffffffff909416600160801b029390931665ffffffffffff60801b1963ffffffff909816600160601b026fffffffffffffffffffffffffffffffff199097166001600160601b0390951694909417959095179590951691909117179390931691909117179055611439565b5f848152600560205260409020548015801590611187575061118581612bb6565b155b156111af576040516359aa739d60e11b81526004810186905260248101829052604401610a55565b5f85815260056020526040902087905582516111d59087906001600160601b0316612d58565b600260608085018281526001600160401b0342811660a088019081525f8c8152602095865260408082208a518154898d0151848e0151985160808f015197518916600160b81b0267ffffffffffffffff60b81b1960ff998a16600160b01b021668ffffffffffffffffff60b01b1992909916600160a81b90810260ff60a81b1964ffffffffff909d16600160801b029c909c1665ffffffffffff60801b1963ffffffff909516600160601b026fffffffffffffffffffffffffffffffff199096166001600160601b0390971696909617949094179290921693909317989098179190911694909417959095179094558054919091049091168082526004909452209088901b6bffffffffffffffffffffffff1916891790556112f8816001613dd4565b5f80547fffffff0000000000000000ffffffffffffffff0000000000ffffffffffffffff16600160a81b6001600160401b03938416026cffffffffff0000000000000000191617680100000000000000004264ffffffffff811691909102919091178255909161138c917f000000000000000000000000000000000000000000000000000000000000000090911690613e6c565b60208087015163ffffffff165f9081526006909152604090205490915064ffffffffff808316911610156113e95760208581015163ffffffff165f908152600690915260409020805464ffffffffff191664ffffffffff83161790555b604080516001600160401b038416815264ffffffffff831660208201528a917ff696ba83004b38d48b41a349c1827e8a5c02346b2f7bb18390f12e671511df28910160405180910390a250505050505b611441612646565b50505050565b5f61145061256b565b61145d6004600285612f13565b5f61146a8787868661300d565b5f8054919250908190611485906001600160401b0316613e7f565b82546001600160401b039182166101009390930a83810292021916179091556040517fb5924100000000000000000000000000000000000000000000000000000000008152336004820152602481018290529092505f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063b5924100906044016020604051808303815f875af115801561152c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115509190613ea9565b90508015611561576115618161338d565b5f8686604051611572929190613ec0565b604051809103902090506040518060c001604052808a6001600160601b031681526020018663ffffffff1681526020014264ffffffffff168152602001600160ff1681526020018460ff1681526020015f6001600160401b031681525060025f8681526020019081526020015f205f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160106101000a81548164ffffffffff021916908364ffffffffff1602179055506060820151815f0160156101000a81548160ff021916908360ff1602179055506080820151815f0160166101000a81548160ff021916908360ff16021790555060a0820151815f0160176101000a8154816001600160401b0302191690836001600160401b03160217905550905050611728338a878b85604080516001600160a01b038716602082015290810185905263ffffffff841660608201526080810183905260a081018290525f9060c00160405160208183030381529060405280519060200120905095945050505050565b5f8581526003602052604090819020919091555163ffffffff861690339086907fcaa958ceaece6e9218481ed741a5fcfcf9d93494cf995840b9f8030be0fc7cd19061177d908e908e9088908f908f90613ecf565b60405180910390a4505050611790612646565b95945050505050565b5f6117a261256b565b6117ac60246125f3565b8115806117b95750602082115b156117c357602091505b5f546001600160401b03600160681b8204811691600160a81b900416808203611818576040517f75e52f4f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166348a0d7546040518163ffffffff1660e01b8152600401602060405180830381865afa158015611875573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118999190613ea9565b90505f6118a582613550565b90505b826001600160401b0316846001600160401b03161080156118c857508585105b15612066576001600160401b038085165f9081526004602090815260408083205480851680855260028452828520835160c08101855290546001600160601b038116825263ffffffff600160601b8204169582019590955264ffffffffff600160801b8604169381019390935260ff600160a81b85048116606085810191909152600160b01b86049091166080850152600160b81b90940490951660a083018190529094939285901c929061199e907f000000000000000000000000000000000000000000000000000000000000000090613dd4565b602083015160405163fcfc85a760e01b815263ffffffff90911660048201529091505f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063fcfc85a790602401602060405180830381865afa158015611a11573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a359190613f12565b905064ffffffffff811615801590611a5c57508064ffffffffff16826001600160401b0316115b15611be1576006606084019081525f868152600260209081526040918290208651815492880151938801519451608089015160a08a01516001600160601b039093166fffffffffffffffffffffffffffffffff199095168517600160601b63ffffffff909716969096029590951765ffffffffffff60801b1916600160801b64ffffffffff9097169690960260ff60a81b191695909517600160a81b60ff968716021768ffffffffffffffffff60b01b1916600160b01b959094169490940267ffffffffffffffff60b81b191692909217600160b81b6001600160401b0385160217909155611b4d918691906136f7565b6001600160401b038a165f90815260046020526040812055611b6e8a613e7f565b5f805474ffffffffffffffff000000000000000000000000001916600160681b6001600160401b0384160217905599508a611ba881613f2b565b604051909c508691507fe7a8f582cc39d936d49679b748cab77fcbbccfc703ce2895ca29599a4b960de8905f90a25050505050506118a8565b816001600160401b0316421015611c48578a5f03611c3d576040517f0f6b37af000000000000000000000000000000000000000000000000000000008152600481018690526001600160401b0383166024820152604401610a55565b505050505050612066565b86602001516001600160701b0316835f01516001600160601b03168860400151611c729190613f43565b6001600160701b03161115611d50578a5f03611c3d576040870151602088015188517f000000000000000000000000000000000000000000000000000000000000000090611cc79063ffffffff166001613dd4565b611cd19190613f62565b611cfb907f0000000000000000000000000000000000000000000000000000000000000000613dd4565b6040517f86130c350000000000000000000000000000000000000000000000000000000081526001600160701b0393841660048201529290911660248301526001600160401b03166044820152606401610a55565b82516001600160601b0316881015611db0578a5f03611c3d5782516040517fc31d5cda000000000000000000000000000000000000000000000000000000008152600481018a90526001600160601b039091166024820152604401610a55565b6003606084019081525f86815260026020908152604080832087518154848a0151848b0151975160808c015160a08d01516001600160601b039095166fffffffffffffffffffffffffffffffff1990941693909317600160601b63ffffffff909316929092029190911765ffffffffffff60801b1916600160801b64ffffffffff9099169890980260ff60a81b191697909717600160a81b60ff988916021768ffffffffffffffffff60b01b1916600160b01b979091169690960267ffffffffffffffff60b81b191695909517600160b81b6001600160401b0396871602179055928d1682526004905290812055611ea78a613e7f565b5f805474ffffffffffffffff000000000000000000000000001916600160681b6001600160401b0384160217905599508a611ee181613f2b565b8451909c50611efa91506001600160601b031689613e59565b9750825f01516001600160601b031687604001818151611f1a9190613f43565b6001600160701b0390811690915288516001805460208c01516040808e01518616600160901b0271ffffffffffffffffffffffffffffffffffff929096166401000000000271ffffffffffffffffffffffffffffffffffff1990931663ffffffff90951694909417919091171692909217909155845190517f0313766f0000000000000000000000000000000000000000000000000000000081526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169250630313766f9161201a91899189916004019283526001600160a01b039190911660208301526001600160601b0316604082015260600190565b6020604051808303815f875af1158015612036573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061205a9190613f8b565b505050505050506118a8565b805160018054602084015160409094015163ffffffff90931671ffffffffffffffffffffffffffffffffffff19909116176401000000006001600160701b03948516021771ffffffffffffffffffffffffffffffffffff16600160901b9390921692909202179055506120db91506126469050565b919050565b6001600160a01b0381165f908152600760205260408120548190612103906138da565b91509150915091565b61211461256b565b61211e60246125f3565b5f8181526002602052604090208054600160a81b900460ff1680612158576040516379ee13b960e11b815260048101849052602401610a55565b60ff8116600114612188576040516368ec2f3560e01b81526004810184905260ff82166024820152604401610a55565b81545f906121c5907f000000000000000000000000000000000000000000000000000000000000000090600160801b900464ffffffffff16613dd4565b9050806001600160401b031642101561221c576040517f4d9cae1c000000000000000000000000000000000000000000000000000000008152600481018590526001600160401b0382166024820152604401610a55565b825460ff60a81b1916750500000000000000000000000000000000000000000017835560405184907ff5f3b23065c545069845a9b48e0828868634446543ab5782c8946b4f1b67b919905f90a250505061101a612646565b61227c61256b565b6122896005600483612f13565b61015d81146122cf576040517f5ebc938d0000000000000000000000000000000000000000000000000000000081526004810182905261015d6024820152604401610a55565b5f5f6122f6888888885f89896040516122e9929190613ec0565b6040518091039020612670565b915091507f000000000000000000000000000000000000000000000000000000000000000060ff166123408260208560a001516001600160401b0316901c1663ffffffff1661261c565b61234f8363ffffffff1661261c565b6123599190613e59565b1015612391576004606083015260405188907f2aa44a1bb19392ef6a2fd220d2b1649a6dc1bebbfa2a6f2c496e2d39a3339d0e905f90a25b505f878152600260209081526040918290208351815492850151938501516060860151608087015160a0909701516001600160401b0316600160b81b0267ffffffffffffffff60b81b1960ff988916600160b01b021668ffffffffffffffffff60b01b1998909216600160a81b0260ff60a81b1964ffffffffff909416600160801b029390931665ffffffffffff60801b1963ffffffff909816600160601b026fffffffffffffffffffffffffffffffff199097166001600160601b0390951694909417959095179590951691909117179390931691909117179055612475612646565b505050505050565b5f60ff8216156124a757612492600183613faa565b60ff16600163ffffffff16901b1983166124a9565b825b90505b92915050565b5f64ffffffffff821615158061250557507f000000000000000000000000000000000000000000000000000000000000000060ff166125036124f885876080015161247d565b63ffffffff1661261c565b105b1561251257506006612564565b7f0000000000000000000000000000000000000000000000000000000000000000846040015164ffffffffff166125499190613dd4565b6001600160401b0316421061256057506005612564565b5060015b9392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156125c4576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6125f160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906139f8565b565b36811461101a57604051634ea912c560e11b815236600482015260248101829052604401610a55565b5f5b81156120db578061262e81613f2b565b915061263d9050600183613e59565b8216915061261e565b6125f15f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006125eb565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f868152600260209081526040808320815160c08101835290546001600160601b0381168252600160601b810463ffffffff1693820193909352600160801b830464ffffffffff1691810191909152600160a81b820460ff90811660608301819052600160b01b84049091166080830152600160b81b9092046001600160401b031660a0820152919060011461278557606082015160ff1661275a576040516379ee13b960e11b815260048101899052602401610a55565b60608201516040516368ec2f3560e01b8152600481018a905260ff9091166024820152604401610a55565b5f7f0000000000000000000000000000000000000000000000000000000000000000836040015164ffffffffff166127bd9190613dd4565b9050806001600160401b03164210612813576040517fb455f6ae000000000000000000000000000000000000000000000000000000008152600481018a90526001600160401b0382166024820152604401610a55565b8251602080850151604080516001600160a01b038d16818501526001600160601b039094168482015263ffffffff9091166060840152608083018a905260a08084018a90528151808503909101815260c0909301905281519101205f8a815260036020526040902054146128b6576040517f89466a76000000000000000000000000000000000000000000000000000000008152600481018a9052602401610a55565b6020830151604051631b35610f60e01b815263ffffffff90911660048201523360248201525f90819081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631b35610f90604401606060405180830381865afa158015612930573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129549190613e17565b9250925092508064ffffffffff165f1461298f5760208601516040516308cf316f60e21b815263ffffffff9091166004820152602401610a55565b8260ff165f036129df5760208601516040517f950d3e2c00000000000000000000000000000000000000000000000000000000815233600482015263ffffffff9091166024820152604401610a55565b336001600160a01b038c1603612a24576040517f2f285ec7000000000000000000000000000000000000000000000000000000008152600481018d9052602401610a55565b612a3282876080015161247d565b94505f612a448663ffffffff1661261c565b90507f000000000000000000000000000000000000000000000000000000000000000060ff16811015612ab65760405163dee01a6f60e01b81526004810182905260ff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610a55565b5f612ac2600186613faa565b60a0890151600160ff929092169190911b915063ffffffff602082901c161781166001600160401b031615612b2c576040517f04f9da63000000000000000000000000000000000000000000000000000000008152600481018f9052336024820152604401610a55565b89612b44576020816001600160401b0316901b612b46565b805b60a0890180516001600160401b03921791909116905260405133908f907ff9bf635e3a2780a1938b7f0d562e955f2fecf1b3c46e13ee2f9347f31141142d90612b9d908e908e909115158252602082015260400190565b60405180910390a3505050505050965096945050505050565b5f818152600260209081526040808320815160c08101835290546001600160601b0381168252600160601b810463ffffffff1693820193909352600160801b830464ffffffffff1691810191909152600160a81b820460ff90811660608301819052600160b01b84049091166080830152600160b81b9092046001600160401b031660a08201529060051901612c4f5750600192915050565b606081015160ff16600214612c6657505f92915050565b602081015160405163fcfc85a760e01b815263ffffffff90911660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fcfc85a790602401602060405180830381865afa158015612cd6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612cfa9190613f12565b905064ffffffffff811615801590612d5057508064ffffffffff167f00000000000000000000000000000000000000000000000000000000000000008360a00151612d459190613dd4565b6001600160401b0316115b949350505050565b6001600160a01b0382165f908152600760205260409020546fffffffffffffffffffffffffffffffff8116608082901c426301e13380612d988460581c90565b6001600160401b0316612dab9190613e6c565b11612db4575f91505b426301e13380612dc48360581c90565b6001600160401b0316612dd79190613e6c565b11612ddf57505f5b5f612dfa6affffffffffffffffffffff838116908516613e6c565b90507f0000000000000000000000000000000000000000000000000000000000000000612e278683613e6c565b1115612e68575f5f612e38866138da565b6040516307bfd32d60e21b8152600481018390526001600160401b03821660248201529193509150604401610a55565b4260581b85175f849003612e7e57809350612eeb565b825f03612e8d57809250612eeb565b5f612e988460581c90565b6001600160401b0316612eab8660581c90565b6001600160401b031611612ec857612ec38460581c90565b612ed2565b612ed28560581c90565b6001600160401b0316905082605882901b179450819350505b50506001600160a01b039094165f90815260076020526040902060809490941b179092555050565b5f601f19612f2283601f613e6c565b1690505f81612f32866020613fc3565b612f3d906004613e6c565b612f48906020613e6c565b612f529190613e6c565b90506020848102600401359036601f19013590612f70908890613fc3565b82141580612f7e5750368314155b15612fa557604051634ea912c560e11b815236600482015260248101849052604401610a55565b5f612fb08686613e59565b90508015801590612fdc57506001612fc9826008613fc3565b6001901b612fd79190613e59565b821615155b1561300357604051634ea912c560e11b815236600482015260248101859052604401610a55565b5050505050505050565b6040517fc9ce6cee0000000000000000000000000000000000000000000000000000000081523360048201525f9081908190819081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c9ce6cee90602401608060405180830381865afa158015613092573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130b69190613fda565b93509350935093508363ffffffff168663ffffffff1614613113576040517fd90f569700000000000000000000000000000000000000000000000000000000815263ffffffff808816600483015285166024820152604401610a55565b64ffffffffff811615613141576040516308cf316f60e21b815263ffffffff87166004820152602401610a55565b5f6131518463ffffffff1661261c565b905061315f816104b4613fc3565b61316b90612048613e6c565b88146131c5578761317e826104b4613fc3565b61318a90612048613e6c565b6040517fdb9c046900000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610a55565b5f8360ff165f036131d657816131e1565b6131e1600183613e59565b90507f000000000000000000000000000000000000000000000000000000000000000060ff168110156132535760405163dee01a6f60e01b81526004810182905260ff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610a55565b8a158061327f57507f00000000000000000000000000000000000000000000000000000000000000008b115b156132df576040517f4cc4d546000000000000000000000000000000000000000000000000000000008152600481018c90527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610a55565b335f9081526007602052604081205481906132f9906138da565b91509150818d1115613330576040516307bfd32d60e21b8152600481018390526001600160401b0382166024820152604401610a55565b5f8c8152600560205260409020548015801590613353575061335181612bb6565b155b1561337b576040516359aa739d60e11b8152600481018e905260248101829052604401610a55565b50949c9b505050505050505050505050565b5f8181526002602052604090208054600160a81b900460ff166001146133b1575050565b6040805160c08101825282546001600160601b0381168252600160601b810463ffffffff166020830152600160801b810464ffffffffff1692820192909252600160a81b820460ff9081166060830152600160b01b8304166080820152600160b81b9091046001600160401b031660a08201525f9061342f906139ff565b90505f1960ff8216016134bd5781548390613479907f000000000000000000000000000000000000000000000000000000000000000090600160801b900464ffffffffff16613dd4565b6040517f6978a6df00000000000000000000000000000000000000000000000000000000815260048101929092526001600160401b03166024820152604401610a55565b815460ff60a81b1916600160a81b60ff83169081029190911783556005190161352157815467ffffffffffffffff60b81b1916825560405183907fe7a8f582cc39d936d49679b748cab77fcbbccfc703ce2895ca29599a4b960de8905f90a2505050565b60405183907ff5f3b23065c545069845a9b48e0828868634446543ab5782c8946b4f1b67b919905f90a2505050565b604080516060810182525f8082526020820181905291810191909152506040805160608101825260015463ffffffff811682526001600160701b03640100000000820481166020840152600160901b90910416918101919091525f6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811690613603907f00000000000000000000000000000000000000000000000000000000000000001642613e59565b61360d9190614030565b90508063ffffffff16825f015163ffffffff16141580613638575060208201516001600160701b0316155b156136f1575f61271061366f61ffff7f00000000000000000000000000000000000000000000000000000000000000001686613fc3565b6136799190614030565b90507f00000000000000000000000000000000000000000000000000000000000000008110156136c657507f00000000000000000000000000000000000000000000000000000000000000005b6040805160608101825263ffffffff841681526001600160701b0390921660208301525f9082015291505b50919050565b6001600160a01b0383165f90815260076020526040812054906002905b60028110156137ee575f613729826080613fc3565b84901c6fffffffffffffffffffffffffffffffff169050805f14806137685750846001600160401b031661375d8260581c90565b6001600160401b0316105b8061377f5750856affffffffffffffffffffff8216105b1561378a57506137e6565b82600214806137db57506137bd6137a2846080613fc3565b85901c6fffffffffffffffffffffffffffffffff1660581c90565b6001600160401b03166137d08260581c90565b6001600160401b0316105b156137e4578192505b505b600101613714565b50806002036137fe575050505050565b5f61380a826080613fc3565b83901c6fffffffffffffffffffffffffffffffff1690505f85613837836affffffffffffffffffffff1690565b6138419190613e59565b90505f81156138675772ffffffffffffffff000000000000000000000083168217613869565b5f5b90505f613877856001613e59565b613882906080613fc3565b86901c6fffffffffffffffffffffffffffffffff169050845f146138ac5780608083901b176138b4565b81608082901b175b6001600160a01b039099165f908152600760205260409020989098555050505050505050565b5f8080805b6002811015613996575f6138f4826080613fc3565b86901c6fffffffffffffffffffffffffffffffff1690505f6301e1338061391b8360581c90565b6139259190613dd4565b9050811580159061393e575042816001600160401b0316115b1561398c5761395a6affffffffffffffffffffff831685613e6c565b93506001600160401b03851615806139835750846001600160401b0316816001600160401b0316105b1561398c578094505b50506001016138df565b507f00000000000000000000000000000000000000000000000000000000000000008110156139ee576139e9817f0000000000000000000000000000000000000000000000000000000000000000613e59565b6139f0565b5f5b925050915091565b80825d5050565b6020810151604051631b35610f60e01b815263ffffffff90911660048201525f6024820181905290819081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631b35610f90604401606060405180830381865afa158015613a7a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613a9e9190613e17565b9250925050612d508483836124b2565b5f60208284031215613abe575f5ffd5b5035919050565b5f6101a08201905082518252602083015160208301526040830151613af2604084018263ffffffff169052565b506060830151613b0d60608401826001600160401b03169052565b506080830151613b2860808401826001600160401b03169052565b5060a0830151613b3d60a084018260ff169052565b5060c0830151613b5260c084018260ff169052565b5060e0830151613b6a60e084018263ffffffff169052565b50610100830151613b8461010084018263ffffffff169052565b50610120830151613b9e61012084018263ffffffff169052565b50610140830151613bbb6101408401826001600160401b03169052565b50610160830151613bd86101608401826001600160401b03169052565b5061018092830151919092015290565b80356001600160a01b03811681146120db575f5ffd5b5f5f5f5f60808587031215613c11575f5ffd5b84359350613c2160208601613be8565b93969395505050506040820135916060013590565b5f5f83601f840112613c46575f5ffd5b5081356001600160401b03811115613c5c575f5ffd5b602083019150836020828501011115613c73575f5ffd5b9250929050565b63ffffffff8116811461101a575f5ffd5b5f5f5f5f5f60808688031215613c9f575f5ffd5b853594506020860135935060408601356001600160401b03811115613cc2575f5ffd5b613cce88828901613c36565b9094509250506060860135613ce281613c7a565b809150509295509295909350565b5f60208284031215613d00575f5ffd5b6124a982613be8565b5f5f5f5f5f5f60a08789031215613d1e575f5ffd5b86359550613d2e60208801613be8565b9450604087013593506060870135925060808701356001600160401b03811115613d56575f5ffd5b613d6289828a01613c36565b979a9699509497509295939492505050565b5f5f5f5f5f60a08688031215613d88575f5ffd5b613d9186613be8565b9450602086013593506040860135613da881613c7a565b94979396509394606081013594506080013592915050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156124ac576124ac613dc0565b805160ff811681146120db575f5ffd5b805164ffffffffff811681146120db575f5ffd5b5f5f5f60608486031215613e29575f5ffd5b613e3284613df3565b92506020840151613e4281613c7a565b9150613e5060408501613e03565b90509250925092565b818103818111156124ac576124ac613dc0565b808201808211156124ac576124ac613dc0565b5f6001600160401b0382166001600160401b038103613ea057613ea0613dc0565b60010192915050565b5f60208284031215613eb9575f5ffd5b5051919050565b818382375f9101908152919050565b85815284602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f909201601f19160101949350505050565b5f60208284031215613f22575f5ffd5b6124a982613e03565b5f60018201613f3c57613f3c613dc0565b5060010190565b6001600160701b0381811683821601908111156124ac576124ac613dc0565b6001600160401b038181168382160290811690818114613f8457613f84613dc0565b5092915050565b5f60208284031215613f9b575f5ffd5b81518015158114612564575f5ffd5b60ff82811682821603908111156124ac576124ac613dc0565b80820281158282048414176124ac576124ac613dc0565b5f5f5f5f60808587031215613fed575f5ffd5b8451613ff881613c7a565b602086015190945061400981613c7a565b925061401760408601613df3565b915061402560608601613e03565b905092959194509250565b5f8261404a57634e487b7160e01b5f52601260045260245ffd5b50049056fea26469706673582212207583072ad1744dc89b240a45c1a50193e7ac2dc901db5502bba214a7b6c1a71864736f6c634300081e0033",
}

// Claims is an auto generated Go binding around an Ethereum contract.
type Claims struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Claims) GetABI() abi.ABI {
	return c.abi
}

// NewClaims creates a new instance of Claims.
func NewClaims() *Claims {
	parsed, err := ClaimsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Claims{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Claims) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,uint64,uint16,uint16,uint16,address[],string[],string[],string) p, (address,address,address,address) wired) returns()
func (claims *Claims) PackConstructor(p Params, wired Parts) []byte {
	enc, err := claims.abi.Pack("", p, wired)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackENVELOPEBASE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f633760.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ENVELOPE_BASE() view returns(uint256)
func (claims *Claims) PackENVELOPEBASE() []byte {
	enc, err := claims.abi.Pack("ENVELOPE_BASE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackENVELOPEBASE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f633760.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ENVELOPE_BASE() view returns(uint256)
func (claims *Claims) TryPackENVELOPEBASE() ([]byte, error) {
	return claims.abi.Pack("ENVELOPE_BASE")
}

// UnpackENVELOPEBASE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f633760.
//
// Solidity: function ENVELOPE_BASE() view returns(uint256)
func (claims *Claims) UnpackENVELOPEBASE(data []byte) (*big.Int, error) {
	out, err := claims.abi.Unpack("ENVELOPE_BASE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackENVELOPEPERRECIPIENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x793b776c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ENVELOPE_PER_RECIPIENT() view returns(uint256)
func (claims *Claims) PackENVELOPEPERRECIPIENT() []byte {
	enc, err := claims.abi.Pack("ENVELOPE_PER_RECIPIENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackENVELOPEPERRECIPIENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x793b776c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ENVELOPE_PER_RECIPIENT() view returns(uint256)
func (claims *Claims) TryPackENVELOPEPERRECIPIENT() ([]byte, error) {
	return claims.abi.Pack("ENVELOPE_PER_RECIPIENT")
}

// UnpackENVELOPEPERRECIPIENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x793b776c.
//
// Solidity: function ENVELOPE_PER_RECIPIENT() view returns(uint256)
func (claims *Claims) UnpackENVELOPEPERRECIPIENT(data []byte) (*big.Int, error) {
	out, err := claims.abi.Unpack("ENVELOPE_PER_RECIPIENT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSETTLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x545a31d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SETTLE() view returns(uint256)
func (claims *Claims) PackMAXSETTLE() []byte {
	enc, err := claims.abi.Pack("MAX_SETTLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSETTLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x545a31d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SETTLE() view returns(uint256)
func (claims *Claims) TryPackMAXSETTLE() ([]byte, error) {
	return claims.abi.Pack("MAX_SETTLE")
}

// UnpackMAXSETTLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x545a31d0.
//
// Solidity: function MAX_SETTLE() view returns(uint256)
func (claims *Claims) UnpackMAXSETTLE(data []byte) (*big.Int, error) {
	out, err := claims.abi.Unpack("MAX_SETTLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPAYOUTWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9f6dc20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAYOUT_WINDOW() view returns(uint256)
func (claims *Claims) PackPAYOUTWINDOW() []byte {
	enc, err := claims.abi.Pack("PAYOUT_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAYOUTWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9f6dc20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAYOUT_WINDOW() view returns(uint256)
func (claims *Claims) TryPackPAYOUTWINDOW() ([]byte, error) {
	return claims.abi.Pack("PAYOUT_WINDOW")
}

// UnpackPAYOUTWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe9f6dc20.
//
// Solidity: function PAYOUT_WINDOW() view returns(uint256)
func (claims *Claims) UnpackPAYOUTWINDOW(data []byte) (*big.Int, error) {
	out, err := claims.abi.Unpack("PAYOUT_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREASONBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x429e4bdc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REASON_BYTES() view returns(uint256)
func (claims *Claims) PackREASONBYTES() []byte {
	enc, err := claims.abi.Pack("REASON_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREASONBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x429e4bdc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REASON_BYTES() view returns(uint256)
func (claims *Claims) TryPackREASONBYTES() ([]byte, error) {
	return claims.abi.Pack("REASON_BYTES")
}

// UnpackREASONBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x429e4bdc.
//
// Solidity: function REASON_BYTES() view returns(uint256)
func (claims *Claims) UnpackREASONBYTES(data []byte) (*big.Int, error) {
	out, err := claims.abi.Unpack("REASON_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTATUSAPPROVED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb996de66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_APPROVED() view returns(uint8)
func (claims *Claims) PackSTATUSAPPROVED() []byte {
	enc, err := claims.abi.Pack("STATUS_APPROVED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSAPPROVED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb996de66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_APPROVED() view returns(uint8)
func (claims *Claims) TryPackSTATUSAPPROVED() ([]byte, error) {
	return claims.abi.Pack("STATUS_APPROVED")
}

// UnpackSTATUSAPPROVED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb996de66.
//
// Solidity: function STATUS_APPROVED() view returns(uint8)
func (claims *Claims) UnpackSTATUSAPPROVED(data []byte) (uint8, error) {
	out, err := claims.abi.Unpack("STATUS_APPROVED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSTATUSEXPIRED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c2312d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_EXPIRED() view returns(uint8)
func (claims *Claims) PackSTATUSEXPIRED() []byte {
	enc, err := claims.abi.Pack("STATUS_EXPIRED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSEXPIRED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c2312d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_EXPIRED() view returns(uint8)
func (claims *Claims) TryPackSTATUSEXPIRED() ([]byte, error) {
	return claims.abi.Pack("STATUS_EXPIRED")
}

// UnpackSTATUSEXPIRED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29c2312d.
//
// Solidity: function STATUS_EXPIRED() view returns(uint8)
func (claims *Claims) UnpackSTATUSEXPIRED(data []byte) (uint8, error) {
	out, err := claims.abi.Unpack("STATUS_EXPIRED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSTATUSNONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e1433b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_NONE() view returns(uint8)
func (claims *Claims) PackSTATUSNONE() []byte {
	enc, err := claims.abi.Pack("STATUS_NONE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSNONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e1433b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_NONE() view returns(uint8)
func (claims *Claims) TryPackSTATUSNONE() ([]byte, error) {
	return claims.abi.Pack("STATUS_NONE")
}

// UnpackSTATUSNONE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84e1433b.
//
// Solidity: function STATUS_NONE() view returns(uint8)
func (claims *Claims) UnpackSTATUSNONE(data []byte) (uint8, error) {
	out, err := claims.abi.Unpack("STATUS_NONE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSTATUSOPEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24f8515b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_OPEN() view returns(uint8)
func (claims *Claims) PackSTATUSOPEN() []byte {
	enc, err := claims.abi.Pack("STATUS_OPEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSOPEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24f8515b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_OPEN() view returns(uint8)
func (claims *Claims) TryPackSTATUSOPEN() ([]byte, error) {
	return claims.abi.Pack("STATUS_OPEN")
}

// UnpackSTATUSOPEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24f8515b.
//
// Solidity: function STATUS_OPEN() view returns(uint8)
func (claims *Claims) UnpackSTATUSOPEN(data []byte) (uint8, error) {
	out, err := claims.abi.Unpack("STATUS_OPEN", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSTATUSPAID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb317d031.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_PAID() view returns(uint8)
func (claims *Claims) PackSTATUSPAID() []byte {
	enc, err := claims.abi.Pack("STATUS_PAID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSPAID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb317d031.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_PAID() view returns(uint8)
func (claims *Claims) TryPackSTATUSPAID() ([]byte, error) {
	return claims.abi.Pack("STATUS_PAID")
}

// UnpackSTATUSPAID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb317d031.
//
// Solidity: function STATUS_PAID() view returns(uint8)
func (claims *Claims) UnpackSTATUSPAID(data []byte) (uint8, error) {
	out, err := claims.abi.Unpack("STATUS_PAID", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSTATUSREJECTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a6c6604.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_REJECTED() view returns(uint8)
func (claims *Claims) PackSTATUSREJECTED() []byte {
	enc, err := claims.abi.Pack("STATUS_REJECTED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSREJECTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a6c6604.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_REJECTED() view returns(uint8)
func (claims *Claims) TryPackSTATUSREJECTED() ([]byte, error) {
	return claims.abi.Pack("STATUS_REJECTED")
}

// UnpackSTATUSREJECTED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a6c6604.
//
// Solidity: function STATUS_REJECTED() view returns(uint8)
func (claims *Claims) UnpackSTATUSREJECTED(data []byte) (uint8, error) {
	out, err := claims.abi.Unpack("STATUS_REJECTED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSTATUSRETURNED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c73fad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_RETURNED() view returns(uint8)
func (claims *Claims) PackSTATUSRETURNED() []byte {
	enc, err := claims.abi.Pack("STATUS_RETURNED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSRETURNED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c73fad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_RETURNED() view returns(uint8)
func (claims *Claims) TryPackSTATUSRETURNED() ([]byte, error) {
	return claims.abi.Pack("STATUS_RETURNED")
}

// UnpackSTATUSRETURNED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98c73fad.
//
// Solidity: function STATUS_RETURNED() view returns(uint8)
func (claims *Claims) UnpackSTATUSRETURNED(data []byte) (uint8, error) {
	out, err := claims.abi.Unpack("STATUS_RETURNED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackApproveClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x442558c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveClaim(uint256 id, address member, bytes32 nullifier, bytes32 envelopeHash) returns()
func (claims *Claims) PackApproveClaim(id *big.Int, member common.Address, nullifier [32]byte, envelopeHash [32]byte) []byte {
	enc, err := claims.abi.Pack("approveClaim", id, member, nullifier, envelopeHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x442558c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveClaim(uint256 id, address member, bytes32 nullifier, bytes32 envelopeHash) returns()
func (claims *Claims) TryPackApproveClaim(id *big.Int, member common.Address, nullifier [32]byte, envelopeHash [32]byte) ([]byte, error) {
	return claims.abi.Pack("approveClaim", id, member, nullifier, envelopeHash)
}

// PackBoard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cd3229a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function board() view returns(address)
func (claims *Claims) PackBoard() []byte {
	enc, err := claims.abi.Pack("board")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBoard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cd3229a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function board() view returns(address)
func (claims *Claims) TryPackBoard() ([]byte, error) {
	return claims.abi.Pack("board")
}

// UnpackBoard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7cd3229a.
//
// Solidity: function board() view returns(address)
func (claims *Claims) UnpackBoard(data []byte) (common.Address, error) {
	out, err := claims.abi.Unpack("board", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClaimCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da4d3c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCount() view returns(uint64)
func (claims *Claims) PackClaimCount() []byte {
	enc, err := claims.abi.Pack("claimCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da4d3c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCount() view returns(uint64)
func (claims *Claims) TryPackClaimCount() ([]byte, error) {
	return claims.abi.Pack("claimCount")
}

// UnpackClaimCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da4d3c9.
//
// Solidity: function claimCount() view returns(uint64)
func (claims *Claims) UnpackClaimCount(data []byte) (uint64, error) {
	out, err := claims.abi.Unpack("claimCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaimOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11c8dc5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimOf(uint256 id) view returns((uint256,uint256,uint32,uint64,uint64,uint8,uint8,uint32,uint32,uint32,uint64,uint64,bytes32) v)
func (claims *Claims) PackClaimOf(id *big.Int) []byte {
	enc, err := claims.abi.Pack("claimOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11c8dc5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimOf(uint256 id) view returns((uint256,uint256,uint32,uint64,uint64,uint8,uint8,uint32,uint32,uint32,uint64,uint64,bytes32) v)
func (claims *Claims) TryPackClaimOf(id *big.Int) ([]byte, error) {
	return claims.abi.Pack("claimOf", id)
}

// UnpackClaimOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11c8dc5a.
//
// Solidity: function claimOf(uint256 id) view returns((uint256,uint256,uint32,uint64,uint64,uint8,uint8,uint32,uint32,uint32,uint64,uint64,bytes32) v)
func (claims *Claims) UnpackClaimOf(data []byte) (ClaimsClaimView, error) {
	out, err := claims.abi.Unpack("claimOf", data)
	if err != nil {
		return *new(ClaimsClaimView), err
	}
	out0 := *abi.ConvertType(out[0], new(ClaimsClaimView)).(*ClaimsClaimView)
	return out0, nil
}

// PackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcc59b6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claims() view returns(address)
func (claims *Claims) PackClaims() []byte {
	enc, err := claims.abi.Pack("claims")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcc59b6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claims() view returns(address)
func (claims *Claims) TryPackClaims() ([]byte, error) {
	return claims.abi.Pack("claims")
}

// UnpackClaims is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdcc59b6f.
//
// Solidity: function claims() view returns(address)
func (claims *Claims) UnpackClaims(data []byte) (common.Address, error) {
	out, err := claims.abi.Unpack("claims", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc80a0a0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(address member, uint256 amount, uint32 term, bytes32 nullifier, bytes32 envelopeHash) pure returns(bytes32)
func (claims *Claims) PackCommitmentOf(member common.Address, amount *big.Int, term uint32, nullifier [32]byte, envelopeHash [32]byte) []byte {
	enc, err := claims.abi.Pack("commitmentOf", member, amount, term, nullifier, envelopeHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc80a0a0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(address member, uint256 amount, uint32 term, bytes32 nullifier, bytes32 envelopeHash) pure returns(bytes32)
func (claims *Claims) TryPackCommitmentOf(member common.Address, amount *big.Int, term uint32, nullifier [32]byte, envelopeHash [32]byte) ([]byte, error) {
	return claims.abi.Pack("commitmentOf", member, amount, term, nullifier, envelopeHash)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc80a0a0e.
//
// Solidity: function commitmentOf(address member, uint256 amount, uint32 term, bytes32 nullifier, bytes32 envelopeHash) pure returns(bytes32)
func (claims *Claims) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := claims.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function community() view returns(address)
func (claims *Claims) PackCommunity() []byte {
	enc, err := claims.abi.Pack("community")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function community() view returns(address)
func (claims *Claims) TryPackCommunity() ([]byte, error) {
	return claims.abi.Pack("community")
}

// UnpackCommunity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc1fb5a5.
//
// Solidity: function community() view returns(address)
func (claims *Claims) UnpackCommunity(data []byte) (common.Address, error) {
	out, err := claims.abi.Unpack("community", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf09e0d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createdAt() view returns(uint64)
func (claims *Claims) PackCreatedAt() []byte {
	enc, err := claims.abi.Pack("createdAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf09e0d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createdAt() view returns(uint64)
func (claims *Claims) TryPackCreatedAt() ([]byte, error) {
	return claims.abi.Pack("createdAt")
}

// UnpackCreatedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf09e0d0.
//
// Solidity: function createdAt() view returns(uint64)
func (claims *Claims) UnpackCreatedAt(data []byte) (uint64, error) {
	out, err := claims.abi.Unpack("createdAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDecide is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18e784db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decide(uint256 id) returns()
func (claims *Claims) PackDecide(id *big.Int) []byte {
	enc, err := claims.abi.Pack("decide", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecide is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18e784db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decide(uint256 id) returns()
func (claims *Claims) TryPackDecide(id *big.Int) ([]byte, error) {
	return claims.abi.Pack("decide", id)
}

// PackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf81bf43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expire(uint256 id) returns()
func (claims *Claims) PackExpire(id *big.Int) []byte {
	enc, err := claims.abi.Pack("expire", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf81bf43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expire(uint256 id) returns()
func (claims *Claims) TryPackExpire(id *big.Int) ([]byte, error) {
	return claims.abi.Pack("expire", id)
}

// PackLastApprovedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6aedd94b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastApprovedAt() view returns(uint40)
func (claims *Claims) PackLastApprovedAt() []byte {
	enc, err := claims.abi.Pack("lastApprovedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastApprovedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6aedd94b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastApprovedAt() view returns(uint40)
func (claims *Claims) TryPackLastApprovedAt() ([]byte, error) {
	return claims.abi.Pack("lastApprovedAt")
}

// UnpackLastApprovedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6aedd94b.
//
// Solidity: function lastApprovedAt() view returns(uint40)
func (claims *Claims) UnpackLastApprovedAt(data []byte) (*big.Int, error) {
	out, err := claims.abi.Unpack("lastApprovedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0176de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxPayout() view returns(uint256)
func (claims *Claims) PackMaxPayout() []byte {
	enc, err := claims.abi.Pack("maxPayout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0176de8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxPayout() view returns(uint256)
func (claims *Claims) TryPackMaxPayout() ([]byte, error) {
	return claims.abi.Pack("maxPayout")
}

// UnpackMaxPayout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0176de8.
//
// Solidity: function maxPayout() view returns(uint256)
func (claims *Claims) UnpackMaxPayout(data []byte) (*big.Int, error) {
	out, err := claims.abi.Unpack("maxPayout", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNoticeOpenUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e50a4fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function noticeOpenUntil(uint256 ) view returns(uint40)
func (claims *Claims) PackNoticeOpenUntil(arg0 *big.Int) []byte {
	enc, err := claims.abi.Pack("noticeOpenUntil", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNoticeOpenUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e50a4fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function noticeOpenUntil(uint256 ) view returns(uint40)
func (claims *Claims) TryPackNoticeOpenUntil(arg0 *big.Int) ([]byte, error) {
	return claims.abi.Pack("noticeOpenUntil", arg0)
}

// UnpackNoticeOpenUntil is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e50a4fb.
//
// Solidity: function noticeOpenUntil(uint256 ) view returns(uint40)
func (claims *Claims) UnpackNoticeOpenUntil(data []byte) (*big.Int, error) {
	out, err := claims.abi.Unpack("noticeOpenUntil", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNoticeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e7304fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function noticeWindow() view returns(uint64)
func (claims *Claims) PackNoticeWindow() []byte {
	enc, err := claims.abi.Pack("noticeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNoticeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e7304fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function noticeWindow() view returns(uint64)
func (claims *Claims) TryPackNoticeWindow() ([]byte, error) {
	return claims.abi.Pack("noticeWindow")
}

// UnpackNoticeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e7304fe.
//
// Solidity: function noticeWindow() view returns(uint64)
func (claims *Claims) UnpackNoticeWindow(data []byte) (uint64, error) {
	out, err := claims.abi.Unpack("noticeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNullifierClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbb16fee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nullifierClaim(bytes32 ) view returns(uint256)
func (claims *Claims) PackNullifierClaim(arg0 [32]byte) []byte {
	enc, err := claims.abi.Pack("nullifierClaim", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNullifierClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbb16fee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nullifierClaim(bytes32 ) view returns(uint256)
func (claims *Claims) TryPackNullifierClaim(arg0 [32]byte) ([]byte, error) {
	return claims.abi.Pack("nullifierClaim", arg0)
}

// UnpackNullifierClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbbb16fee.
//
// Solidity: function nullifierClaim(bytes32 ) view returns(uint256)
func (claims *Claims) UnpackNullifierClaim(data []byte) (*big.Int, error) {
	out, err := claims.abi.Unpack("nullifierClaim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOutflow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5c96bb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outflow() view returns(uint32 period, uint112 cap, uint112 paid)
func (claims *Claims) PackOutflow() []byte {
	enc, err := claims.abi.Pack("outflow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutflow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5c96bb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outflow() view returns(uint32 period, uint112 cap, uint112 paid)
func (claims *Claims) TryPackOutflow() ([]byte, error) {
	return claims.abi.Pack("outflow")
}

// OutflowOutput serves as a container for the return parameters of contract
// method Outflow.
type OutflowOutput struct {
	Period uint32
	Cap    *big.Int
	Paid   *big.Int
}

// UnpackOutflow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5c96bb4.
//
// Solidity: function outflow() view returns(uint32 period, uint112 cap, uint112 paid)
func (claims *Claims) UnpackOutflow(data []byte) (OutflowOutput, error) {
	out, err := claims.abi.Unpack("outflow", data)
	outstruct := new(OutflowOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Period = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Cap = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Paid = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOutflowBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbce83f06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outflowBps() view returns(uint16)
func (claims *Claims) PackOutflowBps() []byte {
	enc, err := claims.abi.Pack("outflowBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutflowBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbce83f06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outflowBps() view returns(uint16)
func (claims *Claims) TryPackOutflowBps() ([]byte, error) {
	return claims.abi.Pack("outflowBps")
}

// UnpackOutflowBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbce83f06.
//
// Solidity: function outflowBps() view returns(uint16)
func (claims *Claims) UnpackOutflowBps(data []byte) (uint16, error) {
	out, err := claims.abi.Unpack("outflowBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackParamsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a42663.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paramsHash() view returns(bytes32)
func (claims *Claims) PackParamsHash() []byte {
	enc, err := claims.abi.Pack("paramsHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParamsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a42663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paramsHash() view returns(bytes32)
func (claims *Claims) TryPackParamsHash() ([]byte, error) {
	return claims.abi.Pack("paramsHash")
}

// UnpackParamsHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86a42663.
//
// Solidity: function paramsHash() view returns(bytes32)
func (claims *Claims) UnpackParamsHash(data []byte) ([32]byte, error) {
	out, err := claims.abi.Unpack("paramsHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47e9c79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function parts() view returns((address,address,address,address))
func (claims *Claims) PackParts() []byte {
	enc, err := claims.abi.Pack("parts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47e9c79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function parts() view returns((address,address,address,address))
func (claims *Claims) TryPackParts() ([]byte, error) {
	return claims.abi.Pack("parts")
}

// UnpackParts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb47e9c79.
//
// Solidity: function parts() view returns((address,address,address,address))
func (claims *Claims) UnpackParts(data []byte) (Parts, error) {
	out, err := claims.abi.Unpack("parts", data)
	if err != nil {
		return *new(Parts), err
	}
	out0 := *abi.ConvertType(out[0], new(Parts)).(*Parts)
	return out0, nil
}

// PackPayoutLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0f56ade.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutLimit(address member) view returns(uint256 remaining, uint64 freesAt)
func (claims *Claims) PackPayoutLimit(member common.Address) []byte {
	enc, err := claims.abi.Pack("payoutLimit", member)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0f56ade.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutLimit(address member) view returns(uint256 remaining, uint64 freesAt)
func (claims *Claims) TryPackPayoutLimit(member common.Address) ([]byte, error) {
	return claims.abi.Pack("payoutLimit", member)
}

// PayoutLimitOutput serves as a container for the return parameters of contract
// method PayoutLimit.
type PayoutLimitOutput struct {
	Remaining *big.Int
	FreesAt   uint64
}

// UnpackPayoutLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0f56ade.
//
// Solidity: function payoutLimit(address member) view returns(uint256 remaining, uint64 freesAt)
func (claims *Claims) UnpackPayoutLimit(data []byte) (PayoutLimitOutput, error) {
	out, err := claims.abi.Unpack("payoutLimit", data)
	outstruct := new(PayoutLimitOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Remaining = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.FreesAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackPayoutQueueAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ff976ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutQueueAt(uint256 position) view returns(uint256 id, address member)
func (claims *Claims) PackPayoutQueueAt(position *big.Int) []byte {
	enc, err := claims.abi.Pack("payoutQueueAt", position)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutQueueAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ff976ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutQueueAt(uint256 position) view returns(uint256 id, address member)
func (claims *Claims) TryPackPayoutQueueAt(position *big.Int) ([]byte, error) {
	return claims.abi.Pack("payoutQueueAt", position)
}

// PayoutQueueAtOutput serves as a container for the return parameters of contract
// method PayoutQueueAt.
type PayoutQueueAtOutput struct {
	Id     *big.Int
	Member common.Address
}

// UnpackPayoutQueueAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ff976ad.
//
// Solidity: function payoutQueueAt(uint256 position) view returns(uint256 id, address member)
func (claims *Claims) UnpackPayoutQueueAt(data []byte) (PayoutQueueAtOutput, error) {
	out, err := claims.abi.Unpack("payoutQueueAt", data)
	outstruct := new(PayoutQueueAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Id = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Member = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef78d4fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function period() view returns(uint64)
func (claims *Claims) PackPeriod() []byte {
	enc, err := claims.abi.Pack("period")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef78d4fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function period() view returns(uint64)
func (claims *Claims) TryPackPeriod() ([]byte, error) {
	return claims.abi.Pack("period")
}

// UnpackPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef78d4fd.
//
// Solidity: function period() view returns(uint64)
func (claims *Claims) UnpackPeriod(data []byte) (uint64, error) {
	out, err := claims.abi.Unpack("period", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQueueHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96523644.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueHead() view returns(uint64)
func (claims *Claims) PackQueueHead() []byte {
	enc, err := claims.abi.Pack("queueHead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96523644.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueHead() view returns(uint64)
func (claims *Claims) TryPackQueueHead() ([]byte, error) {
	return claims.abi.Pack("queueHead")
}

// UnpackQueueHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96523644.
//
// Solidity: function queueHead() view returns(uint64)
func (claims *Claims) UnpackQueueHead(data []byte) (uint64, error) {
	out, err := claims.abi.Unpack("queueHead", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQueueTail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbafd3c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueTail() view returns(uint64)
func (claims *Claims) PackQueueTail() []byte {
	enc, err := claims.abi.Pack("queueTail")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueTail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbafd3c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueTail() view returns(uint64)
func (claims *Claims) TryPackQueueTail() ([]byte, error) {
	return claims.abi.Pack("queueTail")
}

// UnpackQueueTail is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbafd3c2.
//
// Solidity: function queueTail() view returns(uint64)
func (claims *Claims) UnpackQueueTail(data []byte) (uint64, error) {
	out, err := claims.abi.Unpack("queueTail", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum() view returns(uint8)
func (claims *Claims) PackQuorum() []byte {
	enc, err := claims.abi.Pack("quorum")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum() view returns(uint8)
func (claims *Claims) TryPackQuorum() ([]byte, error) {
	return claims.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(uint8)
func (claims *Claims) UnpackQuorum(data []byte) (uint8, error) {
	out, err := claims.abi.Unpack("quorum", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (claims *Claims) PackRegistry() []byte {
	enc, err := claims.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (claims *Claims) TryPackRegistry() ([]byte, error) {
	return claims.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (claims *Claims) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := claims.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRejectClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6c0913c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectClaim(uint256 id, address member, bytes32 nullifier, bytes32 envelopeHash, bytes sealedReason) returns()
func (claims *Claims) PackRejectClaim(id *big.Int, member common.Address, nullifier [32]byte, envelopeHash [32]byte, sealedReason []byte) []byte {
	enc, err := claims.abi.Pack("rejectClaim", id, member, nullifier, envelopeHash, sealedReason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6c0913c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectClaim(uint256 id, address member, bytes32 nullifier, bytes32 envelopeHash, bytes sealedReason) returns()
func (claims *Claims) TryPackRejectClaim(id *big.Int, member common.Address, nullifier [32]byte, envelopeHash [32]byte, sealedReason []byte) ([]byte, error) {
	return claims.abi.Pack("rejectClaim", id, member, nullifier, envelopeHash, sealedReason)
}

// PackReviewWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ca4218f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reviewWindow() view returns(uint64)
func (claims *Claims) PackReviewWindow() []byte {
	enc, err := claims.abi.Pack("reviewWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReviewWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ca4218f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reviewWindow() view returns(uint64)
func (claims *Claims) TryPackReviewWindow() ([]byte, error) {
	return claims.abi.Pack("reviewWindow")
}

// UnpackReviewWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ca4218f.
//
// Solidity: function reviewWindow() view returns(uint64)
func (claims *Claims) UnpackReviewWindow(data []byte) (uint64, error) {
	out, err := claims.abi.Unpack("reviewWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 maxCount) returns(uint256 done)
func (claims *Claims) PackSettle(maxCount *big.Int) []byte {
	enc, err := claims.abi.Pack("settle", maxCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 maxCount) returns(uint256 done)
func (claims *Claims) TryPackSettle(maxCount *big.Int) ([]byte, error) {
	return claims.abi.Pack("settle", maxCount)
}

// UnpackSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8df82800.
//
// Solidity: function settle(uint256 maxCount) returns(uint256 done)
func (claims *Claims) UnpackSettle(data []byte) (*big.Int, error) {
	out, err := claims.abi.Unpack("settle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSubmitClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63114098.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitClaim(uint256 amount, bytes32 nullifier, bytes envelope, uint32 term) returns(uint256 id)
func (claims *Claims) PackSubmitClaim(amount *big.Int, nullifier [32]byte, envelope []byte, term uint32) []byte {
	enc, err := claims.abi.Pack("submitClaim", amount, nullifier, envelope, term)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63114098.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitClaim(uint256 amount, bytes32 nullifier, bytes envelope, uint32 term) returns(uint256 id)
func (claims *Claims) TryPackSubmitClaim(amount *big.Int, nullifier [32]byte, envelope []byte, term uint32) ([]byte, error) {
	return claims.abi.Pack("submitClaim", amount, nullifier, envelope, term)
}

// UnpackSubmitClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63114098.
//
// Solidity: function submitClaim(uint256 amount, bytes32 nullifier, bytes envelope, uint32 term) returns(uint256 id)
func (claims *Claims) UnpackSubmitClaim(data []byte) (*big.Int, error) {
	out, err := claims.abi.Unpack("submitClaim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ClaimsClaimApproved represents a ClaimApproved event raised by the Claims contract.
type ClaimsClaimApproved struct {
	Id           *big.Int
	Position     *big.Int
	NoticeEndsAt uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const ClaimsClaimApprovedEventName = "ClaimApproved"

// ContractEventName returns the user-defined event name.
func (ClaimsClaimApproved) ContractEventName() string {
	return ClaimsClaimApprovedEventName
}

// UnpackClaimApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimApproved(uint256 indexed id, uint256 position, uint64 noticeEndsAt)
func (claims *Claims) UnpackClaimApprovedEvent(log *types.Log) (*ClaimsClaimApproved, error) {
	event := "ClaimApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claims.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimsClaimApproved)
	if len(log.Data) > 0 {
		if err := claims.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claims.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ClaimsClaimExpired represents a ClaimExpired event raised by the Claims contract.
type ClaimsClaimExpired struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const ClaimsClaimExpiredEventName = "ClaimExpired"

// ContractEventName returns the user-defined event name.
func (ClaimsClaimExpired) ContractEventName() string {
	return ClaimsClaimExpiredEventName
}

// UnpackClaimExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimExpired(uint256 indexed id)
func (claims *Claims) UnpackClaimExpiredEvent(log *types.Log) (*ClaimsClaimExpired, error) {
	event := "ClaimExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claims.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimsClaimExpired)
	if len(log.Data) > 0 {
		if err := claims.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claims.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ClaimsClaimRejected represents a ClaimRejected event raised by the Claims contract.
type ClaimsClaimRejected struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const ClaimsClaimRejectedEventName = "ClaimRejected"

// ContractEventName returns the user-defined event name.
func (ClaimsClaimRejected) ContractEventName() string {
	return ClaimsClaimRejectedEventName
}

// UnpackClaimRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimRejected(uint256 indexed id)
func (claims *Claims) UnpackClaimRejectedEvent(log *types.Log) (*ClaimsClaimRejected, error) {
	event := "ClaimRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claims.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimsClaimRejected)
	if len(log.Data) > 0 {
		if err := claims.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claims.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ClaimsClaimReturned represents a ClaimReturned event raised by the Claims contract.
type ClaimsClaimReturned struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const ClaimsClaimReturnedEventName = "ClaimReturned"

// ContractEventName returns the user-defined event name.
func (ClaimsClaimReturned) ContractEventName() string {
	return ClaimsClaimReturnedEventName
}

// UnpackClaimReturnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimReturned(uint256 indexed id)
func (claims *Claims) UnpackClaimReturnedEvent(log *types.Log) (*ClaimsClaimReturned, error) {
	event := "ClaimReturned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claims.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimsClaimReturned)
	if len(log.Data) > 0 {
		if err := claims.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claims.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ClaimsClaimSubmitted represents a ClaimSubmitted event raised by the Claims contract.
type ClaimsClaimSubmitted struct {
	Id           *big.Int
	Member       common.Address
	Term         uint32
	Amount       *big.Int
	Nullifier    [32]byte
	EnvelopeHash [32]byte
	Envelope     []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const ClaimsClaimSubmittedEventName = "ClaimSubmitted"

// ContractEventName returns the user-defined event name.
func (ClaimsClaimSubmitted) ContractEventName() string {
	return ClaimsClaimSubmittedEventName
}

// UnpackClaimSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimSubmitted(uint256 indexed id, address indexed member, uint32 indexed term, uint256 amount, bytes32 nullifier, bytes32 envelopeHash, bytes envelope)
func (claims *Claims) UnpackClaimSubmittedEvent(log *types.Log) (*ClaimsClaimSubmitted, error) {
	event := "ClaimSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claims.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimsClaimSubmitted)
	if len(log.Data) > 0 {
		if err := claims.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claims.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ClaimsClaimVote represents a ClaimVote event raised by the Claims contract.
type ClaimsClaimVote struct {
	Id      *big.Int
	Notary  common.Address
	Approve bool
	Reason  [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const ClaimsClaimVoteEventName = "ClaimVote"

// ContractEventName returns the user-defined event name.
func (ClaimsClaimVote) ContractEventName() string {
	return ClaimsClaimVoteEventName
}

// UnpackClaimVoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimVote(uint256 indexed id, address indexed notary, bool approve, bytes32 reason)
func (claims *Claims) UnpackClaimVoteEvent(log *types.Log) (*ClaimsClaimVote, error) {
	event := "ClaimVote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claims.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimsClaimVote)
	if len(log.Data) > 0 {
		if err := claims.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claims.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (claims *Claims) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], claims.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return claims.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["AmountOutOfRange"].ID.Bytes()[:4]) {
		return claims.UnpackAmountOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["BoardRecalled"].ID.Bytes()[:4]) {
		return claims.UnpackBoardRecalledError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["Calldata"].ID.Bytes()[:4]) {
		return claims.UnpackCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["ClaimMismatch"].ID.Bytes()[:4]) {
		return claims.UnpackClaimMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["ClaimNotOpen"].ID.Bytes()[:4]) {
		return claims.UnpackClaimNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["EnvelopeSize"].ID.Bytes()[:4]) {
		return claims.UnpackEnvelopeSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["NotNotary"].ID.Bytes()[:4]) {
		return claims.UnpackNotNotaryError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["NothingToDecide"].ID.Bytes()[:4]) {
		return claims.UnpackNothingToDecideError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["NoticeOpen"].ID.Bytes()[:4]) {
		return claims.UnpackNoticeOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["NullifierAlreadyPaid"].ID.Bytes()[:4]) {
		return claims.UnpackNullifierAlreadyPaidError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["OpenClaimExists"].ID.Bytes()[:4]) {
		return claims.UnpackOpenClaimExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["OutflowCapped"].ID.Bytes()[:4]) {
		return claims.UnpackOutflowCappedError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["OwnClaim"].ID.Bytes()[:4]) {
		return claims.UnpackOwnClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["PayoutLimit"].ID.Bytes()[:4]) {
		return claims.UnpackPayoutLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["PoolInsufficient"].ID.Bytes()[:4]) {
		return claims.UnpackPoolInsufficientError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["QueueEmpty"].ID.Bytes()[:4]) {
		return claims.UnpackQueueEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["QuorumUnreachable"].ID.Bytes()[:4]) {
		return claims.UnpackQuorumUnreachableError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["ReasonSize"].ID.Bytes()[:4]) {
		return claims.UnpackReasonSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return claims.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["ReviewWindowClosed"].ID.Bytes()[:4]) {
		return claims.UnpackReviewWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["ReviewWindowOpen"].ID.Bytes()[:4]) {
		return claims.UnpackReviewWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["TermChanged"].ID.Bytes()[:4]) {
		return claims.UnpackTermChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return claims.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], claims.abi.Errors["UnknownClaim"].ID.Bytes()[:4]) {
		return claims.UnpackUnknownClaimError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ClaimsAlreadyVoted represents a AlreadyVoted error raised by the Claims contract.
type ClaimsAlreadyVoted struct {
	ClaimId *big.Int
	Notary  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(uint256 claimId, address notary)
func ClaimsAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0x04f9da634a3ce855cf7785808a673a41608288999dcd1d08e55bb33c69118f4a")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(uint256 claimId, address notary)
func (claims *Claims) UnpackAlreadyVotedError(raw []byte) (*ClaimsAlreadyVoted, error) {
	out := new(ClaimsAlreadyVoted)
	if err := claims.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsAmountOutOfRange represents a AmountOutOfRange error raised by the Claims contract.
type ClaimsAmountOutOfRange struct {
	Amount    *big.Int
	MaxPayout *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOutOfRange(uint256 amount, uint256 maxPayout)
func ClaimsAmountOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x4cc4d546fd1059b833a120e16addcefe46ab45c4a4c6fd45d8919a5d2e169d34")
}

// UnpackAmountOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOutOfRange(uint256 amount, uint256 maxPayout)
func (claims *Claims) UnpackAmountOutOfRangeError(raw []byte) (*ClaimsAmountOutOfRange, error) {
	out := new(ClaimsAmountOutOfRange)
	if err := claims.abi.UnpackIntoInterface(out, "AmountOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsBoardRecalled represents a BoardRecalled error raised by the Claims contract.
type ClaimsBoardRecalled struct {
	Term uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BoardRecalled(uint32 term)
func ClaimsBoardRecalledErrorID() common.Hash {
	return common.HexToHash("0x233cc5bc3aeca929827588951b3193834e1575b8a3202dc0fc218de509170e74")
}

// UnpackBoardRecalledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BoardRecalled(uint32 term)
func (claims *Claims) UnpackBoardRecalledError(raw []byte) (*ClaimsBoardRecalled, error) {
	out := new(ClaimsBoardRecalled)
	if err := claims.abi.UnpackIntoInterface(out, "BoardRecalled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsCalldata represents a Calldata error raised by the Claims contract.
type ClaimsCalldata struct {
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Calldata(uint256 length, uint256 expected)
func ClaimsCalldataErrorID() common.Hash {
	return common.HexToHash("0x9d52258a00c203a826ef19fde2278642ea547aed6d990dfba427bc1536031274")
}

// UnpackCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Calldata(uint256 length, uint256 expected)
func (claims *Claims) UnpackCalldataError(raw []byte) (*ClaimsCalldata, error) {
	out := new(ClaimsCalldata)
	if err := claims.abi.UnpackIntoInterface(out, "Calldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsClaimMismatch represents a ClaimMismatch error raised by the Claims contract.
type ClaimsClaimMismatch struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimMismatch(uint256 claimId)
func ClaimsClaimMismatchErrorID() common.Hash {
	return common.HexToHash("0x89466a76e3aa7ba7dbebb771283d66ef8fe82b4aa11e9a684fabe8f0f587da24")
}

// UnpackClaimMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimMismatch(uint256 claimId)
func (claims *Claims) UnpackClaimMismatchError(raw []byte) (*ClaimsClaimMismatch, error) {
	out := new(ClaimsClaimMismatch)
	if err := claims.abi.UnpackIntoInterface(out, "ClaimMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsClaimNotOpen represents a ClaimNotOpen error raised by the Claims contract.
type ClaimsClaimNotOpen struct {
	ClaimId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimNotOpen(uint256 claimId, uint8 status)
func ClaimsClaimNotOpenErrorID() common.Hash {
	return common.HexToHash("0x68ec2f3566df3067f12ee5e59ef2a210d9ebfa07b280c5ebc5b69a8dcddc677f")
}

// UnpackClaimNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimNotOpen(uint256 claimId, uint8 status)
func (claims *Claims) UnpackClaimNotOpenError(raw []byte) (*ClaimsClaimNotOpen, error) {
	out := new(ClaimsClaimNotOpen)
	if err := claims.abi.UnpackIntoInterface(out, "ClaimNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsEnvelopeSize represents a EnvelopeSize error raised by the Claims contract.
type ClaimsEnvelopeSize struct {
	Size     *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnvelopeSize(uint256 size, uint256 expected)
func ClaimsEnvelopeSizeErrorID() common.Hash {
	return common.HexToHash("0xdb9c0469df138a46ec9ff1a8dd9b7e80428e3380416caec34ea4bea3da9d20f1")
}

// UnpackEnvelopeSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnvelopeSize(uint256 size, uint256 expected)
func (claims *Claims) UnpackEnvelopeSizeError(raw []byte) (*ClaimsEnvelopeSize, error) {
	out := new(ClaimsEnvelopeSize)
	if err := claims.abi.UnpackIntoInterface(out, "EnvelopeSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsNotNotary represents a NotNotary error raised by the Claims contract.
type ClaimsNotNotary struct {
	Account common.Address
	Term    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNotary(address account, uint32 term)
func ClaimsNotNotaryErrorID() common.Hash {
	return common.HexToHash("0x950d3e2cb2345e1538c5bcf518d9fb8aa46462af4da179eb846c8cd070da1aaa")
}

// UnpackNotNotaryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNotary(address account, uint32 term)
func (claims *Claims) UnpackNotNotaryError(raw []byte) (*ClaimsNotNotary, error) {
	out := new(ClaimsNotNotary)
	if err := claims.abi.UnpackIntoInterface(out, "NotNotary", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsNothingToDecide represents a NothingToDecide error raised by the Claims contract.
type ClaimsNothingToDecide struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToDecide(uint256 claimId)
func ClaimsNothingToDecideErrorID() common.Hash {
	return common.HexToHash("0x2c8eeed9b2a07c6190672d5cbfe7c174a75e05f6270fa13eec76336381d3c8be")
}

// UnpackNothingToDecideError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToDecide(uint256 claimId)
func (claims *Claims) UnpackNothingToDecideError(raw []byte) (*ClaimsNothingToDecide, error) {
	out := new(ClaimsNothingToDecide)
	if err := claims.abi.UnpackIntoInterface(out, "NothingToDecide", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsNoticeOpen represents a NoticeOpen error raised by the Claims contract.
type ClaimsNoticeOpen struct {
	ClaimId *big.Int
	EndsAt  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoticeOpen(uint256 claimId, uint64 endsAt)
func ClaimsNoticeOpenErrorID() common.Hash {
	return common.HexToHash("0x0f6b37af664ead53bcc78242b3bb9b8844e9b5ad5bf2739b21fd335a7a14a8ef")
}

// UnpackNoticeOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoticeOpen(uint256 claimId, uint64 endsAt)
func (claims *Claims) UnpackNoticeOpenError(raw []byte) (*ClaimsNoticeOpen, error) {
	out := new(ClaimsNoticeOpen)
	if err := claims.abi.UnpackIntoInterface(out, "NoticeOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsNullifierAlreadyPaid represents a NullifierAlreadyPaid error raised by the Claims contract.
type ClaimsNullifierAlreadyPaid struct {
	Nullifier [32]byte
	ClaimId   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NullifierAlreadyPaid(bytes32 nullifier, uint256 claimId)
func ClaimsNullifierAlreadyPaidErrorID() common.Hash {
	return common.HexToHash("0xb354e73a0b3693fc6d788c5a0efbd6cee34a23605692f069c0811932ea856e77")
}

// UnpackNullifierAlreadyPaidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NullifierAlreadyPaid(bytes32 nullifier, uint256 claimId)
func (claims *Claims) UnpackNullifierAlreadyPaidError(raw []byte) (*ClaimsNullifierAlreadyPaid, error) {
	out := new(ClaimsNullifierAlreadyPaid)
	if err := claims.abi.UnpackIntoInterface(out, "NullifierAlreadyPaid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsOpenClaimExists represents a OpenClaimExists error raised by the Claims contract.
type ClaimsOpenClaimExists struct {
	ClaimId      *big.Int
	ReviewEndsAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpenClaimExists(uint256 claimId, uint64 reviewEndsAt)
func ClaimsOpenClaimExistsErrorID() common.Hash {
	return common.HexToHash("0x6978a6df3537df7b4522fb531033b67da2c8ccbd72885a4161271c6d770b4c80")
}

// UnpackOpenClaimExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpenClaimExists(uint256 claimId, uint64 reviewEndsAt)
func (claims *Claims) UnpackOpenClaimExistsError(raw []byte) (*ClaimsOpenClaimExists, error) {
	out := new(ClaimsOpenClaimExists)
	if err := claims.abi.UnpackIntoInterface(out, "OpenClaimExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsOutflowCapped represents a OutflowCapped error raised by the Claims contract.
type ClaimsOutflowCapped struct {
	Paid         *big.Int
	Cap          *big.Int
	NextPeriodAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutflowCapped(uint256 paid, uint256 cap, uint64 nextPeriodAt)
func ClaimsOutflowCappedErrorID() common.Hash {
	return common.HexToHash("0x86130c35dcc6644781436bb5ee89a72ab9cbce395a2d157fa4e3a5d550b57f68")
}

// UnpackOutflowCappedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutflowCapped(uint256 paid, uint256 cap, uint64 nextPeriodAt)
func (claims *Claims) UnpackOutflowCappedError(raw []byte) (*ClaimsOutflowCapped, error) {
	out := new(ClaimsOutflowCapped)
	if err := claims.abi.UnpackIntoInterface(out, "OutflowCapped", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsOwnClaim represents a OwnClaim error raised by the Claims contract.
type ClaimsOwnClaim struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnClaim(uint256 claimId)
func ClaimsOwnClaimErrorID() common.Hash {
	return common.HexToHash("0x2f285ec742520ec5597459f3851fd201ed59b5272d7f165a96919821a74fc79c")
}

// UnpackOwnClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnClaim(uint256 claimId)
func (claims *Claims) UnpackOwnClaimError(raw []byte) (*ClaimsOwnClaim, error) {
	out := new(ClaimsOwnClaim)
	if err := claims.abi.UnpackIntoInterface(out, "OwnClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsPayoutLimit represents a PayoutLimit error raised by the Claims contract.
type ClaimsPayoutLimit struct {
	Remaining *big.Int
	FreesAt   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutLimit(uint256 remaining, uint64 freesAt)
func ClaimsPayoutLimitErrorID() common.Hash {
	return common.HexToHash("0x1eff4cb48ba7f70856b63e1204887cd0f2d1cdd3351441209b830470d658d885")
}

// UnpackPayoutLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutLimit(uint256 remaining, uint64 freesAt)
func (claims *Claims) UnpackPayoutLimitError(raw []byte) (*ClaimsPayoutLimit, error) {
	out := new(ClaimsPayoutLimit)
	if err := claims.abi.UnpackIntoInterface(out, "PayoutLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsPoolInsufficient represents a PoolInsufficient error raised by the Claims contract.
type ClaimsPoolInsufficient struct {
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolInsufficient(uint256 available, uint256 needed)
func ClaimsPoolInsufficientErrorID() common.Hash {
	return common.HexToHash("0xc31d5cdaa71940b7a2c927ff8611f66314d262ad54d278b135a3e56ff2454e9e")
}

// UnpackPoolInsufficientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolInsufficient(uint256 available, uint256 needed)
func (claims *Claims) UnpackPoolInsufficientError(raw []byte) (*ClaimsPoolInsufficient, error) {
	out := new(ClaimsPoolInsufficient)
	if err := claims.abi.UnpackIntoInterface(out, "PoolInsufficient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsQueueEmpty represents a QueueEmpty error raised by the Claims contract.
type ClaimsQueueEmpty struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueEmpty()
func ClaimsQueueEmptyErrorID() common.Hash {
	return common.HexToHash("0x75e52f4f0c5412c0ad4722576bc22ab70833a60e80272537e05cbcd06f604bf6")
}

// UnpackQueueEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueEmpty()
func (claims *Claims) UnpackQueueEmptyError(raw []byte) (*ClaimsQueueEmpty, error) {
	out := new(ClaimsQueueEmpty)
	if err := claims.abi.UnpackIntoInterface(out, "QueueEmpty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsQuorumUnreachable represents a QuorumUnreachable error raised by the Claims contract.
type ClaimsQuorumUnreachable struct {
	Voters *big.Int
	Quorum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumUnreachable(uint256 voters, uint256 quorum)
func ClaimsQuorumUnreachableErrorID() common.Hash {
	return common.HexToHash("0xdee01a6fb455cefeb07585d4df478fac06b38d2e56f99872d6b977ec673b2151")
}

// UnpackQuorumUnreachableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumUnreachable(uint256 voters, uint256 quorum)
func (claims *Claims) UnpackQuorumUnreachableError(raw []byte) (*ClaimsQuorumUnreachable, error) {
	out := new(ClaimsQuorumUnreachable)
	if err := claims.abi.UnpackIntoInterface(out, "QuorumUnreachable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsReasonSize represents a ReasonSize error raised by the Claims contract.
type ClaimsReasonSize struct {
	Size     *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReasonSize(uint256 size, uint256 expected)
func ClaimsReasonSizeErrorID() common.Hash {
	return common.HexToHash("0x5ebc938def19881a77d0d532f0fe399eab867e0b9b958d27d4f67bd0cf5c9884")
}

// UnpackReasonSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReasonSize(uint256 size, uint256 expected)
func (claims *Claims) UnpackReasonSizeError(raw []byte) (*ClaimsReasonSize, error) {
	out := new(ClaimsReasonSize)
	if err := claims.abi.UnpackIntoInterface(out, "ReasonSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Claims contract.
type ClaimsReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ClaimsReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (claims *Claims) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ClaimsReentrancyGuardReentrantCall, error) {
	out := new(ClaimsReentrancyGuardReentrantCall)
	if err := claims.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsReviewWindowClosed represents a ReviewWindowClosed error raised by the Claims contract.
type ClaimsReviewWindowClosed struct {
	ClaimId  *big.Int
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewWindowClosed(uint256 claimId, uint64 closedAt)
func ClaimsReviewWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xb455f6ae14ee91ba5525acbb98f7fcd6752a8f933841cd6a19805278f58f4b20")
}

// UnpackReviewWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewWindowClosed(uint256 claimId, uint64 closedAt)
func (claims *Claims) UnpackReviewWindowClosedError(raw []byte) (*ClaimsReviewWindowClosed, error) {
	out := new(ClaimsReviewWindowClosed)
	if err := claims.abi.UnpackIntoInterface(out, "ReviewWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsReviewWindowOpen represents a ReviewWindowOpen error raised by the Claims contract.
type ClaimsReviewWindowOpen struct {
	ClaimId  *big.Int
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewWindowOpen(uint256 claimId, uint64 closesAt)
func ClaimsReviewWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x4d9cae1c278369cfdc19d4874e43121de74a4104135540b296bcf7d71b40da38")
}

// UnpackReviewWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewWindowOpen(uint256 claimId, uint64 closesAt)
func (claims *Claims) UnpackReviewWindowOpenError(raw []byte) (*ClaimsReviewWindowOpen, error) {
	out := new(ClaimsReviewWindowOpen)
	if err := claims.abi.UnpackIntoInterface(out, "ReviewWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsTermChanged represents a TermChanged error raised by the Claims contract.
type ClaimsTermChanged struct {
	SealedFor uint32
	Current   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermChanged(uint32 sealedFor, uint32 current)
func ClaimsTermChangedErrorID() common.Hash {
	return common.HexToHash("0xd90f56979bf69fdf1a7c85378d5e65380f9a0d9c4cfe189be7ba5d0be0f5e884")
}

// UnpackTermChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermChanged(uint32 sealedFor, uint32 current)
func (claims *Claims) UnpackTermChangedError(raw []byte) (*ClaimsTermChanged, error) {
	out := new(ClaimsTermChanged)
	if err := claims.abi.UnpackIntoInterface(out, "TermChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsUnauthorized represents a Unauthorized error raised by the Claims contract.
type ClaimsUnauthorized struct {
	Caller  common.Address
	Allowed common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller, address allowed)
func ClaimsUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x295a81c15f8ed30f90d2dbdefc77f34f2603dc4ea3df178ac206913987b62f4b")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller, address allowed)
func (claims *Claims) UnpackUnauthorizedError(raw []byte) (*ClaimsUnauthorized, error) {
	out := new(ClaimsUnauthorized)
	if err := claims.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimsUnknownClaim represents a UnknownClaim error raised by the Claims contract.
type ClaimsUnknownClaim struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownClaim(uint256 claimId)
func ClaimsUnknownClaimErrorID() common.Hash {
	return common.HexToHash("0xf3dc2772ad1b6f102be43b4e246474c67c59b2e25bcc633b2c1e8b0bbea918cc")
}

// UnpackUnknownClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownClaim(uint256 claimId)
func (claims *Claims) UnpackUnknownClaimError(raw []byte) (*ClaimsUnknownClaim, error) {
	out := new(ClaimsUnknownClaim)
	if err := claims.abi.UnpackIntoInterface(out, "UnknownClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityMetaData contains all meta data concerning the Community contract.
var CommunityMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dues\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"waitingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPayout\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"seats\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"term\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"votingWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"noticeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"recallSignatures\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"outflowBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"minBallots\",\"type\":\"uint16\"},{\"internalType\":\"address[]\",\"name\":\"notaries\",\"type\":\"address[]\"},{\"internalType\":\"string[]\",\"name\":\"categories\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"acceptedTypes\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"currency\",\"type\":\"string\"}],\"internalType\":\"structParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"claims\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"internalType\":\"structParts\",\"name\":\"wired\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"Calldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"periods\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidPeriods\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"coveredUntil\",\"type\":\"uint64\"}],\"name\":\"NotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PoolInsufficient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferStarved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"eligibleAt\",\"type\":\"uint64\"}],\"name\":\"WaitingPeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMember\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ClaimPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"founder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dues\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"waitingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPayout\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"seats\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"term\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"votingWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"noticeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"recallSignatures\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"outflowBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"minBallots\",\"type\":\"uint16\"},{\"internalType\":\"address[]\",\"name\":\"notaries\",\"type\":\"address[]\"},{\"internalType\":\"string[]\",\"name\":\"categories\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"acceptedTypes\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"currency\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structParams\",\"name\":\"params\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"claims\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"indexed\":false,\"internalType\":\"structParts\",\"name\":\"parts\",\"type\":\"tuple\"}],\"name\":\"CommunityCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Donation\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"joinedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"coveredUntil\",\"type\":\"uint64\"}],\"name\":\"DuesPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwedWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PayoutOwed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"PoolSynced\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_LIST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PERIODS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEATS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"available\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"board\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claims\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"community\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"periods\",\"type\":\"uint256\"}],\"name\":\"contribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"periods\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"contributeWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"createdAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"donate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dues\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"founder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gracePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"periods\",\"type\":\"uint256\"}],\"name\":\"join\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"periods\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"joinWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"memberOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"joinedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"coveredUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"eligibleAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"graceEndsAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"openClaim\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"eligible\",\"type\":\"bool\"}],\"internalType\":\"structCommunity.MemberView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"membership\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"joinedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"coveredUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parameters\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dues\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"waitingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPayout\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"seats\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"term\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"votingWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"noticeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"recallSignatures\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"outflowBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"minBallots\",\"type\":\"uint16\"},{\"internalType\":\"address[]\",\"name\":\"notaries\",\"type\":\"address[]\"},{\"internalType\":\"string[]\",\"name\":\"categories\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"acceptedTypes\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"currency\",\"type\":\"string\"}],\"internalType\":\"structParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paramsHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parts\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"claims\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"internalType\":\"structParts\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"pay\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"paid\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"period\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poolBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"startClaim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"previous\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sync\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"waitingPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawOwed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "66589638dc7bbc3067e46449f3fbc2be55",
	Bin: "0x6102e0604052348015610010575f5ffd5b5060405161394d38038061394d83398101604081905261002f91610e26565b80516001600160a01b03908116608052602080830151821660a052604080840151831660c052606084015190921660e052905182918491610072918391016112c6565b60408051601f19818403018152919052805160209091012061010052505081516001600160a01b031615806100b0575081516001600160a01b03163b155b156100eb576040516305519d6f60e51b81526020600482015260056024820152643a37b5b2b760d91b60448201526064015b60405180910390fd5b6020820151158061010a575061010360785f196112df565b8260200151115b15610141576040516305519d6f60e51b81526004016100e2906020808252600490820152636475657360e01b604082015260600190565b60408201516001600160401b031615806101785750604082015163ffffffff90610176906078906001600160401b03166112fe565b115b156101af576040516305519d6f60e51b81526020600482015260066024820152651c195c9a5bd960d21b60448201526064016100e2565b60608201516001600160401b031615806101db575063ffffffff801682606001516001600160401b0316115b15610213576040516305519d6f60e51b815260206004820152600760248201526677616974696e6760c81b60448201526064016100e2565b81604001516001600160401b031682608001516001600160401b03161115610266576040516305519d6f60e51b8152602060048201526005602482015264677261636560d81b60448201526064016100e2565b60a08201511580610281575060a08201516001600160581b03105b156102bb576040516305519d6f60e51b81526020600482015260096024820152681b585e14185e5bdd5d60ba1b60448201526064016100e2565b60c082015160ff1615806102d6575060208260c0015160ff16115b1561030c576040516305519d6f60e51b8152602060048201526005602482015264736561747360d81b60448201526064016100e2565b60e082015160ff16158061034057508160c0015160ff168260e0015160ff1610158015610340575060018260c0015160ff16115b15610377576040516305519d6f60e51b815260206004820152600660248201526571756f72756d60d01b60448201526064016100e2565b6101008201516001600160401b031615806103a5575063ffffffff80168261010001516001600160401b0316115b156103dc576040516305519d6f60e51b81526004016100e2906020808252600490820152637465726d60e01b604082015260600190565b6101208201516001600160401b0316158061040a575063ffffffff80168261012001516001600160401b0316115b15610441576040516305519d6f60e51b815260206004820152600660248201526572657669657760d01b60448201526064016100e2565b6101408201516001600160401b0316158061047757508161010001516001600160401b03168261014001516001600160401b0316115b156104ae576040516305519d6f60e51b8152602060048201526006602482015265766f74696e6760d01b60448201526064016100e2565b6101608201516001600160401b031615806104dc575063ffffffff80168261016001516001600160401b0316115b15610513576040516305519d6f60e51b81526020600482015260066024820152656e6f7469636560d01b60448201526064016100e2565b81610180015161ffff165f03610555576040516305519d6f60e51b81526020600482015260066024820152651c9958d85b1b60d21b60448201526064016100e2565b6101a082015161ffff1615806105755750612710826101a0015161ffff16115b156105ad576040516305519d6f60e51b81526020600482015260076024820152666f7574666c6f7760c81b60448201526064016100e2565b816101c0015161ffff165f036105f3576040516305519d6f60e51b815260206004820152600a6024820152696d696e42616c6c6f747360b01b60448201526064016100e2565b8160e0015160ff16826101e0015151108061061a57508160c0015160ff16826101e0015151115b15610653576040516305519d6f60e51b81526020600482015260086024820152676e6f74617269657360c01b60448201526064016100e2565b5f5b826101e0015151811015610772575f6001600160a01b0316836101e00151828151811061068457610684611327565b60200260200101516001600160a01b0316036106ce576040516305519d6f60e51b81526020600482015260086024820152676e6f74617269657360c01b60448201526064016100e2565b5f5b8181101561076957836101e0015182815181106106ef576106ef611327565b60200260200101516001600160a01b0316846101e00151828151811061071757610717611327565b60200260200101516001600160a01b031603610761576040516305519d6f60e51b81526020600482015260086024820152676e6f74617269657360c01b60448201526064016100e2565b6001016106d0565b50600101610655565b506107ab5f8361020001516040518060400160405280600a81526020016963617465676f7269657360b01b815250610a3760201b60201c565b6107e760018361022001516040518060400160405280600d81526020016c6163636570746564547970657360981b815250610a3760201b60201c565b610240820151805160031461082a576040516305519d6f60e51b815260206004820152600860248201526763757272656e637960c01b60448201526064016100e2565b5f5b60038110156108cb57604160f81b82828151811061084c5761084c611327565b01602001516001600160f81b031916108061088a5750602d60f91b82828151811061087957610879611327565b01602001516001600160f81b031916115b156108c3576040516305519d6f60e51b815260206004820152600860248201526763757272656e637960c01b60448201526064016100e2565b60010161082c565b506108d58161133b565b6001600160e81b0319166102c0526101e083015180516108fd91600291602090910190610af7565b5082516001600160a01b03908116610120908152336101408181526020808801516101609081526040808a01516001600160401b0390811661018090815260608c015182166101a090815260808d015183166101c09081524284166101e05260a08e0151610200528d0151908d0151918d015160e08e015160c08f015160309390931b67ffff000000000000169390971b65ffff000000001660109190911b63ffff00001660089790971b61ff001660ff90921691909117959095179490941793909317610220526101008a0151831661024052948901518216610260529188015181166102805290870151166102a052855191519190921691907fcf0ff01fa9c0d4471c1390bdd6afda54f167c67a453ba99c9b2d0bfc8b498b0190610a279087908790611378565b60405180910390a3505050611522565b81511580610a46575060408251115b15610a6657806040516305519d6f60e51b81526004016100e291906113d2565b5f5b8251811015610af157828181518110610a8357610a83611327565b6020026020010151515f03610aad57816040516305519d6f60e51b81526004016100e291906113d2565b83838281518110610ac057610ac0611327565b60209081029190910181015182546001810184555f938452919092200190610ae89082611468565b50600101610a68565b50505050565b828054828255905f5260205f20908101928215610b4a579160200282015b82811115610b4a57825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190610b15565b50610b56929150610b5a565b5090565b5b80821115610b56575f8155600101610b5b565b634e487b7160e01b5f52604160045260245ffd5b60405161026081016001600160401b0381118282101715610ba557610ba5610b6e565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610bd357610bd3610b6e565b604052919050565b80516001600160a01b0381168114610bf1575f5ffd5b919050565b80516001600160401b0381168114610bf1575f5ffd5b805160ff81168114610bf1575f5ffd5b805161ffff81168114610bf1575f5ffd5b5f6001600160401b03821115610c4557610c45610b6e565b5060051b60200190565b5f82601f830112610c5e575f5ffd5b8151610c71610c6c82610c2d565b610bab565b8082825260208201915060208360051b860101925085831115610c92575f5ffd5b602085015b83811015610cb657610ca881610bdb565b835260209283019201610c97565b5095945050505050565b5f82601f830112610ccf575f5ffd5b81516001600160401b03811115610ce857610ce8610b6e565b610cfb601f8201601f1916602001610bab565b818152846020838601011115610d0f575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f82601f830112610d3a575f5ffd5b8151610d48610c6c82610c2d565b8082825260208201915060208360051b860101925085831115610d69575f5ffd5b602085015b83811015610cb65780516001600160401b03811115610d8b575f5ffd5b610d9a886020838a0101610cc0565b84525060209283019201610d6e565b5f60808284031215610db9575f5ffd5b604051608081016001600160401b0381118282101715610ddb57610ddb610b6e565b604052905080610dea83610bdb565b8152610df860208401610bdb565b6020820152610e0960408401610bdb565b6040820152610e1a60608401610bdb565b60608201525092915050565b5f5f60a08385031215610e37575f5ffd5b82516001600160401b03811115610e4c575f5ffd5b83016102608186031215610e5e575f5ffd5b610e66610b82565b610e6f82610bdb565b815260208281015190820152610e8760408301610bf6565b6040820152610e9860608301610bf6565b6060820152610ea960808301610bf6565b608082015260a08281015190820152610ec460c08301610c0c565b60c0820152610ed560e08301610c0c565b60e0820152610ee76101008301610bf6565b610100820152610efa6101208301610bf6565b610120820152610f0d6101408301610bf6565b610140820152610f206101608301610bf6565b610160820152610f336101808301610c1c565b610180820152610f466101a08301610c1c565b6101a0820152610f596101c08301610c1c565b6101c08201526101e08201516001600160401b03811115610f78575f5ffd5b610f8487828501610c4f565b6101e0830152506102008201516001600160401b03811115610fa4575f5ffd5b610fb087828501610d2b565b610200830152506102208201516001600160401b03811115610fd0575f5ffd5b610fdc87828501610d2b565b610220830152506102408201516001600160401b03811115610ffc575f5ffd5b61100887828501610cc0565b61024083015250925061102090508460208501610da9565b90509250929050565b5f8151808452602084019350602083015f5b828110156110625781516001600160a01b031686526020958601959091019060010161103b565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b838110156110e857601f198584030188526110d283835161106c565b60209889019890935091909101906001016110b6565b50909695505050505050565b80516001600160a01b03168252602081015160208301525f604082015161112660408501826001600160401b03169052565b50606082015161114160608501826001600160401b03169052565b50608082015161115c60808501826001600160401b03169052565b5060a082015160a084015260c082015161117b60c085018260ff169052565b5060e082015161119060e085018260ff169052565b506101008201516111ad6101008501826001600160401b03169052565b506101208201516111ca6101208501826001600160401b03169052565b506101408201516111e76101408501826001600160401b03169052565b506101608201516112046101608501826001600160401b03169052565b5061018082015161121c61018085018261ffff169052565b506101a08201516112346101a085018261ffff169052565b506101c082015161124c6101c085018261ffff169052565b506101e08201516102606101e085015261126a610260850182611029565b9050610200830151848203610200860152611285828261109a565b9150506102208301518482036102208601526112a1828261109a565b9150506102408301518482036102408601526112bd828261106c565b95945050505050565b602081525f6112d860208301846110f4565b9392505050565b5f826112f957634e487b7160e01b5f52601260045260245ffd5b500490565b808202811582820484141761132157634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b805160208201516001600160e81b0319811691906003821015611371576001600160e81b03196003838103901b81901b82161692505b5050919050565b60a081525f61138a60a08301856110f4565b83516001600160a01b03908116602085810191909152850151811660408086019190915285015181166060808601919091529094015190931660809092019190915250919050565b602081525f6112d8602083018461106c565b600181811c908216806113f857607f821691505b60208210810361141657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561146357805f5260205f20601f840160051c810160208510156114415750805b601f840160051c820191505b81811015611460575f815560010161144d565b50505b505050565b81516001600160401b0381111561148157611481610b6e565b6114958161148f84546113e4565b8461141c565b6020601f8211600181146114c7575f83156114b05750848201515b5f19600385901b1c1916600184901b178455611460565b5f84815260208120601f198516915b828110156114f657878501518255602094850194600190920191016114d6565b508482101561151357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c0516122ac6116a15f395f61105101525f610dda01525f610db101525f610d8801525f610d5f01525f610d2901525f610d0301525f6105fd01525f818161046501528181610a2301528181610cdb01526118ce01525f818161024b015281816109dd01528181610cb1015261124101525f818161069a01528181610c80015261184301525f81816102f201528181610c560152818161180d0152611b5101525f6102b301525f81816106e7015281816107b201528181610bcb01528181610c2a015281816110aa015281816113eb015281816114740152818161166901528181611a3b0152611b2401525f61041901525f81816103a5015261055a01525f818161052b0152818161064b01528181610729015261116501525f81816103cc01526104fc01525f81816104cd015261062401526122ac5ff3fe608060405234801561000f575f5ffd5b50600436106101e7575f3560e01c806394c2c24f11610109578063dcc59b6f1161009e578063f14faf6f1161006e578063f14faf6f146106bc578063f352b945146106cf578063fc0c546a146106e2578063fff6cae914610709575f5ffd5b8063dcc59b6f14610646578063df18e0471461066d578063e7fa9f7d1461068c578063ef78d4fd14610695575f5ffd5b8063b47e9c79116100d9578063b47e9c791461049a578063b5924100146105e5578063cf09e0d0146105f8578063dc1fb5a51461061f575f5ffd5b806394c2c24f1461045057806396365d4414610458578063a06db7dc14610460578063ab0cfbd814610487575f5ffd5b80636a87d7801161017f5780638418cd991161014f5780638418cd99146103ee57806384ff69851461040157806386a4266314610414578063890357301461043b575f5ffd5b80636a87d780146102ed578063772ccf5d146103145780637b103999146103a05780637cd3229a146103c7575f5ffd5b80633a2ef9df116101ba5780633a2ef9df146102465780633b4c98911461028657806348a0d754146102a65780634d853ee5146102ae575f5ffd5b80630313766f146101eb578063049878f3146102135780630a2546401461022857806313347dd91461023e575b5f5ffd5b6101fe6101f9366004611d45565b610711565b60405190151581526020015b60405180910390f35b610226610221366004611d78565b610907565b005b610230607881565b60405190815260200161020a565b610230604081565b61026d7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff909116815260200161020a565b610299610294366004611d8f565b61092f565b60405161020a9190611da8565b610230610a9b565b6102d57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161020a565b6102307f000000000000000000000000000000000000000000000000000000000000000081565b61037f610322366004611d8f565b6001600160a01b03165f908152600360209081526040918290208251606081018452905464ffffffffff808216808452650100000000008304909116938301849052600160501b90910467ffffffffffffffff1691909301529091565b6040805167ffffffffffffffff93841681529290911660208301520161020a565b6102d57f000000000000000000000000000000000000000000000000000000000000000081565b6102d57f000000000000000000000000000000000000000000000000000000000000000081565b6102266103fc366004611e29565b610aa9565b61022661040f366004611d8f565b610ad2565b6102307f000000000000000000000000000000000000000000000000000000000000000081565b610443610bfb565b60405161020a9190611f1c565b610230602081565b610230611093565b61026d7f000000000000000000000000000000000000000000000000000000000000000081565b6102266104953660046120e3565b61111b565b61058a604080516080810182525f80825260208201819052918101829052606081019190915260405180608001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b60405161020a91905f6080820190506001600160a01b0383511682526001600160a01b0360208401511660208301526001600160a01b0360408401511660408301526001600160a01b03606084015116606083015292915050565b6102306105f3366004611e29565b611155565b61026d7f000000000000000000000000000000000000000000000000000000000000000081565b6102d57f000000000000000000000000000000000000000000000000000000000000000081565b6102d57f000000000000000000000000000000000000000000000000000000000000000081565b61023061067b366004611d8f565b60046020525f908152604090205481565b61023060055481565b61026d7f000000000000000000000000000000000000000000000000000000000000000081565b6102266106ca366004611d78565b61135e565b6102266106dd366004612137565b611413565b6102d57f000000000000000000000000000000000000000000000000000000000000000081565b61023061144c565b5f61071a61152b565b61072460646115b3565b61074d7f00000000000000000000000000000000000000000000000000000000000000006115f5565b5f610756611648565b9050808311156107a1576040517fc31d5cda00000000000000000000000000000000000000000000000000000000815260048101829052602481018490526044015b60405180910390fd5b5f5a90506107d96001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001686866116f6565b1561082d57846001600160a01b0316867faf3c8fdd75d667f71d36d7840b8ef9086c516c9b047ad6a83a5a66151342123a8660405161081a91815260200190565b60405180910390a36001925050506108f8565b61083860408261218e565b5a1015610871576040517f4866b79700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0385165f90815260046020526040812080548692906108989084906121ad565b925050819055508360055f8282546108b091906121ad565b90915550506040518481526001600160a01b0386169087907fb005a750b75c61f6547f517ca4c3ed9334e6425e7670e4897b1fd80291db990b9060200160405180910390a350505b610900611780565b9392505050565b61090f61152b565b61091960246115b3565b6109243333836117aa565b61092c611780565b50565b6040805160e0810182525f808252602080830182815283850183905260608085018490526080850184815260a0860185905260c086018590526001600160a01b03881685526003845293869020865191820187525464ffffffffff808216808452650100000000008304821695840195865267ffffffffffffffff600160501b90930483169884019889528752845181169093529551909516909252519192911615610a5f578051610a09907f00000000000000000000000000000000000000000000000000000000000000009064ffffffffff166121c0565b67ffffffffffffffff1660408301526020810151610a4f907f00000000000000000000000000000000000000000000000000000000000000009064ffffffffff166121c0565b67ffffffffffffffff1660608301525b602081015164ffffffffff16421060a083018190528015610a8e5750816040015167ffffffffffffffff164210155b151560c083015250919050565b5f610aa4611648565b905090565b610ab161152b565b610abb60446115b3565b610ac63383836117aa565b610ace611780565b5050565b610ada61152b565b610ae460246115b3565b6001600160a01b038116610b0b57604051633aa9e55360e11b815260040160405180910390fd5b335f9081526004602052604081205490819003610b56576040517f751b0fda000000000000000000000000000000000000000000000000000000008152336004820152602401610798565b335f90815260046020526040812081905560058054839290610b799084906121e0565b90915550506040518181526001600160a01b0383169033907fa6cd4410234ac9de9d1307f26fd9ec5124f511a9135d59c0904879dd8ae28e109060200160405180910390a3610bf26001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383611a6c565b5061092c611780565b604080516102608101825260606101e082018190526102008201819052610220820181905261024082018190527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031682527f00000000000000000000000000000000000000000000000000000000000000006020808401919091527f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff908116848601527f00000000000000000000000000000000000000000000000000000000000000008116928401929092527f0000000000000000000000000000000000000000000000000000000000000000821660808401527f000000000000000000000000000000000000000000000000000000000000000060a08401527f000000000000000000000000000000000000000000000000000000000000000060ff81811660c0860152600882901c1660e08501527f000000000000000000000000000000000000000000000000000000000000000083166101008501527f000000000000000000000000000000000000000000000000000000000000000083166101208501527f000000000000000000000000000000000000000000000000000000000000000083166101408501527f0000000000000000000000000000000000000000000000000000000000000000909216610160840152601082901c61ffff90811661018085015282821c81166101a0850152603083901c166101c084015260028054855181840281018401909652808652939492939091830182828015610e7a57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610e5c575b5050505050826101e001819052505f805480602002602001604051908101604052809291908181526020015f905b82821015610f50578382905f5260205f20018054610ec5906121f3565b80601f0160208091040260200160405190810160405280929190818152602001828054610ef1906121f3565b8015610f3c5780601f10610f1357610100808354040283529160200191610f3c565b820191905f5260205f20905b815481529060010190602001808311610f1f57829003601f168201915b505050505081526020019060010190610ea8565b5050505061020083015260018054604080516020808402820181019092528281529291905f9084015b82821015611021578382905f5260205f20018054610f96906121f3565b80601f0160208091040260200160405190810160405280929190818152602001828054610fc2906121f3565b801561100d5780601f10610fe45761010080835404028352916020019161100d565b820191905f5260205f20905b815481529060010190602001808311610ff057829003601f168201915b505050505081526020019060010190610f79565b505050506102208301526040517fffffff00000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000016602082015260230160408051601f198184030181529190526102408301525090565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156110f7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610aa4919061222b565b61112361152b565b61112d60c46115b3565b61113a8585858585611ae5565b6111453387876117aa565b61114d611780565b505050505050565b5f61116060446115b3565b6111897f00000000000000000000000000000000000000000000000000000000000000006115f5565b6001600160a01b0383165f908152600360209081526040918290208251606081018452905464ffffffffff808216835265010000000000820416928201839052600160501b900467ffffffffffffffff169281019290925242106112375760208101516040517fbcbd88200000000000000000000000000000000000000000000000000000000081526001600160a01b038616600482015264ffffffffff9091166024820152604401610798565b80515f9061126d907f00000000000000000000000000000000000000000000000000000000000000009064ffffffffff166121c0565b90508067ffffffffffffffff164210156112ce576040517f4834f8280000000000000000000000000000000000000000000000000000000081526001600160a01b038616600482015267ffffffffffffffff82166024820152604401610798565b506040818101805167ffffffffffffffff95861682526001600160a01b03969096165f90815260036020908152929020835181549390940151915164ffffffffff94851669ffffffffffffffffffff19909416939093176501000000000094909216939093021771ffffffffffffffff000000000000000000001916600160501b91851691909102179055501690565b61136661152b565b61137060246115b3565b805f036113a9576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405181815233907f5d8bc849764969eb1bcc6d0a2f55999d0167c1ccec240a4f39cf664ca9c4148e9060200160405180910390a26109246001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084611c14565b61141b61152b565b61142560a46115b3565b6114328585858585611ae5565b61143d3333876117aa565b611445611780565b5050505050565b5f61145561152b565b61145f60046115b3565b6040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156114c1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114e5919061222b565b90507fe744e7361043f1d1ffd9f46590dd319a0e5eb840e9af01309ae9e8ebd0ed06db8160405161151891815260200190565b60405180910390a1611528611780565b90565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611584576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6115b160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611c53565b565b36811461092c576040517f9d52258a00000000000000000000000000000000000000000000000000000000815236600482015260248101829052604401610798565b336001600160a01b0382161461092c576040517f295a81c10000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b0382166024820152604401610798565b6040516370a0823160e01b81523060048201525f9081906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa1580156116ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116d2919061222b565b6005549091508082116116e5575f6116ef565b6116ef81836121e0565b9250505090565b5f61177884856001600160a01b031663a9059cbb86866040516024016117319291906001600160a01b03929092168252602082015260400190565b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611c5a565b949350505050565b6115b15f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006115ab565b6001600160a01b0382166117d157604051633aa9e55360e11b815260040160405180910390fd5b8015806117de5750607881115b1561180657604051638d0b1fc760e01b81526004810182905260786024820152604401610798565b5f611831827f0000000000000000000000000000000000000000000000000000000000000000612242565b90505f6118688367ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016612242565b6001600160a01b0385165f908152600360209081526040918290208251606081018452905464ffffffffff808216835265010000000000820416928201839052600160501b900467ffffffffffffffff16928101929092529192504291158061191757507f0000000000000000000000000000000000000000000000000000000000000000816020015164ffffffffff1661190391906121c0565b67ffffffffffffffff168264ffffffffff16115b156119415764ffffffffff821681526119308383612259565b64ffffffffff16602082015261195e565b82816020018181516119539190612259565b64ffffffffff169052505b6001600160a01b038087165f8181526003602090815260409182902085518154928701518488015167ffffffffffffffff16600160501b0271ffffffffffffffff000000000000000000001964ffffffffff838116650100000000000269ffffffffffffffffffff19909716908516179590951794909416939093179091559151938b16937fa8a2e4582779553f2e32fbdb5c43c815d9f02a2d48824b56bc30a45283d28a6892611a26928a835264ffffffffff918216602084015216604082015260600190565b60405180910390a3611a636001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016883087611c14565b50505050505050565b6040516001600160a01b03838116602483015260448201839052611ae091859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611ca5565b505050565b841580611af25750607885115b15611b1a57604051638d0b1fc760e01b81526004810186905260786024820152604401610798565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d505accf3330611b75897f0000000000000000000000000000000000000000000000000000000000000000612242565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e086901b1681526001600160a01b03938416600482015292909116602483015260448201526064810187905260ff8616608482015260a4810185905260c4810184905260e4015f604051808303815f87803b158015611bf7575f5ffd5b505af1925050508015611c08575060015b15611445575050505050565b6040516001600160a01b038481166024830152838116604483015260648201839052611c4d9186918216906323b872dd90608401611a99565b50505050565b80825d5050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f519050828015611c9957508115611c8b5780600114611c99565b5f866001600160a01b03163b115b93505050505b92915050565b5f5f60205f8451602086015f885af180611cc4576040513d5f823e3d81fd5b50505f513d91508115611cdb578060011415611ce8565b6001600160a01b0384163b155b15611c4d576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610798565b80356001600160a01b0381168114611d40575f5ffd5b919050565b5f5f5f60608486031215611d57575f5ffd5b83359250611d6760208501611d2a565b929592945050506040919091013590565b5f60208284031215611d88575f5ffd5b5035919050565b5f60208284031215611d9f575f5ffd5b61090082611d2a565b5f60e08201905067ffffffffffffffff835116825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff60608401511660608301526080830151608083015260a0830151151560a083015260c0830151611e2260c084018215159052565b5092915050565b5f5f60408385031215611e3a575f5ffd5b611e4383611d2a565b946020939093013593505050565b5f8151808452602084019350602083015f5b82811015611e8a5781516001600160a01b0316865260209586019590910190600101611e63565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015611f1057601f19858403018852611efa838351611e94565b6020988901989093509190910190600101611ede565b50909695505050505050565b60208152611f366020820183516001600160a01b03169052565b602082015160408201525f6040830151611f5c606084018267ffffffffffffffff169052565b50606083015167ffffffffffffffff8116608084015250608083015167ffffffffffffffff811660a08401525060a083015160c083015260c0830151611fa760e084018260ff169052565b5060e083015160ff81166101008401525061010083015167ffffffffffffffff81166101208401525061012083015167ffffffffffffffff81166101408401525061014083015167ffffffffffffffff81166101608401525061016083015167ffffffffffffffff81166101808401525061018083015161ffff81166101a0840152506101a083015161ffff81166101c0840152506101c083015161ffff81166101e0840152506101e083015161026061020084015261206b610280840182611e51565b9050610200840151601f198483030161022085015261208a8282611ec2565b915050610220840151601f19848303016102408501526120aa8282611ec2565b915050610240840151601f19848303016102608501526120ca8282611e94565b95945050505050565b803560ff81168114611d40575f5ffd5b5f5f5f5f5f5f60c087890312156120f8575f5ffd5b61210187611d2a565b9550602087013594506040870135935061211d606088016120d3565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f60a0868803121561214b575f5ffd5b8535945060208601359350612162604087016120d3565b94979396509394606081013594506080013592915050565b634e487b7160e01b5f52601160045260245ffd5b5f826121a857634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115611c9f57611c9f61217a565b67ffffffffffffffff8181168382160190811115611c9f57611c9f61217a565b81810381811115611c9f57611c9f61217a565b600181811c9082168061220757607f821691505b60208210810361222557634e487b7160e01b5f52602260045260245ffd5b50919050565b5f6020828403121561223b575f5ffd5b5051919050565b8082028115828204841417611c9f57611c9f61217a565b64ffffffffff8181168382160190811115611c9f57611c9f61217a56fea26469706673582212205085f3b52945f81891bb8d6c72acb0026e22b6146efc9ebbb619c4893ddcb21864736f6c634300081e0033",
}

// Community is an auto generated Go binding around an Ethereum contract.
type Community struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Community) GetABI() abi.ABI {
	return c.abi
}

// NewCommunity creates a new instance of Community.
func NewCommunity() *Community {
	parsed, err := CommunityMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Community{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Community) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,uint64,uint16,uint16,uint16,address[],string[],string[],string) p, (address,address,address,address) wired) returns()
func (community *Community) PackConstructor(p Params, wired Parts) []byte {
	enc, err := community.abi.Pack("", p, wired)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXLIST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13347dd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LIST() view returns(uint256)
func (community *Community) PackMAXLIST() []byte {
	enc, err := community.abi.Pack("MAX_LIST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLIST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13347dd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LIST() view returns(uint256)
func (community *Community) TryPackMAXLIST() ([]byte, error) {
	return community.abi.Pack("MAX_LIST")
}

// UnpackMAXLIST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13347dd9.
//
// Solidity: function MAX_LIST() view returns(uint256)
func (community *Community) UnpackMAXLIST(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("MAX_LIST", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPERIODS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a254640.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PERIODS() view returns(uint256)
func (community *Community) PackMAXPERIODS() []byte {
	enc, err := community.abi.Pack("MAX_PERIODS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPERIODS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a254640.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PERIODS() view returns(uint256)
func (community *Community) TryPackMAXPERIODS() ([]byte, error) {
	return community.abi.Pack("MAX_PERIODS")
}

// UnpackMAXPERIODS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a254640.
//
// Solidity: function MAX_PERIODS() view returns(uint256)
func (community *Community) UnpackMAXPERIODS(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("MAX_PERIODS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSEATS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94c2c24f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SEATS() view returns(uint256)
func (community *Community) PackMAXSEATS() []byte {
	enc, err := community.abi.Pack("MAX_SEATS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSEATS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94c2c24f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SEATS() view returns(uint256)
func (community *Community) TryPackMAXSEATS() ([]byte, error) {
	return community.abi.Pack("MAX_SEATS")
}

// UnpackMAXSEATS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94c2c24f.
//
// Solidity: function MAX_SEATS() view returns(uint256)
func (community *Community) UnpackMAXSEATS(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("MAX_SEATS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48a0d754.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function available() view returns(uint256)
func (community *Community) PackAvailable() []byte {
	enc, err := community.abi.Pack("available")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48a0d754.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function available() view returns(uint256)
func (community *Community) TryPackAvailable() ([]byte, error) {
	return community.abi.Pack("available")
}

// UnpackAvailable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48a0d754.
//
// Solidity: function available() view returns(uint256)
func (community *Community) UnpackAvailable(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("available", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBoard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cd3229a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function board() view returns(address)
func (community *Community) PackBoard() []byte {
	enc, err := community.abi.Pack("board")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBoard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cd3229a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function board() view returns(address)
func (community *Community) TryPackBoard() ([]byte, error) {
	return community.abi.Pack("board")
}

// UnpackBoard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7cd3229a.
//
// Solidity: function board() view returns(address)
func (community *Community) UnpackBoard(data []byte) (common.Address, error) {
	out, err := community.abi.Unpack("board", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcc59b6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claims() view returns(address)
func (community *Community) PackClaims() []byte {
	enc, err := community.abi.Pack("claims")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcc59b6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claims() view returns(address)
func (community *Community) TryPackClaims() ([]byte, error) {
	return community.abi.Pack("claims")
}

// UnpackClaims is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdcc59b6f.
//
// Solidity: function claims() view returns(address)
func (community *Community) UnpackClaims(data []byte) (common.Address, error) {
	out, err := community.abi.Unpack("claims", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function community() view returns(address)
func (community *Community) PackCommunity() []byte {
	enc, err := community.abi.Pack("community")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function community() view returns(address)
func (community *Community) TryPackCommunity() ([]byte, error) {
	return community.abi.Pack("community")
}

// UnpackCommunity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc1fb5a5.
//
// Solidity: function community() view returns(address)
func (community *Community) UnpackCommunity(data []byte) (common.Address, error) {
	out, err := community.abi.Unpack("community", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8418cd99.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribute(address member, uint256 periods) returns()
func (community *Community) PackContribute(member common.Address, periods *big.Int) []byte {
	enc, err := community.abi.Pack("contribute", member, periods)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8418cd99.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribute(address member, uint256 periods) returns()
func (community *Community) TryPackContribute(member common.Address, periods *big.Int) ([]byte, error) {
	return community.abi.Pack("contribute", member, periods)
}

// PackContributeWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab0cfbd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeWithPermit(address member, uint256 periods, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (community *Community) PackContributeWithPermit(member common.Address, periods *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := community.abi.Pack("contributeWithPermit", member, periods, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab0cfbd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeWithPermit(address member, uint256 periods, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (community *Community) TryPackContributeWithPermit(member common.Address, periods *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return community.abi.Pack("contributeWithPermit", member, periods, deadline, v, r, s)
}

// PackCreatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf09e0d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createdAt() view returns(uint64)
func (community *Community) PackCreatedAt() []byte {
	enc, err := community.abi.Pack("createdAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf09e0d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createdAt() view returns(uint64)
func (community *Community) TryPackCreatedAt() ([]byte, error) {
	return community.abi.Pack("createdAt")
}

// UnpackCreatedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf09e0d0.
//
// Solidity: function createdAt() view returns(uint64)
func (community *Community) UnpackCreatedAt(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("createdAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDonate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14faf6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function donate(uint256 amount) returns()
func (community *Community) PackDonate(amount *big.Int) []byte {
	enc, err := community.abi.Pack("donate", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDonate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14faf6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function donate(uint256 amount) returns()
func (community *Community) TryPackDonate(amount *big.Int) ([]byte, error) {
	return community.abi.Pack("donate", amount)
}

// PackDues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a87d780.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dues() view returns(uint256)
func (community *Community) PackDues() []byte {
	enc, err := community.abi.Pack("dues")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a87d780.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dues() view returns(uint256)
func (community *Community) TryPackDues() ([]byte, error) {
	return community.abi.Pack("dues")
}

// UnpackDues is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a87d780.
//
// Solidity: function dues() view returns(uint256)
func (community *Community) UnpackDues(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("dues", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFounder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d853ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function founder() view returns(address)
func (community *Community) PackFounder() []byte {
	enc, err := community.abi.Pack("founder")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFounder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d853ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function founder() view returns(address)
func (community *Community) TryPackFounder() ([]byte, error) {
	return community.abi.Pack("founder")
}

// UnpackFounder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d853ee5.
//
// Solidity: function founder() view returns(address)
func (community *Community) UnpackFounder(data []byte) (common.Address, error) {
	out, err := community.abi.Unpack("founder", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa06db7dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gracePeriod() view returns(uint64)
func (community *Community) PackGracePeriod() []byte {
	enc, err := community.abi.Pack("gracePeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa06db7dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gracePeriod() view returns(uint64)
func (community *Community) TryPackGracePeriod() ([]byte, error) {
	return community.abi.Pack("gracePeriod")
}

// UnpackGracePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa06db7dc.
//
// Solidity: function gracePeriod() view returns(uint64)
func (community *Community) UnpackGracePeriod(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("gracePeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackJoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049878f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function join(uint256 periods) returns()
func (community *Community) PackJoin(periods *big.Int) []byte {
	enc, err := community.abi.Pack("join", periods)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049878f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function join(uint256 periods) returns()
func (community *Community) TryPackJoin(periods *big.Int) ([]byte, error) {
	return community.abi.Pack("join", periods)
}

// PackJoinWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf352b945.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function joinWithPermit(uint256 periods, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (community *Community) PackJoinWithPermit(periods *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := community.abi.Pack("joinWithPermit", periods, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJoinWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf352b945.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function joinWithPermit(uint256 periods, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (community *Community) TryPackJoinWithPermit(periods *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return community.abi.Pack("joinWithPermit", periods, deadline, v, r, s)
}

// PackMemberOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b4c9891.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberOf(address account) view returns((uint64,uint64,uint64,uint64,uint256,bool,bool) v)
func (community *Community) PackMemberOf(account common.Address) []byte {
	enc, err := community.abi.Pack("memberOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b4c9891.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberOf(address account) view returns((uint64,uint64,uint64,uint64,uint256,bool,bool) v)
func (community *Community) TryPackMemberOf(account common.Address) ([]byte, error) {
	return community.abi.Pack("memberOf", account)
}

// UnpackMemberOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b4c9891.
//
// Solidity: function memberOf(address account) view returns((uint64,uint64,uint64,uint64,uint256,bool,bool) v)
func (community *Community) UnpackMemberOf(data []byte) (CommunityMemberView, error) {
	out, err := community.abi.Unpack("memberOf", data)
	if err != nil {
		return *new(CommunityMemberView), err
	}
	out0 := *abi.ConvertType(out[0], new(CommunityMemberView)).(*CommunityMemberView)
	return out0, nil
}

// PackMembership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x772ccf5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function membership(address account) view returns(uint64 joinedAt, uint64 coveredUntil)
func (community *Community) PackMembership(account common.Address) []byte {
	enc, err := community.abi.Pack("membership", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMembership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x772ccf5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function membership(address account) view returns(uint64 joinedAt, uint64 coveredUntil)
func (community *Community) TryPackMembership(account common.Address) ([]byte, error) {
	return community.abi.Pack("membership", account)
}

// MembershipOutput serves as a container for the return parameters of contract
// method Membership.
type MembershipOutput struct {
	JoinedAt     uint64
	CoveredUntil uint64
}

// UnpackMembership is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x772ccf5d.
//
// Solidity: function membership(address account) view returns(uint64 joinedAt, uint64 coveredUntil)
func (community *Community) UnpackMembership(data []byte) (MembershipOutput, error) {
	out, err := community.abi.Unpack("membership", data)
	outstruct := new(MembershipOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.JoinedAt = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.CoveredUntil = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address ) view returns(uint256)
func (community *Community) PackOwed(arg0 common.Address) []byte {
	enc, err := community.abi.Pack("owed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address ) view returns(uint256)
func (community *Community) TryPackOwed(arg0 common.Address) ([]byte, error) {
	return community.abi.Pack("owed", arg0)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (community *Community) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89035730.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function parameters() view returns((address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,uint64,uint16,uint16,uint16,address[],string[],string[],string) p)
func (community *Community) PackParameters() []byte {
	enc, err := community.abi.Pack("parameters")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89035730.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function parameters() view returns((address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,uint64,uint16,uint16,uint16,address[],string[],string[],string) p)
func (community *Community) TryPackParameters() ([]byte, error) {
	return community.abi.Pack("parameters")
}

// UnpackParameters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89035730.
//
// Solidity: function parameters() view returns((address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,uint64,uint16,uint16,uint16,address[],string[],string[],string) p)
func (community *Community) UnpackParameters(data []byte) (Params, error) {
	out, err := community.abi.Unpack("parameters", data)
	if err != nil {
		return *new(Params), err
	}
	out0 := *abi.ConvertType(out[0], new(Params)).(*Params)
	return out0, nil
}

// PackParamsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a42663.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paramsHash() view returns(bytes32)
func (community *Community) PackParamsHash() []byte {
	enc, err := community.abi.Pack("paramsHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParamsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a42663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paramsHash() view returns(bytes32)
func (community *Community) TryPackParamsHash() ([]byte, error) {
	return community.abi.Pack("paramsHash")
}

// UnpackParamsHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86a42663.
//
// Solidity: function paramsHash() view returns(bytes32)
func (community *Community) UnpackParamsHash(data []byte) ([32]byte, error) {
	out, err := community.abi.Unpack("paramsHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47e9c79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function parts() view returns((address,address,address,address))
func (community *Community) PackParts() []byte {
	enc, err := community.abi.Pack("parts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47e9c79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function parts() view returns((address,address,address,address))
func (community *Community) TryPackParts() ([]byte, error) {
	return community.abi.Pack("parts")
}

// UnpackParts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb47e9c79.
//
// Solidity: function parts() view returns((address,address,address,address))
func (community *Community) UnpackParts(data []byte) (Parts, error) {
	out, err := community.abi.Unpack("parts", data)
	if err != nil {
		return *new(Parts), err
	}
	out0 := *abi.ConvertType(out[0], new(Parts)).(*Parts)
	return out0, nil
}

// PackPay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0313766f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pay(uint256 id, address member, uint256 amount) returns(bool paid)
func (community *Community) PackPay(id *big.Int, member common.Address, amount *big.Int) []byte {
	enc, err := community.abi.Pack("pay", id, member, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0313766f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pay(uint256 id, address member, uint256 amount) returns(bool paid)
func (community *Community) TryPackPay(id *big.Int, member common.Address, amount *big.Int) ([]byte, error) {
	return community.abi.Pack("pay", id, member, amount)
}

// UnpackPay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0313766f.
//
// Solidity: function pay(uint256 id, address member, uint256 amount) returns(bool paid)
func (community *Community) UnpackPay(data []byte) (bool, error) {
	out, err := community.abi.Unpack("pay", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef78d4fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function period() view returns(uint64)
func (community *Community) PackPeriod() []byte {
	enc, err := community.abi.Pack("period")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef78d4fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function period() view returns(uint64)
func (community *Community) TryPackPeriod() ([]byte, error) {
	return community.abi.Pack("period")
}

// UnpackPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef78d4fd.
//
// Solidity: function period() view returns(uint64)
func (community *Community) UnpackPeriod(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("period", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPoolBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96365d44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolBalance() view returns(uint256)
func (community *Community) PackPoolBalance() []byte {
	enc, err := community.abi.Pack("poolBalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96365d44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolBalance() view returns(uint256)
func (community *Community) TryPackPoolBalance() ([]byte, error) {
	return community.abi.Pack("poolBalance")
}

// UnpackPoolBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96365d44.
//
// Solidity: function poolBalance() view returns(uint256)
func (community *Community) UnpackPoolBalance(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("poolBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (community *Community) PackRegistry() []byte {
	enc, err := community.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (community *Community) TryPackRegistry() ([]byte, error) {
	return community.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (community *Community) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := community.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStartClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5924100.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startClaim(address member, uint256 id) returns(uint256 previous)
func (community *Community) PackStartClaim(member common.Address, id *big.Int) []byte {
	enc, err := community.abi.Pack("startClaim", member, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5924100.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startClaim(address member, uint256 id) returns(uint256 previous)
func (community *Community) TryPackStartClaim(member common.Address, id *big.Int) ([]byte, error) {
	return community.abi.Pack("startClaim", member, id)
}

// UnpackStartClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5924100.
//
// Solidity: function startClaim(address member, uint256 id) returns(uint256 previous)
func (community *Community) UnpackStartClaim(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("startClaim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSync is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfff6cae9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sync() returns(uint256 balance)
func (community *Community) PackSync() []byte {
	enc, err := community.abi.Pack("sync")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSync is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfff6cae9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sync() returns(uint256 balance)
func (community *Community) TryPackSync() ([]byte, error) {
	return community.abi.Pack("sync")
}

// UnpackSync is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfff6cae9.
//
// Solidity: function sync() returns(uint256 balance)
func (community *Community) UnpackSync(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("sync", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (community *Community) PackToken() []byte {
	enc, err := community.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (community *Community) TryPackToken() ([]byte, error) {
	return community.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (community *Community) UnpackToken(data []byte) (common.Address, error) {
	out, err := community.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalOwed() view returns(uint256)
func (community *Community) PackTotalOwed() []byte {
	enc, err := community.abi.Pack("totalOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalOwed() view returns(uint256)
func (community *Community) TryPackTotalOwed() ([]byte, error) {
	return community.abi.Pack("totalOwed")
}

// UnpackTotalOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7fa9f7d.
//
// Solidity: function totalOwed() view returns(uint256)
func (community *Community) UnpackTotalOwed(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("totalOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWaitingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a2ef9df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function waitingPeriod() view returns(uint64)
func (community *Community) PackWaitingPeriod() []byte {
	enc, err := community.abi.Pack("waitingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWaitingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a2ef9df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function waitingPeriod() view returns(uint64)
func (community *Community) TryPackWaitingPeriod() ([]byte, error) {
	return community.abi.Pack("waitingPeriod")
}

// UnpackWaitingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a2ef9df.
//
// Solidity: function waitingPeriod() view returns(uint64)
func (community *Community) UnpackWaitingPeriod(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("waitingPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdrawOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ff6985.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawOwed(address to) returns()
func (community *Community) PackWithdrawOwed(to common.Address) []byte {
	enc, err := community.abi.Pack("withdrawOwed", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ff6985.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawOwed(address to) returns()
func (community *Community) TryPackWithdrawOwed(to common.Address) ([]byte, error) {
	return community.abi.Pack("withdrawOwed", to)
}

// CommunityClaimPaid represents a ClaimPaid event raised by the Community contract.
type CommunityClaimPaid struct {
	Id     *big.Int
	Member common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const CommunityClaimPaidEventName = "ClaimPaid"

// ContractEventName returns the user-defined event name.
func (CommunityClaimPaid) ContractEventName() string {
	return CommunityClaimPaidEventName
}

// UnpackClaimPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimPaid(uint256 indexed id, address indexed member, uint256 amount)
func (community *Community) UnpackClaimPaidEvent(log *types.Log) (*CommunityClaimPaid, error) {
	event := "ClaimPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityClaimPaid)
	if len(log.Data) > 0 {
		if err := community.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range community.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityCommunityCreated represents a CommunityCreated event raised by the Community contract.
type CommunityCommunityCreated struct {
	Founder common.Address
	Token   common.Address
	Params  Params
	Parts   Parts
	Raw     *types.Log // Blockchain specific contextual infos
}

const CommunityCommunityCreatedEventName = "CommunityCreated"

// ContractEventName returns the user-defined event name.
func (CommunityCommunityCreated) ContractEventName() string {
	return CommunityCommunityCreatedEventName
}

// UnpackCommunityCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommunityCreated(address indexed founder, address indexed token, (address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,uint64,uint16,uint16,uint16,address[],string[],string[],string) params, (address,address,address,address) parts)
func (community *Community) UnpackCommunityCreatedEvent(log *types.Log) (*CommunityCommunityCreated, error) {
	event := "CommunityCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityCommunityCreated)
	if len(log.Data) > 0 {
		if err := community.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range community.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityDonation represents a Donation event raised by the Community contract.
type CommunityDonation struct {
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const CommunityDonationEventName = "Donation"

// ContractEventName returns the user-defined event name.
func (CommunityDonation) ContractEventName() string {
	return CommunityDonationEventName
}

// UnpackDonationEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Donation(address indexed from, uint256 amount)
func (community *Community) UnpackDonationEvent(log *types.Log) (*CommunityDonation, error) {
	event := "Donation"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityDonation)
	if len(log.Data) > 0 {
		if err := community.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range community.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityDuesPaid represents a DuesPaid event raised by the Community contract.
type CommunityDuesPaid struct {
	Member       common.Address
	Payer        common.Address
	Amount       *big.Int
	JoinedAt     uint64
	CoveredUntil uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const CommunityDuesPaidEventName = "DuesPaid"

// ContractEventName returns the user-defined event name.
func (CommunityDuesPaid) ContractEventName() string {
	return CommunityDuesPaidEventName
}

// UnpackDuesPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DuesPaid(address indexed member, address indexed payer, uint256 amount, uint64 joinedAt, uint64 coveredUntil)
func (community *Community) UnpackDuesPaidEvent(log *types.Log) (*CommunityDuesPaid, error) {
	event := "DuesPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityDuesPaid)
	if len(log.Data) > 0 {
		if err := community.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range community.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityOwedWithdrawn represents a OwedWithdrawn event raised by the Community contract.
type CommunityOwedWithdrawn struct {
	Member common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const CommunityOwedWithdrawnEventName = "OwedWithdrawn"

// ContractEventName returns the user-defined event name.
func (CommunityOwedWithdrawn) ContractEventName() string {
	return CommunityOwedWithdrawnEventName
}

// UnpackOwedWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwedWithdrawn(address indexed member, address indexed to, uint256 amount)
func (community *Community) UnpackOwedWithdrawnEvent(log *types.Log) (*CommunityOwedWithdrawn, error) {
	event := "OwedWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityOwedWithdrawn)
	if len(log.Data) > 0 {
		if err := community.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range community.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityPayoutOwed represents a PayoutOwed event raised by the Community contract.
type CommunityPayoutOwed struct {
	Id     *big.Int
	Member common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const CommunityPayoutOwedEventName = "PayoutOwed"

// ContractEventName returns the user-defined event name.
func (CommunityPayoutOwed) ContractEventName() string {
	return CommunityPayoutOwedEventName
}

// UnpackPayoutOwedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutOwed(uint256 indexed id, address indexed member, uint256 amount)
func (community *Community) UnpackPayoutOwedEvent(log *types.Log) (*CommunityPayoutOwed, error) {
	event := "PayoutOwed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityPayoutOwed)
	if len(log.Data) > 0 {
		if err := community.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range community.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityPoolSynced represents a PoolSynced event raised by the Community contract.
type CommunityPoolSynced struct {
	Balance *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CommunityPoolSyncedEventName = "PoolSynced"

// ContractEventName returns the user-defined event name.
func (CommunityPoolSynced) ContractEventName() string {
	return CommunityPoolSyncedEventName
}

// UnpackPoolSyncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolSynced(uint256 balance)
func (community *Community) UnpackPoolSyncedEvent(log *types.Log) (*CommunityPoolSynced, error) {
	event := "PoolSynced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityPoolSynced)
	if len(log.Data) > 0 {
		if err := community.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range community.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (community *Community) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], community.abi.Errors["Calldata"].ID.Bytes()[:4]) {
		return community.UnpackCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return community.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["InvalidPeriods"].ID.Bytes()[:4]) {
		return community.UnpackInvalidPeriodsError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["NotActive"].ID.Bytes()[:4]) {
		return community.UnpackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["NothingOwed"].ID.Bytes()[:4]) {
		return community.UnpackNothingOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["PoolInsufficient"].ID.Bytes()[:4]) {
		return community.UnpackPoolInsufficientError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return community.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return community.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["TransferStarved"].ID.Bytes()[:4]) {
		return community.UnpackTransferStarvedError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return community.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["WaitingPeriod"].ID.Bytes()[:4]) {
		return community.UnpackWaitingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return community.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["ZeroMember"].ID.Bytes()[:4]) {
		return community.UnpackZeroMemberError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CommunityCalldata represents a Calldata error raised by the Community contract.
type CommunityCalldata struct {
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Calldata(uint256 length, uint256 expected)
func CommunityCalldataErrorID() common.Hash {
	return common.HexToHash("0x9d52258a00c203a826ef19fde2278642ea547aed6d990dfba427bc1536031274")
}

// UnpackCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Calldata(uint256 length, uint256 expected)
func (community *Community) UnpackCalldataError(raw []byte) (*CommunityCalldata, error) {
	out := new(CommunityCalldata)
	if err := community.abi.UnpackIntoInterface(out, "Calldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityInvalidParameter represents a InvalidParameter error raised by the Community contract.
type CommunityInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func CommunityInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (community *Community) UnpackInvalidParameterError(raw []byte) (*CommunityInvalidParameter, error) {
	out := new(CommunityInvalidParameter)
	if err := community.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityInvalidPeriods represents a InvalidPeriods error raised by the Community contract.
type CommunityInvalidPeriods struct {
	Periods *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPeriods(uint256 periods, uint256 max)
func CommunityInvalidPeriodsErrorID() common.Hash {
	return common.HexToHash("0x8d0b1fc7325342be4ddb0681fff4adab1e7e08f1f6bfa55a2d8ce073b9cf2880")
}

// UnpackInvalidPeriodsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPeriods(uint256 periods, uint256 max)
func (community *Community) UnpackInvalidPeriodsError(raw []byte) (*CommunityInvalidPeriods, error) {
	out := new(CommunityInvalidPeriods)
	if err := community.abi.UnpackIntoInterface(out, "InvalidPeriods", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityNotActive represents a NotActive error raised by the Community contract.
type CommunityNotActive struct {
	Member       common.Address
	CoveredUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotActive(address member, uint64 coveredUntil)
func CommunityNotActiveErrorID() common.Hash {
	return common.HexToHash("0xbcbd8820b63ce017954d6b4fedf43353da302ddef5aa1eeb46575a665080a87d")
}

// UnpackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotActive(address member, uint64 coveredUntil)
func (community *Community) UnpackNotActiveError(raw []byte) (*CommunityNotActive, error) {
	out := new(CommunityNotActive)
	if err := community.abi.UnpackIntoInterface(out, "NotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityNothingOwed represents a NothingOwed error raised by the Community contract.
type CommunityNothingOwed struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingOwed(address member)
func CommunityNothingOwedErrorID() common.Hash {
	return common.HexToHash("0x751b0fdaa408a0c7537afaf0af96a92598192bff093a0ad0f684a7c83bc223c9")
}

// UnpackNothingOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingOwed(address member)
func (community *Community) UnpackNothingOwedError(raw []byte) (*CommunityNothingOwed, error) {
	out := new(CommunityNothingOwed)
	if err := community.abi.UnpackIntoInterface(out, "NothingOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityPoolInsufficient represents a PoolInsufficient error raised by the Community contract.
type CommunityPoolInsufficient struct {
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolInsufficient(uint256 available, uint256 needed)
func CommunityPoolInsufficientErrorID() common.Hash {
	return common.HexToHash("0xc31d5cdaa71940b7a2c927ff8611f66314d262ad54d278b135a3e56ff2454e9e")
}

// UnpackPoolInsufficientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolInsufficient(uint256 available, uint256 needed)
func (community *Community) UnpackPoolInsufficientError(raw []byte) (*CommunityPoolInsufficient, error) {
	out := new(CommunityPoolInsufficient)
	if err := community.abi.UnpackIntoInterface(out, "PoolInsufficient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Community contract.
type CommunityReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func CommunityReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (community *Community) UnpackReentrancyGuardReentrantCallError(raw []byte) (*CommunityReentrancyGuardReentrantCall, error) {
	out := new(CommunityReentrancyGuardReentrantCall)
	if err := community.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunitySafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Community contract.
type CommunitySafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func CommunitySafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (community *Community) UnpackSafeERC20FailedOperationError(raw []byte) (*CommunitySafeERC20FailedOperation, error) {
	out := new(CommunitySafeERC20FailedOperation)
	if err := community.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTransferStarved represents a TransferStarved error raised by the Community contract.
type CommunityTransferStarved struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferStarved()
func CommunityTransferStarvedErrorID() common.Hash {
	return common.HexToHash("0x4866b797f328649d1fff39579c7c02e04851e6cd7312a055f2e15d1f40aed7ff")
}

// UnpackTransferStarvedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferStarved()
func (community *Community) UnpackTransferStarvedError(raw []byte) (*CommunityTransferStarved, error) {
	out := new(CommunityTransferStarved)
	if err := community.abi.UnpackIntoInterface(out, "TransferStarved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityUnauthorized represents a Unauthorized error raised by the Community contract.
type CommunityUnauthorized struct {
	Caller  common.Address
	Allowed common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller, address allowed)
func CommunityUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x295a81c15f8ed30f90d2dbdefc77f34f2603dc4ea3df178ac206913987b62f4b")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller, address allowed)
func (community *Community) UnpackUnauthorizedError(raw []byte) (*CommunityUnauthorized, error) {
	out := new(CommunityUnauthorized)
	if err := community.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityWaitingPeriod represents a WaitingPeriod error raised by the Community contract.
type CommunityWaitingPeriod struct {
	Member     common.Address
	EligibleAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WaitingPeriod(address member, uint64 eligibleAt)
func CommunityWaitingPeriodErrorID() common.Hash {
	return common.HexToHash("0x4834f8289f25d53abd2242bf77ccc27450ccaa212b545af637940952dc1770a8")
}

// UnpackWaitingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WaitingPeriod(address member, uint64 eligibleAt)
func (community *Community) UnpackWaitingPeriodError(raw []byte) (*CommunityWaitingPeriod, error) {
	out := new(CommunityWaitingPeriod)
	if err := community.abi.UnpackIntoInterface(out, "WaitingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityZeroAmount represents a ZeroAmount error raised by the Community contract.
type CommunityZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func CommunityZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (community *Community) UnpackZeroAmountError(raw []byte) (*CommunityZeroAmount, error) {
	out := new(CommunityZeroAmount)
	if err := community.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityZeroMember represents a ZeroMember error raised by the Community contract.
type CommunityZeroMember struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMember()
func CommunityZeroMemberErrorID() common.Hash {
	return common.HexToHash("0x7553caa6a7b0ddb1dba7e7fe0e24456b98ff20955606dbf7fd658e4702c19fee")
}

// UnpackZeroMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMember()
func (community *Community) UnpackZeroMemberError(raw []byte) (*CommunityZeroMember, error) {
	out := new(CommunityZeroMember)
	if err := community.abi.UnpackIntoInterface(out, "ZeroMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinMetaData contains all meta data concerning the KangbaoCoin contract.
var KangbaoCoinMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "d7bee095f008483b6cc6b4e1e6dedfd33f",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161169a38038061169a83398101604081905261002f91610280565b806040518060400160405280600c81526020016b25b0b733b130b79021b7b4b760a11b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600c81526020016b25b0b733b130b79021b7b4b760a11b815250604051806040016040528060038152602001624b424360e81b81525081600390816100c09190610345565b5060046100cd8282610345565b506100dd915083905060056101c0565b610120526100ec8160066101c0565b61014052815160208084019190912060e052815190820120610100524660a05261017860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b0381166101b057604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101b9816101f2565b5050610457565b5f6020835110156101db576101d483610243565b90506101ec565b816101e68482610345565b5060ff90505b92915050565b600880546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f5f829050601f8151111561026d578260405163305a27a960e01b81526004016101a791906103ff565b805161027882610434565b179392505050565b5f60208284031215610290575f5ffd5b81516001600160a01b03811681146102a6575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102d557607f821691505b6020821081036102f357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561034057805f5260205f20601f840160051c8101602085101561031e5750805b601f840160051c820191505b8181101561033d575f815560010161032a565b50505b505050565b81516001600160401b0381111561035e5761035e6102ad565b6103728161036c84546102c1565b846102f9565b6020601f8211600181146103a4575f831561038d5750848201515b5f19600385901b1c1916600184901b17845561033d565b5f84815260208120601f198516915b828110156103d357878501518255602094850194600190920191016103b3565b50848210156103f057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102f3575f1960209190910360031b1b16919050565b60805160a05160c05160e0516101005161012051610140516111f26104a85f395f61095701525f61092a01525f6107f001525f6107c801525f61072301525f61074d01525f61077701526111f25ff3fe608060405234801561000f575f5ffd5b5060043610610115575f3560e01c8063715018a6116100ad57806395d89b411161007d578063d505accf11610063578063d505accf1461023f578063dd62ed3e14610252578063f2fde38b1461028a575f5ffd5b806395d89b4114610224578063a9059cbb1461022c575f5ffd5b8063715018a6146101d35780637ecebe00146101db57806384b0196e146101ee5780638da5cb5b14610209575f5ffd5b8063313ce567116100e8578063313ce5671461017f5780633644e5151461018e57806340c10f191461019657806370a08231146101ab575f5ffd5b806306fdde0314610119578063095ea7b31461013757806318160ddd1461015a57806323b872dd1461016c575b5f5ffd5b61012161029d565b60405161012e9190610f52565b60405180910390f35b61014a610145366004610f86565b61032d565b604051901515815260200161012e565b6002545b60405190815260200161012e565b61014a61017a366004610fae565b610346565b6040516012815260200161012e565b61015e610369565b6101a96101a4366004610f86565b610377565b005b61015e6101b9366004610fe8565b6001600160a01b03165f9081526020819052604090205490565b6101a961038d565b61015e6101e9366004610fe8565b6103a0565b6101f66103bd565b60405161012e9796959493929190611001565b6008546040516001600160a01b03909116815260200161012e565b61012161041b565b61014a61023a366004610f86565b61042a565b6101a961024d3660046110b3565b610437565b61015e610260366004611120565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101a9610298366004610fe8565b6105a4565b6060600380546102ac90611151565b80601f01602080910402602001604051908101604052809291908181526020018280546102d890611151565b80156103235780601f106102fa57610100808354040283529160200191610323565b820191905f5260205f20905b81548152906001019060200180831161030657829003601f168201915b5050505050905090565b5f3361033a8185856105fa565b60019150505b92915050565b5f3361035385828561060c565b61035e8585856106a1565b506001949350505050565b5f610372610717565b905090565b61037f610840565b6103898282610886565b5050565b610395610840565b61039e5f6108ba565b565b6001600160a01b0381165f90815260076020526040812054610340565b5f6060805f5f5f60606103ce610923565b6103d6610950565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6060600480546102ac90611151565b5f3361033a8185856106a1565b83421115610479576040517f62791302000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886104c48c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61051e8261097d565b90505f61052d828787876109c4565b9050896001600160a01b0316816001600160a01b03161461058d576040517f4b800e460000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301528b166024820152604401610470565b6105988a8a8a6105fa565b50505050505050505050565b6105ac610840565b6001600160a01b0381166105ee576040517f1e4fbdf70000000000000000000000000000000000000000000000000000000081525f6004820152602401610470565b6105f7816108ba565b50565b61060783838360016109f0565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561069b578181101561068d576040517ffb8f41b20000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024810182905260448101839052606401610470565b61069b84848484035f6109f0565b50505050565b6001600160a01b0383166106e3576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610470565b6001600160a01b03821661070c5760405163ec442f0560e01b81525f6004820152602401610470565b610607838383610af4565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561076f57507f000000000000000000000000000000000000000000000000000000000000000046145b1561079957507f000000000000000000000000000000000000000000000000000000000000000090565b610372604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6008546001600160a01b0316331461039e576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610470565b6001600160a01b0382166108af5760405163ec442f0560e01b81525f6004820152602401610470565b6103895f8383610af4565b600880546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60606103727f00000000000000000000000000000000000000000000000000000000000000006005610c33565b60606103727f00000000000000000000000000000000000000000000000000000000000000006006610c33565b5f610340610989610717565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f5f6109d488888888610cdc565b9250925092506109e48282610da4565b50909695505050505050565b6001600160a01b038416610a32576040517fe602df050000000000000000000000000000000000000000000000000000000081525f6004820152602401610470565b6001600160a01b038316610a74576040517f94280d620000000000000000000000000000000000000000000000000000000081525f6004820152602401610470565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561069b57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610ae691815260200190565b60405180910390a350505050565b6001600160a01b038316610b1e578060025f828254610b139190611189565b90915550610ba79050565b6001600160a01b0383165f9081526020819052604090205481811015610b89576040517fe450d38c0000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024810182905260448101839052606401610470565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610bc357600280548290039055610be1565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610c2691815260200190565b60405180910390a3505050565b606060ff8314610c4d57610c4683610ea7565b9050610340565b818054610c5990611151565b80601f0160208091040260200160405190810160405280929190818152602001828054610c8590611151565b8015610cd05780601f10610ca757610100808354040283529160200191610cd0565b820191905f5260205f20905b815481529060010190602001808311610cb357829003601f168201915b50505050509050610340565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610d1557505f91506003905082610d9a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610d66573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610d9157505f925060019150829050610d9a565b92505f91508190505b9450945094915050565b5f826003811115610db757610db76111a8565b03610dc0575050565b6001826003811115610dd457610dd46111a8565b03610e0b576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002826003811115610e1f57610e1f6111a8565b03610e59576040517ffce698f700000000000000000000000000000000000000000000000000000000815260048101829052602401610470565b6003826003811115610e6d57610e6d6111a8565b03610389576040517fd78bce0c00000000000000000000000000000000000000000000000000000000815260048101829052602401610470565b60605f610eb383610ee4565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f811115610340576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610f646020830184610f24565b9392505050565b80356001600160a01b0381168114610f81575f5ffd5b919050565b5f5f60408385031215610f97575f5ffd5b610fa083610f6b565b946020939093013593505050565b5f5f5f60608486031215610fc0575f5ffd5b610fc984610f6b565b9250610fd760208501610f6b565b929592945050506040919091013590565b5f60208284031215610ff8575f5ffd5b610f6482610f6b565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61103b60e0830189610f24565b828103604084015261104d8189610f24565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156110a2578351835260209384019390920191600101611084565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a0312156110c9575f5ffd5b6110d288610f6b565b96506110e060208901610f6b565b95506040880135945060608801359350608088013560ff81168114611103575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611131575f5ffd5b61113a83610f6b565b915061114860208401610f6b565b90509250929050565b600181811c9082168061116557607f821691505b60208210810361118357634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561034057634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea26469706673582212200390fde760388fbe3691da7ae5bbfedeeaf0f72d22993587a02ef85b44760ff064736f6c634300081e0033",
}

// KangbaoCoin is an auto generated Go binding around an Ethereum contract.
type KangbaoCoin struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KangbaoCoin) GetABI() abi.ABI {
	return c.abi
}

// NewKangbaoCoin creates a new instance of KangbaoCoin.
func NewKangbaoCoin() *KangbaoCoin {
	parsed, err := KangbaoCoinMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KangbaoCoin{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KangbaoCoin) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (kangbaoCoin *KangbaoCoin) PackConstructor(owner_ common.Address) []byte {
	enc, err := kangbaoCoin.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kangbaoCoin *KangbaoCoin) PackDOMAINSEPARATOR() []byte {
	enc, err := kangbaoCoin.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kangbaoCoin *KangbaoCoin) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return kangbaoCoin.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kangbaoCoin *KangbaoCoin) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := kangbaoCoin.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kangbaoCoin *KangbaoCoin) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := kangbaoCoin.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kangbaoCoin *KangbaoCoin) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return kangbaoCoin.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kangbaoCoin *KangbaoCoin) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := kangbaoCoin.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kangbaoCoin *KangbaoCoin) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := kangbaoCoin.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kangbaoCoin *KangbaoCoin) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return kangbaoCoin.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kangbaoCoin *KangbaoCoin) UnpackApprove(data []byte) (bool, error) {
	out, err := kangbaoCoin.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kangbaoCoin *KangbaoCoin) PackBalanceOf(account common.Address) []byte {
	enc, err := kangbaoCoin.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kangbaoCoin *KangbaoCoin) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return kangbaoCoin.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kangbaoCoin *KangbaoCoin) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := kangbaoCoin.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (kangbaoCoin *KangbaoCoin) PackDecimals() []byte {
	enc, err := kangbaoCoin.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (kangbaoCoin *KangbaoCoin) TryPackDecimals() ([]byte, error) {
	return kangbaoCoin.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (kangbaoCoin *KangbaoCoin) UnpackDecimals(data []byte) (uint8, error) {
	out, err := kangbaoCoin.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kangbaoCoin *KangbaoCoin) PackEip712Domain() []byte {
	enc, err := kangbaoCoin.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kangbaoCoin *KangbaoCoin) TryPackEip712Domain() ([]byte, error) {
	return kangbaoCoin.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kangbaoCoin *KangbaoCoin) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := kangbaoCoin.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (kangbaoCoin *KangbaoCoin) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := kangbaoCoin.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (kangbaoCoin *KangbaoCoin) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return kangbaoCoin.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (kangbaoCoin *KangbaoCoin) PackName() []byte {
	enc, err := kangbaoCoin.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (kangbaoCoin *KangbaoCoin) TryPackName() ([]byte, error) {
	return kangbaoCoin.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (kangbaoCoin *KangbaoCoin) UnpackName(data []byte) (string, error) {
	out, err := kangbaoCoin.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kangbaoCoin *KangbaoCoin) PackNonces(owner common.Address) []byte {
	enc, err := kangbaoCoin.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kangbaoCoin *KangbaoCoin) TryPackNonces(owner common.Address) ([]byte, error) {
	return kangbaoCoin.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kangbaoCoin *KangbaoCoin) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := kangbaoCoin.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (kangbaoCoin *KangbaoCoin) PackOwner() []byte {
	enc, err := kangbaoCoin.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (kangbaoCoin *KangbaoCoin) TryPackOwner() ([]byte, error) {
	return kangbaoCoin.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (kangbaoCoin *KangbaoCoin) UnpackOwner(data []byte) (common.Address, error) {
	out, err := kangbaoCoin.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kangbaoCoin *KangbaoCoin) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kangbaoCoin.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kangbaoCoin *KangbaoCoin) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kangbaoCoin.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (kangbaoCoin *KangbaoCoin) PackRenounceOwnership() []byte {
	enc, err := kangbaoCoin.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (kangbaoCoin *KangbaoCoin) TryPackRenounceOwnership() ([]byte, error) {
	return kangbaoCoin.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (kangbaoCoin *KangbaoCoin) PackSymbol() []byte {
	enc, err := kangbaoCoin.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (kangbaoCoin *KangbaoCoin) TryPackSymbol() ([]byte, error) {
	return kangbaoCoin.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (kangbaoCoin *KangbaoCoin) UnpackSymbol(data []byte) (string, error) {
	out, err := kangbaoCoin.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (kangbaoCoin *KangbaoCoin) PackTotalSupply() []byte {
	enc, err := kangbaoCoin.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (kangbaoCoin *KangbaoCoin) TryPackTotalSupply() ([]byte, error) {
	return kangbaoCoin.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (kangbaoCoin *KangbaoCoin) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := kangbaoCoin.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kangbaoCoin *KangbaoCoin) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := kangbaoCoin.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kangbaoCoin *KangbaoCoin) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return kangbaoCoin.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kangbaoCoin *KangbaoCoin) UnpackTransfer(data []byte) (bool, error) {
	out, err := kangbaoCoin.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kangbaoCoin *KangbaoCoin) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := kangbaoCoin.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kangbaoCoin *KangbaoCoin) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return kangbaoCoin.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kangbaoCoin *KangbaoCoin) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := kangbaoCoin.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (kangbaoCoin *KangbaoCoin) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := kangbaoCoin.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (kangbaoCoin *KangbaoCoin) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return kangbaoCoin.abi.Pack("transferOwnership", newOwner)
}

// KangbaoCoinApproval represents a Approval event raised by the KangbaoCoin contract.
type KangbaoCoinApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const KangbaoCoinApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (KangbaoCoinApproval) ContractEventName() string {
	return KangbaoCoinApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (kangbaoCoin *KangbaoCoin) UnpackApprovalEvent(log *types.Log) (*KangbaoCoinApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kangbaoCoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KangbaoCoinApproval)
	if len(log.Data) > 0 {
		if err := kangbaoCoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kangbaoCoin.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KangbaoCoinEIP712DomainChanged represents a EIP712DomainChanged event raised by the KangbaoCoin contract.
type KangbaoCoinEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const KangbaoCoinEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (KangbaoCoinEIP712DomainChanged) ContractEventName() string {
	return KangbaoCoinEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (kangbaoCoin *KangbaoCoin) UnpackEIP712DomainChangedEvent(log *types.Log) (*KangbaoCoinEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kangbaoCoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KangbaoCoinEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := kangbaoCoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kangbaoCoin.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KangbaoCoinOwnershipTransferred represents a OwnershipTransferred event raised by the KangbaoCoin contract.
type KangbaoCoinOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const KangbaoCoinOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (KangbaoCoinOwnershipTransferred) ContractEventName() string {
	return KangbaoCoinOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (kangbaoCoin *KangbaoCoin) UnpackOwnershipTransferredEvent(log *types.Log) (*KangbaoCoinOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kangbaoCoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KangbaoCoinOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := kangbaoCoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kangbaoCoin.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KangbaoCoinTransfer represents a Transfer event raised by the KangbaoCoin contract.
type KangbaoCoinTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const KangbaoCoinTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (KangbaoCoinTransfer) ContractEventName() string {
	return KangbaoCoinTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (kangbaoCoin *KangbaoCoin) UnpackTransferEvent(log *types.Log) (*KangbaoCoinTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kangbaoCoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KangbaoCoinTransfer)
	if len(log.Data) > 0 {
		if err := kangbaoCoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kangbaoCoin.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (kangbaoCoin *KangbaoCoin) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], kangbaoCoin.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return kangbaoCoin.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KangbaoCoinECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the KangbaoCoin contract.
type KangbaoCoinECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func KangbaoCoinECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (kangbaoCoin *KangbaoCoin) UnpackECDSAInvalidSignatureError(raw []byte) (*KangbaoCoinECDSAInvalidSignature, error) {
	out := new(KangbaoCoinECDSAInvalidSignature)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the KangbaoCoin contract.
type KangbaoCoinECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func KangbaoCoinECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (kangbaoCoin *KangbaoCoin) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*KangbaoCoinECDSAInvalidSignatureLength, error) {
	out := new(KangbaoCoinECDSAInvalidSignatureLength)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the KangbaoCoin contract.
type KangbaoCoinECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func KangbaoCoinECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (kangbaoCoin *KangbaoCoin) UnpackECDSAInvalidSignatureSError(raw []byte) (*KangbaoCoinECDSAInvalidSignatureS, error) {
	out := new(KangbaoCoinECDSAInvalidSignatureS)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the KangbaoCoin contract.
type KangbaoCoinERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func KangbaoCoinERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (kangbaoCoin *KangbaoCoin) UnpackERC20InsufficientAllowanceError(raw []byte) (*KangbaoCoinERC20InsufficientAllowance, error) {
	out := new(KangbaoCoinERC20InsufficientAllowance)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the KangbaoCoin contract.
type KangbaoCoinERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func KangbaoCoinERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (kangbaoCoin *KangbaoCoin) UnpackERC20InsufficientBalanceError(raw []byte) (*KangbaoCoinERC20InsufficientBalance, error) {
	out := new(KangbaoCoinERC20InsufficientBalance)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinERC20InvalidApprover represents a ERC20InvalidApprover error raised by the KangbaoCoin contract.
type KangbaoCoinERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func KangbaoCoinERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (kangbaoCoin *KangbaoCoin) UnpackERC20InvalidApproverError(raw []byte) (*KangbaoCoinERC20InvalidApprover, error) {
	out := new(KangbaoCoinERC20InvalidApprover)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the KangbaoCoin contract.
type KangbaoCoinERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func KangbaoCoinERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (kangbaoCoin *KangbaoCoin) UnpackERC20InvalidReceiverError(raw []byte) (*KangbaoCoinERC20InvalidReceiver, error) {
	out := new(KangbaoCoinERC20InvalidReceiver)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinERC20InvalidSender represents a ERC20InvalidSender error raised by the KangbaoCoin contract.
type KangbaoCoinERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func KangbaoCoinERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (kangbaoCoin *KangbaoCoin) UnpackERC20InvalidSenderError(raw []byte) (*KangbaoCoinERC20InvalidSender, error) {
	out := new(KangbaoCoinERC20InvalidSender)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinERC20InvalidSpender represents a ERC20InvalidSpender error raised by the KangbaoCoin contract.
type KangbaoCoinERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func KangbaoCoinERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (kangbaoCoin *KangbaoCoin) UnpackERC20InvalidSpenderError(raw []byte) (*KangbaoCoinERC20InvalidSpender, error) {
	out := new(KangbaoCoinERC20InvalidSpender)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the KangbaoCoin contract.
type KangbaoCoinERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func KangbaoCoinERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (kangbaoCoin *KangbaoCoin) UnpackERC2612ExpiredSignatureError(raw []byte) (*KangbaoCoinERC2612ExpiredSignature, error) {
	out := new(KangbaoCoinERC2612ExpiredSignature)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the KangbaoCoin contract.
type KangbaoCoinERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func KangbaoCoinERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (kangbaoCoin *KangbaoCoin) UnpackERC2612InvalidSignerError(raw []byte) (*KangbaoCoinERC2612InvalidSigner, error) {
	out := new(KangbaoCoinERC2612InvalidSigner)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinInvalidAccountNonce represents a InvalidAccountNonce error raised by the KangbaoCoin contract.
type KangbaoCoinInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func KangbaoCoinInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (kangbaoCoin *KangbaoCoin) UnpackInvalidAccountNonceError(raw []byte) (*KangbaoCoinInvalidAccountNonce, error) {
	out := new(KangbaoCoinInvalidAccountNonce)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinInvalidShortString represents a InvalidShortString error raised by the KangbaoCoin contract.
type KangbaoCoinInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func KangbaoCoinInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (kangbaoCoin *KangbaoCoin) UnpackInvalidShortStringError(raw []byte) (*KangbaoCoinInvalidShortString, error) {
	out := new(KangbaoCoinInvalidShortString)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the KangbaoCoin contract.
type KangbaoCoinOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func KangbaoCoinOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (kangbaoCoin *KangbaoCoin) UnpackOwnableInvalidOwnerError(raw []byte) (*KangbaoCoinOwnableInvalidOwner, error) {
	out := new(KangbaoCoinOwnableInvalidOwner)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the KangbaoCoin contract.
type KangbaoCoinOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func KangbaoCoinOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (kangbaoCoin *KangbaoCoin) UnpackOwnableUnauthorizedAccountError(raw []byte) (*KangbaoCoinOwnableUnauthorizedAccount, error) {
	out := new(KangbaoCoinOwnableUnauthorizedAccount)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KangbaoCoinStringTooLong represents a StringTooLong error raised by the KangbaoCoin contract.
type KangbaoCoinStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func KangbaoCoinStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (kangbaoCoin *KangbaoCoin) UnpackStringTooLongError(raw []byte) (*KangbaoCoinStringTooLong, error) {
	out := new(KangbaoCoinStringTooLong)
	if err := kangbaoCoin.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryMetaData contains all meta data concerning the Registry contract.
var RegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dues\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"waitingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPayout\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"seats\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"term\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"votingWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"noticeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"recallSignatures\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"outflowBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"minBallots\",\"type\":\"uint16\"},{\"internalType\":\"address[]\",\"name\":\"notaries\",\"type\":\"address[]\"},{\"internalType\":\"string[]\",\"name\":\"categories\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"acceptedTypes\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"currency\",\"type\":\"string\"}],\"internalType\":\"structParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"claims\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"internalType\":\"structParts\",\"name\":\"wired\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"BoardRecalled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"Calldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"FounderPowersEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"issHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"}],\"name\":\"IssTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"issHash\",\"type\":\"bytes32\"}],\"name\":\"IssuerIss\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"}],\"name\":\"IssuerKeyBound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"IssuerUnchanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"}],\"name\":\"IssuerVoteRepeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"trustedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastApprovedAt\",\"type\":\"uint64\"}],\"name\":\"KeyMayBeUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"}],\"name\":\"KeyNotBound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"}],\"name\":\"KeyTrusted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotFounderOrNotary\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroIssuer\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"issHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"iss\",\"type\":\"string\"}],\"name\":\"IssuerBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"IssuerKeyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"IssuerKeyUnbound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"}],\"name\":\"IssuerKeyVote\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ISS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_DISTRUST\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_TRUST\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_UNBIND\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"board\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claims\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"community\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"}],\"name\":\"distrustKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"founder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"issOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"}],\"name\":\"issuerKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"issuerOfIss\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"}],\"name\":\"keyOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"},{\"internalType\":\"uint40\",\"name\":\"trustedAt\",\"type\":\"uint40\"}],\"internalType\":\"structRegistry.Key\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paramsHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parts\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"claims\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"internalType\":\"structParts\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"iss\",\"type\":\"string\"}],\"name\":\"trustKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"}],\"name\":\"unbindKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "4c347eb73970d7ec769543769c0bfc3a9f",
	Bin: "0x610160604052348015610010575f5ffd5b50604051611d8c380380611d8c83398101604081905261002f9161035e565b80516001600160a01b03908116608052602080830151821660a052604080840151831660c052606084015190921660e0529051829184916100729183910161062c565b60408051601f19818403018152919052805160209091012061010052505033610120525060e0015160ff16610140526107dc565b634e487b7160e01b5f52604160045260245ffd5b60405161026081016001600160401b03811182821017156100dd576100dd6100a6565b60405290565b604051601f8201601f191681016001600160401b038111828210171561010b5761010b6100a6565b604052919050565b80516001600160a01b0381168114610129575f5ffd5b919050565b80516001600160401b0381168114610129575f5ffd5b805160ff81168114610129575f5ffd5b805161ffff81168114610129575f5ffd5b5f6001600160401b0382111561017d5761017d6100a6565b5060051b60200190565b5f82601f830112610196575f5ffd5b81516101a96101a482610165565b6100e3565b8082825260208201915060208360051b8601019250858311156101ca575f5ffd5b602085015b838110156101ee576101e081610113565b8352602092830192016101cf565b5095945050505050565b5f82601f830112610207575f5ffd5b81516001600160401b03811115610220576102206100a6565b610233601f8201601f19166020016100e3565b818152846020838601011115610247575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f82601f830112610272575f5ffd5b81516102806101a482610165565b8082825260208201915060208360051b8601019250858311156102a1575f5ffd5b602085015b838110156101ee5780516001600160401b038111156102c3575f5ffd5b6102d2886020838a01016101f8565b845250602092830192016102a6565b5f608082840312156102f1575f5ffd5b604051608081016001600160401b0381118282101715610313576103136100a6565b60405290508061032283610113565b815261033060208401610113565b602082015261034160408401610113565b604082015261035260608401610113565b60608201525092915050565b5f5f60a0838503121561036f575f5ffd5b82516001600160401b03811115610384575f5ffd5b83016102608186031215610396575f5ffd5b61039e6100ba565b6103a782610113565b8152602082810151908201526103bf6040830161012e565b60408201526103d06060830161012e565b60608201526103e16080830161012e565b608082015260a082810151908201526103fc60c08301610144565b60c082015261040d60e08301610144565b60e082015261041f610100830161012e565b610100820152610432610120830161012e565b610120820152610445610140830161012e565b610140820152610458610160830161012e565b61016082015261046b6101808301610154565b61018082015261047e6101a08301610154565b6101a08201526104916101c08301610154565b6101c08201526101e08201516001600160401b038111156104b0575f5ffd5b6104bc87828501610187565b6101e0830152506102008201516001600160401b038111156104dc575f5ffd5b6104e887828501610263565b610200830152506102208201516001600160401b03811115610508575f5ffd5b61051487828501610263565b610220830152506102408201516001600160401b03811115610534575f5ffd5b610540878285016101f8565b610240830152509250610558905084602085016102e1565b90509250929050565b5f8151808452602084019350602083015f5b8281101561059a5781516001600160a01b0316865260209586019590910190600101610573565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561062057601f1985840301885261060a8383516105a4565b60209889019890935091909101906001016105ee565b50909695505050505050565b602081526106466020820183516001600160a01b03169052565b602082015160408201525f604083015161066b60608401826001600160401b03169052565b5060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a083015160c083015260c08301516106b460e084018260ff169052565b5060e083015160ff8116610100840152506101008301516001600160401b038116610120840152506101208301516001600160401b038116610140840152506101408301516001600160401b038116610160840152506101608301516001600160401b0381166101808401525061018083015161ffff81166101a0840152506101a083015161ffff81166101c0840152506101c083015161ffff81166101e0840152506101e0830151610260610200840152610774610280840182610561565b9050610200840151601f198483030161022085015261079382826105d2565b915050610220840151601f19848303016102408501526107b382826105d2565b915050610240840151601f19848303016102608501526107d382826105a4565b95945050505050565b60805160a05160c05160e0516101005161012051610140516115196108735f395f818161015201526111e501525f81816101bd01528181610ec30152610fce01525f61025201525f818161020401526103d701525f81816103a8015281816104bd0152610a5501525f818161022b0152818161037901528181610e380152610f4b01525f818161034a015261049601526115195ff3fe608060405234801561000f575f5ffd5b5060043610610149575f3560e01c8063b04d18f5116100c7578063c823db271161007d578063dcc59b6f11610063578063dcc59b6f146104b8578063df78bce2146104df578063f32c392b1461056e575f5ffd5b8063c823db271461047e578063dc1fb5a514610491575f5ffd5b8063b47e9c79116100ad578063b47e9c7914610317578063b4c4997e14610462578063bf757c4614610475575f5ffd5b8063b04d18f5146102f0578063b2b228751461030f575f5ffd5b80637b1039991161011c57806386a426631161010257806386a426631461024d5780638f9a8081146102745780639a4d848e146102db575f5ffd5b80637b103999146101ff5780637cd3229a14610226575f5ffd5b80631703a0181461014d578063242411811461018b5780634d853ee5146101b857806353a9599f146101f7575b5f5ffd5b6101747f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020015b60405180910390f35b6101aa6101993660046112af565b60016020525f908152604090205481565b604051908152602001610182565b6101df7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610182565b610174600181565b6101df7f000000000000000000000000000000000000000000000000000000000000000081565b6101df7f000000000000000000000000000000000000000000000000000000000000000081565b6101aa7f000000000000000000000000000000000000000000000000000000000000000081565b6102c66102823660046112af565b5f90815260208181526040918290208251606081018452815480825260019092015460ff81161515938201849052610100900464ffffffffff169301929092529091565b60408051928352901515602083015201610182565b6102ee6102e93660046112c6565b610576565b005b6101aa6102fe3660046112af565b60026020525f908152604090205481565b610174600281565b610407604080516080810182525f80825260208201819052918101829052606081019190915260405180608001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b60405161018291905f6080820190506001600160a01b0383511682526001600160a01b0360208401511660208301526001600160a01b0360408401511660408301526001600160a01b03606084015116606083015292915050565b6102ee6104703660046112af565b610994565b6101aa61010081565b6102ee61048c3660046112af565b610bf6565b6101df7f000000000000000000000000000000000000000000000000000000000000000081565b6101df7f000000000000000000000000000000000000000000000000000000000000000081565b6105436104ed3660046112af565b60408051606080820183525f80835260208084018290529284018190529384528382529282902082519384018352805484526001015460ff8116151591840191909152610100900464ffffffffff169082015290565b60408051825181526020808401511515908201529181015164ffffffffff1690820152606001610182565b610174600381565b6105836003600283610d3a565b836105ba576040517f2a41aa5700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8261060d576040516305519d6f60e51b815260206004820152600a60248201527f7468756d627072696e740000000000000000000000000000000000000000000060448201526064015b60405180910390fd5b80158061061b575061010081115b15610669576040516305519d6f60e51b815260206004820152600360248201527f69737300000000000000000000000000000000000000000000000000000000006044820152606401610604565b5f828260405161067a929190611342565b60408051918290039091205f8181526001602052919091205490915080158015906106a55750858114155b156106e6576040517f172a1a250000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610604565b5f8681526002602052604090205480158015906107035750828114155b15610744576040517f1f466ba30000000000000000000000000000000000000000000000000000000081526004810188905260248101829052604401610604565b5f86815260208181526040918290208251606081018452815480825260019092015460ff811615159382019390935261010090920464ffffffffff16928201929092529015801590610797575080518814155b156107db5780516040517fcd1362f4000000000000000000000000000000000000000000000000000000008152610604918991600401918252602082015260400190565b80602001511561080857604051633fefadfd60e01b81526004810188905260016024820152604401610604565b6108156001898987610e34565b610822575050505061098e565b82610886575f8481526001602090815260408083208b90558a835260029091529081902085905551849089907ffe8943397979d17acd1a9f586c3b1009980d0c2147eaec14fb99dd117966ee469061087d908a908a90611351565b60405180910390a35b87815260016020820152604081015164ffffffffff165f036108b05764ffffffffff421660408201525b5f878152602081815260408083208451815582850151600191820180548488015164ffffffffff166101000265ffffffffff00199315159390931665ffffffffffff19909116179190911790556004909252822080549192909161091b90849063ffffffff166113ac565b92506101000a81548163ffffffff021916908363ffffffff16021790555086887f5cf2d9bb4edf3e4bad0d94013fba5f405367941b957690ebb1482c5e08dafcfc60013360405161098192919091151582526001600160a01b0316602082015260400190565b60405180910390a3505050505b50505050565b61099e6024611254565b5f81815260208181526040918290208251606081018452815480825260019092015460ff811615159382019390935261010090920464ffffffffff169282019290925290610a0257604051638dd5caf360e01b815260048101839052602401610604565b806020015115610a41576040517f265b429600000000000000000000000000000000000000000000000000000000815260048101839052602401610604565b604081015164ffffffffff1615610b40575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636aedd94b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610aaf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ad391906113e2565b9050816040015164ffffffffff168164ffffffffff1610610b3e5760408083015190517feb1c98d30000000000000000000000000000000000000000000000000000000081526004810185905264ffffffffff91821660248201529082166044820152606401610604565b505b8051610b5090600390845f610e34565b610b58575050565b5f828152602081815260408083208381556001908101805465ffffffffffff1916905560049092528220805491929091610b9990849063ffffffff166113ac565b825463ffffffff9182166101009390930a92830291909202199091161790555080516040513381528391907ffdfcfc19eab41b153795b7a4dd31a3d5e67061ee76aa02183aa44b8afa732dab906020015b60405180910390a35050565b610c006024611254565b5f81815260208181526040918290208251606081018452815480825260019092015460ff811615159382019390935261010090920464ffffffffff169282019290925290610c6457604051638dd5caf360e01b815260048101839052602401610604565b8060200151610c8f57604051633fefadfd60e01b8152600481018390525f6024820152604401610604565b8051610c9f90600290845f610e34565b610ca7575050565b5f828152602081815260408083206001908101805460ff1916905560049092528220805491929091610ce090849063ffffffff166113ac565b825463ffffffff9182166101009390930a9283029190920219909116179055508051604080515f81523360208201528492917f5cf2d9bb4edf3e4bad0d94013fba5f405367941b957690ebb1482c5e08dafcfc9101610bea565b5f601f19610d4983601f611402565b1690505f81610d59866020611415565b610d64906004611402565b610d6f906020611402565b610d799190611402565b90506020848102600401359036601f19013590610d97908890611415565b82141580610da55750368314155b15610dcc57604051634ea912c560e11b815236600482015260248101849052604401610604565b5f610dd7868661142c565b90508015801590610e0357506001610df0826008611415565b6001901b610dfe919061142c565b821615155b15610e2a57604051634ea912c560e11b815236600482015260248101859052604401610604565b5050505050505050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c48c73426040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e92573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610eb69190611452565b9050336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610ef4575063ffffffff8116155b15610f0357600191505061124c565b6040517f1b35610f00000000000000000000000000000000000000000000000000000000815263ffffffff821660048201523360248201525f90819081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631b35610f90604401606060405180830381865afa158015610f90573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fb4919061146b565b9250925092508260ff165f03611062576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361102e576040517fa74effb500000000000000000000000000000000000000000000000000000000815263ffffffff85166004820152602401610604565b6040517f2ce8c4d4000000000000000000000000000000000000000000000000000000008152336004820152602401610604565b64ffffffffff8116156110a9576040517f233cc5bc00000000000000000000000000000000000000000000000000000000815263ffffffff85166004820152602401610604565b5f87815260046020908152604080832054815163ffffffff8981168286015260ff8f1682850152606082018e9052608082018d905260a082018c905291821660c0808301919091528351808303909101815260e0909101835280519084012080855260039093529083205491929116906111246001876114b2565b600160ff919091161b905081811663ffffffff1615611178576040517fc4400020000000000000000000000000000000000000000000000000000000008152600481018b9052336024820152604401610604565b908117905f61118e63ffffffff87851616611280565b90508a8c8e60ff167f31a3155bb9adbab94f69558800a278534af1320ff0e7149c034d24b538d7d45233856040516111db9291906001600160a01b03929092168252602082015260400190565b60405180910390a47f000000000000000000000000000000000000000000000000000000000000000060ff16811061121e5760019850505050505050505061124c565b50505f918252600360205260408220805463ffffffff191663ffffffff929092169190911790559450505050505b949350505050565b36811461127d57604051634ea912c560e11b815236600482015260248101829052604401610604565b50565b5f5b81156112aa5780611292816114cb565b91506112a1905060018361142c565b82169150611282565b919050565b5f602082840312156112bf575f5ffd5b5035919050565b5f5f5f5f606085870312156112d9575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156112fd575f5ffd5b8501601f8101871361130d575f5ffd5b803567ffffffffffffffff811115611323575f5ffd5b876020828401011115611334575f5ffd5b949793965060200194505050565b818382375f9101908152919050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b63ffffffff81811683821601908111156113c8576113c861137f565b92915050565b805164ffffffffff811681146112aa575f5ffd5b5f602082840312156113f2575f5ffd5b6113fb826113ce565b9392505050565b808201808211156113c8576113c861137f565b80820281158282048414176113c8576113c861137f565b818103818111156113c8576113c861137f565b805163ffffffff811681146112aa575f5ffd5b5f60208284031215611462575f5ffd5b6113fb8261143f565b5f5f5f6060848603121561147d575f5ffd5b835160ff8116811461148d575f5ffd5b925061149b6020850161143f565b91506114a9604085016113ce565b90509250925092565b60ff82811682821603908111156113c8576113c861137f565b5f600182016114dc576114dc61137f565b506001019056fea2646970667358221220b177958f0c1c857a3cf81a3b7a5134ffd7f4225c6c1f657043ed88fa3346970864736f6c634300081e0033",
}

// Registry is an auto generated Go binding around an Ethereum contract.
type Registry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Registry) GetABI() abi.ABI {
	return c.abi
}

// NewRegistry creates a new instance of Registry.
func NewRegistry() *Registry {
	parsed, err := RegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Registry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Registry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,uint64,uint16,uint16,uint16,address[],string[],string[],string) p, (address,address,address,address) wired) returns()
func (registry *Registry) PackConstructor(p Params, wired Parts) []byte {
	enc, err := registry.abi.Pack("", p, wired)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXISS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf757c46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ISS() view returns(uint256)
func (registry *Registry) PackMAXISS() []byte {
	enc, err := registry.abi.Pack("MAX_ISS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXISS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf757c46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ISS() view returns(uint256)
func (registry *Registry) TryPackMAXISS() ([]byte, error) {
	return registry.abi.Pack("MAX_ISS")
}

// UnpackMAXISS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf757c46.
//
// Solidity: function MAX_ISS() view returns(uint256)
func (registry *Registry) UnpackMAXISS(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("MAX_ISS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOPDISTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2b22875.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_DISTRUST() view returns(uint8)
func (registry *Registry) PackOPDISTRUST() []byte {
	enc, err := registry.abi.Pack("OP_DISTRUST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPDISTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2b22875.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_DISTRUST() view returns(uint8)
func (registry *Registry) TryPackOPDISTRUST() ([]byte, error) {
	return registry.abi.Pack("OP_DISTRUST")
}

// UnpackOPDISTRUST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2b22875.
//
// Solidity: function OP_DISTRUST() view returns(uint8)
func (registry *Registry) UnpackOPDISTRUST(data []byte) (uint8, error) {
	out, err := registry.abi.Unpack("OP_DISTRUST", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53a9599f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_TRUST() view returns(uint8)
func (registry *Registry) PackOPTRUST() []byte {
	enc, err := registry.abi.Pack("OP_TRUST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPTRUST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53a9599f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_TRUST() view returns(uint8)
func (registry *Registry) TryPackOPTRUST() ([]byte, error) {
	return registry.abi.Pack("OP_TRUST")
}

// UnpackOPTRUST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x53a9599f.
//
// Solidity: function OP_TRUST() view returns(uint8)
func (registry *Registry) UnpackOPTRUST(data []byte) (uint8, error) {
	out, err := registry.abi.Unpack("OP_TRUST", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPUNBIND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf32c392b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_UNBIND() view returns(uint8)
func (registry *Registry) PackOPUNBIND() []byte {
	enc, err := registry.abi.Pack("OP_UNBIND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPUNBIND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf32c392b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_UNBIND() view returns(uint8)
func (registry *Registry) TryPackOPUNBIND() ([]byte, error) {
	return registry.abi.Pack("OP_UNBIND")
}

// UnpackOPUNBIND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf32c392b.
//
// Solidity: function OP_UNBIND() view returns(uint8)
func (registry *Registry) UnpackOPUNBIND(data []byte) (uint8, error) {
	out, err := registry.abi.Unpack("OP_UNBIND", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackBoard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cd3229a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function board() view returns(address)
func (registry *Registry) PackBoard() []byte {
	enc, err := registry.abi.Pack("board")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBoard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cd3229a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function board() view returns(address)
func (registry *Registry) TryPackBoard() ([]byte, error) {
	return registry.abi.Pack("board")
}

// UnpackBoard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7cd3229a.
//
// Solidity: function board() view returns(address)
func (registry *Registry) UnpackBoard(data []byte) (common.Address, error) {
	out, err := registry.abi.Unpack("board", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcc59b6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claims() view returns(address)
func (registry *Registry) PackClaims() []byte {
	enc, err := registry.abi.Pack("claims")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcc59b6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claims() view returns(address)
func (registry *Registry) TryPackClaims() ([]byte, error) {
	return registry.abi.Pack("claims")
}

// UnpackClaims is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdcc59b6f.
//
// Solidity: function claims() view returns(address)
func (registry *Registry) UnpackClaims(data []byte) (common.Address, error) {
	out, err := registry.abi.Unpack("claims", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function community() view returns(address)
func (registry *Registry) PackCommunity() []byte {
	enc, err := registry.abi.Pack("community")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function community() view returns(address)
func (registry *Registry) TryPackCommunity() ([]byte, error) {
	return registry.abi.Pack("community")
}

// UnpackCommunity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc1fb5a5.
//
// Solidity: function community() view returns(address)
func (registry *Registry) UnpackCommunity(data []byte) (common.Address, error) {
	out, err := registry.abi.Unpack("community", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDistrustKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc823db27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distrustKey(bytes32 thumbprint) returns()
func (registry *Registry) PackDistrustKey(thumbprint [32]byte) []byte {
	enc, err := registry.abi.Pack("distrustKey", thumbprint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistrustKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc823db27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distrustKey(bytes32 thumbprint) returns()
func (registry *Registry) TryPackDistrustKey(thumbprint [32]byte) ([]byte, error) {
	return registry.abi.Pack("distrustKey", thumbprint)
}

// PackFounder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d853ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function founder() view returns(address)
func (registry *Registry) PackFounder() []byte {
	enc, err := registry.abi.Pack("founder")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFounder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d853ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function founder() view returns(address)
func (registry *Registry) TryPackFounder() ([]byte, error) {
	return registry.abi.Pack("founder")
}

// UnpackFounder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d853ee5.
//
// Solidity: function founder() view returns(address)
func (registry *Registry) UnpackFounder(data []byte) (common.Address, error) {
	out, err := registry.abi.Unpack("founder", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIssOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb04d18f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issOf(bytes32 ) view returns(bytes32)
func (registry *Registry) PackIssOf(arg0 [32]byte) []byte {
	enc, err := registry.abi.Pack("issOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb04d18f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issOf(bytes32 ) view returns(bytes32)
func (registry *Registry) TryPackIssOf(arg0 [32]byte) ([]byte, error) {
	return registry.abi.Pack("issOf", arg0)
}

// UnpackIssOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb04d18f5.
//
// Solidity: function issOf(bytes32 ) view returns(bytes32)
func (registry *Registry) UnpackIssOf(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("issOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIssuerKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9a8081.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issuerKey(bytes32 thumbprint) view returns(bytes32 issuer, bool trusted)
func (registry *Registry) PackIssuerKey(thumbprint [32]byte) []byte {
	enc, err := registry.abi.Pack("issuerKey", thumbprint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssuerKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9a8081.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issuerKey(bytes32 thumbprint) view returns(bytes32 issuer, bool trusted)
func (registry *Registry) TryPackIssuerKey(thumbprint [32]byte) ([]byte, error) {
	return registry.abi.Pack("issuerKey", thumbprint)
}

// IssuerKeyOutput serves as a container for the return parameters of contract
// method IssuerKey.
type IssuerKeyOutput struct {
	Issuer  [32]byte
	Trusted bool
}

// UnpackIssuerKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f9a8081.
//
// Solidity: function issuerKey(bytes32 thumbprint) view returns(bytes32 issuer, bool trusted)
func (registry *Registry) UnpackIssuerKey(data []byte) (IssuerKeyOutput, error) {
	out, err := registry.abi.Unpack("issuerKey", data)
	outstruct := new(IssuerKeyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Issuer = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Trusted = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackIssuerOfIss is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24241181.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issuerOfIss(bytes32 ) view returns(bytes32)
func (registry *Registry) PackIssuerOfIss(arg0 [32]byte) []byte {
	enc, err := registry.abi.Pack("issuerOfIss", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssuerOfIss is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24241181.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issuerOfIss(bytes32 ) view returns(bytes32)
func (registry *Registry) TryPackIssuerOfIss(arg0 [32]byte) ([]byte, error) {
	return registry.abi.Pack("issuerOfIss", arg0)
}

// UnpackIssuerOfIss is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24241181.
//
// Solidity: function issuerOfIss(bytes32 ) view returns(bytes32)
func (registry *Registry) UnpackIssuerOfIss(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("issuerOfIss", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackKeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf78bce2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyOf(bytes32 thumbprint) view returns((bytes32,bool,uint40))
func (registry *Registry) PackKeyOf(thumbprint [32]byte) []byte {
	enc, err := registry.abi.Pack("keyOf", thumbprint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf78bce2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyOf(bytes32 thumbprint) view returns((bytes32,bool,uint40))
func (registry *Registry) TryPackKeyOf(thumbprint [32]byte) ([]byte, error) {
	return registry.abi.Pack("keyOf", thumbprint)
}

// UnpackKeyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf78bce2.
//
// Solidity: function keyOf(bytes32 thumbprint) view returns((bytes32,bool,uint40))
func (registry *Registry) UnpackKeyOf(data []byte) (RegistryKey, error) {
	out, err := registry.abi.Unpack("keyOf", data)
	if err != nil {
		return *new(RegistryKey), err
	}
	out0 := *abi.ConvertType(out[0], new(RegistryKey)).(*RegistryKey)
	return out0, nil
}

// PackParamsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a42663.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paramsHash() view returns(bytes32)
func (registry *Registry) PackParamsHash() []byte {
	enc, err := registry.abi.Pack("paramsHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParamsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a42663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paramsHash() view returns(bytes32)
func (registry *Registry) TryPackParamsHash() ([]byte, error) {
	return registry.abi.Pack("paramsHash")
}

// UnpackParamsHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86a42663.
//
// Solidity: function paramsHash() view returns(bytes32)
func (registry *Registry) UnpackParamsHash(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("paramsHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47e9c79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function parts() view returns((address,address,address,address))
func (registry *Registry) PackParts() []byte {
	enc, err := registry.abi.Pack("parts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47e9c79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function parts() view returns((address,address,address,address))
func (registry *Registry) TryPackParts() ([]byte, error) {
	return registry.abi.Pack("parts")
}

// UnpackParts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb47e9c79.
//
// Solidity: function parts() view returns((address,address,address,address))
func (registry *Registry) UnpackParts(data []byte) (Parts, error) {
	out, err := registry.abi.Unpack("parts", data)
	if err != nil {
		return *new(Parts), err
	}
	out0 := *abi.ConvertType(out[0], new(Parts)).(*Parts)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum() view returns(uint8)
func (registry *Registry) PackQuorum() []byte {
	enc, err := registry.abi.Pack("quorum")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum() view returns(uint8)
func (registry *Registry) TryPackQuorum() ([]byte, error) {
	return registry.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(uint8)
func (registry *Registry) UnpackQuorum(data []byte) (uint8, error) {
	out, err := registry.abi.Unpack("quorum", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (registry *Registry) PackRegistry() []byte {
	enc, err := registry.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (registry *Registry) TryPackRegistry() ([]byte, error) {
	return registry.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (registry *Registry) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := registry.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTrustKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a4d848e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trustKey(bytes32 issuer, bytes32 thumbprint, string iss) returns()
func (registry *Registry) PackTrustKey(issuer [32]byte, thumbprint [32]byte, iss string) []byte {
	enc, err := registry.abi.Pack("trustKey", issuer, thumbprint, iss)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrustKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a4d848e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trustKey(bytes32 issuer, bytes32 thumbprint, string iss) returns()
func (registry *Registry) TryPackTrustKey(issuer [32]byte, thumbprint [32]byte, iss string) ([]byte, error) {
	return registry.abi.Pack("trustKey", issuer, thumbprint, iss)
}

// PackUnbindKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4c4997e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbindKey(bytes32 thumbprint) returns()
func (registry *Registry) PackUnbindKey(thumbprint [32]byte) []byte {
	enc, err := registry.abi.Pack("unbindKey", thumbprint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbindKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4c4997e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbindKey(bytes32 thumbprint) returns()
func (registry *Registry) TryPackUnbindKey(thumbprint [32]byte) ([]byte, error) {
	return registry.abi.Pack("unbindKey", thumbprint)
}

// RegistryIssuerBound represents a IssuerBound event raised by the Registry contract.
type RegistryIssuerBound struct {
	Issuer  [32]byte
	IssHash [32]byte
	Iss     string
	Raw     *types.Log // Blockchain specific contextual infos
}

const RegistryIssuerBoundEventName = "IssuerBound"

// ContractEventName returns the user-defined event name.
func (RegistryIssuerBound) ContractEventName() string {
	return RegistryIssuerBoundEventName
}

// UnpackIssuerBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IssuerBound(bytes32 indexed issuer, bytes32 indexed issHash, string iss)
func (registry *Registry) UnpackIssuerBoundEvent(log *types.Log) (*RegistryIssuerBound, error) {
	event := "IssuerBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryIssuerBound)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryIssuerKeyChanged represents a IssuerKeyChanged event raised by the Registry contract.
type RegistryIssuerKeyChanged struct {
	Issuer     [32]byte
	Thumbprint [32]byte
	Trusted    bool
	By         common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const RegistryIssuerKeyChangedEventName = "IssuerKeyChanged"

// ContractEventName returns the user-defined event name.
func (RegistryIssuerKeyChanged) ContractEventName() string {
	return RegistryIssuerKeyChangedEventName
}

// UnpackIssuerKeyChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IssuerKeyChanged(bytes32 indexed issuer, bytes32 indexed thumbprint, bool trusted, address by)
func (registry *Registry) UnpackIssuerKeyChangedEvent(log *types.Log) (*RegistryIssuerKeyChanged, error) {
	event := "IssuerKeyChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryIssuerKeyChanged)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryIssuerKeyUnbound represents a IssuerKeyUnbound event raised by the Registry contract.
type RegistryIssuerKeyUnbound struct {
	Issuer     [32]byte
	Thumbprint [32]byte
	By         common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const RegistryIssuerKeyUnboundEventName = "IssuerKeyUnbound"

// ContractEventName returns the user-defined event name.
func (RegistryIssuerKeyUnbound) ContractEventName() string {
	return RegistryIssuerKeyUnboundEventName
}

// UnpackIssuerKeyUnboundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IssuerKeyUnbound(bytes32 indexed issuer, bytes32 indexed thumbprint, address by)
func (registry *Registry) UnpackIssuerKeyUnboundEvent(log *types.Log) (*RegistryIssuerKeyUnbound, error) {
	event := "IssuerKeyUnbound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryIssuerKeyUnbound)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryIssuerKeyVote represents a IssuerKeyVote event raised by the Registry contract.
type RegistryIssuerKeyVote struct {
	Op         uint8
	Issuer     [32]byte
	Thumbprint [32]byte
	Notary     common.Address
	Approvals  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RegistryIssuerKeyVoteEventName = "IssuerKeyVote"

// ContractEventName returns the user-defined event name.
func (RegistryIssuerKeyVote) ContractEventName() string {
	return RegistryIssuerKeyVoteEventName
}

// UnpackIssuerKeyVoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IssuerKeyVote(uint8 indexed op, bytes32 indexed issuer, bytes32 indexed thumbprint, address notary, uint256 approvals)
func (registry *Registry) UnpackIssuerKeyVoteEvent(log *types.Log) (*RegistryIssuerKeyVote, error) {
	event := "IssuerKeyVote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryIssuerKeyVote)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (registry *Registry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], registry.abi.Errors["BoardRecalled"].ID.Bytes()[:4]) {
		return registry.UnpackBoardRecalledError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Calldata"].ID.Bytes()[:4]) {
		return registry.UnpackCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["FounderPowersEnded"].ID.Bytes()[:4]) {
		return registry.UnpackFounderPowersEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return registry.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["IssTaken"].ID.Bytes()[:4]) {
		return registry.UnpackIssTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["IssuerIss"].ID.Bytes()[:4]) {
		return registry.UnpackIssuerIssError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["IssuerKeyBound"].ID.Bytes()[:4]) {
		return registry.UnpackIssuerKeyBoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["IssuerUnchanged"].ID.Bytes()[:4]) {
		return registry.UnpackIssuerUnchangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["IssuerVoteRepeated"].ID.Bytes()[:4]) {
		return registry.UnpackIssuerVoteRepeatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["KeyMayBeUsed"].ID.Bytes()[:4]) {
		return registry.UnpackKeyMayBeUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["KeyNotBound"].ID.Bytes()[:4]) {
		return registry.UnpackKeyNotBoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["KeyTrusted"].ID.Bytes()[:4]) {
		return registry.UnpackKeyTrustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["NotFounderOrNotary"].ID.Bytes()[:4]) {
		return registry.UnpackNotFounderOrNotaryError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return registry.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["ZeroIssuer"].ID.Bytes()[:4]) {
		return registry.UnpackZeroIssuerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RegistryBoardRecalled represents a BoardRecalled error raised by the Registry contract.
type RegistryBoardRecalled struct {
	Term uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BoardRecalled(uint32 term)
func RegistryBoardRecalledErrorID() common.Hash {
	return common.HexToHash("0x233cc5bc3aeca929827588951b3193834e1575b8a3202dc0fc218de509170e74")
}

// UnpackBoardRecalledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BoardRecalled(uint32 term)
func (registry *Registry) UnpackBoardRecalledError(raw []byte) (*RegistryBoardRecalled, error) {
	out := new(RegistryBoardRecalled)
	if err := registry.abi.UnpackIntoInterface(out, "BoardRecalled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryCalldata represents a Calldata error raised by the Registry contract.
type RegistryCalldata struct {
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Calldata(uint256 length, uint256 expected)
func RegistryCalldataErrorID() common.Hash {
	return common.HexToHash("0x9d52258a00c203a826ef19fde2278642ea547aed6d990dfba427bc1536031274")
}

// UnpackCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Calldata(uint256 length, uint256 expected)
func (registry *Registry) UnpackCalldataError(raw []byte) (*RegistryCalldata, error) {
	out := new(RegistryCalldata)
	if err := registry.abi.UnpackIntoInterface(out, "Calldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryFounderPowersEnded represents a FounderPowersEnded error raised by the Registry contract.
type RegistryFounderPowersEnded struct {
	Term uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FounderPowersEnded(uint32 term)
func RegistryFounderPowersEndedErrorID() common.Hash {
	return common.HexToHash("0xa74effb561896e34eaf96d46d4a4a240b64ed3820615d38602ea4afe1fd1f187")
}

// UnpackFounderPowersEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FounderPowersEnded(uint32 term)
func (registry *Registry) UnpackFounderPowersEndedError(raw []byte) (*RegistryFounderPowersEnded, error) {
	out := new(RegistryFounderPowersEnded)
	if err := registry.abi.UnpackIntoInterface(out, "FounderPowersEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryInvalidParameter represents a InvalidParameter error raised by the Registry contract.
type RegistryInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func RegistryInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (registry *Registry) UnpackInvalidParameterError(raw []byte) (*RegistryInvalidParameter, error) {
	out := new(RegistryInvalidParameter)
	if err := registry.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryIssTaken represents a IssTaken error raised by the Registry contract.
type RegistryIssTaken struct {
	IssHash [32]byte
	Issuer  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IssTaken(bytes32 issHash, bytes32 issuer)
func RegistryIssTakenErrorID() common.Hash {
	return common.HexToHash("0x172a1a258d5e29f867c4fa625f0cdae0b0b00cafa9cc5248723387b7c099ff1b")
}

// UnpackIssTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IssTaken(bytes32 issHash, bytes32 issuer)
func (registry *Registry) UnpackIssTakenError(raw []byte) (*RegistryIssTaken, error) {
	out := new(RegistryIssTaken)
	if err := registry.abi.UnpackIntoInterface(out, "IssTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryIssuerIss represents a IssuerIss error raised by the Registry contract.
type RegistryIssuerIss struct {
	Issuer  [32]byte
	IssHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IssuerIss(bytes32 issuer, bytes32 issHash)
func RegistryIssuerIssErrorID() common.Hash {
	return common.HexToHash("0x1f466ba308e6fbf27078390ba948ead0ed2618ce6945a3e87ead0e1142c4d3af")
}

// UnpackIssuerIssError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IssuerIss(bytes32 issuer, bytes32 issHash)
func (registry *Registry) UnpackIssuerIssError(raw []byte) (*RegistryIssuerIss, error) {
	out := new(RegistryIssuerIss)
	if err := registry.abi.UnpackIntoInterface(out, "IssuerIss", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryIssuerKeyBound represents a IssuerKeyBound error raised by the Registry contract.
type RegistryIssuerKeyBound struct {
	Thumbprint [32]byte
	Issuer     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IssuerKeyBound(bytes32 thumbprint, bytes32 issuer)
func RegistryIssuerKeyBoundErrorID() common.Hash {
	return common.HexToHash("0xcd1362f4fb3e56cd90d55b3a1f43f15b736f0784d1260ba4e9eb9f9bd35e662f")
}

// UnpackIssuerKeyBoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IssuerKeyBound(bytes32 thumbprint, bytes32 issuer)
func (registry *Registry) UnpackIssuerKeyBoundError(raw []byte) (*RegistryIssuerKeyBound, error) {
	out := new(RegistryIssuerKeyBound)
	if err := registry.abi.UnpackIntoInterface(out, "IssuerKeyBound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryIssuerUnchanged represents a IssuerUnchanged error raised by the Registry contract.
type RegistryIssuerUnchanged struct {
	Thumbprint [32]byte
	Trusted    bool
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IssuerUnchanged(bytes32 thumbprint, bool trusted)
func RegistryIssuerUnchangedErrorID() common.Hash {
	return common.HexToHash("0x3fefadfdf5c326c4a98fa117bdaf385d368c740ba6a5d8ac4db23dcfda6884a9")
}

// UnpackIssuerUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IssuerUnchanged(bytes32 thumbprint, bool trusted)
func (registry *Registry) UnpackIssuerUnchangedError(raw []byte) (*RegistryIssuerUnchanged, error) {
	out := new(RegistryIssuerUnchanged)
	if err := registry.abi.UnpackIntoInterface(out, "IssuerUnchanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryIssuerVoteRepeated represents a IssuerVoteRepeated error raised by the Registry contract.
type RegistryIssuerVoteRepeated struct {
	Thumbprint [32]byte
	Notary     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IssuerVoteRepeated(bytes32 thumbprint, address notary)
func RegistryIssuerVoteRepeatedErrorID() common.Hash {
	return common.HexToHash("0xc4400020470cdcef7858956eea757e5c27951409a5f3438e06e46fcbfe20e5bc")
}

// UnpackIssuerVoteRepeatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IssuerVoteRepeated(bytes32 thumbprint, address notary)
func (registry *Registry) UnpackIssuerVoteRepeatedError(raw []byte) (*RegistryIssuerVoteRepeated, error) {
	out := new(RegistryIssuerVoteRepeated)
	if err := registry.abi.UnpackIntoInterface(out, "IssuerVoteRepeated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryKeyMayBeUsed represents a KeyMayBeUsed error raised by the Registry contract.
type RegistryKeyMayBeUsed struct {
	Thumbprint     [32]byte
	TrustedAt      uint64
	LastApprovedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyMayBeUsed(bytes32 thumbprint, uint64 trustedAt, uint64 lastApprovedAt)
func RegistryKeyMayBeUsedErrorID() common.Hash {
	return common.HexToHash("0xeb1c98d3e0a12488036f5659b17b3a8b98a70f69b25b90ba597f4254aa76ba52")
}

// UnpackKeyMayBeUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyMayBeUsed(bytes32 thumbprint, uint64 trustedAt, uint64 lastApprovedAt)
func (registry *Registry) UnpackKeyMayBeUsedError(raw []byte) (*RegistryKeyMayBeUsed, error) {
	out := new(RegistryKeyMayBeUsed)
	if err := registry.abi.UnpackIntoInterface(out, "KeyMayBeUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryKeyNotBound represents a KeyNotBound error raised by the Registry contract.
type RegistryKeyNotBound struct {
	Thumbprint [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyNotBound(bytes32 thumbprint)
func RegistryKeyNotBoundErrorID() common.Hash {
	return common.HexToHash("0x8dd5caf334190fc4ac33398a42c8e257c99b63719ee2767dd68bb95365dc168b")
}

// UnpackKeyNotBoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyNotBound(bytes32 thumbprint)
func (registry *Registry) UnpackKeyNotBoundError(raw []byte) (*RegistryKeyNotBound, error) {
	out := new(RegistryKeyNotBound)
	if err := registry.abi.UnpackIntoInterface(out, "KeyNotBound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryKeyTrusted represents a KeyTrusted error raised by the Registry contract.
type RegistryKeyTrusted struct {
	Thumbprint [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyTrusted(bytes32 thumbprint)
func RegistryKeyTrustedErrorID() common.Hash {
	return common.HexToHash("0x265b429613dabd8f4114741833cced8990df0391ba2bfc6482213372fed22194")
}

// UnpackKeyTrustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyTrusted(bytes32 thumbprint)
func (registry *Registry) UnpackKeyTrustedError(raw []byte) (*RegistryKeyTrusted, error) {
	out := new(RegistryKeyTrusted)
	if err := registry.abi.UnpackIntoInterface(out, "KeyTrusted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryNotFounderOrNotary represents a NotFounderOrNotary error raised by the Registry contract.
type RegistryNotFounderOrNotary struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFounderOrNotary(address account)
func RegistryNotFounderOrNotaryErrorID() common.Hash {
	return common.HexToHash("0x2ce8c4d43b9bf13937633b1ceee9e4f6ec7f70cc07fd88b62e32ee904d7a2c89")
}

// UnpackNotFounderOrNotaryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFounderOrNotary(address account)
func (registry *Registry) UnpackNotFounderOrNotaryError(raw []byte) (*RegistryNotFounderOrNotary, error) {
	out := new(RegistryNotFounderOrNotary)
	if err := registry.abi.UnpackIntoInterface(out, "NotFounderOrNotary", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryUnauthorized represents a Unauthorized error raised by the Registry contract.
type RegistryUnauthorized struct {
	Caller  common.Address
	Allowed common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller, address allowed)
func RegistryUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x295a81c15f8ed30f90d2dbdefc77f34f2603dc4ea3df178ac206913987b62f4b")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller, address allowed)
func (registry *Registry) UnpackUnauthorizedError(raw []byte) (*RegistryUnauthorized, error) {
	out := new(RegistryUnauthorized)
	if err := registry.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryZeroIssuer represents a ZeroIssuer error raised by the Registry contract.
type RegistryZeroIssuer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroIssuer()
func RegistryZeroIssuerErrorID() common.Hash {
	return common.HexToHash("0x2a41aa57dfa1c7629460d7de5874cbd3a0c340702cff120e33d5f02694e98938")
}

// UnpackZeroIssuerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroIssuer()
func (registry *Registry) UnpackZeroIssuerError(raw []byte) (*RegistryZeroIssuer, error) {
	out := new(RegistryZeroIssuer)
	if err := registry.abi.UnpackIntoInterface(out, "ZeroIssuer", raw); err != nil {
		return nil, err
	}
	return out, nil
}
