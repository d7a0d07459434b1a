// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {Part, Parts, Params} from "./Part.sol";

/// @title huzhu community: membership, dues and the pool
/// @notice One community is four parts (see contracts/doc.go): this one,
/// whose address names the community, holds the pool and the members;
/// Board seats notaries; Claims decides and queues claims and asks this
/// part to pay them; Registry keeps the trusted issuers.
/// @dev Design rules (huzhu SPEC section 4): no loop over members or
/// claims; every movement of money emits an event (DuesPaid, Donation,
/// ClaimPaid, OwedWithdrawn; PoolSynced states the balance so that a plain
/// transfer to this contract is explained by the logs); parameters are
/// immutable; time is block time.
///
/// A payout the token refuses (a blocklisted claimant) becomes an amount
/// owed to the member, kept in the pool until they withdraw it to an
/// address of their choice: one refused transfer never blocks another
/// claim's payout.
contract Community is Part, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Most coverage periods paid in one transaction.
    uint256 public constant MAX_PERIODS = 120;
    /// @notice Most bounds of a community's lists.
    uint256 public constant MAX_SEATS = 32;
    uint256 public constant MAX_LIST = 64;

    IERC20 public immutable token;
    address public immutable founder;
    uint256 public immutable dues;
    uint64 public immutable period;
    uint64 public immutable waitingPeriod;
    uint64 public immutable gracePeriod;
    uint64 public immutable createdAt;
    uint256 private immutable _maxPayout;
    uint256 private immutable _scalars; // seats | quorum | recall | outflow | minBallots, packed
    uint64 private immutable _term;
    uint64 private immutable _review;
    uint64 private immutable _voting;
    uint64 private immutable _notice;
    bytes3 private immutable _currency;

    string[] private _categories;
    string[] private _acceptedTypes;
    address[] private _firstNotaries;

    /// One storage slot per member: a join or renewal writes exactly one
    /// slot, and so does the start of a claim (Claims calls startClaim).
    struct Member {
        uint40 joinedAt;
        uint40 coveredUntil;
        uint64 openClaim;
    }

    mapping(address => Member) private _members;
    /// Payouts the token refused, per member, until withdrawn.
    mapping(address => uint256) public owed;
    uint256 public totalOwed;

    event CommunityCreated(address indexed founder, address indexed token, Params params, Parts parts);
    event DuesPaid(
        address indexed member, address indexed payer, uint256 amount, uint64 joinedAt, uint64 coveredUntil
    );
    event Donation(address indexed from, uint256 amount);
    /// The pool's token balance at sync(): what the events before it do
    /// not explain came in by plain transfer.
    event PoolSynced(uint256 balance);
    event ClaimPaid(uint256 indexed id, address indexed member, uint256 amount);
    /// The token refused to pay claim `id` to `member`: the amount stays
    /// in the pool, owed to them.
    event PayoutOwed(uint256 indexed id, address indexed member, uint256 amount);
    event OwedWithdrawn(address indexed member, address indexed to, uint256 amount);

    error InvalidParameter(string name);
    error ZeroMember();
    error InvalidPeriods(uint256 periods, uint256 max);
    error ZeroAmount();
    error NotActive(address member, uint64 coveredUntil);
    error WaitingPeriod(address member, uint64 eligibleAt);
    error PoolInsufficient(uint256 available, uint256 needed);
    error NothingOwed(address member);
    /// The payout's transfer ran out of gas: send the transaction with more.
    error TransferStarved();

    constructor(Params memory p, Parts memory wired) Part(wired, p) {
        if (p.token == address(0) || p.token.code.length == 0) revert InvalidParameter("token");
        if (p.dues == 0 || p.dues > type(uint256).max / MAX_PERIODS) revert InvalidParameter("dues");
        if (p.period == 0 || p.period * MAX_PERIODS > type(uint32).max) revert InvalidParameter("period");
        // A waiting period of at least a second keeps joining and voting
        // out of one block.
        if (p.waitingPeriod == 0 || p.waitingPeriod > type(uint32).max) revert InvalidParameter("waiting");
        if (p.gracePeriod > p.period) revert InvalidParameter("grace");
        // Payouts are reckoned per member in 88 bits (Claims).
        if (p.maxPayout == 0 || p.maxPayout > type(uint88).max) revert InvalidParameter("maxPayout");
        if (p.seats == 0 || p.seats > MAX_SEATS) revert InvalidParameter("seats");
        // A quorum of every seat could not survive one resignation.
        if (p.quorum == 0 || p.quorum >= p.seats && p.seats > 1) revert InvalidParameter("quorum");
        if (p.term == 0 || p.term > type(uint32).max) revert InvalidParameter("term");
        if (p.reviewWindow == 0 || p.reviewWindow > type(uint32).max) revert InvalidParameter("review");
        if (p.votingWindow == 0 || p.votingWindow > p.term) revert InvalidParameter("voting");
        if (p.noticeWindow == 0 || p.noticeWindow > type(uint32).max) revert InvalidParameter("notice");
        if (p.recallSignatures == 0) revert InvalidParameter("recall");
        if (p.outflowBps == 0 || p.outflowBps > 10_000) revert InvalidParameter("outflow");
        if (p.minBallots == 0) revert InvalidParameter("minBallots");
        if (p.notaries.length < p.quorum || p.notaries.length > p.seats) revert InvalidParameter("notaries");
        for (uint256 i = 0; i < p.notaries.length; i++) {
            if (p.notaries[i] == address(0)) revert InvalidParameter("notaries");
            for (uint256 j = 0; j < i; j++) {
                if (p.notaries[j] == p.notaries[i]) revert InvalidParameter("notaries");
            }
        }
        _list(_categories, p.categories, "categories");
        _list(_acceptedTypes, p.acceptedTypes, "acceptedTypes");
        bytes memory cur = bytes(p.currency);
        if (cur.length != 3) revert InvalidParameter("currency");
        for (uint256 i = 0; i < 3; i++) {
            if (cur[i] < "A" || cur[i] > "Z") revert InvalidParameter("currency");
        }
        _currency = bytes3(cur);
        _firstNotaries = p.notaries;

        token = IERC20(p.token);
        founder = msg.sender;
        dues = p.dues;
        period = p.period;
        waitingPeriod = p.waitingPeriod;
        gracePeriod = p.gracePeriod;
        createdAt = uint64(block.timestamp);
        _maxPayout = p.maxPayout;
        _scalars = uint256(p.seats) | uint256(p.quorum) << 8 | uint256(p.recallSignatures) << 16
            | uint256(p.outflowBps) << 32 | uint256(p.minBallots) << 48;
        _term = p.term;
        _review = p.reviewWindow;
        _voting = p.votingWindow;
        _notice = p.noticeWindow;

        emit CommunityCreated(msg.sender, p.token, p, wired);
    }

    function _list(string[] storage to, string[] memory from, string memory name) private {
        if (from.length == 0 || from.length > MAX_LIST) revert InvalidParameter(name);
        for (uint256 i = 0; i < from.length; i++) {
            if (bytes(from[i]).length == 0) revert InvalidParameter(name);
            to.push(from[i]);
        }
    }

    // ------------------------------------------------------------------
    // Membership and dues
    // ------------------------------------------------------------------

    /// @notice Pays `periods` coverage periods for yourself. Dues are
    /// contributions, not deposits: nothing is refunded on leaving.
    function join(uint256 periods) external nonReentrant {
        _exact(36);
        _payDues(msg.sender, msg.sender, periods);
    }

    /// @notice Pays `periods` coverage periods for `member` (a family, an employer).
    function contribute(address member, uint256 periods) external nonReentrant {
        _exact(68);
        _payDues(msg.sender, member, periods);
    }

    /// @notice join with an EIP-2612 permit, in one transaction.
    function joinWithPermit(uint256 periods, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external nonReentrant {
        _exact(164);
        _permit(periods, deadline, v, r, s);
        _payDues(msg.sender, msg.sender, periods);
    }

    /// @notice contribute with an EIP-2612 permit, in one transaction.
    function contributeWithPermit(address member, uint256 periods, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
    {
        _exact(196);
        _permit(periods, deadline, v, r, s);
        _payDues(msg.sender, member, periods);
    }

    function _permit(uint256 periods, uint256 deadline, uint8 v, bytes32 r, bytes32 s) private {
        if (periods == 0 || periods > MAX_PERIODS) revert InvalidPeriods(periods, MAX_PERIODS);
        // A permit seen in the mempool can be front-run; if it was, the
        // allowance is already in place and the payment goes ahead.
        try IERC20Permit(address(token)).permit(msg.sender, address(this), dues * periods, deadline, v, r, s) {} catch {}
    }

    function _payDues(address payer, address member, uint256 periods) private {
        if (member == address(0)) revert ZeroMember();
        if (periods == 0 || periods > MAX_PERIODS) revert InvalidPeriods(periods, MAX_PERIODS);
        uint256 amount = dues * periods;
        uint40 extra = uint40(period * periods);
        uint40 nowTs = uint40(block.timestamp);

        Member memory m = _members[member];
        if (m.coveredUntil == 0 || nowTs > m.coveredUntil + gracePeriod) {
            // First join, or a re-join after grace: the waiting period restarts.
            m.joinedAt = nowTs;
            m.coveredUntil = nowTs + extra;
        } else {
            // Renewal inside coverage or grace: continuous coverage, same join date.
            m.coveredUntil += extra;
        }
        _members[member] = m;

        emit DuesPaid(member, payer, amount, m.joinedAt, m.coveredUntil);
        token.safeTransferFrom(payer, address(this), amount);
    }

    // ------------------------------------------------------------------
    // Entry points of the Claims part
    // ------------------------------------------------------------------

    /// @notice Claims only: `member` files claim `id`. Refuses a member not
    /// covered or still in the waiting period; records the claim as the
    /// member's open one and returns the previous (0 if none), which
    /// Claims checks is closed.
    function startClaim(address member, uint256 id) external returns (uint256 previous) {
        _exact(68);
        _only(claims);
        Member memory m = _members[member];
        if (block.timestamp >= m.coveredUntil) revert NotActive(member, m.coveredUntil);
        uint64 eligibleAt = uint64(m.joinedAt) + waitingPeriod;
        if (block.timestamp < eligibleAt) revert WaitingPeriod(member, eligibleAt);
        previous = m.openClaim;
        m.openClaim = uint64(id);
        _members[member] = m;
    }

    /// @notice Claims only: pays claim `id`'s `amount` to `member` from the
    /// pool. If the token refuses the transfer, the amount stays in the
    /// pool owed to the member (PayoutOwed), and false is returned.
    function pay(uint256 id, address member, uint256 amount) external nonReentrant returns (bool paid) {
        _exact(100);
        _only(claims);
        uint256 free = _available();
        if (amount > free) revert PoolInsufficient(free, amount);
        uint256 before = gasleft();
        if (token.trySafeTransfer(member, amount)) {
            emit ClaimPaid(id, member, amount);
            return true;
        }
        // A caller who gave the transfer too little gas must not turn a
        // payout into a debt: the transfer had 63/64 of what was left.
        if (gasleft() < before / 64) revert TransferStarved();
        owed[member] += amount;
        totalOwed += amount;
        emit PayoutOwed(id, member, amount);
    }

    /// @notice Pays what the pool owes the caller (payouts the token
    /// refused) to `to`, for example an address the token does not block.
    function withdrawOwed(address to) external nonReentrant {
        _exact(36);
        if (to == address(0)) revert ZeroMember();
        uint256 amount = owed[msg.sender];
        if (amount == 0) revert NothingOwed(msg.sender);
        owed[msg.sender] = 0;
        totalOwed -= amount;
        emit OwedWithdrawn(msg.sender, to, amount);
        token.safeTransfer(to, amount);
    }

    // ------------------------------------------------------------------
    // Donations and the pool's explanation
    // ------------------------------------------------------------------

    /// @notice Gives `amount` tokens to the pool (approve them first).
    function donate(uint256 amount) external nonReentrant {
        _exact(36);
        if (amount == 0) revert ZeroAmount();
        emit Donation(msg.sender, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice States the pool's balance in an event, so that tokens sent
    /// by plain transfer are explained by the community's logs. Anyone may
    /// call it.
    function sync() external nonReentrant returns (uint256 balance) {
        _exact(4);
        balance = token.balanceOf(address(this));
        emit PoolSynced(balance);
    }

    // ------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------

    struct MemberView {
        uint64 joinedAt;
        uint64 coveredUntil;
        uint64 eligibleAt;
        uint64 graceEndsAt;
        uint256 openClaim;
        bool active;
        bool eligible;
    }

    function memberOf(address account) external view returns (MemberView memory v) {
        Member memory m = _members[account];
        v.joinedAt = m.joinedAt;
        v.coveredUntil = m.coveredUntil;
        v.openClaim = m.openClaim;
        if (m.coveredUntil != 0) {
            v.eligibleAt = uint64(m.joinedAt) + waitingPeriod;
            v.graceEndsAt = uint64(m.coveredUntil) + gracePeriod;
        }
        v.active = block.timestamp < m.coveredUntil;
        v.eligible = v.active && block.timestamp >= v.eligibleAt;
    }

    /// @notice A member's join date and end of coverage (0, 0 for a stranger).
    function membership(address account) external view returns (uint64 joinedAt, uint64 coveredUntil) {
        Member memory m = _members[account];
        return (m.joinedAt, m.coveredUntil);
    }

    /// @notice The pool's token balance.
    function poolBalance() external view returns (uint256) {
        return token.balanceOf(address(this));
    }

    /// @notice What the pool can pay claims: its balance less what it owes.
    function available() external view returns (uint256) {
        return _available();
    }

    function _available() private view returns (uint256) {
        uint256 balance = token.balanceOf(address(this));
        uint256 owes = totalOwed;
        return balance > owes ? balance - owes : 0;
    }

    /// @notice All parameters, as fixed at creation.
    function parameters() external view returns (Params memory p) {
        uint256 s = _scalars;
        p.token = address(token);
        p.dues = dues;
        p.period = period;
        p.waitingPeriod = waitingPeriod;
        p.gracePeriod = gracePeriod;
        p.maxPayout = _maxPayout;
        p.seats = uint8(s);
        p.quorum = uint8(s >> 8);
        p.term = _term;
        p.reviewWindow = _review;
        p.votingWindow = _voting;
        p.noticeWindow = _notice;
        p.recallSignatures = uint16(s >> 16);
        p.outflowBps = uint16(s >> 32);
        p.minBallots = uint16(s >> 48);
        p.notaries = _firstNotaries;
        p.categories = _categories;
        p.acceptedTypes = _acceptedTypes;
        p.currency = string(abi.encodePacked(_currency));
    }
}
