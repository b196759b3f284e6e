import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

import test from 'ava'

import { loadBlockFile } from '@blockstm/executor'

import { parseBenchArgs, QUICK_SCALE } from '../src/cli/bench.js'
import { UsageError } from '../src/cli/flags.js'
import { genCommand } from '../src/cli/gen.js'
import { generateWorkload } from '../src/workloads/index.js'

test('gen writes a gzipped fixture the executor loads, equal to the library output', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-gen-'))
  try {
    const out = join(dir, 'erc20.json.gz')
    t.is(genCommand(['--workload', 'erc20', '--scale', '0.001', '--num-eoa', '500', '--hot-ratio', '0.2', '--seed', '9', '--out', out]), 0)
    const text = gunzipSync(readFileSync(out)).toString('utf8')
    t.is(text, JSON.stringify(generateWorkload('erc20', { scale: 0.001, numEoa: 500, hotRatio: 0.2, seed: 9 })))
    const block = await loadBlockFile(out)
    t.true(block.transactions.length > 0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('bench flags: knob sweeps, quick mode defaults, engine list', (t) => {
  const { cfg, json } = parseBenchArgs([
    '--workload', 'raw,chain-erc20', '--hot-ratio', '0,0.1,0.3', '--latency-us', '5', '--engines', 'sequential,parallel:workers=2', '--runs', '2', '--json', 'x.json',
  ])
  t.deepEqual(cfg.workloads, ['raw', 'chain-erc20'])
  t.deepEqual(cfg.hotRatios, [0, 0.1, 0.3])
  t.deepEqual(cfg.latenciesUs, [5])
  t.is(cfg.runs, 2)
  t.is(cfg.scale, 1)
  t.is(json, 'x.json')
  t.is(parseBenchArgs(['--warmup', '0']).cfg.warmups, 0)
  t.is(parseBenchArgs([]).cfg.warmups, 1)
  t.throws(() => parseBenchArgs(['--warmup=-1']), { instanceOf: UsageError })
  const quick = parseBenchArgs(['--quick']).cfg
  t.is(quick.warmups, 3)
  t.is(quick.warmupMgas, 300)
  t.is(parseBenchArgs([]).cfg.warmupMgas, 0)
  t.is(parseBenchArgs(['--warmup-mgas', '50']).cfg.warmupMgas, 50)
  t.throws(() => parseBenchArgs(['--warmup-mgas=-1']), { instanceOf: UsageError, message: /warmup-mgas/ })
  t.deepEqual(quick.workloads, ['raw', 'erc20', 'uniswap', 'hybrid'])
  t.is(quick.scale, QUICK_SCALE)
  t.deepEqual(quick.engines.map((e) => e.label), ['reference', 'sequential', 'parallel:workers=2'])
  t.throws(() => parseBenchArgs(['--workload', 'nope']), { instanceOf: UsageError })
  t.throws(() => parseBenchArgs(['--hot-ratio', '0,x']), { instanceOf: UsageError })
  // The reference engine (in the default engine list) cannot simulate read latency.
  t.throws(() => parseBenchArgs(['--latency-us', '0,20']), { instanceOf: UsageError, message: /reference engine cannot simulate read latency/ })
  t.throws(() => parseBenchArgs(['--quick', '--latency-us', '20']), { instanceOf: UsageError, message: /reference/ })
  t.deepEqual(parseBenchArgs(['--latency-us', '0']).cfg.latenciesUs, [0], 'latency 0 is fine with reference')
  t.throws(() => parseBenchArgs(['--latency-us=-1', '--engines', 'sequential']), { instanceOf: UsageError, message: /≥ 0/ })
})
