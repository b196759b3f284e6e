/**
 * Read sets in shared memory. Block-STM lets any worker validate any transaction,
 * so the reads an incarnation recorded must be visible to every worker: after an
 * execution, its worker appends the read set to one shared, append-only arena and
 * publishes a descriptor for the transaction.
 *
 * LAYOUT (Int32Array over one SharedArrayBuffer; n = transactions, RING = RECORD_LOG_SIZE)
 *   [0]                 arena cursor (next free word), bumped with Atomics.add
 *   [1 .. 1+2n)         per tx: published descriptor (offset of its record) and incarnation
 *   [1+2n]              record epoch: how many executions recorded their writes so far
 *   [2+2n .. 2+2n+RING) the record log: slot e % RING holds the tx of the e-th record
 *   [2+2n+RING ..)      arena of records: [count, then count × (loc, status, value×8)]
 *
 * The record log lets an execution in flight learn that a lower transaction recorded
 * writes since it began (mv-reader.ts, early stale-read aborts). It is a hint only:
 * a slot may be overwritten before a reader scans it, or read before it is written, so
 * a reader can miss a record (then the execution's own validation catches it, as
 * always) but never takes a wrong result from it.
 *
 * INVARIANTS
 *   R1 append-only: a record is written once, before its descriptor is published
 *      (Atomics.store), and never overwritten, so a reader never sees a torn record.
 *   R2 a descriptor names the latest published incarnation; a validator holding an
 *      older incarnation skips (its tryValidationAbort would fail on the status CAS anyway).
 *   R3 exhaustion throws CapacityError('read-sets'): never a silent overwrite.
 *   R4 a tx enters the record log only after its writes are in the multi-version memory
 *      (noteRecorded after MVMemory.record), so a reader that finds it there sees them;
 *      nothing decides a result from the log (a stop it causes is re-run, and every
 *      execution that finishes is validated as before).
 */
import { ReadSet, VALUE_WORDS } from '@blockstm/mvmemory'
import type { ReadStatus } from '@blockstm/mvmemory'

const REC = 2 + VALUE_WORDS
/** Records the log keeps; a reader that falls further behind treats them all as possibly lower. */
export const RECORD_LOG_SIZE = 64

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
  private readonly epochAt: number

  static create(txCount: number, capacityWords: number): SharedReadSets {
    const words = 2 + 2 * txCount + RECORD_LOG_SIZE + capacityWords
    return new SharedReadSets({ buffer: new SharedArrayBuffer(words * 4), txCount })
  }

  constructor(readonly shared: SharedReadSetsShared) {
    this.a = new Int32Array(shared.buffer)
    this.u = new Uint32Array(shared.buffer)
    this.epochAt = 1 + 2 * shared.txCount
    this.base = this.epochAt + 1 + RECORD_LOG_SIZE
  }

  /** After tx's writes are recorded in the multi-version memory: log it (see LAYOUT). */
  noteRecorded(tx: number): void {
    const e = Atomics.add(this.a, this.epochAt, 1)
    Atomics.store(this.a, this.epochAt + 1 + (e % RECORD_LOG_SIZE), tx)
  }

  /** How many records were logged so far. */
  recordEpoch(): number {
    return Atomics.load(this.a, this.epochAt)
  }

  /** The tx of the e-th record (valid while e > recordEpoch() - RECORD_LOG_SIZE; a hint, see LAYOUT). */
  recordedAt(e: number): number {
    return Atomics.load(this.a, this.epochAt + 1 + (e % RECORD_LOG_SIZE))
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
