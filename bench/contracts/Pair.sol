// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

interface IERC20Like {
    function balanceOf(address owner) external view returns (uint256);
    function transfer(address to, uint256 value) external returns (bool);
}

/// A Uniswap-V2-style constant-product pair, cut down to the swap path.
/// Liquidity is pre-set in the prestate (token balances + reserves), so there
/// is no mint/burn/LP token; no TWAP accumulators or flash-swap callback either.
/// The swap itself is V2's: optimistic transfer out, input measured from the
/// pair's balances, k checked with the 0.3% fee, reserves updated, Sync + Swap.
/// Storage: token0 slot 0, token1 slot 1, reserve0|reserve1 packed in slot 2
/// (reserve0 in the low 112 bits), the reentrancy lock in slot 3.
contract Pair {
    address public token0; // slot 0
    address public token1; // slot 1
    uint112 private reserve0; // slot 2, bits 0..111
    uint112 private reserve1; // slot 2, bits 112..223
    uint256 private unlocked = 1; // slot 3

    event Swap(
        address indexed sender,
        uint256 amount0In,
        uint256 amount1In,
        uint256 amount0Out,
        uint256 amount1Out,
        address indexed to
    );
    event Sync(uint112 reserve0, uint112 reserve1);

    modifier lock() {
        require(unlocked == 1, "Pair: LOCKED");
        unlocked = 0;
        _;
        unlocked = 1;
    }

    function getReserves() public view returns (uint112 _reserve0, uint112 _reserve1, uint32 _blockTimestampLast) {
        _reserve0 = reserve0;
        _reserve1 = reserve1;
        _blockTimestampLast = 0;
    }

    function swap(uint256 amount0Out, uint256 amount1Out, address to, bytes calldata data) external lock {
        require(data.length == 0, "Pair: NO_FLASH_SWAPS");
        require(amount0Out > 0 || amount1Out > 0, "Pair: INSUFFICIENT_OUTPUT_AMOUNT");
        (uint112 _reserve0, uint112 _reserve1, ) = getReserves();
        require(amount0Out < _reserve0 && amount1Out < _reserve1, "Pair: INSUFFICIENT_LIQUIDITY");

        uint256 balance0;
        uint256 balance1;
        {
            address _token0 = token0;
            address _token1 = token1;
            require(to != _token0 && to != _token1, "Pair: INVALID_TO");
            if (amount0Out > 0) require(IERC20Like(_token0).transfer(to, amount0Out), "Pair: TRANSFER_FAILED");
            if (amount1Out > 0) require(IERC20Like(_token1).transfer(to, amount1Out), "Pair: TRANSFER_FAILED");
            balance0 = IERC20Like(_token0).balanceOf(address(this));
            balance1 = IERC20Like(_token1).balanceOf(address(this));
        }
        uint256 amount0In = balance0 > _reserve0 - amount0Out ? balance0 - (_reserve0 - amount0Out) : 0;
        uint256 amount1In = balance1 > _reserve1 - amount1Out ? balance1 - (_reserve1 - amount1Out) : 0;
        require(amount0In > 0 || amount1In > 0, "Pair: INSUFFICIENT_INPUT_AMOUNT");
        {
            uint256 balance0Adjusted = balance0 * 1000 - amount0In * 3;
            uint256 balance1Adjusted = balance1 * 1000 - amount1In * 3;
            require(
                balance0Adjusted * balance1Adjusted >= uint256(_reserve0) * uint256(_reserve1) * 1000 ** 2,
                "Pair: K"
            );
        }
        _update(balance0, balance1);
        emit Swap(msg.sender, amount0In, amount1In, amount0Out, amount1Out, to);
    }

    function _update(uint256 balance0, uint256 balance1) private {
        require(balance0 <= type(uint112).max && balance1 <= type(uint112).max, "Pair: OVERFLOW");
        reserve0 = uint112(balance0);
        reserve1 = uint112(balance1);
        emit Sync(reserve0, reserve1);
    }
}
