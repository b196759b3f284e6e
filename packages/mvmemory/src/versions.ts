/**
 * Per-location version arrays (layout: locMeta, `versions` in layout.ts; invariants
 * I3, I5, I6, I7, I10).
 *
 * Each location owns one block of entries sorted by txIdx. Readers binary-search its
 * txIdx column in O(log n) under the seqlock protocol (no writes, so concurrent
 * readers of a hot location do not bounce its cache line); writers take the
 * location's seqlock and insert / update / remove in place (copyWithin), or move the
 * block to a twice larger one when it is full.
 *
 * Memory ordering of a read: Atomics.load(SEQ) (acquire) opens the window; the
 * block is then read with PLAIN loads, then one Atomics.store to a private word (a
 * release: no earlier load may complete after it), then Atomics.load(SEQ) closes
 * the window. On x64 loads are never reordered with loads anyway; on ARM64 the
 * release store + acquire load pair (stlr; ldar) keeps the data loads before the
 * closing SEQ load. Node 20 compiles Atomics.load to a builtin call, so loading the
 * ~25 words of a read atomically made reads 2-3x slower than this.
 *
 * Folding deltas costs one step per delta between the nearest absolute version and
 * the reader; finding the nearest version is O(log n) however many versions the
 * location has.
 */
import { CapacityError } from './errors.js'
import * as layout from './layout.js'
import { seqAwait, seqLock, seqUnlock } from './seqlock.js'
import * as types from './types.js'
import type { MVMemoryShared } from './layout.js'
import type { Incarnation, LocationId, ReadStatus, TxIdx } from './types.js'

// Module-local copies: transpilers that emit CommonJS (tsx) turn imported bindings
// into getter calls, which made reads ~10x slower.
const {
  bumpAlloc, ENTRY_WORDS, F_DELTA, F_ESTIMATE, INCARNATION_SHIFT, INITIAL_BLOCK, L_BLOCK, L_CAP, L_COUNT,
  L_SEQ, L_WAITERS, LOC_STRIDE, P_META, P_VALUE, PAYLOAD_WORDS, VERSION_TOP,
} = layout
const { VALUE_WORDS } = types
const { NONE, VALUE, ESTIMATE, DELTA_ON_BASE } = types.ReadStatus

export interface VersionInfo {
  txIdx: TxIdx
  incarnation: Incarnation
  delta: boolean
  estimate: boolean
}

export class VersionStore {
  /** Of the last read(): the nearest version below the reader (or the blocking ESTIMATE); -1 for NONE. */
  lastTxIdx: TxIdx = -1
  lastIncarnation: Incarnation = -1

  private readonly ctrl: Int32Array
  private readonly meta: Int32Array
  private readonly ver: Uint32Array
  private readonly capacity: number
  // Per-instance, never shared with another thread (no contention); backed by a
  // SharedArrayBuffer so the engine cannot downgrade the store to a plain one.
  private readonly fence = new Int32Array(new SharedArrayBuffer(4))

  constructor(shared: MVMemoryShared) {
    this.ctrl = new Int32Array(shared.ctrl)
    this.meta = new Int32Array(shared.locMeta)
    this.ver = new Uint32Array(shared.versions)
    this.capacity = shared.versionCapacity
  }

