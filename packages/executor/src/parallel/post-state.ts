/**
 * The block's post-state diff read straight from the multi-version memory after
 * the last transaction: every location some final incarnation wrote, read as a
 * transaction after the block would (so deltas and wipes fold exactly as in
 * execution), over base storage.
 *
 * Why not through MvStateReader: that path hashes a hex key string per location
 * and records every read; here each location id is already in hand from the scan,
 * so the values are read by id (the diff of a 10k-transfer block went from ~300 ms
 * to a few tens of ms per worker).
 */
import { MVMemory, ReadStatus } from '@blockstm/mvmemory'


import { diffAccount, slotCandidates } from '../block/diff.js'
import type { PostAccount, PreStateLookup } from '../block/diff.js'
import { EMPTY_CODE_HASH } from '../state/base.js'
import type { AccountRecord, BaseState } from '../state/base.js'
import type { PreStateAccount, StateDiff } from '../types.js'
import { PreStateImage } from '../state/pre-state-image.js'
import { DIRECT_FIELDS, DIRECT_KIND, directImage } from './location-cache.js'
import { Kind, foldAccount, hashToWords, newKey, newValue, nonceOf, wordsToBigint, wordsToHash, wordsToHex } from './keys.js'

/** A share of the addresses, so several workers can compute the diff together. */
export interface Part {
  index: number
  of: number
}

/** The locations one account's final incarnations wrote (-1: none). */
export interface Written {
  /**
   * The address's 5 key words: set for an account outside the image (to tell apart
   * addresses that share a bucket); for one in it, read from the image when first needed.
   */
  words: Uint32Array | undefined
  /** The image that holds the account (with `at`), if it is in one. */
  image: PreStateImage | undefined
  /** Its table slot in the pre-state image, -1 if it is not there. */
  at: number
  /** Its ordinal in the pre-state image, -1 if it is not there or the block has no direct locations. */
  ordinal: number
  account: number
  balance: number
  codeHash: number
  wipe: number
  /** Storage slot (hex, no 0x) → location. */
  slots: Map<string, number> | undefined
}

const EMPTY = new Uint8Array(0)

/** The account's address as 5 big-endian words. */
function wordsOf(w: Written): Uint32Array {
  return (w.words ??= w.image!.addressWordsAt(w.at, new Uint32Array(5)))
}

/** The account's address, 40 hex chars (built only where a string is needed: not on the image path). */
function addressOf(w: Written): string {
  return wordsToHex(wordsOf(w), 0, 5)
}

function sameAddress(w: Uint32Array, key: Uint32Array): boolean {
  return w[0] === key[1] && w[1] === key[2] && w[2] === key[3] && w[3] === key[4] && w[4] === key[5]
}

/** Is the account ours? By ordinal for one in the image, else by its address's last word: every location of one account lands in one share. */
const ours = (part: Part | undefined, n: number): boolean => part === undefined || n % part.of === part.index

/**
 * Groups the written locations of this share by address (mv.writtenInBlock(): only
 * what some final incarnation wrote). Direct locations (location-cache.ts) are grouped
 * by the image's ordinal; the others are bucketed by the address's last word (a small
 * integer), so the hex string of an address is built once per account rather than once
 * per location.
 */
export function writtenByAddress(mv: MVMemory, part: Part | undefined, image: PreStateImage | undefined): Written[] {
  const out: Written[] = []
  const numbering = directImage(mv, image, 'post-state diff')
  const direct = mv.directCount()
  const byOrdinal: (Written | undefined)[] = new Array(direct / DIRECT_FIELDS)
  const key = newKey()
  const address = new Uint32Array(5)
  const buckets = new Map<number, Written | Written[]>()
  // Each of these holds an entry of a final incarnation (I4): none reads as NONE, none is read here.
  for (const loc of mv.writtenInBlock()) {
    if (loc < direct) {
      const o = (loc / DIRECT_FIELDS) | 0
      if (!ours(part, o)) continue
      setField((byOrdinal[o] ??= imageEntry(out, numbering!, o)), DIRECT_KIND[loc % DIRECT_FIELDS]!, loc)
      continue
    }
    mv.keyOf(loc, key)
    // A slot of an image account belongs with the account's direct locations.
    let o = -1
    if (numbering !== undefined) {
      for (let k = 0; k < 5; k++) address[k] = key[1 + k]!
      o = numbering.ordinalOfWords(address)
    }
    if (!ours(part, o >= 0 ? o : key[5] & 0xffffff)) continue
    // Not found by ordinal: not in the image, no second probe for its table slot.
    const w = o >= 0 ? (byOrdinal[o] ??= imageEntry(out, numbering!, o)) : entryFor(buckets, out, key, numbering === undefined ? image : undefined)
    if (key[0] === Kind.STORAGE) (w.slots ??= new Map()).set(wordsToHex(key, 6, 8), loc)
    else setField(w, key[0] as Kind, loc)
  }
  return out
}

