/**
 * The state a single transaction executes against: a write buffer over a
 * StateReader, with O(1) checkpoints through an undo log. It implements the
 * ethereumjs StateManagerInterface, so `@ethereumjs/evm` runs on it unchanged.
 *
 * Why an undo log: runTx opens ~3 checkpoint levels per transaction plus one per
 * call frame; copying state per checkpoint (SimpleStateManager) is quadratic.
 * Here a checkpoint is an integer (the log length) and revert undoes entries.
 *
 * The EVM mutates the Account objects it gets (`balance -= …`): getAccount always
 * returns a fresh Account.
 */
import type { StateManagerInterface } from '@ethereumjs/common'
import { Account, KECCAK256_NULL, KECCAK256_RLP } from '@ethereumjs/util'
import { keccak256 } from '../hash.js'
import type { Address } from '@ethereumjs/util'

import { EMPTY_CODE_HASH } from './base.js'
import type { AccountRecord, MaybePromise } from './base.js'
import type { StateReader, StorageWrites, WriteBuffer } from './reader.js'
import { bufferedSlot, emptyWriteBuffer } from './reader.js'

const EMPTY = new Uint8Array(0)
/** Stands for "has storage" in Account.storageRoot: the EVM only compares it with KECCAK256_RLP. */
const NON_EMPTY_ROOT = new Uint8Array(32).fill(0xee)

const HEX_SCRATCH = Buffer.alloc(64)

/**
 * Lower-case hex of an address, slot or hash, born flat. @ethereumjs/util's
 * bytesToUnprefixedHex builds it by `+=` per byte: a rope, which the first Map lookup
 * keyed by it must flatten (copy) - and every state access is such a lookup.
 */
function hexOf(b: Uint8Array): string {
  if (b.length > 64) return Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex')
  HEX_SCRATCH.set(b)
  return HEX_SCRATCH.toString('hex', 0, b.length)
}

/**
 * Code hash hex → bytes, shared like KECCAK256_NULL is (the EVM reads an Account's
 * codeHash, never writes into it): the EVM asks for a contract's account several times
 * per call, and each Buffer.from(hex) was an allocation and a parse. Bounded by clearing.
 */
const hashBytes = new Map<string, Uint8Array>()
function codeHashBytes(hex: string): Uint8Array {
  let b = hashBytes.get(hex)
  if (b === undefined) {
    if (hashBytes.size >= 4096) hashBytes.clear()
    hashBytes.set(hex, (b = Buffer.from(hex, 'hex')))
  }
  return b
}

const enum Undo {
  Account = 0,
  Slot = 1,
  Storage = 2,
  Delta = 3,
}
/** `undefined` previous value means "was absent from the buffer". */
type UndoEntry =
  | { k: Undo.Account; addr: string; prev: AccountRecord | null | undefined }
  | { k: Undo.Slot; w: StorageWrites; slot: string; prev: Uint8Array | undefined }
  | { k: Undo.Storage; addr: string; prev: StorageWrites | undefined }
  | { k: Undo.Delta; addr: string; prev: bigint | undefined }

export class TxState implements StateManagerInterface {
  writes: WriteBuffer = emptyWriteBuffer()
  private undo: UndoEntry[] = []
  private marks: number[] = []
  private reader: StateReader

  readonly originalStorageCache: { get(address: Address, key: Uint8Array): Promise<Uint8Array>; clear(): void }

  constructor(reader: StateReader) {
    this.reader = reader
    // Original value = value at the start of the transaction = what the reader says.
    this.originalStorageCache = {
      get: async (address, key) => this.reader.storage(hexOf(address.bytes), hexOf(key)),
      clear: () => {},
    }
  }

  /**
   * Starts a new transaction over `reader` (which must reflect all earlier transactions).
   * `reuseBuffer` clears the previous transaction's write buffer in place instead of
   * making a new one (four Maps per transaction): only for a caller that is done with
   * it, as a parallel worker is once it has turned it into a WriteSet. The sequential
   * engine's block state keeps the storage Maps it is given, so it takes a fresh one.
   */
  reset(reader: StateReader, reuseBuffer = false): void {
    this.reader = reader
    if (reuseBuffer) {
      // Only non-empty ones: Map.prototype.clear allocates a fresh table even for an empty
      // map (~40 ns and garbage), and a transfer leaves storage and codes empty.
      const w = this.writes
      if (w.accounts.size > 0) w.accounts.clear()
      if (w.storage.size > 0) w.storage.clear()
      if (w.codes.size > 0) w.codes.clear()
      if (w.balanceDeltas.size > 0) w.balanceDeltas.clear()
    } else this.writes = emptyWriteBuffer()
    this.undo.length = 0
    this.marks.length = 0
  }

