/**
 * The receipts trie's leaves, hashed in the workers. A receipt's encoding needs its
 * cumulative gas, i.e. every lower transaction's final gas: each execution stores its
 * gas in a shared array (BlockTask.gasUsed), and once the block is done every entry
 * holds its final incarnation's value. Each worker then encodes the receipts of the
 * outcomes it holds and hashes their leaves (IndexTrieLeaves); the main thread builds
 * only the branches above them (indexTrieRootFromLeaves). Hashing ~10k receipt leaves
 * was most of the main thread's receipts root, a serial cost that bounds how far more
 * workers can take a block.
 *
 * Reply layout (bytes): u32 count | count × (u32 tx | f64 cumulativeGasUsed | u8 refLength | ref)
 */
import { ByteReader, ByteWriter } from '../codec/bytes.js'
import { ReceiptScratch } from '../block/receipts.js'
import type { LogBytes } from '../block/receipts.js'
import { IndexTrieLeaves } from '../block/trie.js'
import type { TxOutcome } from '../tx/process.js'


/** Cumulative gas after each transaction, from the final gas of every transaction. */
export function cumulativeGas(gasUsed: Float64Array): Float64Array {
  const out = new Float64Array(gasUsed.length)
  let sum = 0
  for (let i = 0; i < gasUsed.length; i++) out[i] = sum += gasUsed[i]!
  return out
}

/** The leaves of `outcomes` (valid ones: the final outcomes this worker holds), encoded for the reply. */
export function encodeReceiptLeaves(
  outcomes: readonly [tx: number, outcome: TxOutcome][],
  txCount: number,
  cumulative: Float64Array,
  txType: (tx: number) => number,
  byzantium: boolean,
): ArrayBuffer {
  const w = new ByteWriter()
  w.u32(outcomes.length)
  if (outcomes.length === 0) return w.finishTransferable()
  const leaves = new IndexTrieLeaves(txCount)
  const scratch = new ReceiptScratch()
  for (const [tx, o] of outcomes) {
    const cum = cumulative[tx]!
    const receipt = scratch.encode(txType(tx), byzantium ? o.status : undefined, BigInt(cum), o.logsBloom, logBytesOf(o))
    const ref = leaves.ref(tx, receipt)
    w.u32(tx)
    w.f64(cum)
    w.u8(ref.length) // a hash, or an inline node under 32 bytes
    w.bytes(ref)
  }
  return w.finishTransferable()
}

/** The outcome's logs as bytes (a worker's outcomes carry them so; hex ones are parsed). */
function logBytesOf(o: TxOutcome): LogBytes[] {
  if (o.rawLogs !== undefined) return o.rawLogs
  return o.logs.map((l) => [Buffer.from(l.address.slice(2), 'hex'), l.topics.map((t) => Buffer.from(t.slice(2), 'hex')), Buffer.from(l.data.slice(2), 'hex')])
}

/**
 * The leaves the workers sent, by transaction: the cumulative gas each assumed, and its
 * reference as a view into the reply's bytes (10k copies, each with its own buffer,
 * were a sixth of what the main thread allocated per block).
 */
export class ReceiptLeaves {
  /** NaN where no leaf has come. */
  private readonly cumulative: Float64Array
  private readonly refs: Uint8Array[]

  constructor(txCount: number) {
    this.cumulative = new Float64Array(txCount).fill(NaN)
    this.refs = new Array<Uint8Array>(txCount)
  }

  /** Adds one worker's reply (encodeReceiptLeaves). */
  add(bytes: ArrayBuffer): void {
    const r = new ByteReader(new Uint8Array(bytes))
    for (let i = 0, n = r.u32(); i < n; i++) {
      const tx = r.u32()
      this.cumulative[tx] = r.f64()
      this.refs[tx] = r.view(r.u8())
    }
  }

  /** Every leaf's reference in order, if all are there and assumed the cumulative gas of `receipts`; else undefined. */
  refsFor(receipts: readonly { cumulativeGasUsed: bigint }[]): Uint8Array[] | undefined {
    if (receipts.length !== this.refs.length) return undefined
    for (let i = 0; i < receipts.length; i++) {
      // NaN (no leaf) equals nothing; gas sums stay far below 2^53, so Number() is exact.
      if (this.cumulative[i] !== Number(receipts[i]!.cumulativeGasUsed)) return undefined
    }
    return this.refs
  }
}
