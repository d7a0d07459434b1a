// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Part, Parts, Params, IBoard, IClaims} from "./Part.sol";

/// @title huzhu community: the trusted issuer registry
/// @notice Issuer identities, each tied to the `iss` its credentials
/// carry, with one or more keys (RFC 7638 thumbprints). Nullifiers are
/// derived off chain from the identity, so every key of a hospital names
/// the same medical event alike. Notary clients check the registry.
/// @dev Who changes it: the founder alone while the founder-named first
/// term sits; from the first elected term on, only a quorum of the sitting
/// notaries (a recalled board cannot). A key for an `iss` already
/// registered joins that identity or is refused; a key once bound stays
/// bound to its identity unless a quorum unbinds it while no claim could
/// have used it (none approved since the key was first trusted).
contract Registry is Part {
    /// @notice Longest `iss` accepted.
    uint256 public constant MAX_ISS = 256;
    uint8 public constant OP_TRUST = 1;
    uint8 public constant OP_DISTRUST = 2;
    uint8 public constant OP_UNBIND = 3;

    address public immutable founder;
    uint8 public immutable quorum;

    struct Key {
        bytes32 issuer;
        bool trusted;
        /// When the key was first trusted (0: never).
        uint40 trustedAt;
    }

    mapping(bytes32 => Key) private _keys;
    /// keccak256(iss) => the identity tied to it.
    mapping(bytes32 => bytes32) public issuerOfIss;
    /// identity => keccak256 of its iss.
    mapping(bytes32 => bytes32) public issOf;
    /// proposal => seats of its term that asked for it.
    mapping(bytes32 => uint32) private _votes;
    /// thumbprint => changes made to it (a proposal names the state it changes).
    mapping(bytes32 => uint32) private _nonce;

    event IssuerKeyVote(uint8 indexed op, bytes32 indexed issuer, bytes32 indexed thumbprint, address notary, uint256 approvals);
    event IssuerKeyChanged(bytes32 indexed issuer, bytes32 indexed thumbprint, bool trusted, address by);
    /// A new identity, tied to `iss` for good.
    event IssuerBound(bytes32 indexed issuer, bytes32 indexed issHash, string iss);
    event IssuerKeyUnbound(bytes32 indexed issuer, bytes32 indexed thumbprint, address by);

    error ZeroIssuer();
    error InvalidParameter(string name);
    error IssuerKeyBound(bytes32 thumbprint, bytes32 issuer);
    error IssuerUnchanged(bytes32 thumbprint, bool trusted);
    /// `iss` is tied to another identity: a key for it joins that one.
    error IssTaken(bytes32 issHash, bytes32 issuer);
    /// The identity is tied to another iss.
    error IssuerIss(bytes32 issuer, bytes32 issHash);
    error NotFounderOrNotary(address account);
    error FounderPowersEnded(uint32 term);
    error BoardRecalled(uint32 term);
    error IssuerVoteRepeated(bytes32 thumbprint, address notary);
    error KeyNotBound(bytes32 thumbprint);
    error KeyTrusted(bytes32 thumbprint);
    /// A claim was approved since the key was first trusted: it may have
    /// used the key, and unbinding could let its event be paid again.
    error KeyMayBeUsed(bytes32 thumbprint, uint64 trustedAt, uint64 lastApprovedAt);

    constructor(Params memory p, Parts memory wired) Part(wired, p) {
        founder = msg.sender;
        quorum = p.quorum;
    }

    /// @notice Trusts key `thumbprint` of the issuer identity `issuer`
    /// whose credentials carry `iss`: binds it if unbound. A new identity
    /// (by convention the thumbprint of its first key) is tied to `iss`; a
    /// key for an `iss` already tied to an identity must name that one.
    function trustKey(bytes32 issuer, bytes32 thumbprint, string calldata iss) external {
        _exactBytes(3, 2, bytes(iss).length);
        if (issuer == bytes32(0)) revert ZeroIssuer();
        if (thumbprint == bytes32(0)) revert InvalidParameter("thumbprint");
        if (bytes(iss).length == 0 || bytes(iss).length > MAX_ISS) revert InvalidParameter("iss");
        bytes32 h = keccak256(bytes(iss));
        bytes32 tied = issuerOfIss[h];
        if (tied != bytes32(0) && tied != issuer) revert IssTaken(h, tied);
        bytes32 own = issOf[issuer];
        if (own != bytes32(0) && own != h) revert IssuerIss(issuer, own);
        Key memory k = _keys[thumbprint];
        if (k.issuer != bytes32(0) && k.issuer != issuer) revert IssuerKeyBound(thumbprint, k.issuer);
        if (k.trusted) revert IssuerUnchanged(thumbprint, true);
        if (!_authorized(OP_TRUST, issuer, thumbprint, h)) return;
        if (tied == bytes32(0)) {
            issuerOfIss[h] = issuer;
            issOf[issuer] = h;
            emit IssuerBound(issuer, h, iss);
        }
        k.issuer = issuer;
        k.trusted = true;
        if (k.trustedAt == 0) k.trustedAt = uint40(block.timestamp);
        _keys[thumbprint] = k;
        _nonce[thumbprint] += 1;
        emit IssuerKeyChanged(issuer, thumbprint, true, msg.sender);
    }

    /// @notice Stops trusting a key (it stays bound to its identity).
    function distrustKey(bytes32 thumbprint) external {
        _exact(36);
        Key memory k = _keys[thumbprint];
        if (k.issuer == bytes32(0)) revert KeyNotBound(thumbprint);
        if (!k.trusted) revert IssuerUnchanged(thumbprint, false);
        if (!_authorized(OP_DISTRUST, k.issuer, thumbprint, 0)) return;
        _keys[thumbprint].trusted = false;
        _nonce[thumbprint] += 1;
        emit IssuerKeyChanged(k.issuer, thumbprint, false, msg.sender);
    }

    /// @notice Unbinds a distrusted key from its identity, so that it can
    /// be bound to the right one: only while no claim could have used it
    /// (none approved since it was first trusted).
    function unbindKey(bytes32 thumbprint) external {
        _exact(36);
        Key memory k = _keys[thumbprint];
        if (k.issuer == bytes32(0)) revert KeyNotBound(thumbprint);
        if (k.trusted) revert KeyTrusted(thumbprint);
        if (k.trustedAt != 0) {
            uint40 last = IClaims(claims).lastApprovedAt();
            if (last >= k.trustedAt) revert KeyMayBeUsed(thumbprint, k.trustedAt, last);
        }
        if (!_authorized(OP_UNBIND, k.issuer, thumbprint, 0)) return;
        delete _keys[thumbprint];
        _nonce[thumbprint] += 1;
        emit IssuerKeyUnbound(k.issuer, thumbprint, msg.sender);
    }

    /// The founder while the first term sits; otherwise a quorum of the
    /// sitting notaries asking for the same change of the same state.
    function _authorized(uint8 op, bytes32 issuer, bytes32 thumbprint, bytes32 extra) private returns (bool) {
        uint32 term = IBoard(board).currentTerm();
        if (msg.sender == founder && term == 0) return true;
        (uint8 seat, uint32 live, uint40 recalled) = IBoard(board).voter(term, msg.sender);
        if (seat == 0) {
            if (msg.sender == founder) revert FounderPowersEnded(term);
            revert NotFounderOrNotary(msg.sender);
        }
        if (recalled != 0) revert BoardRecalled(term);
        bytes32 proposal = keccak256(abi.encode(term, op, issuer, thumbprint, extra, _nonce[thumbprint]));
        uint32 mask = _votes[proposal];
        uint32 bit = uint32(1) << (seat - 1);
        if (mask & bit != 0) revert IssuerVoteRepeated(thumbprint, msg.sender);
        mask |= bit;
        // A notary who resigned or was vacated since voting no longer counts.
        uint256 approvals = _popcount(mask & live);
        emit IssuerKeyVote(op, issuer, thumbprint, msg.sender, approvals);
        if (approvals >= quorum) return true;
        _votes[proposal] = mask;
        return false;
    }

    /// @notice The identity an issuer key is bound to (zero if none) and
    /// whether the key is trusted.
    function issuerKey(bytes32 thumbprint) external view returns (bytes32 issuer, bool trusted) {
        Key memory k = _keys[thumbprint];
        return (k.issuer, k.trusted);
    }

    /// @notice An issuer key's binding, trust and when it was first trusted.
    function keyOf(bytes32 thumbprint) external view returns (Key memory) {
        return _keys[thumbprint];
    }
}
