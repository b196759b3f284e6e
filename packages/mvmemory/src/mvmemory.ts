/**
 * MVMemory: the multi-version memory of Block-STM in SharedArrayBuffers.
 * Shared-memory layout and invariants I1..I10: layout.ts.
 *
 * VALIDATION IS VALUE-BASED. validateReadSet re-reads every recorded location as
 * the tx would now and passes iff each read returns the same status and the same
 * 256 bits (NONE and a DELTA_ON_BASE summing to zero count as the same: both mean
 * "the base-storage value"). Version-based validation (the paper's) also fails when
 * a lower tx re-executed and wrote the same value again, or when an ABA change
 * left the value as it was; value-based validation aborts only the transactions
 * whose inputs truly changed.
 *
 * Why it is safe: an incarnation's behaviour is a deterministic function of the
 * values it read (base storage is fixed for the block). If every read would now
 * return the same value, re-executing would read the same values and produce the
 * same writes, so the recorded writes are already what the current lower state
 * implies. The scheduler's guarantee is unchanged: every tx is validated after the
 * last record() of every lower tx, so at the end each tx's inputs equal the final
 * values of the lower txs, which by induction from tx 0 are the sequential values.
 * An ESTIMATE read (recorded, or met on re-read) always fails validation.
 *
 * Reads are allocation-free: results go to the caller's `out` words and to the
 * per-instance fields lastTxIdx / lastIncarnation (so each thread needs its own
 * MVMemory instance: MVMemory.fromShared in each worker).
 */
import { BlobArena } from './blob-arena.js'
import { CapacityError } from './errors.js'
import { type MVMemoryShared } from './layout.js'
import * as layout from './layout.js'
import { LocationTable } from './location-table.js'
import type { ReadSet } from './read-set.js'
import { equal256, isZero256 } from './u256.js'
import type { Incarnation, LocationId, TxIdx, ReadStatus } from './types.js'
import * as types from './types.js'
import { VersionStore } from './versions.js'
import type { WriteSet } from './write-set.js'

// Module-local copies: CommonJS-emitting transpilers (tsx) turn imported bindings into getter calls on hot paths.
const { allocateShared, bumpAlloc, L_READ, LOC_STRIDE, MAX_INCARNATION, T_COUNT, T_CAP, T_OFF, TX_COUNT, TX_STRIDE, TXLOC_TOP } = layout
const { VALUE_WORDS } = types
const RS = types.ReadStatus

export interface MVMemoryOptions {
  /** Transactions in the block (the largest block this store will serve). */
  txCount: number
  /** Distinct locations (keys) the block may touch, reads and writes together. */
  locationCapacity: number
  /**
   * Version-entry slots (40 bytes each). Must cover the live versions plus growth
   * slack: a location holding n versions has used < 4n + 4 slots. Default
   * max(1024, 16 * txCount + 4 * locationCapacity).
   */
  versionCapacity?: number
  /** Words for the per-tx write lists; default = versionCapacity. */
  txWriteCapacity?: number
  /** BlobArena bytes (contract code); default 1 MiB. */
  blobCapacityBytes?: number
  /** BlobArena entries; default max(64, blobCapacityBytes / 128). */
  blobEntryCapacity?: number
}

export class MVMemory {
  readonly shared: MVMemoryShared
  readonly blobs: BlobArena
  private readonly table: LocationTable
  private readonly versions: VersionStore
  private readonly ctrl: Int32Array
  private readonly txMeta: Int32Array
  private readonly txLocs: Int32Array
  private readonly scratch = new Uint32Array(VALUE_WORDS)
  private readonly locMeta: Int32Array
  /** record(): the positions in the WriteSet of the locations new to the tx. */
  private newAt = new Int32Array(64)

