/**
 * Worker entry of the parallel engine (bundled by esbuild into dist/workers/parallel.js).
 * Messages only start blocks and return results; all per-task traffic is shared memory.
 */
import { parentPort, workerData } from 'node:worker_threads'

import { encodeOutcomes } from '../codec/outcome.js'
import { BlockRun } from './loop.js'
import type { BlockTask, WorkerReply } from './messages.js'

const port = parentPort!
const workerId: number = (workerData as { workerId: number }).workerId
const reply = (m: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer)

port.on('message', async (task: BlockTask) => {
  try {
    const t0 = performance.now()
    const run = await BlockRun.start(task, workerId)
    const t1 = performance.now()
    if (task.fault === 'exit') process.exit(3)
    if (task.fault === 'throw') throw new Error(`injected fault in worker ${workerId}`)
    const entries = await run.run()
    const outcomes = encodeOutcomes(entries)
    const t2 = performance.now()
    // First, so the main thread assembles receipts while this worker hashes its receipts' leaves and computes its diff share.
    reply({ type: 'outcomes', outcomes }, [outcomes])
    // Transferred, not copied or shared (see ByteWriter.finishTransferable).
    const diff = await run.diffShare()
    reply({ type: 'diff', diff }, [diff])
    const leaves = run.receiptLeaves(entries)
    await run.close()
    const t3 = performance.now()
    // doneAt on the shared clock (timeOrigin + now), so the main thread can see what the reply's transfer costs.
    reply({ type: 'done', leaves, busyMs: t2 - t0, startMs: t1 - t0, loopMs: t2 - t1, diffMs: t3 - t2, queuedMs: Date.now() - task.sentAt, doneAt: performance.timeOrigin + t3, inflightPeak: run.inflightPeak, staleAborts: run.staleAborts() }, [leaves])
  } catch (e) {
    const err = e as Error
    reply({ type: 'error', message: err.message, stack: err.stack, name: err.name })
  }
})
reply({ type: 'ready' })
