/**
 * The post-state as a diff against the pre-state, and its canonical hash.
 *
 * Rules (every engine must produce the same diff for the same post-state):
 * - An account appears when it existed before and not after (`deleted: true`, no
 *   other fields), or exists after and differs from before in balance, nonce,
 *   code or storage, or did not exist before and exists after (even if empty).
 * - balance/nonce/code are present only where they differ (a missing account
 *   counts as balance 0, nonce 0, no code).
 * - storage lists the slots whose value differs; where the account's storage was
 *   wiped (self-destruct then re-creation), each pre-state slot now zero is listed as 0.
 *
 * Canonical encoding for `stateDiffHash` = keccak256(RLP(list)), the list sorted
 * by address, each element:
 *   [address(20 bytes), deleted(0x01 | empty), balance, nonce, code, storage]
 * where balance/nonce/code are `[]` when absent or `[value]` when present (value
 * as minimal big-endian bytes, code as raw bytes), and storage is a list of
 * [slot(32 bytes), value(minimal bytes)] sorted by slot.
 */
import { RLP } from '@ethereumjs/rlp'
import type { NestedUint8Array } from '@ethereumjs/rlp'
import { keccak256 } from '../hash.js'

import type { AccountDiff, Hex, PreStateAccount, StateDiff } from '../types.js'
import { bigintToMinimalBytes } from '../state/base.js'

export interface PostAccount {
  balance: bigint
  nonce: bigint
  code: Uint8Array
}

export interface DiffSource {
  /** Every address that may have changed (a superset is fine). */
  addresses: Iterable<string>
  /** The account after the block, or undefined when it does not exist (a promise only where state reads are asynchronous). */
  post(address: string): Promise<PostAccount | undefined> | PostAccount | undefined
  /** Slots written during the block (a superset is fine), and whether storage was wiped. */
  writtenSlots(address: string): { slots: Iterable<string>; wiped: boolean }
  /** A slot's value after the block. */
  postSlot(address: string, slot: string): Promise<bigint> | bigint
}

const EMPTY_CODE = new Uint8Array(0)

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0
}

/** Where the diff finds an account as it was before the block (a Map, or the workers' pre-state image). */
export interface PreStateLookup {
  get(address: Hex): PreStateAccount | undefined
}

export async function computeStateDiff(pre: PreStateLookup, src: DiffSource): Promise<StateDiff> {
  const diff: StateDiff = new Map()
  // One map of slot values, refilled per account (diffAccount copies what it keeps).
  const values = new Map<string, bigint>()
  // A Set already (the sequential engine's): no copy of its ~20k addresses.
  const addresses = src.addresses instanceof Set ? (src.addresses as Set<string>) : new Set(src.addresses)
  for (const addr of addresses) {
    const key = `0x${addr}` as Hex
    const before = pre.get(key)
    // Awaited only when a promise: an await per account, ready or not, was most of the
    // diff of a 10k-transfer block (its 20k accounts all answer synchronously in memory).
    const p = src.post(addr)
    const after = p instanceof Promise ? await p : p
    if (values.size > 0) values.clear() // clear() allocates even for an empty Map
    if (after !== undefined) {
      const { slots, wiped } = src.writtenSlots(addr)
      // Without a wipe the written slots are the candidates as they are (no set built per account).
      for (const slot of wiped ? slotCandidates(before, slots, wiped) : slots) {
        const v = src.postSlot(addr, slot)
        values.set(slot, v instanceof Promise ? await v : v)
      }
    }
    const d = diffAccount(before, after, values)
    if (d !== undefined) diff.set(key, d)
  }
  return diff
}

/** Slots whose value may differ: those written, plus (after a wipe) every pre-state slot. */
export function slotCandidates(before: PreStateAccount | undefined, written: Iterable<string>, wiped: boolean): Set<string> {
  const candidates = new Set<string>(written)
  if (wiped && before !== undefined) for (const s of before.storage.keys()) candidates.add(s.slice(2))
  return candidates
}

/**
 * One account's entry under the rules above, or undefined when it is unchanged.
 * `slots` holds the post value of every candidate slot (see slotCandidates).
 */
export function diffAccount(before: PreStateAccount | undefined, after: PostAccount | undefined, slots: Map<string, bigint>): AccountDiff | undefined {
  if (after === undefined) return before === undefined ? undefined : { deleted: true, storage: new Map() }
  const d: AccountDiff = { storage: new Map() }
  if (after.balance !== (before?.balance ?? 0n)) d.balance = after.balance
  if (after.nonce !== (before?.nonce ?? 0n)) d.nonce = after.nonce
  if (!sameBytes(after.code, before?.code ?? EMPTY_CODE)) d.code = after.code
  for (const [slot, v] of slots) {
    const slotKey = `0x${slot}` as Hex
    if (v !== (before?.storage.get(slotKey) ?? 0n)) d.storage.set(slotKey, v)
  }
  const changed = before === undefined || d.balance !== undefined || d.nonce !== undefined || d.code !== undefined || d.storage.size > 0
  return changed ? d : undefined
}

const opt = (v: Uint8Array | undefined): Uint8Array[] => (v === undefined ? [] : [v])

/** keccak256 of the canonical encoding above: equal exactly when two post-states are equal. */
export function stateDiffHash(diff: StateDiff): Uint8Array {
  const addrs = [...diff.keys()].sort()
  const list: NestedUint8Array = addrs.map((a) => {
    const d = diff.get(a)!
    const slots = [...d.storage.keys()].sort()
    return [
      Buffer.from(a.slice(2), 'hex'),
      d.deleted ? Uint8Array.of(1) : new Uint8Array(0),
      opt(d.balance === undefined ? undefined : bigintToMinimalBytes(d.balance)),
      opt(d.nonce === undefined ? undefined : bigintToMinimalBytes(d.nonce)),
      opt(d.code),
      slots.map((s) => [Buffer.from(s.slice(2), 'hex'), bigintToMinimalBytes(d.storage.get(s)!)]),
    ]
  })
  return keccak256(RLP.encode(list))
}
