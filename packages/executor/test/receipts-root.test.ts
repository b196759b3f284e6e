/**
 * The sized RlpWriter encodings (encodeReceipt, receiptsRoot, trieRoot) against
 * independent implementations:
 *   - receipts: @ethereumjs/rlp over nested arrays (the previous code) and
 *     @ethereumjs/vm's own encodeReceipt;
 *   - index-keyed roots: @ethereumjs/block's genTransactionsTrieRoot, which puts
 *     RLP(i) → bytes into @ethereumjs/mpt's MerklePatriciaTrie;
 *   - arbitrary keys (@ethereumjs/mpt is not a dependency of this package): the
 *     previous one-pass trie over @ethereumjs/rlp, hashed with @noble/hashes.
 */
import test from 'ava'
import { genTransactionsTrieRoot } from '@ethereumjs/block'
import { RLP } from '@ethereumjs/rlp'
import type { TypedTransaction } from '@ethereumjs/tx'
import { encodeReceipt as vmEncodeReceipt } from '@ethereumjs/vm'
import type { TxReceipt } from '@ethereumjs/vm'
import { keccak_256 } from '@noble/hashes/sha3.js'

import { ReceiptScratch, encodeReceipt, encodeReceiptFromBytes, receiptsRoot, withLogsBytes } from '../src/block/receipts.js'
import { RlpWriter, bytesSize, hexSize, uintSize } from '../src/block/rlp-writer.js'
import { IndexTrieLeaves, indexTrieLeaf, indexTrieRoot, indexTrieRootFromLeaves, trieRoot } from '../src/block/trie.js'
import type { Hex, LogEntry, Receipt } from '../src/types.js'
import { hexBytes, minimalBytes, nestedEncodeReceipt, nestedTrieRoot } from './helpers/nested-rlp.js'
import { Rng } from './helpers/parallel-random.js'

// ---------------------------------------------------------------- oracles

const oracleEncodeReceipt = nestedEncodeReceipt

function toVmReceipt(r: Receipt): TxReceipt {
  const base = {
    cumulativeBlockGasUsed: r.cumulativeGasUsed,
    bitvector: r.logsBloom,
    logs: r.logs.map((l): [Uint8Array, Uint8Array[], Uint8Array] => [hexBytes(l.address), l.topics.map(hexBytes), hexBytes(l.data)]),
  }
  return r.status === undefined ? { ...base, stateRoot: new Uint8Array(32) } : { ...base, status: r.status }
}

/** The one-pass trie before the RlpWriter (helpers/nested-rlp.ts), hashed with @noble/hashes. */
const oracleTrieRoot = (entries: [Uint8Array, Uint8Array][]): Uint8Array => nestedTrieRoot(entries, keccak_256)

/** @ethereumjs/mpt through @ethereumjs/block: it only calls serialize() on each "transaction". */
function mptIndexRoot(values: Uint8Array[]): Promise<Uint8Array> {
  const txs = values.map((v) => ({ serialize: () => v }))
  return genTransactionsTrieRoot(txs as unknown as TypedTransaction[])
}

// ---------------------------------------------------------------- generators

/** Deterministic floats in [0, 1) (the tests' shared PRNG). */
function rng(seed: number): () => number {
  const g = new Rng(seed)
  return () => g.next()
}

type Rand = () => number
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]

function randomBytes(r: Rand, n: number): Uint8Array {
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++) out[i] = Math.floor(r() * 256)
  return out
}

function randomHex(r: Rand, n: number): Hex {
  const s = Buffer.from(randomBytes(r, n)).toString('hex')
  // Some upper case: the writer decodes either, as Buffer.from does.
  return `0x${r() < 0.1 ? s.toUpperCase() : s}`
}

/** Data lengths around the RLP boundaries (single byte, 55/56 short/long, 2-byte length). */
const DATA_LENGTHS = [0, 1, 1, 2, 31, 32, 55, 56, 57, 255, 256, 300]
const TOPIC_COUNTS = [0, 1, 2, 3, 4]
const GAS = [1n, 21_000n, 127n, 128n, 255n, 256n, 65_535n, 65_536n, 30_000_000n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 64n + 3n]

function randomData(r: Rand): Hex {
  const n = pick(r, DATA_LENGTHS)
  // A 1-byte datum under 0x80 is its own encoding; at or over 0x80 it takes a header.
  if (n === 1) return `0x${(r() < 0.5 ? Math.floor(r() * 0x80) : 0x80 + Math.floor(r() * 0x80)).toString(16).padStart(2, '0')}`
  return randomHex(r, n)
}

