/**
 * The writes of one incarnation, as record() takes them. Typed-array backed and
 * reusable: clear() is O(1) (a generation stamp retires the location index), and
 * arrays only grow (doubling), so a worker keeps one per in-flight tx.
 *
 * Writing the same location twice merges: write after anything replaces;
 * addDelta after write adds to the absolute value; addDelta after addDelta sums.
 */
import { add256 } from './u256.js'
import { type LocationId } from './types.js'
import * as types from './types.js'
import { nextPow2 } from './layout.js'

// Module-local copies: CommonJS-emitting transpilers (tsx) turn imported bindings into getter calls on hot paths.
const { VALUE_WORDS } = types

export class WriteSet {
  /** locs[i], deltas[i] (1 = delta), values[i*8..i*8+8): the i-th distinct location written. */
  locs: Int32Array
  deltas: Uint8Array
  values: Uint32Array
  private n = 0
  private index: Int32Array // bucket -> i
  private stamps: Uint32Array // bucket valid iff stamps[b] === gen
  private gen = 1

  constructor(capacity = 16) {
    const cap = Math.max(1, capacity)
    this.locs = new Int32Array(cap)
    this.deltas = new Uint8Array(cap)
    this.values = new Uint32Array(cap * VALUE_WORDS)
    const buckets = nextPow2(cap * 2)
    this.index = new Int32Array(buckets)
    this.stamps = new Uint32Array(buckets)
  }

  get size(): number {
    return this.n
  }

  clear(): void {
    this.n = 0
    this.gen = (this.gen + 1) >>> 0
    if (this.gen === 0) {
      this.stamps.fill(0)
      this.gen = 1
    }
  }

  /** Position of loc in this set, or -1. */
  indexOf(loc: LocationId): number {
    const mask = this.index.length - 1
    for (let b = Math.imul(loc, 0x9e3779b1) >>> 0 & mask; ; b = (b + 1) & mask) {
      if (this.stamps[b] !== this.gen) return -1
      const i = this.index[b]
      if (this.locs[i] === loc) return i
    }
  }

  has(loc: LocationId): boolean {
    return this.indexOf(loc) >= 0
  }

  write(loc: LocationId, value: Uint32Array, offset = 0): void {
    let i = this.indexOf(loc)
    if (i < 0) i = this.append(loc)
    this.deltas[i] = 0
    this.copyIn(i, value, offset)
  }

  addDelta(loc: LocationId, delta: Uint32Array, offset = 0): void {
    let i = this.indexOf(loc)
    if (i >= 0) {
      add256(this.values, i * VALUE_WORDS, delta, offset) // stays absolute or delta
      return
    }
    i = this.append(loc)
    this.deltas[i] = 1
    this.copyIn(i, delta, offset)
  }

  /** Word by word: a subarray view per write was an allocation on the hot path. */
  private copyIn(i: number, from: Uint32Array, offset: number): void {
    const values = this.values
    const at = i * VALUE_WORDS
    for (let k = 0; k < VALUE_WORDS; k++) values[at + k] = from[offset + k]
  }

  private append(loc: LocationId): number {
    if (this.n === this.locs.length) this.grow()
    const i = this.n++
    this.locs[i] = loc
    this.insertIndex(loc, i)
    return i
  }

  private insertIndex(loc: LocationId, i: number): void {
    const mask = this.index.length - 1
    let b = Math.imul(loc, 0x9e3779b1) >>> 0 & mask
    while (this.stamps[b] === this.gen) b = (b + 1) & mask
    this.stamps[b] = this.gen
    this.index[b] = i
  }

  private grow(): void {
    const cap = this.locs.length * 2
    const locs = new Int32Array(cap)
    locs.set(this.locs)
    const deltas = new Uint8Array(cap)
    deltas.set(this.deltas)
    const values = new Uint32Array(cap * VALUE_WORDS)
    values.set(this.values)
    this.locs = locs
    this.deltas = deltas
    this.values = values
    const buckets = nextPow2(cap * 2)
    this.index = new Int32Array(buckets)
    this.stamps = new Uint32Array(buckets)
    this.gen = 1
    for (let i = 0; i < this.n; i++) this.insertIndex(this.locs[i], i)
  }
}
