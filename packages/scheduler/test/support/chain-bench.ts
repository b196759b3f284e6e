// Re-executions per tx on a fully chained block (tx i reads what tx i-1 wrote), per strategy
// and worker count, plus mean wall time per block. Not a test: a measurement to run on a
// machine with enough cores (the test suite's numbers come from a 2-core box).
//   node scripts/bundle-workers.mjs && pnpm exec tsx --conditions=blockstm-src packages/scheduler/test/support/chain-bench.ts [txs] [delayMicros] [rounds]
import { DependencyGraph, type StrategyName } from '../../src/index.js'
import { Pool } from './pool.js'
import { DelayMode } from './driver.js'
import { chainBlock } from './mock-block.js'
import { ModelStore } from './model-store.js'

const N = Number(process.argv[2] ?? 64)
const DELAY = Number(process.argv[3] ?? 50)
const ROUNDS = Number(process.argv[4] ?? 20)
const pool = new Pool(N, ModelStore.create(N, N + 1), 'model')
const configs: Array<[string, StrategyName, DependencyGraph | null]> = [
  ['blockstm', 'blockstm', null],
  ['dag (chain graph)', 'dag', DependencyGraph.chain(N)],
  ['dag (empty graph)', 'dag', null],
  ['adaptive (no graph)', 'adaptive', null],
  ['sequential', 'sequential', null],
]
console.log(`chained block: ${N} txs, ${DELAY} us per execution, ${ROUNDS} rounds; cores: ${(await import('node:os')).availableParallelism()}`)
console.log('strategy            workers  reexec/tx  failedVal/tx  waits/tx  ms/block')
for (const workers of [1, 2, 4, 8]) {
  for (const [label, strategy, graph] of configs) {
    let reexec = 0
    let failed = 0
    let waits = 0
    let ms = 0
    for (let r = 0; r < ROUNDS; r++) {
      chainBlock(pool.specs, N, DELAY)
      const t0 = performance.now()
      const res = await pool.run({ txCount: N, keys: N + 1, workers, strategy, graph, delayMode: DelayMode.EXACT, seed: r })
      ms += performance.now() - t0
      if (JSON.stringify(res.state) !== JSON.stringify(res.expected)) throw new Error('wrong final state')
      const c = pool.scheduler.counters()
      reexec += c.reExecutions
      failed += c.failedValidations
      waits += c.dependencyWaits
    }
    const per = (x: number): string => (x / (ROUNDS * N)).toFixed(3).padStart(9)
    console.log(`${label.padEnd(20)}${String(workers).padStart(7)}  ${per(reexec)}  ${per(failed).padStart(12)}  ${per(waits).padStart(8)}  ${(ms / ROUNDS).toFixed(2).padStart(8)}`)
  }
}
await pool.close()
