/**
 * Transaction outcomes as bytes, for a worker's reply. A structured clone of 10k
 * outcome objects (each with its own 256-byte bloom, bigints and log objects) cost
 * ~100 ms between the workers' last message and the main thread holding them.
 *
 * u32 count | bloom[256]: the OR of the entries' blooms (the block bloom's share) | entries
 * Entry: u32 tx | u8 kind (0 outcome, 1 invalid)
 *   outcome: u8 status | big gasUsed | big beneficiaryFee | u8 hasContract [address 20]
 *            | u8 bloomKind (0 zero, 1 present [256]) | u32 logCount | logs
 *            | u8 hasError [lenBytes utf8]
 *     log:   address 20 | u8 topicCount | topics 32 each | lenBytes data
 *   invalid: u32 txIndex | lenBytes reason | lenBytes message
 */
import type { OutcomeEntry } from '../parallel/messages.js'
import type { TxOutcome } from '../tx/process.js'
import type { Hex, LogEntry } from '../types.js'
import { ByteReader, ByteWriter } from './bytes.js'
import { withLogsBytes } from '../block/receipts.js'
import type { LogBytes } from '../block/receipts.js'

const utf8 = (s: string) => Buffer.from(s, 'utf8')

function isZero(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false
  return true
}

/** A bloom is the OR of its logs' blooms: without logs it is zero, no 256 bytes to scan (twice per transfer). */
const zeroBloom = (o: TxOutcome): boolean => (o.rawLogs ?? o.logs).length === 0 || isZero(o.logsBloom)

export function encodeOutcomes(entries: OutcomeEntry[]): ArrayBuffer {
  const w = new ByteWriter()
  w.u32(entries.length)
  // The OR of the blooms, so the main thread ORs one bloom per worker rather than one per transaction.
  const bloom = new Uint8Array(256)
  for (const [, o] of entries) if (!('reason' in o) && !zeroBloom(o)) for (let i = 0; i < 256; i++) bloom[i] |= o.logsBloom[i]
  w.bytes(bloom)
  for (const [tx, o] of entries) {
    w.u32(tx)
    if ('reason' in o) {
      w.u8(1)
      w.u32(o.txIndex)
      w.lenBytes(utf8(o.reason))
      w.lenBytes(utf8(o.message))
    } else {
      w.u8(0)
      encodeOutcome(w, o)
    }
  }
  return w.finishTransferable()
}

function encodeOutcome(w: ByteWriter, o: TxOutcome): void {
  w.u8(o.status)
  w.big(o.gasUsed)
  w.big(o.beneficiaryFee)
  w.u8(o.contractAddress === null ? 0 : 1)
  if (o.contractAddress !== null) w.hex(o.contractAddress, 20)
  const zero = zeroBloom(o)
  w.u8(zero ? 0 : 1)
  if (!zero) w.bytes(o.logsBloom)
  if (o.rawLogs !== undefined) {
    w.u32(o.rawLogs.length)
    for (const [address, topics, data] of o.rawLogs) {
      w.bytes(address)
      w.u8(topics.length)
      for (const t of topics) w.bytes(t)
      w.lenBytes(data)
    }
  } else w.u32(o.logs.length)
  for (const l of o.rawLogs === undefined ? o.logs : []) {
    w.hex(l.address, 20)
    w.u8(l.topics.length)
    for (const t of l.topics) w.hex(t, 32)
    w.u32((l.data.length - 2) >> 1)
    w.hex(l.data, (l.data.length - 2) >> 1)
  }
  w.u8(o.error === undefined ? 0 : 1)
  if (o.error !== undefined) w.lenBytes(utf8(o.error))
}

/** Writes each entry's outcome into `into[tx]`, and ORs the entries' blooms into `bloom`. */
export function decodeOutcomes(bytes: ArrayBufferLike, into: (OutcomeEntry[1] | undefined)[], bloom: Uint8Array): void {
  const r = new ByteReader(new Uint8Array(bytes))
  const n = r.u32()
  for (let i = 0; i < 256; i++) bloom[i] |= r.buf[r.pos + i]!
  r.skip(256)
  // Every bloom a view into one block-sized buffer: 10k separate 256-byte buffers
  // were each an off-heap allocation the GC tracks.
  const blooms = new Uint8Array(256 * n)
  for (let i = 0; i < n; i++) {
    const tx = r.u32()
    if (r.u8() === 1) {
      const txIndex = r.u32()
      const reason = r.lenBytes()
      into[tx] = { txIndex, reason: Buffer.from(reason).toString('utf8'), message: Buffer.from(r.lenBytes()).toString('utf8') }
    } else into[tx] = decodeOutcome(r, blooms.subarray(256 * i, 256 * i + 256))
  }
}

const hex0x = (r: ByteReader, n: number): Hex => `0x${r.hex(n)}`
const NO_LOG_BYTES: LogBytes[] = []

function decodeOutcome(r: ByteReader, logsBloom: Uint8Array): TxOutcome {
  const status = r.u8() as 0 | 1
  const gasUsed = r.big()
  const beneficiaryFee = r.big()
  const contractAddress = r.u8() === 1 ? hex0x(r, 20) : null
  if (r.u8() === 1) {
    logsBloom.set(r.buf.subarray(r.pos, r.pos + 256))
    r.skip(256)
  }
  const logs: LogEntry[] = new Array(r.u32())
  // Kept (withLogsBytes) only for a receipt with logs: none allocated for the rest.
  const bytes: LogBytes[] = logs.length === 0 ? NO_LOG_BYTES : new Array(logs.length)
  for (let i = 0; i < logs.length; i++) {
    // Hex for the result, and views of the same bytes for the receipt encoding (withLogsBytes).
    const addressBytes = r.buf.subarray(r.pos, r.pos + 20)
    const address = hex0x(r, 20)
    const topics: Hex[] = new Array(r.u8())
    const topicBytes: Uint8Array[] = new Array(topics.length)
    for (let t = 0; t < topics.length; t++) {
      topicBytes[t] = r.buf.subarray(r.pos, r.pos + 32)
      topics[t] = hex0x(r, 32)
    }
    const length = r.u32()
    const dataBytes = r.buf.subarray(r.pos, r.pos + length)
    logs[i] = { address, topics, data: hex0x(r, length) }
    bytes[i] = [addressBytes, topicBytes, dataBytes]
  }
  withLogsBytes(logs, bytes)
  const out: TxOutcome = { status, gasUsed, beneficiaryFee, logs, logsBloom, contractAddress }
  if (r.u8() === 1) out.error = Buffer.from(r.lenBytes()).toString('utf8')
  return out
}
