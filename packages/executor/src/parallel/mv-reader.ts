/**
 * StateReader for one incarnation of one transaction in the parallel engine:
 * reads the multi-version memory as transaction `txIdx` would (the highest lower
 * writer), falls back to base storage, records each first read in the ReadSet for
 * validation, and stops the transaction on an ESTIMATE.
 *
 * Per-incarnation caches keep repeated reads of one account or slot to one MV read
 * and one read-set entry (the EVM asks for the same account ~8 times per transfer).
 */
import { MVMemory, ReadSet, ReadStatus } from '@blockstm/mvmemory'

import { EMPTY_CODE_HASH } from '../state/base.js'
import { PreStateImage } from '../state/pre-state-image.js'
import type { AccountRecord, BaseState, MaybePromise } from '../state/base.js'
import type { StateReader } from '../state/reader.js'
import { DependencyAbort } from './abort.js'
import { RECORD_LOG_SIZE } from './read-sets.js'
import type { SharedReadSets } from './read-sets.js'
import { LocationCache } from './location-cache.js'
import {
  Kind,
  foldAccount,
  bigintToWords,
  bytesToWords,
  hashToWords,
  newValue,
  nonceOf,
  wordsToBigint,
  wordsToBytes,
  wordsToHash,
} from './keys.js'

/** Reads an execution makes before it starts checking for stale reads (ParallelOptions.staleAborts). */
export const STALE_CHECK_READS = 16
/** DependencyAbort's blocker for stale reads whose writer is unknown: run again at once. */
export const STALE_RESTART = -2

export class MvStateReader implements StateReader {
  txIdx = 0
  /** The blocking transaction of the first ESTIMATE this incarnation met (or of its stale reads, STALE_RESTART if unknown), or -1. */
  blockedBy = -1
  /** Executions of this reader stopped early by stale reads, in this block. */
  staleAborts = 0
  /** The record log's epoch this execution has checked up to (staleAborts). */
  private seenEpoch = 0
  /** Base-state reads of this incarnation that answered asynchronously (it waited on storage). */
  baseWaits = 0
  /**
   * The highest lower transaction whose write (or delta) this incarnation read, -1 if it
   * read none: the dependency it actually had, reported to the scheduler (finishExecution's
   * readFrom) for strategies that learn chains.
   */
  readFrom = -1
  readonly reads = new ReadSet(64)
  private readonly val = newValue()
  private readonly accounts = new Map<string, AccountRecord | undefined>()
  /** Slot values read by this incarnation, by location id. */
  private readonly slots = new Map<number, Uint8Array>()
  private readonly wipes = new Map<string, number>()
  /** Code by hash, kept across incarnations (immutable). */
  private readonly codes = new Map<string, Uint8Array>()

  private readonly locs: LocationCache

  /** The base state when it is the block's pre-state image itself: base records by ordinal, no second probe. */
  private readonly image: PreStateImage | undefined

  constructor(
    private readonly mv: MVMemory,
    private readonly base: BaseState,
    locs?: LocationCache,
    /** The block's record log (read-sets.ts), when executions stop early on stale reads. */
    private readonly log?: SharedReadSets,
  ) {
    this.locs = locs ?? new LocationCache(mv)
    this.image = base instanceof PreStateImage ? base : undefined
  }

  /** The base record of an account: by the ordinal the location cache just looked up, when base state is the image. */
  private baseAccount(address: string): MaybePromise<AccountRecord | undefined> {
    const image = this.image
    if (image === undefined) return this.base.account(address)
    const o = this.locs.ordinalOf(address)
    return o >= 0 ? image.recordAtOrdinal(o) : this.base.account(address)
  }

  /** Starts a new incarnation of `txIdx`. */
  begin(txIdx: number): void {
    this.txIdx = txIdx
    this.blockedBy = -1
    this.baseWaits = 0
    this.readFrom = -1
    this.reads.clear()
    if (this.log !== undefined) this.seenEpoch = this.log.recordEpoch()
    // Only non-empty ones (see TxState.reset: clear() allocates even for an empty Map).
    if (this.accounts.size > 0) this.accounts.clear()
    if (this.slots.size > 0) this.slots.clear()
    if (this.wipes.size > 0) this.wipes.clear()
  }

  /** Reads one location; returns the status with the value (or delta) in this.val. */
  private read(kind: Kind, address: string): ReadStatus {
    return this.readLoc(this.locs.locate(kind, address))
  }

  private readLoc(loc: number): ReadStatus {
    const log = this.log
    if (log !== undefined && this.reads.size >= STALE_CHECK_READS && log.recordEpoch() !== this.seenEpoch) this.checkStale(log)
    const st = this.mv.read(loc, this.txIdx, this.val)
    this.reads.recordRead(loc, st, this.val)
    if (st === ReadStatus.ESTIMATE) {
      // Recorded first: should anything swallow the throw, validation still fails.
      this.blockedBy = this.mv.lastTxIdx
      throw new DependencyAbort(this.blockedBy)
    }
    // -1 after NONE; a lower writer (VALUE, or the nearest delta) otherwise.
    const from = this.mv.lastTxIdx
    if (from > this.readFrom) this.readFrom = from
    return st
  }

