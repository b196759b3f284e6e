/**
 * Worker entry of the simulation pool (bundled to dist/workers/simulate.js by
 * scripts/bundle-workers.mjs): simulates the transactions it is given, each alone
 * against the block's pre-state, and sends back their access sets.
 */
import { parentPort } from 'node:worker_threads'

import { toWire } from './access.js'
import type { SimulateReply, SimulateTask } from './messages.js'
import { Simulator } from './simulator.js'

const port = parentPort!
const reply = (m: SimulateReply) => port.postMessage(m)

port.on('message', async (task: SimulateTask) => {
  try {
    const t0 = performance.now()
    const sim = await Simulator.create(task.block)
    const results = []
    for (const i of task.indices) {
      const r = await sim.simulate(i)
      results.push(toWire(i, r.access, r.codeHashes))
    }
    reply({ type: 'done', results, busyMs: performance.now() - t0 })
  } catch (e) {
    const err = e as Error
    reply({ type: 'error', message: err.message, stack: err.stack })
  }
})
reply({ type: 'ready' })
