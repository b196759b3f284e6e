import { InputError } from '../errors.js'
import type { BlockHeaderInput } from '../types.js'
import { address, fixedHex, optionalQuantity, quantity } from './hex.js'

const ZERO32 = `0x${'0'.repeat(64)}` as const

export function parseHeader(block: Record<string, unknown>): BlockHeaderInput {
  const f = (name: string) => ({ path: `block.${name}` })
  if (block.miner === undefined && block.coinbase === undefined) throw new InputError('block.miner', 'missing')
  return {
    number: quantity(block.number, f('number')),
    hash: block.hash === undefined ? undefined : fixedHex(block.hash, 32, f('hash')),
    parentHash: block.parentHash === undefined ? undefined : fixedHex(block.parentHash, 32, f('parentHash')),
    coinbase: address(block.miner ?? block.coinbase, f('miner')),
    timestamp: quantity(block.timestamp, f('timestamp')),
    gasLimit: quantity(block.gasLimit, f('gasLimit')),
    difficulty: quantity(block.difficulty ?? '0x0', f('difficulty')),
    mixHash: block.mixHash === undefined ? ZERO32 : fixedHex(block.mixHash, 32, f('mixHash')),
    baseFeePerGas: optionalQuantity(block.baseFeePerGas, f('baseFeePerGas')),
    excessBlobGas: optionalQuantity(block.excessBlobGas, f('excessBlobGas')),
    blobGasUsed: optionalQuantity(block.blobGasUsed, f('blobGasUsed')),
    parentBeaconBlockRoot:
      block.parentBeaconBlockRoot === undefined ? undefined : fixedHex(block.parentBeaconBlockRoot, 32, f('parentBeaconBlockRoot')),
    gasUsed: optionalQuantity(block.gasUsed, f('gasUsed')),
    receiptsRoot: block.receiptsRoot === undefined ? undefined : fixedHex(block.receiptsRoot, 32, f('receiptsRoot')),
    logsBloom: block.logsBloom === undefined ? undefined : fixedHex(block.logsBloom, 256, f('logsBloom')),
    requestsHash: block.requestsHash === undefined ? undefined : fixedHex(block.requestsHash, 32, f('requestsHash')),
  }
}
