/**
 * Root of a Merkle-Patricia trie built in one pass from all its items (for the
 * receipts root: key = RLP(index)). No node store, no hashing of intermediate
 * states: sort once, then recurse on ranges of the sorted keys, which share a
 * nibble prefix exactly when they are contiguous.
 *
 * Nodes are RLP-encoded straight into one reusable scratch buffer with the sized
 * RlpWriter (no nested arrays, no per-node encoding twice): this is a serial cost
 * of every block, and @ethereumjs/rlp's allocations dominated it.
 */
import { keccak256 } from '../hash.js'
import { RlpWriter, bytesSize, listSize, stringSize, uintByteLength } from './rlp-writer.js'

/** keccak256(RLP("")): the root of the empty trie. */
const EMPTY_ROOT = keccak256(Uint8Array.of(0x80))

/**
 * Shared by every node encoding: a node is written here only once its children's
 * references are known, and is hashed or copied out before the next node is
 * written, so one buffer serves the whole recursion. Single-threaded per module
 * instance (each worker has its own).
 */
let scratch = new Uint8Array(4096)

function scratchWriter(size: number): RlpWriter {
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, 2 * scratch.length))
  return new RlpWriter(scratch)
}

/**
 * The sorted keys as nibbles, all in one array: key i is nibbles[start[i] ..
 * start[i + 1]). Flat, so building the trie allocates nothing per key.
 */
interface Keys {
  nibbles: Uint8Array
  start: Int32Array
}

function keysOf(sorted: Uint8Array[]): Keys {
  let total = 0
  for (const k of sorted) total += 2 * k.length
  const nibbles = new Uint8Array(total)
  const start = new Int32Array(sorted.length + 1)
  let p = 0
  sorted.forEach((k, i) => {
    start[i] = p
    for (const b of k) {
      nibbles[p++] = b >> 4
      nibbles[p++] = b & 15
    }
  })
  start[sorted.length] = p
  return { nibbles, start }
}

function keyLength(keys: Keys, i: number): number {
  return keys.start[i + 1] - keys.start[i]
}

/** Nibble `depth` of key i. */
function nibbleAt(keys: Keys, i: number, depth: number): number {
  return keys.nibbles[keys.start[i] + depth]
}

/** Length of the common nibble prefix of keys a and b from nibble `from`. */
function commonPrefix(keys: Keys, a: number, b: number, from: number): number {
  const { nibbles, start } = keys
  const end = Math.min(keyLength(keys, a), keyLength(keys, b))
  let i = from
  while (i < end && nibbles[start[a] + i] === nibbles[start[b] + i]) i++
  return i - from
}

/** Byte length of the hex-prefix encoding (yellow paper appendix C) of `count` nibbles. */
function hexPrefixLength(count: number): number {
  return (count >> 1) + 1
}

/** Encoded size of the hex-prefix string; its first byte is under 0x80, so one byte stands alone. */
function hexPrefixSize(count: number): number {
  return stringSize(hexPrefixLength(count), 0)
}

/** Writes the hex-prefix encoding of key i's nibbles [from, from + count) as an RLP string. */
function writeHexPrefix(w: RlpWriter, keys: Keys, i: number, from: number, count: number, leaf: boolean): void {
  const len = hexPrefixLength(count)
  if (len > 1) w.stringHeader(len)
  const nibbles = keys.nibbles
  let p = keys.start[i] + from
  const end = p + count
  const odd = count & 1
  const flags = ((leaf ? 2 : 0) + odd) << 4
  w.byte(odd ? flags | nibbles[p++] : flags)
  for (; p < end; p += 2) w.byte((nibbles[p] << 4) | nibbles[p + 1])
}

/** Encoded size of a child reference: a 32-byte hash as a string, or the inline node verbatim. */
function refSize(ref: Uint8Array): number {
  return ref.length === 32 ? 33 : ref.length
}

function writeRef(w: RlpWriter, ref: Uint8Array): void {
  if (ref.length === 32) w.bytes(ref)
  else w.raw(ref)
}

/** A node's reference from its encoding (`len` bytes in scratch): its hash, or itself when under 32 bytes. */
function refOf(len: number): Uint8Array {
  return len < 32 ? scratch.slice(0, len) : keccak256(scratch.subarray(0, len))
}

/**
 * The trie over sorted `keys` (distinct) and their `values`. A node is encoded
 * into `scratch` and measured; its parent then refers to it by its hash (32
 * bytes) or, when its encoding is under 32 bytes, inline (the encoding itself,
 * always shorter than 32, so the two are told apart by length).
 */
class SortedTrie {
  /**
   * `leafRefs` (sorted order): each key's leaf reference, computed elsewhere (a worker,
   * indexTrieLeaf); then `values` is unused and no leaf is encoded here.
   */
  constructor(
    private readonly keys: Keys,
    private readonly values: Uint8Array[],
    private readonly leafRefs?: Uint8Array[],
  ) {}