function randomLog(r: Rand): LogEntry {
  const topics = Array.from({ length: pick(r, TOPIC_COUNTS) }, () => randomHex(r, 32))
  return { address: randomHex(r, 20), topics, data: randomData(r) }
}

function randomReceipt(r: Rand, index: number): Receipt {
  const logCount = pick(r, [0, 0, 0, 1, 1, 2, 3, 5])
  const bloom = r() < 0.3 ? new Uint8Array(256) : randomBytes(r, 256)
  return {
    type: pick(r, [0, 0, 1, 2, 2, 3, 4]),
    status: pick(r, [0, 1, 1, 1, undefined] as const),
    cumulativeGasUsed: index < GAS.length ? GAS[index] : 21_000n * BigInt(index + 1) + BigInt(Math.floor(r() * 1e6)),
    logs: Array.from({ length: logCount }, () => randomLog(r)),
    logsBloom: bloom,
  }
}

function randomReceipts(n: number, seed: number): Receipt[] {
  const r = rng(seed)
  return Array.from({ length: n }, (_, i) => randomReceipt(r, i))
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

// ---------------------------------------------------------------- RlpWriter

test('RlpWriter: strings, hex and integers across the header boundaries', (t) => {
  const r = rng(1)
  for (const n of [0, 1, 2, 55, 56, 57, 255, 256, 1023, 65_535, 65_536, 70_000]) {
    for (const first of [0x00, 0x7f, 0x80, 0xff]) {
      const b = randomBytes(r, n)
      if (n > 0) b[0] = first
      const w = new RlpWriter(new Uint8Array(bytesSize(b)))
      w.bytes(b)
      t.is(hex(w.buf), hex(RLP.encode(b)), `bytes ${n} first ${first}`)
      const h: Hex = `0x${Buffer.from(b).toString('hex')}`
      t.is(hexSize(h), w.buf.length)
      const wh = new RlpWriter(new Uint8Array(hexSize(h)))
      wh.hex(h)
      t.is(hex(wh.buf), hex(w.buf), `hex ${n} first ${first}`)
    }
  }
  const uints = [0n, 1n, 0x7fn, 0x80n, 0xffn, 0x100n, 0xffffn, 0x10000n, 2n ** 32n, 2n ** 48n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 64n - 1n, 2n ** 256n - 1n]
  for (const v of uints) {
    const w = new RlpWriter(new Uint8Array(uintSize(v)))
    w.uint(v)
    t.is(w.pos, w.buf.length, `uint ${v} size`)
    t.is(hex(w.buf), hex(RLP.encode(minimalBytes(v))), `uint ${v}`)
  }
})

test('RlpWriter: list headers across the 55/56 boundary and multi-byte lengths', (t) => {
  for (const payload of [0, 1, 55, 56, 255, 256, 65_536]) {
    const item = new Uint8Array(payload).fill(0x01)
    // [raw bytes of `payload` single-byte items]
    const items = Array.from(item, (b) => Uint8Array.of(b))
    const w = new RlpWriter(new Uint8Array(RLP.encode(items).length))
    w.listHeader(payload)
    w.raw(item)
    t.is(hex(w.buf), hex(RLP.encode(items)), `list of ${payload}`)
  }
})

// ---------------------------------------------------------------- encodeReceipt

test('encodeReceipt equals @ethereumjs/rlp and @ethereumjs/vm encodings', (t) => {
  const receipts = randomReceipts(3000, 2)
  for (const [i, r] of receipts.entries()) {
    const got = hex(encodeReceipt(r))
    t.is(got, hex(oracleEncodeReceipt(r)), `receipt ${i}`)
    // vm accepts the EIP-2718 types it knows; type 0 is legacy (no prefix).
    t.is(got, hex(vmEncodeReceipt(toVmReceipt(r), r.type as 0 | 1 | 2 | 3 | 4)), `receipt ${i} (vm)`)
  }
})

test('encodeReceipt: logs carrying their bytes (withLogsBytes, as the engines record them) encode exactly as from the hex', (t) => {
  const receipts = randomReceipts(2000, 5)
  let withBytes = 0
  for (const [i, r] of receipts.entries()) {
    const fromHex = hex(encodeReceipt(r))
    const logs = r.logs.map((l) => ({ ...l }))
    withLogsBytes(logs, logs.map((l) => [hexBytes(l.address), l.topics.map(hexBytes), hexBytes(l.data)]))
    if (logs.length > 0) withBytes++
    t.is(hex(encodeReceipt({ ...r, logs })), fromHex, `receipt ${i}`)
  }
  t.true(withBytes > 500, `${withBytes} receipts with logs`)
  // The root over receipts mixing both forms equals the root from hex alone.
  const mixed = receipts.map((r, i) => {
    if (i % 2 === 0) return r
    const logs = r.logs.map((l) => ({ ...l }))
    return { ...r, logs: withLogsBytes(logs, logs.map((l) => [hexBytes(l.address), l.topics.map(hexBytes), hexBytes(l.data)])) }
  })
  t.is(hex(receiptsRoot(mixed)), hex(receiptsRoot(receipts)))
})

test('encodeReceipt: status forms, empty logs, zero gas', (t) => {
  const bloom = new Uint8Array(256)
  for (const status of [0, 1, undefined] as const) {
    for (const type of [0, 2]) {
      for (const cumulativeGasUsed of [0n, 1n, 128n]) {
        const r: Receipt = { type, status, cumulativeGasUsed, logs: [], logsBloom: bloom }
        t.is(hex(encodeReceipt(r)), hex(oracleEncodeReceipt(r)), `type ${type} status ${status} gas ${cumulativeGasUsed}`)
      }
    }
  }
})

// ---------------------------------------------------------------- receiptsRoot

const COUNTS = [0, 1, 2, 15, 16, 17, 127, 128, 129, 255, 256, 1000, 5000]

for (const n of COUNTS) {
  test(`receiptsRoot of ${n} receipts equals the oracles`, async (t) => {
    const receipts = randomReceipts(n, 100 + n)
    const got = hex(receiptsRoot(receipts))
    const encoded = receipts.map(oracleEncodeReceipt)
    t.is(got, hex(oracleTrieRoot(encoded.map((v, i) => [RLP.encode(i), v]))), 'previous trie')
    t.is(got, hex(await mptIndexRoot(encoded)), '@ethereumjs/mpt')
  })
}

test('receiptsRoot of no receipts is the empty trie root', (t) => {
  t.is(hex(receiptsRoot([])), '56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421')
})

// ---------------------------------------------------------------- trieRoot

function randomEntries(r: Rand, n: number, keyLengths: readonly number[], valueLengths: readonly number[]): [Uint8Array, Uint8Array][] {
  const seen = new Set<string>()
  const out: [Uint8Array, Uint8Array][] = []
  while (out.length < n) {
    const k = randomBytes(r, pick(r, keyLengths))
    if (seen.has(hex(k))) continue
    seen.add(hex(k))
    out.push([k, randomBytes(r, pick(r, valueLengths))])
  }
  return out
}

const TRIE_CASES: { name: string; n: number; keys: number[]; values: number[] }[] = [
  { name: 'tiny values (inline nodes)', n: 40, keys: [1, 2], values: [0, 1, 2, 3] },
  { name: 'tiny values, prefix keys', n: 60, keys: [0, 1, 2, 3], values: [1, 4] },
  { name: 'small values', n: 300, keys: [1, 2, 3], values: [1, 5, 10, 20, 31] },
  { name: 'mixed key lengths', n: 500, keys: [0, 1, 2, 3, 4, 8, 20, 32], values: [0, 1, 8, 31, 32, 33, 100] },
  { name: 'long keys (long hex-prefix strings)', n: 50, keys: [32, 56, 64, 100], values: [1, 40] },
  { name: 'large values (multi-byte lengths)', n: 20, keys: [1, 32], values: [55, 56, 256, 70_000] },
]

for (const c of TRIE_CASES) {
  test(`trieRoot: ${c.name}`, (t) => {
    for (let seed = 0; seed < 20; seed++) {
      const r = rng(1000 + seed)
      const entries = randomEntries(r, 1 + Math.floor(r() * c.n), c.keys, c.values)
      const want = hex(oracleTrieRoot(entries))
      t.is(hex(trieRoot(entries)), want, `seed ${seed}`)
      t.is(hex(trieRoot([...entries].reverse())), want, `seed ${seed}, reversed input`)
    }
  })
}

test('trieRoot: hand-made tiny tries', (t) => {
  const e = (k: number[], v: number[]): [Uint8Array, Uint8Array] => [Uint8Array.from(k), Uint8Array.from(v)]
  const cases: [Uint8Array, Uint8Array][][] = [
    [],
    [e([], [1])],
    [e([1], [])],
    [e([0x12], [1]), e([0x13], [2])],
    [e([0x12], [1]), e([0x12, 0x34], [2])],
    [e([], [9]), e([0x01], [1]), e([0x01, 0x02], [2]), e([0x01, 0x02, 0x03], [3])],
    [e([0xab, 0xcd], [0x80]), e([0xab, 0xce], [0x7f]), e([0xab], [0xff, 0xff])],
  ]
  for (const [i, entries] of cases.entries()) t.is(hex(trieRoot(entries)), hex(oracleTrieRoot(entries)), `case ${i}`)
})

test('trieRoot with RLP(index) keys equals @ethereumjs/mpt', async (t) => {
  const r = rng(7)
  for (const n of [1, 3, 17, 130, 300]) {
    const values = Array.from({ length: n }, () => randomBytes(r, pick(r, [1, 2, 10, 40, 200])))
    const got = hex(trieRoot(values.map((v, i) => [RLP.encode(i), v])))
    t.is(got, hex(await mptIndexRoot(values)), `${n} values`)
  }
})

test('index-keyed trie from leaves hashed apart (indexTrieLeaf, as the parallel workers do) equals indexTrieRoot, across the key-length boundaries', (t) => {
  const r = rng(11)
  for (const n of [1, 2, 3, 16, 17, 127, 128, 129, 130, 255, 256, 257, 1000, 4096, 4097, 5003, 65_536, 65_537]) {
    // Values from 1 byte (leaves inline, under 32 bytes) to receipt-sized ones.
    const values = Array.from({ length: n }, (_, i) => randomBytes(r, n > 5000 ? 40 : pick(r, [1, 5, 20, 31, 32, 40, 300])) .map((b, k) => (k === 0 ? (b + i) & 0xff : b)))
    const leaves = values.map((v, i) => indexTrieLeaf(n, i, v))
    t.is(hex(indexTrieRootFromLeaves(leaves)), hex(indexTrieRoot(values)), `n = ${n}`)
  }
  t.throws(() => indexTrieLeaf(3, 3, new Uint8Array(40)), { instanceOf: RangeError })
})

test('encodeReceiptFromBytes equals encodeReceipt of the same receipt', (t) => {
  for (const [i, rc] of randomReceipts(1500, 9).entries()) {
    const bytes = rc.logs.map((l): [Uint8Array, Uint8Array[], Uint8Array] => [hexBytes(l.address), l.topics.map(hexBytes), hexBytes(l.data)])
    t.is(hex(encodeReceiptFromBytes(rc.type, rc.status, rc.cumulativeGasUsed, rc.logsBloom, bytes)), hex(encodeReceipt(rc)), `receipt ${i}`)
  }
})

test('one ReceiptScratch and one IndexTrieLeaves for a whole block (as a worker uses them) give receiptsRoot, the scratch growing past 1 KiB', (t) => {
  const receipts = randomReceipts(700, 21)
  // Large logs in the middle: the scratch buffer grows, and later small receipts must not keep stale bytes.
  receipts[300] = { ...receipts[300]!, logs: [{ address: `0x${'ab'.repeat(20)}`, topics: [], data: `0x${'cd'.repeat(5000)}` }] }
  const scratch = new ReceiptScratch()
  const leaves = new IndexTrieLeaves(receipts.length)
  const refs = receipts.map((rc, i) => {
    const bytes = rc.logs.map((l): [Uint8Array, Uint8Array[], Uint8Array] => [hexBytes(l.address), l.topics.map(hexBytes), hexBytes(l.data)])
    const encoded = scratch.encode(rc.type, rc.status, rc.cumulativeGasUsed, rc.logsBloom, bytes)
    t.is(hex(encoded), hex(encodeReceipt(rc)), `receipt ${i}`)
    const ref = leaves.ref(i, encoded)
    t.is(hex(ref), hex(indexTrieLeaf(receipts.length, i, encodeReceipt(rc))), `leaf ${i}`)
    return ref
  })
  t.is(hex(indexTrieRootFromLeaves(refs)), hex(receiptsRoot(receipts)))
  t.throws(() => leaves.ref(700, new Uint8Array(40)), { instanceOf: RangeError })
  t.throws(() => new IndexTrieLeaves(0), { instanceOf: RangeError })
})
