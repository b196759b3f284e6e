/**
 * The parallel engine on every vendored mainnet block (fixtures/mainnet, Frontier..Prague):
 * each run must equal the sequential engine's result in full (receipts, logs, gas, contract
 * addresses, fees, receipts root, logs bloom, the whole state diff). The sequential result is
 * computed once per block; one executor per worker count serves every block (pool reuse).
 *
 * Default (≈ 2–3 min on 2 cores): per block 5 parallel runs — blockstm with 2 and 4 workers and
 * dag with 2 always, plus 2 of the 6 other points of {1,2,4} × {blockstm,dag,sequential},
 * rotating with the block so every point runs on 6–8 blocks.
 * Full (`BLOCKSTM_FULL=1 pnpm exec ava packages/executor/test/parallel-mainnet.test.ts`,
 * ≈ 8–10 min): every block × {1,2,4,8} workers × {blockstm,dag,sequential}.
 */
import test from 'ava'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { executeSequential } from '../src/block/sequential.js'
import { loadBlockFile } from '../src/input/parse.js'
import type { BlockInput } from '../src/types.js'
import { FULL, Pools, checkParallel, configLabel, crossProduct, memo, runParallel, statsLine } from './helpers/parallel.js'
import type { Config } from './helpers/parallel.js'

const dir = fileURLToPath(new URL('../../../fixtures/mainnet/', import.meta.url))
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json.gz'))
  .sort((a, b) => parseInt(a) - parseInt(b))

const pools = new Pools()
test.after.always(() => pools.closeAll())

const block = memo((f: string): Promise<BlockInput> => loadBlockFile(dir + f))
const sequential = memo(async (f: string) => executeSequential(await block(f)))

const ALWAYS: Config[] = [
  { workers: 2, strategy: 'blockstm' },
  { workers: 4, strategy: 'blockstm' },
  { workers: 2, strategy: 'dag' },
]
const ROTATING: Config[] = crossProduct([1, 2, 4]).filter((c) => !ALWAYS.some((a) => configLabel(a) === configLabel(c)))

function configsFor(k: number): Config[] {
  if (FULL) return crossProduct([1, 2, 4, 8])
  return [...ALWAYS, ROTATING[(2 * k) % ROTATING.length], ROTATING[(2 * k + 1) % ROTATING.length]]
}

test('vendored mainnet fixtures are there', (t) => {
  t.true(files.length >= 15, `${files.length} fixtures in ${dir}`)
})

files.forEach((f, k) => {
  for (const c of configsFor(k)) {
    const label = `parallel ${configLabel(c)}`
    test.serial(`mainnet ${f.replace('.json.gz', '')}: ${label} equals sequential`, async (t) => {
      const b = await block(f)
      const want = await sequential(f)
      const t0 = performance.now()
      const got = await runParallel(pools, b, c)
      t.log(`${b.transactions.length} txs (${b.hardfork}) in ${(performance.now() - t0).toFixed(0)} ms: ${statsLine(got)}`)
      checkParallel(t, b, want, got, label)
      if (c.strategy === 'sequential' || c.workers === 1) t.is(got.stats.reExecutions, 0, `${label}: nothing to re-execute`)
    })
  }
})
