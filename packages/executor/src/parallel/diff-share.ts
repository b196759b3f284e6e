/**
 * A worker's share of the post-state diff written straight into the reply's bytes
 * (codec/state-diff.ts), for the embedded case where base state is the pre-state image:
 * the rules of diffAccount (block/diff.ts) without the objects in between. Split from
 * post-state.ts, which groups the written locations by account (writtenByAddress) and
 * reads their final values (FinalReader).
 */
import { ReadStatus, VALUE_WORDS, add256, equal256, isZero256 } from '@blockstm/mvmemory'
import type { MVMemory } from '@blockstm/mvmemory'

import { ByteWriter } from '../codec/bytes.js'
import { DIFF_BALANCE, DIFF_CODE, DIFF_DELETED, DIFF_NONCE, DIFF_ORDINAL, encodeAccountDiff } from '../codec/state-diff.js'
import { EMPTY_CODE_HASH } from '../state/base.js'
import type { PreStateImage } from '../state/pre-state-image.js'
import type { StateDiff } from '../types.js'
import { FLAG_EXISTS, foldAccount } from './keys.js'
import { FinalReader, addAccount, writtenByAddress } from './post-state.js'
import type { Part, Written } from './post-state.js'

const EMPTY = new Uint8Array(0)

/**
 * This share of the diff straight into the reply's bytes (codec/state-diff.ts), for
 * the embedded case where base state is the pre-state image: the same rules as
 * diffAccount (block/diff.ts), without the objects in between (an AccountDiff with
 * its Map, the pre-state account, the post account, the 0x-address key and its
 * hex parsed back) - about half of a worker's diff on a block of transfers. Code is
 * compared by hash (equal bytes, equal hash). An account whose storage was wiped in
 * the block (rare) goes through diffAccount itself.
 */
export function encodeImageDiffShare(mv: MVMemory, image: PreStateImage, part: Part): ArrayBuffer {
  const reader = new FinalReader(mv, image)
  const w = new ByteWriter()
  w.u32(0)
  let count = 0
  for (const acc of writtenByAddress(mv, part, image)) {
    if (acc.wipe >= 0) count += encodeWiped(w, reader, image, acc)
    else if (acc.codeHash >= 0) count += encodeFolded(w, reader, image, acc)
    else if (acc.at < 0 || image.fieldWordsAt(acc.at, PRE_NONCE, PRE_BALANCE)) count += encodeByWords(w, reader, mv, image, acc)
    else count += encodeFolded(w, reader, image, acc)
  }
  w.u32At(0, count)
  return w.finishTransferable()
}

/** An account whose storage was wiped in the block (rare): through diffAccount itself. */
function encodeWiped(w: ByteWriter, reader: FinalReader, image: PreStateImage, acc: Written): number {
  const i = acc.at
  const one: StateDiff = new Map()
  const after = reader.accountOver(acc, i < 0 ? undefined : image.recordAt(i))
  if (after instanceof Promise) throw new Error('post-state diff: the pre-state image answered asynchronously (internal error)')
  addAccount(one, reader, acc, i < 0 ? undefined : image.accountAt(i), after)
  for (const [address, d] of one) encodeAccountDiff(w, address, d)
  return one.size
}

/** An account whose code hash some final incarnation wrote: folded into an AccountRecord, code compared by hash. */
function encodeFolded(w: ByteWriter, reader: FinalReader, image: PreStateImage, acc: Written): number {
  const i = acc.at
  const b = i < 0 ? undefined : image.recordAt(i)
  const f = reader.finals(acc)
  const after = foldAccount(f.acc, f.flags, f.nonce, f.bs === ReadStatus.VALUE, f.balance, f.hashed, f.codeHash, b)
  if (after === undefined && b === undefined) return 0
  const start = openEntry(w, acc)
  if (after === undefined) return deletedEntry(w, start)
  let flags = 0
  if (after.balance !== (b?.balance ?? 0n)) {
    flags |= DIFF_BALANCE
    w.big(after.balance)
  }
  if (after.nonce !== (b?.nonce ?? 0n)) {
    flags |= DIFF_NONCE
    w.big(after.nonce)
  }
  if (after.codeHash !== (b?.codeHash ?? EMPTY_CODE_HASH)) {
    flags |= DIFF_CODE
    const code = after.codeHash === EMPTY_CODE_HASH ? EMPTY : reader.code(after.codeHash)
    if (code instanceof Promise) throw new Error('post-state diff: the pre-state image answered asynchronously (internal error)')
    w.lenBytes(code)
  }
  return closeEntry(w, reader, image, acc, start, flags, b !== undefined)
}

