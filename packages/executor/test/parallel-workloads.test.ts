/**
 * The parallel engine on the bench's generated workloads (bench/src/workloads), small scale
 * (4 Mgas: 45–190 txs) over 1,000 accounts so the hot ratios make real conflicts: raw, erc20,
 * uniswap, hybrid at HOT_RATIO 0, 0.1, 0.3, and the fully dependent chain-erc20 and
 * chain-uniswap. Every run equals the sequential engine's result in full.
 *
 * Default (≈ 1 min on 2 cores): per block w2 × {blockstm, dag, sequential, adaptive}, w1/blockstm,
 * w4/blockstm, w4/dag, w8/blockstm. Full (`BLOCKSTM_FULL=1`): {1,2,4,8} × every strategy.
 * `dag` gets the true graph for the chains (edges i-1 → i) and no graph otherwise.
 *
 * Counter checks: a conflict-free block (raw, all senders and recipients distinct) executes
 * every tx exactly once under every configuration; strategy `sequential` and a single worker
 * execute every tx exactly once on every workload; on the chains, `dag` with the chain graph
 * never re-executes while `blockstm` (which cannot know the chain) re-executes (logged), and
 * the default `adaptive`, without a graph, learns the chain and re-executes less than `blockstm`.
 */
import test from 'ava'
import { DependencyGraph } from '@blockstm/scheduler'

import { executeSequential } from '../src/block/sequential.js'
import { DEFAULT_MIN_PARALLEL_GAS, DEFAULT_YOUNG_GENERATION_MB, ParallelExecutor } from '../src/parallel/engine.js'
import { parseBlockJson } from '../src/input/parse.js'
import type { BlockInput, BlockResult } from '../src/types.js'
import { generateWorkload } from '../../../bench/src/workloads/index.js'
import type { WorkloadName } from '../../../bench/src/workloads/index.js'
import { assertSameResult } from './helpers/compare.js'
import { FULL, Pools, STRATEGIES, checkParallel, configLabel, crossProduct, runParallel, statsLine } from './helpers/parallel.js'
import type { Config } from './helpers/parallel.js'

const SCALE = 0.004
const NUM_EOA = 1000

interface Case {
  workload: WorkloadName
  hotRatio: number
}

const CASES: Case[] = [
  ...(['raw', 'erc20', 'uniswap', 'hybrid'] as const).flatMap((workload) => [0, 0.1, 0.3].map((hotRatio) => ({ workload, hotRatio }))),
  { workload: 'chain-erc20', hotRatio: 0 },
  { workload: 'chain-uniswap', hotRatio: 0 },
]

const CONFIGS: Config[] = FULL
  ? crossProduct([1, 2, 4, 8])
  : [
      ...crossProduct([2]),
      { workers: 1, strategy: 'blockstm' },
      { workers: 4, strategy: 'blockstm' },
      { workers: 4, strategy: 'dag' },
      { workers: 8, strategy: 'blockstm' },
    ]

const pools = new Pools()
test.after.always(() => pools.closeAll())

const caseName = (c: Case): string => `${c.workload}${c.workload.startsWith('chain') ? '' : ` hot=${c.hotRatio}`}`
const isChain = (c: Case): boolean => c.workload.startsWith('chain')

const blocks = new Map<string, { block: BlockInput; want: Promise<BlockResult> }>()
function get(c: Case): { block: BlockInput; want: Promise<BlockResult> } {
  const key = caseName(c)
  let e = blocks.get(key)
  if (e === undefined) {
    const block = parseBlockJson(generateWorkload(c.workload, { scale: SCALE, hotRatio: c.hotRatio, numEoa: NUM_EOA, seed: 7 }))
    e = { block, want: executeSequential(block) }
    blocks.set(key, e)
  }
  return e
}

for (const c of CASES) {
  for (const cfg of CONFIGS) {
    const label = `parallel ${configLabel(cfg)}`
    test.serial(`${caseName(c)}: ${label} equals sequential`, async (t) => {
      const { block, want } = get(c)
      const graph = cfg.strategy === 'dag' && isChain(c) ? DependencyGraph.chain(block.transactions.length) : undefined
      const got = await runParallel(pools, block, cfg, { graph })
      t.log(`${block.transactions.length} txs: ${statsLine(got)}`)
      checkParallel(t, block, await want, got, label)
      const want0 = (await want).txs.filter((x) => x.receipt.status === 0).length
      t.is(want0, 0, 'the generated workloads have no failing tx')
      if (cfg.strategy === 'sequential' || cfg.workers === 1) {
        t.is(got.stats.executions, block.transactions.length, `${label}: every tx executed exactly once`)
        t.is(got.stats.reExecutions, 0)
        t.is(got.stats.failedValidations, 0)
      }
      if (isChain(c) && cfg.strategy === 'dag') {
        t.is(got.stats.reExecutions, 0, 'dag with the true chain graph never re-executes')
        t.is(got.stats.failedValidations, 0)
        t.is(got.stats.dependencyWaits, 0, 'dag with the true chain graph never reads an ESTIMATE')
      }
    })
  }
}

