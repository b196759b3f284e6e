/**
 * What each read of one incarnation observed, so validateReadSet can re-read and
 * compare (value-based validation, see mvmemory.ts). Typed-array backed and
 * reusable; a worker keeps one per in-flight tx.
 *
 * Record a read right after MVMemory.read, with the status and `out` it returned:
 *   const st = mv.read(loc, tx, buf); reads.recordRead(loc, st, buf)
 * Reads the executor served from the tx's own writes must not be recorded.
 * Recording a location twice is harmless (both are checked); recording the first
 * read of each location is enough.
 */
import type { LocationId, ReadStatus } from './types.js'
import * as types from './types.js'

// Module-local copies: CommonJS-emitting transpilers (tsx) turn imported bindings into getter calls on hot paths.
const { VALUE_WORDS } = types
const RS = types.ReadStatus

export class ReadSet {
  locs: Int32Array
  statuses: Uint8Array
  /** values[i*8..i*8+8): the value (VALUE) or delta sum (DELTA_ON_BASE) read; zero otherwise. */
  values: Uint32Array
  private n = 0

  constructor(capacity = 32) {
    const cap = Math.max(1, capacity)
    this.locs = new Int32Array(cap)
    this.statuses = new Uint8Array(cap)
    this.values = new Uint32Array(cap * VALUE_WORDS)
  }

  get size(): number {
    return this.n
  }

  clear(): void {
    this.n = 0
  }

  recordRead(loc: LocationId, status: ReadStatus, value?: Uint32Array, valueOffset = 0): void {
    if (this.n === this.locs.length) this.grow()
    const i = this.n++
    this.locs[i] = loc
    this.statuses[i] = status
    const v = i * VALUE_WORDS
    if ((status === RS.VALUE || status === RS.DELTA_ON_BASE) && value !== undefined) {
      for (let k = 0; k < VALUE_WORDS; k++) this.values[v + k] = value[valueOffset + k]
    } else {
      if (status === RS.VALUE || status === RS.DELTA_ON_BASE) throw new TypeError('mvmemory: recordRead needs the value read')
      this.values.fill(0, v, v + VALUE_WORDS)
    }
  }

  locAt(i: number): LocationId {
    return this.locs[i]
  }

  statusAt(i: number): ReadStatus {
    return this.statuses[i] as ReadStatus
  }

  private grow(): void {
    const cap = this.locs.length * 2
    const locs = new Int32Array(cap)
    locs.set(this.locs)
    const statuses = new Uint8Array(cap)
    statuses.set(this.statuses)
    const values = new Uint32Array(cap * VALUE_WORDS)
    values.set(this.values)
    this.locs = locs
    this.statuses = statuses
    this.values = values
  }
}
