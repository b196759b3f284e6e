import type { TxIdx } from './types.js'

/** A dependency graph in CSR form: the predecessors of tx j are preds[offsets[j] .. offsets[j+1]). */
export interface CsrGraph {
  readonly offsets: Int32Array
  readonly preds: Int32Array
}

/**
 * Predicted read-after-write dependencies between the transactions of a block (edge i -> j:
 * j probably reads something i writes, i < j). It only steers the `dag` strategy; it may be
 * empty or wrong, validation remains the correctness boundary. Edges with i >= j or i < 0 are
 * dropped (a wait on a later transaction could deadlock, see invariant I9 in scheduler.ts).
 * Predecessors of each tx are stored in descending order, so the nearest comes first.
 */
export class DependencyGraph implements CsrGraph {
  private constructor(
    readonly txCount: number,
    readonly offsets: Int32Array,
    readonly preds: Int32Array,
  ) {}

  static empty(txCount: number): DependencyGraph {
    return new DependencyGraph(txCount, new Int32Array(txCount + 1), new Int32Array(0))
  }

  /** tx i depends on tx i-1 for every i > 0. */
  static chain(txCount: number): DependencyGraph {
    const edges: Array<[TxIdx, TxIdx]> = []
    for (let j = 1; j < txCount; j++) edges.push([j - 1, j])
    return DependencyGraph.fromEdges(txCount, edges)
  }

  static fromEdges(txCount: number, edges: Iterable<readonly [TxIdx, TxIdx]>): DependencyGraph {
    const from: number[] = []
    const to: number[] = []
    for (const [f, t] of edges) {
      from.push(f)
      to.push(t)
    }
    return DependencyGraph.normalized(txCount, from, to)
  }

  /**
   * From each transaction's predecessor list (lists[j]: the i with edge i -> j), as
   * @blockstm/hints computes them, without an edge tuple or a set per entry. Normalized
   * (out-of-range, backward and duplicate entries dropped, descending), as fromEdges.
   */
  static fromPredecessors(txCount: number, lists: ReadonlyArray<readonly TxIdx[]>): DependencyGraph {
    const from: number[] = []
    const to: number[] = []
    for (let j = 0; j < txCount && j < lists.length; j++) {
      const list = lists[j]
      if (list === undefined) continue
      for (let k = 0; k < list.length; k++) {
        from.push(list[k]!)
        to.push(j)
      }
    }
    return DependencyGraph.normalized(txCount, from, to)
  }

  /**
   * Edge k is from[k] -> to[k]. Keeps 0 <= from < to < txCount (integers), drops
   * duplicates, and lays each transaction's predecessors out nearest first: a counting
   * sort by target, then a typed sort of each target's few entries - no array per
   * transaction (a block of 10k transfers with 500 edges: ~0.1 ms instead of ~1 ms).
   */
  private static normalized(txCount: number, from: readonly number[], to: readonly number[]): DependencyGraph {
    const keep = (k: number): boolean => {
      const f = from[k]!
      const t = to[k]!
      return Number.isInteger(t) && t >= 0 && t < txCount && Number.isInteger(f) && f >= 0 && f < t
    }
    const offsets = new Int32Array(txCount + 1)
    let m = 0
    for (let k = 0; k < from.length; k++) {
      if (!keep(k)) continue
      offsets[to[k]! + 1]!++
      m++
    }
    for (let j = 0; j < txCount; j++) offsets[j + 1]! += offsets[j]!
    const preds = new Int32Array(m)
    const next = offsets.slice(0, txCount)
    for (let k = 0; k < from.length; k++) if (keep(k)) preds[next[to[k]!]!++] = from[k]!
    // Per target: descending, repeats dropped, compacted in place (w never passes the segment's start).
    let w = 0
    for (let j = 0; j < txCount; j++) {
      const start = offsets[j]!
      const end = offsets[j + 1]!
      offsets[j] = w
      const seg = preds.subarray(start, end)
      if (seg.length > 1) seg.sort().reverse()
      for (let k = 0; k < seg.length; k++) if (k === 0 || seg[k] !== seg[k - 1]) preds[w++] = seg[k]!
    }
    offsets[txCount] = w
    return new DependencyGraph(txCount, offsets, w === m ? preds : preds.slice(0, w))
  }

  /** Accepts any CSR pair (e.g. from @blockstm/hints); normalizes it. */
  static fromCsr(txCount: number, csr: CsrGraph): DependencyGraph {
    const from: number[] = []
    const to: number[] = []
    for (let j = 0; j < txCount && j + 1 < csr.offsets.length; j++) {
      for (let k = csr.offsets[j]!; k < csr.offsets[j + 1]!; k++) {
        from.push(csr.preds[k]!)
        to.push(j)
      }
    }
    return DependencyGraph.normalized(txCount, from, to)
  }

  get edgeCount(): number {
    return this.preds.length
  }

  predecessors(tx: TxIdx): Int32Array {
    return this.preds.subarray(this.offsets[tx]!, this.offsets[tx + 1]!)
  }

  *edges(): Generator<[TxIdx, TxIdx]> {
    for (let j = 0; j < this.txCount; j++) for (const i of this.predecessors(j)) yield [i, j]
  }
}

/** How much a graph lets a block run in parallel, at most (see `parallelism`). */
export interface Parallelism {
  /** Sum of the weights. */
  total: number
  /** Heaviest path of dependent transactions (its weight). */
  critical: number
  /** total / max(critical, total / workers): the best speedup `workers` could reach if the graph is right. */
  bound: number
}

/**
 * The critical path of a predicted graph, weighted per transaction (e.g. gas limit;
 * 1 each by default). One forward pass: every edge goes from a lower to a higher
 * index, so each transaction's longest incoming path is known when it is reached.
 * Edges outside 0 ≤ i < j < txCount are ignored, as the scheduler ignores them.
 */
export function parallelism(graph: CsrGraph, txCount: number, workers: number, weight?: (tx: TxIdx) => number): Parallelism {
  const finish = new Float64Array(txCount)
  let total = 0
  let critical = 0
  for (let j = 0; j < txCount; j++) {
    let start = 0
    if (j + 1 < graph.offsets.length) {
      for (let k = graph.offsets[j]!; k < graph.offsets[j + 1]!; k++) {
        const i = graph.preds[k]!
        if (i >= 0 && i < j && finish[i]! > start) start = finish[i]!
      }
    }
    const w = weight === undefined ? 1 : weight(j)
    total += w
    finish[j] = start + w
    if (finish[j]! > critical) critical = finish[j]!
  }
  const floor = Math.max(critical, total / Math.max(1, workers))
  return { total, critical, bound: floor > 0 ? total / floor : 1 }
}
