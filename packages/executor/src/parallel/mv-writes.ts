/**
 * Turns one incarnation's write buffer into a multi-version WriteSet: only the
 * account fields that changed become writes (a recipient's nonce and code hash
 * stay untouched, so they conflict with nobody), lazy credits become deltas,
 * a storage wipe becomes a WIPE marker, new code goes to the shared blob arena.
 */
import { MVMemory, WriteSet } from '@blockstm/mvmemory'

import { EMPTY_CODE_HASH } from '../state/base.js'
import type { AccountRecord } from '../state/base.js'
import type { WriteBuffer } from '../state/reader.js'
import { Kind, accountWords, bigintToWords, bytesToWords, hashToWords, newValue } from './keys.js'
import { LocationCache } from './location-cache.js'
import type { MvStateReader } from './mv-reader.js'

export class MvWriter {
  readonly writes = new WriteSet(32)
  private readonly val = newValue()

  private readonly locs: LocationCache

  constructor(
    private readonly mv: MVMemory,
    locs?: LocationCache,
  ) {
    this.locs = locs ?? new LocationCache(mv)
  }

  private put(kind: Kind, address: string, value: Uint32Array, slot?: string): void {
    this.writes.write(this.locs.locate(kind, address, slot), value)
  }

  /**
   * Fills `this.writes` from `buf`; `before` gives each account as the incarnation first
   * read it. Synchronous when every such read is (the incarnation read each account it
   * wrote, so the reader has it cached): no promise per account on the hot path.
   */
  build(txIdx: number, buf: WriteBuffer, reader: MvStateReader): WriteSet | Promise<WriteSet> {
    this.writes.clear()
    for (const [addr, rec] of buf.accounts) {
      const before = reader.account(addr)
      if (before instanceof Promise) return this.buildAsync(txIdx, buf, reader)
      this.account(addr, rec, before)
    }
    return this.rest(txIdx, buf)
  }

  private async buildAsync(txIdx: number, buf: WriteBuffer, reader: MvStateReader): Promise<WriteSet> {
    this.writes.clear()
    for (const [addr, rec] of buf.accounts) this.account(addr, rec, await reader.account(addr))
    return this.rest(txIdx, buf)
  }

  /** Storage, wipes, code and lazy credits: no reads needed. */
  private rest(txIdx: number, buf: WriteBuffer): WriteSet {
    const w = this.writes
    // Size checks first: a transfer has no storage or code, and each loop would make an iterator.
    if (buf.storage.size > 0) this.storage(txIdx, buf)
    if (buf.codes.size > 0) for (const [hash, code] of buf.codes) this.mv.blobs.put(hashToWords(hash, this.val), code)
    for (const [addr, delta] of buf.balanceDeltas) {
      w.addDelta(this.locs.locate(Kind.BALANCE, addr), bigintToWords(delta, this.val))
    }
    return w
  }

  private storage(txIdx: number, buf: WriteBuffer): void {
    for (const [addr, st] of buf.storage) {
      if (st.cleared) {
        this.val.fill(0)
        this.val[0] = txIdx + 1
        this.put(Kind.WIPE, addr, this.val)
      }
      for (const [slot, v] of st.slots) this.put(Kind.STORAGE, addr, bytesToWords(v, this.val), slot)
    }
  }

  private account(addr: string, rec: AccountRecord | null, before: AccountRecord | undefined): void {
    if (rec === null) {
      if (before === undefined) return // never existed, still does not
      this.put(Kind.ACCOUNT, addr, accountWords(false, false, 0n, this.val))
      this.put(Kind.BALANCE, addr, this.val.fill(0))
      // A later credit can revive the account: it must come back without code.
      this.put(Kind.CODEHASH, addr, hashToWords(EMPTY_CODE_HASH, this.val))
      return
    }
    const existedAsSuch = before !== undefined
    if (!existedAsSuch || rec.nonce !== before.nonce || rec.hasStorage !== before.hasStorage) {
      this.put(Kind.ACCOUNT, addr, accountWords(true, rec.hasStorage, rec.nonce, this.val))
    }
    if (!existedAsSuch ? rec.balance !== 0n : rec.balance !== before.balance) {
      this.put(Kind.BALANCE, addr, bigintToWords(rec.balance, this.val))
    }
    if (rec.codeHash !== (before?.codeHash ?? EMPTY_CODE_HASH)) {
      this.put(Kind.CODEHASH, addr, hashToWords(rec.codeHash, this.val))
    }
  }
}