  /**
   * Lower transactions recorded writes since the last check: if one wrote a location this
   * execution read, and the reads so far no longer validate, stop now (DependencyAbort on
   * the writer the first stale read now sees, which the loop re-runs at once or waits
   * for) rather than run on to a validation that must fail. Costs a scan of the log's
   * new entries and of their write lists against the reads; a full validation only when
   * one touched them. The log is a hint (read-sets.ts): a missed record only means the
   * execution runs to its end, as without the check.
   */
  private checkStale(log: SharedReadSets): void {
    const e = log.recordEpoch()
    const from = this.seenEpoch
    this.seenEpoch = e
    const tx = this.txIdx
    let touched = e - from > RECORD_LOG_SIZE // fell behind the log: validate
    for (let k = touched ? e : from; k < e && !touched; k++) {
      const t = log.recordedAt(k)
      touched = t < tx && this.mv.touches(t, this.reads)
    }
    if (!touched || this.mv.validateReadSet(tx, this.reads)) return
    const w = this.mv.lastTxIdx
    this.staleAborts++
    this.blockedBy = w >= 0 && w < tx ? w : STALE_RESTART
    throw new DependencyAbort(this.blockedBy)
  }

  /** Synchronous unless base state must be read and answers asynchronously (latency). */
  account(address: string): MaybePromise<AccountRecord | undefined> {
    const accounts = this.accounts
    const cached = accounts.get(address)
    if (cached !== undefined || accounts.has(address)) return cached
    const r = this.readAccount(address)
    if (r instanceof Promise) return r.then((x) => (accounts.set(address, x), x))
    accounts.set(address, r)
    return r
  }

  /**
   * The three locations of an account, each recorded in the read set, then base state
   * once if any of them has no absolute value below this transaction. No closure, no
   * promise unless base state is asynchronous.
   */
  private readAccount(address: string): MaybePromise<AccountRecord | undefined> {
    const v = this.val
    const absAccount = this.read(Kind.ACCOUNT, address) === ReadStatus.VALUE
    const flags = absAccount ? v[0] : 0
    const nonce = absAccount ? nonceOf(v) : 0n
    const bs = this.read(Kind.BALANCE, address)
    const balance = bs === ReadStatus.NONE ? 0n : wordsToBigint(v) // an absolute value or a delta
    const absCode = this.read(Kind.CODEHASH, address) === ReadStatus.VALUE
    const codeHash = absCode ? wordsToHash(v) : EMPTY_CODE_HASH
    const absBalance = bs === ReadStatus.VALUE
    if (absAccount && absBalance && absCode) return foldAccount(true, flags, nonce, true, balance, true, codeHash, undefined)
    const b = this.baseAccount(address)
    if (b instanceof Promise) return this.waited(b).then((x) => foldAccount(absAccount, flags, nonce, absBalance, balance, absCode, codeHash, x))
    return foldAccount(absAccount, flags, nonce, absBalance, balance, absCode, codeHash, b)
  }

  /** Only CODEHASH: a transfer's recipient must have no code, but its balance is none of our business. */
  codeHash(address: string): MaybePromise<string> {
    const acc = this.accounts.get(address)
    if (acc !== undefined) return acc.codeHash
    if (this.read(Kind.CODEHASH, address) === ReadStatus.VALUE) return wordsToHash(this.val)
    const o = this.image === undefined ? -1 : this.locs.ordinalOf(address)
    if (o >= 0) return this.image!.codeHashAtOrdinal(o)
    const b = this.baseAccount(address)
    return b instanceof Promise ? this.waited(b).then((x) => x?.codeHash ?? EMPTY_CODE_HASH) : (b?.codeHash ?? EMPTY_CODE_HASH)
  }

  /** 1 + index of the last transaction below that wiped `address`'s storage, or 0. */
  private wipeOf(address: string): number {
    let w = this.wipes.get(address)
    if (w === undefined) {
      w = this.read(Kind.WIPE, address) === ReadStatus.VALUE ? this.val[0] : 0
      this.wipes.set(address, w)
    }
    return w
  }

  /** Synchronous unless base state must be read and answers asynchronously. Memoised by location id (no key string). */
  storage(address: string, slot: string): MaybePromise<Uint8Array> {
    const loc = this.locs.locate(Kind.STORAGE, address, slot)
    const cached = this.slots.get(loc)
    if (cached !== undefined) return cached
    const wipe = this.wipeOf(address)
    if (this.readLoc(loc) === ReadStatus.VALUE) return this.keep(loc, wipe > 0 && this.mv.lastTxIdx < wipe - 1 ? EMPTY : wordsToBytes(this.val))
    if (wipe > 0) return this.keep(loc, EMPTY)
    const b = this.base.storage(address, slot)
    return b instanceof Promise ? this.waited(b).then((v) => this.keep(loc, v)) : this.keep(loc, b)
  }

  private waited<T>(p: Promise<T>): Promise<T> {
    this.baseWaits++
    return p
  }

  private keep(loc: number, v: Uint8Array): Uint8Array {
    this.slots.set(loc, v)
    return v
  }

  code(codeHash: string): MaybePromise<Uint8Array> {
    // Content-addressed and immutable: no read-set entry needed, and one instance per
    // hash for the whole block (the EVM's jump-destination cache is keyed by it).
    const code = this.codes.get(codeHash)
    if (code !== undefined) return code
    const c = this.mv.blobs.get(hashToWords(codeHash, this.val)) ?? this.base.code(codeHash)
    if (c instanceof Promise) return this.waited(c).then((x) => (this.codes.set(codeHash, x), x))
    this.codes.set(codeHash, c)
    return c
  }
}

const EMPTY = new Uint8Array(0)

export { bigintToWords, bytesToWords }
