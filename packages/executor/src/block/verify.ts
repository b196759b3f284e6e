import { bytesToHex } from '@ethereumjs/util'

import type { BlockInput, BlockResult } from '../types.js'
import { atLeast } from '../input/hardfork.js'
import { stateDiffHash } from './diff.js'

export interface Expected {
  receiptsRoot: string | null
  gasUsed: string | null
  logsBloom: string | null
}

export interface Summary {
  number: string
  txCount: number
  gasUsed: string
  receiptsRoot: string
  logsBloom: string
  stateDiffHash: string
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
    expected: expectedOf(block),
  }
  const e = s.expected
  const match =
    (e.receiptsRoot === null || e.receiptsRoot === s.receiptsRoot) &&
    (e.gasUsed === null || e.gasUsed === s.gasUsed) &&
    (e.logsBloom === null || e.logsBloom === s.logsBloom)
  return { ...s, match }
}
