/**
 * Worker of the `reference` bench engine (bundled to bench/dist/workers/reference.js by
 * scripts/bundle-workers.mjs): runs @ethereumjs/vm in its own isolate. In the main thread the
 * oracle's heap and the shapes it teaches the shared @ethereumjs code slowed the engines run
 * after it (10k transfers: the parallel engine 202 ms in a run without the reference, 416 ms
 * with it; the sequential engine alternated between ~180 and ~400 ms).
 *
 * Protocol (main → worker → main), one run per worker (harness/reference.ts starts a fresh one):
 *   { type: 'run', block }  → { type: 'done', ms, fingerprint }
 * `ms` is the execution alone, timed here. Only the result's fingerprint goes back (computed
 * here, untimed): the whole result, cloned into the main thread, left ~20k objects of garbage
 * there that its collector marked during the next engine's run.
 */
import { parentPort } from 'node:worker_threads'

import { executeReference } from '../../packages/executor/src/reference/index.js'
import type { BlockInput } from '../../packages/executor/src/types.js'
import { type Fingerprint, fingerprint } from './harness/verify.js'

export type ReferenceRequest = { type: 'run'; block: BlockInput }
export type ReferenceReply =
  | { type: 'ready' }
  | { type: 'done'; ms: number; fingerprint: Fingerprint }
  | { type: 'error'; name: string; message: string }

const port = parentPort!

port.on('message', async (m: ReferenceRequest) => {
  try {
    const t0 = performance.now()
    const result = await executeReference(m.block)
    const ms = performance.now() - t0
    port.postMessage({ type: 'done', ms, fingerprint: fingerprint(result) } satisfies ReferenceReply)
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e))
    port.postMessage({ type: 'error', name: err.name, message: err.message } satisfies ReferenceReply)
  }
})
port.postMessage({ type: 'ready' } satisfies ReferenceReply)
