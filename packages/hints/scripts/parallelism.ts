/**
 * How parallel real blocks are, by their dependency structure alone: for each block, the
 * read-after-write graph of what the sequential execution accessed (recordSequential,
 * per-location edges: each transaction waits for the highest writer of each location it
 * reads) and the best speedup it allows W workers - total gas over the heavier of the
 * gas-weighted critical path and total / W (`parallelism` in @blockstm/scheduler). An
 * upper bound for any Block-STM engine on any machine: no scheduling overhead, no
 * per-transaction cost but gas. Beside it, the same bound from the parallel engine's
 * observed edges (each transaction's nearest dependency only, what `observeEdges` gives
 * at run time).
 *
 *   node scripts/bundle-workers.mjs
 *   pnpm exec tsx --conditions=blockstm-src packages/hints/scripts/parallelism.ts \
 *     [--dir ../shared/fixtures/mainnet] [--workers 2,4,8,16] [--json out.json]
 */
import { readdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { DependencyGraph, parallelism } from '@blockstm/scheduler'
import { ParallelExecutor, executeSequential, loadBlockFile } from '@blockstm/executor'
import { predecessors, recordSequential } from '../src/index.js'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'fixtures/mainnet' },
    workers: { type: 'string', default: '2,4,8,16' },
    json: { type: 'string' },
  },
})
const workers = values.workers.split(',').map(Number)
if (!workers.every((w) => Number.isInteger(w) && w >= 1)) throw new RangeError(`--workers is a list of positive integers, got ${values.workers}`)
const dir = values.dir.replace(/\/?$/, '/')
const files = readdirSync(dir).filter((f) => f.endsWith('.json.gz')).sort((a, b) => parseInt(a) - parseInt(b))
if (files.length === 0) throw new Error(`no *.json.gz blocks in ${dir}`)

interface Row {
  block: string
  txs: number
  gas: number
  /** Transactions that read an earlier one's write. */
  dependent: number
  /** Gas-weighted critical path / total gas. */
  criticalShare: number
  bound: Record<number, number>
  /** The bound from observed (nearest) edges alone. */
  observedBound: Record<number, number>
}

const ex = await ParallelExecutor.create({ workers: 2 })
const rows: Row[] = []
try {
  for (const f of files) {
    const block = await loadBlockFile(dir + f)
    const n = block.transactions.length
    if (n === 0) continue
    const gas = (await executeSequential(block)).txs.map((t) => Number(t.gasUsed))
    const full = DependencyGraph.fromPredecessors(n, predecessors(await recordSequential(block), { edges: 'per-location' }))
    const observed = (await ex.execute(block, { minParallelGas: 0, observeEdges: true })).stats.observedEdges ?? []
    const nearest = DependencyGraph.fromEdges(n, observed)
    const weight = (tx: number) => gas[tx]!
    const p = workers.map((w) => parallelism(full, n, w, weight))
    const total = p[0]!.total
    rows.push({
      block: f.replace(/\.json\.gz$/, ''),
      txs: n,
      gas: total,
      dependent: observed.length,
      criticalShare: p[0]!.critical / total,
      bound: Object.fromEntries(workers.map((w, k) => [w, p[k]!.bound])),
      observedBound: Object.fromEntries(workers.map((w) => [w, parallelism(nearest, n, w, weight).bound])),
    })
  }
} finally {
  await ex.close()
}

const fmt = (x: number) => x.toFixed(2)
console.log(`| block | txs | Mgas | dependent txs | critical path (share of gas) | ${workers.map((w) => `bound at ${w}`).join(' | ')} | nearest edges only, at ${workers.at(-1)} |`)
console.log(`|---|---:|---:|---:|---:|${workers.map(() => '---:').join('|')}|---:|`)
for (const r of rows) {
  console.log(`| ${r.block} | ${r.txs} | ${fmt(r.gas / 1e6)} | ${r.dependent} (${((100 * r.dependent) / r.txs).toFixed(0)}%) | ${(100 * r.criticalShare).toFixed(1)}% | ${workers.map((w) => fmt(r.bound[w]!)).join(' | ')} | ${fmt(r.observedBound[workers.at(-1)!]!)} |`)
}
// Over all blocks, weighted by gas: total gas over the sum of each block's floor (how long the whole set takes at best).
const summary = (key: 'bound' | 'observedBound', w: number) => rows.reduce((a, r) => a + r.gas, 0) / rows.reduce((a, r) => a + r.gas / r[key][w]!, 0)
const big = rows.filter((r) => r.gas >= 12e6)
const over = (rs: Row[], w: number) => rs.reduce((a, r) => a + r.gas, 0) / rs.reduce((a, r) => a + r.gas / r.bound[w]!, 0)
console.log(`\n${rows.length} blocks; over all their gas, the best speedup at ${workers.map((w) => `${w}: ${fmt(summary('bound', w))}x`).join(', ')} (nearest edges only at ${workers.at(-1)}: ${fmt(summary('observedBound', workers.at(-1)!))}x)`)
const last = workers.at(-1)!
console.log(`per block at ${last}: mean ${fmt(rows.reduce((a, r) => a + r.bound[last]!, 0) / rows.length)}x, median ${fmt([...rows].map((r) => r.bound[last]!).sort((a, b) => a - b)[rows.length >> 1]!)}x`)
console.log(`${big.length} blocks with ≥ 12 Mgas: ${workers.map((w) => `${w}: ${fmt(over(big, w))}x`).join(', ')}; blocks whose bound at ${workers.at(-1)} is ≥ 8x: ${rows.filter((r) => r.bound[workers.at(-1)!]! >= 8).length}`)
if (values.json) writeFileSync(values.json, JSON.stringify({ workers, rows }, null, 1) + '\n')
