/**
 * BlobArena: a shared, append-only, content-addressed store for variable-length
 * data (contract code), keyed by a 32-byte hash given as 8 Uint32 words.
 *
 * LAYOUT
 *   ctrl     Int32Array[4]: [B_COUNT] next entry id, [B_TOP] next free byte
 *   buckets  Int32Array[bucketCount] (power of two >= 2*entryCapacity): 0 empty,
 *            BUCKET_BUSY (-1) being inserted, n > 0 = entry n-1
 *   entries  Uint32Array[entryCapacity * 10]: 8 hash words, byte offset, byte length
 *   bytes    Uint8Array[capacityBytes]: the blobs, back to back
 *
 * INVARIANTS
 *   B1  A hash has at most one entry: the first put() wins, later puts of the same
 *       hash are no-ops (content addressing: same hash, same bytes).
 *   B2  An entry's bytes and hash are written before its bucket is published
 *       (Atomics.store), so get() never sees a partial blob.
 *   B3  Nothing is moved or overwritten before clear(): a view returned by get()
 *       stays valid and unchanged until then.
 *   B4  A full arena throws CapacityError ('blobEntries' | 'blobBytes') before any
 *       out-of-bounds write.
 *
 * get() returns a VIEW into shared memory (no copy): do not write through it.
 */
import { CapacityError } from './errors.js'
import { hashWords8 } from './hash.js'
import * as layout from './layout.js'

// Module-local copies: CommonJS-emitting transpilers (tsx) turn imported bindings into getter calls on hot paths.
const { BUCKET_BUSY, bumpAlloc, nextPow2 } = layout

const B_COUNT = 0
const B_TOP = 1
const ENTRY = 10
const E_OFF = 8
const E_LEN = 9

export interface BlobArenaOptions {
  capacityBytes: number
  /** Distinct blobs; default max(64, capacityBytes / 128). */
  entryCapacity?: number
}

export interface BlobArenaShared {
  capacityBytes: number
  entryCapacity: number
  bucketCount: number
  ctrl: SharedArrayBuffer
  buckets: SharedArrayBuffer
  entries: SharedArrayBuffer
  bytes: SharedArrayBuffer
}

export class BlobArena {
  readonly shared: BlobArenaShared
  private readonly ctrl: Int32Array
  private readonly buckets: Int32Array
  private readonly entries: Uint32Array
  private readonly bytes: Uint8Array
  private readonly mask: number

  static create(opts: BlobArenaOptions): BlobArena {
    const capacityBytes = Math.max(0, Math.floor(opts.capacityBytes))
    const entryCapacity = Math.max(1, Math.floor(opts.entryCapacity ?? Math.max(64, capacityBytes / 128)))
    const bucketCount = nextPow2(entryCapacity * 2)
    return new BlobArena({
      capacityBytes,
      entryCapacity,
      bucketCount,
      ctrl: new SharedArrayBuffer(16),
      buckets: new SharedArrayBuffer(bucketCount * 4),
      entries: new SharedArrayBuffer(entryCapacity * ENTRY * 4),
      bytes: new SharedArrayBuffer(Math.max(1, capacityBytes)),
    })
  }

  static fromShared(shared: BlobArenaShared): BlobArena {
    return new BlobArena(shared)
  }

  private constructor(shared: BlobArenaShared) {
    this.shared = shared
    this.ctrl = new Int32Array(shared.ctrl)
    this.buckets = new Int32Array(shared.buckets)
    this.entries = new Uint32Array(shared.entries)
    this.bytes = new Uint8Array(shared.bytes)
    this.mask = shared.bucketCount - 1
  }

  private matches(id: number, hash: Uint32Array, o: number): boolean {
    const e = id * ENTRY
    for (let k = 0; k < 8; k++) if (this.entries[e + k] !== hash[o + k]) return false
    return true
  }

  private settled(i: number): number {
    let b = Atomics.load(this.buckets, i)
    while (b === BUCKET_BUSY) b = Atomics.load(this.buckets, i)
    return b
  }

  /** Stores bytes under hash (copying them) unless the hash is already present. Thread-safe. */
  put(hash: Uint32Array, bytes: Uint8Array, hashOffset = 0): void {
    const mask = this.mask
    let i = hashWords8(hash, hashOffset) & mask
    for (let probes = 0; probes <= mask; ) {
      const b = this.settled(i)
      if (b === 0) {
        if (Atomics.compareExchange(this.buckets, i, 0, BUCKET_BUSY) !== 0) continue
        const off = bumpAlloc(this.ctrl, B_TOP, bytes.length, this.shared.capacityBytes)
        if (off < 0) {
          Atomics.store(this.buckets, i, 0)
          throw new CapacityError('blobBytes', this.shared.capacityBytes)
        }
        const id = bumpAlloc(this.ctrl, B_COUNT, 1, this.shared.entryCapacity)
        if (id < 0) {
          Atomics.store(this.buckets, i, 0) // the bytes just taken are lost; the entry table is full anyway
          throw new CapacityError('blobEntries', this.shared.entryCapacity)
        }
        this.bytes.set(bytes, off)
        const e = id * ENTRY
        for (let k = 0; k < 8; k++) this.entries[e + k] = hash[hashOffset + k]
        this.entries[e + E_OFF] = off
        this.entries[e + E_LEN] = bytes.length
        Atomics.store(this.buckets, i, id + 1) // B2
        return
      }
      if (this.matches(b - 1, hash, hashOffset)) return // B1
      i = (i + 1) & mask
      probes++
    }
    throw new CapacityError('blobEntries', this.shared.entryCapacity)
  }

  /** A read-only-by-convention view of the blob (B3), or undefined. */
  get(hash: Uint32Array, hashOffset = 0): Uint8Array | undefined {
    const mask = this.mask
    for (let i = hashWords8(hash, hashOffset) & mask, probes = 0; probes <= mask; i = (i + 1) & mask, probes++) {
      const b = this.settled(i)
      if (b === 0) return undefined
      if (this.matches(b - 1, hash, hashOffset)) {
        const e = (b - 1) * ENTRY
        const off = this.entries[e + E_OFF]
        return this.bytes.subarray(off, off + this.entries[e + E_LEN])
      }
    }
    return undefined
  }

  has(hash: Uint32Array, hashOffset = 0): boolean {
    return this.get(hash, hashOffset) !== undefined
  }

  /** Blobs stored (exact when no put() is in flight). */
  count(): number {
    return Math.min(Atomics.load(this.ctrl, B_COUNT), this.shared.entryCapacity)
  }

  /** Forgets every blob (no other thread may use the arena meanwhile; B3 ends here). */
  clear(): void {
    this.buckets.fill(0)
    Atomics.store(this.ctrl, B_COUNT, 0)
    Atomics.store(this.ctrl, B_TOP, 0)
  }
}
