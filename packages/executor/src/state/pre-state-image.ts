/**
 * The block's pre-state as bytes in shared memory, read in place by every worker.
 *
 * Before this, each worker v8-deserialised the whole pre-state and rebuilt an
 * InMemoryState from it: ~150 ms per worker for 18k accounts, on the critical path
 * of every block. Then each worker indexed the records in a Map (address string →
 * offset): a few ms per worker per block, and a cache-missing Map lookup per read
 * (100k accounts: ~20 ms per worker per block). Now the image carries its own
 * open-addressing hash table, built once on the main thread while encoding; a
 * worker probes it with integers parsed from the address string, and decodes an
 * account the first time it is asked for.
 *
 * Layout (little-endian u32s; `big` = length byte + minimal big-endian bytes):
 *   u32 accountCount | u32 tableSize (a power of two ≥ 2 × accountCount)
 *   | u32 × tableSize: record offset + 1 (0 = empty slot), linear probing from
 *     mix(the address's first and last big-endian words)
 *   | u32 × accountCount: the table slot of each account by ordinal (input order)
 *   | records
 * Record: u32 recordLength | u32 ordinal | address[20] | big nonce | big balance
 *   | u32 codeLength | code | codeHash[32] (only when codeLength > 0)
 *   | u32 slotCount | [u32 slotTableSize | u32 × slotTableSize: entry offset from the
 *     record start + 1, linear probing from slotHash] (only when slotCount > 0)
 *   | slotCount × (slot[32] | big value)
 * Offsets are from the start of the image. A storage read probes the account's slot
 * table: a token with 100k holders is not decoded into a Map on its first read.
 * Ordinals are dense (0..accountCount-1): the parallel engine numbers an account's
 * multi-version locations by them (direct locations, mvmemory I12).
 */
import { keccak256 } from '../hash.js'
import * as codec from '../codec/bytes.js'
import { ByteReader } from '../codec/bytes.js'
import type { ByteWriter } from '../codec/bytes.js'
import type { Hex, PreStateAccount } from '../types.js'
import { EMPTY_CODE_HASH } from './base.js'
import type { AccountRecord, BaseState } from './base.js'

// Module-local copies: CommonJS-emitting transpilers (tsx) turn imported bindings into getter calls on hot paths.
const { HEX_DIGIT, beWord } = codec

/**
 * Writes the image of `pre`. With `keys`, also pushes each account's key by ordinal,
 * as a StateDiff keys it (lower-case 0x hex: the key itself when it is one, which
 * BlockInput promises), for decoding diffs written by ordinal (codec/state-diff.ts).
 */
export function encodePreState(w: ByteWriter, pre: Map<Hex, PreStateAccount>, keys?: Hex[]): void {
  const base = w.pos
  const size = tableSize(pre.size)
  w.u32(pre.size)
  w.u32(size)
  const table = w.pos
  w.zeros(4 * size)
  const ordinals = w.pos
  w.zeros(4 * pre.size)
  const mask = size - 1
  let ordinal = 0
  // forEach, not for-of: the entries iterator allocated a [key, value] pair per account.
  pre.forEach((acc, address) => {
    const start = w.pos
    w.u32(0)
    w.u32(ordinal)
    w.hex(address, 20)
    if (keys !== undefined) keys.push(address.length === 42 && address.charCodeAt(1) === 120 ? address : (`0x${w.hexGet(start + 8, 20)}` as Hex))
    // The table hash from the address bytes just written (not from its hex again): its first and last words.
    let i = mix(w.u32beGet(start + 8), w.u32beGet(start + 24)) & mask
    while (w.u32Get(table + 4 * i) !== 0) i = (i + 1) & mask
    w.u32At(table + 4 * i, start - base + 1)
    w.u32At(ordinals + 4 * ordinal++, i)
    w.big(acc.nonce)
    w.big(acc.balance)
    w.lenBytes(acc.code)
    if (acc.code.length > 0) w.bytes(keccak256(acc.code))
    w.u32(acc.storage.size)
    if (acc.storage.size > 0) encodeSlots(w, start, acc.storage)
    w.u32At(start, w.pos - start)
  })
}

