import test from 'ava'

import { registerEngine, parseEngineList } from '../src/engines.js'
import { machineInfo } from '../src/harness/machine.js'
import { Progress } from '../src/harness/progress.js'
import { MAX_WARMUPS, runBench, warmupRounds, type BenchConfig } from '../src/harness/run.js'
import { summarize } from '../src/harness/stats.js'
import { geomeanLines, markdownTable } from '../src/harness/table.js'
import { parseBenchArgs } from '../src/cli/bench.js'
import { UsageError } from '../src/cli/flags.js'
import { executeSequential } from '../src/harness/executor.js'

// An engine that gets the post-state wrong: it must be FAILED, with no speed.
registerEngine('broken-test', {
  description: 'drops the state diff',
  options: [],
  async create(spec) {
    return { spec, run: async (block) => ({ result: { ...(await executeSequential(block)), stateDiff: new Map() }, stats: { reexecutions: 0 } }) }
  },
})

// Engines that count their runs: one whose runs start cold (as the reference's), one that warms.
const counted = new Map<string, number>()
for (const [name, coldRuns] of [['counted-cold-test', true], ['counted-warm-test', false]] as const) {
  registerEngine(name, {
    description: 'the sequential engine, counting its runs',
    options: [],
    async create(spec) {
      return { spec, coldRuns, run: async (block) => (counted.set(name, (counted.get(name) ?? 0) + 1), { result: await executeSequential(block) }) }
    },
  })
}

const base: BenchConfig = {
  workloads: ['raw', 'erc20'],
  engines: parseEngineList('sequential,sequential'),
  scale: 0.001,
  hotRatios: [0, 0.5],
  latenciesUs: [0],
  numEoa: 1000,
  seed: 1,
  runs: 2,
}

test('records per workload × knob × engine, verified, with ratios to the first engine', async (t) => {
  const records = await runBench(base, new Progress(1, false))
  t.is(records.length, 2 * 2 * 2)
  for (const r of records) {
    t.true(r.verified)
    t.is(r.runs, 2)
    t.true(r.minMs! <= r.medianMs! && r.medianMs! <= r.maxMs!)
    t.is(r.timesMs?.length, 2)
    t.is(Math.min(...r.timesMs!), r.minMs!)
    t.is(Math.max(...r.timesMs!), r.maxMs!)
    t.true(r.mgasPerSec! > 0)
    t.true(r.gas >= 1_000_000)
  }
  t.is(records[0].ratioToFirst, 1)
  const table = markdownTable(records, machineInfo())
  t.regex(table, /cores/)
  t.regex(table, /\| raw \| 0\.5 \|/)
})

test('warm-ups: --warmup-mgas adds rounds for small blocks; an engine whose runs start cold gets one', async (t) => {
  const records = await runBench(
    { ...base, workloads: ['raw'], hotRatios: [0], runs: 2, warmups: 2, warmupMgas: 5, engines: parseEngineList('counted-warm-test,counted-cold-test') },
    new Progress(1, false),
  )
  const gas = records[0]!.gas
  const want = warmupRounds({ ...base, warmups: 2, warmupMgas: 5 }, gas, false)
  t.true(want > 2, `a ${gas}-gas block needs more than 2 rounds for 5 Mgas`)
  t.is(records.find((r) => r.engine === 'counted-warm-test')!.warmups, want)
  t.is(counted.get('counted-warm-test'), want + 2)
  t.is(records.find((r) => r.engine === 'counted-cold-test')!.warmups, 1)
  t.is(counted.get('counted-cold-test'), 1 + 2)
  t.regex(markdownTable(records, machineInfo()), /after 1–\d+ warm-ups per engine/)
})

test('warmupRounds: at least --warmup, enough for --warmup-mgas up to MAX_WARMUPS, one for cold runs, none when both are 0', (t) => {
  const cfg = { ...base, warmups: 3, warmupMgas: 300 }
  t.is(warmupRounds(cfg, 10_000_000, false), 30)
  t.is(warmupRounds(cfg, 1_000_000_000, false), 3)
  t.is(warmupRounds(cfg, 1_000_000, false), MAX_WARMUPS)
  t.is(warmupRounds(cfg, 10_000_000, true), 1)
  t.is(warmupRounds({ ...base, warmups: 0, warmupMgas: 0 }, 10_000_000, false), 0)
  t.is(warmupRounds({ ...base, warmups: 0 }, 10_000_000, true), 0)
})

test('a wrong result is FAILED: no speed, non-verified, stats kept out', async (t) => {
  const records = await runBench({ ...base, workloads: ['raw'], hotRatios: [0], engines: parseEngineList('sequential,broken-test') }, new Progress(1, false))
  const broken = records.find((r) => r.engine === 'broken-test')!
  t.false(broken.verified)
  t.is(broken.medianMs, null)
  t.is(broken.mgasPerSec, null)
  t.is(broken.ratioToFirst, null)
  t.regex(broken.error!, /state diff hash/)
  t.regex(markdownTable(records, machineInfo()), /\*\*FAILED\*\*/)
})

test('median of even and odd samples', (t) => {
  t.is(summarize([3, 1, 2]).medianMs, 2)
  t.is(summarize([4, 1, 2, 3]).medianMs, 2.5)
})

test('--fixtures: block files measured like workloads, verified against the first engine, with a geometric mean', async (t) => {
  const dir = new URL('../../fixtures/mainnet/', import.meta.url).pathname
  const { cfg } = parseBenchArgs(['--fixtures', `${dir}116525.json.gz,${dir}46147.json.gz`, '--engines', 'sequential,broken-test', '--runs', '1', '--warmup', '0'])
  t.deepEqual(cfg.fixtures?.map((f) => f.split('/').pop()), ['116525.json.gz', '46147.json.gz'])
  const records = await runBench(cfg, new Progress(1, false))
  t.deepEqual([...new Set(records.map((r) => r.workload))], ['mainnet-116525', 'mainnet-46147'])
  for (const r of records.filter((x) => x.engine === 'sequential')) {
    t.true(r.verified)
    t.true(r.gas > 0 && r.txCount > 0)
    t.regex(r.fixture!, /\.json\.gz$/)
  }
  // A wrong post-state on a real block is caught as on a generated one.
  t.true(records.filter((r) => r.engine === 'broken-test').every((r) => !r.verified))
  const lines = geomeanLines(records).join('\n')
  t.regex(lines, /over 2 cases/)
  t.regex(lines, /- sequential: 1\.00x \(1\.00–1\.00, 2 verified\)/)
  t.notRegex(lines, /broken-test/)
  t.regex(markdownTable(records, machineInfo()), /2 block files/)
  // A directory stands for its block files, in block-number order.
  const all = parseBenchArgs(['--fixtures', dir, '--engines', 'sequential']).cfg.fixtures!
  t.true(all.length >= 20)
  t.is(all[0]!.split('/').pop(), '46147.json.gz')
  t.throws(() => parseBenchArgs(['--fixtures', dir, '--workload', 'raw']), { instanceOf: UsageError })
  t.throws(() => parseBenchArgs(['--fixtures', `${dir}nope.json`]), { instanceOf: UsageError, message: /no such file/ })
})
