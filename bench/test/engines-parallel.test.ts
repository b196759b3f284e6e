/**
 * The `parallel` and `independent` bench engines: spec parsing, verified records with scheduler
 * counters and start-up reported, the independent ceiling's throughput accounting (N copies),
 * the chain graph for `dag`, and every worker thread gone once runBench returns.
 */
import test from 'ava'
import { createRequire, syncBuiltinESMExports } from 'node:module'
import type { Worker as NodeWorker } from 'node:worker_threads'

import { chainGraph, createEngine, flattenParallelStats, parseEngineList, parseEngineSpec } from '../src/engines.js'
import { machineInfo } from '../src/harness/machine.js'
import { Progress } from '../src/harness/progress.js'
import { runBench, type BenchConfig } from '../src/harness/run.js'
import { markdownTable } from '../src/harness/table.js'
import { mgasPerSec } from '../src/harness/stats.js'

// Count live worker threads (the pools keep theirs private): track every Worker constructed.
const wt = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')
const live = new Set<NodeWorker>()
const Original = wt.Worker
wt.Worker = class extends Original {
  constructor(...args: ConstructorParameters<typeof Original>) {
    super(...args)
    live.add(this)
    this.once('exit', () => live.delete(this))
  }
} as typeof Original
syncBuiltinESMExports()

async function settled(): Promise<number> {
  for (let i = 0; i < 200 && live.size > 0; i++) await new Promise((r) => setTimeout(r, 10))
  return live.size
}

const base: BenchConfig = {
  workloads: ['raw', 'erc20'],
  engines: parseEngineList('sequential,parallel:workers=2,parallel:workers=2,strategy=dag,independent:workers=2'),
  scale: 0.002,
  hotRatios: [0.3],
  latenciesUs: [0],
  numEoa: 200,
  seed: 3,
  runs: 2,
}

test.serial('parallel and independent specs parse; bad options are refused', async (t) => {
  t.deepEqual(parseEngineSpec('parallel:workers=4,strategy=dag').options, { workers: '4', strategy: 'dag' })
  t.is(parseEngineSpec('independent:workers=2').label, 'independent:workers=2')
  t.throws(() => parseEngineSpec('parallel:threads=2'), { message: /no option "threads"/ })
  t.throws(() => parseEngineSpec('independent:strategy=dag'), { message: /no option "strategy"/ })
  await t.throwsAsync(createEngine(parseEngineSpec('parallel:strategy=fast')), { message: /strategy must be one of/ })
  await t.throwsAsync(createEngine(parseEngineSpec('parallel:workers=0')), { message: /workers must be an integer ≥ 1/ })
  await t.throwsAsync(createEngine(parseEngineSpec('parallel:graph=magic')), { message: /graph must be none, chain or hints/ })
  await t.throwsAsync(createEngine(parseEngineSpec('parallel:graph=hints,hints=magic')), { message: /hints must be static, simulate or both/ })
  await t.throwsAsync(createEngine(parseEngineSpec('parallel:minPredictedSpeedup=-1')), { message: /minPredictedSpeedup must be a number/ })
  await t.throwsAsync(createEngine(parseEngineSpec('parallel:graph=hints,unknownCalls=guess')), { message: /unknownCalls must be sender, callee, arguments or learn/ })
  await t.throwsAsync(createEngine(parseEngineSpec('parallel:graph=hints,templates=forever')), { message: /templates must be block or keep/ })
  await t.throwsAsync(createEngine(parseEngineSpec('parallel:minParallelGas=-5')), { message: /minParallelGas must be an integer ≥ 0/ })
  await t.throwsAsync(createEngine(parseEngineSpec('parallel:senderEdges=maybe')), { message: /senderEdges must be on or off/ })
  t.is(await settled(), 0, 'a refused spec starts no worker')
})