function encodeSlots(w: ByteWriter, recordStart: number, storage: Map<Hex, bigint>): void {
  const size = tableSize(storage.size)
  const mask = size - 1
  w.u32(size)
  const table = w.pos
  w.zeros(4 * size)
  for (const [slot, v] of storage) {
    const at = slot.startsWith('0x') ? 2 : 0
    let i = slotHash(slot, at) & mask
    while (w.u32Get(table + 4 * i) !== 0) i = (i + 1) & mask
    w.u32At(table + 4 * i, w.pos - recordStart + 1)
    w.hex(slot, 32)
    w.big(v)
  }
}

function tableSize(count: number): number {
  let size = 16
  while (size < 2 * count) size *= 2
  return size
}


/** The u32 spelled by 8 hex digits of `s` from `at`, or -1 if any is not a hex digit or `s` ends first. */
function hexU32(s: string, at: number): number {
  if (at + 8 > s.length) return -1
  let v = 0
  let bad = 0
  for (let k = 0; k < 8; k++) {
    const d = HEX_DIGIT[s.charCodeAt(at + k)]!
    bad |= d
    v = (v << 4) | (d & 15)
  }
  return bad & 16 ? -1 : v >>> 0
}

/** The table hash of the slot spelled by 64 hex digits of `s` from `at`. */
function slotHash(s: string, at: number): number {
  return mix(hexU32(s, at), hexU32(s, at + 56))
}

