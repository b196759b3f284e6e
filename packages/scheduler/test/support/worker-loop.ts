// Body of a pool worker: build the per-thread scheduler and store views once, then run
// each block the main thread asks for and report back.
import { parentPort, workerData } from 'node:worker_threads'
import { Scheduler, type SchedulerShared } from '../../src/index.js'
import { runBlock } from './driver.js'
import { rng } from './mock-block.js'
import type { TxStore } from './model-store.js'

export interface WorkerInit {
  workerId: number
  scheduler: SchedulerShared
  store: unknown
  specs: SharedArrayBuffer
  /** [0] = workers arrived at the start barrier of the current block. */
  control: SharedArrayBuffer
}
export interface RunMsg {
  workers: number
  keys: number
  delayMode: number
  seed: number
}

export function serveBlocks(makeStore: (shared: unknown) => TxStore): void {
  const init = workerData as WorkerInit
  const s = Scheduler.fromShared(init.scheduler, init.workerId)
  const store = makeStore(init.store)
  const specs = new Int32Array(init.specs)
  const control = new Int32Array(init.control)
  parentPort!.on('message', (m: RunMsg) => {
    try {
      // Start barrier: all workers of the block begin together, so that counters measure
      // speculation, not message-delivery skew between threads.
      Atomics.add(control, 0, 1)
      while (Atomics.load(control, 0) < m.workers) Atomics.wait(control, 1, 0, 0.05)
      runBlock(s, store, specs, { keys: m.keys, delayMode: m.delayMode, random: rng(m.seed * 31 + init.workerId) })
      parentPort!.postMessage({ ok: true })
    } catch (e) {
      parentPort!.postMessage({ ok: false, error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) })
    }
  })
}
