/**
 * The block as the workers see it, in two SharedArrayBuffers written on the main thread
 * and read in place by every worker. postMessage of the BlockInput would serialise it
 * once per worker on the main thread; v8-serialising it once and deserialising it in
 * each worker still cost each worker ~150 ms on a 10k-transfer block before its first
 * transaction. Now a worker indexes the pre-state records and decodes a transaction or
 * an account only when it first needs it.
 *
 * The pre-state part is complete before the workers start. The transactions are written
 * after the block task is posted, while the workers start and run the first ones: they
 * were ~40% of building the image (~4.5 ms of ~11 on 10k transfers), time in which both
 * workers waited. A worker that reaches a transaction not written yet waits on the
 * `ready` counter (Atomics.wait; the main thread publishes it every TX_CHUNK records).
 *
 * Layout, `sab`:
 *   u32 MAGIC | u32 txCount | u32 restLength | rest (v8: the block without its
 *   transactions and pre-state) | pre-state image (state/pre-state-image.ts)
 * `txs` (sized by encodedTxBound before any is written):
 *   i32 ready (records written, published with Atomics.store) | i32 aborted (1: the main
 *   thread stopped on a malformed transaction; waiting workers throw)
 *   | u32 × (txCount + 1) record offsets | transaction records (codec/tx.ts)
 *
 * Invariants:
 *   B1. Offsets and records below `ready` are written before `ready` is stored and never
 *       change after (a worker reads them after loading `ready`).
 *   B2. `ready` only grows; it reaches txCount, or `aborted` is set and stays set.
 *   B3. A cached image is complete, or its transactions are still to be written (fillTxs
 *       goes on from where it stopped); an aborted one is dropped from the cache.
 *
 * Cached per block object: executing the same block again reuses its image.
 * `stats.phases.imageMs` reports the build time, transactions included (0 when cached);
 * the bench drops the cache before each timed run (`forgetBlockImage`, parallel/engine.ts), so its times
 * include it.
 */
import { isMainThread } from 'node:worker_threads'
import { deserialize, serialize } from 'node:v8'

import { ByteReader, ByteWriter } from '../codec/bytes.js'
import { decodeTx, encodeTx, encodedTxBound, txFieldProblem } from '../codec/tx.js'
import type { TxKeys } from '../codec/tx.js'
import { InputError } from '../errors.js'
import { PreStateImage, encodePreState } from '../state/pre-state-image.js'
import type { BlockInput, Hex, TxInput } from '../types.js'

const MAGIC = 0x424c4b33 // "BLK3"

/** Records the main thread writes between two publications of `ready`. */
const TX_CHUNK = 256

// Int32 indexes of the transaction image's header.
const READY = 0
const ABORTED = 1
const TX_HEADER = 8

/** The image of one block, with the pre-state's keys by ordinal (for diff shares written by ordinal: codec/state-diff.ts). */
export class BlockImage {
  readonly preKeys: Hex[] = []
  /** Header and pre-state: complete once constructed. */
  readonly sab: SharedArrayBuffer
  /** Transactions: written by fillTxs (see the layout above). */
  readonly txs: SharedArrayBuffer
  private readonly state: Int32Array
  private readonly writer: ByteWriter
  private next = 0

  constructor(private readonly block: BlockInput) {
    this.sab = buildHead(block, this.preKeys)
    const n = block.transactions.length
    let bound = TX_HEADER + 4 * (n + 1)
    for (let i = 0; i < n; i++) bound += encodedTxBound(block.transactions[i]!)
    this.txs = new SharedArrayBuffer(bound)
    this.state = new Int32Array(this.txs, 0, 2)
    this.writer = ByteWriter.into(this.txs)
    this.writer.pos = TX_HEADER + 4 * (n + 1)
  }

  /** Whether every transaction is written (B2). */
  get complete(): boolean {
    return this.next === this.block.transactions.length
  }

