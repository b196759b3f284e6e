/**
 * The sequential engine's view of the block so far: base state plus the writes of
 * every transaction already executed, in one flat buffer (no trie, no copies).
 * After the block, `writes` is exactly the set of changed accounts and slots.
 */
import { EMPTY_CODE_HASH } from './base.js'
import type { AccountRecord, BaseState } from './base.js'
import type { StateReader, WriteBuffer } from './reader.js'
import { bufferedSlot, emptyWriteBuffer } from './reader.js'


export class BlockState implements StateReader {
  readonly writes: WriteBuffer = emptyWriteBuffer()

  constructor(readonly base: BaseState) {}

  account(address: string): AccountRecord | undefined | Promise<AccountRecord | undefined> {
    const w = this.writes.accounts.get(address)
    if (w !== undefined) return w ?? undefined
    return this.base.account(address)
  }

  storage(address: string, slot: string): Uint8Array | Promise<Uint8Array> {
    return bufferedSlot(this.writes, address, slot) ?? this.base.storage(address, slot)
  }

  code(codeHash: string): Uint8Array | Promise<Uint8Array> {
    return this.writes.codes.get(codeHash) ?? this.base.code(codeHash)
  }

  /**
   * Folds one committed transaction's writes into the block (lazy credits become
   * absolute). Synchronous unless a credited account must be read from a base state that
   * answers asynchronously: an async method here was a promise and two awaits per
   * transaction (its fee and the recipient's credit), ~5% of a block of transfers.
   */
  apply(tx: WriteBuffer): void | Promise<void> {
    for (const [addr, rec] of tx.accounts) this.writes.accounts.set(addr, rec)
    for (const [addr, w] of tx.storage) {
      const mine = this.writes.storage.get(addr)
      if (w.cleared || mine === undefined) {
        this.writes.storage.set(addr, { cleared: w.cleared || (mine?.cleared ?? false), slots: w.slots })
      } else {
        for (const [slot, v] of w.slots) mine.slots.set(slot, v)
      }
    }
    for (const [h, code] of tx.codes) this.writes.codes.set(h, code)
    if (tx.balanceDeltas.size > 0) return this.credit(tx.balanceDeltas.entries())
  }

  /** Applies the remaining credits in order; continues asynchronously from the first account read that is. */
  private credit(deltas: Iterator<[string, bigint]>): void | Promise<void> {
    for (let d = deltas.next(); d.done !== true; d = deltas.next()) {
      const [addr, delta] = d.value
      const r = this.account(addr)
      if (r instanceof Promise) {
        return r.then((rec) => {
          this.creditOne(addr, rec, delta)
          return this.credit(deltas)
        })
      }
      this.creditOne(addr, r, delta)
    }
  }

  private creditOne(addr: string, r: AccountRecord | undefined, delta: bigint): void {
    this.writes.accounts.set(addr, r === undefined ? { nonce: 0n, balance: delta, codeHash: EMPTY_CODE_HASH, hasStorage: false } : { ...r, balance: r.balance + delta })
  }
}
