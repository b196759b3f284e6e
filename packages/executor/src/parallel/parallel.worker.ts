/**
 * Worker entry of the parallel engine (bundled by esbuild into dist/workers/parallel.js).
 * Messages only start blocks and return results; all per-task traffic is shared memory.
 */
import { parentPort, workerData } from 'node:worker_threads'

import { BlockRun } from './loop.js'
import type { BlockTask, WorkerReply } from './messages.js'

const port = parentPort!
const workerId: number = (workerData as { workerId: number }).workerId
const reply = (m: WorkerReply) => port.postMessage(m)

port.on('message', async (task: BlockTask) => {
  try {
    const t0 = performance.now()
    const run = await BlockRun.start(task, workerId)
    if (task.fault === 'exit') process.exit(3)
    if (task.fault === 'throw') throw new Error(`injected fault in worker ${workerId}`)
    const outcomes = await run.run()
    reply({ type: 'done', outcomes, busyMs: performance.now() - t0 })
  } catch (e) {
    const err = e as Error
    reply({ type: 'error', message: err.message, stack: err.stack, name: err.name })
  }
})
reply({ type: 'ready' })
