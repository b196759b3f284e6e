// The random-block model test, parameterized by store: registers one serial ava test per
// (workers, strategy) cell; each runs BLOCKS seeded random blocks on a shared worker pool
// and compares the final state with serial execution.
import type { TestFn } from 'ava'
import { DependencyGraph, type StrategyName } from '../../src/index.js'
import { Pool } from './pool.js'
import { DelayMode } from './driver.js'
import { randomBlock, rng, trueEdges } from './mock-block.js'
import type { PoolStore } from './model-store.js'

export const BASE_SEED = Number(process.env.SCHEDULER_SEED ?? 20261126)
export const CAPACITY = 64
export const MAX_KEYS = 32

/** Random graph for dag: empty, true, true with noise, a chain, or plain wrong. */
function randomGraph(r: () => number, specs: Int32Array, txCount: number, keys: number): { graph: DependencyGraph; kind: string } {
  const m = r()
  const noise = (count: number): Array<[number, number]> => {
    const out: Array<[number, number]> = []
    for (let i = 0; i < count; i++) out.push([Math.floor(r() * txCount), Math.floor(r() * txCount)]) // includes invalid edges
    return out
  }
  if (m < 0.15) return { graph: DependencyGraph.empty(txCount), kind: 'empty' }
  const truth = trueEdges(specs, txCount, keys)
  if (m < 0.45) return { graph: DependencyGraph.fromEdges(txCount, truth), kind: 'true' }
  if (m < 0.7) return { graph: DependencyGraph.fromEdges(txCount, [...truth.filter(() => r() < 0.6), ...noise(txCount)]), kind: 'partial' }
  if (m < 0.85) return { graph: DependencyGraph.chain(txCount), kind: 'chain' }
  return { graph: DependencyGraph.fromEdges(txCount, noise(txCount * 2)), kind: 'wrong' }
}

export function registerRandomCells(test: TestFn, name: string, makeStore: () => PoolStore, worker: 'model' | 'mv', blocksPerCell: number): void {
  let pool: Pool | undefined
  let blocksRun = 0
  const total = { failedValidations: 0, dependencyWaits: 0, deferrals: 0, chained: 0, reExecutions: 0, executions: 0 }
  test.before(() => {
    pool = new Pool(CAPACITY, makeStore(), worker)
  })
  test.after.always(async () => {
    await pool?.close()
  })
  const strategies: StrategyName[] = ['blockstm', 'dag', 'sequential', 'adaptive']
  for (const workers of [1, 2, 4, 8]) {
    for (const strategy of strategies) {
      test.serial(`${name}, ${workers} worker(s), ${strategy}: final state equals serial execution`, async (t) => {
        let p = pool!
        const seen = { failedValidations: 0, dependencyWaits: 0, deferrals: 0, chained: 0, reExecutions: 0, executions: 0 }
        const cellSeed = (BASE_SEED ^ (workers * 7919 + strategies.indexOf(strategy) * 104729 + (worker === 'mv' ? 15485863 : 0))) >>> 0
        // A cell that must see a failed validation runs more blocks (up to 5x) until it does:
        // beside another test process one worker can finish many small blocks alone.
        const needsFailure = workers >= 2 && strategy === 'blockstm'
        for (let b = 0; b < blocksPerCell || (needsFailure && seen.failedValidations === 0 && b < 5 * blocksPerCell); b++) {
          const seed = (cellSeed + Math.imul(b, 2654435761)) >>> 0
          const r = rng(seed)
          const txCount = 1 + Math.floor(r() * (r() < 0.2 ? CAPACITY : 24))
          const keys = 2 + Math.floor(r() * (MAX_KEYS - 2))
          randomBlock(seed, p.specs, { txCount, keys }, 40)
          const g = strategy === 'dag' || strategy === 'adaptive' ? randomGraph(r, p.specs, txCount, keys) : { graph: null, kind: 'none' }
          const delayMode = r() < 0.5 ? DelayMode.RANDOM : DelayMode.NONE
          const where = `block seed=${seed} (SCHEDULER_SEED=${BASE_SEED}, block ${b}) txCount=${txCount} keys=${keys} graph=${g.kind} delayMode=${delayMode}`
          let result
          try {
            result = await p.run({ txCount, keys, workers, strategy, graph: g.graph, delayMode, seed })
          } catch (e) {
            t.fail(`${where}: ${(e as Error).message}`)
            // Workers may still be inside the failed block: start the next cell on a fresh pool.
            await p.close()
            p = pool = new Pool(CAPACITY, makeStore(), worker)
            return
          }
          if (JSON.stringify(result.state) !== JSON.stringify(result.expected)) {
            t.fail(`${where}: final state differs from serial execution\n got      ${result.state}\n expected ${result.expected}`)
            return
          }
          const bad = p.scheduler.checkQuiescentInvariants()
          if (bad.length > 0) {
            t.fail(`${where}: ${bad.join('; ')}`)
            return
          }
          const c = p.scheduler.counters()
          if (strategy === 'sequential' && c.reExecutions !== 0) {
            t.fail(`${where}: sequential re-executed a tx`)
            return
          }
          seen.failedValidations += c.failedValidations
          seen.dependencyWaits += c.dependencyWaits
          seen.deferrals += c.deferrals
          seen.chained += c.chainedExecutions
          seen.reExecutions += c.reExecutions
          seen.executions += c.executions
          blocksRun++
        }
        t.log(JSON.stringify(seen))
        for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += seen[key]
        if (needsFailure) t.true(seen.failedValidations > 0, 'no validation ever failed')
        t.pass()
      })
    }
  }
  test.after(`${name}: blocks run, paths exercised`, (t) => {
    t.log(`${blocksRun} random blocks matched serial execution (${name}): ${JSON.stringify(total)}`)
    // The interesting paths really ran, else the equality checks prove little.
    if (blocksRun >= 200 * 12) {
      t.true(total.failedValidations > 0, 'no validation ever failed')
      t.true(total.dependencyWaits > 0, 'no tx was ever suspended on an ESTIMATE')
      t.true(total.deferrals > 0, 'dag never deferred a tx')
      t.true(total.chained > 0, 'dag never chained')
    }
  })
}
