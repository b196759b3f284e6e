/**
 * Root of a Merkle-Patricia trie built in one pass from all its items (for the
 * receipts root: key = RLP(index)). No node store, no hashing of intermediate
 * states: sort once, recurse on nibble groups.
 */
import { RLP } from '@ethereumjs/rlp'
import type { NestedUint8Array } from '@ethereumjs/rlp'
import { keccak256 } from '../hash.js'

type Node = Uint8Array | NestedUint8Array
interface Item {
  nibbles: Uint8Array
  value: Uint8Array
}

function toNibbles(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(key.length * 2)
  for (let i = 0; i < key.length; i++) {
    out[2 * i] = key[i] >> 4
    out[2 * i + 1] = key[i] & 15
  }
  return out
}

/** Hex-prefix encoding (yellow paper appendix C). */
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

/** A child reference: the node inline when its encoding is under 32 bytes, else its hash. */
function ref(node: Node): Node {
  const enc = RLP.encode(node)
  return enc.length < 32 ? node : keccak256(enc)
}

function build(items: Item[], depth: number): Node {
  if (items.length === 1) return [hexPrefix(items[0].nibbles.subarray(depth), true), items[0].value]
  // Longest common prefix from `depth`.
  const first = items[0].nibbles
  let common = first.length - depth
  for (const it of items) {
    let k = 0
    while (k < common && depth + k < it.nibbles.length && it.nibbles[depth + k] === first[depth + k]) k++
    common = k
  }
  if (common > 0) return [hexPrefix(first.subarray(depth, depth + common), false), ref(build(items, depth + common))]
  const branch: Node[] = new Array(17).fill(new Uint8Array(0))
  const groups: Item[][] = Array.from({ length: 16 }, () => [])
  for (const it of items) {
    if (it.nibbles.length === depth) branch[16] = it.value
    else groups[it.nibbles[depth]].push(it)
  }
  for (let n = 0; n < 16; n++) if (groups[n].length > 0) branch[n] = ref(build(groups[n], depth + 1))
  return branch as NestedUint8Array
}

/** Root hash of the trie holding `entries` (keys must be distinct). */
export function trieRoot(entries: [key: Uint8Array, value: Uint8Array][]): Uint8Array {
  if (entries.length === 0) return keccak256(RLP.encode(new Uint8Array(0)))
  const items = entries.map(([k, v]) => ({ nibbles: toNibbles(k), value: v }))
  return keccak256(RLP.encode(build(items, 0)))
}
