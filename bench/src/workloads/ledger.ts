/**
 * The generator's model of token balances. A holder's balance enters the
 * prestate the first time a transaction touches it; after that the ledger
 * tracks what the block does to it, which is what lets a workload send exactly
 * what a previous transaction left (the chain workloads) and lets the gas model
 * know whether a write starts or ends at zero.
 */
import { slotOf } from '../contracts/artifacts.js'
import type { Hex } from './hex.js'
import type { Prestate } from './prestate.js'
import { mappingSlot, plainSlot } from './slots.js'

export class TokenLedger {
  private readonly balances = new Map<Hex, Map<Hex, bigint>>()
  private readonly supply = new Map<Hex, bigint>()
  private readonly balanceSlot = slotOf('Token', 'balanceOf')

  constructor(private readonly prestate: Prestate) {}

  /** The holder's balance now; on first touch it is `initial`, written to the prestate. */
  balance(token: Hex, holder: Hex, initial: bigint): bigint {
    let m = this.balances.get(token)
    if (m === undefined) {
      m = new Map()
      this.balances.set(token, m)
    }
    const b = m.get(holder)
    if (b !== undefined) return b
    m.set(holder, initial)
    if (initial !== 0n) {
      this.prestate.setStorage(token, mappingSlot(holder, this.balanceSlot), initial)
      this.supply.set(token, (this.supply.get(token) ?? 0n) + initial)
    }
    return initial
  }

  /** Moves `amount` (the holder balances must have been touched already). */
  move(token: Hex, from: Hex, to: Hex, amount: bigint): void {
    const m = this.balances.get(token)!
    const fromBalance = m.get(from)!
    if (fromBalance < amount) throw new Error(`generator bug: ${from} has ${fromBalance} < ${amount} of ${token}`)
    m.set(from, fromBalance - amount)
    m.set(to, m.get(to)! + amount)
  }

  /** Writes each token's totalSupply (the sum of the prestate balances) into the prestate. */
  finish(): void {
    const slot = plainSlot(slotOf('Token', 'totalSupply'))
    for (const [token, total] of this.supply) this.prestate.setStorage(token, slot, total)
  }
}
