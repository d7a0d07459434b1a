// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title A token that refuses transfers to and from blocked addresses
/// @notice Test only: as USDC and USDT do with their blocklists, a
/// community may bring a token that refuses to pay some claimant.
contract BlocklistToken is ERC20 {
    address private immutable _admin;
    mapping(address => bool) public blocked;

    error Blocked(address account);

    constructor() ERC20("Blocklist Token", "BLT") {
        _admin = msg.sender;
    }

    function mint(address to, uint256 amount) external {
        require(msg.sender == _admin);
        _mint(to, amount);
    }

    function setBlocked(address account, bool on) external {
        require(msg.sender == _admin);
        blocked[account] = on;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[from]) revert Blocked(from);
        if (blocked[to]) revert Blocked(to);
        super._update(from, to, value);
    }
}
