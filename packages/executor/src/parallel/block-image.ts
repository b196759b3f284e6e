/**
 * The block as the workers see it: one SharedArrayBuffer, written once on the main
 * thread and read in place by every worker. postMessage of the BlockInput would
 * serialise it once per worker on the main thread; v8-serialising it once and
 * deserialising it in each worker still cost each worker ~150 ms on a 10k-transfer
 * block before its first transaction. Now a worker indexes the pre-state records
 * and decodes a transaction or an account only when it first needs it.
 *
 * Layout:
 *   u32 MAGIC | u32 txCount | u32 restLength | rest (v8: the block without its
 *   transactions and pre-state) | u32 × (txCount + 1) transaction offsets |
 *   transaction records (codec/tx.ts) | pre-state image (state/pre-state-image.ts)
 *
 * Cached per block object: executing the same block again reuses its image.
 * `stats.phases.imageMs` reports the build time (0 when cached); the bench drops
 * the cache before each timed run (`forgetBlockImage`), so its times include it.
 */
import { deserialize, serialize } from 'node:v8'

import { ByteReader, ByteWriter } from '../codec/bytes.js'
import { decodeTx, encodeTx } from '../codec/tx.js'
import type { TxKeys } from '../codec/tx.js'
import { PreStateImage, encodePreState } from '../state/pre-state-image.js'
import type { BlockInput, Hex, TxInput } from '../types.js'

const MAGIC = 0x424c4b32 // "BLK2"

/** The image, and the pre-state's keys by ordinal (for diff shares written by ordinal: codec/state-diff.ts). */
export interface BlockImage {
  sab: SharedArrayBuffer
  preKeys: Hex[]
}

const cache = new WeakMap<BlockInput, BlockImage>()

export function blockImage(block: BlockInput): BlockImage {
  let image = cache.get(block)
  if (image === undefined) cache.set(block, (image = buildImage(block)))
  return image
}

export function isBlockImageCached(block: BlockInput): boolean {
  return cache.has(block)
}

/** Drops the cached image, so the next execution builds it again (honest timing). */
export function forgetBlockImage(block: BlockInput): void {
  cache.delete(block)
}

function buildImage(block: BlockInput): BlockImage {
  // About a transfer's and an account's size, so most blocks are written without regrowing.
  const w = new ByteWriter(160 * block.transactions.length + 96 * block.preState.size + (1 << 16))
  const n = block.transactions.length
  w.u32(MAGIC)
  w.u32(n)
  const rest = serialize({ ...block, transactions: [], preState: new Map() })
  w.lenBytes(rest)
  const table = w.pos
  for (let i = 0; i <= n; i++) w.u32(0)
  for (let i = 0; i < n; i++) {
    w.u32At(table + 4 * i, w.pos)
    encodeTx(w, block.transactions[i], false) // workers need no hash or signature
  }
  w.u32At(table + 4 * n, w.pos)
  const preKeys: Hex[] = []
  encodePreState(w, block.preState, preKeys)
  return { sab: w.finish(), preKeys }
}

/** A worker's view of the image: the block's header fields, transactions on demand, the pre-state. */
export class BlockView {
  /** The block without transactions or pre-state (for makeBlockEnv). */
  readonly block: BlockInput
  readonly txCount: number
  readonly pre: PreStateImage
  private readonly r: ByteReader
  private readonly table: number

  constructor(sab: SharedArrayBuffer) {
    const r = (this.r = new ByteReader(new Uint8Array(sab)))
    if (r.u32() !== MAGIC) throw new Error('block image: bad magic (built by another version?)')
    this.txCount = r.u32()
    const restLength = r.u32()
    this.block = deserialize(r.buf.subarray(r.pos, r.pos + restLength)) as BlockInput
    r.skip(restLength)
    this.table = r.pos
    const preAt = r.buf.readUInt32LE(this.table + 4 * this.txCount)
    this.pre = new PreStateImage(r.buf.subarray(preAt), this.block.blockHashes)
  }

  /** Decoded on each call, not cached (see BlockRun.tx in loop.ts for why); `keys` as decodeTx's. */
  tx(i: number, keys?: TxKeys): TxInput {
    this.r.pos = this.r.buf.readUInt32LE(this.table + 4 * i)
    return decodeTx(this.r, keys)
  }
}
