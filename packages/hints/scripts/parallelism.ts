/**
 * How parallel real blocks are, by their dependency structure alone: for each block, the
 * read-after-write graph of what the sequential execution accessed (recordSequential,
 * per-location edges: each transaction waits for the highest writer of each location it
 * reads) and the best speedup it allows W workers - the total weight over the heavier of
 * the weighted critical path and total / W (`parallelism` in @blockstm/scheduler). An
 * upper bound for any Block-STM engine: no scheduling overhead, no cost per transaction
 * but its weight. Weights: each transaction's wall time in the sequential recording (the
 * fastest of --reps recordings; the default) or its gas (--weight gas). Gas can be far
 * from cost: a KZG point evaluation is 50,000 gas and 20-40 ms here.
 *
 * Beside it, the bound from the parallel engine's observed edges (each transaction's
 * nearest dependency only, what `observeEdges` gives at run time), the runs of
 * ≥ CHAIN_AFTER consecutive transactions each reading its predecessor (what starts the
 * `adaptive` strategy's chain mode), and the bound without the dependencies that only
 * go through a third party's ETH balance (what lazy balance updates inside calls would
 * remove: WETH's balance, changed by every deposit and withdrawal, mostly).
 *
 *   node scripts/bundle-workers.mjs
 *   pnpm exec tsx --conditions=blockstm-src packages/hints/scripts/parallelism.ts \
 *     [--dir fixtures/mainnet] [--workers 2,4,8,16] [--weight time|gas] [--reps 3] [--json out.json]
 */
import { readdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { CHAIN_AFTER, DependencyGraph, parallelism } from '@blockstm/scheduler'
import { ParallelExecutor, loadBlockFile } from '@blockstm/executor'
import type { BlockInput } from '@blockstm/executor'
import { decodeLocation, predecessors, recordSequential } from '../src/index.js'
import type { TxAccess } from '../src/index.js'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'fixtures/mainnet' },
    workers: { type: 'string', default: '2,4,8,16' },
    weight: { type: 'string', default: 'time' },
    reps: { type: 'string', default: '3' },
    json: { type: 'string' },
  },
})
const workers = values.workers.split(',').map(Number)
if (!workers.every((w) => Number.isInteger(w) && w >= 1)) throw new RangeError(`--workers is a list of positive integers, got ${values.workers}`)
if (values.weight !== 'time' && values.weight !== 'gas') throw new RangeError(`--weight is time or gas, got ${values.weight}`)
const reps = Number(values.reps)
if (!(Number.isInteger(reps) && reps >= 1)) throw new RangeError(`--reps must be an integer ≥ 1, got ${values.reps}`)
const dir = values.dir.replace(/\/?$/, '/')
const files = readdirSync(dir).filter((f) => f.endsWith('.json.gz')).sort((a, b) => parseInt(a) - parseInt(b))
if (files.length === 0) throw new Error(`no *.json.gz blocks in ${dir}`)
const last = workers.at(-1)!

interface Row {
  block: string
  txs: number
  gas: number
  /** Sum of the weights (ms or gas). */
  total: number
  /** Transactions that read an earlier one's write. */
  dependent: number
  /** Weighted critical path / total. */
  criticalShare: number
  bound: Record<number, number>
  /** The bound with the other weighting (gas when weighing by time, and the reverse). */
  otherBound: Record<number, number>
  /** The bound from observed (nearest) edges alone. */
  observedBound: Record<number, number>
  /** Runs of ≥ CHAIN_AFTER consecutive transactions each reading its predecessor's write, their lengths. */
  chainRuns: number[]
  /**
   * The bound if ETH balances of third parties were commutative (lazy credits and debits,
   * as the beneficiary's fee is): without the edges whose only shared locations are
   * balances of accounts other than the reader's sender and recipient (WETH's, mostly).
   */
  lazyBalanceBound: Record<number, number>
}

/**
 * Each transaction's predecessors without the edges through third-party balances alone
 * (see Row.lazyBalanceBound): what lazy ETH credits and debits inside calls would leave.
 */
function withoutBalanceEdges(block: BlockInput, access: readonly TxAccess[], preds: readonly number[][]): number[][] {
  return preds.map((ps, j) => {
    const own = new Set([block.transactions[j]!.from, block.transactions[j]!.to].map((a) => a?.toLowerCase().replace(/^0x/, '')))
    return ps.filter((p) => {
      const w = access[p]!
      for (const loc of access[j]!.reads) {
        if (!w.writes.has(loc) && !w.deltas.has(loc)) continue
        const d = decodeLocation(loc)
        if (d.kind !== 'balance' || own.has(d.address)) return true
      }
      return false
    })
  })
}

/** Lengths of the runs of ≥ CHAIN_AFTER consecutive transactions whose nearest dependency is the one right before. */
function chainRuns(n: number, observed: ReadonlyArray<readonly [number, number]>): number[] {
  const link = new Uint8Array(n + 1)
  for (const [from, to] of observed) if (from === to - 1) link[to] = 1
  const runs: number[] = []
  let run = 0
  for (let j = 0; j <= n; j++) {
    if (link[j] === 1) run++
    else {
      if (run >= CHAIN_AFTER) runs.push(run)
      run = 0
    }
  }
  return runs
}

