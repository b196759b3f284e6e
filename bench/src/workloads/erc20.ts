/** `erc20`: Token.transfer between EOAs, spread over a few tokens. */
import { encodeTransfer } from './abi.js'
import { eoaAddress } from './accounts.js'
import type { GenContext } from './context.js'
import { callGas } from './gas.js'
import type { Hex } from './hex.js'

/**
 * Every holder starts with a large balance, so transfers move nonzero → nonzero
 * (the common mainnet case) and never run dry.
 */
export const HOLDER_BALANCE = 10n ** 24n

/** One token transfer of `amount` from EOA `i` to EOA `j`, balances as the ledger has them. */
export function tokenTransfer(ctx: GenContext, token: Hex, i: number, j: number, amount: bigint, initial: bigint): void {
  const from = ctx.eoa(i) // pays gas, so it is in the prestate
  const to = eoaAddress(j) // only its token balance is touched
  const fromBefore = ctx.ledger.balance(token, from, initial)
  const toBefore = ctx.ledger.balance(token, to, initial)
  const input = encodeTransfer(to, amount)
  const gas = callGas('erc20Transfer', input, [
    { before: fromBefore, after: fromBefore - amount },
    { before: toBefore, after: toBefore + amount },
  ])
  ctx.ledger.move(token, from, to, amount)
  ctx.addTx(from, token, 0n, input, gas)
}

/** A factory of random transfers over tokens [first, first + count). */
export function erc20Transfers(first: number, count: number): (ctx: GenContext) => void {
  return (ctx) => {
    const token = ctx.token(first + ctx.rng.int(count))
    const [i, j] = ctx.accounts.pickPair()
    tokenTransfer(ctx, token, i, j, ctx.rng.bigintBetween(1n, 10n ** 18n), HOLDER_BALANCE)
  }
}