  root(): Uint8Array {
    const n = this.keys.start.length - 1
    if (this.leafRefs !== undefined && n === 1) {
      // The root node is the leaf itself, hashed even when shorter than 32 bytes.
      const only = this.leafRefs[0]
      return only.length === 32 ? only.slice() : keccak256(only)
    }
    const len = this.encode(0, n, 0)
    return keccak256(scratch.subarray(0, len))
  }

  private ref(lo: number, hi: number, depth: number): Uint8Array {
    if (this.leafRefs !== undefined && hi - lo === 1) return this.leafRefs[lo]
    return refOf(this.encode(lo, hi, depth))
  }

  /** The reference to key i's leaf placed at nibble `depth` (indexTrieLeaf). */
  leafRef(i: number, depth: number): Uint8Array {
    return refOf(this.leaf(i, depth))
  }

  /** Encodes the node holding keys [lo, hi) below nibble `depth` into scratch; returns its length. */
  private encode(lo: number, hi: number, depth: number): number {
    if (hi - lo === 1) return this.leaf(lo, depth)
    // Sorted: the range's common prefix is that of its first and last keys.
    const common = commonPrefix(this.keys, lo, hi - 1, depth)
    if (common > 0) return this.extension(lo, hi, depth, common)
    return this.branch(lo, hi, depth)
  }

  /** [hexPrefix(rest of key, leaf), value] */
  private leaf(i: number, depth: number): number {
    const value = this.values[i]
    const rest = keyLength(this.keys, i) - depth
    const payload = hexPrefixSize(rest) + bytesSize(value)
    const w = scratchWriter(listSize(payload))
    w.listHeader(payload)
    writeHexPrefix(w, this.keys, i, depth, rest, true)
    w.bytes(value)
    return w.pos
  }

  /** [hexPrefix(shared nibbles, extension), ref(child)] */
  private extension(lo: number, hi: number, depth: number, common: number): number {
    const child = this.ref(lo, hi, depth + common)
    const payload = hexPrefixSize(common) + refSize(child)
    const w = scratchWriter(listSize(payload))
    w.listHeader(payload)
    writeHexPrefix(w, this.keys, lo, depth, common, false)
    writeRef(w, child)
    return w.pos
  }

