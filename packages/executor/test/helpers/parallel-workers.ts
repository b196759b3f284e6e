/**
 * Counts worker threads without reaching into the pool (which keeps its Worker[] private):
 * `node:worker_threads`'s Worker is replaced by a subclass that records each instance until
 * its 'exit' event, and `syncBuiltinESMExports` makes every ESM importer (pool.ts) see it.
 * Import this module before any worker is created.
 */
import { createRequire, syncBuiltinESMExports } from 'node:module'
import { readdirSync } from 'node:fs'
import type { Worker as NodeWorker, WorkerOptions } from 'node:worker_threads'

const wt = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')
const Original = wt.Worker

const live = new Set<NodeWorker>()
let created = 0
let exits = 0

class TrackedWorker extends Original {
  constructor(filename: string | URL, options?: WorkerOptions) {
    super(filename, options)
    created++
    live.add(this)
    this.once('exit', () => {
      exits++
      live.delete(this)
    })
  }
}

wt.Worker = TrackedWorker as typeof Original
syncBuiltinESMExports()

export const workerCounts = (): { created: number; live: number; exits: number } => ({ created, live: live.size, exits })

/** OS threads of this process (Linux): worker threads add to it while they run. */
export function osThreads(): number | undefined {
  try {
    return readdirSync('/proc/self/task').length
  } catch {
    return undefined
  }
}

/** Waits (briefly) until at most `target` tracked workers are alive; resolves with the count alive. */
export async function settleWorkers(target = 0, ms = 2000): Promise<number> {
  const until = Date.now() + ms
  while (live.size > target && Date.now() < until) await new Promise((r) => setTimeout(r, 10))
  return live.size
}
