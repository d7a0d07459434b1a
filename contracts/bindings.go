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

// CommunityCandidacy is an auto generated low-level Go binding around an user-defined struct.
type CommunityCandidacy struct {
	Sequence uint64
	Votes    uint32
	Running  bool
	Listed   uint8
}

// CommunityClaimView is an auto generated low-level Go binding around an user-defined struct.
type CommunityClaimView struct {
	Id           *big.Int
	Member       common.Address
	Amount       *big.Int
	Term         uint32
	SubmittedAt  uint64
	ReviewEndsAt uint64
	Status       uint8
	Voters       uint8
	Approvals    uint8
	Rejections   uint8
	VotedMask    uint32
	Evidence     [32]byte
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

// CommunityParams is an auto generated low-level Go binding around an user-defined struct.
type CommunityParams struct {
	Token         common.Address
	Dues          *big.Int
	Period        uint64
	WaitingPeriod uint64
	GracePeriod   uint64
	MaxPayout     *big.Int
	Seats         uint8
	Quorum        uint8
	Term          uint64
	ReviewWindow  uint64
	VotingWindow  uint64
	Notaries      []common.Address
	Categories    []string
	Currency      string
}

// CommunityMetaData contains all meta data concerning the Community contract.
var CommunityMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dues\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"waitingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPayout\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"seats\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"term\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"votingWindow\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"notaries\",\"type\":\"address[]\"},{\"internalType\":\"string[]\",\"name\":\"categories\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"currency\",\"type\":\"string\"}],\"internalType\":\"structCommunity.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"}],\"name\":\"AlreadyCandidate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"}],\"name\":\"AlreadyListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPayout\",\"type\":\"uint256\"}],\"name\":\"AmountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"BallotMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ClaimNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"coveredUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"electionClosesAt\",\"type\":\"uint64\"}],\"name\":\"CoverageEndsBeforeElection\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"DuplicatePick\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"EnvelopeSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"EvidenceMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"periods\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidPeriods\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"}],\"name\":\"IssuerKeyBound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"IssuerUnchanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"}],\"name\":\"IssuerVoteRepeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"coveredUntil\",\"type\":\"uint64\"}],\"name\":\"NotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"}],\"name\":\"NotCandidate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"eligible\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"NotEnoughCandidates\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotFounderOrNotary\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"NotNotary\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotNotaryOrCandidate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"votes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lowestListed\",\"type\":\"uint32\"}],\"name\":\"NotOutpolling\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"nullifier\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"NullifierAlreadyPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"reviewEndsAt\",\"type\":\"uint64\"}],\"name\":\"OpenClaimExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"OwnClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"PoolInsufficient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"QueueEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"voters\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"name\":\"QuorumUnreachable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReasonRequired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"ReviewWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"ReviewWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"sealedFor\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"current\",\"type\":\"uint32\"}],\"name\":\"TermChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"endsAt\",\"type\":\"uint64\"}],\"name\":\"TermNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"picks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyPicks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"eligibleAt\",\"type\":\"uint64\"}],\"name\":\"WaitingPeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroIssuer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMember\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"picks\",\"type\":\"address[]\"}],\"name\":\"BallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"replaced\",\"type\":\"address\"}],\"name\":\"CandidateListed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"name\":\"CandidateStood\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"election\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"}],\"name\":\"CandidateWithdrew\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ClaimApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ClaimExpired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ClaimPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"ClaimQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ClaimRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"nullifier\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"envelopeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"envelope\",\"type\":\"bytes\"}],\"name\":\"ClaimSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approve\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"ClaimVote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"founder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dues\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"waitingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPayout\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"seats\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"term\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"votingWindow\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"notaries\",\"type\":\"address[]\"},{\"internalType\":\"string[]\",\"name\":\"categories\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"currency\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structCommunity.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"CommunityCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Donation\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"joinedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"coveredUntil\",\"type\":\"uint64\"}],\"name\":\"DuesPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"IssuerKeyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"}],\"name\":\"IssuerKeyVote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"NotaryKeySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"notary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"seatsLeft\",\"type\":\"uint8\"}],\"name\":\"NotaryResigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"PoolSynced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"startedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"notaries\",\"type\":\"address[]\"}],\"name\":\"TermStarted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ENVELOPE_BASE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ENVELOPE_PER_RECIPIENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KEY_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BOARD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PERIODS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEATS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SETTLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_APPROVED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_EXPIRED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_NONE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_OPEN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_PAID\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_REJECTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nullifier\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"envelopeHash\",\"type\":\"bytes32\"}],\"name\":\"approveClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"ballotHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"belowQuorumAt\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"}],\"name\":\"candidacyOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"votes\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"running\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"listed\",\"type\":\"uint8\"}],\"internalType\":\"structCommunity.Candidacy\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"}],\"name\":\"candidatesOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint32[]\",\"name\":\"votes\",\"type\":\"uint32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"sequences\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claimOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewEndsAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"voters\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"approvals\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"rejections\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"votedMask\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"}],\"internalType\":\"structCommunity.ClaimView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"periods\",\"type\":\"uint256\"}],\"name\":\"contribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"periods\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"contributeWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"coveredCategories\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"createdAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currency\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentTerm\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"donate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dues\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"electionClosesAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"nullifier\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"envelopeHash\",\"type\":\"bytes32\"}],\"name\":\"evidenceOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"founder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gracePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"}],\"name\":\"issuerKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"periods\",\"type\":\"uint256\"}],\"name\":\"join\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"periods\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"joinWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liveSeats\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPayout\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"memberOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"joinedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"coveredUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"eligibleAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"graceEndsAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"openClaim\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"eligible\",\"type\":\"bool\"}],\"internalType\":\"structCommunity.MemberView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"term\",\"type\":\"uint256\"}],\"name\":\"notariesOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"notaryKeyHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"nullifierClaim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parameters\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dues\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"waitingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPayout\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"seats\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"term\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"votingWindow\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"notaries\",\"type\":\"address[]\"},{\"internalType\":\"string[]\",\"name\":\"categories\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"currency\",\"type\":\"string\"}],\"internalType\":\"structCommunity.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"payoutQueueAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"period\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poolBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"candidate\",\"type\":\"address\"}],\"name\":\"promote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueTail\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"rejectClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resign\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reviewWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"term\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"seatOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"seats\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"issuer\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"thumbprint\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"setIssuerKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"hpkeKey\",\"type\":\"bytes\"}],\"name\":\"setNotaryKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxCount\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"hpkeKey\",\"type\":\"bytes\"}],\"name\":\"stand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"standSequence\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nullifier\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"envelope\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"term\",\"type\":\"uint32\"}],\"name\":\"submitClaim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sync\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"termLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"termSeats\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"termStartedAt\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"previous\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"picks\",\"type\":\"address[]\"}],\"name\":\"vote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"waitingPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "66589638dc7bbc3067e46449f3fbc2be55",
	Bin: "0x610240604052348015610010575f5ffd5b5060405161738138038061738183398101604081905261002f91610c2e565b80516001600160a01b0316158061004f575080516001600160a01b03163b155b1561008a576040516305519d6f60e51b81526020600482015260056024820152643a37b5b2b760d91b60448201526064015b60405180910390fd5b602081015115806100a957506100a260785f19610dba565b8160200151115b156100e0576040516305519d6f60e51b8152600401610081906020808252600490820152636475657360e01b604082015260600190565b60408101516001600160401b031615806101175750604081015163ffffffff90610115906078906001600160401b0316610dd9565b115b1561014e576040516305519d6f60e51b81526020600482015260066024820152651c195c9a5bd960d21b6044820152606401610081565b60608101516001600160401b0316158061017a575063ffffffff801681606001516001600160401b0316115b156101b2576040516305519d6f60e51b815260206004820152600760248201526677616974696e6760c81b6044820152606401610081565b80604001516001600160401b031681608001516001600160401b03161115610205576040516305519d6f60e51b8152602060048201526005602482015264677261636560d81b6044820152606401610081565b60a08101511580610220575060a08101516001600160601b03105b1561025a576040516305519d6f60e51b81526020600482015260096024820152681b585e14185e5bdd5d60ba1b6044820152606401610081565b60c081015160ff161580610275575060208160c0015160ff16115b156102ab576040516305519d6f60e51b8152602060048201526005602482015264736561747360d81b6044820152606401610081565b60e081015160ff1615806102cc57508060c0015160ff168160e0015160ff16115b15610303576040516305519d6f60e51b815260206004820152600660248201526571756f72756d60d01b6044820152606401610081565b6101008101516001600160401b03161580610331575063ffffffff80168161010001516001600160401b0316115b15610368576040516305519d6f60e51b8152600401610081906020808252600490820152637465726d60e01b604082015260600190565b6101208101516001600160401b03161580610396575063ffffffff80168161012001516001600160401b0316115b156103cd576040516305519d6f60e51b815260206004820152600660248201526572657669657760d01b6044820152606401610081565b6101408101516001600160401b0316158061040357508061010001516001600160401b03168161014001516001600160401b0316115b1561043a576040516305519d6f60e51b8152602060048201526006602482015265766f74696e6760d01b6044820152606401610081565b8060e0015160ff1681610160015151108061046157508060c0015160ff1681610160015151115b1561049a576040516305519d6f60e51b81526020600482015260086024820152676e6f74617269657360c01b6044820152606401610081565b6101808101515115806104b35750604081610180015151115b156104ee576040516305519d6f60e51b815260206004820152600a60248201526963617465676f7269657360b01b6044820152606401610081565b6101a08101518051600314610531576040516305519d6f60e51b815260206004820152600860248201526763757272656e637960c01b6044820152606401610081565b5f5b60038110156105d257604160f81b82828151811061055357610553610df6565b01602001516001600160f81b03191610806105915750602d60f91b82828151811061058057610580610df6565b01602001516001600160f81b031916115b156105ca576040516305519d6f60e51b815260206004820152600860248201526763757272656e637960c01b6044820152606401610081565b600101610533565b506105dc81610e0a565b6001600160e81b0319166102205281516001600160a01b031660809081523360a0908152602084015160c090815260408501516001600160401b0390811660e090815260608701518216610100908152948701518216610120908152938701516101409081529287015160ff908116610160529087015116610180529285015183166101a0529084015182166101c05283015181166101e0524216610200525f5b826101800151518110156107305782610180015181815181106106a2576106a2610df6565b6020026020010151515f036106e7576040516305519d6f60e51b815260206004820152600a60248201526963617465676f7269657360b01b6044820152606401610081565b5f83610180015182815181106106ff576106ff610df6565b60209081029190910181015182546001810184555f9384529190922001906107279082610ecb565b5060010161067d565b505f5b8261016001515181101561082a575f836101600151828151811061075957610759610df6565b602002602001015190505f6001600160a01b0316816001600160a01b031614806107a857506001600160a01b0381165f9081525f5160206173615f395f51905f52602052604090205460ff1615155b156107e1576040516305519d6f60e51b81526020600482015260086024820152676e6f74617269657360c01b6044820152606401610081565b6107ec826001610f85565b6001600160a01b03919091165f9081525f5160206173615f395f51905f5260205260409020805460ff191660ff909216919091179055600101610733565b506101608201515f805260096020908152815161086a927fec8156718a8372b1db44bb411437d0870f3e3790d4a08526d024ce1b0b668f6b92019061098d565b5061016082015180516108859160019160209091019061098d565b50600280546101608401515165ffffffffffff60201b199091166401000000004264ffffffffff160260ff60481b191617690100000000000000000060ff831602179091556108d99060019081901b610f98565b600260176101000a81548163ffffffff021916908363ffffffff160217905550815f01516001600160a01b0316336001600160a01b03167f5452b5349b72bed843f9f507f85e78b93eac1b27fd7661360935a2189bfbd97d8460405161093f9190611076565b60405180910390a35f7f063febb97aab851aced53cf6d8eb1476d42253072b29e4046c6267e86861c4304284610160015160405161097e9291906111b9565b60405180910390a250506111e4565b828054828255905f5260205f209081019282156109e0579160200282015b828111156109e057825182546001600160a01b0319166001600160a01b039091161782556020909201916001909101906109ab565b506109ec9291506109f0565b5090565b5b808211156109ec575f81556001016109f1565b634e487b7160e01b5f52604160045260245ffd5b6040516101c081016001600160401b0381118282101715610a3b57610a3b610a04565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610a6957610a69610a04565b604052919050565b80516001600160a01b0381168114610a87575f5ffd5b919050565b80516001600160401b0381168114610a87575f5ffd5b805160ff81168114610a87575f5ffd5b5f6001600160401b03821115610aca57610aca610a04565b5060051b60200190565b5f82601f830112610ae3575f5ffd5b8151610af6610af182610ab2565b610a41565b8082825260208201915060208360051b860101925085831115610b17575f5ffd5b602085015b83811015610b3b57610b2d81610a71565b835260209283019201610b1c565b5095945050505050565b5f82601f830112610b54575f5ffd5b81516001600160401b03811115610b6d57610b6d610a04565b610b80601f8201601f1916602001610a41565b818152846020838601011115610b94575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f82601f830112610bbf575f5ffd5b8151610bcd610af182610ab2565b8082825260208201915060208360051b860101925085831115610bee575f5ffd5b602085015b83811015610b3b5780516001600160401b03811115610c10575f5ffd5b610c1f886020838a0101610b45565b84525060209283019201610bf3565b5f60208284031215610c3e575f5ffd5b81516001600160401b03811115610c53575f5ffd5b82016101c08185031215610c65575f5ffd5b610c6d610a18565b610c7682610a71565b815260208281015190820152610c8e60408301610a8c565b6040820152610c9f60608301610a8c565b6060820152610cb060808301610a8c565b608082015260a08281015190820152610ccb60c08301610aa2565b60c0820152610cdc60e08301610aa2565b60e0820152610cee6101008301610a8c565b610100820152610d016101208301610a8c565b610120820152610d146101408301610a8c565b6101408201526101608201516001600160401b03811115610d33575f5ffd5b610d3f86828501610ad4565b610160830152506101808201516001600160401b03811115610d5f575f5ffd5b610d6b86828501610bb0565b610180830152506101a08201516001600160401b03811115610d8b575f5ffd5b610d9786828501610b45565b6101a083015250949350505050565b634e487b7160e01b5f52601160045260245ffd5b5f82610dd457634e487b7160e01b5f52601260045260245ffd5b500490565b8082028115828204841417610df057610df0610da6565b92915050565b634e487b7160e01b5f52603260045260245ffd5b805160208201516001600160e81b0319811691906003821015610e40576001600160e81b03196003838103901b81901b82161692505b5050919050565b600181811c90821680610e5b57607f821691505b602082108103610e7957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610ec657805f5260205f20601f840160051c81016020851015610ea45750805b601f840160051c820191505b81811015610ec3575f8155600101610eb0565b50505b505050565b81516001600160401b03811115610ee457610ee4610a04565b610ef881610ef28454610e47565b84610e7f565b6020601f821160018114610f2a575f8315610f135750848201515b5f19600385901b1c1916600184901b178455610ec3565b5f84815260208120601f198516915b82811015610f595787850151825560209485019460019092019101610f39565b5084821015610f7657868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b80820180821115610df057610df0610da6565b81810381811115610df057610df0610da6565b5f8151808452602084019350602083015f5b82811015610fe45781516001600160a01b0316865260209586019590910190600101610fbd565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561106a57601f19858403018852611054838351610fee565b6020988901989093509190910190600101611038565b50909695505050505050565b602081526110906020820183516001600160a01b03169052565b602082015160408201525f60408301516110b560608401826001600160401b03169052565b5060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a083015160c083015260c08301516110fe60e084018260ff169052565b5060e083015160ff8116610100840152506101008301516001600160401b038116610120840152506101208301516001600160401b038116610140840152506101408301516001600160401b038116610160840152506101608301516101c06101808401526111716101e0840182610fab565b9050610180840151601f19848303016101a0850152611190828261101c565b9150506101a0840151601f19848303016101c08501526111b08282610fee565b95945050505050565b6001600160401b03831681526040602082018190525f906111dc90830184610fab565b949350505050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516102005161022051615f6c6113f55f395f8181610b8f0152612c3301525f8181610b2d01526137cb01525f81816107e501528181612ab5015281816137210152818161375b015261378601525f81816109c701528181610e7101528181611b2a01528181612a8c01528181613898015261488401525f818161082801528181612a6301526136c001525f81816104f501528181611648015281816116a201528181611d9101528181611def0152818161224f0152818161242a01528181612a3c015281816136280152613fa301525f81816109a0015281816115f20152818161162101528181612a1401528181612fff015261305701525f8181610b6701528181611c1e01528181611c7401526129ec01525f81816109ee01528181611200015281816129c401526144fa01525f8181610592015281816111bb01528181611a710152818161299a015281816137aa0152614b4001525f8181610bff01528181612973015261447001525f818161069e015281816129410152818161443b015261525601525f8181610629015261346301525f8181610c790152818161291d01528181612cfa01528181612ea701528181612f7b01528181613e720152818161408e01528181614174015281816142800152818161467201526152290152615f6c5ff3fe608060405234801561000f575f5ffd5b5060043610610475575f3560e01c806389f0bb8c1161025d578063bf81bf4311610148578063e5a6b10f116100c3578063f352b94511610093578063f8279c2b11610079578063f8279c2b14610c5a578063fc0c546a14610c74578063fff6cae914610c9b575f5ffd5b8063f352b94514610c34578063f37caeae14610c47575f5ffd5b8063e5a6b10f14610b89578063e8fb6a6a14610bf1578063ef78d4fd14610bfa578063f14faf6f14610c21575f5ffd5b8063cbafd3c211610118578063cf09e0d0116100fe578063cf09e0d014610b28578063d0e0813a14610b4f578063e0176de814610b62575f5ffd5b8063cbafd3c214610afb578063cd28265314610b15575f5ffd5b8063bf81bf4314610a98578063c1ba6a0914610aab578063c48c734214610abf578063c8bfd5be14610ae4575f5ffd5b8063a06db7dc116101d8578063b317d031116101a8578063b996de661161018e578063b996de6614610a69578063bbb16fee14610a71578063bbcf21e614610a90575f5ffd5b8063b317d03114610a49578063b8ee11da14610a51575f5ffd5b8063a06db7dc146109e9578063a19e39e814610a10578063a859bde714610a23578063ab0cfbd814610a36575f5ffd5b806394c2c24f1161022d578063965236441161021357806396523644146109885780639c5655d61461099b5780639ca4218f146109c2575f5ffd5b806394c2c24f1461066357806396365d4414610980575f5ffd5b806389f0bb8c146108c35780638da4d3c9146108fd5780638df82800146109175780638f9a80811461092a575f5ffd5b80634d853ee51161037d57806372a6300a116102f857806382b9484d116102c857806384c8ce14116102ae57806384c8ce141461087257806384e1433b146108a757806389035730146108ae575f5ffd5b806382b9484d1461084a5780638418cd991461085f575f5ffd5b806372a6300a146107e057806373ca722e14610807578063793b776c1461081a57806379b18cd114610823575f5ffd5b806369652fcf1161034d5780636b924485116103335780636b924485146106c05780636d2ddcff146107a85780636f633760146107d7575f5ffd5b806369652fcf146106915780636a87d78014610699575f5ffd5b80634d853ee514610624578063545a31d014610663578063631140981461066b57806363ec342e1461067e575f5ffd5b806329c2312d1161040d5780633a6c6604116103dd5780633b76a778116103c35780633b76a778146105f45780633ccfd60b146106145780634bb278f31461061c575f5ffd5b80633a6c6604146105cc5780633b4c9891146105d4575f5ffd5b806329c2312d146105535780632b3dac4c1461055b5780632ff976ad1461056e5780633a2ef9df1461058d575f5ffd5b806311c8dc5a1161044857806311c8dc5a146104d05780631703a018146104f05780631984ab001461052957806324f8515b1461054b575f5ffd5b806303025a0c14610479578063049878f3146104ab5780630a254640146104c057806311701714146104c8575b5f5ffd5b6104986104873660046154ce565b600a6020525f908152604090205481565b6040519081526020015b60405180910390f35b6104be6104b93660046154ee565b610ca3565b005b610498607881565b610498604081565b6104e36104de3660046154ee565b610cc1565b6040516104a29190615505565b6105177f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016104a2565b61053c6105373660046154ee565b610f2f565b6040516104a293929190615646565b610517600181565b610517600581565b6105176105693660046156e8565b6110e2565b61049861057c3660046154ee565b5f9081526006602052604090205490565b6105b47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016104a2565b610517600481565b6105e76105e23660046154ce565b61110e565b6040516104a29190615712565b6106076106023660046154ee565b611276565b6040516104a2919061578f565b6104be6112df565b6104be61148c565b61064b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016104a2565b610498602081565b6104986106793660046157e5565b61198b565b6104be61068c366004615862565b6121b6565b6104be6122da565b6104987f000000000000000000000000000000000000000000000000000000000000000081565b6107616106ce3660046156e8565b60408051608080820183525f80835260208084018290528385018290526060938401829052958152600b86528381206001600160a01b039590951681529385529282902082519384018352546001600160401b038116845263ffffffff600160401b8204169484019490945260ff600160601b85048116151592840192909252600160681b909304169181019190915290565b6040516104a2919081516001600160401b0316815260208083015163ffffffff169082015260408083015115159082015260609182015160ff169181019190915260800190565b6002546107c190640100000000900464ffffffffff1681565b60405164ffffffffff90911681526020016104a2565b61049861204881565b6105b47f000000000000000000000000000000000000000000000000000000000000000081565b6104be610815366004615883565b6124e0565b6104986104b481565b6105b47f000000000000000000000000000000000000000000000000000000000000000081565b6108526127fc565b6040516104a29190615949565b6104be61086d36600461595b565b6128cf565b6104986108803660046156e8565b5f918252600c602090815260408084206001600160a01b0393909316845291905290205490565b6105175f81565b6108b66128ee565b6040516104a29190615983565b6104986108d1366004615abd565b604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b6002546105b490600160501b90046001600160401b031681565b6104986109253660046154ee565b612c73565b61096b6109383660046154ee565b5f908152600f60209081526040918290208251808401909352805480845260019091015460ff1615159290910182905291565b604080519283529015156020830152016104a2565b610498612f64565b6003546105b4906001600160401b031681565b6105177f000000000000000000000000000000000000000000000000000000000000000081565b6105b47f000000000000000000000000000000000000000000000000000000000000000081565b6105b47f000000000000000000000000000000000000000000000000000000000000000081565b6104be610a1e366004615b1d565b612ff1565b6104be610a31366004615b87565b6132d7565b6104be610a44366004615bc1565b61368d565b610517600381565b6002546107c190600160901b900464ffffffffff1681565b610517600281565b610498610a7f3660046154ee565b60076020525f908152604090205481565b6105b46136b5565b6104be610aa63660046154ee565b61381e565b60025461051790600160481b900460ff1681565b600254610acf9063ffffffff1681565b60405163ffffffff90911681526020016104a2565b600254610acf90600160b81b900463ffffffff1681565b6003546105b490600160401b90046001600160401b031681565b6104be610b23366004615883565b61396e565b6105b47f000000000000000000000000000000000000000000000000000000000000000081565b6104be610b5d3660046154ce565b613a20565b6104987f000000000000000000000000000000000000000000000000000000000000000081565b604080517f00000000000000000000000000000000000000000000000000000000000000007fffffff0000000000000000000000000000000000000000000000000000000000166020820152815160038183030181526023909101918290526104a291615c15565b6104986104c081565b6105b47f000000000000000000000000000000000000000000000000000000000000000081565b6104be610c2f3660046154ee565b613def565b6104be610c42366004615c27565b613e9a565b6104be610c55366004615c6a565b613ec9565b6003546105b490600160801b90046001600160401b031681565b61064b7f000000000000000000000000000000000000000000000000000000000000000081565b610498614262565b610cab614337565b610cb63333836143bf565b610cbe6146a3565b50565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091525f8281526005602090815260409182902082516101408101845281546001600160a01b03811682526bffffffffffffffffffffffff600160a01b9091041692810192909252600181015463ffffffff8082169484019490945264ffffffffff640100000000820416606084015260ff600160481b8204811660808501819052600160501b8304821660a08601526b0100000000000000000000008304821660c0860152600160601b830490911660e0850152600160681b9091049093166101008301526002015461012082015290610e14576040516379ee13b960e11b8152600481018490526024015b60405180910390fd5b82825280516001600160a01b03166020808401919091528101516bffffffffffffffffffffffff1660408084019190915281015163ffffffff166060808401919091528101805164ffffffffff90811660808501529051610e97917f00000000000000000000000000000000000000000000000000000000000000009116615ca7565b6001600160401b031660a0830152608081015160ff1660c083018190526001148015610ed057508160a001516001600160401b03164210155b15610edd57600560c08301525b60a081015160ff90811660e08085019190915260c083015182166101008086019190915290830151909116610120808501919091529082015163ffffffff166101408401520151610160820152919050565b5f818152600e602052604090205460609081908190806001600160401b03811115610f5c57610f5c615cc6565b604051908082528060200260200182016040528015610f85578160200160208202803683370190505b509350806001600160401b03811115610fa057610fa0615cc6565b604051908082528060200260200182016040528015610fc9578160200160208202803683370190505b509250806001600160401b03811115610fe457610fe4615cc6565b60405190808252806020026020018201604052801561100d578160200160208202803683370190505b5091505f5b818110156110d9575f868152600d6020526040808220908390811061103957611039615cda565b01549050606081901c86838151811061105457611054615cda565b60200260200101906001600160a01b031690816001600160a01b031681525050604081901c85838151811061108b5761108b615cda565b602002602001019063ffffffff16908163ffffffff1681525050808483815181106110b8576110b8615cda565b6001600160401b039092166020928302919091019091015250600101611012565b50509193909250565b5f8281526008602090815260408083206001600160a01b038516845290915290205460ff165b92915050565b6040805160e0810182525f808252602080830182815283850183905260608085018490526080850184815260a0860185905260c086018590526001600160a01b03881685526004845293869020865191820187525464ffffffffff80821680845265010000000000830482169584019586526001600160401b03600160501b9093048316988401988952875284518116909352955190951690925251919291161561123b5780516111e7907f00000000000000000000000000000000000000000000000000000000000000009064ffffffffff16615ca7565b6001600160401b03166040830152602081015161122c907f00000000000000000000000000000000000000000000000000000000000000009064ffffffffff16615ca7565b6001600160401b031660608301525b602081015164ffffffffff16421060a083018190528015611269575081604001516001600160401b03164210155b151560c083015250919050565b5f818152600960209081526040918290208054835181840281018401909452808452606093928301828280156112d357602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116112b5575b50505050509050919050565b6002545f906112f59063ffffffff166001615cee565b63ffffffff8082165f908152600b60209081526040808320338452825291829020825160808101845290546001600160401b0381168252600160401b81049094169181019190915260ff600160601b840481161515928201839052600160681b90930490921660608301529192509061138f5760405163fc426fbf60e01b815233600482015263ffffffff83166024820152604401610e0b565b5f6040820152606081015160ff16156113c6576113bf82600183606001516113b79190615d0a565b60ff166146cd565b5f60608201525b63ffffffff8083165f818152600b60209081526040808320338085529083528184208751815494890151848a015160608b015160ff16600160681b0260ff60681b19911515600160601b02919091166dffff0000000000000000000000001992909a16600160401b026bffffffffffffffffffffffff199097166001600160401b03909316929092179590951794909416969096179290921790945592517f71d9e88186accf3a8ee902de88f10014183e0c01cfef5171244edae7fa714cf49190a35050565b60025463ffffffff165f61149e6136b5565b9050806001600160401b03164210156114ee576040517f42b79c150000000000000000000000000000000000000000000000000000000081526001600160401b0382166004820152602401610e0b565b5f6114fa836001615cee565b63ffffffff81165f908152600e6020526040812054919250816001600160401b0381111561152a5761152a615cc6565b604051908082528060200260200182016040528015611553578160200160208202803683370190505b5063ffffffff84165f908152600d6020526040812091925090815b848110156115ec575f82826040811061158957611589615cda565b0154606081901c5f9081526004602052604090205490915065010000000000900464ffffffffff164210156115e3578085856115c481615d23565b9650815181106115d6576115d6615cda565b6020026020010181815250505b5060010161156e565b50505f817f000000000000000000000000000000000000000000000000000000000000000060ff161061161f5781611644565b7f000000000000000000000000000000000000000000000000000000000000000060ff165b90507f000000000000000000000000000000000000000000000000000000000000000060ff168110156116cf576040517f140be6250000000000000000000000000000000000000000000000000000000081526004810182905260ff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610e0b565b5f816001600160401b038111156116e8576116e8615cc6565b604051908082528060200260200182016040528015611711578160200160208202803683370190505b5090505f5b8281101561187d57805f61172b826001615d3b565b90505b858110156117835761177287838151811061174b5761174b615cda565b602002602001015188838151811061176557611765615cda565b60200260200101516147b9565b1561177b578091505b60010161172e565b505f86828151811061179757611797615cda565b602002602001015190508683815181106117b3576117b3615cda565b60200260200101518783815181106117cd576117cd615cda565b602002602001018181525050808784815181106117ec576117ec615cda565b6020026020010181815250505f606082901c90508085858151811061181357611813615cda565b6001600160a01b0390921660209283029190910190910152611836846001615d3b565b63ffffffff8b165f9081526008602090815260408083206001600160a01b0395909516835293905291909120805460ff191660ff9092169190911790555050600101611716565b5063ffffffff86165f90815260096020908152604090912082516118a392840190615434565b506002805463ffffffff881668ffffffffffffffffff19909116176401000000004264ffffffffff1602177fffffffffffffffffff0000000000ffffffffffffffff00ffffffffffffffffff16600160481b60ff85160276ffffffffff0000000000000000000000000000000000001916179055611924600180841b615d4e565b6002805463ffffffff60b81b1916600160b81b63ffffffff93841602179055604051908716907f063febb97aab851aced53cf6d8eb1476d42253072b29e4046c6267e86861c430906119799042908590615d61565b60405180910390a25050505050505050565b6002545f9063ffffffff8381169116146119e5576002546040517fd90f569700000000000000000000000000000000000000000000000000000000815263ffffffff80851660048301529091166024820152604401610e0b565b335f908152600460209081526040918290208251606081018452905464ffffffffff808216835265010000000000820416928201839052600160501b90046001600160401b0316928101929092524210611a675760208101516040516305e5ec4160e51b815233600482015264ffffffffff9091166024820152604401610e0b565b80515f90611a9d907f00000000000000000000000000000000000000000000000000000000000000009064ffffffffff16615ca7565b9050806001600160401b0316421015611ada576040516309069f0560e31b81523360048201526001600160401b0382166024820152604401610e0b565b60408201516001600160401b031615611c14576040808301516001600160401b03165f90815260056020522060018101545f19600160481b90910460ff1601611c125760018101545f90611b5e907f000000000000000000000000000000000000000000000000000000000000000090640100000000900464ffffffffff16615ca7565b9050806001600160401b0316421015611bbc5760408085015190517f6978a6df0000000000000000000000000000000000000000000000000000000081526001600160401b0391821660048201529082166024820152604401610e0b565b60018201805460ff60481b1916690500000000000000000017905560408481015190516001600160401b03909116907ff5f3b23065c545069845a9b48e0828868634446543ab5782c8946b4f1b67b919905f90a2505b505b871580611c4057507f000000000000000000000000000000000000000000000000000000000000000088115b15611ca0576040517f4cc4d546000000000000000000000000000000000000000000000000000000008152600481018990527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610e0b565b5f878152600760205260409020548015611cd7576040516359aa739d60e11b81526004810189905260248101829052604401610e0b565b600254600160481b900460ff16611cf0816104b4615d8a565b611cfc90612048615d3b565b8714611d595786611d1260ff83166104b4615d8a565b611d1e90612048615d3b565b6040517fdb9c046900000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610e0b565b63ffffffff86165f90815260086020908152604080832033845290915290205460ff1615611d8f57611d8c600182615d0a565b90505b7f000000000000000000000000000000000000000000000000000000000000000060ff168160ff161015611e1c576040517fdee01a6f00000000000000000000000000000000000000000000000000000000815260ff80831660048301527f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610e0b565b60028054600a90611e3c90600160501b90046001600160401b0316615da1565b91906101000a8154816001600160401b0302191690836001600160401b0316021790556001600160401b031694505f8888604051611e7b929190615dcb565b60408051918290038220610140830182523383526bffffffffffffffffffffffff8e16602084015263ffffffff8a169183019190915264ffffffffff421660608301526001608083015260ff841660a08301525f60c0830181905260e0830181905261010083015291506101208101611f1b8c84604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b81525060055f8881526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055506040820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060608201518160010160046101000a81548164ffffffffff021916908364ffffffffff16021790555060808201518160010160096101000a81548160ff021916908360ff16021790555060a082015181600101600a6101000a81548160ff021916908360ff16021790555060c082015181600101600b6101000a81548160ff021916908360ff16021790555060e082015181600101600c6101000a81548160ff021916908360ff16021790555061010082015181600101600d6101000a81548163ffffffff021916908363ffffffff16021790555061012082015181600201559050508585604001906001600160401b031690816001600160401b0316815250508460045f336001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a81548164ffffffffff021916908364ffffffffff1602179055506020820151815f0160056101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f01600a6101000a8154816001600160401b0302191690836001600160401b031602179055509050508663ffffffff16336001600160a01b0316877fcaa958ceaece6e9218481ed741a5fcfcf9d93494cf995840b9f8030be0fc7cd18e8e868f8f6040516121a0959493929190615e02565b60405180910390a4505050505095945050505050565b8060ff165f036121f2576040517fbc7fd33100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6121fe835f8461480a565b90505f81600101600c9054906101000a900460ff16600161221f9190615e32565b60018301805460ff808416600160601b026cff0000000000000000000000001990921691909117918290559192507f0000000000000000000000000000000000000000000000000000000000000000821691612285918491600160501b90910416615d0a565b60ff1610156122d45760018201805460ff60481b1916690400000000000000000017905560405184907f2aa44a1bb19392ef6a2fd220d2b1649a6dc1bebbfa2a6f2c496e2d39a3339d0e905f90a25b50505050565b60025463ffffffff165f81815260086020908152604080832033845290915281205460ff169081900361232e576040516325434f8b60e21b815233600482015263ffffffff83166024820152604401610e0b565b63ffffffff82165f8181526008602090815260408083203384528252808320805460ff191690559282526009905290812061236a600184615d0a565b60ff168154811061237d5761237d615cda565b5f918252602090912001805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b03929092169190911790556123bd600182615d0a565b6002805463ffffffff60b81b19811663ffffffff600160ff95861681901b19600160b81b94859004169190911690920217918290555f9261240592600160481b900416615d0a565b6002805460ff808416600160481b810260ff60481b19909316929092179092559192507f0000000000000000000000000000000000000000000000000000000000000000161180156124655750600254600160901b900464ffffffffff16155b1561249a576002805476ffffffffff0000000000000000000000000000000000001916600160901b4264ffffffffff16021790555b60405160ff82168152339063ffffffff8516907fecca8f7d5e2069b933bb62bdee76ccb79f047742d0385898d7d5f44eabfa0b80906020015b60405180910390a3505050565b6124e933614aa2565b6002545f906124ff9063ffffffff166001615cee565b63ffffffff8082165f908152600b60209081526040808320338452825291829020825160808101845290546001600160401b038116808352600160401b82049095169282019290925260ff600160601b83048116151593820193909352600160681b9091049091166060820152919250156125b4576040517f9aa5eaf000000000000000000000000000000000000000000000000000000000815233600482015263ffffffff83166024820152604401610e0b565b6003545f906125d490600160801b90046001600160401b03166001615ca7565b600380547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff16600160801b6001600160401b03841690810291909117909155808452600160408086019190915251908152909150339063ffffffff8516907f3ef5311df82b1e394d957ce29a0648b2f0a93a10d1ecd9c60576e3e6eec305d99060200160405180910390a363ffffffff83165f908152600e60205260409081902054908110156127515760208301516001600160401b03831660409190911b6bffffffff0000000000000000163360601b6bffffffffffffffffffffffff19161717600d5f8663ffffffff1681526020019081526020015f2082604081106126de576126de615cda565b01556126eb816001615d3b565b63ffffffff85165f908152600e602052604090205561270b816001615d3b565b60ff1660608401526040515f8152339063ffffffff8616907fe59ab47206c353b9c99783524d1bf6a72dbb40802721379b8f278cdf59c7db959060200160405180910390a35b63ffffffff8481165f908152600b6020908152604080832033845282529182902086518154928801519388015160608901516001600160401b039092166bffffffffffffffffffffffff1990941693909317600160401b9490951693909302939093176dffff0000000000000000000000001916600160601b9115159190910260ff60681b191617600160681b60ff909216919091021790556127f48686614c37565b505050505050565b60605f805480602002602001604051908101604052809291908181526020015f905b828210156128c6578382905f5260205f2001805461283b90615e4b565b80601f016020809104026020016040519081016040528092919081815260200182805461286790615e4b565b80156128b25780601f10612889576101008083540402835291602001916128b2565b820191905f5260205f20905b81548152906001019060200180831161289557829003601f168201915b50505050508152602001906001019061281e565b50505050905090565b6128d7614337565b6128e23383836143bf565b6128ea6146a3565b5050565b604080516101c0810182526060610160820181905261018082018190526101a082018190526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001682527f00000000000000000000000000000000000000000000000000000000000000006020808401919091526001600160401b037f00000000000000000000000000000000000000000000000000000000000000008116848601527f00000000000000000000000000000000000000000000000000000000000000008116928401929092527f0000000000000000000000000000000000000000000000000000000000000000821660808401527f000000000000000000000000000000000000000000000000000000000000000060a084015260ff7f0000000000000000000000000000000000000000000000000000000000000000811660c08501527f00000000000000000000000000000000000000000000000000000000000000001660e08401527f000000000000000000000000000000000000000000000000000000000000000082166101008401527f000000000000000000000000000000000000000000000000000000000000000082166101208401527f0000000000000000000000000000000000000000000000000000000000000000909116610140830152600180548451818402810184019095528085529293929091830182828015612b2c57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311612b0e575b50505050508161016001819052505f805480602002602001604051908101604052809291908181526020015f905b82821015612c02578382905f5260205f20018054612b7790615e4b565b80601f0160208091040260200160405190810160405280929190818152602001828054612ba390615e4b565b8015612bee5780601f10612bc557610100808354040283529160200191612bee565b820191905f5260205f20905b815481529060010190602001808311612bd157829003601f168201915b505050505081526020019060010190612b5a565b50505050610180820152604080517fffffff00000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000001660208201528151808203600301815260239091019091526101a082015290565b5f612c7c614337565b811580612c895750602082115b15612c9357602091505b6003546001600160401b0380821691600160401b900416808203612ce3576040517f75e52f4f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015612d47573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d6b9190615e83565b90505b816001600160401b0316836001600160401b0316108015612d8e57508484105b15612ed7576001600160401b0383165f9081526006602090815260408083205480845260059092529091208054600160a01b90046bffffffffffffffffffffffff1683811115612de057505050612ed7565b612dea8185615d4e565b60018301805460ff60481b191669030000000000000000001790556001600160401b0387165f90815260066020526040812055935085612e2981615da1565b6003805467ffffffffffffffff19166001600160401b0383161790559650879050612e5381615d23565b83546040518481529199506001600160a01b03169150819085907faf3c8fdd75d667f71d36d7840b8ef9086c516c9b047ad6a83a5a66151342123a9060200160405180910390a3612ece6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168284614ce2565b50505050612d6e565b835f03612f54576001600160401b0383165f9081526006602090815260408083205483526005909152908190205490517fc31d5cda00000000000000000000000000000000000000000000000000000000815260048101839052600160a01b9091046bffffffffffffffffffffffff166024820152604401610e0b565b505050612f5f6146a3565b919050565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015612fc8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612fec9190615e83565b905090565b612ffa33614aa2565b8060ff7f000000000000000000000000000000000000000000000000000000000000000016811115613084576040517f53c4dcf20000000000000000000000000000000000000000000000000000000081526004810182905260ff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610e0b565b6002545f9061309a9063ffffffff166001615cee565b63ffffffff81165f908152600c6020908152604080832033845290915290205490915080156130f4578087876040516020016130d7929190615e9a565b6040516020818303038152906040528051906020012014156130f8565b8515155b15613131576040517f23cefeab000000000000000000000000000000000000000000000000000000008152336004820152602401610e0b565b5f5b868110156131745761316c8389898481811061315157613151615cda565b905060200201602081019061316691906154ce565b5f614d56565b600101613133565b505f5b8381101561324d575f86868381811061319257613192615cda565b90506020020160208101906131a791906154ce565b90505f5b8281101561323757816001600160a01b03168888838181106131cf576131cf615cda565b90506020020160208101906131e491906154ce565b6001600160a01b03160361322f576040517fa2a6516b0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610e0b565b6001016131ab565b5061324484826001614d56565b50600101613177565b508484604051602001613261929190615e9a565b60408051601f19818403018152828252805160209182012063ffffffff86165f818152600c84528481203380835294529390932055917fd2ae0242071ed7aeb0015158148cc1a2672395212e22bc36199afeaf7bf92a50906132c69089908990615e9a565b60405180910390a350505050505050565b8261330e576040517f2a41aa5700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81613375576040517faa33ade000000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f7468756d627072696e74000000000000000000000000000000000000000000006044820152606401610e0b565b5f828152600f60209081526040918290208251808401909352805480845260019091015460ff16151591830191909152158015906133b4575080518414155b156133f85780516040517fcd1362f4000000000000000000000000000000000000000000000000000000008152610e0b918591600401918252602082015260400190565b8115158160200151151514801561341757508051841480613417575081155b15613459576040517f3fefadfd000000000000000000000000000000000000000000000000000000008152600481018490528215156024820152604401610e0b565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303613494576122d4848484615101565b60025463ffffffff165f81815260086020908152604080832033845290915281205460ff16908190036134f5576040517f2ce8c4d4000000000000000000000000000000000000000000000000000000008152336004820152602401610e0b565b5f85815260106020908152604080832054815163ffffffff878116828601528184018c9052606082018b9052891515608083015291821660a0808301919091528351808303909101815260c090910183528051908401208085526011909352908320549192911690613568600185615d0a565b600160ff919091161b905081811663ffffffff16156135bc576040517fc440002000000000000000000000000000000000000000000000000000000000815260048101899052336024820152604401610e0b565b600254918117915f906135dd90600160b81b9004841663ffffffff166151c0565b604080518a1515815233602082015290810182905290915089908b907fa8efc9f4e10c86eb22875961bef6811d8d6f3eb1540de2e6277ed08f852bd4ce9060600160405180910390a37f000000000000000000000000000000000000000000000000000000000000000060ff1681106136605761365b8a8a8a615101565b613681565b5f848152601160205260409020805463ffffffff191663ffffffff85161790555b50505050505050505050565b613695614337565b6136a285858585856151ea565b6136ad3387876143bf565b6127f46146a3565b6002545f906136f4907f000000000000000000000000000000000000000000000000000000000000000090640100000000900464ffffffffff16615ca7565b600254909150600160901b900464ffffffffff16801580159061375157506001600160401b0382166137467f000000000000000000000000000000000000000000000000000000000000000083615ca7565b6001600160401b0316105b15613783576137807f000000000000000000000000000000000000000000000000000000000000000082615ca7565b91505b5f7f00000000000000000000000000000000000000000000000000000000000000006137ef7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000615ca7565b6137f99190615ca7565b9050806001600160401b0316836001600160401b03161015613819578092505b505090565b5f8181526005602052604090206001810154600160481b900460ff168061385b576040516379ee13b960e11b815260048101849052602401610e0b565b60ff811660011461388b576040516368ec2f3560e01b81526004810184905260ff82166024820152604401610e0b565b60018201545f906138cc907f000000000000000000000000000000000000000000000000000000000000000090640100000000900464ffffffffff16615ca7565b9050806001600160401b0316421015613923576040517f4d9cae1c000000000000000000000000000000000000000000000000000000008152600481018590526001600160401b0382166024820152604401610e0b565b60018301805460ff60481b1916690500000000000000000017905560405184907ff5f3b23065c545069845a9b48e0828868634446543ab5782c8946b4f1b67b919905f90a250505050565b60025463ffffffff165f81815260086020908152604080832033845290915290205460ff161580156139d85750600b5f6139a9836001615cee565b63ffffffff16815260208082019290925260409081015f908120338252909252902054600160601b900460ff16155b15613a11576040517fd96620ee000000000000000000000000000000000000000000000000000000008152336004820152602401610e0b565b613a1b8383614c37565b505050565b6002545f90613a369063ffffffff166001615cee565b63ffffffff8082165f908152600b602090815260408083206001600160a01b0388168452825291829020825160808101845290546001600160401b0381168252600160401b81049094169181019190915260ff600160601b840481161515928201839052600160681b909304909216606083015291925090613ae25760405163fc426fbf60e01b81526001600160a01b038416600482015263ffffffff83166024820152604401610e0b565b606081015160ff1615613b2c576040517f19cd45950000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610e0b565b63ffffffff82165f908152600e60205260408082205491908190831015613b7557829150613b5b826001615d3b565b63ffffffff86165f908152600e6020526040902055613cfd565b5f613b7e6136b5565b90505f816001600160401b03164211613ba057816001600160401b0316613ba2565b425b63ffffffff88165f908152600d60205260408082209096509192505b6040811015613c23575f6060838360408110613bdc57613bdc615cda565b0154901c6001600160a01b0381165f9081526004602052604090205490915065010000000000900464ffffffffff168410613c1a5781965050613c23565b50600101613bbe565b5060408503613ca8575f613c3682615319565b60208a0151919750915063ffffffff808316911611613ca65760208801516040517fdb5494ed0000000000000000000000000000000000000000000000000000000081526001600160a01b038c16600482015263ffffffff91821660248201529082166044820152606401610e0b565b505b6060818660408110613cbc57613cbc615cda565b015463ffffffff8a165f908152600b602090815260408083209390941c6001600160a01b038116835292905291909120805460ff60681b1916905593505050505b602084015184516001600160401b031660409190911b6bffffffff000000000000000016606088901b6bffffffffffffffffffffffff19161717600d5f8763ffffffff1681526020019081526020015f208360408110613d5f57613d5f615cda565b0155613d6c826001615d3b565b63ffffffff86165f818152600b602090815260408083206001600160a01b038c811680865291845293829020805460ff97909716600160681b0260ff60681b19909716969096179095555191851682527fe59ab47206c353b9c99783524d1bf6a72dbb40802721379b8f278cdf59c7db95910160405180910390a3505050505050565b613df7614337565b805f03613e30576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405181815233907f5d8bc849764969eb1bcc6d0a2f55999d0167c1ccec240a4f39cf664ca9c4148e9060200160405180910390a2610cb66001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308461536f565b613ea2614337565b613eaf85858585856151ea565b613eba3333876143bf565b613ec26146a3565b5050505050565b613ed1614337565b5f613ede8460015f61480a565b60028101546040805160208082018890528183018790528251808303840181526060909201909252805191012091925014613f48576040517fffdb467d00000000000000000000000000000000000000000000000000000000815260048101859052602401610e0b565b6001818101545f91613f6c916b010000000000000000000000900460ff1690615e32565b60018301805460ff8084166b01000000000000000000000081026bff000000000000000000000019909316929092179092559192507f0000000000000000000000000000000000000000000000000000000000000000161115613fd057505061425a565b5f848152600760205260409020548015614007576040516359aa739d60e11b81526004810186905260248101829052604401610e0b565b5f858152600760205260408082208890555187917fd2d0ed0cccc8615643ade1eff3929a29ed8df75ebca85a3996e311c9b69e228991a28254600354600160a01b9091046bffffffffffffffffffffffff1690600160401b81046001600160401b0390811691168114801561410257506040516370a0823160e01b815230600482015282907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156140db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906140ff9190615e83565b10155b156141a15760018501805460ff60481b1916690300000000000000000017905584546040518381526001600160a01b039091169081908a907faf3c8fdd75d667f71d36d7840b8ef9086c516c9b047ad6a83a5a66151342123a9060200160405180910390a361419b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168285614ce2565b50614254565b6001858101805460ff60481b191669020000000000000000001790556001600160401b0382165f9081526006602052604090208990556141e2908290615ca7565b600380547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff16600160401b6001600160401b0393841602179055604051908216815288907f7f2d151d2b3fcc02d0cef560dc8f33f6b09a0e1e5f19138a92fc97618b29343a9060200160405180910390a25b50505050505b613a1b6146a3565b5f61426b614337565b6040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156142cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906142f19190615e83565b90507fe744e7361043f1d1ffd9f46590dd319a0e5eb840e9af01309ae9e8ebd0ed06db8160405161432491815260200190565b60405180910390a16143346146a3565b90565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15614390576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6143bd60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906153a8565b565b6001600160a01b0382166143ff576040517f7553caa600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80158061440c5750607881115b1561443457604051638d0b1fc760e01b81526004810182905260786024820152604401610e0b565b5f61445f827f0000000000000000000000000000000000000000000000000000000000000000615d8a565b90505f614495836001600160401b037f000000000000000000000000000000000000000000000000000000000000000016615d8a565b6001600160a01b0385165f908152600460209081526040918290208251606081018452905464ffffffffff808216835265010000000000820416928201839052600160501b90046001600160401b0316928101929092529192504291158061454257507f0000000000000000000000000000000000000000000000000000000000000000816020015164ffffffffff1661452f9190615ca7565b6001600160401b03168264ffffffffff16115b1561456c5764ffffffffff8216815261455b8383615ee4565b64ffffffffff166020820152614589565b828160200181815161457e9190615ee4565b64ffffffffff169052505b6001600160a01b038087165f818152600460209081526040918290208551815492870151848801516001600160401b0316600160501b027fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff64ffffffffff838116650100000000000269ffffffffffffffffffff19909716908516179590951794909416939093179091559151938b16937fa8a2e4582779553f2e32fbdb5c43c815d9f02a2d48824b56bc30a45283d28a689261465d928a835264ffffffffff918216602084015216604082015260600190565b60405180910390a361469a6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001688308761536f565b50505050505050565b6143bd5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006143b7565b63ffffffff82165f908152600e60205260408120546146ee90600190615d4e565b63ffffffff84165f908152600d60205260409020909150828214614787575f81836040811061471f5761471f615cda565b015490508082856040811061473657614736615cda565b0155614743846001615d3b565b63ffffffff86165f908152600b6020908152604080832060609590951c835293905291909120805460ff92909216600160681b0260ff60681b199092169190911790555b5f81836040811061479a5761479a615cda565b01555063ffffffff9092165f908152600e602052604090209190915550565b5f604083811c9083901c63ffffffff808216908316108061480157508063ffffffff168263ffffffff161480156148015750836001600160401b0316856001600160401b0316115b95945050505050565b5f838152600560205260409020600180820154600160481b900460ff169081146148775760ff8116614852576040516379ee13b960e11b815260048101869052602401610e0b565b6040516368ec2f3560e01b81526004810186905260ff82166024820152604401610e0b565b60018201545f906148b8907f000000000000000000000000000000000000000000000000000000000000000090640100000000900464ffffffffff16615ca7565b9050806001600160401b0316421061490e576040517fb455f6ae000000000000000000000000000000000000000000000000000000008152600481018790526001600160401b0382166024820152604401610e0b565b600183015463ffffffff165f81815260086020908152604080832033845290915281205460ff1690819003614964576040516325434f8b60e21b815233600482015263ffffffff83166024820152604401610e0b565b8454336001600160a01b03909116036149ac576040517f2f285ec700000000000000000000000000000000000000000000000000000000815260048101899052602401610e0b565b5f6149b8600183615d0a565b60018781015460ff929092161b9150600160681b900463ffffffff8181169183161615614a1a576040517f04f9da63000000000000000000000000000000000000000000000000000000008152600481018b9052336024820152604401610e0b565b6001870180547fffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffffff16600160681b84841763ffffffff1602179055604080518a1515815260ff8a16602082015233918c917fe64ed229d2f5efab7e2734ea0d762d28e98f13f8e8ccac22892ae82c58b0f80c910160405180910390a35050505050509392505050565b6001600160a01b0381165f908152600460209081526040918290208251606081018452905464ffffffffff808216835265010000000000820416928201839052600160501b90046001600160401b0316928101929092524210614b365760208101516040516305e5ec4160e51b81526001600160a01b038416600482015264ffffffffff9091166024820152604401610e0b565b80515f90614b6c907f00000000000000000000000000000000000000000000000000000000000000009064ffffffffff16615ca7565b9050806001600160401b0316421015614bb2576040516309069f0560e31b81526001600160a01b03841660048201526001600160401b0382166024820152604401610e0b565b5f614bbb6136b5565b9050806001600160401b0316836020015164ffffffffff16116122d45760208301516040517fe2da19740000000000000000000000000000000000000000000000000000000081526001600160a01b038616600482015264ffffffffff90911660248201526001600160401b0382166044820152606401610e0b565b6104c08114614c75576040517fe938ac3800000000000000000000000000000000000000000000000000000000815260048101829052602401610e0b565b5f8282604051614c86929190615dcb565b60408051918290038220335f818152600a602052929092208190559250907fa0c20ae9ee6ff86c86dc5a092a55b6866320de3538d7bfa229b4422c7fd2a61390614cd590849087908790615f01565b60405180910390a2505050565b6040516001600160a01b03838116602483015260448201839052613a1b91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506153af565b63ffffffff8084165f908152600b602090815260408083206001600160a01b0387168452825291829020825160808101845290546001600160401b0381168252600160401b81049094169181019190915260ff600160601b84048116151592820192909252600160681b9092041660608201528115614e29578060400151614e085760405163fc426fbf60e01b81526001600160a01b038416600482015263ffffffff85166024820152604401610e0b565b600181602001818151614e1b9190615cee565b63ffffffff16905250614e46565b600181602001818151614e3c9190615f1a565b63ffffffff169052505b606081015160ff1615614ecc57602081015181516001600160401b031660409190911b6bffffffff000000000000000016606085901b6bffffffffffffffffffffffff1916171763ffffffff85165f908152600d602052604090206060830151614eb290600190615d0a565b60ff1660408110614ec557614ec5615cda565b015561505b565b811561505b5763ffffffff84165f908152600d60209081526040808320600e9092528083205491928291821015614f2257614f08836001615d3b565b63ffffffff89165f908152600e6020526040902055614fa3565b5f614f2c85615319565b6020880151919450915063ffffffff80831691161115614f9c576060858460408110614f5a57614f5a615cda565b015463ffffffff8b165f908152600b602090815260408083209390941c6001600160a01b038116835292905291909120805460ff60681b191690559150614fa1565b604092505b505b604082101561505657602085015185516001600160401b031660409190911b6bffffffff000000000000000016606089901b6bffffffffffffffffffffffff19161717848360408110614ff857614ff8615cda565b0155615005826001615d3b565b60ff1660608601526040516001600160a01b03828116825288169063ffffffff8a16907fe59ab47206c353b9c99783524d1bf6a72dbb40802721379b8f278cdf59c7db959060200160405180910390a35b505050505b63ffffffff9384165f908152600b602090815260408083206001600160a01b0390961683529481529084902082518154928401519584015160609094015160ff16600160681b0260ff60681b19941515600160601b02949094166dffff0000000000000000000000001996909716600160401b026bffffffffffffffffffffffff199093166001600160401b039091161791909117939093169390931792909217905550565b60408051808201825284815282151560208083019182525f868152600f82528481209351845591516001938401805460ff19169115159190911790556010905291822080549192909161515b90849063ffffffff16615cee565b92506101000a81548163ffffffff021916908363ffffffff16021790555081837f5cf2d9bb4edf3e4bad0d94013fba5f405367941b957690ebb1482c5e08dafcfc83336040516124d392919091151582526001600160a01b0316602082015260400190565b5f5b8115612f5f57806151d281615d23565b91506151e19050600183615d4e565b821691506151c2565b8415806151f75750607885115b1561521f57604051638d0b1fc760e01b81526004810186905260786024820152604401610e0b565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d505accf333061527a897f0000000000000000000000000000000000000000000000000000000000000000615d8a565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e086901b1681526001600160a01b03938416600482015292909116602483015260448201526064810187905260ff8616608482015260a4810185905260c4810184905260e4015f604051808303815f87803b1580156152fc575f5ffd5b505af192505050801561530d575060015b15613ec2575050505050565b80545f90819060015b6040811015615361575f85826040811061533e5761533e615cda565b0154905061534c81846147b9565b15615358578092508194505b50600101615322565b50604081901c915050915091565b6040516001600160a01b0384811660248301528381166044830152606482018390526122d49186918216906323b872dd90608401614d0f565b80825d5050565b5f5f60205f8451602086015f885af1806153ce576040513d5f823e3d81fd5b50505f513d915081156153e55780600114156153f2565b6001600160a01b0384163b155b156122d4576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610e0b565b828054828255905f5260205f20908101928215615494579160200282015b82811115615494578251825473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b03909116178255602090920191600190910190615452565b506154a09291506154a4565b5090565b5b808211156154a0575f81556001016154a5565b80356001600160a01b0381168114612f5f575f5ffd5b5f602082840312156154de575f5ffd5b6154e7826154b8565b9392505050565b5f602082840312156154fe575f5ffd5b5035919050565b81518152602080830151610180830191615529908401826001600160a01b03169052565b5060408301516040830152606083015161554b606084018263ffffffff169052565b50608083015161556660808401826001600160401b03169052565b5060a083015161558160a08401826001600160401b03169052565b5060c083015161559660c084018260ff169052565b5060e08301516155ab60e084018260ff169052565b506101008301516155c261010084018260ff169052565b506101208301516155d961012084018260ff169052565b506101408301516155f361014084018263ffffffff169052565b5061016092830151919092015290565b5f8151808452602084019350602083015f5b8281101561563c5781516001600160a01b0316865260209586019590910190600101615615565b5093949350505050565b606081525f6156586060830186615603565b82810360208401528085518083526020830191506020870192505f5b8181101561569857835163ffffffff16835260209384019390920191600101615674565b50508381036040850152845180825260209182019250908501905f5b818110156156db5782516001600160401b03168452602093840193909201916001016156b4565b5091979650505050505050565b5f5f604083850312156156f9575f5ffd5b82359150615709602084016154b8565b90509250929050565b5f60e0820190506001600160401b0383511682526001600160401b0360208401511660208301526001600160401b0360408401511660408301526001600160401b0360608401511660608301526080830151608083015260a0830151151560a083015260c083015161578860c084018215159052565b5092915050565b602081525f6154e76020830184615603565b5f5f83601f8401126157b1575f5ffd5b5081356001600160401b038111156157c7575f5ffd5b6020830191508360208285010111156157de575f5ffd5b9250929050565b5f5f5f5f5f608086880312156157f9575f5ffd5b853594506020860135935060408601356001600160401b0381111561581c575f5ffd5b615828888289016157a1565b909450925050606086013563ffffffff81168114615844575f5ffd5b809150509295509295909350565b803560ff81168114612f5f575f5ffd5b5f5f60408385031215615873575f5ffd5b8235915061570960208401615852565b5f5f60208385031215615894575f5ffd5b82356001600160401b038111156158a9575f5ffd5b6158b5858286016157a1565b90969095509350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561593d57601f198584030188526159278383516158c1565b602098890198909350919091019060010161590b565b50909695505050505050565b602081525f6154e760208301846158ef565b5f5f6040838503121561596c575f5ffd5b615975836154b8565b946020939093013593505050565b6020815261599d6020820183516001600160a01b03169052565b602082015160408201525f60408301516159c260608401826001600160401b03169052565b5060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a083015160c083015260c0830151615a0b60e084018260ff169052565b5060e083015160ff8116610100840152506101008301516001600160401b038116610120840152506101208301516001600160401b038116610140840152506101408301516001600160401b038116610160840152506101608301516101c0610180840152615a7e6101e0840182615603565b9050610180840151601f19848303016101a0850152615a9d82826158ef565b9150506101a0840151601f19848303016101c085015261480182826158c1565b5f5f60408385031215615ace575f5ffd5b50508035926020909101359150565b5f5f83601f840112615aed575f5ffd5b5081356001600160401b03811115615b03575f5ffd5b6020830191508360208260051b85010111156157de575f5ffd5b5f5f5f5f60408587031215615b30575f5ffd5b84356001600160401b03811115615b45575f5ffd5b615b5187828801615add565b90955093505060208501356001600160401b03811115615b6f575f5ffd5b615b7b87828801615add565b95989497509550505050565b5f5f5f60608486031215615b99575f5ffd5b833592506020840135915060408401358015158114615bb6575f5ffd5b809150509250925092565b5f5f5f5f5f5f60c08789031215615bd6575f5ffd5b615bdf876154b8565b95506020870135945060408701359350615bfb60608801615852565b9598949750929560808101359460a0909101359350915050565b602081525f6154e760208301846158c1565b5f5f5f5f5f60a08688031215615c3b575f5ffd5b8535945060208601359350615c5260408701615852565b94979396509394606081013594506080013592915050565b5f5f5f60608486031215615c7c575f5ffd5b505081359360208301359350604090920135919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561110857611108615c93565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b63ffffffff818116838216019081111561110857611108615c93565b60ff828116828216039081111561110857611108615c93565b5f60018201615d3457615d34615c93565b5060010190565b8082018082111561110857611108615c93565b8181038181111561110857611108615c93565b6001600160401b0383168152604060208201525f615d826040830184615603565b949350505050565b808202811582820484141761110857611108615c93565b5f6001600160401b0382166001600160401b038103615dc257615dc2615c93565b60010192915050565b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b858152846020820152836040820152608060608201525f615e27608083018486615dda565b979650505050505050565b60ff818116838216019081111561110857611108615c93565b600181811c90821680615e5f57607f821691505b602082108103615e7d57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215615e93575f5ffd5b5051919050565b602080825281018290525f8360408301825b85811015615eda576001600160a01b03615ec5846154b8565b16825260209283019290910190600101615eac565b5095945050505050565b64ffffffffff818116838216019081111561110857611108615c93565b838152604060208201525f614801604083018486615dda565b63ffffffff828116828216039081111561110857611108615c9356fea2646970667358221220d5ed2a6580bb5e4464e46e998945e01346b66ce42b3692e7fe709d22efdb889164736f6c634300081e00335eff886ea0ce6ca488a3d6e336d6c0f75f46d19b42c06ce5ee98e42c96d256c7",
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
// Solidity: constructor((address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,address[],string[],string) p) returns()
func (community *Community) PackConstructor(p CommunityParams) []byte {
	enc, err := community.abi.Pack("", p)
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
func (community *Community) PackENVELOPEBASE() []byte {
	enc, err := community.abi.Pack("ENVELOPE_BASE")
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
func (community *Community) TryPackENVELOPEBASE() ([]byte, error) {
	return community.abi.Pack("ENVELOPE_BASE")
}

// UnpackENVELOPEBASE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f633760.
//
// Solidity: function ENVELOPE_BASE() view returns(uint256)
func (community *Community) UnpackENVELOPEBASE(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("ENVELOPE_BASE", data)
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
func (community *Community) PackENVELOPEPERRECIPIENT() []byte {
	enc, err := community.abi.Pack("ENVELOPE_PER_RECIPIENT")
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
func (community *Community) TryPackENVELOPEPERRECIPIENT() ([]byte, error) {
	return community.abi.Pack("ENVELOPE_PER_RECIPIENT")
}

// UnpackENVELOPEPERRECIPIENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x793b776c.
//
// Solidity: function ENVELOPE_PER_RECIPIENT() view returns(uint256)
func (community *Community) UnpackENVELOPEPERRECIPIENT(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("ENVELOPE_PER_RECIPIENT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKEYBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8fb6a6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KEY_BYTES() view returns(uint256)
func (community *Community) PackKEYBYTES() []byte {
	enc, err := community.abi.Pack("KEY_BYTES")
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
func (community *Community) TryPackKEYBYTES() ([]byte, error) {
	return community.abi.Pack("KEY_BYTES")
}

// UnpackKEYBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8fb6a6a.
//
// Solidity: function KEY_BYTES() view returns(uint256)
func (community *Community) UnpackKEYBYTES(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("KEY_BYTES", data)
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
func (community *Community) PackMAXBOARD() []byte {
	enc, err := community.abi.Pack("MAX_BOARD")
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
func (community *Community) TryPackMAXBOARD() ([]byte, error) {
	return community.abi.Pack("MAX_BOARD")
}

// UnpackMAXBOARD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11701714.
//
// Solidity: function MAX_BOARD() view returns(uint256)
func (community *Community) UnpackMAXBOARD(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("MAX_BOARD", data)
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

// PackMAXSETTLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x545a31d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SETTLE() view returns(uint256)
func (community *Community) PackMAXSETTLE() []byte {
	enc, err := community.abi.Pack("MAX_SETTLE")
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
func (community *Community) TryPackMAXSETTLE() ([]byte, error) {
	return community.abi.Pack("MAX_SETTLE")
}

// UnpackMAXSETTLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x545a31d0.
//
// Solidity: function MAX_SETTLE() view returns(uint256)
func (community *Community) UnpackMAXSETTLE(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("MAX_SETTLE", data)
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
func (community *Community) PackSTATUSAPPROVED() []byte {
	enc, err := community.abi.Pack("STATUS_APPROVED")
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
func (community *Community) TryPackSTATUSAPPROVED() ([]byte, error) {
	return community.abi.Pack("STATUS_APPROVED")
}

// UnpackSTATUSAPPROVED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb996de66.
//
// Solidity: function STATUS_APPROVED() view returns(uint8)
func (community *Community) UnpackSTATUSAPPROVED(data []byte) (uint8, error) {
	out, err := community.abi.Unpack("STATUS_APPROVED", data)
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
func (community *Community) PackSTATUSEXPIRED() []byte {
	enc, err := community.abi.Pack("STATUS_EXPIRED")
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
func (community *Community) TryPackSTATUSEXPIRED() ([]byte, error) {
	return community.abi.Pack("STATUS_EXPIRED")
}

// UnpackSTATUSEXPIRED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29c2312d.
//
// Solidity: function STATUS_EXPIRED() view returns(uint8)
func (community *Community) UnpackSTATUSEXPIRED(data []byte) (uint8, error) {
	out, err := community.abi.Unpack("STATUS_EXPIRED", data)
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
func (community *Community) PackSTATUSNONE() []byte {
	enc, err := community.abi.Pack("STATUS_NONE")
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
func (community *Community) TryPackSTATUSNONE() ([]byte, error) {
	return community.abi.Pack("STATUS_NONE")
}

// UnpackSTATUSNONE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84e1433b.
//
// Solidity: function STATUS_NONE() view returns(uint8)
func (community *Community) UnpackSTATUSNONE(data []byte) (uint8, error) {
	out, err := community.abi.Unpack("STATUS_NONE", data)
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
func (community *Community) PackSTATUSOPEN() []byte {
	enc, err := community.abi.Pack("STATUS_OPEN")
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
func (community *Community) TryPackSTATUSOPEN() ([]byte, error) {
	return community.abi.Pack("STATUS_OPEN")
}

// UnpackSTATUSOPEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24f8515b.
//
// Solidity: function STATUS_OPEN() view returns(uint8)
func (community *Community) UnpackSTATUSOPEN(data []byte) (uint8, error) {
	out, err := community.abi.Unpack("STATUS_OPEN", data)
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
func (community *Community) PackSTATUSPAID() []byte {
	enc, err := community.abi.Pack("STATUS_PAID")
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
func (community *Community) TryPackSTATUSPAID() ([]byte, error) {
	return community.abi.Pack("STATUS_PAID")
}

// UnpackSTATUSPAID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb317d031.
//
// Solidity: function STATUS_PAID() view returns(uint8)
func (community *Community) UnpackSTATUSPAID(data []byte) (uint8, error) {
	out, err := community.abi.Unpack("STATUS_PAID", data)
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
func (community *Community) PackSTATUSREJECTED() []byte {
	enc, err := community.abi.Pack("STATUS_REJECTED")
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
func (community *Community) TryPackSTATUSREJECTED() ([]byte, error) {
	return community.abi.Pack("STATUS_REJECTED")
}

// UnpackSTATUSREJECTED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a6c6604.
//
// Solidity: function STATUS_REJECTED() view returns(uint8)
func (community *Community) UnpackSTATUSREJECTED(data []byte) (uint8, error) {
	out, err := community.abi.Unpack("STATUS_REJECTED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackApproveClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf37caeae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveClaim(uint256 id, bytes32 nullifier, bytes32 envelopeHash) returns()
func (community *Community) PackApproveClaim(id *big.Int, nullifier [32]byte, envelopeHash [32]byte) []byte {
	enc, err := community.abi.Pack("approveClaim", id, nullifier, envelopeHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf37caeae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveClaim(uint256 id, bytes32 nullifier, bytes32 envelopeHash) returns()
func (community *Community) TryPackApproveClaim(id *big.Int, nullifier [32]byte, envelopeHash [32]byte) ([]byte, error) {
	return community.abi.Pack("approveClaim", id, nullifier, envelopeHash)
}

// PackBallotHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84c8ce14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ballotHashOf(uint256 election, address voter) view returns(bytes32)
func (community *Community) PackBallotHashOf(election *big.Int, voter common.Address) []byte {
	enc, err := community.abi.Pack("ballotHashOf", election, voter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBallotHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84c8ce14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ballotHashOf(uint256 election, address voter) view returns(bytes32)
func (community *Community) TryPackBallotHashOf(election *big.Int, voter common.Address) ([]byte, error) {
	return community.abi.Pack("ballotHashOf", election, voter)
}

// UnpackBallotHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84c8ce14.
//
// Solidity: function ballotHashOf(uint256 election, address voter) view returns(bytes32)
func (community *Community) UnpackBallotHashOf(data []byte) ([32]byte, error) {
	out, err := community.abi.Unpack("ballotHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBelowQuorumAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8ee11da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function belowQuorumAt() view returns(uint40)
func (community *Community) PackBelowQuorumAt() []byte {
	enc, err := community.abi.Pack("belowQuorumAt")
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
func (community *Community) TryPackBelowQuorumAt() ([]byte, error) {
	return community.abi.Pack("belowQuorumAt")
}

// UnpackBelowQuorumAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8ee11da.
//
// Solidity: function belowQuorumAt() view returns(uint40)
func (community *Community) UnpackBelowQuorumAt(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("belowQuorumAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCandidacyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b924485.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function candidacyOf(uint256 election, address candidate) view returns((uint64,uint32,bool,uint8))
func (community *Community) PackCandidacyOf(election *big.Int, candidate common.Address) []byte {
	enc, err := community.abi.Pack("candidacyOf", election, candidate)
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
func (community *Community) TryPackCandidacyOf(election *big.Int, candidate common.Address) ([]byte, error) {
	return community.abi.Pack("candidacyOf", election, candidate)
}

// UnpackCandidacyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b924485.
//
// Solidity: function candidacyOf(uint256 election, address candidate) view returns((uint64,uint32,bool,uint8))
func (community *Community) UnpackCandidacyOf(data []byte) (CommunityCandidacy, error) {
	out, err := community.abi.Unpack("candidacyOf", data)
	if err != nil {
		return *new(CommunityCandidacy), err
	}
	out0 := *abi.ConvertType(out[0], new(CommunityCandidacy)).(*CommunityCandidacy)
	return out0, nil
}

// PackCandidatesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1984ab00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function candidatesOf(uint256 election) view returns(address[] accounts, uint32[] votes, uint64[] sequences)
func (community *Community) PackCandidatesOf(election *big.Int) []byte {
	enc, err := community.abi.Pack("candidatesOf", election)
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
func (community *Community) TryPackCandidatesOf(election *big.Int) ([]byte, error) {
	return community.abi.Pack("candidatesOf", election)
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
func (community *Community) UnpackCandidatesOf(data []byte) (CandidatesOfOutput, error) {
	out, err := community.abi.Unpack("candidatesOf", data)
	outstruct := new(CandidatesOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Accounts = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Votes = *abi.ConvertType(out[1], new([]uint32)).(*[]uint32)
	outstruct.Sequences = *abi.ConvertType(out[2], new([]uint64)).(*[]uint64)
	return *outstruct, nil
}

// PackClaimCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da4d3c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCount() view returns(uint64)
func (community *Community) PackClaimCount() []byte {
	enc, err := community.abi.Pack("claimCount")
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
func (community *Community) TryPackClaimCount() ([]byte, error) {
	return community.abi.Pack("claimCount")
}

// UnpackClaimCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da4d3c9.
//
// Solidity: function claimCount() view returns(uint64)
func (community *Community) UnpackClaimCount(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("claimCount", data)
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
// Solidity: function claimOf(uint256 id) view returns((uint256,address,uint256,uint32,uint64,uint64,uint8,uint8,uint8,uint8,uint32,bytes32) v)
func (community *Community) PackClaimOf(id *big.Int) []byte {
	enc, err := community.abi.Pack("claimOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11c8dc5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimOf(uint256 id) view returns((uint256,address,uint256,uint32,uint64,uint64,uint8,uint8,uint8,uint8,uint32,bytes32) v)
func (community *Community) TryPackClaimOf(id *big.Int) ([]byte, error) {
	return community.abi.Pack("claimOf", id)
}

// UnpackClaimOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11c8dc5a.
//
// Solidity: function claimOf(uint256 id) view returns((uint256,address,uint256,uint32,uint64,uint64,uint8,uint8,uint8,uint8,uint32,bytes32) v)
func (community *Community) UnpackClaimOf(data []byte) (CommunityClaimView, error) {
	out, err := community.abi.Unpack("claimOf", data)
	if err != nil {
		return *new(CommunityClaimView), err
	}
	out0 := *abi.ConvertType(out[0], new(CommunityClaimView)).(*CommunityClaimView)
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

// PackCoveredCategories is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82b9484d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function coveredCategories() view returns(string[])
func (community *Community) PackCoveredCategories() []byte {
	enc, err := community.abi.Pack("coveredCategories")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCoveredCategories is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82b9484d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function coveredCategories() view returns(string[])
func (community *Community) TryPackCoveredCategories() ([]byte, error) {
	return community.abi.Pack("coveredCategories")
}

// UnpackCoveredCategories is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82b9484d.
//
// Solidity: function coveredCategories() view returns(string[])
func (community *Community) UnpackCoveredCategories(data []byte) ([]string, error) {
	out, err := community.abi.Unpack("coveredCategories", data)
	if err != nil {
		return *new([]string), err
	}
	out0 := *abi.ConvertType(out[0], new([]string)).(*[]string)
	return out0, nil
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

// PackCurrency is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5a6b10f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currency() view returns(string)
func (community *Community) PackCurrency() []byte {
	enc, err := community.abi.Pack("currency")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrency is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5a6b10f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currency() view returns(string)
func (community *Community) TryPackCurrency() ([]byte, error) {
	return community.abi.Pack("currency")
}

// UnpackCurrency is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5a6b10f.
//
// Solidity: function currency() view returns(string)
func (community *Community) UnpackCurrency(data []byte) (string, error) {
	out, err := community.abi.Unpack("currency", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCurrentTerm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc48c7342.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentTerm() view returns(uint32)
func (community *Community) PackCurrentTerm() []byte {
	enc, err := community.abi.Pack("currentTerm")
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
func (community *Community) TryPackCurrentTerm() ([]byte, error) {
	return community.abi.Pack("currentTerm")
}

// UnpackCurrentTerm is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc48c7342.
//
// Solidity: function currentTerm() view returns(uint32)
func (community *Community) UnpackCurrentTerm(data []byte) (uint32, error) {
	out, err := community.abi.Unpack("currentTerm", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
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

// PackElectionClosesAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbcf21e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function electionClosesAt() view returns(uint64 closesAt)
func (community *Community) PackElectionClosesAt() []byte {
	enc, err := community.abi.Pack("electionClosesAt")
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
func (community *Community) TryPackElectionClosesAt() ([]byte, error) {
	return community.abi.Pack("electionClosesAt")
}

// UnpackElectionClosesAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbbcf21e6.
//
// Solidity: function electionClosesAt() view returns(uint64 closesAt)
func (community *Community) UnpackElectionClosesAt(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("electionClosesAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEvidenceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89f0bb8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evidenceOf(bytes32 nullifier, bytes32 envelopeHash) pure returns(bytes32)
func (community *Community) PackEvidenceOf(nullifier [32]byte, envelopeHash [32]byte) []byte {
	enc, err := community.abi.Pack("evidenceOf", nullifier, envelopeHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvidenceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89f0bb8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evidenceOf(bytes32 nullifier, bytes32 envelopeHash) pure returns(bytes32)
func (community *Community) TryPackEvidenceOf(nullifier [32]byte, envelopeHash [32]byte) ([]byte, error) {
	return community.abi.Pack("evidenceOf", nullifier, envelopeHash)
}

// UnpackEvidenceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89f0bb8c.
//
// Solidity: function evidenceOf(bytes32 nullifier, bytes32 envelopeHash) pure returns(bytes32)
func (community *Community) UnpackEvidenceOf(data []byte) ([32]byte, error) {
	out, err := community.abi.Unpack("evidenceOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf81bf43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expire(uint256 id) returns()
func (community *Community) PackExpire(id *big.Int) []byte {
	enc, err := community.abi.Pack("expire", id)
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
func (community *Community) TryPackExpire(id *big.Int) ([]byte, error) {
	return community.abi.Pack("expire", id)
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bb278f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize() returns()
func (community *Community) PackFinalize() []byte {
	enc, err := community.abi.Pack("finalize")
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
func (community *Community) TryPackFinalize() ([]byte, error) {
	return community.abi.Pack("finalize")
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

// PackIssuerKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9a8081.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issuerKey(bytes32 thumbprint) view returns(bytes32 issuer, bool trusted)
func (community *Community) PackIssuerKey(thumbprint [32]byte) []byte {
	enc, err := community.abi.Pack("issuerKey", thumbprint)
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
func (community *Community) TryPackIssuerKey(thumbprint [32]byte) ([]byte, error) {
	return community.abi.Pack("issuerKey", thumbprint)
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
func (community *Community) UnpackIssuerKey(data []byte) (IssuerKeyOutput, error) {
	out, err := community.abi.Unpack("issuerKey", data)
	outstruct := new(IssuerKeyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Issuer = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Trusted = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
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

// PackLiveSeats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8bfd5be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liveSeats() view returns(uint32)
func (community *Community) PackLiveSeats() []byte {
	enc, err := community.abi.Pack("liveSeats")
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
func (community *Community) TryPackLiveSeats() ([]byte, error) {
	return community.abi.Pack("liveSeats")
}

// UnpackLiveSeats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8bfd5be.
//
// Solidity: function liveSeats() view returns(uint32)
func (community *Community) UnpackLiveSeats(data []byte) (uint32, error) {
	out, err := community.abi.Unpack("liveSeats", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMaxPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0176de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxPayout() view returns(uint256)
func (community *Community) PackMaxPayout() []byte {
	enc, err := community.abi.Pack("maxPayout")
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
func (community *Community) TryPackMaxPayout() ([]byte, error) {
	return community.abi.Pack("maxPayout")
}

// UnpackMaxPayout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0176de8.
//
// Solidity: function maxPayout() view returns(uint256)
func (community *Community) UnpackMaxPayout(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("maxPayout", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackNotariesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b76a778.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function notariesOf(uint256 term) view returns(address[])
func (community *Community) PackNotariesOf(term *big.Int) []byte {
	enc, err := community.abi.Pack("notariesOf", term)
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
func (community *Community) TryPackNotariesOf(term *big.Int) ([]byte, error) {
	return community.abi.Pack("notariesOf", term)
}

// UnpackNotariesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b76a778.
//
// Solidity: function notariesOf(uint256 term) view returns(address[])
func (community *Community) UnpackNotariesOf(data []byte) ([]common.Address, error) {
	out, err := community.abi.Unpack("notariesOf", data)
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
func (community *Community) PackNotaryKeyHash(arg0 common.Address) []byte {
	enc, err := community.abi.Pack("notaryKeyHash", arg0)
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
func (community *Community) TryPackNotaryKeyHash(arg0 common.Address) ([]byte, error) {
	return community.abi.Pack("notaryKeyHash", arg0)
}

// UnpackNotaryKeyHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03025a0c.
//
// Solidity: function notaryKeyHash(address ) view returns(bytes32)
func (community *Community) UnpackNotaryKeyHash(data []byte) ([32]byte, error) {
	out, err := community.abi.Unpack("notaryKeyHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNullifierClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbb16fee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nullifierClaim(bytes32 ) view returns(uint256)
func (community *Community) PackNullifierClaim(arg0 [32]byte) []byte {
	enc, err := community.abi.Pack("nullifierClaim", arg0)
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
func (community *Community) TryPackNullifierClaim(arg0 [32]byte) ([]byte, error) {
	return community.abi.Pack("nullifierClaim", arg0)
}

// UnpackNullifierClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbbb16fee.
//
// Solidity: function nullifierClaim(bytes32 ) view returns(uint256)
func (community *Community) UnpackNullifierClaim(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("nullifierClaim", data)
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
// Solidity: function parameters() view returns((address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,address[],string[],string) p)
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
// Solidity: function parameters() view returns((address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,address[],string[],string) p)
func (community *Community) TryPackParameters() ([]byte, error) {
	return community.abi.Pack("parameters")
}

// UnpackParameters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89035730.
//
// Solidity: function parameters() view returns((address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,address[],string[],string) p)
func (community *Community) UnpackParameters(data []byte) (CommunityParams, error) {
	out, err := community.abi.Unpack("parameters", data)
	if err != nil {
		return *new(CommunityParams), err
	}
	out0 := *abi.ConvertType(out[0], new(CommunityParams)).(*CommunityParams)
	return out0, nil
}

// PackPayoutQueueAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ff976ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutQueueAt(uint256 position) view returns(uint256)
func (community *Community) PackPayoutQueueAt(position *big.Int) []byte {
	enc, err := community.abi.Pack("payoutQueueAt", position)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutQueueAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ff976ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutQueueAt(uint256 position) view returns(uint256)
func (community *Community) TryPackPayoutQueueAt(position *big.Int) ([]byte, error) {
	return community.abi.Pack("payoutQueueAt", position)
}

// UnpackPayoutQueueAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ff976ad.
//
// Solidity: function payoutQueueAt(uint256 position) view returns(uint256)
func (community *Community) UnpackPayoutQueueAt(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("payoutQueueAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackPromote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e0813a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function promote(address candidate) returns()
func (community *Community) PackPromote(candidate common.Address) []byte {
	enc, err := community.abi.Pack("promote", candidate)
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
func (community *Community) TryPackPromote(candidate common.Address) ([]byte, error) {
	return community.abi.Pack("promote", candidate)
}

// PackQueueHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96523644.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueHead() view returns(uint64)
func (community *Community) PackQueueHead() []byte {
	enc, err := community.abi.Pack("queueHead")
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
func (community *Community) TryPackQueueHead() ([]byte, error) {
	return community.abi.Pack("queueHead")
}

// UnpackQueueHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96523644.
//
// Solidity: function queueHead() view returns(uint64)
func (community *Community) UnpackQueueHead(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("queueHead", data)
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
func (community *Community) PackQueueTail() []byte {
	enc, err := community.abi.Pack("queueTail")
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
func (community *Community) TryPackQueueTail() ([]byte, error) {
	return community.abi.Pack("queueTail")
}

// UnpackQueueTail is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbafd3c2.
//
// Solidity: function queueTail() view returns(uint64)
func (community *Community) UnpackQueueTail(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("queueTail", data)
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
func (community *Community) PackQuorum() []byte {
	enc, err := community.abi.Pack("quorum")
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
func (community *Community) TryPackQuorum() ([]byte, error) {
	return community.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(uint8)
func (community *Community) UnpackQuorum(data []byte) (uint8, error) {
	out, err := community.abi.Unpack("quorum", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRejectClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63ec342e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectClaim(uint256 id, uint8 reason) returns()
func (community *Community) PackRejectClaim(id *big.Int, reason uint8) []byte {
	enc, err := community.abi.Pack("rejectClaim", id, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63ec342e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectClaim(uint256 id, uint8 reason) returns()
func (community *Community) TryPackRejectClaim(id *big.Int, reason uint8) ([]byte, error) {
	return community.abi.Pack("rejectClaim", id, reason)
}

// PackResign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69652fcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resign() returns()
func (community *Community) PackResign() []byte {
	enc, err := community.abi.Pack("resign")
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
func (community *Community) TryPackResign() ([]byte, error) {
	return community.abi.Pack("resign")
}

// PackReviewWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ca4218f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reviewWindow() view returns(uint64)
func (community *Community) PackReviewWindow() []byte {
	enc, err := community.abi.Pack("reviewWindow")
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
func (community *Community) TryPackReviewWindow() ([]byte, error) {
	return community.abi.Pack("reviewWindow")
}

// UnpackReviewWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ca4218f.
//
// Solidity: function reviewWindow() view returns(uint64)
func (community *Community) UnpackReviewWindow(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("reviewWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSeatOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b3dac4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seatOf(uint256 term, address account) view returns(uint8)
func (community *Community) PackSeatOf(term *big.Int, account common.Address) []byte {
	enc, err := community.abi.Pack("seatOf", term, account)
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
func (community *Community) TryPackSeatOf(term *big.Int, account common.Address) ([]byte, error) {
	return community.abi.Pack("seatOf", term, account)
}

// UnpackSeatOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b3dac4c.
//
// Solidity: function seatOf(uint256 term, address account) view returns(uint8)
func (community *Community) UnpackSeatOf(data []byte) (uint8, error) {
	out, err := community.abi.Unpack("seatOf", data)
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
func (community *Community) PackSeats() []byte {
	enc, err := community.abi.Pack("seats")
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
func (community *Community) TryPackSeats() ([]byte, error) {
	return community.abi.Pack("seats")
}

// UnpackSeats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c5655d6.
//
// Solidity: function seats() view returns(uint8)
func (community *Community) UnpackSeats(data []byte) (uint8, error) {
	out, err := community.abi.Unpack("seats", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSetIssuerKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa859bde7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIssuerKey(bytes32 issuer, bytes32 thumbprint, bool trusted) returns()
func (community *Community) PackSetIssuerKey(issuer [32]byte, thumbprint [32]byte, trusted bool) []byte {
	enc, err := community.abi.Pack("setIssuerKey", issuer, thumbprint, trusted)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIssuerKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa859bde7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIssuerKey(bytes32 issuer, bytes32 thumbprint, bool trusted) returns()
func (community *Community) TryPackSetIssuerKey(issuer [32]byte, thumbprint [32]byte, trusted bool) ([]byte, error) {
	return community.abi.Pack("setIssuerKey", issuer, thumbprint, trusted)
}

// PackSetNotaryKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd282653.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setNotaryKey(bytes hpkeKey) returns()
func (community *Community) PackSetNotaryKey(hpkeKey []byte) []byte {
	enc, err := community.abi.Pack("setNotaryKey", hpkeKey)
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
func (community *Community) TryPackSetNotaryKey(hpkeKey []byte) ([]byte, error) {
	return community.abi.Pack("setNotaryKey", hpkeKey)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 maxCount) returns(uint256 paid)
func (community *Community) PackSettle(maxCount *big.Int) []byte {
	enc, err := community.abi.Pack("settle", maxCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 maxCount) returns(uint256 paid)
func (community *Community) TryPackSettle(maxCount *big.Int) ([]byte, error) {
	return community.abi.Pack("settle", maxCount)
}

// UnpackSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8df82800.
//
// Solidity: function settle(uint256 maxCount) returns(uint256 paid)
func (community *Community) UnpackSettle(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("settle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73ca722e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stand(bytes hpkeKey) returns()
func (community *Community) PackStand(hpkeKey []byte) []byte {
	enc, err := community.abi.Pack("stand", hpkeKey)
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
func (community *Community) TryPackStand(hpkeKey []byte) ([]byte, error) {
	return community.abi.Pack("stand", hpkeKey)
}

// PackStandSequence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8279c2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function standSequence() view returns(uint64)
func (community *Community) PackStandSequence() []byte {
	enc, err := community.abi.Pack("standSequence")
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
func (community *Community) TryPackStandSequence() ([]byte, error) {
	return community.abi.Pack("standSequence")
}

// UnpackStandSequence is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8279c2b.
//
// Solidity: function standSequence() view returns(uint64)
func (community *Community) UnpackStandSequence(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("standSequence", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSubmitClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63114098.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitClaim(uint256 amount, bytes32 nullifier, bytes envelope, uint32 term) returns(uint256 id)
func (community *Community) PackSubmitClaim(amount *big.Int, nullifier [32]byte, envelope []byte, term uint32) []byte {
	enc, err := community.abi.Pack("submitClaim", amount, nullifier, envelope, term)
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
func (community *Community) TryPackSubmitClaim(amount *big.Int, nullifier [32]byte, envelope []byte, term uint32) ([]byte, error) {
	return community.abi.Pack("submitClaim", amount, nullifier, envelope, term)
}

// UnpackSubmitClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63114098.
//
// Solidity: function submitClaim(uint256 amount, bytes32 nullifier, bytes envelope, uint32 term) returns(uint256 id)
func (community *Community) UnpackSubmitClaim(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("submitClaim", data)
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

// PackTermLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79b18cd1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function termLength() view returns(uint64)
func (community *Community) PackTermLength() []byte {
	enc, err := community.abi.Pack("termLength")
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
func (community *Community) TryPackTermLength() ([]byte, error) {
	return community.abi.Pack("termLength")
}

// UnpackTermLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79b18cd1.
//
// Solidity: function termLength() view returns(uint64)
func (community *Community) UnpackTermLength(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("termLength", data)
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
func (community *Community) PackTermSeats() []byte {
	enc, err := community.abi.Pack("termSeats")
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
func (community *Community) TryPackTermSeats() ([]byte, error) {
	return community.abi.Pack("termSeats")
}

// UnpackTermSeats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1ba6a09.
//
// Solidity: function termSeats() view returns(uint8)
func (community *Community) UnpackTermSeats(data []byte) (uint8, error) {
	out, err := community.abi.Unpack("termSeats", data)
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
func (community *Community) PackTermStartedAt() []byte {
	enc, err := community.abi.Pack("termStartedAt")
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
func (community *Community) TryPackTermStartedAt() ([]byte, error) {
	return community.abi.Pack("termStartedAt")
}

// UnpackTermStartedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d2ddcff.
//
// Solidity: function termStartedAt() view returns(uint40)
func (community *Community) UnpackTermStartedAt(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("termStartedAt", data)
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

// PackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa19e39e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vote(address[] previous, address[] picks) returns()
func (community *Community) PackVote(previous []common.Address, picks []common.Address) []byte {
	enc, err := community.abi.Pack("vote", previous, picks)
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
func (community *Community) TryPackVote(previous []common.Address, picks []common.Address) ([]byte, error) {
	return community.abi.Pack("vote", previous, picks)
}

// PackVotingWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72a6300a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingWindow() view returns(uint64)
func (community *Community) PackVotingWindow() []byte {
	enc, err := community.abi.Pack("votingWindow")
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
func (community *Community) TryPackVotingWindow() ([]byte, error) {
	return community.abi.Pack("votingWindow")
}

// UnpackVotingWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72a6300a.
//
// Solidity: function votingWindow() view returns(uint64)
func (community *Community) UnpackVotingWindow(data []byte) (uint64, error) {
	out, err := community.abi.Unpack("votingWindow", data)
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

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (community *Community) PackWithdraw() []byte {
	enc, err := community.abi.Pack("withdraw")
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
func (community *Community) TryPackWithdraw() ([]byte, error) {
	return community.abi.Pack("withdraw")
}

// CommunityBallotCast represents a BallotCast event raised by the Community contract.
type CommunityBallotCast struct {
	Election uint32
	Voter    common.Address
	Picks    []common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const CommunityBallotCastEventName = "BallotCast"

// ContractEventName returns the user-defined event name.
func (CommunityBallotCast) ContractEventName() string {
	return CommunityBallotCastEventName
}

// UnpackBallotCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BallotCast(uint32 indexed election, address indexed voter, address[] picks)
func (community *Community) UnpackBallotCastEvent(log *types.Log) (*CommunityBallotCast, error) {
	event := "BallotCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityBallotCast)
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

// CommunityCandidateListed represents a CandidateListed event raised by the Community contract.
type CommunityCandidateListed struct {
	Election  uint32
	Candidate common.Address
	Replaced  common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const CommunityCandidateListedEventName = "CandidateListed"

// ContractEventName returns the user-defined event name.
func (CommunityCandidateListed) ContractEventName() string {
	return CommunityCandidateListedEventName
}

// UnpackCandidateListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CandidateListed(uint32 indexed election, address indexed candidate, address replaced)
func (community *Community) UnpackCandidateListedEvent(log *types.Log) (*CommunityCandidateListed, error) {
	event := "CandidateListed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityCandidateListed)
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

// CommunityCandidateStood represents a CandidateStood event raised by the Community contract.
type CommunityCandidateStood struct {
	Election  uint32
	Candidate common.Address
	Sequence  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const CommunityCandidateStoodEventName = "CandidateStood"

// ContractEventName returns the user-defined event name.
func (CommunityCandidateStood) ContractEventName() string {
	return CommunityCandidateStoodEventName
}

// UnpackCandidateStoodEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CandidateStood(uint32 indexed election, address indexed candidate, uint64 sequence)
func (community *Community) UnpackCandidateStoodEvent(log *types.Log) (*CommunityCandidateStood, error) {
	event := "CandidateStood"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityCandidateStood)
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

// CommunityCandidateWithdrew represents a CandidateWithdrew event raised by the Community contract.
type CommunityCandidateWithdrew struct {
	Election  uint32
	Candidate common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const CommunityCandidateWithdrewEventName = "CandidateWithdrew"

// ContractEventName returns the user-defined event name.
func (CommunityCandidateWithdrew) ContractEventName() string {
	return CommunityCandidateWithdrewEventName
}

// UnpackCandidateWithdrewEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CandidateWithdrew(uint32 indexed election, address indexed candidate)
func (community *Community) UnpackCandidateWithdrewEvent(log *types.Log) (*CommunityCandidateWithdrew, error) {
	event := "CandidateWithdrew"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityCandidateWithdrew)
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

// CommunityClaimApproved represents a ClaimApproved event raised by the Community contract.
type CommunityClaimApproved struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const CommunityClaimApprovedEventName = "ClaimApproved"

// ContractEventName returns the user-defined event name.
func (CommunityClaimApproved) ContractEventName() string {
	return CommunityClaimApprovedEventName
}

// UnpackClaimApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimApproved(uint256 indexed id)
func (community *Community) UnpackClaimApprovedEvent(log *types.Log) (*CommunityClaimApproved, error) {
	event := "ClaimApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityClaimApproved)
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

// CommunityClaimExpired represents a ClaimExpired event raised by the Community contract.
type CommunityClaimExpired struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const CommunityClaimExpiredEventName = "ClaimExpired"

// ContractEventName returns the user-defined event name.
func (CommunityClaimExpired) ContractEventName() string {
	return CommunityClaimExpiredEventName
}

// UnpackClaimExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimExpired(uint256 indexed id)
func (community *Community) UnpackClaimExpiredEvent(log *types.Log) (*CommunityClaimExpired, error) {
	event := "ClaimExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityClaimExpired)
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

// CommunityClaimQueued represents a ClaimQueued event raised by the Community contract.
type CommunityClaimQueued struct {
	Id       *big.Int
	Position *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const CommunityClaimQueuedEventName = "ClaimQueued"

// ContractEventName returns the user-defined event name.
func (CommunityClaimQueued) ContractEventName() string {
	return CommunityClaimQueuedEventName
}

// UnpackClaimQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimQueued(uint256 indexed id, uint256 position)
func (community *Community) UnpackClaimQueuedEvent(log *types.Log) (*CommunityClaimQueued, error) {
	event := "ClaimQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityClaimQueued)
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

// CommunityClaimRejected represents a ClaimRejected event raised by the Community contract.
type CommunityClaimRejected struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const CommunityClaimRejectedEventName = "ClaimRejected"

// ContractEventName returns the user-defined event name.
func (CommunityClaimRejected) ContractEventName() string {
	return CommunityClaimRejectedEventName
}

// UnpackClaimRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimRejected(uint256 indexed id)
func (community *Community) UnpackClaimRejectedEvent(log *types.Log) (*CommunityClaimRejected, error) {
	event := "ClaimRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityClaimRejected)
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

// CommunityClaimSubmitted represents a ClaimSubmitted event raised by the Community contract.
type CommunityClaimSubmitted struct {
	Id           *big.Int
	Member       common.Address
	Term         uint32
	Amount       *big.Int
	Nullifier    [32]byte
	EnvelopeHash [32]byte
	Envelope     []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const CommunityClaimSubmittedEventName = "ClaimSubmitted"

// ContractEventName returns the user-defined event name.
func (CommunityClaimSubmitted) ContractEventName() string {
	return CommunityClaimSubmittedEventName
}

// UnpackClaimSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimSubmitted(uint256 indexed id, address indexed member, uint32 indexed term, uint256 amount, bytes32 nullifier, bytes32 envelopeHash, bytes envelope)
func (community *Community) UnpackClaimSubmittedEvent(log *types.Log) (*CommunityClaimSubmitted, error) {
	event := "ClaimSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityClaimSubmitted)
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

// CommunityClaimVote represents a ClaimVote event raised by the Community contract.
type CommunityClaimVote struct {
	Id      *big.Int
	Notary  common.Address
	Approve bool
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const CommunityClaimVoteEventName = "ClaimVote"

// ContractEventName returns the user-defined event name.
func (CommunityClaimVote) ContractEventName() string {
	return CommunityClaimVoteEventName
}

// UnpackClaimVoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimVote(uint256 indexed id, address indexed notary, bool approve, uint8 reason)
func (community *Community) UnpackClaimVoteEvent(log *types.Log) (*CommunityClaimVote, error) {
	event := "ClaimVote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityClaimVote)
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
	Params  CommunityParams
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
// Solidity: event CommunityCreated(address indexed founder, address indexed token, (address,uint256,uint64,uint64,uint64,uint256,uint8,uint8,uint64,uint64,uint64,address[],string[],string) params)
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

// CommunityIssuerKeyChanged represents a IssuerKeyChanged event raised by the Community contract.
type CommunityIssuerKeyChanged struct {
	Issuer     [32]byte
	Thumbprint [32]byte
	Trusted    bool
	By         common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const CommunityIssuerKeyChangedEventName = "IssuerKeyChanged"

// ContractEventName returns the user-defined event name.
func (CommunityIssuerKeyChanged) ContractEventName() string {
	return CommunityIssuerKeyChangedEventName
}

// UnpackIssuerKeyChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IssuerKeyChanged(bytes32 indexed issuer, bytes32 indexed thumbprint, bool trusted, address by)
func (community *Community) UnpackIssuerKeyChangedEvent(log *types.Log) (*CommunityIssuerKeyChanged, error) {
	event := "IssuerKeyChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityIssuerKeyChanged)
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

// CommunityIssuerKeyVote represents a IssuerKeyVote event raised by the Community contract.
type CommunityIssuerKeyVote struct {
	Issuer     [32]byte
	Thumbprint [32]byte
	Trusted    bool
	Notary     common.Address
	Approvals  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CommunityIssuerKeyVoteEventName = "IssuerKeyVote"

// ContractEventName returns the user-defined event name.
func (CommunityIssuerKeyVote) ContractEventName() string {
	return CommunityIssuerKeyVoteEventName
}

// UnpackIssuerKeyVoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IssuerKeyVote(bytes32 indexed issuer, bytes32 indexed thumbprint, bool trusted, address notary, uint256 approvals)
func (community *Community) UnpackIssuerKeyVoteEvent(log *types.Log) (*CommunityIssuerKeyVote, error) {
	event := "IssuerKeyVote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityIssuerKeyVote)
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

// CommunityNotaryKeySet represents a NotaryKeySet event raised by the Community contract.
type CommunityNotaryKeySet struct {
	Notary  common.Address
	KeyHash [32]byte
	Key     []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const CommunityNotaryKeySetEventName = "NotaryKeySet"

// ContractEventName returns the user-defined event name.
func (CommunityNotaryKeySet) ContractEventName() string {
	return CommunityNotaryKeySetEventName
}

// UnpackNotaryKeySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NotaryKeySet(address indexed notary, bytes32 keyHash, bytes key)
func (community *Community) UnpackNotaryKeySetEvent(log *types.Log) (*CommunityNotaryKeySet, error) {
	event := "NotaryKeySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityNotaryKeySet)
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

// CommunityNotaryResigned represents a NotaryResigned event raised by the Community contract.
type CommunityNotaryResigned struct {
	Term      uint32
	Notary    common.Address
	SeatsLeft uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const CommunityNotaryResignedEventName = "NotaryResigned"

// ContractEventName returns the user-defined event name.
func (CommunityNotaryResigned) ContractEventName() string {
	return CommunityNotaryResignedEventName
}

// UnpackNotaryResignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NotaryResigned(uint32 indexed term, address indexed notary, uint8 seatsLeft)
func (community *Community) UnpackNotaryResignedEvent(log *types.Log) (*CommunityNotaryResigned, error) {
	event := "NotaryResigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityNotaryResigned)
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

// CommunityTermStarted represents a TermStarted event raised by the Community contract.
type CommunityTermStarted struct {
	Term      uint32
	StartedAt uint64
	Notaries  []common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const CommunityTermStartedEventName = "TermStarted"

// ContractEventName returns the user-defined event name.
func (CommunityTermStarted) ContractEventName() string {
	return CommunityTermStartedEventName
}

// UnpackTermStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TermStarted(uint32 indexed term, uint64 startedAt, address[] notaries)
func (community *Community) UnpackTermStartedEvent(log *types.Log) (*CommunityTermStarted, error) {
	event := "TermStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityTermStarted)
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
	if bytes.Equal(raw[:4], community.abi.Errors["AlreadyCandidate"].ID.Bytes()[:4]) {
		return community.UnpackAlreadyCandidateError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["AlreadyListed"].ID.Bytes()[:4]) {
		return community.UnpackAlreadyListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return community.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["AmountOutOfRange"].ID.Bytes()[:4]) {
		return community.UnpackAmountOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["BallotMismatch"].ID.Bytes()[:4]) {
		return community.UnpackBallotMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["ClaimNotOpen"].ID.Bytes()[:4]) {
		return community.UnpackClaimNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["CoverageEndsBeforeElection"].ID.Bytes()[:4]) {
		return community.UnpackCoverageEndsBeforeElectionError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["DuplicatePick"].ID.Bytes()[:4]) {
		return community.UnpackDuplicatePickError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["EnvelopeSize"].ID.Bytes()[:4]) {
		return community.UnpackEnvelopeSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["EvidenceMismatch"].ID.Bytes()[:4]) {
		return community.UnpackEvidenceMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return community.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return community.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["InvalidPeriods"].ID.Bytes()[:4]) {
		return community.UnpackInvalidPeriodsError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["IssuerKeyBound"].ID.Bytes()[:4]) {
		return community.UnpackIssuerKeyBoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["IssuerUnchanged"].ID.Bytes()[:4]) {
		return community.UnpackIssuerUnchangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["IssuerVoteRepeated"].ID.Bytes()[:4]) {
		return community.UnpackIssuerVoteRepeatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["NotActive"].ID.Bytes()[:4]) {
		return community.UnpackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["NotCandidate"].ID.Bytes()[:4]) {
		return community.UnpackNotCandidateError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["NotEnoughCandidates"].ID.Bytes()[:4]) {
		return community.UnpackNotEnoughCandidatesError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["NotFounderOrNotary"].ID.Bytes()[:4]) {
		return community.UnpackNotFounderOrNotaryError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["NotNotary"].ID.Bytes()[:4]) {
		return community.UnpackNotNotaryError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["NotNotaryOrCandidate"].ID.Bytes()[:4]) {
		return community.UnpackNotNotaryOrCandidateError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["NotOutpolling"].ID.Bytes()[:4]) {
		return community.UnpackNotOutpollingError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["NullifierAlreadyPaid"].ID.Bytes()[:4]) {
		return community.UnpackNullifierAlreadyPaidError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["OpenClaimExists"].ID.Bytes()[:4]) {
		return community.UnpackOpenClaimExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["OwnClaim"].ID.Bytes()[:4]) {
		return community.UnpackOwnClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["PoolInsufficient"].ID.Bytes()[:4]) {
		return community.UnpackPoolInsufficientError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["QueueEmpty"].ID.Bytes()[:4]) {
		return community.UnpackQueueEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["QuorumUnreachable"].ID.Bytes()[:4]) {
		return community.UnpackQuorumUnreachableError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["ReasonRequired"].ID.Bytes()[:4]) {
		return community.UnpackReasonRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return community.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["ReviewWindowClosed"].ID.Bytes()[:4]) {
		return community.UnpackReviewWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["ReviewWindowOpen"].ID.Bytes()[:4]) {
		return community.UnpackReviewWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return community.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["TermChanged"].ID.Bytes()[:4]) {
		return community.UnpackTermChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["TermNotOver"].ID.Bytes()[:4]) {
		return community.UnpackTermNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["TooManyPicks"].ID.Bytes()[:4]) {
		return community.UnpackTooManyPicksError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["UnknownClaim"].ID.Bytes()[:4]) {
		return community.UnpackUnknownClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["WaitingPeriod"].ID.Bytes()[:4]) {
		return community.UnpackWaitingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return community.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["ZeroIssuer"].ID.Bytes()[:4]) {
		return community.UnpackZeroIssuerError(raw[4:])
	}
	if bytes.Equal(raw[:4], community.abi.Errors["ZeroMember"].ID.Bytes()[:4]) {
		return community.UnpackZeroMemberError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CommunityAlreadyCandidate represents a AlreadyCandidate error raised by the Community contract.
type CommunityAlreadyCandidate struct {
	Account  common.Address
	Election uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCandidate(address account, uint32 election)
func CommunityAlreadyCandidateErrorID() common.Hash {
	return common.HexToHash("0x9aa5eaf05171cda4c3e040ec9084b85cd03128de1ca64575daf9653ac779a634")
}

// UnpackAlreadyCandidateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCandidate(address account, uint32 election)
func (community *Community) UnpackAlreadyCandidateError(raw []byte) (*CommunityAlreadyCandidate, error) {
	out := new(CommunityAlreadyCandidate)
	if err := community.abi.UnpackIntoInterface(out, "AlreadyCandidate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityAlreadyListed represents a AlreadyListed error raised by the Community contract.
type CommunityAlreadyListed struct {
	Candidate common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyListed(address candidate)
func CommunityAlreadyListedErrorID() common.Hash {
	return common.HexToHash("0x19cd45959170cfb6a7c442727f0974f504e3b1bf4faaf155537ac5fdd0223fdb")
}

// UnpackAlreadyListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyListed(address candidate)
func (community *Community) UnpackAlreadyListedError(raw []byte) (*CommunityAlreadyListed, error) {
	out := new(CommunityAlreadyListed)
	if err := community.abi.UnpackIntoInterface(out, "AlreadyListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityAlreadyVoted represents a AlreadyVoted error raised by the Community contract.
type CommunityAlreadyVoted struct {
	ClaimId *big.Int
	Notary  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(uint256 claimId, address notary)
func CommunityAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0x04f9da634a3ce855cf7785808a673a41608288999dcd1d08e55bb33c69118f4a")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(uint256 claimId, address notary)
func (community *Community) UnpackAlreadyVotedError(raw []byte) (*CommunityAlreadyVoted, error) {
	out := new(CommunityAlreadyVoted)
	if err := community.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityAmountOutOfRange represents a AmountOutOfRange error raised by the Community contract.
type CommunityAmountOutOfRange struct {
	Amount    *big.Int
	MaxPayout *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOutOfRange(uint256 amount, uint256 maxPayout)
func CommunityAmountOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x4cc4d546fd1059b833a120e16addcefe46ab45c4a4c6fd45d8919a5d2e169d34")
}

// UnpackAmountOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOutOfRange(uint256 amount, uint256 maxPayout)
func (community *Community) UnpackAmountOutOfRangeError(raw []byte) (*CommunityAmountOutOfRange, error) {
	out := new(CommunityAmountOutOfRange)
	if err := community.abi.UnpackIntoInterface(out, "AmountOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityBallotMismatch represents a BallotMismatch error raised by the Community contract.
type CommunityBallotMismatch struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BallotMismatch(address voter)
func CommunityBallotMismatchErrorID() common.Hash {
	return common.HexToHash("0x23cefeabd39a08874934e63941f8fd183cb2abc49525f5515c552975a221c9f0")
}

// UnpackBallotMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BallotMismatch(address voter)
func (community *Community) UnpackBallotMismatchError(raw []byte) (*CommunityBallotMismatch, error) {
	out := new(CommunityBallotMismatch)
	if err := community.abi.UnpackIntoInterface(out, "BallotMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityClaimNotOpen represents a ClaimNotOpen error raised by the Community contract.
type CommunityClaimNotOpen struct {
	ClaimId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimNotOpen(uint256 claimId, uint8 status)
func CommunityClaimNotOpenErrorID() common.Hash {
	return common.HexToHash("0x68ec2f3566df3067f12ee5e59ef2a210d9ebfa07b280c5ebc5b69a8dcddc677f")
}

// UnpackClaimNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimNotOpen(uint256 claimId, uint8 status)
func (community *Community) UnpackClaimNotOpenError(raw []byte) (*CommunityClaimNotOpen, error) {
	out := new(CommunityClaimNotOpen)
	if err := community.abi.UnpackIntoInterface(out, "ClaimNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityCoverageEndsBeforeElection represents a CoverageEndsBeforeElection error raised by the Community contract.
type CommunityCoverageEndsBeforeElection struct {
	Member           common.Address
	CoveredUntil     uint64
	ElectionClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoverageEndsBeforeElection(address member, uint64 coveredUntil, uint64 electionClosesAt)
func CommunityCoverageEndsBeforeElectionErrorID() common.Hash {
	return common.HexToHash("0xe2da197490637c4ca6f3ac0c9d9a2f566c85bf75bd8df18e460bdd03fd297553")
}

// UnpackCoverageEndsBeforeElectionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoverageEndsBeforeElection(address member, uint64 coveredUntil, uint64 electionClosesAt)
func (community *Community) UnpackCoverageEndsBeforeElectionError(raw []byte) (*CommunityCoverageEndsBeforeElection, error) {
	out := new(CommunityCoverageEndsBeforeElection)
	if err := community.abi.UnpackIntoInterface(out, "CoverageEndsBeforeElection", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityDuplicatePick represents a DuplicatePick error raised by the Community contract.
type CommunityDuplicatePick struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicatePick(address account)
func CommunityDuplicatePickErrorID() common.Hash {
	return common.HexToHash("0xa2a6516b4cc387e9115946de033081b1440f0cfb06771c77ba03b6209928fa35")
}

// UnpackDuplicatePickError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicatePick(address account)
func (community *Community) UnpackDuplicatePickError(raw []byte) (*CommunityDuplicatePick, error) {
	out := new(CommunityDuplicatePick)
	if err := community.abi.UnpackIntoInterface(out, "DuplicatePick", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityEnvelopeSize represents a EnvelopeSize error raised by the Community contract.
type CommunityEnvelopeSize struct {
	Size     *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnvelopeSize(uint256 size, uint256 expected)
func CommunityEnvelopeSizeErrorID() common.Hash {
	return common.HexToHash("0xdb9c0469df138a46ec9ff1a8dd9b7e80428e3380416caec34ea4bea3da9d20f1")
}

// UnpackEnvelopeSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnvelopeSize(uint256 size, uint256 expected)
func (community *Community) UnpackEnvelopeSizeError(raw []byte) (*CommunityEnvelopeSize, error) {
	out := new(CommunityEnvelopeSize)
	if err := community.abi.UnpackIntoInterface(out, "EnvelopeSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityEvidenceMismatch represents a EvidenceMismatch error raised by the Community contract.
type CommunityEvidenceMismatch struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EvidenceMismatch(uint256 claimId)
func CommunityEvidenceMismatchErrorID() common.Hash {
	return common.HexToHash("0xffdb467dc5578577a4ff925b2269a23c3f86428dbdcbb35d87b928efabff813b")
}

// UnpackEvidenceMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EvidenceMismatch(uint256 claimId)
func (community *Community) UnpackEvidenceMismatchError(raw []byte) (*CommunityEvidenceMismatch, error) {
	out := new(CommunityEvidenceMismatch)
	if err := community.abi.UnpackIntoInterface(out, "EvidenceMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityInvalidKey represents a InvalidKey error raised by the Community contract.
type CommunityInvalidKey struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(uint256 length)
func CommunityInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xe938ac382c26132aa5fe4af2c5e9ee88093da80920d00cf75ecb3ea33e4dd494")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(uint256 length)
func (community *Community) UnpackInvalidKeyError(raw []byte) (*CommunityInvalidKey, error) {
	out := new(CommunityInvalidKey)
	if err := community.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
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

// CommunityIssuerKeyBound represents a IssuerKeyBound error raised by the Community contract.
type CommunityIssuerKeyBound struct {
	Thumbprint [32]byte
	Issuer     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IssuerKeyBound(bytes32 thumbprint, bytes32 issuer)
func CommunityIssuerKeyBoundErrorID() common.Hash {
	return common.HexToHash("0xcd1362f4fb3e56cd90d55b3a1f43f15b736f0784d1260ba4e9eb9f9bd35e662f")
}

// UnpackIssuerKeyBoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IssuerKeyBound(bytes32 thumbprint, bytes32 issuer)
func (community *Community) UnpackIssuerKeyBoundError(raw []byte) (*CommunityIssuerKeyBound, error) {
	out := new(CommunityIssuerKeyBound)
	if err := community.abi.UnpackIntoInterface(out, "IssuerKeyBound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityIssuerUnchanged represents a IssuerUnchanged error raised by the Community contract.
type CommunityIssuerUnchanged struct {
	Thumbprint [32]byte
	Trusted    bool
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IssuerUnchanged(bytes32 thumbprint, bool trusted)
func CommunityIssuerUnchangedErrorID() common.Hash {
	return common.HexToHash("0x3fefadfdf5c326c4a98fa117bdaf385d368c740ba6a5d8ac4db23dcfda6884a9")
}

// UnpackIssuerUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IssuerUnchanged(bytes32 thumbprint, bool trusted)
func (community *Community) UnpackIssuerUnchangedError(raw []byte) (*CommunityIssuerUnchanged, error) {
	out := new(CommunityIssuerUnchanged)
	if err := community.abi.UnpackIntoInterface(out, "IssuerUnchanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityIssuerVoteRepeated represents a IssuerVoteRepeated error raised by the Community contract.
type CommunityIssuerVoteRepeated struct {
	Thumbprint [32]byte
	Notary     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IssuerVoteRepeated(bytes32 thumbprint, address notary)
func CommunityIssuerVoteRepeatedErrorID() common.Hash {
	return common.HexToHash("0xc4400020470cdcef7858956eea757e5c27951409a5f3438e06e46fcbfe20e5bc")
}

// UnpackIssuerVoteRepeatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IssuerVoteRepeated(bytes32 thumbprint, address notary)
func (community *Community) UnpackIssuerVoteRepeatedError(raw []byte) (*CommunityIssuerVoteRepeated, error) {
	out := new(CommunityIssuerVoteRepeated)
	if err := community.abi.UnpackIntoInterface(out, "IssuerVoteRepeated", raw); err != nil {
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

// CommunityNotCandidate represents a NotCandidate error raised by the Community contract.
type CommunityNotCandidate struct {
	Account  common.Address
	Election uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCandidate(address account, uint32 election)
func CommunityNotCandidateErrorID() common.Hash {
	return common.HexToHash("0xfc426fbf0c041164b7ccbbdfbfb7077b6d6a34cadefb5596e03e7ea7df24869e")
}

// UnpackNotCandidateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCandidate(address account, uint32 election)
func (community *Community) UnpackNotCandidateError(raw []byte) (*CommunityNotCandidate, error) {
	out := new(CommunityNotCandidate)
	if err := community.abi.UnpackIntoInterface(out, "NotCandidate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityNotEnoughCandidates represents a NotEnoughCandidates error raised by the Community contract.
type CommunityNotEnoughCandidates struct {
	Eligible *big.Int
	Needed   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughCandidates(uint256 eligible, uint256 needed)
func CommunityNotEnoughCandidatesErrorID() common.Hash {
	return common.HexToHash("0x140be625c8b929a077b142b284e3c75acd9446a05ac365b186154b2d8f4fa91a")
}

// UnpackNotEnoughCandidatesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughCandidates(uint256 eligible, uint256 needed)
func (community *Community) UnpackNotEnoughCandidatesError(raw []byte) (*CommunityNotEnoughCandidates, error) {
	out := new(CommunityNotEnoughCandidates)
	if err := community.abi.UnpackIntoInterface(out, "NotEnoughCandidates", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityNotFounderOrNotary represents a NotFounderOrNotary error raised by the Community contract.
type CommunityNotFounderOrNotary struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFounderOrNotary(address account)
func CommunityNotFounderOrNotaryErrorID() common.Hash {
	return common.HexToHash("0x2ce8c4d43b9bf13937633b1ceee9e4f6ec7f70cc07fd88b62e32ee904d7a2c89")
}

// UnpackNotFounderOrNotaryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFounderOrNotary(address account)
func (community *Community) UnpackNotFounderOrNotaryError(raw []byte) (*CommunityNotFounderOrNotary, error) {
	out := new(CommunityNotFounderOrNotary)
	if err := community.abi.UnpackIntoInterface(out, "NotFounderOrNotary", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityNotNotary represents a NotNotary error raised by the Community contract.
type CommunityNotNotary struct {
	Account common.Address
	Term    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNotary(address account, uint32 term)
func CommunityNotNotaryErrorID() common.Hash {
	return common.HexToHash("0x950d3e2cb2345e1538c5bcf518d9fb8aa46462af4da179eb846c8cd070da1aaa")
}

// UnpackNotNotaryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNotary(address account, uint32 term)
func (community *Community) UnpackNotNotaryError(raw []byte) (*CommunityNotNotary, error) {
	out := new(CommunityNotNotary)
	if err := community.abi.UnpackIntoInterface(out, "NotNotary", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityNotNotaryOrCandidate represents a NotNotaryOrCandidate error raised by the Community contract.
type CommunityNotNotaryOrCandidate struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNotaryOrCandidate(address account)
func CommunityNotNotaryOrCandidateErrorID() common.Hash {
	return common.HexToHash("0xd96620ee0062471440bdc604288a5128205257f585655623f066b471c5290834")
}

// UnpackNotNotaryOrCandidateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNotaryOrCandidate(address account)
func (community *Community) UnpackNotNotaryOrCandidateError(raw []byte) (*CommunityNotNotaryOrCandidate, error) {
	out := new(CommunityNotNotaryOrCandidate)
	if err := community.abi.UnpackIntoInterface(out, "NotNotaryOrCandidate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityNotOutpolling represents a NotOutpolling error raised by the Community contract.
type CommunityNotOutpolling struct {
	Candidate    common.Address
	Votes        uint32
	LowestListed uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOutpolling(address candidate, uint32 votes, uint32 lowestListed)
func CommunityNotOutpollingErrorID() common.Hash {
	return common.HexToHash("0xdb5494edbd5badc5239720c5d0d51f03b57a089ed656d016163a2a605b393afc")
}

// UnpackNotOutpollingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOutpolling(address candidate, uint32 votes, uint32 lowestListed)
func (community *Community) UnpackNotOutpollingError(raw []byte) (*CommunityNotOutpolling, error) {
	out := new(CommunityNotOutpolling)
	if err := community.abi.UnpackIntoInterface(out, "NotOutpolling", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityNullifierAlreadyPaid represents a NullifierAlreadyPaid error raised by the Community contract.
type CommunityNullifierAlreadyPaid struct {
	Nullifier [32]byte
	ClaimId   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NullifierAlreadyPaid(bytes32 nullifier, uint256 claimId)
func CommunityNullifierAlreadyPaidErrorID() common.Hash {
	return common.HexToHash("0xb354e73a0b3693fc6d788c5a0efbd6cee34a23605692f069c0811932ea856e77")
}

// UnpackNullifierAlreadyPaidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NullifierAlreadyPaid(bytes32 nullifier, uint256 claimId)
func (community *Community) UnpackNullifierAlreadyPaidError(raw []byte) (*CommunityNullifierAlreadyPaid, error) {
	out := new(CommunityNullifierAlreadyPaid)
	if err := community.abi.UnpackIntoInterface(out, "NullifierAlreadyPaid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityOpenClaimExists represents a OpenClaimExists error raised by the Community contract.
type CommunityOpenClaimExists struct {
	ClaimId      *big.Int
	ReviewEndsAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpenClaimExists(uint256 claimId, uint64 reviewEndsAt)
func CommunityOpenClaimExistsErrorID() common.Hash {
	return common.HexToHash("0x6978a6df3537df7b4522fb531033b67da2c8ccbd72885a4161271c6d770b4c80")
}

// UnpackOpenClaimExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpenClaimExists(uint256 claimId, uint64 reviewEndsAt)
func (community *Community) UnpackOpenClaimExistsError(raw []byte) (*CommunityOpenClaimExists, error) {
	out := new(CommunityOpenClaimExists)
	if err := community.abi.UnpackIntoInterface(out, "OpenClaimExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityOwnClaim represents a OwnClaim error raised by the Community contract.
type CommunityOwnClaim struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnClaim(uint256 claimId)
func CommunityOwnClaimErrorID() common.Hash {
	return common.HexToHash("0x2f285ec742520ec5597459f3851fd201ed59b5272d7f165a96919821a74fc79c")
}

// UnpackOwnClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnClaim(uint256 claimId)
func (community *Community) UnpackOwnClaimError(raw []byte) (*CommunityOwnClaim, error) {
	out := new(CommunityOwnClaim)
	if err := community.abi.UnpackIntoInterface(out, "OwnClaim", raw); err != nil {
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

// CommunityQueueEmpty represents a QueueEmpty error raised by the Community contract.
type CommunityQueueEmpty struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueEmpty()
func CommunityQueueEmptyErrorID() common.Hash {
	return common.HexToHash("0x75e52f4f0c5412c0ad4722576bc22ab70833a60e80272537e05cbcd06f604bf6")
}

// UnpackQueueEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueEmpty()
func (community *Community) UnpackQueueEmptyError(raw []byte) (*CommunityQueueEmpty, error) {
	out := new(CommunityQueueEmpty)
	if err := community.abi.UnpackIntoInterface(out, "QueueEmpty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityQuorumUnreachable represents a QuorumUnreachable error raised by the Community contract.
type CommunityQuorumUnreachable struct {
	Voters *big.Int
	Quorum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumUnreachable(uint256 voters, uint256 quorum)
func CommunityQuorumUnreachableErrorID() common.Hash {
	return common.HexToHash("0xdee01a6fb455cefeb07585d4df478fac06b38d2e56f99872d6b977ec673b2151")
}

// UnpackQuorumUnreachableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumUnreachable(uint256 voters, uint256 quorum)
func (community *Community) UnpackQuorumUnreachableError(raw []byte) (*CommunityQuorumUnreachable, error) {
	out := new(CommunityQuorumUnreachable)
	if err := community.abi.UnpackIntoInterface(out, "QuorumUnreachable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityReasonRequired represents a ReasonRequired error raised by the Community contract.
type CommunityReasonRequired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReasonRequired()
func CommunityReasonRequiredErrorID() common.Hash {
	return common.HexToHash("0xbc7fd3315a64e71ff0dfe2f4e3dfdbb2f3551e843227ecdcd537e6cc1363c6b5")
}

// UnpackReasonRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReasonRequired()
func (community *Community) UnpackReasonRequiredError(raw []byte) (*CommunityReasonRequired, error) {
	out := new(CommunityReasonRequired)
	if err := community.abi.UnpackIntoInterface(out, "ReasonRequired", raw); err != nil {
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

// CommunityReviewWindowClosed represents a ReviewWindowClosed error raised by the Community contract.
type CommunityReviewWindowClosed struct {
	ClaimId  *big.Int
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewWindowClosed(uint256 claimId, uint64 closedAt)
func CommunityReviewWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xb455f6ae14ee91ba5525acbb98f7fcd6752a8f933841cd6a19805278f58f4b20")
}

// UnpackReviewWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewWindowClosed(uint256 claimId, uint64 closedAt)
func (community *Community) UnpackReviewWindowClosedError(raw []byte) (*CommunityReviewWindowClosed, error) {
	out := new(CommunityReviewWindowClosed)
	if err := community.abi.UnpackIntoInterface(out, "ReviewWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityReviewWindowOpen represents a ReviewWindowOpen error raised by the Community contract.
type CommunityReviewWindowOpen struct {
	ClaimId  *big.Int
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewWindowOpen(uint256 claimId, uint64 closesAt)
func CommunityReviewWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x4d9cae1c278369cfdc19d4874e43121de74a4104135540b296bcf7d71b40da38")
}

// UnpackReviewWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewWindowOpen(uint256 claimId, uint64 closesAt)
func (community *Community) UnpackReviewWindowOpenError(raw []byte) (*CommunityReviewWindowOpen, error) {
	out := new(CommunityReviewWindowOpen)
	if err := community.abi.UnpackIntoInterface(out, "ReviewWindowOpen", raw); err != nil {
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

// CommunityTermChanged represents a TermChanged error raised by the Community contract.
type CommunityTermChanged struct {
	SealedFor uint32
	Current   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermChanged(uint32 sealedFor, uint32 current)
func CommunityTermChangedErrorID() common.Hash {
	return common.HexToHash("0xd90f56979bf69fdf1a7c85378d5e65380f9a0d9c4cfe189be7ba5d0be0f5e884")
}

// UnpackTermChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermChanged(uint32 sealedFor, uint32 current)
func (community *Community) UnpackTermChangedError(raw []byte) (*CommunityTermChanged, error) {
	out := new(CommunityTermChanged)
	if err := community.abi.UnpackIntoInterface(out, "TermChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTermNotOver represents a TermNotOver error raised by the Community contract.
type CommunityTermNotOver struct {
	EndsAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermNotOver(uint64 endsAt)
func CommunityTermNotOverErrorID() common.Hash {
	return common.HexToHash("0x42b79c157b91a33c36c73b0c72e15e614d3ab212804e90e552685f7cfdcc689c")
}

// UnpackTermNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermNotOver(uint64 endsAt)
func (community *Community) UnpackTermNotOverError(raw []byte) (*CommunityTermNotOver, error) {
	out := new(CommunityTermNotOver)
	if err := community.abi.UnpackIntoInterface(out, "TermNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityTooManyPicks represents a TooManyPicks error raised by the Community contract.
type CommunityTooManyPicks struct {
	Picks *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyPicks(uint256 picks, uint256 max)
func CommunityTooManyPicksErrorID() common.Hash {
	return common.HexToHash("0x53c4dcf2615af1e1c87764add4fc184319eac03b679a1a8e94c0a9a83061435f")
}

// UnpackTooManyPicksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyPicks(uint256 picks, uint256 max)
func (community *Community) UnpackTooManyPicksError(raw []byte) (*CommunityTooManyPicks, error) {
	out := new(CommunityTooManyPicks)
	if err := community.abi.UnpackIntoInterface(out, "TooManyPicks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommunityUnknownClaim represents a UnknownClaim error raised by the Community contract.
type CommunityUnknownClaim struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownClaim(uint256 claimId)
func CommunityUnknownClaimErrorID() common.Hash {
	return common.HexToHash("0xf3dc2772ad1b6f102be43b4e246474c67c59b2e25bcc633b2c1e8b0bbea918cc")
}

// UnpackUnknownClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownClaim(uint256 claimId)
func (community *Community) UnpackUnknownClaimError(raw []byte) (*CommunityUnknownClaim, error) {
	out := new(CommunityUnknownClaim)
	if err := community.abi.UnpackIntoInterface(out, "UnknownClaim", raw); err != nil {
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

// CommunityZeroIssuer represents a ZeroIssuer error raised by the Community contract.
type CommunityZeroIssuer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroIssuer()
func CommunityZeroIssuerErrorID() common.Hash {
	return common.HexToHash("0x2a41aa57dfa1c7629460d7de5874cbd3a0c340702cff120e33d5f02694e98938")
}

// UnpackZeroIssuerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroIssuer()
func (community *Community) UnpackZeroIssuerError(raw []byte) (*CommunityZeroIssuer, error) {
	out := new(CommunityZeroIssuer)
	if err := community.abi.UnpackIntoInterface(out, "ZeroIssuer", raw); err != nil {
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