  static create(opts: MVMemoryOptions): MVMemory {
    const txCount = Math.floor(opts.txCount)
    const locationCapacity = Math.floor(opts.locationCapacity)
    if (!(txCount >= 0) || !(locationCapacity >= 1)) throw new RangeError('mvmemory: txCount >= 0 and locationCapacity >= 1 required')
    const versionCapacity = Math.floor(opts.versionCapacity ?? Math.max(1024, 16 * txCount + 4 * locationCapacity))
    const txLocCapacity = Math.floor(opts.txWriteCapacity ?? versionCapacity)
    const blobBytes = opts.blobCapacityBytes ?? 1 << 20
    const blobs = BlobArena.create({ capacityBytes: blobBytes, entryCapacity: opts.blobEntryCapacity })
    const shared = allocateShared({ txCapacity: txCount, locationCapacity, versionCapacity, txLocCapacity }, blobs.shared)
    const mv = new MVMemory(shared)
    Atomics.store(mv.ctrl, TX_COUNT, txCount)
    return mv
  }

  /** Another view of the same store, e.g. in a worker given `mv.shared` by postMessage. */
  static fromShared(shared: MVMemoryShared): MVMemory {
    return new MVMemory(shared)
  }

  private constructor(shared: MVMemoryShared) {
    this.shared = shared
    this.blobs = BlobArena.fromShared(shared.blobs)
    this.table = new LocationTable(shared)
    this.versions = new VersionStore(shared)
    this.ctrl = new Int32Array(shared.ctrl)
    this.txMeta = new Int32Array(shared.txMeta)
    this.txLocs = new Int32Array(shared.txLocs)
    this.locMeta = new Int32Array(shared.locMeta)
  }

  /** Of the last read()/finalValue() by this instance: the nearest version below the reader (VALUE, DELTA_ON_BASE) or the blocking tx (ESTIMATE); -1 after NONE. */
  get lastTxIdx(): TxIdx {
    return this.versions.lastTxIdx
  }

  get lastIncarnation(): Incarnation {
    return this.versions.lastIncarnation
  }

  get txCount(): number {
    return Atomics.load(this.ctrl, TX_COUNT)
  }

  /** Find-or-insert; thread-safe. Throws CapacityError('locations') when full. */
  locate(key: Uint32Array, keyOffset = 0): LocationId {
    return this.table.locate(key, keyOffset)
  }

  /** -1 if the key has no location. */
  lookup(key: Uint32Array, keyOffset = 0): LocationId {
    return this.table.lookup(key, keyOffset)
  }

  keyOf(loc: LocationId, out: Uint32Array, outOffset = 0): void {
    this.table.keyOf(loc, out, outOffset)
  }

  /** Ids handed out, direct ones included (0..locationCount-1). */
  locationCount(): number {
    return this.table.count()
  }

  /**
   * Makes ids 0..n-1 direct locations (I12 in layout.ts): the caller maps its own keys
   * onto them, with no hashing, probing or insert in the shared table (an account that
   * is in the block's pre-state, say, by its index there). Call right after clear()
   * (or create()) and before any locate(); every thread must map a key the same way and
   * never also locate() it. keyOf() of a direct id throws.
   */
  reserveDirect(n: number): void {
    this.table.reserveDirect(n)
  }

  /** How many ids are direct (I12); 0 unless reserveDirect() was called for this block. */
  directCount(): number {
    return this.table.directCount()
  }

  /**
   * What tx txIdx reads at loc (see ReadStatus). out[outOffset..+8) receives the
   * value (VALUE) or delta sum (DELTA_ON_BASE); lastTxIdx/lastIncarnation the
   * version read. O(log versions) plus one step per folded delta.
   */
  read(loc: LocationId, txIdx: TxIdx, out: Uint32Array, outOffset = 0): ReadStatus {
    // I11: mark the read before looking at the versions (a load first: hot locations are
    // mostly marked by a higher reader already, and a load shares the cache line).
    const meta = this.locMeta
    const m = loc * LOC_STRIDE + L_READ
    // A max by compare-exchange (Atomics has no max): retry only while a lower mark is there.
    for (let cur = Atomics.load(meta, m); cur <= txIdx; ) {
      const prev = Atomics.compareExchange(meta, m, cur, txIdx + 1)
      if (prev === cur) break
      cur = prev
    }
    return this.versions.read(loc, txIdx, out, outOffset)
  }

  /** The value after the whole block: read as tx = txCount. */
  finalValue(loc: LocationId, out: Uint32Array, outOffset = 0): ReadStatus {
    return this.versions.read(loc, Atomics.load(this.ctrl, TX_COUNT), out, outOffset)
  }