test.serial('conflict-free raw block: distinct senders and recipients, every tx executed once in every configuration', async (t) => {
  // 10M accounts: with ~190 transfers the picks are all distinct (checked, not assumed).
  const block = parseBlockJson(generateWorkload('raw', { scale: SCALE, hotRatio: 0, numEoa: 10_000_000, seed: 11 }))
  const n = block.transactions.length
  const touched = block.transactions.flatMap((x) => [x.from, x.to])
  t.is(new Set(touched).size, 2 * n, 'every sender and recipient appears once')
  t.false(touched.includes(block.header.coinbase), 'the coinbase is not a party')
  const want = await executeSequential(block)
  for (const cfg of FULL ? crossProduct([1, 2, 4, 8]) : crossProduct([1, 2, 4])) {
    const label = `parallel ${configLabel(cfg)}`
    const got = await runParallel(pools, block, cfg)
    checkParallel(t, block, want, got, label)
    t.is(got.stats.executions, n, `${label}: ${statsLine(got)}`)
    t.is(got.stats.reExecutions, 0, label)
    t.is(got.stats.failedValidations, 0, label)
    t.is(got.stats.dependencyWaits, 0, label)
  }
})

test.serial('chains: blockstm re-executes, dag with the chain graph does not (counters logged)', async (t) => {
  for (const c of CASES.filter(isChain)) {
    const { block, want } = get(c)
    const n = block.transactions.length
    for (const workers of [2, 4]) {
      const bs = await runParallel(pools, block, { workers, strategy: 'blockstm' })
      const dag = await runParallel(pools, block, { workers, strategy: 'dag' }, { graph: DependencyGraph.chain(n) })
      checkParallel(t, block, await want, bs, `blockstm w${workers}`)
      checkParallel(t, block, await want, dag, `dag w${workers}`)
      t.log(`${c.workload} (${n} txs) w${workers}: blockstm ${statsLine(bs)} | dag+chain ${statsLine(dag)}`)
      t.is(dag.stats.reExecutions, 0)
      t.is(dag.stats.executions, n)
      t.true(dag.stats.deferrals > 0, 'dag parks txs on their unfinished predecessor')
    }
  }
})

test.serial('chains without a graph: the default strategy (adaptive) learns the chain and re-executes less than blockstm', async (t) => {
  for (const c of CASES.filter(isChain)) {
    const { block, want } = get(c)
    const n = block.transactions.length
    const ex = await pools.get(2)
    // Both several times: the first transactions speculate until the chain shows, and timing
    // varies. Up to 3 samples of 3 runs: beside another test process (CI runs files
    // concurrently on 2 cores) one sample can hold chain mode only briefly (one CI run: 23
    // chained executions for 48 transactions); the claim is that a sample shows it.
    let sample = { bsRe: 0, adRe: 0, chained: 0 }
    for (let attempt = 1; ; attempt++) {
      sample = { bsRe: 0, adRe: 0, chained: 0 }
      for (let round = 0; round < 3; round++) {
        const bs = await runParallel(pools, block, { workers: 2, strategy: 'blockstm' })
        const ad = await ex.execute(block, { timeoutMs: 100_000, minParallelGas: 0 })
        checkParallel(t, block, await want, bs, 'blockstm w2')
        checkParallel(t, block, await want, ad, 'default w2')
        t.is(ad.stats.strategy, 'adaptive')
        sample.bsRe += bs.stats.reExecutions
        sample.adRe += ad.stats.reExecutions
        sample.chained += ad.stats.chainedExecutions
      }
      t.log(`${c.workload} (${n} txs), 3 runs, w2, sample ${attempt}: re-executions blockstm ${sample.bsRe}, adaptive ${sample.adRe} (chained executions ${sample.chained})`)
      if ((sample.chained > n / 2 && sample.adRe < sample.bsRe) || attempt === 3) break
    }
    t.true(sample.chained > n / 2, 'the chain was run as one (chained executions)')
    t.true(sample.adRe < sample.bsRe, `adaptive ${sample.adRe} re-executions vs blockstm ${sample.bsRe}`)
  }
})

