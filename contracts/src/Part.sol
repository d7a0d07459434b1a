// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice A community's parameters, fixed at creation. Every part is
/// constructed with the same value and keeps its hash (paramsHash), so
/// that anyone can check that the parts of a community agree.
struct Params {
    address token;
    uint256 dues;
    uint64 period;
    uint64 waitingPeriod;
    uint64 gracePeriod;
    uint256 maxPayout;
    uint8 seats;
    uint8 quorum;
    uint64 term;
    uint64 reviewWindow;
    /// The least time an election stays open for standing and voting.
    uint64 votingWindow;
    /// Public notice of an approved claim before it can be paid.
    uint64 noticeWindow;
    /// Eligible members' signatures that recall a board.
    uint16 recallSignatures;
    /// Payouts per period at most: this share (basis points) of the pool
    /// at the period's first payout, or maxPayout if that is larger.
    uint16 outflowBps;
    /// Ballots an election needs before it can be finalized.
    uint16 minBallots;
    address[] notaries;
    string[] categories;
    /// Credential types (SD-JWT VC `vct`) accepted as evidence.
    string[] acceptedTypes;
    /// ISO 4217 code of the currency one token counts as.
    string currency;
}

/// @notice The addresses of a community's four parts.
struct Parts {
    address community;
    address board;
    address claims;
    address registry;
}

/// @title A part of a huzhu community
/// @notice Knows the other parts (immutable, fixed at creation) and the
/// community's parameters' hash. Every state-changing function checks its
/// calldata's exact length, so that nothing can ride along after the
/// arguments (whatever rides along in a transaction is public forever).
abstract contract Part {
    address public immutable community;
    address public immutable board;
    address public immutable claims;
    address public immutable registry;
    /// keccak256(abi.encode(params)) as constructed.
    bytes32 public immutable paramsHash;

    /// The caller may not call this entry point: only `allowed` may.
    error Unauthorized(address caller, address allowed);
    /// The calldata is not the exact encoding of the function's arguments.
    error Calldata(uint256 length, uint256 expected);
    /// The parts are deployed one after the other from the founder's
    /// account, each told every part's address as planned from the
    /// account's nonce; huzhu checks the wiring once all are mined.
    constructor(Parts memory wired, Params memory p) {
        community = wired.community;
        board = wired.board;
        claims = wired.claims;
        registry = wired.registry;
        paramsHash = keccak256(abi.encode(p));
    }

    /// @notice The community's four parts.
    function parts() external view returns (Parts memory) {
        return Parts(community, board, claims, registry);
    }

    function _only(address allowed) internal view {
        if (msg.sender != allowed) revert Unauthorized(msg.sender, allowed);
    }

    /// Calldata of exactly `n` bytes (a function of static arguments).
    function _exact(uint256 n) internal pure {
        if (msg.data.length != n) revert Calldata(msg.data.length, n);
    }

    /// The canonical encoding of a function with `heads` head words whose
    /// only dynamic argument, `bytes` or `string` of `len` bytes, is head
    /// word `at`: its offset points right after the heads, nothing follows
    /// its data, and the padding of its last word is zero.
    function _exactBytes(uint256 heads, uint256 at, uint256 len) internal pure {
        uint256 padded = (len + 31) & ~uint256(31);
        uint256 expected = 4 + 32 * heads + 32 + padded;
        uint256 offset;
        uint256 last;
        assembly ("memory-safe") {
            offset := calldataload(add(4, mul(32, at)))
            last := calldataload(sub(calldatasize(), 32))
        }
        if (offset != 32 * heads || msg.data.length != expected) revert Calldata(msg.data.length, expected);
        uint256 tail = padded - len;
        if (tail != 0 && last & ((uint256(1) << (8 * tail)) - 1) != 0) revert Calldata(msg.data.length, expected);
    }

    function _popcount(uint256 x) internal pure returns (uint256 n) {
        for (; x != 0; x &= x - 1) n++;
    }
}

/// The views and entry points parts call on each other.
interface ICommunity {
    function membership(address account) external view returns (uint64 joinedAt, uint64 coveredUntil);
    function available() external view returns (uint256);
    function startClaim(address member, uint256 id) external returns (uint256 previous);
    function pay(uint256 id, address member, uint256 amount) external returns (bool paid);
}

interface IBoard {
    function currentTerm() external view returns (uint32);
    function claimTerm(address claimant) external view returns (uint32 term, uint32 live, uint8 seat, uint40 recalled);
    function voter(uint32 term, address notary) external view returns (uint8 seat, uint32 live, uint40 recalled);
    function recalledAt(uint256 term) external view returns (uint40);
}

interface IClaims {
    function noticeOpenUntil(uint256 term) external view returns (uint40);
    function lastApprovedAt() external view returns (uint40);
}