  private checkTx(txIdx: TxIdx): void {
    if (!(txIdx >= 0 && txIdx < Atomics.load(this.ctrl, TX_COUNT))) throw new RangeError(`mvmemory: txIdx ${txIdx} out of range`)
  }

  /**
   * Replaces tx's previous writes with `writes` (I4): inserts/updates each write,
   * then removes the locations the previous incarnation wrote and this one does
   * not. Returns wroteNewLocation: some location was not written by the previous
   * incarnation and a higher tx has read it (I11; the scheduler then revalidates the
   * higher txs). A new location no higher tx has read needs no revalidation: every
   * later read of it sees this write.
   */
  record(txIdx: TxIdx, incarnation: Incarnation, writes: WriteSet): boolean {
    this.checkTx(txIdx)
    if (!(incarnation >= 0 && incarnation <= MAX_INCARNATION)) throw new RangeError(`mvmemory: incarnation ${incarnation} out of range`)
    const tm = this.txMeta
    const t = txIdx * TX_STRIDE
    const n = writes.size
    const prevOff = tm[t + T_OFF]
    const prevCount = tm[t + T_COUNT]
    // Reserve the new list first, so a full txLocs arena throws before any change.
    let listOff = prevOff
    let listCap = tm[t + T_CAP]
    if (n > listCap) {
      listCap = Math.max(n, listCap * 2, 4)
      listOff = bumpAlloc(this.ctrl, TXLOC_TOP, listCap, this.shared.txLocCapacity)
      if (listOff < 0) throw new CapacityError('txWrites', this.shared.txLocCapacity)
    }
    const locs = writes.locs
    const deltas = writes.deltas
    const values = writes.values
    if (this.newAt.length < n) this.newAt = new Int32Array(Math.max(n, 2 * this.newAt.length))
    const newAt = this.newAt
    let news = 0
    for (let i = 0; i < n; i++) {
      if (this.versions.upsert(locs[i], txIdx, incarnation, deltas[i] !== 0, values, i * VALUE_WORDS)) newAt[news++] = i
    }
    // After every version is published (I11): was any new location read by a higher tx?
    let wroteNew = false
    const meta = this.locMeta
    for (let k = 0; k < news && !wroteNew; k++) wroteNew = Atomics.load(meta, locs[newAt[k]!]! * LOC_STRIDE + L_READ) > txIdx + 1
    const txLocs = this.txLocs
    for (let j = 0; j < prevCount; j++) {
      const loc = txLocs[prevOff + j]
      if (!writes.has(loc)) this.versions.remove(loc, txIdx)
    }
    for (let j = 0; j < n; j++) txLocs[listOff + j] = locs[j] // no subarray view per record
    tm[t + T_OFF] = listOff
    tm[t + T_CAP] = listCap
    tm[t + T_COUNT] = n
    return wroteNew
  }

  /** On abort: every write of tx (absolute and delta) becomes an ESTIMATE (I7). */
  convertWritesToEstimates(txIdx: TxIdx): void {
    this.checkTx(txIdx)
    const t = txIdx * TX_STRIDE
    const off = this.txMeta[t + T_OFF]
    const count = this.txMeta[t + T_COUNT]
    for (let j = 0; j < count; j++) this.versions.markEstimate(this.txLocs[off + j], txIdx)
  }

  /**
   * Would every recorded read of tx still see the same value? (value-based, see header)
   * After false, lastTxIdx is the transaction whose version the first changed read now
   * sees (its writer, or an ESTIMATE's blocker), -1 if none (the version read has gone):
   * the conflict, for schedulers that learn dependencies.
   */
  validateReadSet(txIdx: TxIdx, reads: ReadSet): boolean {
    const scratch = this.scratch
    const n = reads.size
    const locs = reads.locs
    const statuses = reads.statuses
    const values = reads.values
    for (let i = 0; i < n; i++) {
      const was = statuses[i]
      if (was === RS.ESTIMATE) {
        this.versions.read(locs[i], txIdx, scratch, 0) // its blocker, or whoever replaced it
        return false
      }
      const now = this.versions.read(locs[i], txIdx, scratch, 0)
      if (now === RS.ESTIMATE) return false
      const v = i * VALUE_WORDS
      if (now === was) {
        if (now !== RS.NONE && !equal256(scratch, 0, values, v)) return false
      } else if (now === RS.NONE) {
        if (!(was === RS.DELTA_ON_BASE && isZero256(values, v))) return false
      } else if (was === RS.NONE) {
        if (!(now === RS.DELTA_ON_BASE && isZero256(scratch, 0))) return false
      } else {
        return false // VALUE vs DELTA_ON_BASE: the base value is unknown here
      }
    }
    return true
  }

