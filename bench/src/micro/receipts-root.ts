/**
 * Microbenchmark of the receipts root (a serial cost of every block in both
 * engines): the sized RlpWriter implementation against the previous one built on
 * @ethereumjs/rlp (packages/executor/test/helpers/nested-rlp.ts), on 10,000 transfer-like receipts (no logs) and
 * 5,000 ERC-20-like receipts (one Transfer log). Median of 7 runs, after warm-up.
 *
 *   pnpm exec tsx --conditions=blockstm-src bench/src/micro/receipts-root.ts
 */
import { encodeReceipt, receiptsRoot } from '../../../packages/executor/src/block/receipts.js'
import { keccak256, keccakBackend } from '../../../packages/executor/src/hash.js'
import type { Hex, Receipt } from '../../../packages/executor/src/types.js'
// The previous implementation (nested arrays through @ethereumjs/rlp), shared with the tests' oracle.
import { nestedEncodeReceipt as oldEncodeReceipt, nestedReceiptsRoot } from '../../../packages/executor/test/helpers/nested-rlp.js'

const RUNS = 7

const oldReceiptsRoot = (receipts: Receipt[]): Uint8Array => nestedReceiptsRoot(receipts, keccak256)

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
