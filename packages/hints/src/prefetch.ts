/**
 * Prefetch: the pre-block state locations the hints expect the block to read, so a
 * storage layer with latency can warm its cache before (or while) the block runs.
 * Keys are in the BaseState format (lower-case hex, no 0x): pass them straight to
 * `BaseState.account / storage / code`.
 */
import type { TxAccess } from './access.js'
import type { BaseState } from './deps.js'
import { decodeLocation } from './location.js'
import type { Location } from './location.js'

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
  // Each location is looked at once: a block's calls repeat most of them (the token, the
  // coinbase), and decoding every occurrence into objects was most of this pass.
  const seen = new Set<Location>()
  const accountSet = new Set<string>()
  const accounts: string[] = []
  const slots: [string, string][] = []
  for (const a of perTx) {
    for (const locs of [a.reads, a.writes]) {
      for (const loc of locs) {
        if (seen.has(loc)) continue
        seen.add(loc)
        const kind = loc.charCodeAt(0)
        if (kind === STORAGE && loc.length === 105) slots.push([loc.slice(1, 41), loc.slice(41)])
        else if (kind !== WIPE && loc.length === 41) {
          const address = loc.slice(1)
          if (!accountSet.has(address)) {
            accountSet.add(address)
            accounts.push(address)
          }
        } else decodeLocation(loc) // throws on a malformed one; a wipe marker reads nothing
      }
    }
  }
  // Code hashes come back per worker: sorted, so the result does not depend on the pool.
  return { accounts, slots, codeHashes: [...new Set(codeHashes)].sort() }
}

const STORAGE = 's'.charCodeAt(0)
const WIPE = 'w'.charCodeAt(0)

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
