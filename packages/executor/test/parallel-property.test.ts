/**
 * Property: on random conflict-heavy blocks (helpers/parallel-random.ts: 4 senders incl. the
 * coinbase, 4 contracts × 4 slots, reverts, CREATE/CREATE2 with collisions, self-destructs
 * before and after Cancun, value to and from the coinbase, many nonces per sender; berlin..prague),
 * the parallel engine's result equals the reference oracle's (`executeReference`) AND the
 * sequential engine's, in full.
 *
 * Default: 30 seeds (≈ 1 min on 2 cores), each with w2/blockstm, w4/blockstm, w2/dag (random
 * graph) and w3/sequential. Full (`BLOCKSTM_FULL=1`): 200 seeds × {1,2,4,8} × every strategy.
 * `BLOCKSTM_SEEDS=17,23` runs just those seeds (what a failure prints); `BLOCKSTM_SEED_BASE=N`
 * shifts the default range. Every test title carries its seed.
 */
import test from 'ava'
import { DependencyGraph } from '@blockstm/scheduler'

import { executeSequential } from '../src/block/sequential.js'
import { executeReference } from '../src/reference/index.js'
import { assertSameResult } from './helpers/compare.js'
import { FULL, Pools, checkParallel, configLabel, crossProduct, runParallel, statsLine } from './helpers/parallel.js'
import type { Config } from './helpers/parallel.js'
import { Rng, randomBlock } from './helpers/parallel-random.js'

const base = Number(process.env.BLOCKSTM_SEED_BASE ?? 1)
const seeds = process.env.BLOCKSTM_SEEDS
  ? process.env.BLOCKSTM_SEEDS.split(',').map(Number)
  : Array.from({ length: FULL ? 200 : 30 }, (_, i) => base + i)

const CONFIGS: Config[] = FULL
  ? crossProduct([1, 2, 4, 8])
  : [
      { workers: 2, strategy: 'blockstm' },
      { workers: 4, strategy: 'blockstm' },
      { workers: 2, strategy: 'dag' },
      { workers: 3, strategy: 'sequential' },
    ]

const pools = new Pools()
test.after.always(() => pools.closeAll())

for (const seed of seeds) {
  const { block, summary } = randomBlock(seed)
  test.serial(`seed ${seed}: ${summary} — parallel = reference = sequential`, async (t) => {
    t.teardown(() => {
      if (!t.passed) console.error(`parallel-property: FAILED seed ${seed} (rerun: BLOCKSTM_SEEDS=${seed} pnpm exec ava packages/executor/test/parallel-property.test.ts)`)
    })
    const reference = await executeReference(block)
    const sequential = await executeSequential(block)
    assertSameResult(t, reference, sequential, `sequential (seed ${seed})`)
    const n = block.transactions.length
    const failed = reference.txs.filter((x) => x.receipt.status === 0).length
    const rng = new Rng(seed ^ 0x5eed)
    const logs: string[] = []
    for (const c of CONFIGS) {
      // dag gets a random (mostly wrong) graph: it only steers; validation keeps results exact.
      const graph =
        c.strategy === 'dag'
          ? DependencyGraph.fromEdges(n, Array.from({ length: n }, () => [rng.int(n), rng.int(n)] as [number, number]))
          : undefined
      const got = await runParallel(pools, block, c, { graph })
      checkParallel(t, block, reference, got, `parallel ${configLabel(c)} (seed ${seed})`)
      logs.push(`${configLabel(c)}: ${statsLine(got)}`)
    }
    t.log(`${n} txs, ${failed} failed (status 0); ${logs.join(' | ')}`)
  })
}

test('the generator is deterministic and covers every kind of transaction', (t) => {
  const a = randomBlock(5)
  const b = randomBlock(5)
  t.is(a.summary, b.summary)
  t.deepEqual(a.block.transactions, b.block.transactions)
  const all = seeds.map((s) => randomBlock(s).summary).join(' ')
  for (const k of ['transfer', 'call', 'create', 'berlin', 'london', 'shanghai', 'cancun', 'prague']) t.regex(all, new RegExp(k))
})
