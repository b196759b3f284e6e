import { RLP } from '@ethereumjs/rlp'
import type { NestedUint8Array } from '@ethereumjs/rlp'

import type { Receipt } from '../types.js'
import { trieRoot } from './trie.js'
import { bigintToMinimalBytes } from '../state/base.js'

const hexBytes = (h: string): Uint8Array => Buffer.from(h.slice(2), 'hex')
const ZERO_ROOT = new Uint8Array(32)

/**
 * Consensus encoding of a receipt (EIP-2718 typed: type byte ++ RLP). Before
 * Byzantium the first field is the intermediate state root, which a flat-state
 * executor cannot compute: zero bytes are used, so the root is not comparable there.
 */
export function encodeReceipt(r: Receipt): Uint8Array {
  const first = r.status === undefined ? ZERO_ROOT : r.status === 1 ? Uint8Array.of(1) : new Uint8Array(0)
  const logs: NestedUint8Array = r.logs.map((l) => [hexBytes(l.address), l.topics.map(hexBytes), hexBytes(l.data)])
  const body = RLP.encode([first, bigintToMinimalBytes(r.cumulativeGasUsed), r.logsBloom, logs])
  if (r.type === 0) return body
  const out = new Uint8Array(body.length + 1)
  out[0] = r.type
  out.set(body, 1)
  return out
}

/** The block header's receiptsRoot over these receipts, in order. */
export function receiptsRoot(receipts: Receipt[]): Uint8Array {
  return trieRoot(receipts.map((r, i) => [RLP.encode(i), encodeReceipt(r)]))
}
