/**
 * Execution-layer requests (EIP-7685, Prague on): what a block asks of the consensus layer.
 * - type 0, deposits (EIP-6110): one 192-byte record (pubkey 48, withdrawal credentials 32,
 *   amount 8, signature 96, index 8) per DepositEvent log of the deposit contract, in order;
 * - type 1, withdrawal requests (EIP-7002) and type 2, consolidations (EIP-7251): the
 *   outputs of the post-block system calls (system-calls.ts).
 *
 * `requests` lists `type ‖ data` for each type whose data is not empty, in type order (the
 * Engine API's executionRequests); `requestsHash = sha256(sha256(r0) ‖ sha256(r1) ‖ …)` over
 * that list, as the header commits to it (an empty list hashes to sha256 of nothing).
 */
import { createHash } from 'node:crypto'

import { InvalidBlockError } from '../errors.js'
import type { Hex, TxResult } from '../types.js'

export const DEPOSIT_CONTRACT_ADDRESS = '0x00000000219ab540356cbb839cbe05303d7705fa' as Hex
/** keccak256("DepositEvent(bytes,bytes,bytes,bytes,bytes)") */
export const DEPOSIT_TOPIC = '0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5' as Hex

// The ABI layout of a DepositEvent's data: five offsets, then each field's length and bytes.
const FIELDS: readonly { offset: number; size: number }[] = [
  { offset: 160, size: 48 }, // pubkey
  { offset: 256, size: 32 }, // withdrawal credentials
  { offset: 320, size: 8 }, // amount (little-endian gwei)
  { offset: 384, size: 96 }, // signature
  { offset: 512, size: 8 }, // index
]
const LOG_SIZE = 576
const RECORD_SIZE = 192

export interface BlockRequests {
  requests: Uint8Array[]
  requestsHash: Uint8Array
}

const sha256 = (b: Uint8Array): Uint8Array => createHash('sha256').update(b).digest()

function word(data: Uint8Array, at: number): number {
  // Offsets and lengths are small: the upper 24 bytes must be zero.
  for (let i = at; i < at + 28; i++) if (data[i] !== 0) return -1
  return new DataView(data.buffer, data.byteOffset + at + 28, 4).getUint32(0)
}

/** One deposit log's 192-byte record; InvalidBlockError when its layout is not the contract's. */
function depositRecord(data: Uint8Array, where: string): Uint8Array {
  if (data.length !== LOG_SIZE) throw new InvalidBlockError(6110, `${where}: deposit log data is ${data.length} bytes, not ${LOG_SIZE}`)
  const out = new Uint8Array(RECORD_SIZE)
  let at = 0
  FIELDS.forEach((f, i) => {
    if (word(data, 32 * i) !== f.offset || word(data, f.offset) !== f.size) {
      throw new InvalidBlockError(6110, `${where}: deposit log field ${i} is not at offset ${f.offset} with length ${f.size}`)
    }
    out.set(data.subarray(f.offset + 32, f.offset + 32 + f.size), at)
    at += f.size
  })
  return out
}

/** The deposit records of the block's receipts, concatenated. */
export function depositRequests(txs: readonly TxResult[]): Uint8Array {
  const records: Uint8Array[] = []
  for (const tx of txs) {
    const logs = tx.receipt.logs
    for (let i = 0; i < logs.length; i++) {
      const log = logs[i]!
      // Receipts' hex is lower-case (every engine writes it so): no case folding per log,
      // which on a block of 10k token transfers cost ~1 ms on the main thread.
      if (log.topics[0] !== DEPOSIT_TOPIC || log.address !== DEPOSIT_CONTRACT_ADDRESS) continue
      records.push(depositRecord(Buffer.from(log.data.slice(2), 'hex'), `transaction ${tx.index} log ${i}`))
    }
  }
  return Buffer.concat(records)
}

/** The block's requests and their hash, from its receipts and the post-block calls' outputs (7002, 7251). */
export function blockRequests(txs: readonly TxResult[], withdrawals: Uint8Array, consolidations: Uint8Array): BlockRequests {
  const requests: Uint8Array[] = []
  ;[depositRequests(txs), withdrawals, consolidations].forEach((data, type) => {
    if (data.length > 0) requests.push(Uint8Array.from([type, ...data]))
  })
  return { requests, requestsHash: sha256(Buffer.concat(requests.map(sha256))) }
}
