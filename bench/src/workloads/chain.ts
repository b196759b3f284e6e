/**
 * The worst cases: every transaction depends on the one before it.
 *
 * `chain-erc20`: EOA i sends its whole balance of one token to EOA i+1. Only
 * EOA 0 holds any in the prestate, so tx i can only succeed after tx i-1 paid it.
 *
 * `chain-uniswap`: EOA i sells its whole balance of one token of a single pair,
 * the output going to EOA i+1, who sells it back in the other direction. Each
 * swap reads the reserves the previous swap wrote, and its input includes the
 * previous swap's output (computed exactly), so it needs tx i-1 to have run.
 *
 * Accounts wrap around after numEoa transactions; the ledger keeps the amounts exact.
 * HOT_RATIO has no effect here: the dependency chain is already total.
 */
import { eoaAddress } from './accounts.js'
import type { GenContext } from './context.js'
import { tokenTransfer } from './erc20.js'
import { Market } from './market.js'
import { defaultReserves } from './uniswap.js'

const CHAIN_AMOUNT = 10n ** 18n

export function chainErc20(ctx: GenContext): (ctx: GenContext) => void {
  const token = ctx.token(0)
  let i = 0
  return (c) => {
    const n = c.opts.numEoa
    const from = i % n
    const to = (i + 1) % n
    const fromAddress = eoaAddress(from)
    const all = c.ledger.balance(token, fromAddress, i === 0 ? CHAIN_AMOUNT : 0n)
    tokenTransfer(c, token, from, to, all, 0n)
    i++
  }
}

export function chainUniswap(ctx: GenContext): (ctx: GenContext) => void {
  const market = new Market(ctx, [[0, 1]], defaultReserves)
  const pair = market.pairs[0]
  let i = 0
  return (c) => {
    const n = c.opts.numEoa
    const user = c.eoa(i % n)
    const recipient = eoaAddress((i + 1) % n)
    const sell0 = i % 2 === 0
    // Each user holds a small endowment of the token it will sell, plus what the previous swap sent it.
    const amountIn = c.ledger.balance(sell0 ? pair.token0 : pair.token1, user, CHAIN_AMOUNT)
    market.swap(user, 0, sell0, amountIn, recipient, CHAIN_AMOUNT)
    i++
  }
}
