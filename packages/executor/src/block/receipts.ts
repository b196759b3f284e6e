import type { LogEntry, Receipt } from '../types.js'
import { indexTrieRoot } from './trie.js'
import { RlpWriter, bytesSize, hexSize, listSize, uintSize } from './rlp-writer.js'

/*
 * Receipts are encoded with the sized RlpWriter rather than @ethereumjs/rlp: the
 * receipts root is a serial cost of every block in both engines, and building
 * nested arrays of per-field Uint8Arrays (hex-decoded logs included) then
 * concatenating them dominated it.
 */

const ZERO_ROOT = new Uint8Array(32)

/** A log's fields as bytes: [address, topics, data]. */
export type LogBytes = [address: Uint8Array, topics: Uint8Array[], data: Uint8Array]

/**
 * The bytes a transaction's logs were made from, where the engine had them (the EVM's
 * logs, a worker's reply), keyed by the logs array: the receipt encoding then copies
 * bytes instead of parsing the hex back (on a block with large logs that was most of
 * the receipts root). Kept off the LogEntry objects so that results compare and
 * serialise as before; one entry per transaction, not per log (WeakMap entries are
 * not free).
 */
const logsBytes = new WeakMap<LogEntry[], LogBytes[]>()

/** Records the bytes `logs` were made from (they must spell the same values and not change). */
export function withLogsBytes(logs: LogEntry[], bytes: LogBytes[]): LogEntry[] {
  if (logs.length > 0) logsBytes.set(logs, bytes)
  return logs
}

/** A receipt's fields as the encoding needs them; `logs` may be empty when the bytes are given. */
type ReceiptFields = Pick<Receipt, 'type' | 'status' | 'cumulativeGasUsed' | 'logsBloom' | 'logs'>

/** Encoded size of the status field: 0x01, empty for 0, or the 32-byte zero state root. */
function statusSize(r: ReceiptFields): number {
  return r.status === undefined ? 33 : 1
}

/** How many logs: the bytes' count when given (the hex entries may then be absent). */
function logCount(r: ReceiptFields, b: readonly LogBytes[] | undefined): number {
  return b !== undefined ? b.length : r.logs.length
}

function topicsPayload(l: LogEntry | undefined, b: LogBytes | undefined): number {
  let n = 0
  if (b !== undefined) for (const t of b[1]) n += bytesSize(t)
  else for (const t of l!.topics) n += hexSize(t)
  return n
}

/** Payload of a log's list [address, [topics], data], given its topics' payload. */
function logPayload(l: LogEntry | undefined, b: LogBytes | undefined, topics: number): number {
  if (b !== undefined) return bytesSize(b[0]) + listSize(topics) + bytesSize(b[2])
  return hexSize(l!.address) + listSize(topics) + hexSize(l!.data)
}

function logsPayload(r: ReceiptFields, b: readonly LogBytes[] | undefined): number {
  let n = 0
  for (let i = 0, count = logCount(r, b); i < count; i++) {
    const l = r.logs[i]
    const lb = b?.[i]
    n += listSize(logPayload(l, lb, topicsPayload(l, lb)))
  }
  return n
}

/** Payload of the receipt's list [status, cumulativeGasUsed, bloom, logs], given the logs' payload. */
function receiptPayload(r: ReceiptFields, logs: number): number {
  return statusSize(r) + uintSize(r.cumulativeGasUsed) + bytesSize(r.logsBloom) + listSize(logs)
}

/** Total size of the consensus encoding, the EIP-2718 type byte included. */
function receiptSize(r: ReceiptFields, b: readonly LogBytes[] | undefined): number {
  return (r.type === 0 ? 0 : 1) + listSize(receiptPayload(r, logsPayload(r, b)))
}

// Each payload is computed once per write: the headers need them before the fields.
function writeLog(w: RlpWriter, l: LogEntry | undefined, b: LogBytes | undefined): void {
  const topics = topicsPayload(l, b)
  w.listHeader(logPayload(l, b, topics))
  if (b !== undefined) {
    w.bytes(b[0])
    w.listHeader(topics)
    for (const t of b[1]) w.bytes(t)
    w.bytes(b[2])
    return
  }
  w.hex(l!.address)
  w.listHeader(topics)
  for (const t of l!.topics) w.hex(t)
  w.hex(l!.data)
}

