/** `hybrid`: 60% raw transfers, 20% ERC20 transfers over 3 tokens, 20% swaps over 2 pairs of those tokens. */
import type { GenContext } from './context.js'
import { erc20Transfers } from './erc20.js'
import { Market } from './market.js'
import { rawTransfer } from './raw.js'
import { defaultReserves, randomSwaps } from './uniswap.js'

export function hybridMix(ctx: GenContext): (ctx: GenContext) => void {
  const transfers = erc20Transfers(0, 3)
  const swaps = randomSwaps(new Market(ctx, [[0, 1], [1, 2]], defaultReserves))
  return (c) => {
    const r = c.rng.float()
    if (r < 0.6) rawTransfer(c)
    else if (r < 0.8) transfers(c)
    else swaps(c)
  }
}
