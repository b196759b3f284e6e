// The small store interface the test driver uses, and ModelStore: a deliberately simple
// multi-version store of this test suite (one Int32 per (key, tx) version, linear scan), so
// scheduler tests do not depend on mvmemory. (MvStore in mv-store.ts adapts the real one.)
// Stores keep each tx's read set in shared memory, because the worker that validates a tx
// is usually not the one that executed it.

import { storage } from './mock-block.js'

export const ESTIMATE = -2
export const MAX_READS = 4
const MAX_WRITES = 2

/** What the pool (main thread) needs from a store. */
export interface PoolStore {
  readonly shared: unknown
  clear(txCount: number): void
  finalState(txCount: number): number[]
}

export interface TxStore {
  /** Set by read() when it returns ESTIMATE. */
  blocker: number
  /** The highest lower tx whose write this execution read (-1: none), for finishExecution's readFrom. */
  readFrom: number
  /** Set by validate() when it returns false: the writer the first changed read now sees (-1: none), for finishValidation's conflictTx. */
  conflict: number
  beginTx(tx: number): void
  /** Value read (>= 0) or ESTIMATE. */
  read(tx: number, key: number): number
  write(key: number, value: number): void
  /** Records the buffered writes and the read set; returns wroteNewLocation. */
  commit(tx: number, inc: number): boolean
  validate(tx: number): boolean
  convertWritesToEstimates(tx: number): void
}

// ---------------------------------------------------------------- model store

export interface ModelShared {
  buffer: SharedArrayBuffer
  capacity: number
  keys: number
}

// entry word: 0 = no version; else (inc + 1) << 18 | estimate << 17 | value (16 bits)
const EST = 1 << 17

export class ModelStore implements TxStore, PoolStore {
  blocker = -1
  readFrom = -1
  conflict = -1
  private readonly entries: Int32Array // [key * capacity + tx]
  private readonly readCount: Int32Array
  private readonly readKey: Int32Array
  private readonly readWriter: Int32Array
  private readonly readWord: Int32Array
  private readonly writeCount: Int32Array
  private readonly writeKey: Int32Array
  private readonly meta: Int32Array // [0] = txCount
  private readonly wk: number[] = []
  private readonly wv: number[] = []
  private rc = 0

  constructor(readonly shared: ModelShared) {
    const { capacity: c, keys } = shared
    let off = 0
    const take = (len: number): Int32Array => {
      const a = new Int32Array(shared.buffer, off * 4, len)
      off += len
      return a
    }
    this.meta = take(4)
    this.entries = take(keys * c)
    this.readCount = take(c)
    this.readKey = take(c * MAX_READS)
    this.readWriter = take(c * MAX_READS)
    this.readWord = take(c * MAX_READS)
    this.writeCount = take(c)
    this.writeKey = take(c * MAX_WRITES)
  }

  static create(capacity: number, keys: number): ModelStore {
    const words = 4 + keys * capacity + capacity * (1 + 3 * MAX_READS + 1 + MAX_WRITES)
    return new ModelStore({ buffer: new SharedArrayBuffer(words * 4), capacity, keys })
  }

  clear(txCount: number): void {
    new Int32Array(this.shared.buffer).fill(0)
    Atomics.store(this.meta, 0, txCount)
  }

  private get cap(): number {
    return this.shared.capacity
  }

  beginTx(_tx: number): void {
    this.wk.length = 0
    this.wv.length = 0
    this.rc = 0
    this.readFrom = -1
  }

  /** Nearest version below tx: sets this.blocker to the writer (-1 = storage), returns the word. */
  private resolve(tx: number, key: number): number {
    const base = key * this.cap
    for (let t = tx - 1; t >= 0; t--) {
      const w = Atomics.load(this.entries, base + t)
      if (w !== 0) {
        this.blocker = t
        return w
      }
    }
    this.blocker = -1
    return 0
  }

  read(tx: number, key: number): number {
    const w = this.resolve(tx, key)
    if (w & EST) return ESTIMATE
    const i = tx * MAX_READS + this.rc++
    this.readKey[i] = key
    this.readWriter[i] = this.blocker
    this.readWord[i] = w
    if (this.blocker > this.readFrom) this.readFrom = this.blocker
    return w === 0 ? storage(key) : w & 0xffff
  }

  write(key: number, value: number): void {
    const j = this.wk.indexOf(key)
    if (j >= 0) this.wv[j] = value
    else {
      this.wk.push(key)
      this.wv.push(value)
    }
  }

  commit(tx: number, inc: number): boolean {
    this.readCount[tx] = this.rc
    const prevCount = this.writeCount[tx]!
    let wroteNew = false
    for (let j = 0; j < this.wk.length; j++) {
      const key = this.wk[j]!
      let old = false
      for (let p = 0; p < prevCount; p++) if (this.writeKey[tx * MAX_WRITES + p] === key) old = true
      if (!old) wroteNew = true
      Atomics.store(this.entries, key * this.cap + tx, ((inc + 1) << 18) | this.wv[j]!)
    }
    for (let p = 0; p < prevCount; p++) {
      const key = this.writeKey[tx * MAX_WRITES + p]!
      if (!this.wk.includes(key)) Atomics.store(this.entries, key * this.cap + tx, 0)
    }
    for (let j = 0; j < this.wk.length; j++) this.writeKey[tx * MAX_WRITES + j] = this.wk[j]!
    this.writeCount[tx] = this.wk.length
    return wroteNew
  }

  /** Version-based, like the paper: same writer and same (incarnation, value) word. */
  validate(tx: number): boolean {
    const c = this.readCount[tx]!
    for (let r = 0; r < c; r++) {
      const i = tx * MAX_READS + r
      const w = this.resolve(tx, this.readKey[i]!)
      if (w & EST || this.blocker !== this.readWriter[i] || w !== this.readWord[i]) {
        this.conflict = this.blocker
        return false
      }
    }
    return true
  }

  convertWritesToEstimates(tx: number): void {
    for (let p = 0; p < this.writeCount[tx]!; p++) Atomics.or(this.entries, this.writeKey[tx * MAX_WRITES + p]! * this.cap + tx, EST)
  }

  finalState(txCount: number): number[] {
    const out: number[] = []
    for (let k = 0; k < this.shared.keys; k++) {
      const w = this.resolve(txCount, k)
      if (w & EST) throw new Error(`final state of key ${k} is an ESTIMATE of tx ${this.blocker}`)
      out.push(w === 0 ? storage(k) : w & 0xffff)
    }
    return out
  }
}

