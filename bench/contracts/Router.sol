// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

interface IPairLike {
    function getReserves() external view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast);
    function swap(uint256 amount0Out, uint256 amount1Out, address to, bytes calldata data) external;
}

interface IERC20From {
    function transferFrom(address from, address to, uint256 value) external returns (bool);
}

/// Uniswap-V2-Router-style swapExactTokensForTokens, as users call it: the router
/// moves the input with transferFrom into the first pair, then calls swap on each
/// pair of the path. V2 derives pair addresses from its factory with CREATE2;
/// here pairs sit at fixed prestate addresses, so the router looks them up in
/// `getPair` (slot 0, both orders filled in), set in the prestate.
contract Router {
    mapping(address => mapping(address => address)) public getPair; // slot 0

    function sortTokens(address tokenA, address tokenB) internal pure returns (address token0, address token1) {
        require(tokenA != tokenB, "Router: IDENTICAL_ADDRESSES");
        (token0, token1) = tokenA < tokenB ? (tokenA, tokenB) : (tokenB, tokenA);
    }

    function getAmountOut(uint256 amountIn, uint256 reserveIn, uint256 reserveOut) public pure returns (uint256) {
        require(amountIn > 0, "Router: INSUFFICIENT_INPUT_AMOUNT");
        require(reserveIn > 0 && reserveOut > 0, "Router: INSUFFICIENT_LIQUIDITY");
        uint256 amountInWithFee = amountIn * 997;
        return (amountInWithFee * reserveOut) / (reserveIn * 1000 + amountInWithFee);
    }

    function pairFor(address tokenA, address tokenB) internal view returns (address pair) {
        pair = getPair[tokenA][tokenB];
        require(pair != address(0), "Router: NO_PAIR");
    }

    function getAmountsOut(uint256 amountIn, address[] calldata path) public view returns (uint256[] memory amounts) {
        require(path.length >= 2, "Router: INVALID_PATH");
        amounts = new uint256[](path.length);
        amounts[0] = amountIn;
        for (uint256 i; i < path.length - 1; i++) {
            (address token0, ) = sortTokens(path[i], path[i + 1]);
            (uint256 reserve0, uint256 reserve1, ) = IPairLike(pairFor(path[i], path[i + 1])).getReserves();
            (uint256 reserveIn, uint256 reserveOut) = path[i] == token0 ? (reserve0, reserve1) : (reserve1, reserve0);
            amounts[i + 1] = getAmountOut(amounts[i], reserveIn, reserveOut);
        }
    }

    function swapExactTokensForTokens(
        uint256 amountIn,
        uint256 amountOutMin,
        address[] calldata path,
        address to,
        uint256 deadline
    ) external returns (uint256[] memory amounts) {
        require(deadline >= block.timestamp, "Router: EXPIRED");
        amounts = getAmountsOut(amountIn, path);
        require(amounts[amounts.length - 1] >= amountOutMin, "Router: INSUFFICIENT_OUTPUT_AMOUNT");
        require(
            IERC20From(path[0]).transferFrom(msg.sender, pairFor(path[0], path[1]), amounts[0]),
            "Router: TRANSFER_FROM_FAILED"
        );
        for (uint256 i; i < path.length - 1; i++) {
            (address input, address output) = (path[i], path[i + 1]);
            (address token0, ) = sortTokens(input, output);
            uint256 amountOut = amounts[i + 1];
            (uint256 amount0Out, uint256 amount1Out) = input == token0 ? (uint256(0), amountOut) : (amountOut, uint256(0));
            address recipient = i < path.length - 2 ? pairFor(output, path[i + 2]) : to;
            IPairLike(pairFor(input, output)).swap(amount0Out, amount1Out, recipient, new bytes(0));
        }
    }
}
