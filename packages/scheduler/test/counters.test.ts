// Counter checks on real worker threads: a conflict-free block executes each tx exactly once;
// a fully chained block (tx i reads what tx i-1 wrote) measures re-executions per tx under
// `blockstm` and under `dag` given the true chain graph.
import test from 'ava'
import { DependencyGraph, type SchedulerCounters, type StrategyName } from '../src/index.js'
import { Pool } from './support/pool.js'
import { DelayMode } from './support/driver.js'
import { chainBlock, conflictFreeBlock } from './support/mock-block.js'
import { ModelStore } from './support/model-store.js'

const N = 32
let pool: Pool
test.before(() => {
  pool = new Pool(64, ModelStore.create(64, 2 * 64 + 2), 'model')
})
test.after.always(async () => {
  await pool?.close()
})

for (const strategy of ['blockstm', 'dag', 'sequential', 'adaptive'] as StrategyName[]) {
  for (const workers of [1, 2, 4, 8]) {
    test.serial(`conflict-free block, ${strategy}, ${workers} worker(s): each tx executed exactly once`, async (t) => {
      conflictFreeBlock(pool.specs, N)
      const r = await pool.run({ txCount: N, keys: 2 * N, workers, strategy, delayMode: DelayMode.NONE, seed: 1 })
      t.deepEqual(r.state, r.expected)
      const c = pool.scheduler.counters()
      t.is(c.executions, N)
      t.is(c.reExecutions, 0)
      t.is(c.failedValidations, 0)
      t.is(c.dependencyWaits, 0)
      t.true(c.validations >= N)
      t.is(c.perWorker.reduce((s, w) => s + w.executions, 0), N)
      for (const w of c.perWorker.slice(0, workers)) t.true(w.busyMs >= 0 && w.idleMs >= 0)
    })
  }
}

const ROUNDS = 20
const DELAY_US = 50 // per execution, so that speculation actually overlaps

async function chained(strategy: StrategyName, workers: number, graph: DependencyGraph | null): Promise<{ perTx: number; worst: SchedulerCounters; chainedTotal: number }> {
  let reExec = 0
  let chainedTotal = 0
  let worst: SchedulerCounters | undefined
  for (let round = 0; round < ROUNDS; round++) {
    chainBlock(pool.specs, N, DELAY_US)
    const r = await pool.run({ txCount: N, keys: N + 1, workers, strategy, graph, delayMode: DelayMode.EXACT, seed: round })
    if (JSON.stringify(r.state) !== JSON.stringify(r.expected)) throw new Error('chain: wrong final state')
    const c = pool.scheduler.counters()
    reExec += c.reExecutions
    chainedTotal += c.chainedExecutions
    if (!worst || c.reExecutions > worst.reExecutions) worst = c
  }
  return { perTx: reExec / (ROUNDS * N), worst: worst!, chainedTotal }
}

for (const workers of [2, 4, 8]) {
  test.serial(`chained block, ${workers} workers: re-executions per tx, blockstm vs dag (true chain graph)`, async (t) => {
    const classic = await chained('blockstm', workers, null)
    const hinted = await chained('dag', workers, DependencyGraph.chain(N))
    const seq = await chained('sequential', workers, null)
    const fmt = (c: SchedulerCounters): string =>
      `exec=${c.executions} reexec=${c.reExecutions} valid=${c.validations} failed=${c.failedValidations} waits=${c.dependencyWaits} deferrals=${c.deferrals} chained=${c.chainedExecutions} sleeps=${c.sleeps}`
    t.log(`blockstm:   ${classic.perTx.toFixed(3)} re-executions/tx (worst block: ${fmt(classic.worst)})`)
    t.log(`dag:        ${hinted.perTx.toFixed(3)} re-executions/tx (worst block: ${fmt(hinted.worst)})`)
    t.log(`sequential: ${seq.perTx.toFixed(3)} re-executions/tx`)
    t.is(seq.perTx, 0)
    // With the true graph every tx waits for its predecessor: it never runs on stale input.
    t.true(hinted.perTx <= 0.05, `dag re-executions/tx ${hinted.perTx}`)
    // Classic Block-STM re-executes a chained tx at most once per concurrently running
    // predecessor (ESTIMATE suspensions cut the rest): bounded by the worker count.
    t.true(classic.perTx <= workers, `blockstm re-executions/tx ${classic.perTx}`)
    t.true(hinted.perTx <= classic.perTx)
  })
}

