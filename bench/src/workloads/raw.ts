/** `raw`: plain ETH transfers between EOAs, 21,000 gas each. */
import type { GenContext } from './context.js'
import { RAW_TRANSFER_GAS } from './gas.js'

export function rawTransfer(ctx: GenContext): void {
  const [i, j] = ctx.accounts.pickPair()
  const value = ctx.rng.bigintBetween(1n, 10n ** 15n)
  ctx.addTx(ctx.eoa(i), ctx.eoa(j), value, '0x', RAW_TRANSFER_GAS)
}
