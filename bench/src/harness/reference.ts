/**
 * The `reference` engine's thread: @ethereumjs/vm in a worker of its own (see
 * bench/src/reference.worker.ts for why), a fresh one for every run. A worker kept alive
 * goes on collecting the oracle's heap on its own threads while the next engine runs: with
 * one kept, the parallel engine on 5,003 ERC20 transfers measured 904 ms against 679 ms
 * without the oracle in the run. Starting the worker and sending it the block are untimed.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { ReferenceReply, ReferenceRequest } from '../reference.worker.js'
import { nextReply } from './worker-reply.js'
import type { BlockInput } from './executor.js'
import type { Fingerprint } from './verify.js'

export function referenceWorkerPath(): string {
  const p = fileURLToPath(new URL('../../dist/workers/reference.js', import.meta.url))
  if (!existsSync(p)) throw new Error(`reference worker bundle missing at ${p}: run \`node scripts/bundle-workers.mjs\``)
  return p
}

const SETTLE_MS = 500

async function startWorker(): Promise<Worker> {
  const worker = new Worker(referenceWorkerPath())
  try {
    await reply(worker)
  } catch (e) {
    await worker.terminate()
    throw e
  }
  return worker
}

export class ReferenceThread {
  private constructor(readonly startupMs: number) {}

  /** Checks that the worker starts (its start-up time is reported once). */
  static async start(): Promise<ReferenceThread> {
    const t0 = performance.now()
    await (await startWorker()).terminate()
    return new ReferenceThread(performance.now() - t0)
  }

  /** Executes `block` in a fresh worker; `ms` is the execution alone, with the result's fingerprint. Rejects with the oracle's own error message. */
  async run(block: BlockInput): Promise<{ ms: number; fingerprint: Fingerprint }> {
    const worker = await startWorker()
    try {
      const answer = reply(worker)
      worker.postMessage({ type: 'run', block } satisfies ReferenceRequest)
      const r = await answer
      if (r.type === 'error') throw new Error(`${r.name}: ${r.message}`)
      if (r.type !== 'done') throw new Error(`reference worker: unexpected ${r.type}`)
      return { ms: r.ms, fingerprint: r.fingerprint }
    } finally {
      await worker.terminate()
      // Untimed: let the process hand the oracle's heap back before the next engine's run.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
    }
  }
}

const reply = (w: Worker): Promise<ReferenceReply> => nextReply<ReferenceReply>(w, 'reference worker')
