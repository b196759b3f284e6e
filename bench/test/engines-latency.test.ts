/**
 * DB_LATENCY_US is real: the `sequential`, `parallel` and `independent` engines read the base
 * state through a LatencyState when the case's latencyUs > 0. Tiny blocks at 20 µs: results equal
 * with and without latency (and across engines), a sequential run at least half its reads × latency long (a bound, not a timing race), the
 * `inflight=` option, and `reference` refused.
 */
import test from 'ava'

import { baseStateSpec, createEngine, parseEngineList, parseEngineSpec } from '../src/engines.js'
import { parseBlockJson } from '../src/harness/executor.js'
import { Progress } from '../src/harness/progress.js'
import { type BenchConfig, configProblem, runBench } from '../src/harness/run.js'
import { fingerprint } from '../src/harness/verify.js'
import { generateWorkload } from '../src/workloads/index.js'

const LAT = 20

test('baseStateSpec: memory, with latency only when > 0', (t) => {
  t.deepEqual(baseStateSpec(), { kind: 'memory' })
  t.deepEqual(baseStateSpec({ latencyUs: 0 }), { kind: 'memory' })
  t.deepEqual(baseStateSpec({ latencyUs: LAT }), { kind: 'memory', latencyUs: LAT })
  t.throws(() => baseStateSpec({ latencyUs: -1 }), { instanceOf: RangeError })
})

test('sequential: same result with latency, at least half its reads × latency long (a lower bound, not a timing race), reads counted', async (t) => {
  const block = parseBlockJson(generateWorkload('raw', { scale: 0.002, numEoa: 500, seed: 5 }))
  const seq = await createEngine(parseEngineSpec('sequential'))
  await seq.run(block) // warm-up
  let reads = 0
  for (let i = 0; i < 5; i++) {
    const a = await seq.run(block, { latencyUs: 0 })
    const b = await seq.run(block, { latencyUs: LAT })
    t.deepEqual(fingerprint(b.result!), fingerprint(a.result!))
    t.is(a.stats, undefined, 'no read count without latency')
    reads = b.stats!.baseReads
    t.true(reads >= 2 * block.transactions.length, `reads ${reads} for ${block.transactions.length} transfers`)
    t.is(b.stats!.baseReadsPerTx, reads / block.transactions.length)
    // The sequential engine waits its reads out (mostly one at a time; half allows for reads it overlaps).
    t.true(b.timedMs! >= (0.5 * reads * LAT) / 1000, `${b.timedMs} ms < ½ × ${reads} reads × ${LAT} µs`)
  }
})

test.serial('runBench at 0 and 20 µs: every engine of ours verified against sequential; latency recorded', async (t) => {
  const cfg: BenchConfig = {
    workloads: ['erc20'],
    engines: parseEngineList('sequential,parallel:workers=2,parallel:workers=2,inflight=4,independent:workers=2'),
    scale: 0.001,
    hotRatios: [0.3],
    latenciesUs: [0, LAT],
    numEoa: 200,
    seed: 2,
    runs: 1,
  }
  const records = await runBench(cfg, new Progress(1, false))
  t.is(records.length, 2 * 4)
  for (const r of records) t.true(r.verified, `${r.latencyUs} µs ${r.engine}: ${r.error ?? ''}`)
  t.deepEqual([...new Set(records.map((r) => r.latencyUs))], [0, LAT])
  const seqSlow = records.find((r) => r.engine === 'sequential' && r.latencyUs === LAT)!
  t.true(seqSlow.stats!.baseReadsPerTx > 5, `erc20 reads/tx ${seqSlow.stats!.baseReadsPerTx}`)
  t.deepEqual(parseEngineSpec('parallel:workers=2,inflight=16').options, { workers: '2', inflight: '16' })
  await t.throwsAsync(createEngine(parseEngineSpec('parallel:inflight=0')), { message: /inflight must be an integer ≥ 1/ })
})

test('reference cannot take latency: a config problem and a refused run', async (t) => {
  const engines = parseEngineList('sequential,reference')
  t.regex(configProblem({ engines, latenciesUs: [0, LAT] })!, /reference engine cannot simulate read latency/)
  t.is(configProblem({ engines, latenciesUs: [0] }), undefined)
  t.is(configProblem({ engines: parseEngineList('sequential,parallel'), latenciesUs: [LAT] }), undefined)
  const cfg: BenchConfig = { workloads: ['raw'], engines, scale: 0.001, hotRatios: [0], latenciesUs: [LAT], numEoa: 100, seed: 1, runs: 1 }
  await t.throwsAsync(runBench(cfg, new Progress(1, false)), { message: /reference engine cannot simulate/ })
})
