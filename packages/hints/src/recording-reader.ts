/**
 * A StateReader that records which locations a transaction reads, in front of any
 * other reader (the pre-block state for a simulation, the block state for the
 * sequential recording). It records what the parallel engine's MvStateReader would
 * put in the read set: an account read is a read of its ACCOUNT, BALANCE and
 * CODEHASH locations; a storage read is a read of the slot and the account's WIPE
 * marker. Code is content-addressed (never a conflict): only its hash is kept, for
 * prefetching.
 */
import { EMPTY_CODE_HASH } from './deps.js'
import type { AccountRecord, StateReader } from './deps.js'
import { accountLoc, balanceLoc, codeLoc, storageLoc, wipeLoc } from './location.js'
import type { Location } from './location.js'

/** Values forced on one account while simulating (see Simulator: the sender patch). */
export interface AccountPatch {
  address: string
  nonce: bigint
  /** Lower bound for the balance. */
  minBalance: bigint
}

export class RecordingReader implements StateReader {
  reads = new Set<Location>()
  codeHashes = new Set<string>()
  patch: AccountPatch | undefined
  /** Each account as first read: the "before" of the write-set diff (as in MvWriter). */
  private readonly seen = new Map<string, AccountRecord | undefined>()

  constructor(private inner: StateReader) {}

  /** Starts a new transaction, optionally over a new inner reader. */
  begin(inner?: StateReader, patch?: AccountPatch): void {
    if (inner !== undefined) this.inner = inner
    this.reads = new Set()
    this.codeHashes = new Set()
    this.patch = patch
    this.seen.clear()
  }

  async account(address: string): Promise<AccountRecord | undefined> {
    this.reads.add(accountLoc(address))
    this.reads.add(balanceLoc(address))
    this.reads.add(codeLoc(address))
    if (this.seen.has(address)) return this.seen.get(address)
    let r = await this.inner.account(address)
    const p = this.patch
    if (p !== undefined && p.address === address && r !== undefined) {
      r = { ...r, nonce: p.nonce, balance: r.balance < p.minBalance ? p.minBalance : r.balance }
    }
    this.seen.set(address, r)
    return r
  }

  /**
   * The narrow read (a plain transfer's recipient): only the CODEHASH location, as
   * MvStateReader.codeHash records it; an account read already covers it.
   */
  async codeHash(address: string): Promise<string> {
    if (this.seen.has(address)) return this.seen.get(address)?.codeHash ?? EMPTY_CODE_HASH
    this.reads.add(codeLoc(address))
    const inner = this.inner
    if (inner.codeHash !== undefined) return inner.codeHash(address)
    return (await inner.account(address))?.codeHash ?? EMPTY_CODE_HASH
  }

  async storage(address: string, slot: string): Promise<Uint8Array> {
    this.reads.add(wipeLoc(address))
    this.reads.add(storageLoc(address, slot))
    return this.inner.storage(address, slot)
  }

  async code(codeHash: string): Promise<Uint8Array> {
    this.codeHashes.add(codeHash)
    return this.inner.code(codeHash)
  }
}
