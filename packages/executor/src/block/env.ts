/**
 * Per-block execution environment shared by every transaction: the Common for the
 * hardfork, the header values in the shape the EVM reads, and fee parameters.
 * Built once per block (Common is costly), reused by every engine and worker.
 */
import type { Common } from '@ethereumjs/common'
import { Address } from '@ethereumjs/util'

import { commonFor } from '../input/hardfork.js'
import type { BlockInput } from '../types.js'

export interface EvmBlock {
  header: {
    number: bigint
    coinbase: Address
    timestamp: bigint
    difficulty: bigint
    prevRandao: Uint8Array
    gasLimit: bigint
    baseFeePerGas?: bigint
    getBlobGasPrice(): bigint | undefined
  }
}

export interface BlockEnv {
  input: BlockInput
  common: Common
  evmBlock: EvmBlock
  coinbase: Address
  /** coinbase as 40 lower-case hex chars. */
  coinbaseKey: string
  baseFee: bigint | undefined
  blobGasPrice: bigint
  gasLimit: bigint
  /** EIP flags resolved once, instead of Common lookups per transaction. */
  eip: Record<'e1559' | 'e2929' | 'e2930' | 'e3529' | 'e3651' | 'e3860' | 'e4844' | 'e6780' | 'e7623' | 'e7702' | 'byzantium' | 'spuriousDragon' | 'homestead' | 'istanbul', boolean>
  /**
   * Intrinsic-gas parameters resolved once: Common.param walks the hardfork's EIPs per
   * call, and intrinsic gas asked for five of them per transaction (~3% of a transfer
   * in a worker). 0n where the hardfork does not define one (its rule is off then).
   */
  gas: Record<TxGasParam, bigint>
}

const TX_GAS_PARAMS = [
  'txGas',
  'txDataZeroGas',
  'txDataNonZeroGas',
  'txCreationGas',
  'initCodeWordGas',
  'accessListAddressGas',
  'accessListStorageKeyGas',
  'perEmptyAccountCost',
  'totalCostFloorPerToken',
] as const
export type TxGasParam = (typeof TX_GAS_PARAMS)[number]

function gasParams(common: Common): Record<TxGasParam, bigint> {
  const out = {} as Record<TxGasParam, bigint>
  for (const name of TX_GAS_PARAMS) {
    try {
      out[name] = common.param(name)
    } catch {
      out[name] = 0n // not in this hardfork: its rule is not active either
    }
  }
  return out
}

/** EIP-4844 fake_exponential. */
function fakeExponential(factor: bigint, numerator: bigint, denominator: bigint): bigint {
  let i = 1n
  let output = 0n
  let acc = factor * denominator
  while (acc > 0n) {
    output += acc
    acc = (acc * numerator) / (denominator * i)
    i++
  }
  return output / denominator
}

export function makeBlockEnv(input: BlockInput): BlockEnv {
  const common = commonFor(input.hardfork, input.chainId)
  const h = input.header
  const on = (eip: number) => common.isActivatedEIP(eip)
  const e4844 = on(4844)
  const blobGasPrice =
    e4844 && h.excessBlobGas !== undefined
      ? fakeExponential(common.param('minBlobGas'), h.excessBlobGas, common.param('blobGasPriceUpdateFraction'))
      : 1n
  const coinbase = new Address(Buffer.from(h.coinbase.slice(2), 'hex'))
  const e1559 = on(1559)
  return {
    input,
    common,
    coinbase,
    coinbaseKey: h.coinbase.slice(2),
    baseFee: e1559 ? (h.baseFeePerGas ?? 0n) : undefined,
    blobGasPrice,
    gasLimit: h.gasLimit,
    evmBlock: {
      header: {
        number: h.number,
        coinbase,
        timestamp: h.timestamp,
        difficulty: h.difficulty,
        prevRandao: Buffer.from(h.mixHash.slice(2), 'hex'),
        gasLimit: h.gasLimit,
        baseFeePerGas: e1559 ? (h.baseFeePerGas ?? 0n) : undefined,
        getBlobGasPrice: () => (e4844 ? blobGasPrice : undefined),
      },
    },
    eip: {
      e1559,
      e2929: on(2929),
      e2930: on(2930),
      e3529: on(3529),
      e3651: on(3651),
      e3860: on(3860),
      e4844,
      e6780: on(6780),
      e7623: on(7623),
      e7702: on(7702),
      homestead: common.gteHardfork('homestead'),
      spuriousDragon: common.gteHardfork('spuriousDragon'),
      byzantium: common.gteHardfork('byzantium'),
      istanbul: common.gteHardfork('istanbul'),
    },
    gas: gasParams(common),
  }
}