// Scratch of encodeByWords (one share at a time per thread).
const PRE_NONCE = new Uint32Array(2)
const PRE_BALANCE = new Uint32Array(VALUE_WORDS)
const POST_BALANCE = new Uint32Array(VALUE_WORDS)
const ACCOUNT = new Uint32Array(VALUE_WORDS)
const POST_NONCE = new Uint32Array(2)

/**
 * The common case (no code hash or wipe written: transfers, token calls) on the value
 * words themselves, folded as foldAccount does: the pre-state's nonce and balance read
 * as words from the image record, a balance delta added to them in words, compared and
 * written (ByteWriter.bigWords) without a BigInt, a decoded record or an AccountRecord
 * per account — most of a diff share's allocation on a block of transfers.
 */
function encodeByWords(w: ByteWriter, reader: FinalReader, mv: MVMemory, image: PreStateImage, acc: Written): number {
  // The pre-state's words are in PRE_NONCE and PRE_BALANCE already for an account of the image.
  const existed = acc.at >= 0
  if (!existed) {
    PRE_NONCE.fill(0)
    PRE_BALANCE.fill(0)
  }
  const absAccount = acc.account >= 0 && mv.finalValue(acc.account, ACCOUNT) === ReadStatus.VALUE
  const exists = absAccount ? (ACCOUNT[0]! & FLAG_EXISTS) !== 0 : existed
  const bs = acc.balance >= 0 ? mv.finalValue(acc.balance, POST_BALANCE) : ReadStatus.NONE
  // Not absolute: a delta over the pre-state balance (none: the pre-state balance), mod 2^256.
  if (bs === ReadStatus.NONE) POST_BALANCE.set(PRE_BALANCE)
  else if (bs !== ReadStatus.VALUE) add256(POST_BALANCE, 0, PRE_BALANCE, 0)
  if (!exists && isZero256(POST_BALANCE, 0)) {
    if (!existed) return 0
    return deletedEntry(w, openEntry(w, acc))
  }
  const start = openEntry(w, acc)
  let flags = 0
  if (!equal256(POST_BALANCE, 0, PRE_BALANCE, 0)) {
    flags |= DIFF_BALANCE
    w.bigWords(POST_BALANCE, VALUE_WORDS)
  }
  // The account words: flags, then the nonce's low and high word (keys.ts accountWords).
  if (absAccount && (ACCOUNT[1] !== PRE_NONCE[0] || ACCOUNT[2] !== PRE_NONCE[1])) {
    flags |= DIFF_NONCE
    POST_NONCE[0] = ACCOUNT[1]!
    POST_NONCE[1] = ACCOUNT[2]!
    w.bigWords(POST_NONCE, 2)
  }
  return closeEntry(w, reader, image, acc, start, flags, existed)
}

/** Starts an account's entry: flags (filled in by closeEntry), then its ordinal or address. Returns where it starts. */
function openEntry(w: ByteWriter, acc: Written): number {
  const start = w.pos
  // The account by its pre-state ordinal where it has one (the main thread keys it by the pre-state's own string).
  w.u8(acc.ordinal >= 0 ? DIFF_ORDINAL : 0)
  if (acc.ordinal >= 0) w.u32(acc.ordinal)
  else for (let k = 0; k < 5; k++) w.u32be(acc.words![k]!)
  return start
}

/** Ends an opened entry as a deletion (an account that existed and does not after the block). */
function deletedEntry(w: ByteWriter, start: number): number {
  w.u8At(start, w.u8Get(start) | DIFF_DELETED)
  w.u32(0)
  return 1
}

/**
 * Writes the account's changed slots and closes its entry with `flags`; returns the
 * entries written: 0 when an account that existed changed nothing (rolled back; a new
 * one is listed even if empty).
 */
function closeEntry(w: ByteWriter, reader: FinalReader, image: PreStateImage, acc: Written, start: number, flags: number, existed: boolean): number {
  const i = acc.at
  const slotsAt = w.pos
  w.u32(0)
  let slots = 0
  if (acc.slots !== undefined) {
    for (const [slot, loc] of acc.slots) {
      const post = reader.slotValue(loc)
      const e = i < 0 ? -1 : image.findSlot(i, slot, 0)
      if (post === (e < 0 ? 0n : image.slotValue(e))) continue
      w.hex(slot, 32)
      w.big(post)
      slots++
    }
  }
  if (existed && flags === 0 && slots === 0) {
    w.pos = start
    return 0
  }
  w.u8At(start, w.u8Get(start) | flags)
  w.u32At(slotsAt, slots)
  return 1
}
