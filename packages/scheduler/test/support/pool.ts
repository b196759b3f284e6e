// A pool of driver workers sharing one scheduler and one store, reused across blocks.
import { Worker } from 'node:worker_threads'
import { Scheduler, DependencyGraph, type StrategyName } from '../../src/index.js'
import type { PoolStore } from './model-store.js'
import { SPEC, sequentialState } from './mock-block.js'

export const MAX_WORKERS = 8

export interface BlockRun {
  txCount: number
  keys: number
  workers: number
  strategy: StrategyName
  graph?: DependencyGraph | null
  delayMode: number
  seed: number
  trace?: boolean
}

export class Pool {
  readonly scheduler: Scheduler
  readonly specs: Int32Array
  private readonly workers: Worker[] = []
  private readonly control = new Int32Array(new SharedArrayBuffer(8))

  /** `worker`: 'model' or 'mv' (test/<worker>-driver.worker.ts, bundled to dist/test-workers). */
  constructor(readonly capacity: number, readonly store: PoolStore, worker: 'model' | 'mv') {
    this.scheduler = Scheduler.create({ txCount: capacity, workers: MAX_WORKERS, capacity, maxEdges: capacity * capacity, traceCapacity: 4096 })
    const specsBuf = new SharedArrayBuffer(capacity * SPEC * 4)
    this.specs = new Int32Array(specsBuf)
    for (let w = 0; w < MAX_WORKERS; w++) {
      const t = new Worker(new URL(`../../dist/test-workers/${worker}-driver.js`, import.meta.url), {
        workerData: { workerId: w, scheduler: this.scheduler.shared, store: store.shared, specs: specsBuf, control: this.control.buffer },
      })
      t.unref()
      this.workers.push(t)
    }
  }

  /**
   * Runs the block already written to `specs`; returns the final and the expected state.
   * Rejects (never hangs) if a worker fails or the block does not finish in `timeoutMs`.
   */
  async run(b: BlockRun, timeoutMs = 10_000): Promise<{ state: number[]; expected: number[] }> {
    const s = this.scheduler
    s.reset({ txCount: b.txCount, strategy: b.strategy, graph: b.graph ?? null, trace: b.trace ?? false })
    this.store.clear(b.txCount)
    Atomics.store(this.control, 0, 0)
    const replies = this.workers.slice(0, b.workers).map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.once('message', (m: { ok: boolean; error?: string }) => (m.ok ? resolve() : reject(new Error(m.error))))
          w.once('error', reject)
          w.postMessage({ workers: b.workers, keys: b.keys, delayMode: b.delayMode, seed: b.seed })
        }),
    )
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`deadlock/timeout after ${timeoutMs} ms: ${JSON.stringify(s.snapshot())}`)), timeoutMs)
    })
    try {
      await Promise.race([Promise.all(replies), timeout])
    } finally {
      clearTimeout(timer)
      for (const w of this.workers) w.removeAllListeners('error')
    }
    const state = this.store.finalState(b.txCount)
    return { state: state.slice(0, b.keys), expected: sequentialState(this.specs, b.txCount, b.keys) }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}
