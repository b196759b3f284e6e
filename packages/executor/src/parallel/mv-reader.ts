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
import type { AccountRecord, BaseState } from '../state/base.js'
import type { StateReader } from '../state/reader.js'
import { DependencyAbort } from './abort.js'
import { LocationCache } from './location-cache.js'
import {
  FLAG_EXISTS,
  FLAG_HAS_STORAGE,
  Kind,
  bigintToWords,
  bytesToWords,
  hashToWords,
  newValue,
  nonceOf,
  wordsToBigint,
  wordsToBytes,
  wordsToHash,
} from './keys.js'

export class MvStateReader implements StateReader {
  txIdx = 0
  /** The blocking transaction of the first ESTIMATE this incarnation met, or -1. */
  blockedBy = -1
  readonly reads = new ReadSet(64)
  private readonly val = newValue()
  private readonly accounts = new Map<string, AccountRecord | undefined>()
  private readonly slots = new Map<string, Uint8Array>()
  private readonly wipes = new Map<string, number>()
  /** Code by hash, kept across incarnations (immutable). */
  private readonly codes = new Map<string, Uint8Array>()

  private readonly locs: LocationCache

  constructor(
    private readonly mv: MVMemory,
    private readonly base: BaseState,
    locs?: LocationCache,
  ) {
    this.locs = locs ?? new LocationCache(mv)
  }

  /** Starts a new incarnation of `txIdx`. */
  begin(txIdx: number): void {
    this.txIdx = txIdx
    this.blockedBy = -1
    this.reads.clear()
    this.accounts.clear()
    this.slots.clear()
    this.wipes.clear()
  }

  /** Reads one location; returns the status with the value (or delta) in this.val. */
  private read(kind: Kind, address: string, slot?: string): ReadStatus {
    const loc = this.locs.locate(kind, address, slot)
    const st = this.mv.read(loc, this.txIdx, this.val)
    this.reads.recordRead(loc, st, this.val)
    if (st === ReadStatus.ESTIMATE) {
      // Recorded first: should anything swallow the throw, validation still fails.
      this.blockedBy = this.mv.lastTxIdx
      throw new DependencyAbort(this.blockedBy)
    }
    return st
  }

  async account(address: string): Promise<AccountRecord | undefined> {
    if (this.accounts.has(address)) return this.accounts.get(address)
    const r = await this.readAccount(address)
    this.accounts.set(address, r)
    return r
  }

  private async readAccount(address: string): Promise<AccountRecord | undefined> {
    let base: AccountRecord | undefined | null = null // null = not fetched yet
    const fetchBase = async () => (base === null ? (base = await this.base.account(address)) : base)

    let exists: boolean, hasStorage: boolean, nonce: bigint
    if (this.read(Kind.ACCOUNT, address) === ReadStatus.VALUE) {
      exists = (this.val[0] & FLAG_EXISTS) !== 0
      hasStorage = (this.val[0] & FLAG_HAS_STORAGE) !== 0
      nonce = nonceOf(this.val)
    } else {
      const b = await fetchBase()
      exists = b !== undefined
      hasStorage = b?.hasStorage ?? false
      nonce = b?.nonce ?? 0n
    }

    let balance: bigint
    const bs = this.read(Kind.BALANCE, address)
    if (bs === ReadStatus.VALUE) balance = wordsToBigint(this.val)
    else {
      const delta = bs === ReadStatus.DELTA_ON_BASE ? wordsToBigint(this.val) : 0n
      balance = BigInt.asUintN(256, ((await fetchBase())?.balance ?? 0n) + delta)
    }

    let codeHash: string
    if (this.read(Kind.CODEHASH, address) === ReadStatus.VALUE) codeHash = wordsToHash(this.val)
    else codeHash = (await fetchBase())?.codeHash ?? EMPTY_CODE_HASH

    if (!exists && balance === 0n) return undefined
    return { nonce, balance, codeHash, hasStorage }
  }

  /** Only CODEHASH: a transfer's recipient must have no code, but its balance is none of our business. */
  async codeHash(address: string): Promise<string> {
    const acc = this.accounts.get(address)
    if (acc !== undefined) return acc.codeHash
    if (this.read(Kind.CODEHASH, address) === ReadStatus.VALUE) return wordsToHash(this.val)
    return (await this.base.account(address))?.codeHash ?? EMPTY_CODE_HASH
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

  async storage(address: string, slot: string): Promise<Uint8Array> {
    const k = address + slot
    const cached = this.slots.get(k)
    if (cached !== undefined) return cached
    const wipe = this.wipeOf(address)
    const st = this.read(Kind.STORAGE, address, slot)
    let v: Uint8Array
    if (st === ReadStatus.VALUE) v = wipe > 0 && this.mv.lastTxIdx < wipe - 1 ? EMPTY : wordsToBytes(this.val)
    else v = wipe > 0 ? EMPTY : await this.base.storage(address, slot)
    this.slots.set(k, v)
    return v
  }

  async code(codeHash: string): Promise<Uint8Array> {
    // Content-addressed and immutable: no read-set entry needed, and one instance per
    // hash for the whole block (the EVM's jump-destination cache is keyed by it).
    let code = this.codes.get(codeHash)
    if (code === undefined) {
      code = this.mv.blobs.get(hashToWords(codeHash, this.val)) ?? (await this.base.code(codeHash))
      this.codes.set(codeHash, code)
    }
    return code
  }
}

const EMPTY = new Uint8Array(0)


export { bigintToWords, bytesToWords }
