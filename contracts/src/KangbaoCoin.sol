// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title Kangbao Coin (KBC), the demo dues token
/// @notice An 18-decimal ERC-20 with EIP-2612 permit. The owner mints; on a
/// huzhu dev chain the owner is the dev faucet, on any other chain a
/// community brings its own token instead.
contract KangbaoCoin is ERC20, ERC20Permit, Ownable {
    constructor(address owner_) ERC20("Kangbao Coin", "KBC") ERC20Permit("Kangbao Coin") Ownable(owner_) {}

    /// @notice Creates `amount` new tokens for `to`. Owner only.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