  /** [ref(child 0) … ref(child 15), value]: empty strings where absent. */
  private branch(lo: number, hi: number, depth: number): number {
    const children: (Uint8Array | undefined)[] = new Array(16)
    let value: Uint8Array | undefined
    let i = lo
    // The key ending here (if any) sorts first; duplicates, which callers must not
    // pass, end up here and the last one wins, as in the previous implementation.
    for (; i < hi && keyLength(this.keys, i) === depth; i++) value = this.values[i]
    while (i < hi) {
      const n = nibbleAt(this.keys, i, depth)
      let j = i + 1
      while (j < hi && nibbleAt(this.keys, j, depth) === n) j++
      children[n] = this.ref(i, j, depth + 1)
      i = j
    }
    let payload = value === undefined ? 1 : bytesSize(value)
    for (const c of children) payload += c === undefined ? 1 : refSize(c)
    const w = scratchWriter(listSize(payload))
    w.listHeader(payload)
    for (const c of children) {
      if (c === undefined) w.byte(0x80)
      else writeRef(w, c)
    }
    if (value === undefined) w.byte(0x80)
    else w.bytes(value)
    return w.pos
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

/** Root hash of the trie holding `entries` (keys must be distinct). */
export function trieRoot(entries: [key: Uint8Array, value: Uint8Array][]): Uint8Array {
  if (entries.length === 0) return EMPTY_ROOT.slice()
  // Byte order is nibble order, and a key sorts before the keys it prefixes.
  const sorted = entries.slice().sort((a, b) => compareBytes(a[0], b[0]))
  return new SortedTrie(
    keysOf(sorted.map((e) => e[0])),
    sorted.map((e) => e[1]),
  ).root()
}

/** Writes the nibbles of RLP(i), the key of item i, at `p`; returns the end. */
function writeIndexKey(nibbles: Uint8Array, p: number, i: number): number {
  const len = i === 0 || i >= 0x80 ? 1 + uintByteLength(i) : 1
  const first = i === 0 ? 0x80 : i < 0x80 ? i : 0x80 + len - 1
  nibbles[p++] = first >> 4
  nibbles[p++] = first & 15
  // i < 2^32 (an array index), so its bytes come by unsigned shifts.
  for (let s = 8 * (len - 2); s >= 0; s -= 8) {
    const b = (i >>> s) & 255
    nibbles[p++] = b >> 4
    nibbles[p++] = b & 15
  }
  return p
}

/** The keys RLP(order[0]), RLP(order[1]), … as nibbles. */
function indexKeys(order: number[]): Keys {
  const n = order.length
  // Every i < n has RLP(i) of at most 1 + bytes(n) bytes.
  const nibbles = new Uint8Array(2 * (1 + uintByteLength(n)) * n)
  const start = new Int32Array(n + 1)
  let p = 0
  for (let k = 0; k < n; k++) {
    start[k] = p
    p = writeIndexKey(nibbles, p, order[k])
  }
  start[n] = p
  return { nibbles, start }
}

/** The sorted order of the index keys RLP(0..n-1): 1..127, 0, 128, 129, … (see indexTrieRoot). */
function indexOrder(n: number): number[] {
  const order: number[] = []
  for (let i = 1; i < Math.min(n, 128); i++) order.push(i)
  order.push(0)
  for (let i = 128; i < n; i++) order.push(i)
  return order
}

/**
 * Root of the trie keyed by RLP(index) over `values` in order (receipts,
 * transactions). No sort needed: RLP(1..127) are the single bytes 0x01..0x7f,
 * RLP(0) is 0x80, and from 128 on RLP(i) is 0x80 + length then big-endian i, so
 * byte order is 1..127, 0, 128, 129, ….
 */
export function indexTrieRoot(values: Uint8Array[]): Uint8Array {
  return indexTrie(values.length, (keys, order) => new SortedTrie(keys, order.map((i) => values[i])))
}

/** The root of the RLP(index)-keyed trie of n items, over the trie `make` builds from the sorted keys. */
function indexTrie(n: number, make: (keys: Keys, order: number[]) => SortedTrie): Uint8Array {
  if (n === 0) return EMPTY_ROOT.slice()
  const order = indexOrder(n)
  return make(indexKeys(order), order).root()
}

/** Item at sorted position q of the index keys of n items (the inverse of indexOrder). */
function itemAt(n: number, q: number): number {
  const m = Math.min(n, 128)
  return q < m - 1 ? q + 1 : q === m - 1 ? 0 : q
}

/** Sorted position of item i (indexOrder). */
function positionOf(n: number, i: number): number {
  return i === 0 ? Math.min(n, 128) - 1 : i < 128 ? i - 1 : i
}

const leafKeys = new Uint8Array(3 * 2 * 9)

/** Length of the common nibble prefix of RLP(a) and RLP(b). */
function indexKeyPrefix(a: number, b: number): number {
  const ea = writeIndexKey(leafKeys, 0, a)
  const eb = writeIndexKey(leafKeys, 18, b) - 18
  let k = 0
  while (k < ea && k < eb && leafKeys[k] === leafKeys[18 + k]) k++
  return k
}

/**
 * The reference to item i's leaf in the trie of indexTrieRoot over n items: its
 * encoding's hash, or the encoding itself when under 32 bytes. A leaf sits one nibble
 * below the deepest branch on its path, i.e. below its longest common prefix with its
 * neighbours in key order, and holds the rest of its key: that depends on n and i
 * alone, so each leaf can be hashed apart from the others (in the worker that holds
 * the receipt) and indexTrieRootFromLeaves builds the rest.
 */
export function indexTrieLeaf(n: number, i: number, value: Uint8Array): Uint8Array {
  return new IndexTrieLeaves(n).ref(i, value)
}

/**
 * indexTrieLeaf for many items of one n-item trie: one key buffer and one leaf encoder
 * serve every item, so a leaf allocates only its hash (a worker hashes thousands).
 */
export class IndexTrieLeaves {
  private readonly keys: Keys = { nibbles: new Uint8Array(18), start: new Int32Array(2) }
  private readonly values: Uint8Array[] = [new Uint8Array(0)]
  private readonly trie = new SortedTrie(this.keys, this.values)

  constructor(readonly n: number) {
    if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`IndexTrieLeaves: ${n} items`)
  }

  /** The reference to item i's leaf holding `value` (only read during the call). */
  ref(i: number, value: Uint8Array): Uint8Array {
    const n = this.n
    if (!(Number.isInteger(i) && i >= 0 && i < n)) throw new RangeError(`indexTrieLeaf: item ${i} of ${n}`)
    const p = positionOf(n, i)
    let shared = -1
    if (p > 0) shared = Math.max(shared, indexKeyPrefix(i, itemAt(n, p - 1)))
    if (p < n - 1) shared = Math.max(shared, indexKeyPrefix(i, itemAt(n, p + 1)))
    this.keys.start[1] = writeIndexKey(this.keys.nibbles, 0, i)
    this.values[0] = value
    return this.trie.leafRef(0, shared + 1)
  }
}

/** indexTrieRoot from each item's leaf reference (indexTrieLeaf), by item index. */
export function indexTrieRootFromLeaves(leaves: Uint8Array[]): Uint8Array {
  return indexTrie(leaves.length, (keys, order) => new SortedTrie(keys, [], order.map((i) => leaves[i])))
}
