/**
 * The fixture JSON the generators emit: the same shape as the real mainnet
 * fixtures (eth_getBlockByNumber(n, true) + prestateTracer + BLOCKHASH answers),
 * minus the signatures and roots a generated block does not have.
 */
import type { Hex } from './hex.js'

export interface TxJson {
  type: '0x2'
  from: Hex
  to: Hex
  nonce: Hex
  value: Hex
  input: Hex
  gas: Hex
  maxFeePerGas: Hex
  maxPriorityFeePerGas: Hex
  chainId: Hex
  accessList: never[]
}

export interface BlockJson {
  number: Hex
  miner: Hex
  timestamp: Hex
  gasLimit: Hex
  baseFeePerGas: Hex
  difficulty: Hex
  mixHash: Hex
  excessBlobGas: Hex
  hardfork: 'prague'
  chainId: Hex
  transactions: TxJson[]
}

export interface PrestateAccountJson {
  balance: Hex
  nonce: number
  code?: Hex
  storage?: Record<Hex, Hex>
}

export interface FixtureJson {
  block: BlockJson
  prestate: Record<Hex, PrestateAccountJson>
  blockHashes: Record<string, Hex>
}
