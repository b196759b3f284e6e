/**
 * The `reference` engine's thread: @ethereumjs/vm in a worker of its own (see
 * bench/src/reference.worker.ts for why). One block is kept there; it is sent again only
 * when the harness moves to another block.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { ReferenceReply, ReferenceRequest } from '../reference.worker.js'
import type { BlockInput, BlockResult } from './executor.js'

export function referenceWorkerPath(): string {
  const p = fileURLToPath(new URL('../../dist/workers/reference.js', import.meta.url))
  if (!existsSync(p)) throw new Error(`reference worker bundle missing at ${p}: run \`node scripts/bundle-workers.mjs\``)
  return p
}

export class ReferenceThread {
  private sent: BlockInput | undefined

  private constructor(
    private readonly worker: Worker,
    readonly startupMs: number,
  ) {}

  static async start(): Promise<ReferenceThread> {
    const t0 = performance.now()
    const worker = new Worker(referenceWorkerPath())
    try {
      await reply(worker)
    } catch (e) {
      await worker.terminate()
      throw e
    }
    return new ReferenceThread(worker, performance.now() - t0)
  }

  /** Executes `block` there; `ms` is the execution alone. Rejects with the oracle's own error message. */
  async run(block: BlockInput): Promise<{ ms: number; result: BlockResult }> {
    const msg: ReferenceRequest = this.sent === block ? { type: 'run' } : { type: 'run', block }
    this.sent = undefined // a failed send must not count as sent
    const answer = reply(this.worker)
    this.worker.postMessage(msg)
    const r = await answer
    this.sent = block
    if (r.type === 'error') throw new Error(`${r.name}: ${r.message}`)
    if (r.type !== 'done') throw new Error(`reference worker: unexpected ${r.type}`)
    return { ms: r.ms, result: r.result }
  }

  close(): Promise<number> {
    return this.worker.terminate()
  }
}

function reply(w: Worker): Promise<ReferenceReply> {
  return new Promise((resolve, reject) => {
    const off = (): void => {
      w.off('message', onMessage)
      w.off('error', onError)
      w.off('exit', onExit)
    }
    const onMessage = (m: ReferenceReply): void => {
      off()
      resolve(m)
    }
    const onError = (e: Error): void => {
      off()
      reject(new Error(`reference worker failed: ${e.message}`))
    }
    const onExit = (code: number): void => {
      off()
      reject(new Error(`reference worker exited with code ${code}`))
    }
    w.on('message', onMessage)
    w.on('error', onError)
    w.on('exit', onExit)
  })
}
