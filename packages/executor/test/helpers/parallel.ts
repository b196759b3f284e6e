/**
 * Shared pieces of the parallel-engine tests (parallel-*.test.ts):
 *
 * - `FULL`: `BLOCKSTM_FULL=1` turns the trimmed default sweeps into the full cross products.
 * - `Pools`: one ParallelExecutor per worker count, created on first use and reused across
 *   blocks (starting workers costs ~1 s each on 2 cores); `closeAll()` in `test.after.always`.
 * - `Config` / `configLabel`: a (workers, strategy) point of a sweep.
 * - `checkParallel`: parallel result == reference result (assertSameResult) plus the counter
 *   invariants every run must satisfy.
 */
import type { ExecutionContext } from 'ava'

import { ParallelExecutor } from '../../src/parallel/engine.js'
import type { ParallelOptions, ParallelResult } from '../../src/parallel/engine.js'
import type { BlockInput, BlockResult } from '../../src/types.js'
import { assertSameResult } from './compare.js'

export const FULL = process.env.BLOCKSTM_FULL === '1' || process.env.BLOCKSTM_FULL === 'true'

export type Strategy = 'blockstm' | 'dag' | 'sequential' | 'adaptive'
export const STRATEGIES: readonly Strategy[] = ['blockstm', 'dag', 'sequential', 'adaptive']

export interface Config {
  workers: number
  strategy: Strategy
}

export const configLabel = (c: Config): string => `w${c.workers}/${c.strategy}`

export function crossProduct(workers: readonly number[], strategies: readonly Strategy[] = STRATEGIES): Config[] {
  return workers.flatMap((w) => strategies.map((strategy) => ({ workers: w, strategy })))
}

/** One executor per worker count, reused for every block of a test file. */
export class Pools {
  private readonly pools = new Map<number, Promise<ParallelExecutor>>()

  get(workers: number): Promise<ParallelExecutor> {
    let p = this.pools.get(workers)
    if (p === undefined) {
      p = ParallelExecutor.create({ workers })
      this.pools.set(workers, p)
    }
    return p
  }

  async closeAll(): Promise<void> {
    const ps = [...this.pools.values()]
    this.pools.clear()
    await Promise.all(ps.map(async (p) => (await p.then((x) => x, () => undefined))?.close()))
  }
}

/** Memoises one promise per key (sequential results, loaded blocks) across serial tests. */
export function memo<K, V>(make: (k: K) => Promise<V>): (k: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>()
  return (k) => {
    let v = cache.get(k)
    if (v === undefined) {
      v = make(k)
      cache.set(k, v)
    }
    return v
  }
}

/**
 * Asserts the parallel result equals `expected` in full, and the scheduler counters are
 * consistent: every tx executed at least once (executions = txs + re-executions), the
 * per-worker executions add up, and the run did not fall back to the sequential engine.
 */
export function checkParallel(t: ExecutionContext, block: BlockInput, expected: BlockResult, got: ParallelResult, label: string): void {
  const { stats: _stats, ...result } = got
  assertSameResult(t, expected, result, label)
  const n = block.transactions.length
  const s = got.stats
  t.false(s.sequentialFallback, `${label}: fell back to the sequential engine`)
  t.true(s.receiptLeavesFromWorkers, `${label}: the receipts root was not built from the workers' leaves`)
  t.is(s.executions, n + s.reExecutions, `${label}: executions ${s.executions} ≠ ${n} txs + ${s.reExecutions} re-executions`)
  t.is(
    s.perWorker.reduce((a, w) => a + w.executions, 0),
    s.executions,
    `${label}: per-worker executions do not add up`,
  )
  t.true(s.validations >= n, `${label}: ${s.validations} validations for ${n} txs`)
}

export async function runParallel(pools: Pools, block: BlockInput, c: Config, opts: ParallelOptions = {}): Promise<ParallelResult> {
  const ex = await pools.get(c.workers)
  // minPredictedSpeedup 0: a chain graph must still exercise the parallel path here (the fallback has its own test).
  return ex.execute(block, { strategy: c.strategy, timeoutMs: 100_000, minPredictedSpeedup: 0, minParallelGas: 0, ...opts })
}

/** Compact counters for t.log. */
export function statsLine(r: ParallelResult): string {
  const s = r.stats
  return `exec ${s.executions} (re ${s.reExecutions}) val ${s.validations} (failed ${s.failedValidations}) waits ${s.dependencyWaits} deferrals ${s.deferrals}`
}
