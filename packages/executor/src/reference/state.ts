/**
 * The oracle's state: a stock MerkleStateManager (with caches, the fast stock setup) seeded from
 * the pre-state, that records every address and storage slot any write goes to. The record is a
 * superset of what changed (reverted writes stay in it); `diff.ts` compares final values with
 * the pre-state, so the superset is harmless.
 */
import { Caches, MerkleStateManager } from '@ethereumjs/statemanager'
import type { Common } from '@ethereumjs/common'
import { Account, Address, bigIntToBytes, bytesToHex, hexToBytes, setLengthLeft } from '@ethereumjs/util'

import type { Hex, PreStateAccount } from '../types.js'

export class RecordingStateManager extends MerkleStateManager {
  /** Lower-case address → slots written (0x + 64 hex). Only writes made while recording. */
  readonly written = new Map<Hex, Set<Hex>>()
  recording = false

  constructor(common: Common) {
    super({ common, caches: new Caches() })
  }

  private touch(address: Address): Set<Hex> {
    const key = address.toString() as Hex
    let slots = this.written.get(key)
    if (slots === undefined) {
      slots = new Set()
      if (this.recording) this.written.set(key, slots)
    }
    return slots
  }

  override async putAccount(address: Address, account: Account | undefined): Promise<void> {
    this.touch(address)
    return super.putAccount(address, account)
  }

  /**
   * A deleted account loses its storage. MerkleStateManager with caches drops the account
   * but keeps its cached slots, so an account re-created later in the block (before
   * Cancun: self-destruct, then a value transfer) would read its old storage again.
   */
  override async deleteAccount(address: Address): Promise<void> {
    this.touch(address)
    await super.clearStorage(address)
    return super.deleteAccount(address)
  }

  override async putCode(address: Address, value: Uint8Array): Promise<void> {
    this.touch(address)
    return super.putCode(address, value)
  }

  override async putStorage(address: Address, key: Uint8Array, value: Uint8Array): Promise<void> {
    this.touch(address).add(bytesToHex(key) as Hex)
    return super.putStorage(address, key, value)
  }

  override async clearStorage(address: Address): Promise<void> {
    this.touch(address)
    return super.clearStorage(address)
  }
}

/** Writes the pre-state (before recording starts): every listed account exists. */
export async function seedState(sm: RecordingStateManager, preState: Map<Hex, PreStateAccount>): Promise<void> {
  for (const [addr, acc] of preState) {
    const address = new Address(hexToBytes(addr))
    await sm.putAccount(address, new Account(acc.nonce, acc.balance))
    if (acc.code.length > 0) await sm.putCode(address, acc.code)
    for (const [slot, value] of acc.storage) {
      if (value !== 0n) await sm.putStorage(address, hexToBytes(slot), setLengthLeft(bigIntToBytes(value), 32))
    }
  }
  await sm.flush()
}
