/**
 * Key -> LocationId: a lock-free open-addressing hash table in shared memory
 * (layout: `buckets`, `keys`, locMeta[L_HASH] in layout.ts; invariants I1, I2).
 *
 * Insert: claim an empty bucket with compareExchange(0 -> BUSY), take the next id
 * from ctrl[LOC_COUNT], write the key and the location's meta with plain stores,
 * then publish with Atomics.store(bucket, id+1). A prober that meets BUSY spins
 * until it is published (a few stores away) and then compares, so two threads
 * inserting the same key agree on one id.
 */
import { CapacityError } from './errors.js'
import { hashKey } from './hash.js'
import { type MVMemoryShared } from './layout.js'
import * as layout from './layout.js'
import { type LocationId } from './types.js'
import * as types from './types.js'

// Module-local copies: CommonJS-emitting transpilers (tsx) turn imported bindings into getter calls on hot paths.
const { BUCKET_BUSY, bumpAlloc, DIRECT_COUNT, L_BLOCK, L_CAP, L_COUNT, L_HASH, L_READ, L_SEQ, L_WAITERS, LOC_COUNT, LOC_STRIDE } = layout
const { KEY_WORDS } = types

export class LocationTable {
  private readonly ctrl: Int32Array
  private readonly buckets: Int32Array
  private readonly keys: Uint32Array
  private readonly meta: Int32Array
  private readonly mask: number
  private readonly capacity: number

  constructor(shared: MVMemoryShared) {
    this.ctrl = new Int32Array(shared.ctrl)
    this.buckets = new Int32Array(shared.buckets)
    this.keys = new Uint32Array(shared.keys)
    this.meta = new Int32Array(shared.locMeta)
    this.mask = shared.bucketCount - 1
    this.capacity = shared.locationCapacity
  }

  /**
   * Compares the key words only: the stored hash (locMeta[L_HASH]) would be one more
   * cache line per probe, and at the table's load (≤ 1/2, most probes end at the first
   * bucket) a mismatch is rare and shows in the first differing word anyway. In a worker
   * whose caches the EVM has just flushed, each line is a miss (~0.1-0.2 µs).
   */
  private matches(id: number, key: Uint32Array, off: number): boolean {
    const keys = this.keys
    const base = id * KEY_WORDS
    for (let k = 0; k < KEY_WORDS; k++) if (keys[base + k] !== key[off + k]) return false
    return true
  }

  /** Spins past a bucket that another thread is filling; returns its published value. */
  private settled(i: number): number {
    let b = Atomics.load(this.buckets, i)
    while (b === BUCKET_BUSY) b = Atomics.load(this.buckets, i)
    return b
  }

  lookup(key: Uint32Array, off = 0): LocationId {
    const h = hashKey(key, off) | 0
    const mask = this.mask
    for (let i = h & mask, probes = 0; probes <= mask; i = (i + 1) & mask, probes++) {
      const b = this.settled(i)
      if (b === 0) return -1
      if (this.matches(b - 1, key, off)) return b - 1
    }
    return -1
  }

  locate(key: Uint32Array, off = 0): LocationId {
    const h = hashKey(key, off) | 0
    const mask = this.mask
    const buckets = this.buckets
    let i = h & mask
    for (let probes = 0; probes <= mask; ) {
      const b = this.settled(i)
      if (b === 0) {
        if (Atomics.compareExchange(buckets, i, 0, BUCKET_BUSY) !== 0) continue // lost the race: look again
        const id = bumpAlloc(this.ctrl, LOC_COUNT, 1, this.capacity)
        if (id < 0) {
          Atomics.store(buckets, i, 0)
          throw new CapacityError('locations', this.capacity)
        }
        // Word by word: a subarray view per insert was an allocation on the hot path.
        const keys = this.keys
        const at = id * KEY_WORDS
        for (let k = 0; k < KEY_WORDS; k++) keys[at + k] = key[off + k]
        this.freshMeta(id, h)
        Atomics.store(buckets, i, id + 1) // I2: publish last
        return id
      }
      if (this.matches(b - 1, key, off)) return b - 1
      i = (i + 1) & mask
      probes++
    }
    // Unreachable while bucketCount >= 2 * capacity; kept so a bug cannot loop forever.
    throw new CapacityError('locations', this.capacity)
  }

  private freshMeta(id: number, hash: number): void {
    const m = id * LOC_STRIDE
    const meta = this.meta
    meta[m + L_SEQ] = 0
    meta[m + L_WAITERS] = 0
    meta[m + L_BLOCK] = -1
    meta[m + L_CAP] = 0
    meta[m + L_COUNT] = 0
    meta[m + L_HASH] = hash
    meta[m + L_READ] = 0
  }

  /** I12: ids 0..n-1 become direct locations. Only on an empty table (after clear()), before any locate(). */
  reserveDirect(n: number): void {
    if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`mvmemory: reserveDirect(${n}): a count >= 0 required`)
    if (Atomics.load(this.ctrl, LOC_COUNT) !== 0) throw new Error('mvmemory: reserveDirect() after locations were handed out (call it right after clear())')
    if (n > this.capacity) throw new CapacityError('locations', this.capacity)
    for (let id = 0; id < n; id++) this.freshMeta(id, 0)
    Atomics.store(this.ctrl, DIRECT_COUNT, n)
    Atomics.store(this.ctrl, LOC_COUNT, n)
  }

  /** Direct locations (I12): ids below this have no key. */
  directCount(): number {
    return Atomics.load(this.ctrl, DIRECT_COUNT)
  }

  keyOf(loc: LocationId, out: Uint32Array, outOffset = 0): void {
    if (!(loc >= 0 && loc < this.count())) throw new RangeError(`mvmemory: no location ${loc}`)
    if (loc < this.directCount()) throw new RangeError(`mvmemory: location ${loc} is direct (I12) and has no key`)
    // Word by word: a subarray view per call was an allocation (the post-state diff calls it per location).
    const keys = this.keys
    const at = loc * KEY_WORDS
    for (let k = 0; k < KEY_WORDS; k++) out[outOffset + k] = keys[at + k]
  }

  /** Ids handed out (exact when no locate() is in flight). */
  count(): number {
    return Math.min(Atomics.load(this.ctrl, LOC_COUNT), this.capacity)
  }

  clear(): void {
    this.buckets.fill(0)
    Atomics.store(this.ctrl, LOC_COUNT, 0)
    Atomics.store(this.ctrl, DIRECT_COUNT, 0)
  }
}
