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
    /// @notice Entries of an election's leaderboard, the candidates
    /// finalize chooses from; bounds the gas of finalize. Any number of
    /// members may stand.
    uint256 public constant MAX_BOARD = 64;
    /// @notice Most coverage periods paid in one transaction.
    uint256 public constant MAX_PERIODS = 120;
    /// @notice A claim envelope is exactly ENVELOPE_BASE +
    /// ENVELOPE_PER_RECIPIENT x (seated notaries) bytes: huzhu's sealed
    /// disclosure envelope, format v2, whose size depends on nothing but
    /// its recipient count, so that no envelope on chain tells by its
    /// length what the claim is about.
    uint256 public constant ENVELOPE_BASE = 8264;
    uint256 public constant ENVELOPE_PER_RECIPIENT = 1204;
    /// @notice Size of a notary's HPKE public key: X-Wing (MLKEM768-X25519),
    /// the KEM every huzhu envelope uses. Anything else could not be
    /// sealed to, and one bad key would stall every claim of a term.
    uint256 public constant KEY_BYTES = 1216;
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
        /// The least time an election stays open for standing and voting:
        /// after the first members can vote, and after resignations close
        /// a term early.
        uint64 votingWindow;
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
    uint64 public immutable votingWindow;
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

    /// A member's candidacy in one election, one slot. Votes are tallied
    /// per candidate, whatever the leaderboard holds; `sequence` orders
    /// candidacies (ties go to the earlier one) and is 0 for an address
    /// that never stood; `listed` is the leaderboard entry's index + 1.
    struct Candidacy {
        uint64 sequence;
        uint32 votes;
        bool running;
        uint8 listed;
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
    /// When resignations left fewer than quorum notaries seated in the
    /// current term (0 if they did not).
    uint40 public belowQuorumAt;
    /// Bit i set while seat i of the current term is held (resign clears it).
    uint32 public liveSeats;

    uint64 public queueHead;
    uint64 public queueTail;
    /// Counts candidacies over all elections (see Candidacy.sequence).
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

    /// election (= the term it elects) => candidate => candidacy.
    mapping(uint256 => mapping(address => Candidacy)) private _candidacies;
    /// election => voter => keccak256(abi.encode(picks)) of their ballot
    /// (0 if none); the picks are in the voter's last BallotCast event.
    mapping(uint256 => mapping(address => bytes32)) private _ballots;
    /// election => leaderboard: entries packed as
    /// address (bits 96..255) | votes (bits 64..95) | sequence (bits 0..63),
    /// so that finalize reads one slot per entry.
    mapping(uint256 => uint256[MAX_BOARD]) private _board;
    mapping(uint256 => uint256) private _boardSize;

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
    /// A member stood; `sequence` orders candidacies (ties: earlier wins).
    event CandidateStood(uint32 indexed election, address indexed candidate, uint64 sequence);
    /// A candidate left the running election (withdraw).
    event CandidateWithdrew(uint32 indexed election, address indexed candidate);
    /// A candidate entered the leaderboard finalize chooses from, in place
    /// of `replaced` (zero when the board had room).
    event CandidateListed(uint32 indexed election, address indexed candidate, address replaced);
    /// A sitting notary left their seat; `seatsLeft` notaries remain.
    event NotaryResigned(uint32 indexed term, address indexed notary, uint8 seatsLeft);
    event Donation(address indexed from, uint256 amount);
    /// The pool's token balance at sync(): what the events before it do
    /// not explain came in by plain transfer.
    event PoolSynced(uint256 balance);
    /// A voter's ballot, replacing their previous one: a re-vote passes
    /// these picks as `previous`.
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
    error EnvelopeSize(uint256 size, uint256 expected);
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
    error BallotMismatch(address voter);
    error AlreadyListed(address candidate);
    error NotOutpolling(address candidate, uint32 votes, uint32 lowestListed);
    error InvalidKey(uint256 length);
    error TermChanged(uint32 sealedFor, uint32 current);
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
        if (p.votingWindow == 0 || p.votingWindow > p.term) revert InvalidParameter("voting");
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
        votingWindow = p.votingWindow;
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
        liveSeats = uint32((uint256(1) << p.notaries.length) - 1);

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
    // electionClosesAt(): the term's nominal end, or votingWindow after
    // resignations left fewer than quorum notaries seated, whichever comes
    // first; never before votingWindow has passed since the community's
    // first members could vote (createdAt + waitingPeriod). Standing and
    // voting need a member past the waiting period whose coverage runs
    // beyond the close: every ballot and candidacy is a member's who has
    // paid and waited as long as any honest member must, and who is
    // covered at every moment finalize can run.
    //
    // Any number of members may stand: votes are tallied per candidate.
    // finalize chooses from a leaderboard of MAX_BOARD entries, which a
    // candidate enters while it has room, or in place of a lapsed entry,
    // or by out-polling its lowest entry (vote and promote keep it so):
    // a candidate takes a place on the board only with more ballots than
    // the one it displaces.

    /// @notice When the running election can close (finalize can run).
    function electionClosesAt() public view returns (uint64 closesAt) {
        closesAt = uint64(termStartedAt) + termLength;
        uint64 below = belowQuorumAt;
        if (below != 0 && below + votingWindow < closesAt) closesAt = below + votingWindow;
        uint64 first = createdAt + waitingPeriod + votingWindow;
        if (closesAt < first) closesAt = first;
    }

    /// @notice Stands for the next notary term, publishing the HPKE public
    /// key claims will be sealed to. The candidacy enters the leaderboard
    /// while it has room; otherwise ballots (or promote) bring it there.
    function stand(bytes calldata hpkeKey) external {
        _requireElector(msg.sender);
        uint32 election = currentTerm + 1;
        Candidacy memory c = _candidacies[election][msg.sender];
        // One candidacy per election: a withdrawal is final, so ballots
        // gathered before it cannot come back in a late, unwatched re-stand.
        if (c.sequence != 0) revert AlreadyCandidate(msg.sender, election);
        uint64 seq = standSequence + 1;
        standSequence = seq;
        c.sequence = seq;
        c.running = true;
        emit CandidateStood(election, msg.sender, seq);
        uint256 size = _boardSize[election];
        if (size < MAX_BOARD) {
            _board[election][size] = _entry(msg.sender, c.votes, seq);
            _boardSize[election] = size + 1;
            c.listed = uint8(size + 1);
            emit CandidateListed(election, msg.sender, address(0));
        }
        _candidacies[election][msg.sender] = c;
        _setKey(hpkeKey);
    }

    /// @notice Leaves the running election and its leaderboard, for good:
    /// ballots for the caller stay tallied but cannot seat them, and the
    /// caller can stand again only in the next election.
    function withdraw() external {
        uint32 election = currentTerm + 1;
        Candidacy memory c = _candidacies[election][msg.sender];
        if (!c.running) revert NotCandidate(msg.sender, election);
        c.running = false;
        if (c.listed != 0) {
            _unlist(election, c.listed - 1);
            c.listed = 0;
        }
        _candidacies[election][msg.sender] = c;
        emit CandidateWithdrew(election, msg.sender);
    }

    /// @notice Puts a running candidate on the leaderboard: into a free
    /// entry, else in place of a lapsed one (not covered beyond the
    /// close), else in place of the lowest entry if the candidate has
    /// strictly more votes (of equal lowest, the later candidacy goes).
    /// Anyone may call it.
    function promote(address candidate) external {
        uint32 election = currentTerm + 1;
        Candidacy memory c = _candidacies[election][candidate];
        if (!c.running) revert NotCandidate(candidate, election);
        if (c.listed != 0) revert AlreadyListed(candidate);
        uint256 size = _boardSize[election];
        uint256 at;
        address replaced;
        if (size < MAX_BOARD) {
            at = size;
            _boardSize[election] = size + 1;
        } else {
            uint64 closesAt = electionClosesAt();
            uint256 horizon = block.timestamp > closesAt ? block.timestamp : closesAt;
            uint256[MAX_BOARD] storage board = _board[election];
            at = MAX_BOARD;
            for (uint256 i = 0; i < MAX_BOARD; i++) {
                address a = address(uint160(board[i] >> 96));
                if (_members[a].coveredUntil <= horizon) {
                    at = i;
                    break;
                }
            }
            if (at == MAX_BOARD) {
                uint32 lowest;
                (at, lowest) = _lowest(board);
                if (c.votes <= lowest) revert NotOutpolling(candidate, c.votes, lowest);
            }
            replaced = address(uint160(board[at] >> 96));
            _candidacies[election][replaced].listed = 0;
        }
        _board[election][at] = _entry(candidate, c.votes, c.sequence);
        _candidacies[election][candidate].listed = uint8(at + 1);
        emit CandidateListed(election, candidate, replaced);
    }

    /// @notice Replaces the caller's ballot for the running election with
    /// `picks` (up to `seats` running candidates). `previous` are the picks
    /// of the caller's last ballot in this election (its BallotCast event;
    /// empty if none): they are checked against the stored hash and their
    /// votes taken back. One member, one ballot, from a member past the
    /// waiting period and covered beyond the close. A candidate off the
    /// leaderboard that now has more votes than its lowest entry takes
    /// that entry.
    function vote(address[] calldata previous, address[] calldata picks) external {
        _requireElector(msg.sender);
        uint256 k = picks.length;
        if (k > seats) revert TooManyPicks(k, seats);
        uint32 election = currentTerm + 1;
        bytes32 stored = _ballots[election][msg.sender];
        if (stored == 0 ? previous.length != 0 : keccak256(abi.encode(previous)) != stored) {
            revert BallotMismatch(msg.sender);
        }
        for (uint256 i = 0; i < previous.length; i++) {
            _tally(election, previous[i], false);
        }
        for (uint256 i = 0; i < k; i++) {
            address p = picks[i];
            for (uint256 j = 0; j < i; j++) {
                if (picks[j] == p) revert DuplicatePick(p);
            }
            _tally(election, p, true);
        }
        _ballots[election][msg.sender] = keccak256(abi.encode(picks));
        emit BallotCast(election, msg.sender, picks);
    }

    /// Adds or takes back one vote for `candidate`, keeping its leaderboard
    /// entry in step; an added vote for a running candidate off the board
    /// may take the lowest entry.
    function _tally(uint32 election, address candidate, bool add) private {
        Candidacy memory c = _candidacies[election][candidate];
        if (add) {
            if (!c.running) revert NotCandidate(candidate, election);
            c.votes += 1;
        } else {
            c.votes -= 1;
        }
        if (c.listed != 0) {
            _board[election][c.listed - 1] = _entry(candidate, c.votes, c.sequence);
        } else if (add) {
            uint256[MAX_BOARD] storage board = _board[election];
            uint256 size = _boardSize[election];
            uint256 at = size;
            address replaced;
            if (size < MAX_BOARD) {
                _boardSize[election] = size + 1;
            } else {
                uint32 lowest;
                (at, lowest) = _lowest(board);
                if (c.votes > lowest) {
                    replaced = address(uint160(board[at] >> 96));
                    _candidacies[election][replaced].listed = 0;
                } else {
                    at = MAX_BOARD;
                }
            }
            if (at < MAX_BOARD) {
                board[at] = _entry(candidate, c.votes, c.sequence);
                c.listed = uint8(at + 1);
                emit CandidateListed(election, candidate, replaced);
            }
        }
        _candidacies[election][candidate] = c;
    }

    /// The entry of a full board that ranks last: fewest votes, of those
    /// the latest candidacy.
    function _lowest(uint256[MAX_BOARD] storage board) private view returns (uint256 at, uint32 lowest) {
        uint256 worst = board[0];
        for (uint256 i = 1; i < MAX_BOARD; i++) {
            uint256 e = board[i];
            if (_ranksBelow(e, worst)) {
                worst = e;
                at = i;
            }
        }
        lowest = uint32(worst >> 64);
    }

    /// Whether entry a ranks below entry b: fewer votes, or as many and a
    /// later candidacy.
    function _ranksBelow(uint256 a, uint256 b) private pure returns (bool) {
        uint32 va = uint32(a >> 64);
        uint32 vb = uint32(b >> 64);
        return va < vb || (va == vb && uint64(a) > uint64(b));
    }

    function _entry(address a, uint32 votes, uint64 seq) private pure returns (uint256) {
        return (uint256(uint160(a)) << 96) | (uint256(votes) << 64) | seq;
    }

    /// Removes board entry `at`, moving the last entry into its place.
    function _unlist(uint32 election, uint256 at) private {
        uint256 last = _boardSize[election] - 1;
        uint256[MAX_BOARD] storage board = _board[election];
        if (at != last) {
            uint256 moved = board[last];
            board[at] = moved;
            _candidacies[election][address(uint160(moved >> 96))].listed = uint8(at + 1);
        }
        board[last] = 0;
        _boardSize[election] = last;
    }

    /// @notice A sitting notary leaves their seat of the current term. The
    /// seat stays empty until the next term; claims filed afterwards count
    /// one voter fewer, and the notary's pending issuer-key votes stop
    /// counting. If fewer than quorum notaries remain seated, the election
    /// can close votingWindow later (or at the term's nominal end if that
    /// is sooner). Claims filed before keep their voter count and expire if
    /// quorum cannot be reached.
    function resign() external {
        uint32 term = currentTerm;
        uint8 seat = _seatOf[term][msg.sender];
        if (seat == 0) revert NotNotary(msg.sender, term);
        _seatOf[term][msg.sender] = 0;
        _notariesOf[term][seat - 1] = address(0);
        liveSeats &= ~(uint32(1) << (seat - 1));
        uint8 left = termSeats - 1;
        termSeats = left;
        if (left < quorum && belowQuorumAt == 0) belowQuorumAt = uint40(block.timestamp);
        emit NotaryResigned(term, msg.sender, left);
    }

    /// @notice Publishes or rotates the caller's HPKE key. For sitting
    /// notaries (the founder-named ones too) and candidates.
    function setNotaryKey(bytes calldata hpkeKey) external {
        uint32 term = currentTerm;
        if (_seatOf[term][msg.sender] == 0 && !_candidacies[term + 1][msg.sender].running) {
            revert NotNotaryOrCandidate(msg.sender);
        }
        _setKey(hpkeKey);
    }

    function _setKey(bytes calldata key) private {
        if (key.length != KEY_BYTES) revert InvalidKey(key.length);
        bytes32 h = keccak256(key);
        notaryKeyHash[msg.sender] = h;
        emit NotaryKeySet(msg.sender, h, key);
    }

    /// @notice Once the election can close (electionClosesAt), seats the
    /// top `seats` leaderboard candidates still covered now, by votes (ties:
    /// earlier candidacy), as the next term. Anyone may call it. Until it
    /// succeeds, the sitting notaries serve on.
    function finalize() external {
        uint32 term = currentTerm;
        uint64 closesAt = electionClosesAt();
        if (block.timestamp < closesAt) revert TermNotOver(closesAt);
        uint32 election = term + 1;
        uint256 n = _boardSize[election];
        uint256[] memory live = new uint256[](n);
        uint256 m;
        {
            uint256[MAX_BOARD] storage board = _board[election];
            for (uint256 i = 0; i < n; i++) {
                uint256 e = board[i];
                if (block.timestamp < _members[address(uint160(e >> 96))].coveredUntil) live[m++] = e;
            }
        }
        uint256 count = seats < m ? seats : m;
        if (count < quorum) revert NotEnoughCandidates(count, quorum);
        address[] memory chosen = new address[](count);
        for (uint256 s = 0; s < count; s++) {
            // Selection: the best of live[s..m) moves to s.
            uint256 best = s;
            for (uint256 i = s + 1; i < m; i++) {
                if (_ranksBelow(live[best], live[i])) best = i;
            }
            uint256 e = live[best];
            live[best] = live[s];
            live[s] = e;
            address a = address(uint160(e >> 96));
            chosen[s] = a;
            _seatOf[election][a] = uint8(s + 1);
        }
        _notariesOf[election] = chosen;
        currentTerm = election;
        termStartedAt = uint40(block.timestamp);
        termSeats = uint8(count);
        belowQuorumAt = 0;
        liveSeats = uint32((uint256(1) << count) - 1);
        emit TermStarted(election, uint64(block.timestamp), chosen);
    }

    /// Past the waiting period, and covered beyond the running election's
    /// close (covered until it means lapsed at every moment finalize can
    /// run).
    function _requireElector(address account) private view {
        Member memory m = _members[account];
        if (block.timestamp >= m.coveredUntil) revert NotActive(account, m.coveredUntil);
        uint64 eligibleAt = uint64(m.joinedAt) + waitingPeriod;
        if (block.timestamp < eligibleAt) revert WaitingPeriod(account, eligibleAt);
        uint64 closesAt = electionClosesAt();
        if (m.coveredUntil <= closesAt) revert CoverageEndsBeforeElection(account, m.coveredUntil, closesAt);
    }

    // ------------------------------------------------------------------
    // Claims
    // ------------------------------------------------------------------

    /// @notice Files a claim for `amount`. The evidence travels sealed in
    /// `envelope` (only its hash is stored) to the notaries of `term`, the
    /// term the member sealed it for: a finalize mined first (by accident
    /// or by a griefer watching the mempool) makes the claim revert instead
    /// of landing, unreadable, in a new term. `nullifier` names the medical
    /// event so that it can be paid at most once.
    function submitClaim(uint256 amount, bytes32 nullifier, bytes calldata envelope, uint32 term)
        external
        returns (uint256 id)
    {
        if (term != currentTerm) revert TermChanged(term, currentTerm);
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
        uint8 voters = termSeats;
        // Sealed to every seated notary of the term, the claimant too.
        if (envelope.length != ENVELOPE_BASE + ENVELOPE_PER_RECIPIENT * voters) {
            revert EnvelopeSize(envelope.length, ENVELOPE_BASE + ENVELOPE_PER_RECIPIENT * voters);
        }
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
    /// nullifier and envelope hash (from its ClaimSubmitted event): every
    /// approval is checked against the claim's evidence commitment, so an
    /// approval counts only for the evidence the notary reviewed (a reorg
    /// that gives the id to another claim turns it into a revert). The
    /// approval that reaches quorum pays the claim, or queues it if the
    /// pool is short.
    function approveClaim(uint256 id, bytes32 nullifier, bytes32 envelopeHash) external nonReentrant {
        Claim storage c = _castVote(id, true, 0);
        if (evidenceOf(nullifier, envelopeHash) != c.evidence) revert EvidenceMismatch(id);
        uint8 approvals = c.approvals + 1;
        c.approvals = approvals;
        if (approvals < quorum) return;

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
        // A notary who resigned since voting no longer counts.
        uint256 approvals = _popcount(mask & liveSeats);
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
        p.votingWindow = votingWindow;
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

    /// @notice The election's leaderboard, the candidates finalize
    /// chooses from (in no particular order), with their votes and
    /// candidacy sequence numbers.
    function candidatesOf(uint256 election)
        external
        view
        returns (address[] memory accounts, uint32[] memory votes, uint64[] memory sequences)
    {
        uint256 n = _boardSize[election];
        accounts = new address[](n);
        votes = new uint32[](n);
        sequences = new uint64[](n);
        for (uint256 i = 0; i < n; i++) {
            uint256 e = _board[election][i];
            accounts[i] = address(uint160(e >> 96));
            votes[i] = uint32(e >> 64);
            sequences[i] = uint64(e);
        }
    }

    /// @notice A candidacy: its sequence (0: never stood), the votes
    /// tallied for it, whether it is running and whether it is on the
    /// leaderboard.
    function candidacyOf(uint256 election, address candidate) external view returns (Candidacy memory) {
        return _candidacies[election][candidate];
    }

    /// @notice keccak256(abi.encode(picks)) of a voter's ballot (0 if none);
    /// the picks are in the voter's last BallotCast event.
    function ballotHashOf(uint256 election, address voter) external view returns (bytes32) {
        return _ballots[election][voter];
    }

    function payoutQueueAt(uint256 position) external view returns (uint256) {
        return _payoutQueue[position];
    }

    function poolBalance() external view returns (uint256) {
        return token.balanceOf(address(this));
    }
}
