/**
 * Access sets → the scheduler's dependency graph (edges i → j, i < j: j reads what i
 * writes).
 *
 * Default ('highest', as Grevm 2.x): each transaction gets ONE edge, from the highest
 * earlier transaction that writes anything it reads. A chain stays a chain (tx j
 * waits for j-1, not for every earlier writer of the same hot slot), the scheduler
 * has one predecessor to check, and what the nearest writer itself waited for is
 * implied in the common case. 'per-location' keeps the highest writer of each location
 * read instead (more edges, more waiting, fewer surprises when a tx reads two
 * unrelated hot locations).
 *
 * Lazy credits (the beneficiary's fee) are not conflicts: writing a delta adds no
 * edge. Reading a location with deltas on it needs every one of them (they are summed
 * into the value), so such a reader gets an edge from each earlier delta writer since
 * the last absolute write, in either mode: a transaction that reads the coinbase
 * depends on all earlier fee payers.
 */
import type { TxAccess } from './access.js'
import { DependencyGraph } from './deps.js'
import type { Location } from './location.js'

export type EdgeMode = 'highest' | 'per-location'

export interface GraphOptions {
  edges?: EdgeMode
}

/** What the block so far wrote to one location. */
interface Writers {
  /** Last transaction that wrote an absolute value, or -1. */
  last: number
  /** Delta writers after `last`, ascending. */
  deltas: number[]
}

type AccessLike = Pick<TxAccess, 'reads' | 'writes' | 'deltas'> & Pick<Partial<TxAccess>, 'orderedOn'>

/** Predecessor lists (descending), one per transaction. */
export function predecessors(perTx: readonly AccessLike[], opts: GraphOptions = {}): number[][] {
  const perLocation = opts.edges === 'per-location'
  const writers = new Map<Location, Writers>()
  /** Last unknown call with each ordering key (TxAccess.orderedOn). */
  const lastCall = new Map<string, number>()
  const out: number[][] = []
  for (let j = 0; j < perTx.length; j++) {
    const a = perTx[j]
    // Usually one or a handful (one in 'highest' mode without deltas): an array, not a Set,
    // deduplicated once at the end (a reader of the coinbase can have thousands).
    const preds: number[] = []
    let highest = -1
    for (const loc of a.reads) {
      const w = writers.get(loc)
      if (w === undefined) continue
      if (w.deltas.length > 0) {
        for (const d of w.deltas) preds.push(d)
        if (w.last >= 0) preds.push(w.last)
        continue
      }
      if (perLocation) preds.push(w.last)
      else if (w.last > highest) highest = w.last
    }
    for (const key of a.orderedOn ?? []) {
      const prev = lastCall.get(key)
      if (prev !== undefined) {
        if (perLocation) preds.push(prev)
        else if (prev > highest) highest = prev
      }
      lastCall.set(key, j)
    }
    if (highest >= 0) preds.push(highest)
    out.push(descendingUnique(preds))
    for (const loc of a.writes) {
      const w = writers.get(loc)
      if (w === undefined) writers.set(loc, { last: j, deltas: [] })
      else {
        w.last = j
        w.deltas.length = 0
      }
    }
    for (const loc of a.deltas) {
      if (a.writes.has(loc)) continue // the absolute write already covers it
      const w = writers.get(loc)
      if (w === undefined) writers.set(loc, { last: -1, deltas: [j] })
      else w.deltas.push(j)
    }
  }
  return out
}

/** `list` sorted descending without repeats, in place. */
function descendingUnique(list: number[]): number[] {
  if (list.length < 2) return list
  list.sort((x, y) => y - x)
  let n = 1
  for (let k = 1; k < list.length; k++) if (list[k] !== list[n - 1]) list[n++] = list[k]!
  list.length = n
  return list
}

/** The scheduler's graph (a CsrGraph): pass it as `graph` with strategy 'dag'. */
export function buildGraph(perTx: readonly AccessLike[], opts: GraphOptions = {}): DependencyGraph {
  return DependencyGraph.fromPredecessors(perTx.length, predecessors(perTx, opts))
}

/** Edges of a graph as "i>j" strings (for set comparisons). */
export function edgeSet(g: DependencyGraph): Set<string> {
  const s = new Set<string>()
  for (const [i, j] of g.edges()) s.add(`${i}>${j}`)
  return s
}