test.serial('a graph that allows no parallelism sends the block to the sequential engine (counted, with the reason)', async (t) => {
  const c = CASES.find(isChain)!
  const { block, want } = get(c)
  const n = block.transactions.length
  const chained = await runParallel(pools, block, { workers: 2, strategy: 'dag' }, { graph: DependencyGraph.chain(n), minPredictedSpeedup: undefined })
  const { stats: _s, ...result } = chained
  assertSameResult(t, await want, result, 'chain graph, default threshold')
  t.true(chained.stats.sequentialFallback)
  t.is(chained.stats.predictedSpeedup, 1)
  t.regex(chained.stats.fallbackReason ?? '', /graph allows at most 1\.00x on 2 workers/)
  const free = await runParallel(pools, block, { workers: 2, strategy: 'dag' }, { graph: DependencyGraph.empty(n), minPredictedSpeedup: undefined })
  checkParallel(t, block, await want, free, 'empty graph, default threshold')
  t.false(free.stats.sequentialFallback)
  t.is(free.stats.predictedSpeedup, 2)
  t.is(free.stats.executions, n + free.stats.reExecutions)
})

test.serial('dag: a wrong or useless graph only steers (results stay equal)', async (t) => {
  const { block, want } = get({ workload: 'hybrid', hotRatio: 0.3 })
  const n = block.transactions.length
  // Deterministic pseudo-random edges, plus ones the DependencyGraph drops (backward, out of range).
  let x = 12345
  const rnd = (m: number): number => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x % m)
  const edges: [number, number][] = Array.from({ length: 3 * n }, () => [rnd(n), rnd(n)])
  edges.push([n - 1, 0], [-1, 3], [0, n + 5])
  for (const [name, graph] of [
    ['random', DependencyGraph.fromEdges(n, edges)],
    ['chain', DependencyGraph.chain(n)],
    ['empty', DependencyGraph.empty(n)],
    ['raw CSR, edges to the future', { offsets: Int32Array.from({ length: n + 1 }, (_, i) => Math.min(i, n - 1)), preds: Int32Array.from({ length: n }, (_, i) => n - 1 - i) }],
  ] as const) {
    for (const workers of [2, 4]) {
      const got = await runParallel(pools, block, { workers, strategy: 'dag' }, { graph })
      checkParallel(t, block, await want, got, `dag w${workers} ${name} graph`)
    }
  }
})

test('the sweep covers every strategy', (t) => {
  t.deepEqual([...new Set(CONFIGS.map((c) => c.strategy))].sort(), [...STRATEGIES].sort())
})

test.serial('the default minParallelGas sends blocks with little contract work to the sequential engine, bigger ones to the workers', async (t) => {
  t.is(DEFAULT_MIN_PARALLEL_GAS, 12_000_000)
  for (const [scale, fallback] of [[0.005, true], [0.02, false]] as const) {
    const block = parseBlockJson(generateWorkload('erc20', { scale, numEoa: 2000, seed: 3 }))
    const want = executeSequential(block)
    const got = await runParallel(pools, block, { workers: 2, strategy: 'blockstm' }, { minParallelGas: undefined })
    const { stats: _stats, ...result } = got
    assertSameResult(t, await want, result, `erc20 scale ${scale}, default threshold`)
    t.is(got.stats.sequentialFallback, fallback, `erc20 scale ${scale}: ${got.stats.fallbackReason}`)
    if (fallback) t.regex(got.stats.fallbackReason ?? '', /^contract gas \d+ < minParallelGas 12000000$/)
  }
})

