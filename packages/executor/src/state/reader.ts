import type { AccountRecord, MaybePromise } from './base.js'

/**
 * What a transaction's state view reads from: the state as of the start of the
 * transaction. For the sequential engine that is the block overlay over base
 * state; for the parallel engine it is the multi-version memory over base state.
 */
export interface StateReader {
  account(address: string): MaybePromise<AccountRecord | undefined>
  storage(address: string, slot: string): MaybePromise<Uint8Array>
  code(codeHash: string): MaybePromise<Uint8Array>
  /** Optional narrow read: only the code hash (empty when the account does not exist). */
  codeHash?(address: string): MaybePromise<string>
}

/** One account's storage writes: `cleared` means every slot not in `slots` is zero. */
export interface StorageWrites {
  cleared: boolean
  slots: Map<string, Uint8Array>
}

/** Everything one transaction (or one block) changed. `null` account = deleted. */
export interface WriteBuffer {
  accounts: Map<string, AccountRecord | null>
  storage: Map<string, StorageWrites>
  codes: Map<string, Uint8Array>
  /** Lazy balance credits (the beneficiary's fee) not folded into `accounts`. */
  balanceDeltas: Map<string, bigint>
}

export function emptyWriteBuffer(): WriteBuffer {
  return { accounts: new Map(), storage: new Map(), codes: new Map(), balanceDeltas: new Map() }
}

const ZERO = new Uint8Array(0)

/**
 * What a write buffer says about a slot: its written value, zero if the account's
 * storage was wiped since, or undefined when the buffer does not know (read below it).
 */
export function bufferedSlot(buf: WriteBuffer, address: string, slot: string): Uint8Array | undefined {
  const w = buf.storage.get(address)
  if (w === undefined) return undefined
  return w.slots.get(slot) ?? (w.cleared ? ZERO : undefined)
}
