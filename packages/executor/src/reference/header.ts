/**
 * The ethereumjs Block that gives `runTx` its environment: COINBASE, NUMBER, TIMESTAMP,
 * DIFFICULTY/PREVRANDAO (mixHash), GASLIMIT, BASEFEE and BLOBBASEFEE (from excessBlobGas).
 * Fork-gated header fields are passed only where the hardfork has them, because the header
 * constructor refuses them otherwise. Consensus-format checks are skipped: the oracle executes
 * the block, it does not validate its seal.
 */
import { createBlock } from '@ethereumjs/block'
import type { Block, HeaderData } from '@ethereumjs/block'
import type { Common } from '@ethereumjs/common'
import { hexToBytes } from '@ethereumjs/util'

import type { BlockHeaderInput } from '../types.js'

export function buildBlock(h: BlockHeaderInput, common: Common): Block {
  const header: HeaderData = {
    number: h.number,
    coinbase: h.coinbase,
    timestamp: h.timestamp,
    gasLimit: h.gasLimit,
    difficulty: h.difficulty,
    mixHash: hexToBytes(h.mixHash),
  }
  if (common.isActivatedEIP(1559)) header.baseFeePerGas = h.baseFeePerGas
  if (common.isActivatedEIP(4844)) {
    header.excessBlobGas = h.excessBlobGas ?? 0n
    header.blobGasUsed = h.blobGasUsed ?? 0n
  }
  if (common.isActivatedEIP(4788) && h.parentBeaconBlockRoot !== undefined) {
    header.parentBeaconBlockRoot = hexToBytes(h.parentBeaconBlockRoot)
  }
  return createBlock({ header }, { common, skipConsensusFormatValidation: true })
}