test.serial('one executor: blocks of different sizes reuse the shared stores when they fit, and calls made together run one at a time, each equal to sequential', async (t) => {
  const ex = await ParallelExecutor.create({ workers: 2 })
  try {
    const make = (workload: WorkloadName, scale: number, seed: number) => parseBlockJson(generateWorkload(workload, { scale, numEoa: 1000, seed }))
    const big = make('hybrid', 0.004, 11)
    const small = make('erc20', 0.002, 12)
    const bigger = make('uniswap', 0.03, 13)
    const opts = { minParallelGas: 0, timeoutMs: 100_000 }
    const run = async (block: BlockInput, label: string) => {
      const got = await ex.execute(block, opts)
      checkParallel(t, block, await executeSequential(block), got, label)
      return got.stats.storesReused
    }
    t.false(await run(big, 'first block'), 'the first block makes new stores')
    t.true(await run(small, 'smaller block'), 'a block that fits reuses them')
    t.true(await run(big, 'first block again'), 'and so does the first block again')
    t.false(await run(bigger, 'bigger block'), 'a block that does not fit makes new ones')
    // Started together: the second waits for the first (both on the same stores and workers).
    const [a, b] = await Promise.all([ex.execute(big, opts), ex.execute(small, opts)])
    checkParallel(t, big, await executeSequential(big), a, 'concurrent call 1')
    checkParallel(t, small, await executeSequential(small), b, 'concurrent call 2')
  } finally {
    await ex.close()
  }
})

test.serial('warmUp runs the block on every worker with blockstm, discards the results, and is counted apart', async (t) => {
  const { block, want } = get({ workload: 'erc20', hotRatio: 0 })
  const n = block.transactions.length
  const ex = await ParallelExecutor.create({ workers: 2 })
  try {
    await t.throwsAsync(() => ex.warmUp(block, -1), { instanceOf: RangeError, message: /warmUp runs must be a non-negative integer, got -1/ })
    t.deepEqual(await ex.warmUp(block, 0).then((r) => [r.runs, r.executions]), [0, [0, 0]])
    const before = ex.warmupMs
    const r = await ex.warmUp(block, 3)
    t.log(`${n} txs, 3 runs: ${r.ms.toFixed(1)} ms, executions per worker ${r.executions.join(', ')}`)
    t.is(r.runs, 3)
    t.true(r.executions.reduce((a, b) => a + b, 0) >= 3 * n, 'every run executed every transaction')
    // A worker that never got a task over three runs of a conflict-free block would have started
    // ~10 ms late each time: possible under heavy load, so only logged beyond the total.
    if (r.executions.some((x) => x === 0)) t.log('a worker ran no execution during the warm-up')
    t.true(ex.warmupMs - before >= r.ms - 1e-9, 'warmupMs accumulates')
    // The chain block, the default strategy: sender-edge fallbacks and chain mode do not apply to the warm-up.
    const chain = get({ workload: 'chain-erc20', hotRatio: 0 })
    const c = await ex.warmUp(chain.block, 1)
    t.true(c.executions.reduce((a, b) => a + b, 0) >= chain.block.transactions.length)
    const got = await ex.execute(block, { minParallelGas: 0 })
    checkParallel(t, block, await want, got, 'after warm-up')
    const empty = await ex.warmUp({ ...block, transactions: [] }, 1)
    t.deepEqual(empty.executions, [0, 0], 'an empty block runs on the sequential engine: nothing to warm')
  } finally {
    await ex.close()
  }
  await t.throwsAsync(() => ex.warmUp(block, 1), { message: /ParallelExecutor is closed/ })
})

test.serial('youngGenerationMb: the workers start with that young-generation limit (V8 default with 0); bad values are refused', async (t) => {
  const { block, want } = get({ workload: 'hybrid', hotRatio: 0.3 })
  const limitOf = (ex: ParallelExecutor): number | undefined =>
    (ex as unknown as { pool: { workers: { resourceLimits?: { maxYoungGenerationSizeMb?: number } }[] } }).pool.workers[0]?.resourceLimits?.maxYoungGenerationSizeMb
  for (const [young, expect] of [[undefined, DEFAULT_YOUNG_GENERATION_MB], [32, 32], [0, undefined]] as const) {
    const ex = await ParallelExecutor.create({ workers: 2, ...(young !== undefined ? { youngGenerationMb: young } : {}) })
    try {
      const limit = limitOf(ex)
      if (expect === undefined) t.not(limit, DEFAULT_YOUNG_GENERATION_MB, `youngGenerationMb 0: V8's own (${limit})`)
      else t.is(limit, expect)
      checkParallel(t, block, await want, await ex.execute(block, { minParallelGas: 0 }), `youngGenerationMb ${young}`)
    } finally {
      await ex.close()
    }
  }
  for (const bad of [-1, 1.5]) await t.throwsAsync(() => ParallelExecutor.create({ workers: 2, youngGenerationMb: bad }), { instanceOf: RangeError, message: /youngGenerationMb must be a non-negative integer/ })
})
