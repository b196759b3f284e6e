/**
 * The block's post-state read from the multi-version memory after the last
 * transaction: every location some final incarnation wrote, read as a
 * transaction after the block would (so deltas and wipes fold exactly as in
 * execution), over base storage.
 */
import { MVMemory, ReadStatus } from '@blockstm/mvmemory'
import { bytesToBigInt } from '@ethereumjs/util'

import type { DiffSource } from '../block/diff.js'
import { EMPTY_CODE_HASH } from '../state/base.js'
import type { BaseState } from '../state/base.js'
import { Kind, decodeKey, newKey, newValue } from './keys.js'
import { MvStateReader } from './mv-reader.js'

/** A share of the addresses, so several workers can compute the diff together. */
export interface Part {
  index: number
  of: number
}

export function mvDiffSource(mv: MVMemory, base: BaseState, part?: Part): DiffSource {
  const key = newKey()
  const val = newValue()
  const slots = new Map<string, string[]>()
  const wiped = new Set<string>()
  const addresses = new Set<string>()
  for (let loc = 0, n = mv.locationCount(); loc < n; loc++) {
    if (mv.finalValue(loc, val) === ReadStatus.NONE) continue
    mv.keyOf(loc, key)
    // Split by the address's last key word: every location of one account lands in one share.
    if (part !== undefined && (key[5] & 0xffffff) % part.of !== part.index) continue
    const k = decodeKey(key)
    addresses.add(k.address)
    if (k.kind === Kind.STORAGE) {
      let list = slots.get(k.address)
      if (list === undefined) slots.set(k.address, (list = []))
      list.push(k.slot!)
    } else if (k.kind === Kind.WIPE) wiped.add(k.address)
  }
  const reader = new MvStateReader(mv, base)
  reader.begin(mv.txCount)
  return {
    addresses,
    post: async (addr) => {
      const r = await reader.account(addr)
      if (r === undefined) return undefined
      return { balance: r.balance, nonce: r.nonce, code: r.codeHash === EMPTY_CODE_HASH ? new Uint8Array(0) : await reader.code(r.codeHash) }
    },
    writtenSlots: (addr) => ({ slots: slots.get(addr) ?? [], wiped: wiped.has(addr) }),
    postSlot: async (addr, slot) => bytesToBigInt(await reader.storage(addr, slot)),
  }
}
