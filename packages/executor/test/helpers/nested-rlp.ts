/**
 * The receipt encoding and one-pass trie root as they were before the sized RlpWriter:
 * nested arrays through @ethereumjs/rlp. Kept as an independent oracle for the tests
 * (receipts-root.test.ts, hashed with @noble/hashes) and as the baseline of the
 * micro-benchmark (bench/src/micro/receipts-root.ts, hashed with our keccak).
 */
import { RLP } from '@ethereumjs/rlp'
import type { NestedUint8Array } from '@ethereumjs/rlp'

import type { Receipt } from '../../src/types.js'

export type Hash = (bytes: Uint8Array) => Uint8Array

type Node = Uint8Array | NestedUint8Array
interface Item {
  nibbles: Uint8Array
  value: Uint8Array
}

export const hexBytes = (h: string): Uint8Array => Buffer.from(h.slice(2), 'hex')

export function minimalBytes(v: bigint): Uint8Array {
  if (v === 0n) return new Uint8Array(0)
  const h = v.toString(16)
  return Buffer.from(h.length & 1 ? '0' + h : h, 'hex')
}

export const rlpIndex = (i: number): Uint8Array => RLP.encode(i)

export function nestedEncodeReceipt(r: Receipt): Uint8Array {
  const first = r.status === undefined ? new Uint8Array(32) : r.status === 1 ? Uint8Array.of(1) : new Uint8Array(0)
  const logs: NestedUint8Array = r.logs.map((l) => [hexBytes(l.address), l.topics.map(hexBytes), hexBytes(l.data)])
  const body = RLP.encode([first, minimalBytes(r.cumulativeGasUsed), r.logsBloom, logs])
  if (r.type === 0) return body
  const out = new Uint8Array(body.length + 1)
  out[0] = r.type
  out.set(body, 1)
  return out
}

function toNibbles(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(key.length * 2)
  for (let i = 0; i < key.length; i++) {
    out[2 * i] = key[i] >> 4
    out[2 * i + 1] = key[i] & 15
  }
  return out
}

function hexPrefix(nibbles: Uint8Array, leaf: boolean): Uint8Array {
  const odd = nibbles.length & 1
  const out = new Uint8Array((nibbles.length >> 1) + 1)
  out[0] = ((leaf ? 2 : 0) + odd) << 4
  let j = 1
  let i = 0
  if (odd) {
    out[0] |= nibbles[0]
    i = 1
  }
  for (; i < nibbles.length; i += 2) out[j++] = (nibbles[i] << 4) | nibbles[i + 1]
  return out
}

function build(items: Item[], depth: number, hash: Hash): Node {
  const ref = (node: Node): Node => {
    const enc = RLP.encode(node)
    return enc.length < 32 ? node : hash(enc)
  }
  if (items.length === 1) return [hexPrefix(items[0].nibbles.subarray(depth), true), items[0].value]
  const first = items[0].nibbles
  let common = first.length - depth
  for (const it of items) {
    let k = 0
    while (k < common && depth + k < it.nibbles.length && it.nibbles[depth + k] === first[depth + k]) k++
    common = k
  }
  if (common > 0) return [hexPrefix(first.subarray(depth, depth + common), false), ref(build(items, depth + common, hash))]
  const branch: Node[] = new Array(17).fill(new Uint8Array(0))
  const groups: Item[][] = Array.from({ length: 16 }, () => [])
  for (const it of items) {
    if (it.nibbles.length === depth) branch[16] = it.value
    else groups[it.nibbles[depth]].push(it)
  }
  for (let n = 0; n < 16; n++) if (groups[n].length > 0) branch[n] = ref(build(groups[n], depth + 1, hash))
  return branch as NestedUint8Array
}

/** Root of the trie holding `entries` (distinct keys), nodes encoded as nested RLP. */
export function nestedTrieRoot(entries: [Uint8Array, Uint8Array][], hash: Hash): Uint8Array {
  if (entries.length === 0) return hash(RLP.encode(new Uint8Array(0)))
  return hash(RLP.encode(build(entries.map(([k, v]) => ({ nibbles: toNibbles(k), value: v })), 0, hash)))
}

export function nestedReceiptsRoot(receipts: Receipt[], hash: Hash): Uint8Array {
  return nestedTrieRoot(receipts.map((r, i) => [rlpIndex(i), nestedEncodeReceipt(r)]), hash)
}
