/** `uniswap`: swaps through the router over several independent pairs. */
import type { GenContext } from './context.js'
import { HOLDER_BALANCE } from './erc20.js'
import { Market } from './market.js'

/** Liquidity per pair: large next to a swap, so prices barely move. */
export function defaultReserves(k: number): [bigint, bigint] {
  return [10n ** 24n * BigInt(1 + (k % 3)), 2n * 10n ** 24n]
}

/** A factory of random swaps on `market`: random user (hot-ratio pick), pair and direction. */
export function randomSwaps(market: Market): (ctx: GenContext) => void {
  return (ctx) => {
    const user = ctx.eoa(ctx.accounts.pick())
    const k = ctx.rng.int(market.pairs.length)
    const sell0 = ctx.rng.int(2) === 0
    market.swap(user, k, sell0, ctx.rng.bigintBetween(10n ** 15n, 10n ** 18n), user, HOLDER_BALANCE)
  }
}

/** Pairs over distinct tokens: pair k trades tokens 2k and 2k+1. */
export const UNISWAP_PAIRS = 10

export function uniswapSwaps(ctx: GenContext): (ctx: GenContext) => void {
  const tokenPairs = Array.from({ length: UNISWAP_PAIRS }, (_, k): [number, number] => [2 * k, 2 * k + 1])
  return randomSwaps(new Market(ctx, tokenPairs, defaultReserves))
}
