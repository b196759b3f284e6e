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

/** Encoded size of the status field: 0x01, empty for 0, or the 32-byte zero state root. */
function statusSize(r: Receipt): number {
  return r.status === undefined ? 33 : 1
}

function topicsPayload(l: LogEntry): number {
  let n = 0
  for (const t of l.topics) n += hexSize(t)
  return n
}

/** Payload of a log's list [address, [topics], data]. */
function logPayload(l: LogEntry): number {
  return hexSize(l.address) + listSize(topicsPayload(l)) + hexSize(l.data)
}

function logsPayload(r: Receipt): number {
  let n = 0
  for (const l of r.logs) n += listSize(logPayload(l))
  return n
}

/** Payload of the receipt's list [status, cumulativeGasUsed, bloom, logs]. */
function receiptPayload(r: Receipt): number {
  return statusSize(r) + uintSize(r.cumulativeGasUsed) + bytesSize(r.logsBloom) + listSize(logsPayload(r))
}

/** Total size of the consensus encoding, the EIP-2718 type byte included. */
function receiptSize(r: Receipt): number {
  return (r.type === 0 ? 0 : 1) + listSize(receiptPayload(r))
}

function writeLog(w: RlpWriter, l: LogEntry): void {
  w.listHeader(logPayload(l))
  w.hex(l.address)
  w.listHeader(topicsPayload(l))
  for (const t of l.topics) w.hex(t)
  w.hex(l.data)
}

function writeReceipt(w: RlpWriter, r: Receipt): void {
  if (r.type !== 0) w.byte(r.type)
  w.listHeader(receiptPayload(r))
  if (r.status === undefined) w.bytes(ZERO_ROOT)
  else w.byte(r.status === 1 ? 0x01 : 0x80)
  w.uint(r.cumulativeGasUsed)
  w.bytes(r.logsBloom)
  w.listHeader(logsPayload(r))
  for (const l of r.logs) writeLog(w, l)
}

/**
 * Consensus encoding of a receipt (EIP-2718 typed: type byte ++ RLP). Before
 * Byzantium the first field is the intermediate state root, which a flat-state
 * executor cannot compute: zero bytes are used, so the root is not comparable there.
 */
export function encodeReceipt(r: Receipt): Uint8Array {
  const out = new Uint8Array(receiptSize(r))
  writeReceipt(new RlpWriter(out), r)
  return out
}

/** All receipts' encodings as views into one buffer: one allocation for the block. */
function encodeReceipts(receipts: Receipt[]): Uint8Array[] {
  const sizes = receipts.map(receiptSize)
  let total = 0
  for (const s of sizes) total += s
  const w = new RlpWriter(new Uint8Array(total))
  return receipts.map((r, i) => {
    const start = w.pos
    writeReceipt(w, r)
    return w.buf.subarray(start, start + sizes[i])
  })
}

/** The block header's receiptsRoot over these receipts, in order. */
export function receiptsRoot(receipts: Receipt[]): Uint8Array {
  return indexTrieRoot(encodeReceipts(receipts))
}
