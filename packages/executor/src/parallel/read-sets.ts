/**
 * Read sets in shared memory. Block-STM lets any worker validate any transaction,
 * so the reads an incarnation recorded must be visible to every worker: after an
 * execution, its worker appends the read set to one shared, append-only arena and
 * publishes a descriptor for the transaction.
 *
 * LAYOUT (Int32Array over one SharedArrayBuffer)
 *   [0]                 arena cursor (next free word), bumped with Atomics.add
 *   [1 .. 1+2n)         per tx: published descriptor (offset of its record) and incarnation
 *   [1+2n ..)           arena of records: [count, then count × (loc, status, value×8)]
 *
 * INVARIANTS
 *   R1 append-only: a record is written once, before its descriptor is published
 *      (Atomics.store), and never overwritten, so a reader never sees a torn record.
 *   R2 a descriptor names the latest published incarnation; a validator holding an
 *      older incarnation skips (its tryValidationAbort would fail on the status CAS anyway).
 *   R3 exhaustion throws CapacityError('read-sets'): never a silent overwrite.
 */
import { ReadSet, VALUE_WORDS } from '@blockstm/mvmemory'
import type { ReadStatus } from '@blockstm/mvmemory'

const REC = 2 + VALUE_WORDS

export class ReadSetCapacityError extends Error {
  override readonly name = 'ReadSetCapacityError'
  constructor(readonly capacityWords: number) {
    super(`read-set arena is full (${capacityWords} words)`)
  }
}

export interface SharedReadSetsShared {
  buffer: SharedArrayBuffer
  txCount: number
}

export class SharedReadSets {
  private readonly a: Int32Array
  private readonly u: Uint32Array
  private readonly base: number

  static create(txCount: number, capacityWords: number): SharedReadSets {
    const words = 1 + 2 * txCount + capacityWords
    return new SharedReadSets({ buffer: new SharedArrayBuffer(words * 4), txCount })
  }

  constructor(readonly shared: SharedReadSetsShared) {
    this.a = new Int32Array(shared.buffer)
    this.u = new Uint32Array(shared.buffer)
    this.base = 1 + 2 * shared.txCount
  }

  /** Resets for a new block of at most the same size (descriptors and cursor). */
  clear(): void {
    this.a.fill(0, 0, this.base)
  }

  publish(tx: number, inc: number, reads: ReadSet): void {
    const n = reads.size
    const need = 1 + n * REC
    const off = this.base + Atomics.add(this.a, 0, need)
    if (off + need > this.a.length) throw new ReadSetCapacityError(this.a.length - this.base)
    const a = this.a
    const u = this.u
    const values = reads.values
    a[off] = n
    for (let i = 0; i < n; i++) {
      const p = off + 1 + i * REC
      a[p] = reads.locs[i]
      a[p + 1] = reads.statuses[i]
      // Word by word: a subarray view per read was an allocation on the hot path.
      for (let k = 0, v = i * VALUE_WORDS; k < VALUE_WORDS; k++) u[p + 2 + k] = values[v + k]
    }
    Atomics.store(a, 1 + 2 * tx + 1, inc)
    Atomics.store(a, 1 + 2 * tx, off)
  }

  /** Loads tx's latest read set into `into`; false when it is not for incarnation `inc`. */
  load(tx: number, inc: number, into: ReadSet): boolean {
    const off = Atomics.load(this.a, 1 + 2 * tx)
    if (off === 0 || Atomics.load(this.a, 1 + 2 * tx + 1) !== inc) return false
    // Re-check the descriptor: a newer publish between the two loads means skip (R2).
    into.clear()
    const n = this.a[off]
    for (let i = 0; i < n; i++) {
      const p = off + 1 + i * REC
      into.recordRead(this.a[p], this.a[p + 1] as ReadStatus, this.u, p + 2)
    }
    return Atomics.load(this.a, 1 + 2 * tx) === off
  }

  /**
   * Calls fn with each location of tx's latest published read set (none published: not
   * at all). Once the block is done that is its final incarnation's. Not for the hot
   * path: reports after the block (observed-edges.ts).
   */
  forEachLatestLocation(tx: number, fn: (loc: number) => void): void {
    const off = Atomics.load(this.a, 1 + 2 * tx)
    if (off === 0) return
    const n = this.a[off]!
    for (let i = 0; i < n; i++) fn(this.a[off + 1 + i * REC]!)
  }
}