test.serial('runBench: every engine verified; parallel records carry counters and start-up; independent counts N blocks', async (t) => {
  const records = await runBench(base, new Progress(1, false))
  t.is(records.length, 2 * 4)
  for (const r of records) t.true(r.verified, `${r.workload}/${r.engine}: ${r.error ?? ''}`)
  for (const r of records.filter((r) => r.engineName === 'parallel')) {
    t.truthy(r.stats)
    t.is(r.stats!.executions, r.txCount + r.stats!.reExecutions, `${r.engine}: executions = txs + re-executions`)
    t.is(r.stats!.workers, 2)
    t.true(r.stats!.validations >= r.txCount)
    t.true(r.stats!['w0.busyMs'] >= 0 && r.stats!['w1.executions'] >= 0)
    t.true(r.stats!.executionMs! > 0 && r.stats!.wastedExecutionMs! >= 0 && r.stats!.wastedExecutionMs! <= r.stats!.executionMs!, `${r.engine}: execution and wasted time`)
    t.true(r.startupMs! > 0, 'start-up reported')
    t.is(r.gasMultiplier, undefined)
  }
  for (const r of records.filter((r) => r.engineName === 'independent')) {
    t.is(r.gasMultiplier, 2)
    t.true(r.startupMs! > 0)
    t.is(r.stats!.copies, 2)
    t.true(Math.abs(r.mgasPerSec! - 2 * mgasPerSec(BigInt(r.gas), r.medianMs!)) < 1e-9, 'Mgas/s counts both copies')
    const seq = records.find((x) => x.workload === r.workload && x.engine === 'sequential')!
    t.true(Math.abs(r.ratioToFirst! - r.mgasPerSec! / seq.mgasPerSec!) < 1e-9, '× first is a throughput ratio')
  }
  const table = markdownTable(records, machineInfo())
  t.regex(table, /independent:workers=2: 2 copies of the block run at once/)
  t.regex(table, /parallel:workers=2: start-up \d+ ms once, excluded/)
  t.regex(table, /re-exec/)
  t.is(await settled(), 0, 'runBench closed every engine: no worker left')
})

test.serial('dag with graph=chain on a chain workload: the true graph, no re-execution', async (t) => {
  const g = chainGraph(4)
  t.deepEqual([...g.offsets], [0, 0, 1, 2, 3])
  t.deepEqual([...g.preds], [0, 1, 2])
  t.deepEqual([...chainGraph(1).offsets], [0, 0])
  const records = await runBench(
    { ...base, workloads: ['chain-erc20'], hotRatios: [0], runs: 1, engines: parseEngineList('sequential,parallel:strategy=dag,graph=chain,minPredictedSpeedup=0,parallel:workers=2,parallel:strategy=dag,graph=chain,parallel:strategy=dag,graph=hints,hints=static') },
    new Progress(1, false),
  )
  const [seq, dag, bs, fallback, hinted] = records
  t.true(seq.verified && dag.verified && bs.verified && fallback.verified && hinted.verified)
  // With the default minPredictedSpeedup a chain graph sends the block to the sequential engine.
  t.is(fallback.stats!.sequentialFallback, 1)
  t.is(fallback.stats!.predictedSpeedup, 1)
  // Static hints see the token chain too, and their time is counted.
  t.is(hinted.stats!.sequentialFallback, 1)
  t.true(hinted.stats!.hintMs > 0)
  t.is(dag.stats!.reExecutions, 0)
  t.is(dag.stats!.executions, dag.txCount)
  t.true(dag.stats!.deferrals > 0)
  t.log(`chain-erc20 ${dag.txCount} txs: dag+chain re-exec ${dag.stats!.reExecutions}, blockstm re-exec ${bs.stats!.reExecutions}`)
  t.is(await settled(), 0)
})

test('flattenParallelStats keeps numbers, sums per-worker busy/idle, keeps each in-flight peak', (t) => {
  const flat = flattenParallelStats({
    executions: 3, reExecutions: 1, validations: 4, failedValidations: 1, dependencyWaits: 0, dependencyRetries: 0, deferrals: 0,
    chainedExecutions: 0, sleeps: 0, learnedEdges: 0, executionMs: 3, wastedExecutionMs: 1, workers: 2, strategy: 'blockstm', sequentialFallback: false, capacityRetries: 0,
    startupMs: 5, locations: 9, inflightPeak: [8, 3],
    perWorker: [{ executions: 2, validations: 3, busyMs: 1.5, idleMs: 0.5, executionMs: 1.25 }, { executions: 1, validations: 1, busyMs: 2, idleMs: 1, executionMs: 1.75 }],
  })
  t.is(flat.executions, 3)
  t.is(flat.sequentialFallback, 0)
  t.is(flat.busyMs, 3.5)
  t.is(flat.idleMs, 1.5)
  t.is(flat['w1.executions'], 1)
  t.is(flat['w1.inflightPeak'], 3)
  t.is(flat.wastedExecutionMs, 1)
  t.is(flat['w1.executionMs'], 1.75)
  t.false('strategy' in flat)
})
