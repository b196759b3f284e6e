import { Common, Hardfork, Mainnet } from '@ethereumjs/common'
import type { ParamsDict } from '@ethereumjs/common'
import { paramsTx } from '@ethereumjs/tx'

import { pointEvaluationKzg } from '../block/kzg.js'
import { keccak256 } from '../hash.js'

const mainnet = new Common({ chain: Mainnet })
const NAMES = new Map<string, string>(Object.values(Hardfork).map((h) => [h.toLowerCase(), h]))

/** The ethereumjs hardfork name for a mainnet block, from its number and timestamp. */
export function mainnetHardfork(number: bigint, timestamp: bigint): string {
  return mainnet.getHardforkBy({ blockNumber: number, timestamp })
}

/** Normalises a hardfork name given in a file (`Prague`, `prague`) to ethereumjs's spelling; undefined if unknown. */
export function normaliseHardfork(name: string): string | undefined {
  return NAMES.get(name.toLowerCase())
}

const ORDER = Object.values(Hardfork) as string[]

/** True when `hardfork` is `reference` or later. */
export function atLeast(hardfork: string, reference: string): boolean {
  return ORDER.indexOf(hardfork) >= ORDER.indexOf(reference)
}

/** A Common for the block's chain and hardfork (one per block; Common is costly to build). */
/** Blob fee parameters (EIP-4844, raised by EIP-7691 in Prague): the block package's, without depending on it. */
const paramsBlob: ParamsDict = {
  4844: { blobGasPerBlob: 131072, blobGasPriceUpdateFraction: 3338477, minBlobGas: 1 },
  7691: { blobGasPriceUpdateFraction: 5007716 },
}

export function commonFor(hardfork: string, chainId: bigint): Common {
  const params = { ...paramsTx }
  for (const [eip, p] of Object.entries(paramsBlob)) params[eip] = { ...(params[eip] ?? {}), ...p }
  // Generated blocks may use another chain id: only CHAINID and 7702 authorisations read it.
  const chain = chainId === 1n ? Mainnet : { ...Mainnet, chainId: Number(chainId) }
  return new Common({ chain, hardfork, params, customCrypto: { keccak256, kzg: pointEvaluationKzg } })
}
