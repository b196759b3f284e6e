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
 * Reply layout (bytes): u32 count | count × (u32 tx | big cumulativeGasUsed | lenBytes ref)
 */
import { ByteReader, ByteWriter } from '../codec/bytes.js'
import { ReceiptScratch } from '../block/receipts.js'
import type { LogBytes } from '../block/receipts.js'
import { IndexTrieLeaves } from '../block/trie.js'
import type { TxOutcome } from '../tx/process.js'

/** A leaf as a worker computed it: the cumulative gas it assumed, and the leaf's reference. */
export interface ReceiptLeaf {
  cumulativeGasUsed: bigint
  ref: Uint8Array
}

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
    const cum = BigInt(cumulative[tx]!)
    const receipt = scratch.encode(txType(tx), byzantium ? o.status : undefined, cum, o.logsBloom, logBytesOf(o))
    w.u32(tx)
    w.big(cum)
    w.lenBytes(leaves.ref(tx, receipt))
  }
  return w.finishTransferable()
}

/** The outcome's logs as bytes (a worker's outcomes carry them so; hex ones are parsed). */
function logBytesOf(o: TxOutcome): LogBytes[] {
  if (o.rawLogs !== undefined) return o.rawLogs
  return o.logs.map((l) => [Buffer.from(l.address.slice(2), 'hex'), l.topics.map((t) => Buffer.from(t.slice(2), 'hex')), Buffer.from(l.data.slice(2), 'hex')])
}

/** Writes each leaf into `into[tx]`. */
export function decodeReceiptLeaves(bytes: ArrayBufferLike, into: (ReceiptLeaf | undefined)[]): void {
  const r = new ByteReader(new Uint8Array(bytes))
  for (let i = 0, n = r.u32(); i < n; i++) {
    const tx = r.u32()
    const cumulativeGasUsed = r.big()
    into[tx] = { cumulativeGasUsed, ref: r.lenBytes() }
  }
}
