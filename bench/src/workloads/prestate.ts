/**
 * Builds the prestate as the generator touches accounts and slots. Only what a
 * transaction touches is added, so fixtures stay proportional to the block.
 */
import type { PrestateAccountJson } from './fixture.js'
import { type Hex, quantity, word } from './hex.js'

interface Account {
  balance: bigint
  nonce: number
  code?: Hex
  storage: Map<Hex, bigint>
}

export class Prestate {
  private readonly accounts = new Map<Hex, Account>()

  has(address: Hex): boolean {
    return this.accounts.has(address)
  }

  /** The account, created with `balance` the first time it is touched. */
  account(address: Hex, balance = 0n): Account {
    let a = this.accounts.get(address)
    if (a === undefined) {
      a = { balance, nonce: 0, storage: new Map() }
      this.accounts.set(address, a)
    }
    return a
  }

  setCode(address: Hex, code: Hex): void {
    this.account(address).code = code
  }

  setStorage(address: Hex, slot: Hex, value: bigint): void {
    const storage = this.account(address).storage
    if (value === 0n) storage.delete(slot)
    else storage.set(slot, value)
  }

  /** prestateTracer JSON: sorted keys (canonical bytes), code/storage only where present. */
  toJson(): Record<Hex, PrestateAccountJson> {
    const out: Record<Hex, PrestateAccountJson> = {}
    for (const address of [...this.accounts.keys()].sort()) {
      const a = this.accounts.get(address)!
      const json: PrestateAccountJson = { balance: quantity(a.balance), nonce: a.nonce }
      if (a.code !== undefined) json.code = a.code
      if (a.storage.size > 0) {
        const storage: Record<Hex, Hex> = {}
        for (const slot of [...a.storage.keys()].sort()) storage[slot] = `0x${word(a.storage.get(slot)!)}`
        json.storage = storage
      }
      out[address] = json
    }
    return out
  }
}
