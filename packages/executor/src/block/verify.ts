import { bytesToHex } from '@ethereumjs/util'

import type { BlockInput, BlockResult } from '../types.js'
import { atLeast } from '../input/hardfork.js'
import { stateDiffHash } from './diff.js'

export interface Expected {
  receiptsRoot: string | null
  gasUsed: string | null
  logsBloom: string | null
  /** Prague on, where the header carries it (and the result has it: system calls on). */
  requestsHash: string | null
}

export interface Summary {
  number: string
  txCount: number
  gasUsed: string
  receiptsRoot: string
  logsBloom: string
  stateDiffHash: string
  /** Prague on, with system calls: the hash of the block's requests. */
  requestsHash?: string
  expected: Expected
  match: boolean
}

/** What the header lets us check: receipts root only from Byzantium on (earlier receipts hold state roots). */
export function expectedOf(block: BlockInput): Expected {
  const h = block.header
  return {
    receiptsRoot: h.receiptsRoot !== undefined && atLeast(block.hardfork, 'byzantium') ? h.receiptsRoot : null,
    gasUsed: h.gasUsed !== undefined ? `0x${h.gasUsed.toString(16)}` : null,
    logsBloom: h.logsBloom ?? null,
    requestsHash: h.requestsHash ?? null,
  }
}

export function summarize(block: BlockInput, r: BlockResult): Summary {
  const s = {
    number: block.header.number.toString(),
    txCount: block.transactions.length,
    gasUsed: `0x${r.gasUsed.toString(16)}`,
    receiptsRoot: bytesToHex(r.receiptsRoot),
    logsBloom: bytesToHex(r.logsBloom),
    stateDiffHash: bytesToHex(stateDiffHash(r.stateDiff)),
    ...(r.requestsHash !== undefined ? { requestsHash: bytesToHex(r.requestsHash) } : {}),
    expected: expectedOf(block),
  }
  const e = s.expected
  const match =
    (e.receiptsRoot === null || e.receiptsRoot === s.receiptsRoot) &&
    (e.gasUsed === null || e.gasUsed === s.gasUsed) &&
    (e.logsBloom === null || e.logsBloom === s.logsBloom) &&
    (e.requestsHash === null || s.requestsHash === undefined || e.requestsHash === s.requestsHash)
  return { ...s, match }
}