for (const workers of [2, 4, 8]) {
  test.serial(`chained block, ${workers} workers: adaptive learns the chain without a graph (chained executions, re-executions bounded like blockstm's)`, async (t) => {
    const classic = await chained('blockstm', workers, null)
    const learned = await chained('adaptive', workers, null)
    t.log(`blockstm: ${classic.perTx.toFixed(3)} re-executions/tx; adaptive: ${learned.perTx.toFixed(3)} (worst block: reexec=${learned.worst.reExecutions} chained=${learned.worst.chainedExecutions} sleeps=${learned.worst.sleeps})`)
    t.true(learned.chainedTotal > 0, 'chain mode never started')
    // Alone on 2 cores, 2 workers: ~0.2-0.6 re-executions/tx against blockstm's ~1.3-1.5. But
    // how often the threads overlap depends on the machine's load (a CI run once measured
    // adaptive 0.75 against blockstm 0.47), so no comparison between the two is asserted
    // here, only the bound both keep; the deterministic comparisons are in adaptive.test.ts
    // and the EVM-sized one in the executor's parallel-workloads test.
    t.true(learned.perTx <= workers, `adaptive re-executions/tx ${learned.perTx}`)
  })
}

test.serial('observedEdges: after a chained block each tx read from its predecessor, whatever the strategy', async (t) => {
  for (const strategy of ['blockstm', 'dag', 'sequential', 'adaptive'] as StrategyName[]) {
    chainBlock(pool.specs, N, 0)
    const r = await pool.run({ txCount: N, keys: N + 1, workers: 2, strategy, graph: null, delayMode: DelayMode.NONE, seed: 7 })
    t.deepEqual(r.state, r.expected)
    const expected = Array.from({ length: N - 1 }, (_, i): [number, number] => [i, i + 1])
    t.deepEqual(pool.scheduler.observedEdges(), expected, strategy)
    t.is(pool.scheduler.readFromOf(0), -1, `${strategy}: tx 0 read only storage`)
  }
  conflictFreeBlock(pool.specs, N)
  await pool.run({ txCount: N, keys: 2 * N, workers: 2, strategy: 'adaptive', delayMode: DelayMode.NONE, seed: 1 })
  t.deepEqual(pool.scheduler.observedEdges(), [], 'a conflict-free block has no observed edge')
})

test.serial('I5 no lost wake-up under real threads: chained blocks with random delays suspend often and always finish', async (t) => {
  let waits = 0
  // 40 blocks, and more (up to 200) until one suspends: a block takes ~2 ms, less than a
  // time slice, so beside another test process one worker can finish every block before
  // the others run (a CI run once saw 0 suspensions in 40).
  let round = 0
  for (; round < 40 || (waits === 0 && round < 200); round++) {
    chainBlock(pool.specs, N, 60)
    const workers = [2, 4, 8][round % 3]!
    const r = await pool.run({ txCount: N, keys: N + 1, workers, strategy: 'blockstm', delayMode: DelayMode.RANDOM, seed: 1000 + round })
    t.deepEqual(r.state, r.expected, `round ${round}`)
    t.deepEqual(pool.scheduler.checkQuiescentInvariants(), [])
    waits += pool.scheduler.counters().dependencyWaits
  }
  t.log(`${waits} suspensions on ESTIMATEs in ${round} chained blocks`)
  t.true(waits > 0)
})
