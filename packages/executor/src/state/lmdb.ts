/**
 * LmdbState: the pre-block state in an embedded LMDB database (lmdb-js), read
 * synchronously. Every worker thread opens the directory itself (read-only); LMDB
 * serves any number of reader threads and processes from one memory map.
 *
 * ## On-disk layout (one unnamed LMDB database, binary keys and values, no JSON on the hot path)
 *
 * | key                                          | value                                                    |
 * |----------------------------------------------|----------------------------------------------------------|
 * | `0x00` `"meta"`                              | JSON {@link LmdbMeta} (written by the importer; not hot)  |
 * | `0x01` address (20 bytes)                    | account record (below)                                   |
 * | `0x02` code hash (32 bytes)                  | the code bytes (never stored for the empty code)         |
 * | `0x03` address (20 bytes) slot (32 bytes)    | the slot's value, minimal big-endian, never empty: a slot |
 * |                                              | that is zero is absent                                   |
 * | `0x04` block number (8 bytes, big-endian)    | the block hash (32 bytes)                                |
 *
 * Keys sort by prefix, then address, then slot: one account's slots are adjacent.
 *
 * Account record: `flags` (1 byte: bit 0 hasStorage, bit 1 hasCode), then the
 * 32-byte code hash when hasCode (absent = the empty code hash), then `nonceLen`
 * (1 byte) and the nonce (minimal big-endian, `nonceLen` bytes), then the balance
 * (minimal big-endian, the rest of the record; no bytes = zero). An empty account
 * (nonce 0, balance 0, no code, no storage) is the single byte `0x00`.
 */
import { createRequire } from 'node:module'
import type { RootDatabase } from 'lmdb'

/**
 * lmdb is loaded on first use, not at import: its native binding costs start-up and
 * cannot live inside a bundle, and most runs (in-memory state) never need it.
 */
let lmdb: typeof import('lmdb') | undefined
const loadLmdb = (): typeof import('lmdb') => (lmdb ??= createRequire(import.meta.url)('lmdb') as typeof import('lmdb'))

import { EMPTY_CODE_HASH } from './base.js'
import type { AccountRecord, BaseState } from './base.js'

/** Key prefixes (first key byte). */
export const Prefix = {
  Meta: 0x00,
  Account: 0x01,
  Code: 0x02,
  Storage: 0x03,
  BlockHash: 0x04,
} as const

const FLAG_HAS_STORAGE = 1
const FLAG_HAS_CODE = 2

/** Layout version written into the meta record; readers refuse other versions. */
export const LMDB_LAYOUT_VERSION = 1

/** What the importer records about a database (key `0x00 "meta"`). */
export interface LmdbMeta {
  version: number
  /** Block number whose pre-state this is (decimal string). */
  blockNumber: string
  accounts: number
  codes: number
  slots: number
  blockHashes: number
  importedAt: string
}

export const META_KEY = Buffer.from([Prefix.Meta, ...Buffer.from('meta')])
const EMPTY = new Uint8Array(0)

/** Options of {@link LmdbState.open}. */
export interface LmdbOpenOptions {
  /** Open for writing too (the importer); readers leave this off. */
  writable?: boolean
}

/** Opens the lmdb-js root database the way both the reader and the importer use it. */
export function openLmdb(dir: string, opts: LmdbOpenOptions = {}): RootDatabase<Buffer, Buffer> {
  return loadLmdb().open<Buffer, Buffer>({
    path: dir,
    keyEncoding: 'binary',
    encoding: 'binary',
    compression: false,
    cache: false,
    readOnly: !opts.writable,
    // Many engine workers per process, plus the tests' extra threads.
    maxReaders: 254,
  })
}

// ---- encoding helpers (shared with the importer) ----

/** Minimal big-endian bytes of a non-negative bigint (empty for zero). */
export function bigintBytes(v: bigint): Buffer {
  if (v === 0n) return Buffer.alloc(0)
  if (v < 0n) throw new RangeError('negative value')
  let hex = v.toString(16)
  if (hex.length & 1) hex = '0' + hex
  return Buffer.from(hex, 'hex')
}

/** Big-endian bytes [start, end) of `b` as a bigint. */
export function bytesBigint(b: Uint8Array, start = 0, end = b.length): bigint {
  const n = end - start
  if (n <= 0) return 0n
  if (n <= 6) {
    let x = 0
    for (let i = start; i < end; i++) x = x * 256 + b[i]
    return BigInt(x)
  }
  return BigInt('0x' + Buffer.from(b.buffer, b.byteOffset + start, n).toString('hex'))
}