  /**
   * Writes the transactions not written yet, publishing progress every TX_CHUNK (B1).
   * On a malformed one, marks the image aborted (waiting workers throw), drops it from
   * the cache (B3) and throws an InputError naming the transaction and field.
   */
  fillTxs(): void {
    const txs = this.block.transactions
    const w = this.writer
    const offsets = TX_HEADER
    while (this.next < txs.length) {
      const end = Math.min(txs.length, this.next + TX_CHUNK)
      for (let i = this.next; i < end; i++) {
        w.u32At(offsets + 4 * i, w.pos)
        try {
          encodeTx(w, txs[i]!, false) // workers need no hash or signature
        } catch (e) {
          this.abort()
          const p = txFieldProblem(txs[i]!)
          throw new InputError(`block.transactions[${i}]${p === undefined ? '' : `.${p.field}`}`, p?.problem ?? (e as Error).message, i)
        }
      }
      if (end === txs.length) w.u32At(offsets + 4 * end, w.pos)
      this.next = end
      Atomics.store(this.state, READY, end)
      Atomics.notify(this.state, READY)
    }
  }

  private abort(): void {
    cache.delete(this.block)
    Atomics.store(this.state, ABORTED, 1)
    Atomics.notify(this.state, READY)
  }
}

const cache = new WeakMap<BlockInput, BlockImage>()

/** The block's image: the cached one, or a new one whose transactions the caller writes (fillTxs). */
export function blockImage(block: BlockInput): BlockImage {
  let image = cache.get(block)
  if (image === undefined) cache.set(block, (image = new BlockImage(block)))
  return image
}

/** The block's image with every transaction written (tests, and callers with nothing to overlap). */
export function completeBlockImage(block: BlockInput): BlockImage {
  const image = blockImage(block)
  image.fillTxs()
  return image
}

export function isBlockImageCached(block: BlockInput): boolean {
  return cache.has(block)
}

/** Drops the cached image of this block object (the public `forgetBlockImage` drops its prelude's too). */
export function dropBlockImage(block: BlockInput): void {
  cache.delete(block)
}

/** MAGIC, txCount, the rest of the block, the pre-state image: one SharedArrayBuffer. */
function buildHead(block: BlockInput, preKeys: Hex[]): SharedArrayBuffer {
  // About an account's size, so most blocks are written without regrowing.
  const w = new ByteWriter(96 * block.preState.size + (1 << 16))
  w.u32(MAGIC)
  w.u32(block.transactions.length)
  w.lenBytes(serialize({ ...block, transactions: [], preState: new Map() }))
  try {
    encodePreState(w, block.preState, preKeys)
  } catch (e) {
    throw new InputError('block.preState', (e as Error).message)
  }
  return w.finish()
}

/** A worker's view of the image: the block's header fields, transactions on demand, the pre-state. */
export class BlockView {
  /** The block without transactions or pre-state (for makeBlockEnv). */
  readonly block: BlockInput
  readonly txCount: number
  readonly pre: PreStateImage
  private readonly r: ByteReader
  private readonly state: Int32Array
  /** Records known written (a cached load of `ready`). */
  private ready = 0

  constructor(sab: SharedArrayBuffer, txs: SharedArrayBuffer) {
    const h = new ByteReader(new Uint8Array(sab))
    if (h.u32() !== MAGIC) throw new Error('block image: bad magic (built by another version?)')
    this.txCount = h.u32()
    const restLength = h.u32()
    this.block = deserialize(h.buf.subarray(h.pos, h.pos + restLength)) as BlockInput
    h.skip(restLength)
    this.pre = new PreStateImage(h.buf.subarray(h.pos), this.block.blockHashes)
    this.r = new ByteReader(new Uint8Array(txs))
    this.state = new Int32Array(txs, 0, 2)
  }

  /** Decoded on each call, not cached (see BlockRun.tx in loop.ts for why); `keys` as decodeTx's. */
  tx(i: number, keys?: TxKeys): TxInput {
    if (!(i >= 0 && i < this.txCount)) throw new RangeError(`block image: no transaction ${i} of ${this.txCount}`)
    if (i >= this.ready) this.awaitTx(i)
    this.r.pos = this.r.buf.readUInt32LE(TX_HEADER + 4 * i)
    return decodeTx(this.r, keys)
  }

  /** Waits until the main thread has written transaction i (B1, B2). */
  private awaitTx(i: number): void {
    for (;;) {
      const ready = Atomics.load(this.state, READY)
      if (ready > i) {
        this.ready = ready
        return
      }
      if (Atomics.load(this.state, ABORTED) !== 0) throw new Error(`block image: the main thread stopped writing transactions before ${i} (a malformed transaction)`)
      if (isMainThread) throw new Error(`block image: transaction ${i} is not written yet (fillTxs first on this thread)`)
      Atomics.wait(this.state, READY, ready, 100)
    }
  }
}
