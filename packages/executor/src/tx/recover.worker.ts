/** Sender-recovery worker (bundled to dist/workers/recover.js): checks the indices it is sent. */
import { parentPort } from 'node:worker_threads'

import type { BlockInput } from '../types.js'
import { checkSenders } from './recover.js'

parentPort!.on('message', (m: { block: BlockInput; indices: number[] }) => {
  try {
    parentPort!.postMessage({ bad: checkSenders(m.block, m.indices) })
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message })
  }
})
