/**
 * The parallel engine's observed edges (ParallelOptions.observeEdges) against an
 * independent truth: the nearest predecessor of each transaction in the graph of what the
 * sequential execution really accessed (recordSequential → predecessors). Equal for every
 * worker count and strategy, on generated workloads and every vendored mainnet block; and
 * edgeCoverage of a graph against them.
 */
import test from 'ava'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { DependencyGraph } from '@blockstm/scheduler'
import { ParallelExecutor, loadBlockFile } from './executor.js'
import type { BlockInput } from './executor.js'
import type { StrategyName } from '@blockstm/scheduler'
import { edgeCoverage, predecessors, recordSequential, simulateHints } from '../src/index.js'
import { workload } from './helpers.js'

/** The truth: [highest lower tx it read from, tx] for each tx that read one, from the sequential recording. */
async function nearestEdges(block: BlockInput): Promise<Array<[number, number]>> {
  const preds = predecessors(await recordSequential(block))
  const out: Array<[number, number]> = []
  preds.forEach((p, j) => p.length > 0 && out.push([p[0]!, j]))
  return out
}

const pools = new Map<number, Promise<ParallelExecutor>>()
const pool = (workers: number) => pools.get(workers) ?? (pools.set(workers, ParallelExecutor.create({ workers })), pools.get(workers)!)
test.after.always(async () => {
  for (const p of pools.values()) await (await p).close()
})

async function observe(block: BlockInput, workers: number, strategy: StrategyName, graph?: DependencyGraph) {
  const r = await (await pool(workers)).execute(block, { strategy, graph, observeEdges: true, minParallelGas: 0, minPredictedSpeedup: 0 })
  if (r.stats.observedEdges === undefined) throw new Error(`no observed edges (${r.stats.fallbackReason})`)
  return r.stats.observedEdges
}

const WORKLOADS = [
  ['hybrid', 0.3],
  ['erc20', 0.3],
  ['uniswap', 0.3],
  ['raw', 0.3],
  ['chain-erc20', 0],
  ['chain-uniswap', 0],
] as const

test('observed edges = the nearest edges of the sequential access graph, every worker count and strategy', async (t) => {
  let total = 0
  for (const [name, hotRatio] of WORKLOADS) {
    const block = workload(name, { hotRatio, scale: 0.004 })
    const truth = await nearestEdges(block)
    const hints = await simulateHints(block, { mode: 'static' })
    // A chain's every transaction reads its predecessor's write (the others may have none at this size).
    if (name.startsWith('chain')) t.true(truth.length >= block.transactions.length / 2, `${name}: ${truth.length} edges`)
    total += truth.length
    for (const [workers, strategy] of [[1, 'adaptive'], [2, 'blockstm'], [2, 'adaptive'], [4, 'blockstm'], [4, 'dag'], [8, 'adaptive']] as const) {
      const graph = strategy === 'dag' ? hints.graph : undefined
      t.deepEqual(await observe(block, workers, strategy, graph), truth, `${name} ${workers} workers ${strategy}`)
    }
  }
  t.true(total > 100, `${total} edges in all`)
})

const dir = fileURLToPath(new URL('../../../fixtures/mainnet/', import.meta.url))
const files = readdirSync(dir).filter((f) => f.endsWith('.json.gz'))

test('observed edges = the sequential access graph on every vendored mainnet block (2 workers, twice)', async (t) => {
  let edges = 0
  let blocks = 0
  for (const f of files) {
    const block = await loadBlockFile(dir + f)
    if (block.transactions.length === 0) continue
    const truth = await nearestEdges(block)
    for (let run = 0; run < 2; run++) t.deepEqual(await observe(block, 2, 'adaptive'), truth, `${f} run ${run}`)
    edges += truth.length
    blocks++
  }
  t.true(blocks >= 15, `${blocks} blocks`)
  t.log(`${blocks} blocks, ${edges} observed edges`)
})

test('observedParallelism: the bound the observed edges allow, gas-weighted - 1 on a chain, the pool size on independent transfers', async (t) => {
  const ex = await pool(2)
  for (const [name, expect] of [['chain-uniswap', 1], ['raw', 2]] as const) {
    const block = workload(name, { scale: 0.004 })
    const r = await ex.execute(block, { observeEdges: true, minParallelGas: 0 })
    const p = r.stats.observedParallelism!
    t.is(p.total, Number(r.gasUsed), `${name}: total is the block's gas`)
    t.true(p.critical <= p.total && p.critical > 0)
    t.true(Math.abs(p.bound - expect) < 0.02, `${name}: bound ${p.bound}`)
    // By time: each transaction weighted by its final execution, which add up to the useful execution time.
    const q = r.stats.observedParallelismByTime!
    t.true(Math.abs(q.total - (r.stats.executionMs - r.stats.wastedExecutionMs)) < 1e-6 * q.total, `${name}: total ${q.total} ms`)
    t.true(q.critical <= q.total && q.critical > 0)
    if (expect === 1) t.true(Math.abs(q.bound - 1) < 1e-9, `${name}: a chain allows 1x whatever the weights, got ${q.bound}`)
    else t.true(q.bound >= 1 && q.bound <= 2, `${name}: bound by time ${q.bound}`)
  }
})

