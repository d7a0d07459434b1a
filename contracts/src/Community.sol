// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title huzhu community: a health mutual-aid pool
/// @notice One deployment is one community. Members pay dues in an ERC-20
/// token into the pool; notaries elected by members (one member, one vote)
/// review claims whose evidence is sealed off chain; approved claims are paid
/// from the pool, in approval order when the pool runs short.
/// @dev Design rules (huzhu SPEC section 4):
///  - no function loops over members or claims; loops are bounded by the
///    seat count, the candidate bound or a caller-chosen settle bound;
///  - HPKE keys and claim envelopes live in event data, only their hashes in
///    storage;
///  - every movement of money and every state change emits an event, so the
///    ledger can be rebuilt from logs alone;
///  - parameters are immutable; time is block time.
///
/// The pool is the contract's token balance. Every token unit in it is
/// explained by a community event: DuesPaid and Donation bring tokens in,
/// ClaimPaid takes them out, and PoolSynced(balance) states the balance,
/// so that a plain ERC-20 transfer to the contract (which no contract code
/// sees) is explained once anyone calls sync(): the ledger folds the
/// events and takes the difference at a PoolSynced as a gift of unknown
/// origin. A snapshot rather than accounted state: keeping a running
/// total in storage would add a storage write to every join and
/// contribution (about 5,000 gas, the whole margin of contribute's gas
/// target), and a snapshot explains a balance that shrinks without an
/// event (a fee-on-transfer or rebasing token) just as well.
contract Community is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ------------------------------------------------------------------
    // Bounds
    // ------------------------------------------------------------------

    /// @notice Most notary seats per term (votes are a 32-bit seat mask).
    uint256 public constant MAX_SEATS = 32;
    /// @notice Most candidates per election (ballots are a 64-bit mask);
    /// bounds the gas of finalize.
    uint256 public constant MAX_CANDIDATES = 64;
    /// @notice Most coverage periods paid in one transaction.
    uint256 public constant MAX_PERIODS = 120;
    /// @notice Largest claim envelope accepted.
    uint256 public constant MAX_ENVELOPE_BYTES = 65536;
    /// @notice Accepted size of an HPKE public key.
    uint256 public constant MIN_KEY_BYTES = 32;
    uint256 public constant MAX_KEY_BYTES = 4096;
    /// @notice Most queued payouts one settle call pays.
    uint256 public constant MAX_SETTLE = 32;

    // ------------------------------------------------------------------
    // Claim status
    // ------------------------------------------------------------------

    uint8 public constant STATUS_NONE = 0;
    uint8 public constant STATUS_OPEN = 1;
    /// Approved by quorum, waiting in the payout queue for the pool.
    uint8 public constant STATUS_APPROVED = 2;
    uint8 public constant STATUS_PAID = 3;
    uint8 public constant STATUS_REJECTED = 4;
    uint8 public constant STATUS_EXPIRED = 5;

    // ------------------------------------------------------------------
    // Parameters, fixed at creation
    // ------------------------------------------------------------------

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
        address[] notaries;
        string[] categories;
        /// ISO 4217 code of the currency dues and payouts are reckoned in
        /// (three uppercase letters, e.g. CNY), for display and reports.
        string currency;
    }

    IERC20 public immutable token;
    address public immutable founder;
    uint256 public immutable dues;
    uint64 public immutable period;
    uint64 public immutable waitingPeriod;
    uint64 public immutable gracePeriod;
    uint256 public immutable maxPayout;
    uint8 public immutable seats;
    uint8 public immutable quorum;
    uint64 public immutable termLength;
    uint64 public immutable reviewWindow;
    uint64 public immutable createdAt;
    bytes3 private immutable _currency;

    string[] private _categories;
    /// The founder-named notaries of term 0, as created (parameters()).
    address[] private _firstNotaries;

    // ------------------------------------------------------------------
    // State
    // ------------------------------------------------------------------

    /// One storage slot per member: a join or renewal writes exactly one slot.
    struct Member {
        uint40 joinedAt;
        uint40 coveredUntil;
        uint64 openClaim;
    }

    /// Three slots, all written once at submission: (member, amount);
    /// everything a vote reads and writes; and the evidence commitment
    /// keccak256(abi.encode(nullifier, envelopeHash)), whose two parts are
    /// in the ClaimSubmitted event and are shown again by the final approval.
    struct Claim {
        address member;
        uint96 amount;
        uint32 term;
        uint40 submittedAt;
        uint8 status;
        uint8 voters;
        uint8 approvals;
        uint8 rejections;
        uint32 votedMask;
        bytes32 evidence;
    }

    /// One slot. A full list reuses the slots of withdrawn, lapsed or idle
    /// candidates; `since` is the stand sequence number at which the slot
    /// was (re)assigned, so that a ballot cast before then does not count
    /// for the slot's new candidate.
    struct Candidate {
        address account; // zero once the candidate withdrew
        uint32 votes;
        uint64 since;
    }

    /// A ballot: a mask of candidate slots and the stand sequence number
    /// when it was cast. Bit i counts only while candidate i's `since` is
    /// at most `castAt`.
    struct Ballot {
        uint64 mask;
        uint64 castAt;
    }

    /// Issuer identity (by convention the thumbprint of its first key) and
    /// whether the key is trusted.
    struct IssuerKey {
        bytes32 issuer;
        bool trusted;
    }

    // Packed in one slot: read by every claim submission.
    uint32 public currentTerm;
    uint40 public termStartedAt;
    uint8 public termSeats;
    uint64 public claimCount;

    uint64 public queueHead;
    uint64 public queueTail;
    /// Counts candidacies over all elections (see Candidate.since).
    uint64 public standSequence;

    mapping(address => Member) private _members;
    mapping(uint256 => Claim) private _claims;
    mapping(uint256 => uint256) private _payoutQueue;
    /// nullifier => the claim approved with it (0 if none).
    mapping(bytes32 => uint256) public nullifierClaim;

    /// term => notary => seat index + 1.
    mapping(uint256 => mapping(address => uint8)) private _seatOf;
    mapping(uint256 => address[]) private _notariesOf;
    /// notary => keccak256 of their HPKE public key (the key is in NotaryKeySet).
    mapping(address => bytes32) public notaryKeyHash;

    /// election (= the term it elects) => candidates in candidacy order.
    mapping(uint256 => Candidate[]) private _candidates;
    mapping(uint256 => mapping(address => uint8)) private _candidateSlot;
    mapping(uint256 => mapping(address => Ballot)) private _ballots;

    /// RFC 7638 thumbprint (SHA-256) of an issuer key => its issuer identity
    /// and trust. A key once bound to an identity stays bound to it.
    mapping(bytes32 => IssuerKey) private _issuerKeys;
    mapping(bytes32 => uint32) private _issuerNonce;
    mapping(bytes32 => uint32) private _issuerVotes;

    // ------------------------------------------------------------------
    // Events
    // ------------------------------------------------------------------

    event CommunityCreated(address indexed founder, address indexed token, Params params);
    event TermStarted(uint32 indexed term, uint64 startedAt, address[] notaries);
    event DuesPaid(
        address indexed member, address indexed payer, uint256 amount, uint64 joinedAt, uint64 coveredUntil
    );
    event NotaryKeySet(address indexed notary, bytes32 keyHash, bytes key);
    event CandidateStood(uint32 indexed election, address indexed candidate, uint256 position);
    /// A candidate left the running election (withdraw).
    event CandidateWithdrew(uint32 indexed election, address indexed candidate, uint256 position);
    /// A full list gave a lapsed or idle candidate's slot to a new one.
    event CandidateDropped(uint32 indexed election, address indexed candidate, uint256 position);
    /// A sitting notary left their seat; `seatsLeft` notaries remain.
    event NotaryResigned(uint32 indexed term, address indexed notary, uint8 seatsLeft);
    event Donation(address indexed from, uint256 amount);
    /// The pool's token balance at sync(): what the events before it do
    /// not explain came in by plain transfer.
    event PoolSynced(uint256 balance);
    event BallotCast(uint32 indexed election, address indexed voter, address[] picks);
    event ClaimSubmitted(
        uint256 indexed id,
        address indexed member,
        uint32 indexed term,
        uint256 amount,
        bytes32 nullifier,
        bytes32 envelopeHash,
        bytes envelope
    );
    event ClaimVote(uint256 indexed id, address indexed notary, bool approve, uint8 reason);
    event ClaimApproved(uint256 indexed id);
    event ClaimQueued(uint256 indexed id, uint256 position);
    event ClaimPaid(uint256 indexed id, address indexed member, uint256 amount);
    event ClaimRejected(uint256 indexed id);
    event ClaimExpired(uint256 indexed id);
    event IssuerKeyVote(
        bytes32 indexed issuer, bytes32 indexed thumbprint, bool trusted, address notary, uint256 approvals
    );
    event IssuerKeyChanged(bytes32 indexed issuer, bytes32 indexed thumbprint, bool trusted, address by);

    // ------------------------------------------------------------------
    // Errors: every refusal names its cause, so clients can explain it
    // ------------------------------------------------------------------

    error InvalidParameter(string name);
    error ZeroMember();
    error InvalidPeriods(uint256 periods, uint256 max);
    error NotActive(address member, uint64 coveredUntil);
    error CoverageEndsBeforeElection(address member, uint64 coveredUntil, uint64 electionClosesAt);
    error WaitingPeriod(address member, uint64 eligibleAt);
    error OpenClaimExists(uint256 claimId, uint64 reviewEndsAt);
    error AmountOutOfRange(uint256 amount, uint256 maxPayout);
    error NullifierAlreadyPaid(bytes32 nullifier, uint256 claimId);
    error EvidenceMismatch(uint256 claimId);
    error EnvelopeSize(uint256 size, uint256 max);
    error QuorumUnreachable(uint256 voters, uint256 quorum);
    error UnknownClaim(uint256 claimId);
    error ClaimNotOpen(uint256 claimId, uint8 status);
    error ReviewWindowClosed(uint256 claimId, uint64 closedAt);
    error ReviewWindowOpen(uint256 claimId, uint64 closesAt);
    error NotNotary(address account, uint32 term);
    error OwnClaim(uint256 claimId);
    error AlreadyVoted(uint256 claimId, address notary);
    error ReasonRequired();
    error AlreadyCandidate(address account, uint32 election);
    error TooManyCandidates(uint256 max);
    error InvalidKey(uint256 length);
    error NotNotaryOrCandidate(address account);
    error TooManyPicks(uint256 picks, uint256 max);
    error NotCandidate(address account, uint32 election);
    error DuplicatePick(address account);
    error TermNotOver(uint64 endsAt);
    error NotEnoughCandidates(uint256 eligible, uint256 needed);
    error NotFounderOrNotary(address account);
    error IssuerUnchanged(bytes32 thumbprint, bool trusted);
    error IssuerKeyBound(bytes32 thumbprint, bytes32 issuer);
    error ZeroIssuer();
    error ZeroAmount();
    error IssuerVoteRepeated(bytes32 thumbprint, address notary);
    error QueueEmpty();
    error PoolInsufficient(uint256 available, uint256 needed);

    // ------------------------------------------------------------------
    // Creation
    // ------------------------------------------------------------------

    constructor(Params memory p) {
        if (p.token == address(0) || p.token.code.length == 0) revert InvalidParameter("token");
        if (p.dues == 0 || p.dues > type(uint256).max / MAX_PERIODS) revert InvalidParameter("dues");
        if (p.period == 0 || p.period * MAX_PERIODS > type(uint32).max) revert InvalidParameter("period");
        // A waiting period of at least a second keeps joining and voting
        // out of one block.
        if (p.waitingPeriod == 0 || p.waitingPeriod > type(uint32).max) revert InvalidParameter("waiting");
        if (p.gracePeriod > p.period) revert InvalidParameter("grace");
        if (p.maxPayout == 0 || p.maxPayout > type(uint96).max) revert InvalidParameter("maxPayout");
        if (p.seats == 0 || p.seats > MAX_SEATS) revert InvalidParameter("seats");
        if (p.quorum == 0 || p.quorum > p.seats) revert InvalidParameter("quorum");
        if (p.term == 0 || p.term > type(uint32).max) revert InvalidParameter("term");
        if (p.reviewWindow == 0 || p.reviewWindow > type(uint32).max) revert InvalidParameter("review");
        if (p.notaries.length < p.quorum || p.notaries.length > p.seats) revert InvalidParameter("notaries");
        if (p.categories.length == 0 || p.categories.length > 64) revert InvalidParameter("categories");
        bytes memory cur = bytes(p.currency);
        if (cur.length != 3) revert InvalidParameter("currency");
        for (uint256 i = 0; i < 3; i++) {
            if (cur[i] < "A" || cur[i] > "Z") revert InvalidParameter("currency");
        }
        _currency = bytes3(cur);

        token = IERC20(p.token);
        founder = msg.sender;
        dues = p.dues;
        period = p.period;
        waitingPeriod = p.waitingPeriod;
        gracePeriod = p.gracePeriod;
        maxPayout = p.maxPayout;
        seats = p.seats;
        quorum = p.quorum;
        termLength = p.term;
        reviewWindow = p.reviewWindow;
        createdAt = uint64(block.timestamp);

        for (uint256 i = 0; i < p.categories.length; i++) {
            if (bytes(p.categories[i]).length == 0) revert InvalidParameter("categories");
            _categories.push(p.categories[i]);
        }
        for (uint256 i = 0; i < p.notaries.length; i++) {
            address n = p.notaries[i];
            if (n == address(0) || _seatOf[0][n] != 0) revert InvalidParameter("notaries");
            _seatOf[0][n] = uint8(i + 1);
        }
        _notariesOf[0] = p.notaries;
        _firstNotaries = p.notaries;
        termStartedAt = uint40(block.timestamp);
        termSeats = uint8(p.notaries.length);

        emit CommunityCreated(msg.sender, p.token, p);
        emit TermStarted(0, uint64(block.timestamp), p.notaries);
    }

    // ------------------------------------------------------------------
    // Membership and dues
    // ------------------------------------------------------------------

    /// @notice Pays `periods` coverage periods for yourself. Dues are
    /// contributions, not deposits: nothing is refunded on leaving.
    function join(uint256 periods) external nonReentrant {
        _payDues(msg.sender, msg.sender, periods);
    }

    /// @notice Pays `periods` coverage periods for `member` (a family, an employer).
    function contribute(address member, uint256 periods) external nonReentrant {
        _payDues(msg.sender, member, periods);
    }

    /// @notice join with an EIP-2612 permit, in one transaction.
    function joinWithPermit(uint256 periods, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
    {
        _permit(periods, deadline, v, r, s);
        _payDues(msg.sender, msg.sender, periods);
    }

    /// @notice contribute with an EIP-2612 permit, in one transaction.
    function contributeWithPermit(address member, uint256 periods, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
    {
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
    // Elections
    // ------------------------------------------------------------------
    //
    // Election term+1 runs during term `term` and can close (finalize) at
    // closesAt = termStartedAt + termLength, or at once when resignations
    // leave fewer than quorum notaries seated. Standing and voting need a
    // member past the waiting period whose coverage runs beyond closesAt:
    // every ballot and candidacy is a member's who has paid and waited as
    // long as any honest member must, and who is covered at every moment
    // finalize can run.

    /// @notice Stands for the next notary term, publishing the HPKE public
    /// key claims will be sealed to. When the list is full, the slot of a
    /// candidate who withdrew or lapsed (not covered beyond the close), or
    /// else of one with no votes, is given to the caller: a full list can
    /// keep no member from standing unless every slot holds a live
    /// candidate someone voted for.
    function stand(bytes calldata hpkeKey) external {
        uint64 closesAt = _requireElector(msg.sender);
        uint32 election = currentTerm + 1;
        if (_candidateSlot[election][msg.sender] != 0) revert AlreadyCandidate(msg.sender, election);
        Candidate[] storage list = _candidates[election];
        uint64 seq = standSequence + 1;
        standSequence = seq;
        uint256 slot = list.length;
        if (slot < MAX_CANDIDATES) {
            list.push(Candidate(msg.sender, 0, seq));
        } else {
            slot = _reclaimableSlot(list, closesAt);
            address old = list[slot].account;
            if (old != address(0)) {
                _candidateSlot[election][old] = 0;
                emit CandidateDropped(election, old, slot);
            }
            list[slot] = Candidate(msg.sender, 0, seq);
        }
        _candidateSlot[election][msg.sender] = uint8(slot + 1);
        _setKey(hpkeKey);
        emit CandidateStood(election, msg.sender, slot);
    }

    /// The slot a new candidate takes in a full list: the first withdrawn
    /// or lapsed candidate's, else the first with no votes.
    function _reclaimableSlot(Candidate[] storage list, uint64 closesAt) private view returns (uint256) {
        uint256 horizon = block.timestamp > closesAt ? block.timestamp : closesAt;
        uint256 idle = MAX_CANDIDATES;
        for (uint256 i = 0; i < MAX_CANDIDATES; i++) {
            Candidate memory c = list[i];
            if (c.account == address(0) || _members[c.account].coveredUntil <= horizon) return i;
            if (idle == MAX_CANDIDATES && c.votes == 0) idle = i;
        }
        if (idle == MAX_CANDIDATES) revert TooManyCandidates(MAX_CANDIDATES);
        return idle;
    }

    /// @notice Leaves the running election. Ballots for the caller stop
    /// counting; the slot goes to the next member who stands on a full list.
    function withdraw() external {
        uint32 election = currentTerm + 1;
        uint8 slot = _candidateSlot[election][msg.sender];
        if (slot == 0) revert NotCandidate(msg.sender, election);
        _candidateSlot[election][msg.sender] = 0;
        _candidates[election][slot - 1].account = address(0);
        emit CandidateWithdrew(election, msg.sender, slot - 1);
    }

    /// @notice A sitting notary leaves their seat of the current term. The
    /// seat stays empty until the next term; claims filed afterwards count
    /// one voter fewer. If fewer than quorum notaries remain seated, the
    /// term is over at once: finalize may run before its nominal end.
    /// Claims filed before keep their voter count and expire if quorum
    /// cannot be reached.
    function resign() external {
        uint32 term = currentTerm;
        uint8 seat = _seatOf[term][msg.sender];
        if (seat == 0) revert NotNotary(msg.sender, term);
        _seatOf[term][msg.sender] = 0;
        _notariesOf[term][seat - 1] = address(0);
        uint8 left = termSeats - 1;
        termSeats = left;
        emit NotaryResigned(term, msg.sender, left);
    }

    /// @notice Publishes or rotates the caller's HPKE key. For sitting
    /// notaries (the founder-named ones too) and candidates.
    function setNotaryKey(bytes calldata hpkeKey) external {
        uint32 term = currentTerm;
        if (_seatOf[term][msg.sender] == 0 && _candidateSlot[term + 1][msg.sender] == 0) {
            revert NotNotaryOrCandidate(msg.sender);
        }
        _setKey(hpkeKey);
    }

    function _setKey(bytes calldata key) private {
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) revert InvalidKey(key.length);
        bytes32 h = keccak256(key);
        notaryKeyHash[msg.sender] = h;
        emit NotaryKeySet(msg.sender, h, key);
    }

    /// @notice Approves up to `seats` candidates of the running election,
    /// replacing the caller's previous ballot. One member, one ballot, from
    /// a member past the waiting period and covered beyond the close.
    function vote(address[] calldata picks) external {
        _requireElector(msg.sender);
        if (picks.length > seats) revert TooManyPicks(picks.length, seats);
        uint32 election = currentTerm + 1;
        uint256 picked;
        for (uint256 i = 0; i < picks.length; i++) {
            uint8 slot = _candidateSlot[election][picks[i]];
            if (slot == 0) revert NotCandidate(picks[i], election);
            uint256 bit = 1 << (slot - 1);
            if (picked & bit != 0) revert DuplicatePick(picks[i]);
            picked |= bit;
        }
        Ballot memory previous = _ballots[election][msg.sender];
        Candidate[] storage list = _candidates[election];
        uint256 rest = uint256(previous.mask) | picked;
        for (uint256 i = 0; rest != 0; i++) {
            uint256 bit = 1 << i;
            if (rest & bit == 0) continue;
            rest &= ~bit;
            Candidate storage c = list[i];
            // A bit of a ballot cast before the slot was reassigned is stale.
            bool had = previous.mask & bit != 0 && c.since <= previous.castAt;
            bool has = picked & bit != 0;
            if (had && !has) c.votes -= 1;
            else if (has && !had) c.votes += 1;
        }
        _ballots[election][msg.sender] = Ballot(uint64(picked), standSequence);
        emit BallotCast(election, msg.sender, picks);
    }

    /// @notice Once the term is over (its nominal length has passed, or
    /// fewer than quorum notaries remain seated), seats the top `seats`
    /// candidates still covered now (ties: lower slot) as the next term.
    /// Anyone may call it. Until it succeeds, the sitting notaries serve on.
    function finalize() external {
        uint32 term = currentTerm;
        uint64 endsAt = uint64(termStartedAt) + termLength;
        if (block.timestamp < endsAt && termSeats >= quorum) revert TermNotOver(endsAt);
        uint32 election = term + 1;
        Candidate[] memory list = _candidates[election];
        uint256 n = list.length;

        uint256 taken;
        for (uint256 i = 0; i < n; i++) {
            address a = list[i].account;
            if (a == address(0) || block.timestamp >= _members[a].coveredUntil) taken |= 1 << i;
        }
        address[] memory chosen = new address[](seats < n ? seats : n);
        uint256 count;
        for (; count < chosen.length; count++) {
            uint256 best = n;
            for (uint256 i = 0; i < n; i++) {
                if (taken & (1 << i) != 0) continue;
                if (best == n || list[i].votes > list[best].votes) best = i;
            }
            if (best == n) break;
            taken |= 1 << best;
            chosen[count] = list[best].account;
        }
        if (count < quorum) revert NotEnoughCandidates(count, quorum);
        assembly ("memory-safe") {
            mstore(chosen, count)
        }

        for (uint256 i = 0; i < count; i++) {
            _seatOf[election][chosen[i]] = uint8(i + 1);
        }
        _notariesOf[election] = chosen;
        currentTerm = election;
        termStartedAt = uint40(block.timestamp);
        termSeats = uint8(count);
        emit TermStarted(election, uint64(block.timestamp), chosen);
    }

    /// Past the waiting period, and covered beyond the running election's
    /// close (covered until it means lapsed at every moment finalize can
    /// run). Returns the close.
    function _requireElector(address account) private view returns (uint64 closesAt) {
        Member memory m = _members[account];
        if (block.timestamp >= m.coveredUntil) revert NotActive(account, m.coveredUntil);
        uint64 eligibleAt = uint64(m.joinedAt) + waitingPeriod;
        if (block.timestamp < eligibleAt) revert WaitingPeriod(account, eligibleAt);
        closesAt = uint64(termStartedAt) + termLength;
        if (m.coveredUntil <= closesAt) revert CoverageEndsBeforeElection(account, m.coveredUntil, closesAt);
    }

    // ------------------------------------------------------------------
    // Claims
    // ------------------------------------------------------------------

    /// @notice Files a claim for `amount`. The evidence travels sealed in
    /// `envelope` (only its hash is stored); `nullifier` names the medical
    /// event so that it can be paid at most once.
    function submitClaim(uint256 amount, bytes32 nullifier, bytes calldata envelope) external returns (uint256 id) {
        Member memory m = _members[msg.sender];
        if (block.timestamp >= m.coveredUntil) revert NotActive(msg.sender, m.coveredUntil);
        uint64 eligibleAt = uint64(m.joinedAt) + waitingPeriod;
        if (block.timestamp < eligibleAt) revert WaitingPeriod(msg.sender, eligibleAt);
        if (m.openClaim != 0) {
            Claim storage previous = _claims[m.openClaim];
            if (previous.status == STATUS_OPEN) {
                uint64 closesAt = uint64(previous.submittedAt) + reviewWindow;
                if (block.timestamp < closesAt) revert OpenClaimExists(m.openClaim, closesAt);
                previous.status = STATUS_EXPIRED;
                emit ClaimExpired(m.openClaim);
            }
        }
        if (amount == 0 || amount > maxPayout) revert AmountOutOfRange(amount, maxPayout);
        uint256 usedBy = nullifierClaim[nullifier];
        if (usedBy != 0) revert NullifierAlreadyPaid(nullifier, usedBy);
        if (envelope.length == 0 || envelope.length > MAX_ENVELOPE_BYTES) {
            revert EnvelopeSize(envelope.length, MAX_ENVELOPE_BYTES);
        }
        uint32 term = currentTerm;
        uint8 voters = termSeats;
        if (_seatOf[term][msg.sender] != 0) voters -= 1;
        if (voters < quorum) revert QuorumUnreachable(voters, quorum);

        id = ++claimCount;
        bytes32 envelopeHash = keccak256(envelope);
        _claims[id] = Claim({
            member: msg.sender,
            amount: uint96(amount),
            term: term,
            submittedAt: uint40(block.timestamp),
            status: STATUS_OPEN,
            voters: voters,
            approvals: 0,
            rejections: 0,
            votedMask: 0,
            evidence: evidenceOf(nullifier, envelopeHash)
        });
        m.openClaim = uint64(id);
        _members[msg.sender] = m;
        emit ClaimSubmitted(id, msg.sender, term, amount, nullifier, envelopeHash, envelope);
    }

    /// @notice A notary of the claim's term approves it, naming the claim's
    /// nullifier and envelope hash (from its ClaimSubmitted event). The
    /// approval that reaches quorum checks them against the claim's
    /// evidence commitment and pays the claim, or queues it if the pool is
    /// short.
    function approveClaim(uint256 id, bytes32 nullifier, bytes32 envelopeHash) external nonReentrant {
        Claim storage c = _castVote(id, true, 0);
        uint8 approvals = c.approvals + 1;
        c.approvals = approvals;
        if (approvals < quorum) return;

        if (evidenceOf(nullifier, envelopeHash) != c.evidence) revert EvidenceMismatch(id);
        uint256 usedBy = nullifierClaim[nullifier];
        if (usedBy != 0) revert NullifierAlreadyPaid(nullifier, usedBy);
        nullifierClaim[nullifier] = id;
        emit ClaimApproved(id);

        uint256 amount = c.amount;
        uint64 tail = queueTail;
        if (queueHead == tail && token.balanceOf(address(this)) >= amount) {
            c.status = STATUS_PAID;
            address member = c.member;
            emit ClaimPaid(id, member, amount);
            token.safeTransfer(member, amount);
        } else {
            c.status = STATUS_APPROVED;
            _payoutQueue[tail] = id;
            queueTail = tail + 1;
            emit ClaimQueued(id, tail);
        }
    }

    /// @notice A notary of the claim's term rejects it with a nonzero reason
    /// code. Once quorum can no longer be reached the claim is rejected.
    function rejectClaim(uint256 id, uint8 reason) external {
        if (reason == 0) revert ReasonRequired();
        Claim storage c = _castVote(id, false, reason);
        uint8 rejections = c.rejections + 1;
        c.rejections = rejections;
        if (c.voters - rejections < quorum) {
            c.status = STATUS_REJECTED;
            emit ClaimRejected(id);
        }
    }

    /// @notice The evidence commitment a claim stores.
    function evidenceOf(bytes32 nullifier, bytes32 envelopeHash) public pure returns (bytes32) {
        return keccak256(abi.encode(nullifier, envelopeHash));
    }

    function _castVote(uint256 id, bool approve, uint8 reason) private returns (Claim storage c) {
        c = _claims[id];
        uint8 status = c.status;
        if (status != STATUS_OPEN) {
            if (status == STATUS_NONE) revert UnknownClaim(id);
            revert ClaimNotOpen(id, status);
        }
        uint64 closesAt = uint64(c.submittedAt) + reviewWindow;
        if (block.timestamp >= closesAt) revert ReviewWindowClosed(id, closesAt);
        uint32 term = c.term;
        uint8 seat = _seatOf[term][msg.sender];
        if (seat == 0) revert NotNotary(msg.sender, term);
        if (c.member == msg.sender) revert OwnClaim(id);
        uint32 bit = uint32(1) << (seat - 1);
        uint32 mask = c.votedMask;
        if (mask & bit != 0) revert AlreadyVoted(id, msg.sender);
        c.votedMask = mask | bit;
        emit ClaimVote(id, msg.sender, approve, reason);
    }

    /// @notice Marks an open claim whose review window has closed as expired,
    /// so that the ledger shows it. Anyone may call it; a new submission by
    /// the member does the same.
    function expire(uint256 id) external {
        Claim storage c = _claims[id];
        uint8 status = c.status;
        if (status == STATUS_NONE) revert UnknownClaim(id);
        if (status != STATUS_OPEN) revert ClaimNotOpen(id, status);
        uint64 closesAt = uint64(c.submittedAt) + reviewWindow;
        if (block.timestamp < closesAt) revert ReviewWindowOpen(id, closesAt);
        c.status = STATUS_EXPIRED;
        emit ClaimExpired(id);
    }

    /// @notice Pays queued approved claims in approval order while the pool
    /// covers the next one, at most `maxCount` (0 or more than MAX_SETTLE
    /// means MAX_SETTLE). Anyone may call it. Returns how many were paid.
    function settle(uint256 maxCount) external nonReentrant returns (uint256 paid) {
        if (maxCount == 0 || maxCount > MAX_SETTLE) maxCount = MAX_SETTLE;
        uint64 head = queueHead;
        uint64 tail = queueTail;
        if (head == tail) revert QueueEmpty();
        uint256 available = token.balanceOf(address(this));
        while (head < tail && paid < maxCount) {
            uint256 id = _payoutQueue[head];
            Claim storage c = _claims[id];
            uint256 amount = c.amount;
            if (amount > available) break;
            available -= amount;
            c.status = STATUS_PAID;
            delete _payoutQueue[head];
            head++;
            queueHead = head;
            paid++;
            address member = c.member;
            emit ClaimPaid(id, member, amount);
            token.safeTransfer(member, amount);
        }
        if (paid == 0) revert PoolInsufficient(available, _claims[_payoutQueue[head]].amount);
    }

    // ------------------------------------------------------------------
    // Donations and the pool's explanation
    // ------------------------------------------------------------------

    /// @notice Gives `amount` tokens to the pool (approve them first).
    function donate(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        emit Donation(msg.sender, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice States the pool's balance in an event, so that tokens sent
    /// by plain transfer are explained by the community's logs. Anyone may
    /// call it.
    function sync() external nonReentrant returns (uint256 balance) {
        balance = token.balanceOf(address(this));
        emit PoolSynced(balance);
    }

    // ------------------------------------------------------------------
    // Trusted issuers
    // ------------------------------------------------------------------

    /// @notice Binds an issuer key (its RFC 7638 thumbprint) to an issuer
    /// identity and trusts or distrusts it. By convention a new identity's
    /// id is the thumbprint of its first key; a rotated or second key of the
    /// same hospital is added under the same id, so that nullifiers, which
    /// are keccak256(identity || event id), stay the same across its keys.
    /// A key once bound to an identity can never be bound to another. The
    /// founder decides alone; otherwise a quorum of the sitting notaries
    /// must ask for the same change.
    function setIssuerKey(bytes32 issuer, bytes32 thumbprint, bool trusted) external {
        if (issuer == bytes32(0)) revert ZeroIssuer();
        if (thumbprint == bytes32(0)) revert InvalidParameter("thumbprint");
        IssuerKey memory k = _issuerKeys[thumbprint];
        if (k.issuer != bytes32(0) && k.issuer != issuer) revert IssuerKeyBound(thumbprint, k.issuer);
        if (k.trusted == trusted && (k.issuer == issuer || !trusted)) revert IssuerUnchanged(thumbprint, trusted);
        if (msg.sender == founder) {
            _applyIssuerKey(issuer, thumbprint, trusted);
            return;
        }
        uint32 term = currentTerm;
        uint8 seat = _seatOf[term][msg.sender];
        if (seat == 0) revert NotFounderOrNotary(msg.sender);
        bytes32 proposal = keccak256(abi.encode(term, issuer, thumbprint, trusted, _issuerNonce[thumbprint]));
        uint32 mask = _issuerVotes[proposal];
        uint32 bit = uint32(1) << (seat - 1);
        if (mask & bit != 0) revert IssuerVoteRepeated(thumbprint, msg.sender);
        mask |= bit;
        uint256 approvals = _popcount(mask);
        emit IssuerKeyVote(issuer, thumbprint, trusted, msg.sender, approvals);
        if (approvals >= quorum) {
            _applyIssuerKey(issuer, thumbprint, trusted);
        } else {
            _issuerVotes[proposal] = mask;
        }
    }

    function _applyIssuerKey(bytes32 issuer, bytes32 thumbprint, bool trusted) private {
        _issuerKeys[thumbprint] = IssuerKey(issuer, trusted);
        _issuerNonce[thumbprint] += 1;
        emit IssuerKeyChanged(issuer, thumbprint, trusted, msg.sender);
    }

    /// @notice The identity an issuer key is bound to (zero if none) and
    /// whether the key is trusted.
    function issuerKey(bytes32 thumbprint) external view returns (bytes32 issuer, bool trusted) {
        IssuerKey memory k = _issuerKeys[thumbprint];
        return (k.issuer, k.trusted);
    }

    function _popcount(uint256 x) private pure returns (uint256 n) {
        for (; x != 0; x &= x - 1) n++;
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

    struct ClaimView {
        uint256 id;
        address member;
        uint256 amount;
        uint32 term;
        uint64 submittedAt;
        uint64 reviewEndsAt;
        uint8 status;
        uint8 voters;
        uint8 approvals;
        uint8 rejections;
        uint32 votedMask;
        bytes32 evidence;
    }

    /// @notice All parameters, as fixed at creation.
    function parameters() external view returns (Params memory p) {
        p.token = address(token);
        p.dues = dues;
        p.period = period;
        p.waitingPeriod = waitingPeriod;
        p.gracePeriod = gracePeriod;
        p.maxPayout = maxPayout;
        p.seats = seats;
        p.quorum = quorum;
        p.term = termLength;
        p.reviewWindow = reviewWindow;
        p.notaries = _firstNotaries;
        p.categories = _categories;
        p.currency = currency();
    }

    /// @notice The ISO 4217 code of the community's currency.
    function currency() public view returns (string memory) {
        return string(abi.encodePacked(_currency));
    }

    function coveredCategories() external view returns (string[] memory) {
        return _categories;
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

    /// @notice A claim, with status EXPIRED for an open claim whose window closed.
    function claimOf(uint256 id) external view returns (ClaimView memory v) {
        Claim memory c = _claims[id];
        if (c.status == STATUS_NONE) revert UnknownClaim(id);
        v.id = id;
        v.member = c.member;
        v.amount = c.amount;
        v.term = c.term;
        v.submittedAt = c.submittedAt;
        v.reviewEndsAt = uint64(c.submittedAt) + reviewWindow;
        v.status = c.status;
        if (v.status == STATUS_OPEN && block.timestamp >= v.reviewEndsAt) v.status = STATUS_EXPIRED;
        v.voters = c.voters;
        v.approvals = c.approvals;
        v.rejections = c.rejections;
        v.votedMask = c.votedMask;
        v.evidence = c.evidence;
    }

    function notariesOf(uint256 term) external view returns (address[] memory) {
        return _notariesOf[term];
    }

    /// @notice Seat index + 1 of `account` in `term`, or 0.
    function seatOf(uint256 term, address account) external view returns (uint8) {
        return _seatOf[term][account];
    }

    /// @notice The election's candidate slots: a withdrawn candidate's
    /// slot reads as the zero address until it is given to a new one.
    function candidatesOf(uint256 election) external view returns (address[] memory accounts, uint32[] memory votes) {
        Candidate[] storage list = _candidates[election];
        accounts = new address[](list.length);
        votes = new uint32[](list.length);
        for (uint256 i = 0; i < list.length; i++) {
            accounts[i] = list[i].account;
            votes[i] = list[i].votes;
        }
    }

    /// @notice The candidates a voter's ballot counts for now (picks of
    /// slots since withdrawn or given to another candidate are left out).
    function ballotOf(uint256 election, address voter) external view returns (address[] memory picks) {
        Ballot memory b = _ballots[election][voter];
        uint256 mask = b.mask;
        Candidate[] storage list = _candidates[election];
        picks = new address[](_popcount(mask));
        uint256 k;
        for (uint256 i = 0; mask != 0; i++) {
            uint256 bit = 1 << i;
            if (mask & bit == 0) continue;
            mask &= ~bit;
            Candidate memory c = list[i];
            if (c.account != address(0) && c.since <= b.castAt) picks[k++] = c.account;
        }
        assembly ("memory-safe") {
            mstore(picks, k)
        }
    }

    function payoutQueueAt(uint256 position) external view returns (uint256) {
        return _payoutQueue[position];
    }

    function poolBalance() external view returns (uint256) {
        return token.balanceOf(address(this));
    }
}