function mix(first: number, last: number): number {
  let h = Math.imul((last ^ Math.imul(first, 0x9e3779b1)) | 0, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

const EMPTY = new Uint8Array(0)

/**
 * The `big` at `at` (length byte, minimal big-endian bytes) into words[0..n)
 * (little-endian u32 words); returns the offset after it, or -1 when it needs more
 * than n words.
 */
function beWords(buf: Uint8Array, at: number, words: Uint32Array, n: number): number {
  const len = buf[at]!
  if (len > 4 * n) return -1
  const end = at + 1 + len
  for (let k = 0; k < n; k++) words[k] = beWord(buf, at + 1, end, k)
  return end
}

/**
 * A BaseState over a pre-state image (addresses and slots as lower-case hex without
 * 0x, as BaseState says), and `get(0x address)` giving the PreStateAccount for the
 * post-state diff. Decoded accounts, slots and code are kept for the block, in
 * arrays indexed by table slot (no Map keyed by address).
 */
export class PreStateImage implements BaseState {
  private readonly r: ByteReader
  private readonly buf: Buffer
  private readonly mask: number
  /** Accounts in the image; their ordinals are 0..accountCount-1. */
  readonly accountCount: number
  /** Byte offset of the table in `buf`. */
  private readonly table: number
  /** Byte offset of the ordinal → table slot array. */
  private readonly ordinals: number
  /** Table slot → decoded account (undefined: not decoded yet). */
  private readonly records: (AccountRecord | undefined)[]
  /** Table slot → offset of the record's slot count (0: not found yet). */
  private readonly slotCountAt: Uint32Array
  private readonly codes = new Map<string, Uint8Array>()
  /** Code hash → offset of the code's u32 length, for code not decoded yet. */
  private readonly codeAt = new Map<string, number>()
  private allCodesIndexed = false

  constructor(
    bytes: Uint8Array,
    private readonly hashes: Map<bigint, Hex>,
  ) {
    this.r = new ByteReader(bytes)
    this.buf = this.r.buf
    this.accountCount = this.r.u32()
    const size = this.r.u32()
    this.mask = size - 1
    this.table = this.r.pos
    this.ordinals = this.table + 4 * size
    this.records = new Array(size)
    this.slotCountAt = new Uint32Array(size)
  }

  /**
   * The table slot holding the address spelled by 40 hex digits of `s` from `at`, or -1.
   * The digits are parsed once into words (not again per probed record), and the table
   * and records are read with byte loads (Buffer's read methods check their arguments):
   * this runs for every account a worker reads from the pre-state.
   */
  private find(s: string, at: number): number {
    const w = this.words
    if (!parseWords(s, at, 5, w)) return -1
    return this.findWords(w)
  }

  /** The table slot holding the address whose 5 big-endian words are `w`, or -1. */
  private findWords(w: Uint32Array): number {
    const buf = this.buf
    const mask = this.mask
    const table = this.table
    for (let i = mix(w[0]!, w[4]!) & mask; ; i = (i + 1) & mask) {
      const off = u32le(buf, table + 4 * i)
      if (off === 0) return -1
      if (sameAddress(buf, off - 1 + 8, w)) return i
    }
  }

  /** Scratch for find(): the address being looked up, as 5 big-endian words. */
  private readonly words = new Uint32Array(5)

  /** Offset of the nonce of the record in table slot `i` (just after the address). */
  private fieldsAt(i: number): number {
    return this.buf.readUInt32LE(this.table + 4 * i) - 1 + 8 + 20
  }

  /**
   * The ordinal of the account spelled by 40 hex digits of `s` (no 0x), or -1 if it is
   * not in the image: one probe, no allocation (the parallel engine's direct locations).
   */
  ordinalOf(s: string): number {
    return this.ordinalAt(this.find(s, 0))
  }

  /** ordinalOf() for an address given as 5 big-endian words. */
  ordinalOfWords(words: Uint32Array): number {
    return this.ordinalAt(this.findWords(words))
  }

  /** The ordinal of the record in table slot `i` (just after its length), or -1 for i = -1. */
  private ordinalAt(i: number): number {
    return i < 0 ? -1 : u32le(this.buf, u32le(this.buf, this.table + 4 * i) - 1 + 4)
  }

  /** The table slot of the account with ordinal `o` (0 ≤ o < accountCount). */
  slotOfOrdinal(o: number): number {
    if (!(o >= 0 && o < this.accountCount)) throw new RangeError(`pre-state image: no account with ordinal ${o} (${this.accountCount} accounts)`)
    return u32le(this.buf, this.ordinals + 4 * o)
  }

  /** The address of the account in table slot `i` as 5 big-endian words, into `out`. */
  addressWordsAt(i: number, out: Uint32Array): Uint32Array {
    const buf = this.buf
    let off = u32le(buf, this.table + 4 * i) - 1 + 8
    for (let k = 0; k < 5; k++, off += 4) out[k] = ((buf[off]! << 24) | (buf[off + 1]! << 16) | (buf[off + 2]! << 8) | buf[off + 3]!) >>> 0
    return out
  }

  account(address: string): AccountRecord | undefined {
    const i = this.find(address, 0)
    if (i < 0) return undefined
    return (this.records[i] ??= this.decodeRecord(i))
  }

  /** The table slot of an address (40 hex digits, no 0x), or -1: for recordAt / accountAt. */
  indexOf(address: string): number {
    return this.find(address, 0)
  }

  /**
   * indexOf for an address given as 5 big-endian words (the multi-version memory's key
   * words 1..5): no hex string built and parsed back per account of a worker's diff.
   */
  indexOfWords(words: Uint32Array): number {
    if (words.length !== 5) throw new RangeError(`indexOfWords: ${words.length} words, want 5`)
    return this.findWords(words)
  }

  /** account() by ordinal (see ordinalOf). */
  recordAtOrdinal(o: number): AccountRecord {
    return this.recordAt(this.slotOfOrdinal(o))
  }

  /**
   * The code hash of the account with ordinal `o`: for one without code, read from its
   * record's code length without decoding the record (a transfer's recipient needs only
   * this, and decoding made its nonce and balance BigInts for nothing).
   */
  codeHashAtOrdinal(o: number): string {
    const i = this.slotOfOrdinal(o)
    const rec = this.records[i]
    if (rec !== undefined) return rec.codeHash
    const buf = this.buf
    let at = this.fieldsAt(i)
    at += 1 + buf[at]! // nonce
    at += 1 + buf[at]! // balance
    return u32le(buf, at) === 0 ? EMPTY_CODE_HASH : this.recordAt(i).codeHash
  }

  /** account() by table slot. */
  recordAt(i: number): AccountRecord {
    return (this.records[i] ??= this.decodeRecord(i))
  }

  /**
   * The nonce and balance of the account in table slot `i` as little-endian u32 words
   * (nonce: 2, balance: 8), read from the record's bytes: no record decoded, no BigInt
   * (the post-state diff of every account a block writes). False when the nonce needs
   * more than 64 bits (a pre-state beyond EIP-2681: the caller takes the BigInt path).
   */
  fieldWordsAt(i: number, nonce: Uint32Array, balance: Uint32Array): boolean {
    const at = beWords(this.buf, this.fieldsAt(i), nonce, 2)
    return at >= 0 && beWords(this.buf, at, balance, 8) >= 0
  }

  private decodeRecord(i: number): AccountRecord {
    const r = this.r
    r.pos = this.fieldsAt(i)
    const nonce = r.big()
    const balance = r.big()
    const codeLength = r.u32()
    let codeHash = EMPTY_CODE_HASH
    if (codeLength > 0) {
      const codeStart = r.pos - 4
      r.skip(codeLength)
      codeHash = r.hex(32)
      if (!this.codes.has(codeHash)) this.codeAt.set(codeHash, codeStart)
    }
    return { nonce, balance, codeHash, hasStorage: r.u32() > 0 }
  }

  code(codeHash: string): Uint8Array {
    let code = this.codes.get(codeHash)
    if (code === undefined) {
      const at = this.codeAt.get(codeHash) ?? this.findCode(codeHash)
      if (at === undefined) return EMPTY
      this.r.pos = at
      code = this.r.lenBytes()
      this.codes.set(codeHash, code)
      this.codeAt.delete(codeHash)
    }
    return code
  }

  /** A hash not met through account() yet: index every account's code hash (once). */
  private findCode(codeHash: string): number | undefined {
    if (!this.allCodesIndexed) {
      this.allCodesIndexed = true
      for (let i = 0; i <= this.mask; i++) {
        if (this.buf.readUInt32LE(this.table + 4 * i) !== 0) this.records[i] ??= this.decodeRecord(i)
      }
    }
    return this.codeAt.get(codeHash)
  }

  storage(address: string, slot: string): Uint8Array {
    const i = this.find(address, 0)
    if (i < 0) return EMPTY
    const e = this.findSlot(i, slot, 0)
    if (e < 0) return EMPTY
    // The value's minimal big-endian bytes, copied out of shared memory.
    const n = this.buf[e + 32]!
    return n === 0 ? EMPTY : Uint8Array.prototype.slice.call(this.buf, e + 33, e + 33 + n)
  }

  /** Offset of the entry for the slot spelled by 64 hex digits of `s` from `at` in account `i`'s table, or -1. */
  findSlot(i: number, s: string, at: number): number {
    const buf = this.buf
    const countAt = this.slotsAt(i)
    if (u32le(buf, countAt) === 0) return -1
    const w = this.slotWords
    if (!parseWords(s, at, 8, w)) return -1
    const size = u32le(buf, countAt + 4)
    const table = countAt + 8
    const record = u32le(buf, this.table + 4 * i) - 1
    for (let k = mix(w[0]!, w[7]!) & (size - 1); ; k = (k + 1) & (size - 1)) {
      const off = u32le(buf, table + 4 * k)
      if (off === 0) return -1
      const e = record + off - 1
      if (sameBytesAsWords(buf, e, w, 8)) return e
    }
  }

  /** Scratch for findSlot(): the slot being looked up, as 8 big-endian words. */
  private readonly slotWords = new Uint32Array(8)

  /** Offset of the slot count of the record in table slot `i` (remembered per account). */
  private slotsAt(i: number): number {
    let at = this.slotCountAt[i]!
    if (at === 0) {
      const r = this.r
      r.pos = this.fieldsAt(i)
      r.skip(r.u8()) // nonce
      r.skip(r.u8()) // balance
      const codeLength = r.u32()
      if (codeLength > 0) r.skip(codeLength + 32)
      this.slotCountAt[i] = at = r.pos
    }
    return at
  }

  /** The value of the entry at `e`. */
  slotValue(e: number): bigint {
    this.r.pos = e + 32
    return this.r.big()
  }

  /** Every slot of account `i` as (0x slot, value): the whole storage, for get(). */
  *slotsOf(i: number): Generator<[Hex, bigint]> {
    const buf = this.buf
    const countAt = this.slotsAt(i)
    const n = buf.readUInt32LE(countAt)
    if (n === 0) return
    const r = this.r
    let pos = countAt + 8 + 4 * buf.readUInt32LE(countAt + 4)
    for (let k = 0; k < n; k++) {
      const slot = `0x${buf.toString('hex', pos, pos + 32)}` as Hex
      r.pos = pos + 32
      const v = r.big()
      pos = r.pos
      yield [slot, v]
    }
  }

  blockHash(number: bigint): Uint8Array | undefined {
    const h = this.hashes.get(number)
    return h === undefined ? undefined : Buffer.from(h.slice(2), 'hex')
  }

  /** The account as the block input gave it (for the post-state diff), or undefined. */
  get(address: Hex): PreStateAccount | undefined {
    const i = this.find(address, 2)
    return i < 0 ? undefined : this.accountAt(i)
  }

  /** get() by table slot. */
  accountAt(i: number): PreStateAccount {
    const rec = (this.records[i] ??= this.decodeRecord(i))
    const code = rec.codeHash === EMPTY_CODE_HASH ? EMPTY : this.code(rec.codeHash)
    const storage = rec.hasStorage ? new ImageSlots(this, i) : new Map<Hex, bigint>()
    return { balance: rec.balance, nonce: rec.nonce, code, storage }
  }
}

/**
 * An account's pre-state storage as get() returns it: a real Map whose point reads
 * (get/has) probe the image's slot table, and which decodes every slot into itself
 * only when iterated, sized or changed. The post-state diff reads a few slots of
 * contracts that may hold 100k.
 */
class ImageSlots extends Map<Hex, bigint> {
  private loaded = false

  constructor(
    private readonly image: PreStateImage,
    private readonly i: number,
  ) {
    super()
  }

  private load(): this {
    if (!this.loaded) {
      this.loaded = true
      for (const [slot, v] of this.image.slotsOf(this.i)) super.set(slot, v)
    }
    return this
  }

  override get(slot: Hex): bigint | undefined {
    if (this.loaded) return super.get(slot)
    const e = this.image.findSlot(this.i, slot, 2)
    return e < 0 ? undefined : this.image.slotValue(e)
  }

  override has(slot: Hex): boolean {
    return this.loaded ? super.has(slot) : this.image.findSlot(this.i, slot, 2) >= 0
  }

  override get size(): number {
    return this.load().loaded ? super.size : 0
  }

  override set(slot: Hex, v: bigint): this {
    this.load()
    return super.set(slot, v)
  }

  override delete(slot: Hex): boolean {
    this.load()
    return super.delete(slot)
  }

  override clear(): void {
    this.loaded = true
    super.clear()
  }

  override forEach(fn: (v: bigint, k: Hex, m: Map<Hex, bigint>) => void, thisArg?: unknown): void {
    this.load()
    super.forEach(fn, thisArg)
  }

  override keys(): MapIterator<Hex> {
    return this.load() && super.keys()
  }

  override values(): MapIterator<bigint> {
    return this.load() && super.values()
  }

  override entries(): MapIterator<[Hex, bigint]> {
    return this.load() && super.entries()
  }

  override [Symbol.iterator](): MapIterator<[Hex, bigint]> {
    return this.load() && super[Symbol.iterator]()
  }
}

/** Parses 8 × n hex digits of `s` from `at` into n words; false if `s` ends first or a digit is not hex. */
function parseWords(s: string, at: number, n: number, out: Uint32Array): boolean {
  if (at + 8 * n > s.length) return false
  let bad = 0
  for (let k = 0, c = at; k < n; k++) {
    let v = 0
    for (const end = c + 8; c < end; c++) {
      const d = HEX_DIGIT[s.charCodeAt(c)]!
      bad |= d
      v = (v << 4) | (d & 15)
    }
    out[k] = v
  }
  return (bad & 16) === 0
}

/** Do the 20 bytes at `off` equal the 5 big-endian words `w`? */
function sameAddress(buf: Buffer, off: number, w: Uint32Array): boolean {
  return sameBytesAsWords(buf, off, w, 5)
}

/** Do the 4 × n bytes at `off` equal the n big-endian words `w`? */
function sameBytesAsWords(buf: Buffer, off: number, w: Uint32Array, n: number): boolean {
  for (let k = 0; k < n; k++, off += 4) {
    if ((((buf[off]! << 24) | (buf[off + 1]! << 16) | (buf[off + 2]! << 8) | buf[off + 3]!) >>> 0) !== w[k]) return false
  }
  return true
}

/** A little-endian u32 by byte loads (Buffer.readUInt32LE checks its arguments per call). */
function u32le(buf: Buffer, at: number): number {
  return (buf[at]! | (buf[at + 1]! << 8) | (buf[at + 2]! << 16) | (buf[at + 3]! << 24)) >>> 0
}
