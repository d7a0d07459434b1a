// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Part, Parts, Params, ICommunity, IClaims} from "./Part.sol";

/// @title huzhu community: the board of notaries
/// @notice Terms, seats and elections (one member, one vote), the
/// notaries' HPKE keys, vacating a seat, and members' recall of a board.
/// @dev Election term+1 runs during term `term` and can close (finalize)
/// at electionClosesAt(): the term's nominal end, or votingWindow after
/// the seats fell below quorum or the board was recalled, whichever comes
/// first; never before votingWindow has passed since the community's first
/// members could vote (createdAt + waitingPeriod). Standing and voting
/// need a member past the waiting period whose coverage runs beyond the
/// close. Any number of members may stand: votes are tallied per
/// candidate; finalize chooses from a leaderboard of MAX_BOARD entries,
/// which a candidate enters while it has room, in place of a lapsed entry,
/// or by out-ranking its lowest entry (more votes, or as many and an
/// earlier candidacy). An election counts only with minBallots ballots:
/// until then the sitting notaries serve on and voting stays open.
contract Board is Part {
    /// @notice Most notary seats per term (votes are a 32-bit seat mask).
    uint256 public constant MAX_SEATS = 32;
    /// @notice Entries of an election's leaderboard, the candidates
    /// finalize chooses from; bounds the gas of finalize.
    uint256 public constant MAX_BOARD = 64;
    /// @notice Size of a notary's HPKE public key: X-Wing (MLKEM768-X25519).
    uint256 public constant KEY_BYTES = 1216;

    /// @notice Why a seat was vacated: its holder is absent, abuses it, or
    /// keeps an unusable key.
    uint8 public constant VACATE_ABSENT = 1;
    uint8 public constant VACATE_ABUSIVE = 2;
    uint8 public constant VACATE_UNUSABLE_KEY = 3;

    uint8 public immutable seats;
    uint8 public immutable quorum;
    uint64 public immutable termLength;
    uint64 public immutable votingWindow;
    uint64 public immutable waitingPeriod;
    uint64 public immutable createdAt;
    uint16 public immutable recallSignatures;
    uint16 public immutable minBallots;

    /// A member's candidacy in one election, one slot. `sequence` orders
    /// candidacies (ties go to the earlier one) and is 0 for an address
    /// that never stood; `listed` is the leaderboard entry's index + 1.
    struct Candidacy {
        uint64 sequence;
        uint32 votes;
        bool running;
        uint8 listed;
    }

    // The current term, in one slot: read by every claim submission.
    uint32 public currentTerm;
    uint40 public termStartedAt;
    /// Seats held now in the current term.
    uint8 public termSeats;
    /// When resignations or vacated seats left fewer than quorum notaries
    /// seated in the current term (0 if they did not).
    uint40 public belowQuorumAt;
    /// Bit i set while seat i of the current term is held.
    uint32 public liveSeats;
    /// When the current term's board was recalled (0 if it was not).
    uint40 public currentRecalledAt;
    /// Counts candidacies over all elections (see Candidacy.sequence).
    uint64 public standSequence;

    /// term => notary => seat index + 1 (0 once resigned or vacated).
    mapping(uint256 => mapping(address => uint8)) private _seatOf;
    mapping(uint256 => address[]) private _notariesOf;
    /// term => seats still held (the current term's is liveSeats).
    mapping(uint256 => uint32) private _liveOf;
    /// term => when its board was recalled.
    mapping(uint256 => uint40) public recalledAt;
    /// term => recall signatures so far; term => member => signed.
    mapping(uint256 => uint256) public recallsOf;
    mapping(uint256 => mapping(address => bool)) private _recalled;
    /// keccak256(term, notary) => seats of the current term asking to vacate it.
    mapping(bytes32 => uint32) private _vacateVotes;

    /// notary => keccak256 of their HPKE public key (the key is in NotaryKeySet).
    mapping(address => bytes32) public notaryKeyHash;
    /// keccak256 of an HPKE public key => the address that published it:
    /// a key belongs to one address for good.
    mapping(bytes32 => address) public keyOwner;

    /// election (= the term it elects) => candidate => candidacy.
    mapping(uint256 => mapping(address => Candidacy)) private _candidacies;
    /// election => voter => keccak256(abi.encode(picks)) of their ballot
    /// (0 if none); the picks are in the voter's last BallotCast event.
    mapping(uint256 => mapping(address => bytes32)) private _ballots;
    /// election => ballots that pick at least one candidate.
    mapping(uint256 => uint256) public ballotsOf;
    /// election => leaderboard: entries packed as
    /// address (bits 96..255) | votes (bits 64..95) | sequence (bits 0..63).
    mapping(uint256 => uint256[MAX_BOARD]) private _board;
    mapping(uint256 => uint256) private _boardSize;

    event TermStarted(uint32 indexed term, uint64 startedAt, address[] notaries);
    event NotaryKeySet(address indexed notary, bytes32 keyHash, bytes key);
    event CandidateStood(uint32 indexed election, address indexed candidate, uint64 sequence);
    event CandidateWithdrew(uint32 indexed election, address indexed candidate);
    event CandidateListed(uint32 indexed election, address indexed candidate, address replaced);
    event BallotCast(uint32 indexed election, address indexed voter, address[] picks);
    event NotaryResigned(uint32 indexed term, address indexed notary, uint8 seatsLeft);
    /// A seated notary asks to vacate another's seat for `reason`.
    event VacateVote(uint32 indexed term, address indexed notary, address by, uint8 reason, uint256 approvals);
    event SeatVacated(uint32 indexed term, address indexed notary, uint8 reason, uint8 seatsLeft);
    event RecallSigned(uint32 indexed term, address indexed member, uint256 signatures);
    /// The board of `term` is recalled: its claims still in notice, and
    /// its open ones, go back to be filed with the next board.
    event BoardRecalled(uint32 indexed term, uint256 signatures);

    error NotActive(address member, uint64 coveredUntil);
    error CoverageEndsBeforeElection(address member, uint64 coveredUntil, uint64 electionClosesAt);
    error WaitingPeriod(address member, uint64 eligibleAt);
    error NotNotary(address account, uint32 term);
    error AlreadyCandidate(address account, uint32 election);
    error BallotMismatch(address voter);
    error AlreadyListed(address candidate);
    error NotOutranking(address candidate, uint32 votes, uint32 lowestListed);
    error InvalidKey(uint256 length);
    error KeyTaken(bytes32 keyHash, address owner);
    error NotNotaryOrCandidate(address account);
    error TooManyPicks(uint256 picks, uint256 max);
    error NotCandidate(address account, uint32 election);
    error DuplicatePick(address account);
    error TermNotOver(uint64 endsAt);
    error NotEnoughCandidates(uint256 eligible, uint256 needed);
    error NotEnoughBallots(uint256 ballots, uint256 needed);
    error InvalidReason(uint8 reason);
    error VacateOwnSeat();
    error VacateVoteRepeated(address notary, address by);
    error NoNotice(uint32 term);
    error AlreadyRecalled(uint32 term);
    error RecallRepeated(address member, uint32 term);

    constructor(Params memory p, Parts memory wired) Part(wired, p) {
        seats = p.seats;
        quorum = p.quorum;
        termLength = p.term;
        votingWindow = p.votingWindow;
        waitingPeriod = p.waitingPeriod;
        createdAt = uint64(block.timestamp);
        recallSignatures = p.recallSignatures;
        minBallots = p.minBallots;
        uint256 n = p.notaries.length;
        for (uint256 i = 0; i < n; i++) {
            _seatOf[0][p.notaries[i]] = uint8(i + 1);
        }
        _notariesOf[0] = p.notaries;
        uint32 live = uint32((uint256(1) << n) - 1);
        _liveOf[0] = live;
        liveSeats = live;
        termStartedAt = uint40(block.timestamp);
        termSeats = uint8(n);
        emit TermStarted(0, uint64(block.timestamp), p.notaries);
    }

    // ------------------------------------------------------------------
    // Elections
    // ------------------------------------------------------------------

    /// @notice When the running election can close (finalize can run).
    function electionClosesAt() public view returns (uint64 closesAt) {
        closesAt = uint64(termStartedAt) + termLength;
        uint64 early = belowQuorumAt;
        uint64 recalled = currentRecalledAt;
        if (early == 0 || (recalled != 0 && recalled < early)) early = recalled;
        if (early != 0 && early + votingWindow < closesAt) closesAt = early + votingWindow;
        uint64 first = createdAt + waitingPeriod + votingWindow;
        if (closesAt < first) closesAt = first;
    }

    /// @notice Stands for the next notary term, publishing the HPKE public
    /// key claims will be sealed to. The candidacy enters the leaderboard
    /// while it has room; otherwise ballots (or promote) bring it there.
    function stand(bytes calldata hpkeKey) external {
        _exactBytes(1, 0, hpkeKey.length);
        _requireElector(msg.sender);
        uint32 election = currentTerm + 1;
        Candidacy memory c = _candidacies[election][msg.sender];
        // One candidacy per election: a withdrawal is final.
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

    /// @notice Leaves the running election and its leaderboard, for good.
    function withdraw() external {
        _exact(4);
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
    /// close), else in place of the lowest entry if the candidate ranks
    /// above it (more votes, or as many and an earlier candidacy).
    /// Anyone may call it.
    function promote(address candidate) external {
        _exact(36);
        uint32 election = currentTerm + 1;
        Candidacy memory c = _candidacies[election][candidate];
        if (!c.running) revert NotCandidate(candidate, election);
        if (c.listed != 0) revert AlreadyListed(candidate);
        uint256 size = _boardSize[election];
        uint256 at;
        address replaced;
        uint256 entry = _entry(candidate, c.votes, c.sequence);
        if (size < MAX_BOARD) {
            at = size;
            _boardSize[election] = size + 1;
        } else {
            uint64 closesAt = electionClosesAt();
            uint256 horizon = block.timestamp > closesAt ? block.timestamp : closesAt;
            uint256[MAX_BOARD] storage board_ = _board[election];
            at = MAX_BOARD;
            for (uint256 i = 0; i < MAX_BOARD; i++) {
                (, uint64 coveredUntil) = ICommunity(community).membership(address(uint160(board_[i] >> 96)));
                if (coveredUntil <= horizon) {
                    at = i;
                    break;
                }
            }
            if (at == MAX_BOARD) {
                uint256 lowest;
                (at, lowest) = _lowest(board_);
                if (!_ranksBelow(lowest, entry)) revert NotOutranking(candidate, c.votes, uint32(lowest >> 64));
            }
            replaced = address(uint160(board_[at] >> 96));
            _candidacies[election][replaced].listed = 0;
        }
        _board[election][at] = entry;
        _candidacies[election][candidate].listed = uint8(at + 1);
        emit CandidateListed(election, candidate, replaced);
    }

    /// @notice Replaces the caller's ballot for the running election with
    /// `picks` (up to `seats` running candidates). `previous` are the picks
    /// of the caller's last ballot in this election (its BallotCast event;
    /// empty if none): they are checked against the stored hash and their
    /// votes taken back. One member, one ballot.
    function vote(address[] calldata previous, address[] calldata picks) external {
        // The canonical encoding of two address arrays, nothing after them.
        uint256 expected = 4 + 64 + 64 + 32 * (previous.length + picks.length);
        if (msg.data.length != expected) revert Calldata(msg.data.length, expected);
        uint256 o1;
        uint256 o2;
        assembly ("memory-safe") {
            o1 := calldataload(4)
            o2 := calldataload(36)
        }
        if (o1 != 64 || o2 != 96 + 32 * previous.length) revert Calldata(msg.data.length, expected);

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
        // Turnout counts ballots that pick someone.
        if (previous.length == 0 && k != 0) ballotsOf[election] += 1;
        else if (previous.length != 0 && k == 0) ballotsOf[election] -= 1;
        _ballots[election][msg.sender] = k == 0 && previous.length == 0 ? bytes32(0) : keccak256(abi.encode(picks));
        emit BallotCast(election, msg.sender, picks);
    }

    /// Adds or takes back one vote for `candidate`, keeping its leaderboard
    /// entry in step; an added vote for a running candidate off the board
    /// takes the lowest entry if the candidate now ranks above it.
    function _tally(uint32 election, address candidate, bool add) private {
        Candidacy memory c = _candidacies[election][candidate];
        if (add) {
            if (!c.running) revert NotCandidate(candidate, election);
            c.votes += 1;
        } else {
            c.votes -= 1;
        }
        uint256 entry = _entry(candidate, c.votes, c.sequence);
        if (c.listed != 0) {
            _board[election][c.listed - 1] = entry;
        } else if (add) {
            uint256[MAX_BOARD] storage board_ = _board[election];
            uint256 size = _boardSize[election];
            uint256 at = size;
            address replaced;
            if (size < MAX_BOARD) {
                _boardSize[election] = size + 1;
            } else {
                uint256 lowest;
                (at, lowest) = _lowest(board_);
                if (_ranksBelow(lowest, entry)) {
                    replaced = address(uint160(lowest >> 96));
                    _candidacies[election][replaced].listed = 0;
                } else {
                    at = MAX_BOARD;
                }
            }
            if (at < MAX_BOARD) {
                board_[at] = entry;
                c.listed = uint8(at + 1);
                emit CandidateListed(election, candidate, replaced);
            }
        }
        _candidacies[election][candidate] = c;
    }

    /// The entry of a full board that ranks last: fewest votes, of those
    /// the latest candidacy.
    function _lowest(uint256[MAX_BOARD] storage board_) private view returns (uint256 at, uint256 worst) {
        worst = board_[0];
        for (uint256 i = 1; i < MAX_BOARD; i++) {
            uint256 e = board_[i];
            if (_ranksBelow(e, worst)) {
                worst = e;
                at = i;
            }
        }
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
        uint256[MAX_BOARD] storage board_ = _board[election];
        if (at != last) {
            uint256 moved = board_[last];
            board_[at] = moved;
            _candidacies[election][address(uint160(moved >> 96))].listed = uint8(at + 1);
        }
        board_[last] = 0;
        _boardSize[election] = last;
    }

    /// @notice Once the election can close (electionClosesAt) and has
    /// minBallots ballots, seats the top `seats` leaderboard candidates
    /// still covered now, by votes (ties: earlier candidacy), as the next
    /// term. Anyone may call it. Until it succeeds, the sitting notaries
    /// serve on.
    function finalize() external {
        _exact(4);
        uint32 term = currentTerm;
        uint64 closesAt = electionClosesAt();
        if (block.timestamp < closesAt) revert TermNotOver(closesAt);
        uint32 election = term + 1;
        uint256 ballots = ballotsOf[election];
        if (ballots < minBallots) revert NotEnoughBallots(ballots, minBallots);
        uint256 n = _boardSize[election];
        uint256[] memory live = new uint256[](n);
        uint256 m;
        {
            uint256[MAX_BOARD] storage board_ = _board[election];
            for (uint256 i = 0; i < n; i++) {
                uint256 e = board_[i];
                (, uint64 coveredUntil) = ICommunity(community).membership(address(uint160(e >> 96)));
                if (block.timestamp < coveredUntil) live[m++] = e;
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
        uint32 mask = uint32((uint256(1) << count) - 1);
        _liveOf[election] = mask;
        currentTerm = election;
        termStartedAt = uint40(block.timestamp);
        termSeats = uint8(count);
        belowQuorumAt = 0;
        liveSeats = mask;
        currentRecalledAt = 0;
        emit TermStarted(election, uint64(block.timestamp), chosen);
    }

    /// Past the waiting period, and covered beyond the running election's
    /// close.
    function _requireElector(address account) private view {
        (uint64 joinedAt, uint64 coveredUntil) = ICommunity(community).membership(account);
        if (block.timestamp >= coveredUntil) revert NotActive(account, coveredUntil);
        uint64 eligibleAt = joinedAt + waitingPeriod;
        if (block.timestamp < eligibleAt) revert WaitingPeriod(account, eligibleAt);
        uint64 closesAt = electionClosesAt();
        if (coveredUntil <= closesAt) revert CoverageEndsBeforeElection(account, coveredUntil, closesAt);
    }

    // ------------------------------------------------------------------
    // Seats and keys
    // ------------------------------------------------------------------

    /// @notice A sitting notary leaves their seat of the current term.
    /// The seat stays empty until the next term; votes cast from it stop
    /// counting. If fewer than quorum notaries remain seated, the election
    /// can close votingWindow later.
    function resign() external {
        _exact(4);
        uint32 term = currentTerm;
        uint8 seat = _seatOf[term][msg.sender];
        if (seat == 0) revert NotNotary(msg.sender, term);
        emit NotaryResigned(term, msg.sender, _unseat(term, msg.sender, seat));
    }

    /// @notice A seated notary of the current term asks to vacate
    /// `notary`'s seat for a public `reason` (VACATE_*). Once a quorum of
    /// the other seated notaries asked (all of them, if fewer remain), the
    /// seat is vacated as by a resignation.
    function vacate(address notary, uint8 reason) external {
        _exact(68);
        if (reason == 0 || reason > VACATE_UNUSABLE_KEY) revert InvalidReason(reason);
        uint32 term = currentTerm;
        uint8 mine = _seatOf[term][msg.sender];
        if (mine == 0) revert NotNotary(msg.sender, term);
        uint8 theirs = _seatOf[term][notary];
        if (theirs == 0) revert NotNotary(notary, term);
        if (notary == msg.sender) revert VacateOwnSeat();
        if (_vacateVote(term, notary, mine, theirs, reason)) {
            emit SeatVacated(term, notary, reason, _unseat(term, notary, theirs));
        }
    }

    /// Records seat `mine`'s ask to vacate seat `theirs`; whether a quorum
    /// of the other seats held has asked.
    function _vacateVote(uint32 term, address notary, uint8 mine, uint8 theirs, uint8 reason) private returns (bool) {
        bytes32 proposal = keccak256(abi.encode(term, notary));
        uint32 mask = _vacateVotes[proposal];
        uint32 bit = uint32(1) << (mine - 1);
        if (mask & bit != 0) revert VacateVoteRepeated(notary, msg.sender);
        mask |= bit;
        uint32 others = liveSeats & ~(uint32(1) << (theirs - 1));
        uint256 approvals = _popcount(mask & others);
        uint256 n = _popcount(others);
        emit VacateVote(term, notary, msg.sender, reason, approvals);
        if (approvals >= (quorum < n ? quorum : n)) return true;
        _vacateVotes[proposal] = mask;
        return false;
    }

    function _unseat(uint32 term, address notary, uint8 seat) private returns (uint8 left) {
        _seatOf[term][notary] = 0;
        _notariesOf[term][seat - 1] = address(0);
        uint32 live = liveSeats & ~(uint32(1) << (seat - 1));
        liveSeats = live;
        _liveOf[term] = live;
        left = termSeats - 1;
        termSeats = left;
        if (left < quorum && belowQuorumAt == 0) belowQuorumAt = uint40(block.timestamp);
    }

    /// @notice Publishes or rotates the caller's HPKE key. For sitting
    /// notaries (the founder-named ones too) and candidates. A key another
    /// address published is refused.
    function setNotaryKey(bytes calldata hpkeKey) external {
        _exactBytes(1, 0, hpkeKey.length);
        uint32 term = currentTerm;
        if (_seatOf[term][msg.sender] == 0 && !_candidacies[term + 1][msg.sender].running) {
            revert NotNotaryOrCandidate(msg.sender);
        }
        _setKey(hpkeKey);
    }

    function _setKey(bytes calldata key) private {
        if (key.length != KEY_BYTES) revert InvalidKey(key.length);
        bytes32 h = keccak256(key);
        address owner = keyOwner[h];
        if (owner == address(0)) keyOwner[h] = msg.sender;
        else if (owner != msg.sender) revert KeyTaken(h, owner);
        notaryKeyHash[msg.sender] = h;
        emit NotaryKeySet(msg.sender, h, key);
    }

    // ------------------------------------------------------------------
    // Recall
    // ------------------------------------------------------------------

    /// @notice Signs a recall of the board of `term` while one of its
    /// approved claims is in public notice. One signature per eligible
    /// member (covered, past the waiting period) and term. With
    /// recallSignatures signatures the board is recalled: its claims
    /// still in notice and its open ones are returned (their members
    /// file them again with the next board), it decides no more claims,
    /// and if it is the sitting board an early election opens.
    function recall(uint32 term) external {
        _exact(36);
        if (recalledAt[term] != 0) revert AlreadyRecalled(term);
        if (block.timestamp >= IClaims(claims).noticeOpenUntil(term)) revert NoNotice(term);
        (uint64 joinedAt, uint64 coveredUntil) = ICommunity(community).membership(msg.sender);
        if (block.timestamp >= coveredUntil) revert NotActive(msg.sender, coveredUntil);
        if (block.timestamp < joinedAt + waitingPeriod) revert WaitingPeriod(msg.sender, joinedAt + waitingPeriod);
        if (_recalled[term][msg.sender]) revert RecallRepeated(msg.sender, term);
        _recalled[term][msg.sender] = true;
        uint256 n = recallsOf[term] + 1;
        recallsOf[term] = n;
        emit RecallSigned(term, msg.sender, n);
        if (n >= recallSignatures) {
            recalledAt[term] = uint40(block.timestamp);
            if (term == currentTerm) currentRecalledAt = uint40(block.timestamp);
            emit BoardRecalled(term, n);
        }
    }

    // ------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------

    /// @notice For a claim filed now by `claimant`: the current term, its
    /// seats still held, the claimant's own seat (index + 1, 0 if none)
    /// and when the board was recalled (0 if it was not).
    function claimTerm(address claimant) external view returns (uint32 term, uint32 live, uint8 seat, uint40 recalled) {
        term = currentTerm;
        return (term, liveSeats, _seatOf[term][claimant], currentRecalledAt);
    }

    /// @notice `notary`'s seat in `term` (index + 1, 0 if none or no
    /// longer held), the term's seats still held, and when its board was
    /// recalled.
    function voter(uint32 term, address notary) external view returns (uint8 seat, uint32 live, uint40 recalled) {
        return (_seatOf[term][notary], _liveOf[term], recalledAt[term]);
    }

    function notariesOf(uint256 term) external view returns (address[] memory) {
        return _notariesOf[term];
    }

    /// @notice Seat index + 1 of `account` in `term`, or 0.
    function seatOf(uint256 term, address account) external view returns (uint8) {
        return _seatOf[term][account];
    }

    /// @notice Seats still held in `term`, as a bit mask.
    function liveSeatsOf(uint256 term) external view returns (uint32) {
        return _liveOf[term];
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

    function candidacyOf(uint256 election, address candidate) external view returns (Candidacy memory) {
        return _candidacies[election][candidate];
    }

    /// @notice keccak256(abi.encode(picks)) of a voter's ballot (0 if none).
    function ballotHashOf(uint256 election, address voter_) external view returns (bytes32) {
        return _ballots[election][voter_];
    }

    /// @notice Whether `member` signed the recall of `term`'s board.
    function recallSigned(uint256 term, address member) external view returns (bool) {
        return _recalled[term][member];
    }
}