function writeReceipt(w: RlpWriter, r: ReceiptFields, b: readonly LogBytes[] | undefined): void {
  if (r.type !== 0) w.byte(r.type)
  const logs = logsPayload(r, b)
  w.listHeader(receiptPayload(r, logs))
  if (r.status === undefined) w.bytes(ZERO_ROOT)
  else w.byte(r.status === 1 ? 0x01 : 0x80)
  w.uint(r.cumulativeGasUsed)
  w.bytes(r.logsBloom)
  w.listHeader(logs)
  for (let i = 0, count = logCount(r, b); i < count; i++) writeLog(w, r.logs[i], b?.[i])
}

/**
 * Consensus encoding of a receipt (EIP-2718 typed: type byte ++ RLP). Before
 * Byzantium the first field is the intermediate state root, which a flat-state
 * executor cannot compute: zero bytes are used, so the root is not comparable there.
 */
export function encodeReceipt(r: Receipt): Uint8Array {
  const b = logsBytes.get(r.logs)
  const out = new Uint8Array(receiptSize(r, b))
  writeReceipt(new RlpWriter(out), r, b)
  return out
}

const NO_LOGS: LogEntry[] = []

/**
 * encodeReceipt from the logs' bytes alone (a parallel worker holds its logs as the
 * EVM's bytes and hashes its receipts' trie leaves itself, see indexTrieLeaf).
 */
export function encodeReceiptFromBytes(type: number, status: 0 | 1 | undefined, cumulativeGasUsed: bigint, logsBloom: Uint8Array, logs: readonly LogBytes[]): Uint8Array {
  // A scratch of no room grows to exactly this receipt: the result is its own array.
  return new ReceiptScratch(0).encode(type, status, cumulativeGasUsed, logsBloom, logs)
}

/**
 * encodeReceiptFromBytes for receipt after receipt into one reused buffer: each result
 * is a view that the next call overwrites (hash it, or copy it, first). A worker encodes
 * thousands of receipts only to hash their trie leaves; a fresh array, writer and
 * fields record each were a third of that.
 */
export class ReceiptScratch {
  private readonly w: RlpWriter
  private readonly r: ReceiptFields = { type: 0, status: undefined, cumulativeGasUsed: 0n, logsBloom: ZERO_ROOT, logs: NO_LOGS }

  /** `room`: the initial buffer size; it grows to the largest receipt encoded. */
  constructor(room = 1024) {
    this.w = new RlpWriter(new Uint8Array(room))
  }

  encode(type: number, status: 0 | 1 | undefined, cumulativeGasUsed: bigint, logsBloom: Uint8Array, logs: readonly LogBytes[]): Uint8Array {
    const r = this.r
    r.type = type
    r.status = status
    r.cumulativeGasUsed = cumulativeGasUsed
    r.logsBloom = logsBloom
    const size = receiptSize(r, logs)
    if (this.w.buf.length < size) this.w.buf = new Uint8Array(Math.max(size, 2 * this.w.buf.length))
    this.w.pos = 0
    writeReceipt(this.w, r, logs)
    return this.w.buf.subarray(0, size)
  }
}

/** All receipts' encodings as views into one buffer: one allocation for the block. */
function encodeReceipts(receipts: Receipt[]): Uint8Array[] {
  const bytes = receipts.map((r) => logsBytes.get(r.logs))
  const sizes = receipts.map((r, i) => receiptSize(r, bytes[i]))
  let total = 0
  for (const s of sizes) total += s
  const w = new RlpWriter(new Uint8Array(total))
  return receipts.map((r, i) => {
    const start = w.pos
    writeReceipt(w, r, bytes[i])
    return w.buf.subarray(start, start + sizes[i])
  })
}

/** The block header's receiptsRoot over these receipts, in order. */
export function receiptsRoot(receipts: Receipt[]): Uint8Array {
  return indexTrieRoot(encodeReceipts(receipts))
}
