/**
 * What our EVM patches buy the sequential engine, in one process: the same block run in
 * alternating order with the patches on and with some of them off (each `makeEvm` reads
 * the switches, so one process holds both), medians and the ratio. Separate processes
 * differ by ±10–20% here; alternation cancels that.
 *
 *   pnpm exec tsx --conditions=blockstm-src bench/scripts/ab-evm.ts [--workload uniswap] [--scale 0.05] [--runs 14] [--warmup 2] \
 *     [--off BLOCKSTM_STOCK_WORDS,BLOCKSTM_STOCK_CALLS]
 *
 * `--off` lists the switches set to 1 for the "stock" side (executor README: BLOCKSTM_STOCK_WORDS
 * for the replaced opcode handlers, BLOCKSTM_STOCK_CALLS for the lean runInterpreter,
 * BLOCKSTM_STOCK_STEPS for the whole synchronous step loop, BLOCKSTM_STOCK_STORAGE for SLOAD's gas and
 * SSTORE). Exits 1 if the two sides'
 * results differ (receipts root or state diff).
 */
import { parseArgs } from 'node:util'

import { executeSequential, parseBlockJson, stateDiffHash } from '@blockstm/executor'
import { generateWorkloadDetailed } from '../src/workloads/index.js'
import type { WorkloadName } from '../src/workloads/index.js'

const SWITCHES = ['BLOCKSTM_STOCK_WORDS', 'BLOCKSTM_STOCK_CALLS', 'BLOCKSTM_STOCK_STEPS', 'BLOCKSTM_STOCK_STORAGE']
const { values } = parseArgs({
  options: {
    workload: { type: 'string', default: 'uniswap' },
    scale: { type: 'string', default: '0.05' },
    runs: { type: 'string', default: '14' },
    warmup: { type: 'string', default: '2' },
    off: { type: 'string', default: 'BLOCKSTM_STOCK_WORDS,BLOCKSTM_STOCK_CALLS' },
  },
})
const runs = Number(values.runs)
const warmup = Number(values.warmup)
const off = values.off.split(',').filter((x) => x !== '')
const bad = off.find((x) => !SWITCHES.includes(x))
if (!(Number.isInteger(runs) && runs >= 1 && Number.isInteger(warmup) && warmup >= 0) || bad !== undefined || off.length === 0) {
  console.error(`usage: --runs ≥ 1, --warmup ≥ 0, --off a non-empty list of ${SWITCHES.join(', ')}${bad === undefined ? '' : ` (not ${bad})`}`)
  process.exit(2)
}

const block = parseBlockJson(generateWorkloadDetailed(values.workload as WorkloadName, { scale: Number(values.scale) }).fixture)
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')
const times = { patched: [] as number[], stock: [] as number[] }
const fingerprints = new Set<string>()
for (let r = 0; r < warmup + runs; r++) {
  for (const side of (r & 1) === 0 ? (['patched', 'stock'] as const) : (['stock', 'patched'] as const)) {
    for (const s of SWITCHES) process.env[s] = side === 'stock' && off.includes(s) ? '1' : '0'
    const t0 = performance.now()
    const res = await executeSequential(block)
    if (r >= warmup) times[side].push(performance.now() - t0)
    fingerprints.add(hex(res.receiptsRoot) + hex(stateDiffHash(res.stateDiff)))
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
const [p, s] = [median(times.patched), median(times.stock)]
console.log(`${values.workload} at scale ${values.scale}, ${block.transactions.length} txs, ${runs} runs after ${warmup} warm-ups; stock side: ${off.join(' ')}`)
console.log(`patched ${p.toFixed(1)} ms, stock ${s.toFixed(1)} ms, patched/stock ${(p / s).toFixed(3)}`)
if (fingerprints.size !== 1) {
  console.error('the two sides produced different results')
  process.exit(1)
}
