/**
 * How good the hints were: predicted access sets against the actual ones (recorded
 * over the sequential execution, recordSequential), location by location and edge by
 * edge. A false positive costs a needless wait in the `dag` strategy; a false
 * negative an avoidable abort and re-execution (never a wrong result: validation
 * decides correctness).
 */
import type { TxAccess } from './access.js'
import { buildGraph, edgeSet } from './graph.js'
import type { GraphOptions } from './graph.js'
import type { Location } from './location.js'

export interface SetAccuracy {
  predicted: number
  actual: number
  truePositives: number
  /** Predicted, not accessed. */
  falsePositives: number
  /** Accessed, not predicted. */
  falseNegatives: number
  /** falsePositives / predicted (0 when nothing was predicted). */
  falsePositiveRate: number
  /** falseNegatives / actual (0 when nothing was accessed). */
  falseNegativeRate: number
}

export interface Accuracy {
  txs: number
  /** Transactions whose predicted reads and writes (and deltas) are exactly the actual ones. */
  exactTxs: number
  reads: SetAccuracy
  /** Absolute writes and lazy deltas (a delta predicted as a write counts as a miss). */
  writes: SetAccuracy
  /** Edges of buildGraph(predicted) against buildGraph(actual), same options. */
  edges: SetAccuracy
  /** Transactions with at least one predecessor: predicted / actual. */
  dependentTxs: { predicted: number; actual: number }
}

function compare(p: ReadonlySet<string>, a: ReadonlySet<string>, acc: SetAccuracy): void {
  let tp = 0
  for (const x of p) if (a.has(x)) tp++
  acc.predicted += p.size
  acc.actual += a.size
  acc.truePositives += tp
  acc.falsePositives += p.size - tp
  acc.falseNegatives += a.size - tp
}

function zero(): SetAccuracy {
  return { predicted: 0, actual: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, falsePositiveRate: 0, falseNegativeRate: 0 }
}

function rates(s: SetAccuracy): SetAccuracy {
  s.falsePositiveRate = s.predicted === 0 ? 0 : s.falsePositives / s.predicted
  s.falseNegativeRate = s.actual === 0 ? 0 : s.falseNegatives / s.actual
  return s
}

function writeKeys(t: Pick<TxAccess, 'writes' | 'deltas'>): Set<Location> {
  const s = new Set<string>(t.writes)
  for (const d of t.deltas) s.add('+' + d)
  return s
}

type AccessLike = Pick<TxAccess, 'reads' | 'writes' | 'deltas'>

export function accuracy(predicted: readonly AccessLike[], actual: readonly AccessLike[], opts: GraphOptions = {}): Accuracy {
  if (predicted.length !== actual.length) throw new RangeError(`accuracy: ${predicted.length} predicted vs ${actual.length} actual transactions`)
  const reads = zero()
  const writes = zero()
  let exactTxs = 0
  for (let i = 0; i < actual.length; i++) {
    const p = predicted[i]
    const a = actual[i]
    const pw = writeKeys(p)
    const aw = writeKeys(a)
    const before = reads.falsePositives + reads.falseNegatives + writes.falsePositives + writes.falseNegatives
    compare(p.reads, a.reads, reads)
    compare(pw, aw, writes)
    if (reads.falsePositives + reads.falseNegatives + writes.falsePositives + writes.falseNegatives === before) exactTxs++
  }
  const pg = buildGraph(predicted, opts)
  const ag = buildGraph(actual, opts)
  const edges = zero()
  compare(edgeSet(pg), edgeSet(ag), edges)
  const dependent = (g: typeof pg) => {
    let n = 0
    for (let j = 0; j < g.txCount; j++) if (g.predecessors(j).length > 0) n++
    return n
  }
  return {
    txs: actual.length,
    exactTxs,
    reads: rates(reads),
    writes: rates(writes),
    edges: rates(edges),
    dependentTxs: { predicted: dependent(pg), actual: dependent(ag) },
  }
}
