/**
 * Prefetch: the pre-block state locations the hints expect the block to read, so a
 * storage layer with latency can warm its cache before (or while) the block runs.
 * Keys are in the BaseState format (lower-case hex, no 0x): pass them straight to
 * `BaseState.account / storage / code`.
 */
import type { TxAccess } from './access.js'
import type { BaseState } from './deps.js'
import { decodeLocation } from './location.js'

export interface Prefetch {
  /** Addresses (40 hex chars) whose account record is read. */
  accounts: string[]
  /** [address, slot] pairs (40 and 64 hex chars). */
  slots: [string, string][]
  /** Code hashes (64 hex chars) of code the simulation loaded, sorted. */
  codeHashes: string[]
}

/** Union over the block; accounts and slots in first-seen order (block order: earliest needed first). */
export function prefetchOf(perTx: readonly TxAccess[], codeHashes: Iterable<string> = []): Prefetch {
  const accounts = new Set<string>()
  const slots = new Map<string, [string, string]>()
  for (const a of perTx) {
    for (const locs of [a.reads, a.writes]) {
      for (const loc of locs) {
        const d = decodeLocation(loc)
        if (d.kind === 'storage') slots.set(loc, [d.address, d.slot!])
        else if (d.kind !== 'wipe') accounts.add(d.address)
      }
    }
  }
  // Code hashes come back per worker: sorted, so the result does not depend on the pool.
  return { accounts: [...accounts], slots: [...slots.values()], codeHashes: [...new Set(codeHashes)].sort() }
}

/**
 * Issues every prefetch read against `base`, at most `concurrency` at a time, and
 * resolves when all are answered (a caching store keeps them). Returns the count.
 */
export async function warmCache(base: BaseState, p: Prefetch, concurrency = 64): Promise<number> {
  const jobs: Array<() => unknown> = [
    ...p.accounts.map((a) => () => base.account(a)),
    ...p.slots.map(([a, s]) => () => base.storage(a, s)),
    ...p.codeHashes.map((h) => () => base.code(h)),
  ]
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < jobs.length) await jobs[next++]()
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, lane))
  return jobs.length
}
