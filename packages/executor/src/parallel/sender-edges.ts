/**
 * Dependencies every block states before it runs, from its senders alone:
 * - a transaction depends on the previous one from the same sender, whose nonce (and
 *   balance) it reads;
 * - a transaction sent by the block's beneficiary reads the beneficiary's balance, which
 *   every earlier transaction's fee credited (lazily, as a delta): it depends on all of them
 *   - stated as edges from each transaction since the previous such sender and from that
 *   sender, which depends on the rest (so each transaction is the source of at most one).
 * Both are certain, cost one pass over the senders, and steer the `dag` / `adaptive`
 * strategies like any graph. A pool's payout batch - 650 transfers from the beneficiary in
 * mainnet 12520364 - otherwise runs each transfer on a stale balance: every one failed
 * validation once, whatever the strategy.
 */
import { DependencyGraph, type CsrGraph } from '@blockstm/scheduler'
import type { TxInput } from '../types.js'

/** [i, j] for each dependency above (i < j), ascending by j; `coinbase` is the block's beneficiary. */
export function senderEdges(txs: readonly Pick<TxInput, 'from'>[], coinbase: string): Array<[number, number]> {
  const beneficiary = coinbase.toLowerCase()
  const last = new Map<string, number>()
  const edges: Array<[number, number]> = []
  let lastBeneficiaryTx = -1
  for (let j = 0; j < txs.length; j++) {
    const from = txs[j]!.from.toLowerCase()
    if (from === beneficiary) {
      // Every fee payer since the previous beneficiary transaction (that one included, and
      // it covers the earlier ones); the same-sender edge is among them.
      for (let i = Math.max(0, lastBeneficiaryTx); i < j; i++) edges.push([i, j])
      lastBeneficiaryTx = j
    } else {
      const i = last.get(from)
      if (i !== undefined) edges.push([i, j])
    }
    last.set(from, j)
  }
  return edges
}

/**
 * `graph` with the sender edges added: undefined when there is neither a graph nor a
 * repeated sender (the strategy then runs as without hints), the graph itself when no
 * sender repeats.
 */
export function withSenderEdges(txCount: number, graph: DependencyGraph | CsrGraph | undefined, edges: ReadonlyArray<readonly [number, number]>): DependencyGraph | CsrGraph | undefined {
  if (edges.length === 0) return graph
  if (graph === undefined) return DependencyGraph.fromEdges(txCount, edges)
  const all: Array<readonly [number, number]> = [...edges]
  for (let j = 0; j < txCount && j + 1 < graph.offsets.length; j++) {
    for (let k = graph.offsets[j]!; k < graph.offsets[j + 1]!; k++) all.push([graph.preds[k]!, j])
  }
  return DependencyGraph.fromEdges(txCount, all)
}
