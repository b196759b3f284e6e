/**
 * Uniswap-V2-style market: constant-product pairs plus the router users call.
 * Keeps the pairs' reserves as the block changes them, so each swap's output
 * (and the next swap's input, in chain-uniswap) is known exactly.
 */
import { slotOf } from '../contracts/artifacts.js'
import { encodeSwapExactTokensForTokens } from './abi.js'
import { pairAddress, ROUTER_ADDRESS } from './accounts.js'
import { type GenContext, TIMESTAMP } from './context.js'
import { callGas } from './gas.js'
import type { Hex } from './hex.js'
import { mappingSlot, nestedMappingSlot, plainSlot } from './slots.js'

const MAX_UINT256 = (1n << 256n) - 1n
/** Users allow 0.5% slippage, as a wallet would by default. */
const SLIPPAGE_BPS = 50n

interface PairState {
  address: Hex
  token0: Hex
  token1: Hex
  reserve0: bigint
  reserve1: bigint
}

/** Uniswap V2's getAmountOut: 0.3% fee on the input. */
export function getAmountOut(amountIn: bigint, reserveIn: bigint, reserveOut: bigint): bigint {
  const amountInWithFee = amountIn * 997n
  return (amountInWithFee * reserveOut) / (reserveIn * 1000n + amountInWithFee)
}

export class Market {
  readonly pairs: PairState[] = []
  private readonly approved = new Set<string>()

  /** `tokenPairs`: token indices of each pair, lower index first (it has the lower address: token0). */
  constructor(
    private readonly ctx: GenContext,
    tokenPairs: [number, number][],
    reserves: (k: number) => [bigint, bigint],
  ) {
    ctx.deploy(ROUTER_ADDRESS, 'Router')
    const getPairSlot = slotOf('Router', 'getPair')
    tokenPairs.forEach(([a, b], k) => {
      const [token0, token1] = [ctx.token(a), ctx.token(b)]
      if (BigInt(token0) >= BigInt(token1)) throw new Error('pair tokens must be given in address order')
      const address = pairAddress(k)
      const [reserve0, reserve1] = reserves(k)
      ctx.deploy(address, 'Pair')
      const p = ctx.prestate
      p.setStorage(address, plainSlot(slotOf('Pair', 'token0')), BigInt(token0))
      p.setStorage(address, plainSlot(slotOf('Pair', 'token1')), BigInt(token1))
      p.setStorage(address, plainSlot(slotOf('Pair', 'reserve0')), (reserve1 << 112n) | reserve0)
      p.setStorage(address, plainSlot(slotOf('Pair', 'unlocked')), 1n) // set by the constructor we never run
      // Liquidity: the pair holds exactly its reserves.
      ctx.ledger.balance(token0, address, reserve0)
      ctx.ledger.balance(token1, address, reserve1)
      p.setStorage(ROUTER_ADDRESS, nestedMappingSlot(token0, token1, getPairSlot), BigInt(address))
      p.setStorage(ROUTER_ADDRESS, nestedMappingSlot(token1, token0, getPairSlot), BigInt(address))
      this.pairs.push({ address, token0, token1, reserve0, reserve1 })
    })
  }

  /** The user approved the router for both tokens of the pair, once, with an infinite allowance. */
  private approve(user: Hex, pair: PairState): void {
    const allowanceSlot = slotOf('Token', 'allowance')
    for (const token of [pair.token0, pair.token1]) {
      const key = `${token}:${user}`
      if (this.approved.has(key)) continue
      this.approved.add(key)
      this.ctx.prestate.setStorage(token, nestedMappingSlot(user, ROUTER_ADDRESS, allowanceSlot), MAX_UINT256)
    }
  }

  /**
   * `user` sells `amountIn` of one token of pair `k` through the router; the output
   * goes to `recipient`. `initial` is the token balance a holder starts with. Returns the output.
   */
  swap(user: Hex, k: number, sell0: boolean, amountIn: bigint, recipient: Hex, initial: bigint): bigint {
    const ctx = this.ctx
    const pair = this.pairs[k]
    const [tokenIn, tokenOut] = sell0 ? [pair.token0, pair.token1] : [pair.token1, pair.token0]
    const [reserveIn, reserveOut] = sell0 ? [pair.reserve0, pair.reserve1] : [pair.reserve1, pair.reserve0]
    const amountOut = getAmountOut(amountIn, reserveIn, reserveOut)
    if (amountOut === 0n) throw new Error('generator bug: swap with zero output')
    this.approve(user, pair)

    const userIn = ctx.ledger.balance(tokenIn, user, initial)
    const recipientOut = ctx.ledger.balance(tokenOut, recipient, initial)
    const pairIn = ctx.ledger.balance(tokenIn, pair.address, 0n)
    const pairOut = ctx.ledger.balance(tokenOut, pair.address, 0n)
    const input = encodeSwapExactTokensForTokens(
      amountIn,
      (amountOut * (10_000n - SLIPPAGE_BPS)) / 10_000n,
      [tokenIn, tokenOut],
      recipient,
      TIMESTAMP + 1800n,
    )
    const gas = callGas(sell0 ? 'swapSell0' : 'swapSell1', input, [
      { before: userIn, after: userIn - amountIn },
      { before: pairIn, after: pairIn + amountIn },
      { before: pairOut, after: pairOut - amountOut },
      { before: recipientOut, after: recipientOut + amountOut },
    ])
    ctx.ledger.move(tokenIn, user, pair.address, amountIn)
    ctx.ledger.move(tokenOut, pair.address, recipient, amountOut)
    if (sell0) {
      pair.reserve0 += amountIn
      pair.reserve1 -= amountOut
    } else {
      pair.reserve1 += amountIn
      pair.reserve0 -= amountOut
    }
    ctx.addTx(user, ROUTER_ADDRESS, 0n, input, gas)
    return amountOut
  }
}

/** Slot of a holder's balance in a Token, for tests and analysis. */
export function balanceSlot(holder: Hex): Hex {
  return mappingSlot(holder, slotOf('Token', 'balanceOf'))
}
