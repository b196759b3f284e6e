/**
 * A small pool of simulation workers. Start-up (loading the bundle) is paid once and
 * reported separately from hint time; the pool is reused across blocks. A failing
 * worker rejects the call and the pool is torn down (the next call needs a new pool).
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { WireAccess } from './access.js'
import { listenOnce } from './deps.js'
import type { BlockInput } from './deps.js'
import type { SimulateReply, SimulateTask } from './messages.js'

export function simulateWorkerPath(): string {
  // src/pool.ts and dist/pool.js both sit one level below the package root.
  const p = fileURLToPath(new URL('../dist/workers/simulate.js', import.meta.url))
  if (!existsSync(p)) throw new Error(`hints worker bundle missing at ${p}: run \`node scripts/bundle-workers.mjs\``)
  return p
}

/** The worker's next reply; its error reply, error event or exit rejects (WorkerCrashError). */
function next(w: Worker, id: number): Promise<SimulateReply> {
  return listenOnce<SimulateReply>(w, id, (m) => (m.type === 'error' ? new Error(`hints worker ${id}: ${m.message}`) : undefined), 'during simulation')
}

export class SimulationPool {
  private constructor(
    private workers: Worker[],
    readonly startupMs: number,
  ) {}

  static async start(size: number): Promise<SimulationPool> {
    if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`workers must be a positive integer, got ${size}`)
    const t0 = performance.now()
    const path = simulateWorkerPath()
    const workers = Array.from({ length: size }, () => new Worker(path))
    try {
      await Promise.all(workers.map((w, i) => next(w, i)))
    } catch (e) {
      await Promise.all(workers.map((w) => w.terminate()))
      throw e
    }
    return new SimulationPool(workers, performance.now() - t0)
  }

  get size(): number {
    return this.workers.length
  }

  /**
   * Simulates `indices` of `block`, dealt round-robin so that every worker gets a
   * similar mix of cheap and expensive transactions.
   */
  async simulate(block: BlockInput, indices: readonly number[]): Promise<WireAccess[]> {
    if (this.workers.length === 0) throw new Error('hints pool is closed')
    const slices: number[][] = this.workers.map(() => [])
    indices.forEach((tx, k) => slices[k % slices.length].push(tx))
    const busy = this.workers.filter((_, i) => slices[i].length > 0)
    try {
      const replies = await Promise.all(
        busy.map((w, i) => {
          const p = next(w, i)
          w.postMessage({ type: 'simulate', block, indices: slices[i] } satisfies SimulateTask)
          return p
        }),
      )
      return replies.flatMap((r) => (r.type === 'done' ? r.results : []))
    } catch (e) {
      await this.close()
      throw e
    }
  }

  async close(): Promise<void> {
    const ws = this.workers
    this.workers = []
    await Promise.all(ws.map((w) => w.terminate()))
  }
}