function setField(w: Written, kind: Kind, loc: number): void {
  switch (kind) {
    case Kind.ACCOUNT: w.account = loc; break
    case Kind.BALANCE: w.balance = loc; break
    case Kind.CODEHASH: w.codeHash = loc; break
    case Kind.WIPE: w.wipe = loc; break
  }
}

function imageEntry(out: Written[], image: PreStateImage, o: number): Written {
  const w: Written = { words: undefined, image, at: image.slotOfOrdinal(o), ordinal: o, account: -1, balance: -1, codeHash: -1, wipe: -1, slots: undefined }
  out.push(w)
  return w
}

/** The entry of the address in `key`, new if need be; its table slot looked up in `image` if given (else -1). */
function entryFor(buckets: Map<number, Written | Written[]>, out: Written[], key: Uint32Array, image: PreStateImage | undefined): Written {
  const b = key[5] & 0x3fffffff
  const found = buckets.get(b)
  if (found !== undefined) {
    if (!Array.isArray(found)) {
      if (sameAddress(found.words!, key)) return found
    } else for (const w of found) if (sameAddress(w.words!, key)) return w
  }
  const words = key.slice(1, 6)
  const at = image === undefined ? -1 : image.indexOfWords(words)
  const w: Written = { words, image: at < 0 ? undefined : image, at, ordinal: -1, account: -1, balance: -1, codeHash: -1, wipe: -1, slots: undefined }
  out.push(w)
  if (found === undefined) buckets.set(b, w)
  else if (Array.isArray(found)) found.push(w)
  else buckets.set(b, [found, w])
  return w
}

/** This share of the post-state diff against `pre` (the block's pre-state, which `base` holds). */
export async function mvStateDiff(mv: MVMemory, base: BaseState, pre: PreStateLookup, part?: Part): Promise<StateDiff> {
  const reader = new FinalReader(mv, base)
  const diff: StateDiff = new Map()
  // The embedded case: base state is the pre-state image itself, so one probe of its
  // table gives both the account before the block and its base record.
  const preImage = pre instanceof PreStateImage ? pre : undefined
  const image = preImage !== undefined && (base as unknown) === pre ? preImage : undefined
  // Base reads may be asynchronous (latency): issue them all, then wait once.
  const pending: Promise<void>[] = []
  for (const w of writtenByAddress(mv, part, preImage)) {
    if (image !== undefined) {
      const i = w.at
      const before = i < 0 ? undefined : image.accountAt(i)
      const after = reader.accountOver(w, i < 0 ? undefined : image.recordAt(i))
      if (after instanceof Promise) pending.push(after.then((a) => addAccount(diff, reader, w, before, a)))
      else addAccount(diff, reader, w, before, after)
      continue
    }
    const after = reader.account(w)
    const before = pre.get(`0x${addressOf(w)}`)
    if (after instanceof Promise) pending.push(after.then((a) => addAccount(diff, reader, w, before, a)))
    else addAccount(diff, reader, w, before, after)
  }
  await Promise.all(pending)
  return diff
}

export function addAccount(diff: StateDiff, reader: FinalReader, w: Written, before: PreStateAccount | undefined, after: PostAccount | undefined): void {
  const d = diffAccount(before, after, after === undefined ? NO_SLOTS : reader.slots(w, before))
  if (d !== undefined) diff.set(`0x${addressOf(w)}`, d)
}

const NO_SLOTS: Map<string, bigint> = new Map()

interface FinalFields {
  acc: boolean
  flags: number
  nonce: bigint
  bs: ReadStatus
  balance: bigint
  hashed: boolean
  codeHash: string
}