  /** See MVMemory.read. `out` is unspecified after NONE and ESTIMATE. */
  read(loc: LocationId, txIdx: TxIdx, out: Uint32Array, o: number): ReadStatus {
    const meta = this.meta
    const ver = this.ver
    const m = loc * LOC_STRIDE
    for (;;) {
      const s1 = Atomics.load(meta, m + L_SEQ)
      if ((s1 & 1) !== 0) {
        seqAwait(meta, m + L_SEQ, m + L_WAITERS, s1)
        continue
      }
      const block = meta[m + L_BLOCK]
      const cap = meta[m + L_CAP]
      const count = meta[m + L_COUNT]
      // A torn (block, cap, count) triple still lies inside the arena (I6); guard
      // anyway, so a bug cannot turn into reads of undefined.
      if (count > 0 && (block < 0 || count > cap || (block + cap) * ENTRY_WORDS > ver.length)) {
        if (Atomics.load(meta, m + L_SEQ) === s1) throw new Error(`mvmemory: corrupt version block of location ${loc}`)
        continue
      }
      const txs = block * ENTRY_WORDS
      const payload = txs + cap
      // Lower bound: first entry with tx >= txIdx.
      let lo = 0
      let hi = count
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (ver[txs + mid] < txIdx) lo = mid + 1
        else hi = mid
      }
      let status: ReadStatus = NONE
      let lastTx = -1
      let lastInc = -1
      let i = lo - 1
      if (i >= 0) {
        let e = payload + i * PAYLOAD_WORDS
        const w0 = ver[e + P_META]
        lastTx = ver[txs + i]
        lastInc = w0 >>> INCARNATION_SHIFT
        if ((w0 & F_ESTIMATE) !== 0) {
          status = ESTIMATE
        } else {
          for (let k = 0; k < VALUE_WORDS; k++) out[o + k] = ver[e + P_VALUE + k]
          status = VALUE
          if ((w0 & F_DELTA) !== 0) {
            // Fold the deltas down to the nearest absolute version (or the bottom).
            status = DELTA_ON_BASE
            while (--i >= 0) {
              e = payload + i * PAYLOAD_WORDS
              const wi = ver[e + P_META]
              if ((wi & F_ESTIMATE) !== 0) {
                status = ESTIMATE
                lastTx = ver[txs + i]
                lastInc = wi >>> INCARNATION_SHIFT
                break
              }
              let carry = 0
              for (let k = 0; k < VALUE_WORDS; k++) {
                const sum = out[o + k] + ver[e + P_VALUE + k] + carry
                out[o + k] = sum >>> 0
                carry = sum > 0xffffffff ? 1 : 0
              }
              if ((wi & F_DELTA) === 0) {
                status = VALUE
                break
              }
            }
          }
        }
      }
      // Release fence on a private word, so the plain loads above complete before
      // the closing SEQ load (see header); x64 orders loads anyway.
      Atomics.store(this.fence, 0, 0)
      if (Atomics.load(meta, m + L_SEQ) === s1) {
        this.lastTxIdx = lastTx
        this.lastIncarnation = lastInc
        return status
      }
    }
  }

  /** Index of tx's entry in the block, or -(insertion point) - 1. Caller holds the lock. */
  private find(txs: number, count: number, txIdx: TxIdx): number {
    const ver = this.ver
    let lo = 0
    let hi = count
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const t = ver[txs + mid]
      if (t < txIdx) lo = mid + 1
      else if (t > txIdx) hi = mid
      else return mid
    }
    return -lo - 1
  }

  /**
   * Inserts or overwrites the entry of txIdx at loc (clearing ESTIMATE).
   * Returns true if loc had no entry of txIdx before (a new location for this tx).
   */
  upsert(loc: LocationId, txIdx: TxIdx, incarnation: Incarnation, delta: boolean, src: Uint32Array, s: number): boolean {
    const meta = this.meta
    const ver = this.ver
    const m = loc * LOC_STRIDE
    const metaWord = ((incarnation << INCARNATION_SHIFT) | (delta ? F_DELTA : 0)) >>> 0
    const odd = seqLock(meta, m + L_SEQ, m + L_WAITERS)
    let block = meta[m + L_BLOCK]
    let cap = meta[m + L_CAP]
    const count = meta[m + L_COUNT]
    let txs = block * ENTRY_WORDS
    let at = count === 0 ? -1 : this.find(txs, count, txIdx)
    const fresh = at < 0
    if (fresh) {
      at = -at - 1
      const payload = txs + cap
      if (count === cap) {
        const newCap = cap === 0 ? INITIAL_BLOCK : cap * 2
        const nb = bumpAlloc(this.ctrl, VERSION_TOP, newCap, this.capacity)
        if (nb < 0) {
          seqUnlock(meta, m + L_SEQ, m + L_WAITERS, odd)
          throw new CapacityError('versions', this.capacity) // I10: nothing changed
        }
        const ntxs = nb * ENTRY_WORDS
        const npayload = ntxs + newCap
        if (count > 0) {
          ver.copyWithin(ntxs, txs, txs + at)
          ver.copyWithin(ntxs + at + 1, txs + at, txs + count)
          ver.copyWithin(npayload, payload, payload + at * PAYLOAD_WORDS)
          ver.copyWithin(npayload + (at + 1) * PAYLOAD_WORDS, payload + at * PAYLOAD_WORDS, payload + count * PAYLOAD_WORDS)
        }
        block = nb
        cap = newCap
        txs = ntxs
        meta[m + L_BLOCK] = nb
        meta[m + L_CAP] = newCap
      } else if (at < count) {
        ver.copyWithin(txs + at + 1, txs + at, txs + count)
        ver.copyWithin(payload + (at + 1) * PAYLOAD_WORDS, payload + at * PAYLOAD_WORDS, payload + count * PAYLOAD_WORDS)
      }
      meta[m + L_COUNT] = count + 1
    }
    ver[txs + at] = txIdx
    const e = txs + cap + at * PAYLOAD_WORDS
    ver[e + P_META] = metaWord
    for (let k = 0; k < VALUE_WORDS; k++) ver[e + P_VALUE + k] = src[s + k]
    seqUnlock(meta, m + L_SEQ, m + L_WAITERS, odd)
    return fresh
  }

  /** Removes txIdx's entry at loc, if any. */
  remove(loc: LocationId, txIdx: TxIdx): void {
    const meta = this.meta
    const ver = this.ver
    const m = loc * LOC_STRIDE
    const odd = seqLock(meta, m + L_SEQ, m + L_WAITERS)
    const txs = meta[m + L_BLOCK] * ENTRY_WORDS
    const payload = txs + meta[m + L_CAP]
    const count = meta[m + L_COUNT]
    const at = count === 0 ? -1 : this.find(txs, count, txIdx)
    if (at >= 0) {
      ver.copyWithin(txs + at, txs + at + 1, txs + count)
      ver.copyWithin(payload + at * PAYLOAD_WORDS, payload + (at + 1) * PAYLOAD_WORDS, payload + count * PAYLOAD_WORDS)
      meta[m + L_COUNT] = count - 1
    }
    seqUnlock(meta, m + L_SEQ, m + L_WAITERS, odd)
  }

  /** Marks txIdx's entry at loc ESTIMATE (I7), if any. */
  markEstimate(loc: LocationId, txIdx: TxIdx): void {
    const meta = this.meta
    const m = loc * LOC_STRIDE
    const odd = seqLock(meta, m + L_SEQ, m + L_WAITERS)
    const txs = meta[m + L_BLOCK] * ENTRY_WORDS
    const count = meta[m + L_COUNT]
    const at = count === 0 ? -1 : this.find(txs, count, txIdx)
    if (at >= 0) this.ver[txs + meta[m + L_CAP] + at * PAYLOAD_WORDS + P_META] |= F_ESTIMATE
    seqUnlock(meta, m + L_SEQ, m + L_WAITERS, odd)
  }

  /** The entries of loc, lowest txIdx first (tests, debugging; takes no lock). */
  snapshot(loc: LocationId): VersionInfo[] {
    const m = loc * LOC_STRIDE
    const txs = this.meta[m + L_BLOCK] * ENTRY_WORDS
    const cap = this.meta[m + L_CAP]
    const count = this.meta[m + L_COUNT]
    const out: VersionInfo[] = []
    for (let i = 0; i < count; i++) {
      const w = this.ver[txs + cap + i * PAYLOAD_WORDS + P_META]
      out.push({ txIdx: this.ver[txs + i], incarnation: w >>> INCARNATION_SHIFT, delta: (w & F_DELTA) !== 0, estimate: (w & F_ESTIMATE) !== 0 })
    }
    return out
  }

  clear(): void {
    Atomics.store(this.ctrl, VERSION_TOP, 0)
  }
}
