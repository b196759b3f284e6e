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
 *
 * Seeds 2, 34 and 124 once found an oracle bug (a pre-Cancun self-destructed account re-created
 * later kept its cached storage in MerkleStateManager); fixed in reference/state.ts and pinned by
 * the test at the end of this file. Every seed is now checked against the oracle too.
 */
import test from 'ava'
import { DependencyGraph } from '@blockstm/scheduler'

import { executeSequential } from '../src/block/sequential.js'
import { executeReference } from '../src/reference/index.js'
import { assertSameResult, firstDifference } from './helpers/compare.js'
import { FULL, Pools, checkParallel, configLabel, crossProduct, runParallel, statsLine } from './helpers/parallel.js'
import type { Config } from './helpers/parallel.js'
import { Rng, randomBlock } from './helpers/parallel-random.js'
import { asm, jumpi, label, push } from './helpers/asm.js'
import { BlockBuilder, slot } from './helpers/builder.js'
import { ALICE, ETHER, addr } from './helpers/keys.js'

const base = Number(process.env.BLOCKSTM_SEED_BASE ?? 1)
const seeds = process.env.BLOCKSTM_SEEDS
  ? process.env.BLOCKSTM_SEEDS.split(',').map(Number)
  : Array.from({ length: FULL ? 200 : 30 }, (_, i) => base + i)

/** Seeds exempt from the oracle comparison (none since the oracle fix; kept for a future oracle bug). */
const REFERENCE_BUG_SEEDS = new Set<number>()

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
    const sequential = await executeSequential(block)
    let reference = await executeReference(block)
    if (REFERENCE_BUG_SEEDS.has(seed)) {
      t.log(`known oracle bug on this seed: reference vs sequential: ${firstDifference(reference, sequential) ?? 'now equal (remove the seed from REFERENCE_BUG_SEEDS)'}`)
      reference = sequential
    } else assertSameResult(t, reference, sequential, `sequential (seed ${seed})`)
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
  const all = Array.from({ length: 30 }, (_, i) => randomBlock(i + 1).summary).join(' ')
  for (const k of ['transfer', 'call', 'create', 'berlin', 'london', 'shanghai', 'cancun', 'prague']) t.regex(all, new RegExp(k))
})

/*
 * BUG (reported, in the reference oracle, not the parallel engine): before Cancun, when an account
 * with storage self-destructs and a later transaction of the same block re-creates it with a plain
 * value transfer, executeReference's state diff keeps the old storage (reports no storage change,
 * or the pre-destruct values) while the account is new (nonce 0, no code). Sequential and parallel
 * report every old slot cleared (→ 0), which is what the spec says (SELFDESTRUCT wipes storage).
 * Found by this file's random blocks: seeds 34 (berlin) and 124 (shanghai).
 */
function destroyThenRecreate(hardfork: string) {
  const X = addr(0x777)
  const b = new BlockBuilder(hardfork)
  b.account(ALICE, { balance: ETHER })
  // With calldata: SELFDESTRUCT to ALICE; without: slot 1 := 9.
  b.account(X, { nonce: 1n, code: asm(push(0), 'CALLDATASIZE', jumpi('d'), push(9), push(1), 'SSTORE', 'STOP', label('d'), push(ALICE), 'SELFDESTRUCT'), storage: { 1: 2n, 3: 4n } })
  b.tx({ from: ALICE, to: X, data: Uint8Array.of(1), gasLimit: 100_000n })
  b.tx({ from: ALICE, to: X, value: 1n, gasLimit: 100_000n })
  return { X, block: b.build() }
}

test.serial('self-destruct then re-creation by a value transfer (pre-Cancun): parallel = sequential, old storage cleared', async (t) => {
  for (const hf of ['berlin', 'shanghai']) {
    const { X, block } = destroyThenRecreate(hf)
    const want = await executeSequential(block)
    t.deepEqual(want.stateDiff.get(X), { balance: 1n, nonce: 0n, code: new Uint8Array(), storage: new Map([[slot(1), 0n], [slot(3), 0n]]) }, hf)
    for (const c of CONFIGS.slice(0, 3)) checkParallel(t, block, want, await runParallel(pools, block, c), `${hf} parallel ${configLabel(c)}`)
  }
})

test('reference oracle: a self-destructed account re-created later in the block keeps no storage (pre-Cancun)', async (t) => {
  for (const hf of ['berlin', 'shanghai']) {
    const { block } = destroyThenRecreate(hf)
    assertSameResult(t, await executeSequential(block), await executeReference(block), `reference (${hf})`)
  }
})