test('observedEdges only when asked, and not for a block that ran on the sequential engine', async (t) => {
  const block = workload('chain-erc20', { scale: 0.002 })
  const ex = await pool(2)
  const plain = await ex.execute(block, { minParallelGas: 0 })
  t.is(plain.stats.observedEdges, undefined)
  t.is(plain.stats.observedParallelism, undefined)
  t.is(plain.stats.observedParallelismByTime, undefined)
  const small = await ex.execute(block, { observeEdges: true }) // under the default minParallelGas
  t.true(small.stats.sequentialFallback)
  t.is(small.stats.observedEdges, undefined)
})

test('edgeCoverage: exact edges, paths, misses and needless waits', (t) => {
  // Observed: 0→2, 1→3, 2→4. Graph: 0→1→2 (so 0 reaches 2 by a path), 1→3, 0→5 (5 depends on nothing).
  const graph = DependencyGraph.fromEdges(6, [[0, 1], [1, 2], [1, 3], [0, 5]])
  const c = edgeCoverage(graph, 6, [[0, 2], [1, 3], [2, 4]])
  t.is(c.predicted, 4)
  t.is(c.observed, 3)
  t.is(c.exact, 1) // 1→3
  t.is(c.ordered, 2) // 1→3, and 0→2 through 1
  t.is(c.recall, 2 / 3)
  t.deepEqual(c.missed, [[2, 4]])
  t.deepEqual(c.needlessWaits, [1, 5]) // 1 has predecessor 0 but read nothing; 5 likewise
  t.deepEqual(edgeCoverage(DependencyGraph.empty(3), 3, []), { txs: 3, predicted: 0, observed: 0, exact: 0, ordered: 0, recall: 1, missed: [], needlessWaits: [] })
})

test('edgeCoverage: a path must start at `from`, not below it; repeated targets are judged apart', (t) => {
  const graph = DependencyGraph.fromEdges(4, [[0, 2], [2, 3]])
  const c = edgeCoverage(graph, 4, [[1, 3], [0, 3], [2, 3]])
  t.deepEqual(c.missed, [[1, 3]])
  t.is(c.ordered, 2)
  t.is(c.exact, 1)
})

test('edgeCoverage: bad input is a RangeError naming the edge', (t) => {
  const g = DependencyGraph.empty(3)
  t.throws(() => edgeCoverage(g, 3, [[0, 1], [2, 1]]), { instanceOf: RangeError, message: /observed edge 1 \[2, 1\]/ })
  t.throws(() => edgeCoverage(g, 3, [[0, 3]]), { instanceOf: RangeError, message: /observed edge 0 \[0, 3\]/ })
  t.throws(() => edgeCoverage(g, 4, []), { instanceOf: RangeError, message: /graph has 3 transactions, the block 4/ })
})

test('edgeCoverage of hints against the observed edges: a chain graph covers a chain, static hints most of a hybrid block', async (t) => {
  const chain = workload('chain-erc20', { scale: 0.004 })
  const n = chain.transactions.length
  const onChain = edgeCoverage(DependencyGraph.chain(n), n, await observe(chain, 2, 'adaptive'))
  t.is(onChain.recall, 1)
  t.is(onChain.exact, onChain.observed)
  const none = edgeCoverage(DependencyGraph.empty(n), n, await observe(chain, 2, 'adaptive'))
  t.is(none.recall, 0)
  t.is(none.missed.length, none.observed)

  const block = workload('hybrid', { hotRatio: 0.3, scale: 0.004 })
  const hints = await simulateHints(block, { mode: 'both' })
  const c = edgeCoverage(hints.graph, block.transactions.length, await observe(block, 2, 'dag', hints.graph))
  t.is(c.ordered + c.missed.length, c.observed)
  t.true(c.exact <= c.ordered)
  t.true(c.recall >= 0.9, `simulated hints order ${c.ordered} of ${c.observed} observed edges`)
  t.log(`hybrid, simulated hints: recall ${c.recall.toFixed(3)}, ${c.exact} exact, ${c.missed.length} missed, ${c.needlessWaits.length} needless waits, ${c.predicted} predicted edges`)
})
