/**
 * How well a predicted dependency graph covered the dependencies a block really had:
 * the graph (from hints, or any CsrGraph) against the observed edges the parallel
 * engine reports (ParallelOptions.observeEdges: for each transaction, the highest lower
 * one it read from). Needs no sequential recording, so it can judge hints on every
 * block a node executes.
 *
 * Under the `dag` strategy a transaction waits for its graph predecessors, which wait
 * for theirs: an observed edge (from, to) is honoured when the graph has a path
 * from → … → to (`ordered`), not only the edge itself (`exact`). An unordered one is a
 * likely abort and re-execution; a transaction with graph predecessors and no observed
 * edge depends on nothing and waited for nothing (`needlessWaits`). Judging the
 * graph's other edges needs the full graph of dependencies, not only the nearest
 * (accuracy() against recordSequential has it).
 */
import type { CsrGraph } from './deps.js'

export interface EdgeCoverage {
  txs: number
  /** Graph edges. */
  predicted: number
  /** Observed edges: transactions that read a lower one's write. */
  observed: number
  /** Observed edges that are graph edges. */
  exact: number
  /** Observed edges (from, to) with a graph path from → … → to (exact ones included). */
  ordered: number
  /** ordered / observed (1 when nothing was observed). */
  recall: number
  /** Observed edges the graph does not order, ascending by `to`. */
  missed: Array<[from: number, to: number]>
  /** Transactions with graph predecessors that read no lower transaction's write. */
  needlessWaits: number[]
}

/**
 * Compares `graph` over `txCount` transactions with the observed edges. Throws a
 * RangeError naming an observed edge that is not a forward edge inside the block.
 */
export function edgeCoverage(graph: CsrGraph, txCount: number, observed: ReadonlyArray<readonly [number, number]>): EdgeCoverage {
  if (graph.offsets.length < txCount + 1) throw new RangeError(`edgeCoverage: graph has ${graph.offsets.length - 1} transactions, the block ${txCount}`)
  const dependent = new Uint8Array(txCount)
  const missed: Array<[number, number]> = []
  const seen = new Int32Array(txCount) // per tx, the last query (1-based) that visited it
  let exact = 0
  let ordered = 0
  for (let k = 0; k < observed.length; k++) {
    const [from, to] = observed[k]!
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from < to && to < txCount)) throw new RangeError(`edgeCoverage: observed edge ${k} [${from}, ${to}] is not a forward edge inside ${txCount} transactions`)
    dependent[to] = 1
    if (hasEdge(graph, from, to)) exact++
    if (reaches(graph, from, to, seen, k + 1)) ordered++
    else missed.push([from, to])
  }
  const needlessWaits: number[] = []
  for (let j = 0; j < txCount; j++) if (dependent[j] === 0 && graph.offsets[j + 1]! > graph.offsets[j]!) needlessWaits.push(j)
  missed.sort((a, b) => a[1] - b[1])
  const predicted = graph.offsets[txCount]! - graph.offsets[0]!
  return { txs: txCount, predicted, observed: observed.length, exact, ordered, recall: observed.length === 0 ? 1 : ordered / observed.length, missed, needlessWaits }
}

function hasEdge(g: CsrGraph, from: number, to: number): boolean {
  for (let k = g.offsets[to]!; k < g.offsets[to + 1]!; k++) if (g.preds[k] === from) return true
  return false
}

/** A path from → … → to: backwards from `to` over predecessors not below `from` (edges go up, so no lower one can lead there). */
function reaches(g: CsrGraph, from: number, to: number, seen: Int32Array, stamp: number): boolean {
  const stack = [to]
  seen[to] = stamp
  while (stack.length > 0) {
    const j = stack.pop()!
    for (let k = g.offsets[j]!; k < g.offsets[j + 1]!; k++) {
      const p = g.preds[k]!
      if (p === from) return true
      if (p > from && seen[p] !== stamp) {
        seen[p] = stamp
        stack.push(p)
      }
    }
  }
  return false
}
