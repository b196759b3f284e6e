/**
 * Microbenchmark of the receipts root (a serial cost of every block in both
 * engines): the sized RlpWriter implementation against the previous one built on
 * @ethereumjs/rlp (kept below), on 10,000 transfer-like receipts (no logs) and
 * 5,000 ERC-20-like receipts (one Transfer log). Median of 7 runs, after warm-up.
 *
 *   pnpm exec tsx --conditions=blockstm-src bench/src/micro/receipts-root.ts
 */
// The bench package does not depend on @ethereumjs/rlp; the executor does.
import { RLP } from '../../../packages/executor/node_modules/@ethereumjs/rlp/dist/esm/index.js'
import type { NestedUint8Array } from '../../../packages/executor/node_modules/@ethereumjs/rlp/dist/esm/index.js'
import { encodeReceipt, receiptsRoot } from '../../../packages/executor/src/block/receipts.js'
import { keccak256, keccakBackend } from '../../../packages/executor/src/hash.js'
import { bigintToMinimalBytes } from '../../../packages/executor/src/state/base.js'
import type { Hex, Receipt } from '../../../packages/executor/src/types.js'

const RUNS = 7

// ---- The previous implementation (receipts.ts + trie.ts before the RlpWriter) ----

type Node = Uint8Array | NestedUint8Array
interface Item {
  nibbles: Uint8Array
  value: Uint8Array
}

const hexBytes = (h: string): Uint8Array => Buffer.from(h.slice(2), 'hex')

function oldEncodeReceipt(r: Receipt): Uint8Array {
  const first = r.status === undefined ? new Uint8Array(32) : r.status === 1 ? Uint8Array.of(1) : new Uint8Array(0)
  const logs: NestedUint8Array = r.logs.map((l) => [hexBytes(l.address), l.topics.map(hexBytes), hexBytes(l.data)])
  const body = RLP.encode([first, bigintToMinimalBytes(r.cumulativeGasUsed), r.logsBloom, logs])
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

function ref(node: Node): Node {
  const enc = RLP.encode(node)
  return enc.length < 32 ? node : keccak256(enc)
}

function build(items: Item[], depth: number): Node {
  if (items.length === 1) return [hexPrefix(items[0].nibbles.subarray(depth), true), items[0].value]
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

function oldTrieRoot(entries: [Uint8Array, Uint8Array][]): Uint8Array {
  if (entries.length === 0) return keccak256(RLP.encode(new Uint8Array(0)))
  const items = entries.map(([k, v]) => ({ nibbles: toNibbles(k), value: v }))
  return keccak256(RLP.encode(build(items, 0)))
}

function oldReceiptsRoot(receipts: Receipt[]): Uint8Array {
  return oldTrieRoot(receipts.map((r, i) => [RLP.encode(i), oldEncodeReceipt(r)]))
}

// ---- Workloads ----

/** Deterministic pseudo-random hex of `bytes` bytes. */
function hex(seed: number, bytes: number): Hex {
  let s = ''
  let x = seed >>> 0 || 1
  for (let i = 0; i < bytes; i++) {
    x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x9e3779b9
    x >>>= 0
    s += (x >>> 24).toString(16).padStart(2, '0')
  }
  return `0x${s}`
}

function bloom(seed: number, empty: boolean): Uint8Array {
  return empty ? new Uint8Array(256) : Buffer.from(hex(seed, 256).slice(2), 'hex')
}

function transfers(n: number): Receipt[] {
  return Array.from({ length: n }, (_, i) => ({
    type: 2,
    status: 1,
    cumulativeGasUsed: 21_000n * BigInt(i + 1),
    logs: [],
    logsBloom: bloom(i, true),
  }))
}

const TRANSFER_TOPIC = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef'

function erc20s(n: number): Receipt[] {
  return Array.from({ length: n }, (_, i) => ({
    type: 2,
    status: 1,
    cumulativeGasUsed: 51_000n * BigInt(i + 1),
    logs: [
      {
        address: hex(7, 20),
        topics: [TRANSFER_TOPIC, `0x${'00'.repeat(12)}${hex(i, 20).slice(2)}`, `0x${'00'.repeat(12)}${hex(i + 1e6, 20).slice(2)}`],
        data: hex(i + 2e6, 32),
      },
    ],
    logsBloom: bloom(i, false),
  }))
}

// ---- Timing ----

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[s.length >> 1]
}

function time(f: () => void): number {
  for (let i = 0; i < 3; i++) f() // warm-up: JIT
  const ms: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    f()
    ms.push(performance.now() - t0)
  }
  return median(ms)
}

const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

function bench(name: string, receipts: Receipt[]): void {
  const same = toHex(receiptsRoot(receipts)) === toHex(oldReceiptsRoot(receipts))
  if (!same) throw new Error(`${name}: roots differ`)
  const oldRoot = time(() => oldReceiptsRoot(receipts))
  const newRoot = time(() => receiptsRoot(receipts))
  const oldEnc = time(() => receipts.forEach(oldEncodeReceipt))
  const newEnc = time(() => receipts.forEach(encodeReceipt))
  const row = (what: string, o: number, n: number): string =>
    `  ${what.padEnd(16)} old ${o.toFixed(2).padStart(8)} ms   new ${n.toFixed(2).padStart(8)} ms   ${(o / n).toFixed(1)}x`
  console.log(`${name}`)
  console.log(row('receiptsRoot', oldRoot, newRoot))
  console.log(row('encodeReceipt ×n', oldEnc, newEnc))
}

console.log(`receipts root, median of ${RUNS} runs (keccak: ${keccakBackend})`)
bench('10,000 transfer receipts (no logs)', transfers(10_000))
bench('5,000 ERC-20 receipts (one Transfer log)', erc20s(5_000))