export function encodeAccount(acc: AccountRecord): Buffer {
  const hasCode = acc.codeHash !== EMPTY_CODE_HASH
  const nonce = bigintBytes(acc.nonce)
  const balance = bigintBytes(acc.balance)
  if (nonce.length > 255) throw new RangeError('nonce too large')
  const out = Buffer.alloc(1 + (hasCode ? 32 : 0) + 1 + nonce.length + balance.length)
  let o = 0
  out[o++] = (acc.hasStorage ? FLAG_HAS_STORAGE : 0) | (hasCode ? FLAG_HAS_CODE : 0)
  if (hasCode) o += out.write(acc.codeHash, o, 'hex')
  out[o++] = nonce.length
  o += nonce.copy(out, o)
  balance.copy(out, o)
  return out
}

export function decodeAccount(b: Uint8Array): AccountRecord {
  const flags = b[0]
  let o = 1
  let codeHash = EMPTY_CODE_HASH
  if (flags & FLAG_HAS_CODE) {
    codeHash = Buffer.from(b.buffer, b.byteOffset + 1, 32).toString('hex')
    o += 32
  }
  const nl = b[o++]
  const nonce = bytesBigint(b, o, o + nl)
  o += nl
  const balance = bytesBigint(b, o, b.length)
  return { nonce, balance, codeHash, hasStorage: (flags & FLAG_HAS_STORAGE) !== 0 }
}

export function accountKey(address: string): Buffer {
  const k = Buffer.allocUnsafe(21)
  k[0] = Prefix.Account
  k.write(address, 1, 'hex')
  return k
}
export function codeKey(codeHash: string): Buffer {
  const k = Buffer.allocUnsafe(33)
  k[0] = Prefix.Code
  k.write(codeHash, 1, 'hex')
  return k
}
export function storageKey(address: string, slot: string): Buffer {
  const k = Buffer.allocUnsafe(53)
  k[0] = Prefix.Storage
  k.write(address, 1, 'hex')
  k.write(slot, 21, 'hex')
  return k
}
export function blockHashKey(n: bigint): Buffer {
  const k = Buffer.allocUnsafe(9)
  k[0] = Prefix.BlockHash
  k.writeBigUInt64BE(n, 1)
  return k
}

const U64_MAX = (1n << 64n) - 1n

/**
 * The pre-state from an LMDB directory written by `importBlockState`. Every method
 * answers synchronously (a value, never a Promise): lmdb-js reads the memory map.
 */
export class LmdbState implements BaseState {
  // Reused key buffers: lmdb-js copies the key before the call returns.
  private readonly aKey = Buffer.alloc(21)
  private readonly cKey = Buffer.alloc(33)
  private readonly sKey = Buffer.alloc(53)
  private readonly hKey = Buffer.alloc(9)
  private closed = false

  private constructor(
    readonly dir: string,
    private readonly db: RootDatabase<Buffer, Buffer>,
    readonly meta: LmdbMeta | undefined,
  ) {
    this.aKey[0] = Prefix.Account
    this.cKey[0] = Prefix.Code
    this.sKey[0] = Prefix.Storage
    this.hKey[0] = Prefix.BlockHash
  }

  /**
   * Opens `dir` read-only. Call it in each thread that reads (the handle is not
   * transferable); close it when done. Throws when the directory holds no database
   * written by the importer, or one of another layout version.
   */
  static open(dir: string): LmdbState {
    const db = openLmdb(dir)
    let meta: LmdbMeta | undefined
    try {
      const raw = db.getBinary(META_KEY)
      if (raw === undefined) throw new Error(`${dir}: no blockstm state database here (import one first)`)
      meta = JSON.parse(raw.toString('utf8')) as LmdbMeta
      if (meta.version !== LMDB_LAYOUT_VERSION)
        throw new Error(`${dir}: state layout version ${meta.version}, this reader understands ${LMDB_LAYOUT_VERSION}`)
    } catch (e) {
      void db.close()
      throw e
    }
    return new LmdbState(dir, db, meta)
  }

  account(address: string): AccountRecord | undefined {
    this.aKey.write(address, 1, 'hex')
    // The fast buffer is overwritten by the next get: decoded (copied) right away.
    const b = this.db.getBinaryFast(this.aKey)
    return b === undefined ? undefined : decodeAccount(b)
  }

  code(codeHash: string): Uint8Array {
    if (codeHash === EMPTY_CODE_HASH) return EMPTY
    this.cKey.write(codeHash, 1, 'hex')
    return this.db.getBinary(this.cKey) ?? EMPTY
  }

  storage(address: string, slot: string): Uint8Array {
    const k = this.sKey
    k.write(address, 1, 'hex')
    k.write(slot, 21, 'hex')
    return this.db.getBinary(k) ?? EMPTY
  }

  blockHash(number: bigint): Uint8Array | undefined {
    if (number < 0n || number > U64_MAX) return undefined
    this.hKey.writeBigUInt64BE(number, 1)
    return this.db.getBinary(this.hKey)
  }

  /** Closes this thread's handle. Reads after it throw. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.db.close()
  }
}