  /**
   * Whether tx's last record() wrote a location among `reads` (its first `upTo`
   * entries): for an execution in flight to learn cheaply that a lower transaction's
   * new writes may have made its reads stale (then validateReadSet decides). Takes no
   * lock: a record() running meanwhile can make the answer stale either way, so it is a
   * hint, never a validation. No allocation.
   */
  touches(txIdx: TxIdx, reads: ReadSet, upTo: number = reads.size): boolean {
    if (!(txIdx >= 0 && txIdx < this.txCount)) return false
    const t = txIdx * TX_STRIDE
    const off = this.txMeta[t + T_OFF]!
    const end = Math.min(off + this.txMeta[t + T_COUNT]!, this.txLocs.length)
    const locs = reads.locs
    const n = Math.min(upTo, reads.size)
    for (let k = off; k < end; k++) {
      const loc = this.txLocs[k]!
      for (let i = 0; i < n; i++) if (locs[i] === loc) return true
    }
    return false
  }

  /** The locations tx's last record() wrote (tests, debugging). */
  writtenLocations(txIdx: TxIdx): LocationId[] {
    this.checkTx(txIdx)
    const t = txIdx * TX_STRIDE
    const off = this.txMeta[t + T_OFF]
    return Array.from(this.txLocs.subarray(off, off + this.txMeta[t + T_COUNT]))
  }

  /**
   * Every location that some transaction's last record() wrote, each once, ascending:
   * for the post-state after the block (call it when no record() runs). It walks the
   * transactions' write lists (I4: exactly the locations holding their entries), not
   * the whole location table, whose read-only locations would each cost a cache miss
   * to find empty.
   */
  writtenInBlock(): Int32Array {
    const n = this.table.count()
    const seen = new Uint8Array(n)
    const tm = this.txMeta
    const locs = this.txLocs
    let distinct = 0
    for (let t = 0, end = this.txCount * TX_STRIDE; t < end; t += TX_STRIDE) {
      for (let k = tm[t + T_OFF]!, stop = k + tm[t + T_COUNT]!; k < stop; k++) {
        const loc = locs[k]!
        if (seen[loc] === 0) {
          seen[loc] = 1
          distinct++
        }
      }
    }
    const out = new Int32Array(distinct)
    for (let loc = 0, j = 0; j < distinct; loc++) if (seen[loc] !== 0) out[j++] = loc
    return out
  }

  /** The versions of loc, lowest txIdx first (tests, debugging; takes no lock). */
  versionsOf(loc: LocationId): Array<{ txIdx: TxIdx; incarnation: Incarnation; delta: boolean; estimate: boolean }> {
    return this.versions.snapshot(loc)
  }

  /**
   * Empties the store for the next block, keeping the buffers (O(bucketCount +
   * txCount) fills). No other thread may use the store meanwhile. `txCount` may
   * change up to the capacity given to create(). Blobs are content-addressed and
   * stay valid across blocks: they are kept (mv.blobs.clear() drops them).
   */
  clear(txCount: number = this.txCount): void {
    if (!(txCount >= 0 && txCount <= this.shared.txCapacity)) throw new RangeError(`mvmemory: txCount ${txCount} exceeds capacity ${this.shared.txCapacity}`)
    this.table.clear()
    this.versions.clear()
    this.txMeta.fill(0)
    Atomics.store(this.ctrl, TXLOC_TOP, 0)
    Atomics.store(this.ctrl, TX_COUNT, txCount)
  }
}
