/**
 * Result identity between engines: the canonical post-state hash and the
 * receipts root (which covers status, cumulative gas and logs of every tx).
 * Also imported by the engines' own threads (reference.worker.ts, independent.worker.ts),
 * hence the narrow imports: not the package index.
 */
import { stateDiffHash } from '../../../packages/executor/src/block/diff.js'
import type { BlockResult } from '../../../packages/executor/src/types.js'

export interface Fingerprint {
  stateDiffHash: string
  receiptsRoot: string
  gasUsed: bigint
  /** The EIP-7685 requests hash (Prague on), '' where the result has none. */
  requestsHash: string
  /** Transactions with status 0: the generated workloads expect none. */
  failedTxs: number
}

export function fingerprint(r: BlockResult): Fingerprint {
  return {
    stateDiffHash: Buffer.from(stateDiffHash(r.stateDiff)).toString('hex'),
    receiptsRoot: Buffer.from(r.receiptsRoot).toString('hex'),
    gasUsed: r.gasUsed,
    requestsHash: r.requestsHash === undefined ? '' : Buffer.from(r.requestsHash).toString('hex'),
    failedTxs: r.txs.filter((t) => t.receipt.status === 0).length,
  }
}

/** Why `got` differs from `want`, or undefined when it matches. */
export function mismatch(want: Fingerprint, got: Fingerprint): string | undefined {
  if (got.stateDiffHash !== want.stateDiffHash) return `state diff hash ${got.stateDiffHash.slice(0, 16)}… ≠ ${want.stateDiffHash.slice(0, 16)}…`
  if (got.receiptsRoot !== want.receiptsRoot) return `receipts root ${got.receiptsRoot.slice(0, 16)}… ≠ ${want.receiptsRoot.slice(0, 16)}…`
  if (got.gasUsed !== want.gasUsed) return `gas used ${got.gasUsed} ≠ ${want.gasUsed}`
  if (got.requestsHash !== want.requestsHash) return `requests hash ${got.requestsHash.slice(0, 16) || 'none'}… ≠ ${want.requestsHash.slice(0, 16) || 'none'}…`
  return undefined
}
