/**
 * The `independent` engine's thread pool: N workers (bench/src/independent.worker.ts, bundled to
 * bench/dist/workers/independent.js) that each run the sequential engine on their own copy of
 * the block at the same time. Loading the block into the workers is untimed; a run is the wall
 * time from "go" until the last copy finishes; afterwards every copy's result is fingerprinted
 * and must agree (copy 0's fingerprint goes to the harness's check against the first engine;
 * no result is cloned into this thread).
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { IndependentReply, IndependentRequest } from '../independent.worker.js'
import { type Fingerprint, mismatch } from './verify.js'
import { nextReply } from './worker-reply.js'
import type { BlockInput } from './executor.js'

export function independentWorkerPath(): string {
  const p = fileURLToPath(new URL('../../dist/workers/independent.js', import.meta.url))
  if (!existsSync(p)) throw new Error(`independent worker bundle missing at ${p}: run \`node scripts/bundle-workers.mjs\``)
  return p
}

async function next(w: Worker, id: number): Promise<IndependentReply> {
  const m = await nextReply<IndependentReply>(w, `independent worker ${id}`)
  if (m.type === 'error') throw new Error(`independent worker ${id}: ${m.message}`)
  return m
}

export interface IndependentRun {
  fingerprint: Fingerprint
  wallMs: number
  /** Each copy's own execution time. */
  copyMs: number[]
}

export class IndependentPool {
  private loaded: BlockInput | undefined
  private loadedLatencyUs = 0

  private constructor(
    private readonly workers: Worker[],
    readonly startupMs: number,
  ) {}

  static async start(n: number): Promise<IndependentPool> {
    const t0 = performance.now()
    const file = independentWorkerPath()
    const ws = Array.from({ length: n }, () => new Worker(file))
    try {
      await Promise.all(ws.map((w, i) => next(w, i)))
    } catch (e) {
      await Promise.all(ws.map((w) => w.terminate()))
      throw e
    }
    return new IndependentPool(ws, performance.now() - t0)
  }

  get size(): number {
    return this.workers.length
  }

  private async all(msg: IndependentRequest | ((i: number) => IndependentRequest)): Promise<IndependentReply[]> {
    const replies = this.workers.map((w, i) => next(w, i))
    this.workers.forEach((w, i) => w.postMessage(typeof msg === 'function' ? msg(i) : msg))
    return Promise.all(replies)
  }

  /**
   * Runs the block on every copy at once, each reading its own base state (in memory, every read
   * costing `latencyUs` µs when > 0, opened inside the run, as the other engines do); `wallMs`
   * covers opening it and the execution.
   */
  async run(block: BlockInput, latencyUs = 0): Promise<IndependentRun> {
    if (this.loaded !== block || this.loadedLatencyUs !== latencyUs) {
      this.loaded = undefined
      await this.all({ type: 'load', block, latencyUs })
      this.loaded = block
      this.loadedLatencyUs = latencyUs
    }
    const t0 = performance.now()
    const done = await this.all({ type: 'run' })
    const wallMs = performance.now() - t0
    const results = (await this.all({ type: 'result' })) as Extract<IndependentReply, { type: 'result' }>[]
    const want = results[0].fingerprint
    results.forEach((r, i) => {
      const why = mismatch(want, r.fingerprint)
      if (why !== undefined) throw new Error(`independent copy ${i} differs from copy 0: ${why}`)
    })
    return {
      fingerprint: want,
      wallMs,
      copyMs: done.map((d) => (d.type === 'done' ? d.ms : NaN)),
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

