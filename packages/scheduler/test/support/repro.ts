// Ad-hoc reproduction helper: tsx --conditions=blockstm-src packages/scheduler/test/support/repro.ts <seed> <txCount> <keys> <workers> <strategy> <store> <delay> [runs]
import { Pool } from './pool.js'
import { randomBlock } from './mock-block.js'
import { ModelStore } from './model-store.js'
import { MvStore } from './mv-store.js'
import type { StrategyName } from '../../src/index.js'

const [seed, txCount, keys, workers] = process.argv.slice(2, 6).map(Number) as [number, number, number, number]
const strategy = process.argv[6] as StrategyName
const store = process.argv[7] as 'model' | 'mv'
const delayMode = Number(process.argv[8])
const runs = Number(process.argv[9] ?? 200)
const pool = new Pool(64, store === 'model' ? ModelStore.create(64, 32) : MvStore.create(64, 32), store)
let bad = 0
for (let i = 0; i < runs; i++) {
  randomBlock(seed, pool.specs, { txCount, keys }, 40)
  const r = await pool.run({ txCount, keys, workers, strategy, delayMode, seed: seed + i, trace: true })
  if (JSON.stringify(r.state) !== JSON.stringify(r.expected)) {
    bad++
    if (bad === 1) {
      console.log('got     ', r.state.join(','), '\nexpected', r.expected.join(','))
      console.log(JSON.stringify(pool.scheduler.counters()))
      console.log(pool.scheduler.traceLines().join('\n'))
    }
  }
}
console.log(`${bad}/${runs} runs differ`)
await pool.close()