/** The access sets of the first recording, each transaction's fastest time over `reps`. */
async function record(block: BlockInput): Promise<{ access: TxAccess[]; ms: number[] }> {
  const access = await recordSequential(block)
  const ms = access.map((a) => a.ms!)
  for (let r = 1; r < reps; r++) (await recordSequential(block)).forEach((a, i) => (ms[i] = Math.min(ms[i]!, a.ms!)))
  return { access, ms }
}

const bounds = (g: DependencyGraph, n: number, weight: (tx: number) => number) => Object.fromEntries(workers.map((w) => [w, parallelism(g, n, w, weight).bound]))

const ex = await ParallelExecutor.create({ workers: 2 })
const rows: Row[] = []
try {
  for (const f of files) {
    const block = await loadBlockFile(dir + f)
    const n = block.transactions.length
    if (n === 0) continue
    // One parallel run gives both the observed edges and each transaction's gas (its result equals sequential execution's).
    const run = await ex.execute(block, { minParallelGas: 0, observeEdges: true })
    const observed = run.stats.observedEdges ?? []
    const gas = run.txs.map((t) => Number(t.gasUsed))
    const { access, ms } = await record(block)
    const preds = predecessors(access, { edges: 'per-location' })
    const full = DependencyGraph.fromPredecessors(n, preds)
    const [weight, other] = values.weight === 'time' ? [ms, gas] : [gas, ms]
    const p = parallelism(full, n, 1, (tx) => weight[tx]!)
    rows.push({
      block: f.replace(/\.json\.gz$/, ''),
      txs: n,
      gas: gas.reduce((a, b) => a + b, 0),
      total: p.total,
      dependent: observed.length,
      criticalShare: p.critical / p.total,
      bound: bounds(full, n, (tx) => weight[tx]!),
      otherBound: bounds(full, n, (tx) => other[tx]!),
      observedBound: bounds(DependencyGraph.fromEdges(n, observed), n, (tx) => weight[tx]!),
      chainRuns: chainRuns(n, observed),
      lazyBalanceBound: bounds(DependencyGraph.fromPredecessors(n, withoutBalanceEdges(block, access, preds)), n, (tx) => weight[tx]!),
    })
  }
} finally {
  await ex.close()
}

const fmt = (x: number) => x.toFixed(2)
const otherName = values.weight === 'time' ? 'gas' : 'time'
console.log(`weights: ${values.weight === 'time' ? `each transaction's wall time in the sequential recording (fastest of ${reps})` : 'gas used'}`)
console.log(`| block | txs | Mgas | ${values.weight === 'time' ? 'ms' : 'weight'} | dependent txs | critical path | ${workers.map((w) => `bound at ${w}`).join(' | ')} | by ${otherName}, at ${last} | nearest edges only, at ${last} | chain runs |`)
console.log(`|---|---:|---:|---:|---:|---:|${workers.map(() => '---:').join('|')}|---:|---:|---:|`)
for (const r of rows) {
  const total = values.weight === 'time' ? r.total.toFixed(1) : fmt(r.total / 1e6)
  console.log(`| ${r.block} | ${r.txs} | ${fmt(r.gas / 1e6)} | ${total} | ${r.dependent} (${((100 * r.dependent) / r.txs).toFixed(0)}%) | ${(100 * r.criticalShare).toFixed(1)}% | ${workers.map((w) => fmt(r.bound[w]!)).join(' | ')} | ${fmt(r.otherBound[last]!)} | ${fmt(r.observedBound[last]!)} | ${r.chainRuns.join(', ')} |`)
}
// Over a set of blocks: their total weight over the sum of each block's best time (how long the whole set takes at best).
const over = (rs: Row[], key: 'bound' | 'otherBound' | 'observedBound' | 'lazyBalanceBound', w: number, size: (r: Row) => number = (r) => r.total) =>
  rs.reduce((a, r) => a + size(r), 0) / rs.reduce((a, r) => a + size(r) / r[key][w]!, 0)
const big = rows.filter((r) => r.gas >= 12e6)
const at = (rs: Row[], key: 'bound' | 'otherBound' | 'lazyBalanceBound') => workers.map((w) => `${w}: ${fmt(over(rs, key, w, key === 'otherBound' && values.weight === 'time' ? (r) => r.gas : undefined))}x`).join(', ')
console.log(`\n${rows.length} blocks, over all of them, the best speedup at ${at(rows, 'bound')} (by ${otherName}: ${at(rows, 'otherBound')}; nearest edges only at ${last}: ${fmt(over(rows, 'observedBound', last))}x)`)
console.log(`per block at ${last}: mean ${fmt(rows.reduce((a, r) => a + r.bound[last]!, 0) / rows.length)}x, median ${fmt([...rows].map((r) => r.bound[last]!).sort((a, b) => a - b)[rows.length >> 1]!)}x; ${rows.filter((r) => r.bound[last]! >= 8).length} blocks allow ≥ 8x`)
console.log(`${big.length} blocks with ≥ 12 Mgas: ${at(big, 'bound')}`)
console.log(`if third parties' ETH balances were commutative (lazy credits and debits inside calls): ${at(rows, 'lazyBalanceBound')}`)
const runs = rows.flatMap((r) => r.chainRuns)
console.log(`chain runs (≥ ${CHAIN_AFTER} consecutive transactions each reading its predecessor): ${runs.length} in ${rows.length} blocks, at most ${Math.max(0, ...rows.map((r) => r.chainRuns.length))} in one; ${runs.filter((x) => x < 8).length} shorter than 8`)
if (values.json) writeFileSync(values.json, JSON.stringify({ weight: values.weight, reps, workers, rows }, null, 1) + '\n')
