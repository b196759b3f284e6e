/**
 * Worker of the `reference` bench engine (bundled to bench/dist/workers/reference.js by
 * scripts/bundle-workers.mjs): runs @ethereumjs/vm in its own isolate. In the main thread the
 * oracle's heap and the shapes it teaches the shared @ethereumjs code slowed the engines run
 * after it (10k transfers: the parallel engine 202 ms in a run without the reference, 416 ms
 * with it; the sequential engine alternated between ~180 and ~400 ms).
 *
 * Protocol (main → worker → main), one run per worker (harness/reference.ts starts a fresh one):
 *   { type: 'run', block }  → { type: 'done', ms, result }
 * `ms` is the execution alone, timed here; sending the block and the result back is untimed.
 */
import { parentPort } from 'node:worker_threads'

import { executeReference } from '../../packages/executor/src/reference/index.js'
import type { BlockInput, BlockResult } from '../../packages/executor/src/types.js'

export type ReferenceRequest = { type: 'run'; block: BlockInput }
export type ReferenceReply =
  | { type: 'ready' }
  | { type: 'done'; ms: number; result: BlockResult }
  | { type: 'error'; name: string; message: string }

const port = parentPort!

port.on('message', async (m: ReferenceRequest) => {
  try {
    const t0 = performance.now()
    const result = await executeReference(m.block)
    const ms = performance.now() - t0
    port.postMessage({ type: 'done', ms, result } satisfies ReferenceReply)
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e))
    port.postMessage({ type: 'error', name: err.name, message: err.message } satisfies ReferenceReply)
  }
})
port.postMessage({ type: 'ready' } satisfies ReferenceReply)