  // ---- accounts ---------------------------------------------------------------

  /** The account as this transaction sees it now; synchronous when the reader is. */
  record(addr: string): MaybePromise<AccountRecord | undefined> {
    const w = this.writes.accounts.get(addr)
    if (w !== undefined) return this.folded(addr, w ?? undefined)
    const r = this.reader.account(addr)
    return r instanceof Promise ? r.then((x) => this.folded(addr, x)) : this.folded(addr, r)
  }

  /** Writes an account record directly (the journal-free transfer path of processTx). */
  putRecord(addr: string, rec: AccountRecord): void {
    this.setAccount(addr, rec)
  }

  private folded(addr: string, r: AccountRecord | undefined): AccountRecord | undefined {
    const delta = this.writes.balanceDeltas.get(addr)
    if (delta === undefined) return r
    // Someone looks at an account with a pending lazy credit: fold it (exact value).
    if (r === undefined) return { nonce: 0n, balance: delta, codeHash: EMPTY_CODE_HASH, hasStorage: false }
    return { ...r, balance: r.balance + delta }
  }

  /** An account's code hash alone (empty when it does not exist), read without its balance. */
  codeHashOf(addr: string): MaybePromise<string> {
    const w = this.writes.accounts.get(addr)
    if (w !== undefined) return w?.codeHash ?? EMPTY_CODE_HASH
    if (this.reader.codeHash !== undefined) return this.reader.codeHash(addr)
    const r = this.reader.account(addr)
    return r instanceof Promise ? r.then((x) => x?.codeHash ?? EMPTY_CODE_HASH) : (r?.codeHash ?? EMPTY_CODE_HASH)
  }

  /**
   * A lazy credit: adds `delta` to the account's balance without reading it, so
   * transactions that all pay the beneficiary do not conflict. A later read of the
   * account folds it in; a later put or delete (whose balance already includes it) drops it.
   */
  addBalanceDelta(addr: string, delta: bigint): void {
    const prev = this.writes.balanceDeltas.get(addr)
    if (this.marks.length > 0) this.undo.push({ k: Undo.Delta, addr, prev })
    this.writes.balanceDeltas.set(addr, (prev ?? 0n) + delta)
  }

  private dropDelta(addr: string): void {
    const prev = this.writes.balanceDeltas.get(addr)
    if (prev === undefined) return
    if (this.marks.length > 0) this.undo.push({ k: Undo.Delta, addr, prev })
    this.writes.balanceDeltas.delete(addr)
  }

  async getAccount(address: Address): Promise<Account | undefined> {
    const r = await this.record(hexOf(address.bytes))
    if (r === undefined) return undefined
    return new Account(
      r.nonce,
      r.balance,
      r.hasStorage ? NON_EMPTY_ROOT : KECCAK256_RLP,
      r.codeHash === EMPTY_CODE_HASH ? KECCAK256_NULL : codeHashBytes(r.codeHash),
    )
  }

  async putAccount(address: Address, account?: Account): Promise<void> {
    const addr = hexOf(address.bytes)
    if (account === undefined) return this.deleteAccount(address)
    const codeHash = hexOf(account.codeHash)
    const hasStorage = account.storageRoot === NON_EMPTY_ROOT && !this.isCleared(addr)
    this.setAccount(addr, { nonce: account.nonce, balance: account.balance, codeHash, hasStorage })
  }

  async deleteAccount(address: Address): Promise<void> {
    const addr = hexOf(address.bytes)
    this.setAccount(addr, null)
    this.setStorage(addr, { cleared: true, slots: new Map() })
  }

  async modifyAccountFields(address: Address, fields: Partial<{ nonce: bigint; balance: bigint; codeHash: Uint8Array; storageRoot: Uint8Array }>): Promise<void> {
    const account = (await this.getAccount(address)) ?? new Account()
    if (fields.nonce !== undefined) account.nonce = fields.nonce
    if (fields.balance !== undefined) account.balance = fields.balance
    if (fields.codeHash !== undefined) account.codeHash = fields.codeHash
    if (fields.storageRoot !== undefined) account.storageRoot = fields.storageRoot
    await this.putAccount(address, account)
  }

  private setAccount(addr: string, rec: AccountRecord | null): void {
    this.dropDelta(addr)
    const prev = this.writes.accounts.get(addr)
    if (this.marks.length > 0) this.undo.push({ k: Undo.Account, addr, prev })
    this.writes.accounts.set(addr, rec)
  }

