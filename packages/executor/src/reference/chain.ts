/**
 * BLOCKHASH answers. Before EIP-7709 (not active on any hardfork we run) @ethereumjs/evm 10.1.3
 * checks the 256-block window itself and then calls `blockchain.getBlock(n).hash()`; this is the
 * smallest object that satisfies it. A number the block input does not list answers zero, as the
 * EVM's own mock does.
 */
import type { EVMMockBlockchainInterface } from '@ethereumjs/evm'
import { hexToBytes } from '@ethereumjs/util'

import type { Hex } from '../types.js'

export function blockHashChain(hashes: Map<bigint, Hex>): EVMMockBlockchainInterface {
  const chain: EVMMockBlockchainInterface = {
    async getBlock(n: number) {
      const hex = hashes.get(BigInt(n))
      const bytes = hex === undefined ? new Uint8Array(32) : hexToBytes(hex)
      return { hash: () => bytes }
    },
    async putBlock() {},
    shallowCopy: () => chain,
  }
  return chain
}
