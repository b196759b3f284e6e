/**
 * The block's pre-state as bytes in shared memory, read in place by every worker.
 *
 * Before this, each worker v8-deserialised the whole pre-state and rebuilt an
 * InMemoryState from it: ~150 ms per worker for 18k accounts, on the critical path
 * of every block. Here a worker only indexes the records (address → offset, a few
 * ms) and decodes an account the first time it is asked for.
 *
 * Record layout (little-endian u32s; `big` = length byte + minimal big-endian bytes):
 *   u32 recordLength | address[20] | big nonce | big balance
 *   | u32 codeLength | code | codeHash[32] (only when codeLength > 0)
 *   | u32 slotCount | slotCount × (slot[32] | big value)
 * The image is: u32 accountCount, then the records.
 */
import { keccak256 } from '../hash.js'
import { ByteReader } from '../codec/bytes.js'
import type { ByteWriter } from '../codec/bytes.js'
import type { Hex, PreStateAccount } from '../types.js'
import { EMPTY_CODE_HASH, bigintToMinimalBytes } from './base.js'
import type { AccountRecord, BaseState } from './base.js'

export function encodePreState(w: ByteWriter, pre: Map<Hex, PreStateAccount>): void {
  w.u32(pre.size)
  for (const [address, acc] of pre) {
    const start = w.pos
    w.u32(0)
    w.hex(address, 20)
    w.big(acc.nonce)
    w.big(acc.balance)
    w.lenBytes(acc.code)
    if (acc.code.length > 0) w.bytes(keccak256(acc.code))
    w.u32(acc.storage.size)
    for (const [slot, v] of acc.storage) {
      w.hex(slot, 32)
      w.big(v)
    }
    w.u32At(start, w.pos - start)
  }
}

/** Where one account's fields start, found by one pass over the records. */
interface Entry {
  /** Offset of the nonce (just after the address). */
  at: number
  record: AccountRecord | undefined
  slots: Map<string, Uint8Array> | undefined
}

const EMPTY = new Uint8Array(0)

/**
 * A BaseState over a pre-state image (addresses and slots as lower-case hex without
 * 0x, as BaseState says), and `get(0x address)` giving the PreStateAccount for the
 * post-state diff. Decoded accounts, slots and code are kept for the block.
 */
export class PreStateImage implements BaseState {
  private readonly r: ByteReader
  private readonly index = new Map<string, Entry>()
  private readonly codes = new Map<string, Uint8Array>()
  /** Code hash → offset of the code's u32 length, for code not decoded yet. */
  private readonly codeAt = new Map<string, number>()
  private allCodesIndexed = false

  constructor(
    bytes: Uint8Array,
    private readonly hashes: Map<bigint, Hex>,
  ) {
    this.r = new ByteReader(bytes)
    const r = this.r
    const count = r.u32()
    for (let i = 0; i < count; i++) {
      const start = r.pos
      const length = r.u32()
      const address = r.hex(20)
      this.index.set(address, { at: r.pos, record: undefined, slots: undefined })
      r.pos = start + length
    }
  }

  account(address: string): AccountRecord | undefined {
    const e = this.index.get(address)
    if (e === undefined) return undefined
    return (e.record ??= this.decodeRecord(e))
  }

  private decodeRecord(e: Entry): AccountRecord {
    const r = this.r
    r.pos = e.at
    const nonce = r.big()
    const balance = r.big()
    const codeLength = r.u32()
    let codeHash = EMPTY_CODE_HASH
    if (codeLength > 0) {
      const codeStart = r.pos - 4
      r.skip(codeLength)
      codeHash = r.hex(32)
      if (!this.codes.has(codeHash)) this.codeAt.set(codeHash, codeStart)
    }
    return { nonce, balance, codeHash, hasStorage: r.u32() > 0 }
  }

  code(codeHash: string): Uint8Array {
    let code = this.codes.get(codeHash)
    if (code === undefined) {
      const at = this.codeAt.get(codeHash) ?? this.findCode(codeHash)
      if (at === undefined) return EMPTY
      this.r.pos = at
      code = this.r.lenBytes()
      this.codes.set(codeHash, code)
      this.codeAt.delete(codeHash)
    }
    return code
  }

  /** A hash not met through account() yet: index every account's code hash (once). */
  private findCode(codeHash: string): number | undefined {
    if (!this.allCodesIndexed) {
      this.allCodesIndexed = true
      for (const e of this.index.values()) e.record ??= this.decodeRecord(e)
    }
    return this.codeAt.get(codeHash)
  }

  storage(address: string, slot: string): Uint8Array {
    const e = this.index.get(address)
    if (e === undefined) return EMPTY
    return (e.slots ??= this.decodeSlots(e)).get(slot) ?? EMPTY
  }

  /** Moves the reader to the slot count of `e`. */
  private seekSlots(e: Entry): void {
    const r = this.r
    r.pos = e.at
    r.skip(r.u8()) // nonce
    r.skip(r.u8()) // balance
    const codeLength = r.u32()
    if (codeLength > 0) r.skip(codeLength + 32)
  }

  private decodeSlots(e: Entry): Map<string, Uint8Array> {
    this.seekSlots(e)
    const r = this.r
    const slots = new Map<string, Uint8Array>()
    for (let i = 0, n = r.u32(); i < n; i++) {
      const slot = r.hex(32)
      slots.set(slot, bigintToMinimalBytes(r.big()))
    }
    return slots
  }

  blockHash(number: bigint): Uint8Array | undefined {
    const h = this.hashes.get(number)
    return h === undefined ? undefined : Buffer.from(h.slice(2), 'hex')
  }

  /** The account as the block input gave it (for the post-state diff), or undefined. */
  get(address: Hex): PreStateAccount | undefined {
    const e = this.index.get(address.slice(2))
    if (e === undefined) return undefined
    const rec = (e.record ??= this.decodeRecord(e))
    const code = rec.codeHash === EMPTY_CODE_HASH ? EMPTY : this.code(rec.codeHash)
    this.seekSlots(e)
    const r = this.r
    const storage = new Map<Hex, bigint>()
    for (let i = 0, n = r.u32(); i < n; i++) {
      const slot = `0x${r.hex(32)}` as Hex
      storage.set(slot, r.big())
    }
    return { balance: rec.balance, nonce: rec.nonce, code, storage }
  }
}