/** Reads final values by location id. */
export class FinalReader {
  private readonly val = newValue()
  constructor(
    private readonly mv: MVMemory,
    private readonly base: BaseState,
  ) {}

  /** The account after the block; reads base state only for a field no final incarnation wrote absolutely. */
  account(w: Written): PostAccount | undefined | Promise<PostAccount | undefined> {
    const f = this.finals(w)
    if (f.acc && f.bs === ReadStatus.VALUE && f.hashed) return this.merge(f, undefined)
    const b = this.base.account(addressOf(w))
    return b instanceof Promise ? b.then((x) => this.merge(this.finals(w), x)) : this.merge(f, b)
  }

  /** account() with the base record already in hand (the embedded pre-state image). */
  accountOver(w: Written, b: AccountRecord | undefined): PostAccount | undefined | Promise<PostAccount | undefined> {
    return this.merge(this.finals(w), b)
  }

  private readonly f = { acc: false, flags: 0, nonce: 0n, bs: ReadStatus.NONE as ReadStatus, balance: 0n, hashed: false, codeHash: EMPTY_CODE_HASH }

  /** The final values of the account's fields (one reused record: used before the next call). */
  finals(w: Written): FinalFields {
    const v = this.val
    const mv = this.mv
    const f = this.f
    f.acc = w.account >= 0 && mv.finalValue(w.account, v) === ReadStatus.VALUE
    f.flags = f.acc ? v[0]! : 0
    f.nonce = f.acc ? nonceOf(v) : 0n
    f.bs = w.balance >= 0 ? mv.finalValue(w.balance, v) : ReadStatus.NONE
    f.balance = f.bs === ReadStatus.NONE ? 0n : wordsToBigint(v)
    f.hashed = w.codeHash >= 0 && mv.finalValue(w.codeHash, v) === ReadStatus.VALUE
    f.codeHash = f.hashed ? wordsToHash(v) : EMPTY_CODE_HASH
    return f
  }

  private merge(f: FinalFields, b: AccountRecord | undefined): PostAccount | undefined | Promise<PostAccount | undefined> {
    const r = foldAccount(f.acc, f.flags, f.nonce, f.bs === ReadStatus.VALUE, f.balance, f.hashed, f.codeHash, b)
    return r === undefined ? undefined : this.withCode(r)
  }

  /** The post-block code of a code hash: created in the block (blobs) or in base state. */
  code(codeHash: string): Uint8Array | Promise<Uint8Array> {
    return this.mv.blobs.get(hashToWords(codeHash, this.val)) ?? this.base.code(codeHash)
  }

  /** A written slot's final value (0 when no final incarnation wrote it). */
  slotValue(loc: number): bigint {
    return this.mv.finalValue(loc, this.val) === ReadStatus.VALUE ? wordsToBigint(this.val) : 0n
  }

  private withCode(f: AccountRecord): PostAccount | Promise<PostAccount> {
    if (f.codeHash === EMPTY_CODE_HASH) return { balance: f.balance, nonce: f.nonce, code: EMPTY }
    const code = this.code(f.codeHash)
    return code instanceof Promise ? code.then((c) => ({ balance: f.balance, nonce: f.nonce, code: c })) : { balance: f.balance, nonce: f.nonce, code }
  }
  /** Post values of the account's candidate slots: written ones, and after a wipe every pre-state slot. */
  slots(w: Written, before: PreStateAccount | undefined): Map<string, bigint> {
    const v = this.val
    const wipe = w.wipe >= 0 && this.mv.finalValue(w.wipe, v) === ReadStatus.VALUE ? v[0] : 0
    const out = new Map<string, bigint>()
    for (const slot of slotCandidates(before, w.slots?.keys() ?? [], wipe > 0)) {
      const loc = w.slots?.get(slot) ?? -1
      // A slot written before the latest wipe, or never written after it, reads as zero.
      if (loc >= 0 && this.mv.finalValue(loc, v) === ReadStatus.VALUE && !(wipe > 0 && this.mv.lastTxIdx < wipe - 1)) out.set(slot, wordsToBigint(v))
      else out.set(slot, 0n)
    }
    return out
  }
}
