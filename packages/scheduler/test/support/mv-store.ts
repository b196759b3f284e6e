// MvStore: the test driver's store interface over the real @blockstm/mvmemory.
import { MVMemory, ReadSet, ReadStatus, WriteSet, KEY_WORDS, VALUE_WORDS, type MVMemoryShared } from '@blockstm/mvmemory'
import { storage } from './mock-block.js'
import { ESTIMATE, MAX_READS, type PoolStore, type TxStore } from './model-store.js'

export interface MvShared {
  mv: MVMemoryShared
  reads: SharedArrayBuffer
  capacity: number
  keys: number
}

export class MvStore implements TxStore, PoolStore {
  blocker = -1
  readFrom = -1
  conflict = -1
  readonly mv: MVMemory
  private readonly keyWords: Uint32Array
  private readonly readCount: Int32Array
  private readonly readLoc: Int32Array
  private readonly readStatus: Int32Array
  private readonly readValue: Int32Array
  private readonly ws = new WriteSet(4)
  private readonly rs = new ReadSet(MAX_READS)
  private readonly out = new Uint32Array(VALUE_WORDS)
  private rc = 0

  constructor(readonly shared: MvShared) {
    this.mv = MVMemory.fromShared(shared.mv)
    this.keyWords = new Uint32Array(shared.keys * KEY_WORDS)
    for (let k = 0; k < shared.keys; k++) {
      this.keyWords[k * KEY_WORDS] = k + 1
      this.keyWords[k * KEY_WORDS + 15] = 0xc0ffee
    }
    const c = shared.capacity
    this.readCount = new Int32Array(shared.reads, 0, c)
    this.readLoc = new Int32Array(shared.reads, c * 4, c * MAX_READS)
    this.readStatus = new Int32Array(shared.reads, c * 4 * (1 + MAX_READS), c * MAX_READS)
    this.readValue = new Int32Array(shared.reads, c * 4 * (1 + 2 * MAX_READS), c * MAX_READS)
  }

  static create(capacity: number, keys: number): MvStore {
    const mv = MVMemory.create({ txCount: capacity, locationCapacity: keys })
    return new MvStore({ mv: mv.shared, reads: new SharedArrayBuffer(capacity * 4 * (1 + 3 * MAX_READS)), capacity, keys })
  }

  clear(txCount: number): void {
    this.mv.clear(txCount)
  }

  private loc(key: number): number {
    return this.mv.locate(this.keyWords, key * KEY_WORDS)
  }

  beginTx(_tx: number): void {
    this.ws.clear()
    this.rc = 0
    this.readFrom = -1
  }

  read(tx: number, key: number): number {
    const loc = this.loc(key)
    const st = this.mv.read(loc, tx, this.out)
    if (st === ReadStatus.ESTIMATE) {
      this.blocker = this.mv.lastTxIdx
      return ESTIMATE
    }
    if (st === ReadStatus.DELTA_ON_BASE) throw new Error('mock txs write no deltas')
    if (this.mv.lastTxIdx > this.readFrom) this.readFrom = this.mv.lastTxIdx
    const i = tx * MAX_READS + this.rc++
    this.readLoc[i] = loc
    this.readStatus[i] = st
    this.readValue[i] = st === ReadStatus.VALUE ? this.out[0]! : 0
    return st === ReadStatus.VALUE ? this.out[0]! : storage(key)
  }

  write(key: number, value: number): void {
    this.out.fill(0)
    this.out[0] = value
    this.ws.write(this.loc(key), this.out)
  }

  commit(tx: number, inc: number): boolean {
    this.readCount[tx] = this.rc
    return this.mv.record(tx, inc, this.ws)
  }

  validate(tx: number): boolean {
    const rs = this.rs
    rs.clear()
    const c = this.readCount[tx]!
    for (let r = 0; r < c; r++) {
      const i = tx * MAX_READS + r
      this.out.fill(0)
      this.out[0] = this.readValue[i]!
      rs.recordRead(this.readLoc[i]!, this.readStatus[i] as ReadStatus, this.out)
    }
    const ok = this.mv.validateReadSet(tx, rs)
    if (!ok) this.conflict = this.mv.lastTxIdx
    return ok
  }

  convertWritesToEstimates(tx: number): void {
    this.mv.convertWritesToEstimates(tx)
  }

  finalState(txCount: number): number[] {
    const out: number[] = []
    for (let k = 0; k < this.shared.keys; k++) {
      const loc = this.mv.lookup(this.keyWords, k * KEY_WORDS)
      if (loc < 0) {
        out.push(storage(k))
        continue
      }
      const st = this.mv.finalValue(loc, this.out)
      if (st === ReadStatus.ESTIMATE) throw new Error(`final state of key ${k} is an ESTIMATE (txCount ${txCount})`)
      out.push(st === ReadStatus.VALUE ? this.out[0]! : storage(k))
    }
    return out
  }
}
