/**
 * A pool of worker threads running the bundled parallel worker. Start-up (loading
 * the bundle, creating EVMs) is paid once and reported separately; the pool is
 * reused across blocks. A worker that errors or exits poisons the pool: the
 * current block rejects, every worker is terminated, and the next block starts
 * fresh ones — a dead worker never yields a result or a hung caller.
 */
import { Worker } from 'node:worker_threads'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { BlockTask, WorkerReply } from './messages.js'

type OutcomesReply = Extract<WorkerReply, { type: 'outcomes' }>
type DiffReply = Extract<WorkerReply, { type: 'diff' }>
type DoneReply = Extract<WorkerReply, { type: 'done' }>

export class WorkerCrashError extends Error {
  override readonly name = 'WorkerCrashError'
  constructor(
    readonly workerId: number,
    detail: string,
  ) {
    super(`parallel worker ${workerId} failed: ${detail}`)
  }
}

export class BlockTimeoutError extends Error {
  override readonly name = 'BlockTimeoutError'
  constructor(ms: number) {
    super(`parallel block execution exceeded ${ms} ms; workers terminated`)
  }
}

/**
 * The bundled worker entry. src/parallel/pool.ts and dist/parallel/pool.js both sit two
 * levels below the package root; a caller that bundles this package elsewhere passes
 * `workerScript` (or sets BLOCKSTM_WORKER) to say where the worker bundle is.
 */
export function workerBundlePath(explicit?: string): string {
  const p = explicit ?? process.env.BLOCKSTM_WORKER ?? fileURLToPath(new URL('../../dist/workers/parallel.js', import.meta.url))
  if (!existsSync(p)) throw new Error(`parallel worker bundle missing at ${p}: run \`node scripts/bundle-workers.mjs\` (or pnpm build)`)
  return p
}

/**
 * Resolves with the worker's next message unless `check` turns it into an error;
 * rejects on the worker's error or exit.
 */
export function listenOnce<M>(w: Worker, id: number, check: (m: M) => Error | undefined, when: string): Promise<M> {
  return listenUntil<M, M>(w, id, when, (m) => check(m) ?? m)
}

/**
 * Feeds the worker's messages to `step` until it returns a result (resolves) or an
 * Error (rejects); `undefined` waits for the next message. Rejects on the worker's
 * error or exit. Removes exactly its own listeners (Worker.removeAllListeners would
 * also drop Node's internal ones that start the port).
 */
export function listenUntil<M, R>(w: Worker, id: number, when: string, step: (m: M) => R | Error | undefined): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const off = () => {
      w.off('message', onMessage)
      w.off('error', onError)
      w.off('exit', onExit)
    }
    const onMessage = (m: M) => {
      let r: R | Error | undefined
      try {
        r = step(m)
      } catch (e) {
        r = e instanceof Error ? e : new Error(String(e))
      }
      if (r === undefined) return
      off()
      if (r instanceof Error) reject(r)
      else resolve(r)
    }
    const onError = (e: Error) => {
      off()
      reject(new WorkerCrashError(id, e.message))
    }
    const onExit = (code: number) => {
      off()
      reject(new WorkerCrashError(id, `exited with code ${code} ${when}`))
    }
    w.on('message', onMessage)
    w.on('error', onError)
    w.on('exit', onExit)
  })
}

export class WorkerPool {
  private workers: Worker[] = []
  startupMs = 0

  private constructor(
    readonly size: number,
    private readonly script: string,
    /** Each worker's young-generation limit in MB (0: V8's default). */
    private readonly youngGenerationMb: number,
  ) {}

  static async start(size: number, script?: string, youngGenerationMb = 0): Promise<WorkerPool> {
    const pool = new WorkerPool(size, workerBundlePath(script), youngGenerationMb)
    await pool.spawn()
    return pool
  }

  private async spawn(): Promise<void> {
    const t0 = performance.now()
    const file = this.script
    const limits = this.youngGenerationMb > 0 ? { resourceLimits: { maxYoungGenerationSizeMb: this.youngGenerationMb } } : {}
    this.workers = Array.from({ length: this.size }, (_, workerId) => new Worker(file, { workerData: { workerId }, ...limits }))
    await Promise.all(
      this.workers.map((w, id) =>
        listenOnce<WorkerReply>(w, id, (m) => (m.type === 'ready' ? undefined : new WorkerCrashError(id, `bad start message ${m.type}`)), 'during start-up'),
      ),
    )
    this.startupMs = performance.now() - t0
  }

  /**
   * Runs one block on every worker; resolves with each worker's final reply. Each
   * worker sends, in this order, its outcomes (to `onOutcomes`: the caller assembles
   * receipts meanwhile), its diff share (to `onDiff`: decoded while the worker hashes
   * its receipts' leaves) and the final reply with the leaves (to `onDone`). Anything
   * else, or out of order, is a crash.
   */
  async run(
    tasks: BlockTask[],
    timeoutMs: number,
    onOutcomes: (m: OutcomesReply, workerId: number) => void,
    onDiff: (m: DiffReply, workerId: number) => void = () => {},
    onDone: (m: DoneReply, workerId: number) => void = () => {},
  ): Promise<DoneReply[]> {
    if (this.workers.length === 0) await this.spawn()
    const ws = this.workers
    let timer: NodeJS.Timeout | undefined
    const replies = ws.map((w, id) => {
      let seen = 0 // messages of this block so far: outcomes, diff, done
      // One listener for every message: a second one attached after the first message could miss the next.
      return listenUntil<WorkerReply, DoneReply>(w, id, 'mid-block', (m) => {
        if (m.type === 'outcomes' && seen === 0) {
          seen++
          onOutcomes(m, id)
          return undefined
        }
        if (m.type === 'diff' && seen === 1) {
          seen++
          onDiff(m, id)
          return undefined
        }
        if (m.type === 'done' && seen === 2) {
          onDone(m, id)
          return m
        }
        return new WorkerCrashError(id, m.type === 'error' ? `${m.name ?? 'Error'}: ${m.message}\n${m.stack ?? ''}` : `unexpected message ${m.type}`)
      })
    })
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new BlockTimeoutError(timeoutMs)), timeoutMs)
    })
    ws.forEach((w, i) => w.postMessage(tasks[i]))
    try {
      return await Promise.race([Promise.all(replies), timeout])
    } catch (e) {
      await this.terminate()
      throw e
    } finally {
      clearTimeout(timer)
    }
  }

  async terminate(): Promise<void> {
    const ws = this.workers
    this.workers = []
    await Promise.all(ws.map((w) => w.terminate()))
  }
}
