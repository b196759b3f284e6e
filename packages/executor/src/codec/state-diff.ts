/**
 * A share of the post-state diff as bytes, for a worker's reply (a structured clone
 * of ~10k AccountDiff objects, each with its own Map, cost tens of ms).
 *
 * u32 count, then per account: u8 flags (1 deleted, 2 balance, 4 nonce, 8 code,
 * 16 ordinal) | address 20, or u32 ordinal | [big balance] | [big nonce]
 * | [lenBytes code] | u32 slotCount | slotCount × (slot 32 | big value)
 *
 * With the ordinal flag the account is the one at that index of the block's pre-state
 * (BlockInput.preState's order, the block image's ordinals), and the decoder keys it by
 * the pre-state's own key string (`preKeys`): the main thread then neither builds a new
 * string from 20 bytes nor hashes one per account (18k per block of 10k transfers),
 * and the worker writes 4 bytes, not 20.
 */
import type { AccountDiff, Hex, StateDiff } from '../types.js'
import { ByteReader, ByteWriter } from './bytes.js'

export const DIFF_DELETED = 1
export const DIFF_BALANCE = 2
export const DIFF_NONCE = 4
export const DIFF_CODE = 8
export const DIFF_ORDINAL = 16

export function encodeStateDiff(diff: StateDiff): ArrayBuffer {
  const w = new ByteWriter()
  w.u32(diff.size)
  for (const [address, d] of diff) encodeAccountDiff(w, address, d)
  return w.finishTransferable()
}

/** One account's entry (no count): for writers that build the list themselves. */
export function encodeAccountDiff(w: ByteWriter, address: string, d: AccountDiff): void {
  w.u8((d.deleted ? DIFF_DELETED : 0) | (d.balance !== undefined ? DIFF_BALANCE : 0) | (d.nonce !== undefined ? DIFF_NONCE : 0) | (d.code !== undefined ? DIFF_CODE : 0))
  w.hex(address, 20)
  if (d.balance !== undefined) w.big(d.balance)
  if (d.nonce !== undefined) w.big(d.nonce)
  if (d.code !== undefined) w.lenBytes(d.code)
  w.u32(d.storage.size)
  for (const [slot, v] of d.storage) {
    w.hex(slot, 32)
    w.big(v)
  }
}

/**
 * Adds the encoded accounts to `into`. `preKeys[o]` is the key of the pre-state's
 * account with ordinal o (lower-case 0x hex, as every StateDiff key); needed only
 * when some entry is written by ordinal.
 */
export function decodeStateDiff(bytes: ArrayBufferLike, into: StateDiff, preKeys?: readonly Hex[]): void {
  const r = new ByteReader(new Uint8Array(bytes))
  for (let i = 0, n = r.u32(); i < n; i++) {
    const flags = r.u8()
    const address = flags & DIFF_ORDINAL ? preKey(preKeys, r.u32()) : (`0x${r.hex(20)}` as Hex)
    const d: AccountDiff = { storage: new Map() }
    if (flags & DIFF_DELETED) d.deleted = true
    if (flags & DIFF_BALANCE) d.balance = r.big()
    if (flags & DIFF_NONCE) d.nonce = r.big()
    if (flags & DIFF_CODE) d.code = r.lenBytes()
    for (let s = 0, m = r.u32(); s < m; s++) {
      const slot = `0x${r.hex(32)}` as Hex
      d.storage.set(slot, r.big())
    }
    into.set(address, d)
  }
}

function preKey(preKeys: readonly Hex[] | undefined, o: number): Hex {
  const key = preKeys?.[o]
  if (key === undefined) throw new RangeError(`state diff: account by pre-state ordinal ${o}, but ${preKeys === undefined ? 'no pre-state keys' : `only ${preKeys.length}`} to map it (internal error)`)
  return key
}