  // ---- code -------------------------------------------------------------------

  async getCode(address: Address): Promise<Uint8Array> {
    const r = await this.record(hexOf(address.bytes))
    if (r === undefined || r.codeHash === EMPTY_CODE_HASH) return EMPTY
    return this.writes.codes.get(r.codeHash) ?? this.reader.code(r.codeHash)
  }

  async getCodeSize(address: Address): Promise<number> {
    return (await this.getCode(address)).length
  }

  async putCode(address: Address, code: Uint8Array): Promise<void> {
    const addr = hexOf(address.bytes)
    const codeHash = code.length === 0 ? EMPTY_CODE_HASH : hexOf(keccak256(code))
    // Content-addressed: a code entry never needs undoing, only the account's pointer to it.
    if (code.length > 0) this.writes.codes.set(codeHash, code)
    const r = (await this.record(addr)) ?? { nonce: 0n, balance: 0n, codeHash: EMPTY_CODE_HASH, hasStorage: false }
    this.setAccount(addr, { ...r, codeHash })
  }

  // ---- storage ----------------------------------------------------------------

  private isCleared(addr: string): boolean {
    return this.writes.storage.get(addr)?.cleared === true
  }

  async getStorage(address: Address, key: Uint8Array): Promise<Uint8Array> {
    const addr = hexOf(address.bytes)
    const slot = hexOf(key)
    return bufferedSlot(this.writes, addr, slot) ?? this.reader.storage(addr, slot)
  }

  async putStorage(address: Address, key: Uint8Array, value: Uint8Array): Promise<void> {
    const addr = hexOf(address.bytes)
    const slot = hexOf(key)
    let w = this.writes.storage.get(addr)
    if (w === undefined) {
      w = { cleared: false, slots: new Map() }
      this.setStorage(addr, w)
    }
    if (this.marks.length > 0) this.undo.push({ k: Undo.Slot, w, slot, prev: w.slots.get(slot) })
    w.slots.set(slot, value)
  }

  async clearStorage(address: Address): Promise<void> {
    const addr = hexOf(address.bytes)
    this.setStorage(addr, { cleared: true, slots: new Map() })
    const r = this.writes.accounts.get(addr)
    if (r) this.setAccount(addr, { ...r, hasStorage: false })
  }

  private setStorage(addr: string, w: StorageWrites): void {
    if (this.marks.length > 0) this.undo.push({ k: Undo.Storage, addr, prev: this.writes.storage.get(addr) })
    this.writes.storage.set(addr, w)
  }

  // ---- checkpoints --------------------------------------------------------------

  async checkpoint(): Promise<void> {
    this.marks.push(this.undo.length)
  }

  async commit(): Promise<void> {
    this.marks.pop()
    // Outermost commit: nothing can revert past here any more.
    if (this.marks.length === 0) this.undo.length = 0
  }

  async revert(): Promise<void> {
    // Writes outside every checkpoint are not logged (nothing can revert them: a plain
    // transfer writes three entries per transaction that no one would read).
    if (this.marks.length === 0) throw new Error('TxState: revert without a checkpoint (internal error)')
    const mark = this.marks.pop()!
    const undo = this.undo
    for (let i = undo.length - 1; i >= mark; i--) {
      const e = undo[i]
      if (e.k === Undo.Account) {
        if (e.prev === undefined) this.writes.accounts.delete(e.addr)
        else this.writes.accounts.set(e.addr, e.prev)
      } else if (e.k === Undo.Delta) {
        if (e.prev === undefined) this.writes.balanceDeltas.delete(e.addr)
        else this.writes.balanceDeltas.set(e.addr, e.prev)
      } else if (e.k === Undo.Slot) {
        if (e.prev === undefined) e.w.slots.delete(e.slot)
        else e.w.slots.set(e.slot, e.prev)
      } else if (e.prev === undefined) this.writes.storage.delete(e.addr)
      else this.writes.storage.set(e.addr, e.prev)
    }
    undo.length = mark
  }

  // ---- unused by execution ------------------------------------------------------

  async getStateRoot(): Promise<Uint8Array> {
    // No trie: pre-Byzantium receipts carry an intermediate state root we cannot compute.
    return new Uint8Array(32)
  }
  async setStateRoot(): Promise<void> {
    throw new Error('TxState has no state root')
  }
  async hasStateRoot(): Promise<boolean> {
    return false
  }
  shallowCopy(): StateManagerInterface {
    throw new Error('TxState cannot be copied: one transaction at a time')
  }
  clearCaches(): void {}
}
