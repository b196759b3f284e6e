/**
 * What our EVM patches buy the sequential engine, in one process: the same block run in
 * alternating order with the patches on and with some of them off (each `makeEvm` reads
 * the switches, so one process holds both), medians and the ratio. Separate processes
 * differ by ±10–20% here; alternation cancels that.
 *
 *   pnpm exec tsx --conditions=blockstm-src bench/scripts/ab-evm.ts [--workload uniswap] [--scale 0.05] [--runs 14] [--warmup 2] \
 *     [--off BLOCKSTM_STOCK_WORDS,BLOCKSTM_STOCK_CALLS] [--fixtures A.json.gz,B.json.gz]
 *
 * `--off` lists the switches set to 1 for the "stock" side (executor README: BLOCKSTM_STOCK_WORDS
 * for the replaced opcode handlers, BLOCKSTM_STOCK_CALLS for the lean runInterpreter,
 * BLOCKSTM_STOCK_STEPS for the whole synchronous step loop, BLOCKSTM_STOCK_STORAGE for SLOAD's
 * gas and SSTORE, BLOCKSTM_STOCK_JUMPS for the jump-destination analysis, BLOCKSTM_STOCK_BN254 for
 * ECMUL). `--fixtures`: block
 * files instead of the workload, one run being all of them in turn. Exits 1 if the two sides'
 * results differ (receipts root or state diff).
 */
import { parseArgs } from 'node:util'

import { executeSequential, loadBlockFile, parseBlockJson, stateDiffHash } from '@blockstm/executor'
import { generateWorkloadDetailed } from '../src/workloads/index.js'
import type { WorkloadName } from '../src/workloads/index.js'

const SWITCHES = ['BLOCKSTM_STOCK_WORDS', 'BLOCKSTM_STOCK_CALLS', 'BLOCKSTM_STOCK_STEPS', 'BLOCKSTM_STOCK_STORAGE', 'BLOCKSTM_STOCK_JUMPS', 'BLOCKSTM_STOCK_BN254']
const { values } = parseArgs({
  options: {
    workload: { type: 'string', default: 'uniswap' },
    scale: { type: 'string', default: '0.05' },
    runs: { type: 'string', default: '14' },
    warmup: { type: 'string', default: '2' },
    off: { type: 'string', default: 'BLOCKSTM_STOCK_WORDS,BLOCKSTM_STOCK_CALLS' },
    fixtures: { type: 'string' },
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

const files = values.fixtures?.split(',').filter((x) => x !== '') ?? []
const blocks = files.length > 0 ? await Promise.all(files.map((f) => loadBlockFile(f))) : [parseBlockJson(generateWorkloadDetailed(values.workload as WorkloadName, { scale: Number(values.scale) }).fixture)]
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')
const times = { patched: [] as number[], stock: [] as number[] }
const fingerprints = new Map<number, Set<string>>()
for (let r = 0; r < warmup + runs; r++) {
  for (const side of (r & 1) === 0 ? (['patched', 'stock'] as const) : (['stock', 'patched'] as const)) {
    for (const s of SWITCHES) process.env[s] = side === 'stock' && off.includes(s) ? '1' : '0'
    const t0 = performance.now()
    for (const [i, block] of blocks.entries()) {
      const res = await executeSequential(block)
      if (!fingerprints.has(i)) fingerprints.set(i, new Set())
      fingerprints.get(i)!.add(hex(res.receiptsRoot) + hex(stateDiffHash(res.stateDiff)))
    }
    if (r >= warmup) times[side].push(performance.now() - t0)
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
const [p, s] = [median(times.patched), median(times.stock)]
const what = files.length > 0 ? `${files.length} fixtures` : `${values.workload} at scale ${values.scale}`
const txs = blocks.reduce((n, b) => n + b.transactions.length, 0)
console.log(`${what}, ${txs} txs, ${runs} runs after ${warmup} warm-ups; stock side: ${off.join(' ')}`)
console.log(`patched ${p.toFixed(1)} ms, stock ${s.toFixed(1)} ms, patched/stock ${(p / s).toFixed(3)}`)
if ([...fingerprints.values()].some((f) => f.size !== 1)) {
  console.error('the two sides produced different results')
  process.exit(1)
}
