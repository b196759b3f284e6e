/**
 * Worker of the `independent` bench engine (bundled to bench/dist/workers/independent.js by
 * scripts/bundle-workers.mjs): holds its own copy of a block and runs the *sequential* engine on
 * it when told. N of these running at once measure the machine's parallel ceiling — no shared
 * state, no coordination — against which the parallel engine's speedup is judged.
 *
 * Protocol (main → worker → main):
 *   { type: 'load', block, latencyUs } → { type: 'loaded' }  (untimed: structured clone of the block)
 *   { type: 'run' }          → { type: 'done', ms }        (timed by the main thread)
 *
 * Each run opens its base state inside the timed run, as the sequential and parallel engines do:
 * the block's pre-state in memory, behind a LatencyState when latencyUs > 0.
 *   { type: 'result' }       → { type: 'result', fingerprint }   (untimed verification; the
 *                              result stays here: a clone of it in the main thread was garbage
 *                              collected during the next engine's run)
 */
import { parentPort } from 'node:worker_threads'

// Narrow imports (not the package index, which also pulls in optional on-disk state backends).
import { executeSequential } from '../../packages/executor/src/block/sequential.js'
import { openBaseStateLayers, type OpenedBaseState } from '../../packages/executor/src/state/open.js'
import type { BlockInput, BlockResult } from '../../packages/executor/src/types.js'
import { type Fingerprint, fingerprint } from './harness/verify.js'

export type IndependentRequest = { type: 'load'; block: BlockInput; latencyUs?: number } | { type: 'run' } | { type: 'result' }

export type IndependentReply =
  | { type: 'ready' }
  | { type: 'loaded' }
  | { type: 'done'; ms: number }
  | { type: 'result'; fingerprint: Fingerprint }
  | { type: 'error'; message: string }

const port = parentPort!
let block: BlockInput | undefined
let latencyUs = 0
let last: BlockResult | undefined
function open(): OpenedBaseState {
  return openBaseStateLayers(latencyUs > 0 ? { kind: 'memory', latencyUs } : { kind: 'memory' }, block!)
}

port.on('message', async (m: IndependentRequest) => {
  try {
    if (m.type === 'load') {
      block = m.block
      latencyUs = m.latencyUs ?? 0
      last = undefined
      port.postMessage({ type: 'loaded' } satisfies IndependentReply)
    } else if (m.type === 'run') {
      if (block === undefined) throw new Error('run before load')
      const t0 = performance.now()
      const opened = open()
      try {
        last = await executeSequential(block, { state: opened.state })
      } finally {
        await opened.close()
      }
      const ms = performance.now() - t0
      port.postMessage({ type: 'done', ms } satisfies IndependentReply)
    } else {
      if (last === undefined) throw new Error('result before run')
      port.postMessage({ type: 'result', fingerprint: fingerprint(last) } satisfies IndependentReply)
    }
  } catch (e) {
    port.postMessage({ type: 'error', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) } satisfies IndependentReply)
  }
})
port.postMessage({ type: 'ready' } satisfies IndependentReply)
