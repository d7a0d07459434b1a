// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {Part, Parts, Params, ICommunity, IBoard} from "./Part.sol";

/// @title huzhu community: claims and payouts
/// @notice An eligible member files a claim whose evidence travels sealed
/// to the notaries of the current term; they vote; an approved claim is
/// published for noticeWindow (anyone sees its amount, member and votes,
/// and members may recall the board) and then paid from the pool in
/// approval order, at most the outflow cap per period.
/// @dev Every vote names the claim it decides: the claim's commitment is
/// keccak256(abi.encode(member, amount, term, nullifier, envelopeHash)),
/// and a vote carries member, nullifier and envelope hash (amount and term
/// are stored), so that a vote replayed after a reorg cannot count for any
/// other claim. Votes are seat bit masks; a seat resigned or vacated stops
/// counting, and quorum is reached over the seats still held. A rejection
/// carries its reason sealed (REASON_BYTES, opened by the claimant and
/// the term's notaries) and only its hash reaches the events: publicly a
/// claim is approved, rejected, expired or returned, nothing else.
contract Claims is Part, ReentrancyGuardTransient {
    uint8 public constant STATUS_NONE = 0;
    uint8 public constant STATUS_OPEN = 1;
    /// Approved by quorum: in public notice, then waiting in the payout queue.
    uint8 public constant STATUS_APPROVED = 2;
    uint8 public constant STATUS_PAID = 3;
    uint8 public constant STATUS_REJECTED = 4;
    uint8 public constant STATUS_EXPIRED = 5;
    /// Its board was recalled, or too few seats remain to decide it: the
    /// member may file it again with the next board.
    uint8 public constant STATUS_RETURNED = 6;

    /// @notice A claim envelope is exactly ENVELOPE_BASE +
    /// ENVELOPE_PER_RECIPIENT x (seats held) bytes: huzhu's sealed
    /// disclosure envelope, format v2, whose length tells nothing else.
    uint256 public constant ENVELOPE_BASE = 8264;
    uint256 public constant ENVELOPE_PER_RECIPIENT = 1204;
    /// @notice A rejection's sealed reason is exactly this long.
    uint256 public constant REASON_BYTES = 349;
    /// @notice Most queue entries one settle call handles.
    uint256 public constant MAX_SETTLE = 32;
    /// @notice A member's payouts approved within any such span total at
    /// most maxPayout.
    uint256 public constant PAYOUT_WINDOW = 365 days;

    uint256 public immutable maxPayout;
    uint8 public immutable quorum;
    uint64 public immutable reviewWindow;
    uint64 public immutable noticeWindow;
    uint64 public immutable period;
    uint16 public immutable outflowBps;
    uint64 public immutable createdAt;

    /// One slot, written at submission and by each vote. The commitment is
    /// a second slot.
    struct Claim {
        uint96 amount;
        uint32 term;
        uint40 submittedAt;
        uint8 status;
        /// The claimant's own seat in the term (index + 1), left out of its voters.
        uint8 claimantSeat;
        /// While open: the seats that approved (bits 0..31) and rejected
        /// (bits 32..63). From approval on: the time of approval (the
        /// votes stay in the ClaimVote events).
        uint64 votes;
    }

    struct Outflow {
        uint32 period;
        uint112 cap;
        uint112 paid;
    }

    // One slot.
    uint64 public claimCount;
    uint40 public lastApprovedAt;
    uint64 public queueHead;
    uint64 public queueTail;

    /// This period's payouts and their cap.
    Outflow public outflow;

    mapping(uint256 => Claim) private _claims;
    mapping(uint256 => bytes32) private _commitments;
    /// queue position => member (bits 96..255) | claim id (bits 0..63).
    mapping(uint256 => uint256) private _queue;
    /// nullifier => the claim approved with it (0 if none).
    mapping(bytes32 => uint256) public nullifierClaim;
    /// term => the end of the latest public notice of its claims.
    mapping(uint256 => uint40) public noticeOpenUntil;
    /// member => payouts approved in the last PAYOUT_WINDOW: two entries
    /// of (uint40 approvedAt << 88 | uint88 amount), the first in bits 0..127.
    mapping(address => uint256) private _payouts;

    event ClaimSubmitted(
        uint256 indexed id,
        address indexed member,
        uint32 indexed term,
        uint256 amount,
        bytes32 nullifier,
        bytes32 envelopeHash,
        bytes envelope
    );
    /// A vote; a rejection's `reason` is the hash of its sealed reason
    /// (zero for an approval).
    event ClaimVote(uint256 indexed id, address indexed notary, bool approve, bytes32 reason);
    /// Approved by quorum: public until `noticeEndsAt`, then paid from
    /// queue `position` on.
    event ClaimApproved(uint256 indexed id, uint256 position, uint64 noticeEndsAt);
    event ClaimRejected(uint256 indexed id);
    event ClaimExpired(uint256 indexed id);
    event ClaimReturned(uint256 indexed id);

    error TermChanged(uint32 sealedFor, uint32 current);
    error BoardRecalled(uint32 term);
    error EnvelopeSize(uint256 size, uint256 expected);
    error QuorumUnreachable(uint256 voters, uint256 quorum);
    error AmountOutOfRange(uint256 amount, uint256 maxPayout);
    /// What remains of the member's maxPayout in the payout window, and
    /// when more frees up.
    error PayoutLimit(uint256 remaining, uint64 freesAt);
    error NullifierAlreadyPaid(bytes32 nullifier, uint256 claimId);
    error OpenClaimExists(uint256 claimId, uint64 reviewEndsAt);
    error UnknownClaim(uint256 claimId);
    error ClaimNotOpen(uint256 claimId, uint8 status);
    error ClaimMismatch(uint256 claimId);
    error ReviewWindowClosed(uint256 claimId, uint64 closedAt);
    error ReviewWindowOpen(uint256 claimId, uint64 closesAt);
    error NotNotary(address account, uint32 term);
    error OwnClaim(uint256 claimId);
    error AlreadyVoted(uint256 claimId, address notary);
    error ReasonSize(uint256 size, uint256 expected);
    error NothingToDecide(uint256 claimId);
    error QueueEmpty();
    error NoticeOpen(uint256 claimId, uint64 endsAt);
    error OutflowCapped(uint256 paid, uint256 cap, uint64 nextPeriodAt);
    error PoolInsufficient(uint256 available, uint256 needed);

    constructor(Params memory p, Parts memory wired) Part(wired, p) {
        maxPayout = p.maxPayout;
        quorum = p.quorum;
        reviewWindow = p.reviewWindow;
        noticeWindow = p.noticeWindow;
        period = p.period;
        outflowBps = p.outflowBps;
        createdAt = uint64(block.timestamp);
    }

    /// @notice The commitment a claim stores and every vote must name.
    function commitmentOf(address member, uint256 amount, uint32 term, bytes32 nullifier, bytes32 envelopeHash)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(member, amount, term, nullifier, envelopeHash));
    }

    // ------------------------------------------------------------------
    // Filing
    // ------------------------------------------------------------------

    /// @notice Files a claim for `amount`. The evidence travels sealed in
    /// `envelope` (only its hash is stored) to the notaries of `term`, the
    /// term the member sealed it for. `nullifier` names the medical event
    /// so that it is paid at most once.
    function submitClaim(uint256 amount, bytes32 nullifier, bytes calldata envelope, uint32 term)
        external
        nonReentrant
        returns (uint256 id)
    {
        _exactBytes(4, 2, envelope.length);
        uint8 seat = _checkSubmission(amount, nullifier, envelope.length, term);
        id = ++claimCount;
        uint256 previous = ICommunity(community).startClaim(msg.sender, id);
        if (previous != 0) _closePrevious(previous);
        bytes32 envelopeHash = keccak256(envelope);
        _claims[id] = Claim({
            amount: uint96(amount),
            term: term,
            submittedAt: uint40(block.timestamp),
            status: STATUS_OPEN,
            claimantSeat: seat,
            votes: 0
        });
        _commitments[id] = commitmentOf(msg.sender, amount, term, nullifier, envelopeHash);
        emit ClaimSubmitted(id, msg.sender, term, amount, nullifier, envelopeHash, envelope);
    }

    /// Refuses a claim the rules do not allow now; returns the claimant's
    /// own seat in the term (index + 1, 0 if none).
    function _checkSubmission(uint256 amount, bytes32 nullifier, uint256 envelopeLength, uint32 term)
        private
        view
        returns (uint8 seat)
    {
        (uint32 current, uint32 live, uint8 mine, uint40 recalled) = IBoard(board).claimTerm(msg.sender);
        if (term != current) revert TermChanged(term, current);
        if (recalled != 0) revert BoardRecalled(term);
        uint256 seated = _popcount(live);
        if (envelopeLength != ENVELOPE_BASE + ENVELOPE_PER_RECIPIENT * seated) {
            revert EnvelopeSize(envelopeLength, ENVELOPE_BASE + ENVELOPE_PER_RECIPIENT * seated);
        }
        uint256 voters = mine != 0 ? seated - 1 : seated;
        if (voters < quorum) revert QuorumUnreachable(voters, quorum);
        if (amount == 0 || amount > maxPayout) revert AmountOutOfRange(amount, maxPayout);
        (uint256 remaining, uint64 freesAt) = _limit(_payouts[msg.sender]);
        if (amount > remaining) revert PayoutLimit(remaining, freesAt);
        uint256 usedBy = nullifierClaim[nullifier];
        if (usedBy != 0 && !_returned(usedBy)) revert NullifierAlreadyPaid(nullifier, usedBy);
        return mine;
    }

    /// The member's previous claim must be decided: an open one whose
    /// window closed is marked expired (returned, if its board can no
    /// longer decide it).
    function _closePrevious(uint256 id) private {
        Claim storage c = _claims[id];
        if (c.status != STATUS_OPEN) return;
        uint8 status = _openStatus(c);
        if (status == STATUS_OPEN) revert OpenClaimExists(id, uint64(c.submittedAt) + reviewWindow);
        c.status = status;
        if (status == STATUS_RETURNED) {
            c.votes = 0; // never approved: no approval time
            emit ClaimReturned(id);
        } else {
            emit ClaimExpired(id);
        }
    }

    /// What an open claim is now: returned if its board was recalled or
    /// fewer than quorum of its voters' seats are held, expired once its
    /// window closed, else open.
    function _openStatus(Claim memory c) private view returns (uint8) {
        (, uint32 live, uint40 recalled) = IBoard(board).voter(c.term, address(0));
        return _openStatus(c, live, recalled);
    }

    function _openStatus(Claim memory c, uint32 live, uint40 recalled) private view returns (uint8) {
        if (recalled != 0 || _popcount(_voters(live, c.claimantSeat)) < quorum) return STATUS_RETURNED;
        if (block.timestamp >= uint64(c.submittedAt) + reviewWindow) return STATUS_EXPIRED;
        return STATUS_OPEN;
    }

    /// Whether an approved claim was returned (or is, once settle reaches
    /// it): its board was recalled before its notice ended.
    function _returned(uint256 id) private view returns (bool) {
        Claim memory c = _claims[id];
        if (c.status == STATUS_RETURNED) return true;
        if (c.status != STATUS_APPROVED) return false;
        uint40 recalled = IBoard(board).recalledAt(c.term);
        return recalled != 0 && c.votes + noticeWindow > recalled;
    }

    function _voters(uint32 live, uint8 claimantSeat) private pure returns (uint32) {
        return claimantSeat == 0 ? live : live & ~(uint32(1) << (claimantSeat - 1));
    }

    // ------------------------------------------------------------------
    // Votes
    // ------------------------------------------------------------------

    /// @notice A notary of the claim's term approves it, naming the claim:
    /// its member, nullifier and envelope hash (from its ClaimSubmitted
    /// event). The approval that reaches quorum starts its public notice.
    function approveClaim(uint256 id, address member, bytes32 nullifier, bytes32 envelopeHash) external nonReentrant {
        _exact(132);
        (Claim memory c, uint32 voters) = _vote(id, member, nullifier, envelopeHash, true, 0);
        if (_popcount(uint32(c.votes) & voters) < quorum) {
            _claims[id] = c;
            return;
        }
        uint256 usedBy = nullifierClaim[nullifier];
        if (usedBy != 0 && !_returned(usedBy)) revert NullifierAlreadyPaid(nullifier, usedBy);
        nullifierClaim[nullifier] = id;
        _reserve(member, c.amount);
        c.status = STATUS_APPROVED;
        c.votes = uint64(block.timestamp);
        _claims[id] = c;
        uint64 tail = queueTail;
        _queue[tail] = (uint256(uint160(member)) << 96) | id;
        queueTail = tail + 1;
        lastApprovedAt = uint40(block.timestamp);
        uint40 endsAt = uint40(block.timestamp + noticeWindow);
        if (noticeOpenUntil[c.term] < endsAt) noticeOpenUntil[c.term] = endsAt;
        emit ClaimApproved(id, tail, endsAt);
    }

    /// @notice A notary of the claim's term rejects it, naming the claim,
    /// with the reason sealed to the claimant and the term's notaries.
    /// Once quorum can no longer be reached the claim is rejected.
    function rejectClaim(uint256 id, address member, bytes32 nullifier, bytes32 envelopeHash, bytes calldata sealedReason)
        external
        nonReentrant
    {
        _exactBytes(5, 4, sealedReason.length);
        if (sealedReason.length != REASON_BYTES) revert ReasonSize(sealedReason.length, REASON_BYTES);
        (Claim memory c, uint32 voters) = _vote(id, member, nullifier, envelopeHash, false, keccak256(sealedReason));
        if (_popcount(voters) - _popcount(uint32(c.votes >> 32) & voters) < quorum) {
            c.status = STATUS_REJECTED;
            emit ClaimRejected(id);
        }
        _claims[id] = c;
    }

    function _vote(uint256 id, address member, bytes32 nullifier, bytes32 envelopeHash, bool approve, bytes32 reason)
        private
        returns (Claim memory c, uint32 voters)
    {
        c = _claims[id];
        if (c.status != STATUS_OPEN) {
            if (c.status == STATUS_NONE) revert UnknownClaim(id);
            revert ClaimNotOpen(id, c.status);
        }
        uint64 closesAt = uint64(c.submittedAt) + reviewWindow;
        if (block.timestamp >= closesAt) revert ReviewWindowClosed(id, closesAt);
        if (_commitments[id] != commitmentOf(member, c.amount, c.term, nullifier, envelopeHash)) {
            revert ClaimMismatch(id);
        }
        (uint8 seat, uint32 live, uint40 recalled) = IBoard(board).voter(c.term, msg.sender);
        if (recalled != 0) revert BoardRecalled(c.term);
        if (seat == 0) revert NotNotary(msg.sender, c.term);
        if (member == msg.sender) revert OwnClaim(id);
        voters = _voters(live, c.claimantSeat);
        uint256 n = _popcount(voters);
        if (n < quorum) revert QuorumUnreachable(n, quorum);
        uint64 bit = uint64(1) << (seat - 1);
        if ((c.votes | (c.votes >> 32)) & bit != 0) revert AlreadyVoted(id, msg.sender);
        c.votes |= approve ? bit : bit << 32;
        emit ClaimVote(id, msg.sender, approve, reason);
    }

    /// @notice Applies to an open claim what its board can no longer
    /// change: returned if the board was recalled or too few of its seats
    /// remain, rejected if the seats still held can no longer approve it.
    /// Anyone may call it (after a resignation or a vacated seat).
    function decide(uint256 id) external nonReentrant {
        _exact(36);
        Claim storage c = _claims[id];
        if (c.status != STATUS_OPEN) {
            if (c.status == STATUS_NONE) revert UnknownClaim(id);
            revert ClaimNotOpen(id, c.status);
        }
        (, uint32 live, uint40 recalled) = IBoard(board).voter(c.term, address(0));
        uint32 voters = _voters(live, c.claimantSeat);
        uint256 n = _popcount(voters);
        if (recalled != 0 || n < quorum) {
            c.status = STATUS_RETURNED;
            c.votes = 0; // never approved: no approval time
            emit ClaimReturned(id);
        } else if (n - _popcount(uint32(c.votes >> 32) & voters) < quorum) {
            c.status = STATUS_REJECTED;
            emit ClaimRejected(id);
        } else {
            revert NothingToDecide(id);
        }
    }

    /// @notice Marks an open claim whose review window has closed as
    /// expired. Anyone may call it; a new submission by the member does
    /// the same.
    function expire(uint256 id) external nonReentrant {
        _exact(36);
        Claim storage c = _claims[id];
        uint8 status = c.status;
        if (status == STATUS_NONE) revert UnknownClaim(id);
        if (status != STATUS_OPEN) revert ClaimNotOpen(id, status);
        uint64 closesAt = uint64(c.submittedAt) + reviewWindow;
        if (block.timestamp < closesAt) revert ReviewWindowOpen(id, closesAt);
        c.status = STATUS_EXPIRED;
        emit ClaimExpired(id);
    }

    // ------------------------------------------------------------------
    // Payouts
    // ------------------------------------------------------------------

    /// @notice Pays approved claims whose notice has ended, in approval
    /// order, while the pool covers the next and this period's outflow
    /// stays within its cap; returns claims whose board was recalled
    /// during their notice. At most `maxCount` entries (0 or more than
    /// MAX_SETTLE: MAX_SETTLE). Anyone may call it. A payout the token
    /// refuses becomes an amount owed to the member (Community.PayoutOwed).
    function settle(uint256 maxCount) external nonReentrant returns (uint256 done) {
        _exact(36);
        if (maxCount == 0 || maxCount > MAX_SETTLE) maxCount = MAX_SETTLE;
        uint64 head = queueHead;
        uint64 tail = queueTail;
        if (head == tail) revert QueueEmpty();
        uint256 available = ICommunity(community).available();
        Outflow memory o = _outflowNow(available);
        while (head < tail && done < maxCount) {
            uint256 e = _queue[head];
            uint256 id = uint64(e);
            address member = address(uint160(e >> 96));
            Claim memory c = _claims[id];
            uint64 endsAt = c.votes + noticeWindow;
            uint40 recalled = IBoard(board).recalledAt(c.term);
            if (recalled != 0 && endsAt > recalled) {
                c.status = STATUS_RETURNED;
                _claims[id] = c;
                _release(member, c.amount, c.votes);
                delete _queue[head];
                queueHead = ++head;
                done++;
                emit ClaimReturned(id);
                continue;
            }
            if (block.timestamp < endsAt) {
                if (done == 0) revert NoticeOpen(id, endsAt);
                break;
            }
            if (o.paid + c.amount > o.cap) {
                if (done == 0) revert OutflowCapped(o.paid, o.cap, createdAt + (uint64(o.period) + 1) * period);
                break;
            }
            if (c.amount > available) {
                if (done == 0) revert PoolInsufficient(available, c.amount);
                break;
            }
            c.status = STATUS_PAID;
            _claims[id] = c;
            delete _queue[head];
            queueHead = ++head;
            done++;
            available -= c.amount;
            o.paid += c.amount;
            outflow = o;
            ICommunity(community).pay(id, member, c.amount);
        }
        outflow = o;
    }

    /// This period's outflow: a new period's cap is set from the pool as
    /// it is at the period's first payout.
    function _outflowNow(uint256 available) private view returns (Outflow memory o) {
        o = outflow;
        uint32 p = uint32((block.timestamp - createdAt) / period);
        if (o.period != p || o.cap == 0) {
            uint256 cap = available * outflowBps / 10_000;
            if (cap < maxPayout) cap = maxPayout;
            o = Outflow(p, uint112(cap), 0);
        }
    }

    // ------------------------------------------------------------------
    // Each member's payout window
    // ------------------------------------------------------------------

    function _at(uint256 e) private pure returns (uint64) {
        return uint64(e >> 88);
    }

    function _amount(uint256 e) private pure returns (uint256) {
        return uint88(e);
    }

    /// What remains of maxPayout for the window ending now, and when the
    /// earliest entry in it leaves it (0 if none).
    function _limit(uint256 ring) private view returns (uint256 remaining, uint64 freesAt) {
        uint256 used;
        for (uint256 i = 0; i < 2; i++) {
            uint256 e = uint128(ring >> (128 * i));
            uint64 ends = _at(e) + uint64(PAYOUT_WINDOW);
            if (e != 0 && ends > block.timestamp) {
                used += _amount(e);
                if (freesAt == 0 || ends < freesAt) freesAt = ends;
            }
        }
        remaining = used >= maxPayout ? 0 : maxPayout - used;
    }

    /// Counts `amount` against the member's window. With two entries in
    /// the window already, they merge into one dated the later: a merged
    /// entry leaves the window no earlier than its parts would, so the
    /// sum in any window is never undercounted.
    function _reserve(address member, uint256 amount) private {
        uint256 ring = _payouts[member];
        uint256 e0 = uint128(ring);
        uint256 e1 = uint128(ring >> 128);
        if (_at(e0) + PAYOUT_WINDOW <= block.timestamp) e0 = 0;
        if (_at(e1) + PAYOUT_WINDOW <= block.timestamp) e1 = 0;
        uint256 used = _amount(e0) + _amount(e1);
        if (used + amount > maxPayout) {
            (uint256 remaining, uint64 freesAt) = _limit(ring);
            revert PayoutLimit(remaining, freesAt);
        }
        uint256 fresh = (block.timestamp << 88) | amount;
        if (e0 == 0) {
            e0 = fresh;
        } else if (e1 == 0) {
            e1 = fresh;
        } else {
            uint256 later = _at(e0) > _at(e1) ? _at(e0) : _at(e1);
            e0 = (later << 88) | used;
            e1 = fresh;
        }
        _payouts[member] = (e1 << 128) | e0;
    }

    /// Takes a returned claim's amount back out of the member's window,
    /// from the entry it was counted in (the earliest dated at or after its
    /// approval that holds as much).
    function _release(address member, uint256 amount, uint64 approvedAt) private {
        uint256 ring = _payouts[member];
        uint256 pick = 2;
        for (uint256 i = 0; i < 2; i++) {
            uint256 e = uint128(ring >> (128 * i));
            if (e == 0 || _at(e) < approvedAt || _amount(e) < amount) continue;
            if (pick == 2 || _at(e) < _at(uint128(ring >> (128 * pick)))) pick = i;
        }
        if (pick == 2) return;
        uint256 picked = uint128(ring >> (128 * pick));
        uint256 left = _amount(picked) - amount;
        uint256 entry = left == 0 ? 0 : (uint256(_at(picked)) << 88) | left;
        uint256 keep = uint128(ring >> (128 * (1 - pick)));
        _payouts[member] = pick == 0 ? (keep << 128) | entry : (entry << 128) | keep;
    }

    // ------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------

    struct ClaimView {
        uint256 id;
        uint256 amount;
        uint32 term;
        uint64 submittedAt;
        uint64 reviewEndsAt;
        uint8 status;
        uint8 claimantSeat;
        /// Seats whose approval and rejection count now (while open).
        uint32 approvals;
        uint32 rejections;
        /// Seats that may still decide it (while open).
        uint32 voters;
        uint64 approvedAt;
        uint64 noticeEndsAt;
        bytes32 commitment;
    }

    /// @notice A claim, with the status it has now: expired for an open
    /// claim whose window closed, returned for one its board can no
    /// longer decide or whose board was recalled during its notice.
    function claimOf(uint256 id) external view returns (ClaimView memory v) {
        Claim memory c = _claims[id];
        if (c.status == STATUS_NONE) revert UnknownClaim(id);
        v.id = id;
        v.amount = c.amount;
        v.term = c.term;
        v.submittedAt = c.submittedAt;
        v.reviewEndsAt = uint64(c.submittedAt) + reviewWindow;
        v.status = c.status;
        v.claimantSeat = c.claimantSeat;
        v.commitment = _commitments[id];
        (, uint32 live, uint40 recalled) = IBoard(board).voter(c.term, address(0));
        if (c.status == STATUS_OPEN || c.status == STATUS_REJECTED || c.status == STATUS_EXPIRED) {
            v.voters = _voters(live, c.claimantSeat);
            v.approvals = uint32(c.votes) & v.voters;
            v.rejections = uint32(c.votes >> 32) & v.voters;
            if (c.status == STATUS_OPEN) v.status = _openStatus(c, live, recalled);
        } else if (c.status == STATUS_APPROVED || c.status == STATUS_PAID || (c.status == STATUS_RETURNED && c.votes != 0)) {
            v.approvedAt = c.votes;
            v.noticeEndsAt = c.votes + noticeWindow;
            if (c.status == STATUS_APPROVED && recalled != 0 && v.noticeEndsAt > recalled) v.status = STATUS_RETURNED;
        }
    }

    /// @notice What remains of maxPayout for `member` now, and when more
    /// frees up (0 if nothing is counted).
    function payoutLimit(address member) external view returns (uint256 remaining, uint64 freesAt) {
        return _limit(_payouts[member]);
    }

    /// @notice The claim and member at a payout queue position.
    function payoutQueueAt(uint256 position) external view returns (uint256 id, address member) {
        uint256 e = _queue[position];
        return (uint64(e), address(uint160(e >> 96)));
    }
}
