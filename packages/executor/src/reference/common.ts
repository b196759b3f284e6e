/**
 * The Common the oracle runs under: mainnet rules at the block's hardfork, with the block's
 * chain id (generated blocks may use another id; only CHAINID, tx chain ids and EIP-7702
 * authorizations read it). Built here, not shared with the engines, so the oracle stays independent.
 */
import { Common, Mainnet } from '@ethereumjs/common'
import type { KZG } from '@ethereumjs/util'

/**
 * ethereumjs refuses to build a blob transaction without a KZG backend, although executing one
 * needs only its versioned hashes. No KZG library is installed, so this stands in: any real use
 * (the point-evaluation precompile, 0x0a) throws, and the oracle then reports the transaction.
 */
const unavailable = (): never => {
  throw new Error('KZG is not available in the reference oracle (point evaluation precompile)')
}
const NO_KZG: KZG = {
  blobToKzgCommitment: unavailable,
  computeBlobProof: unavailable,
  verifyProof: unavailable,
  verifyBlobProofBatch: unavailable,
  computeCells: unavailable,
  computeCellsAndProofs: unavailable,
  recoverCellsAndProofs: unavailable,
  verifyCellKzgProofBatch: unavailable,
}

export function referenceCommon(hardfork: string, chainId: bigint): Common {
  const chain = chainId === 1n ? Mainnet : { ...Mainnet, chainId: Number(chainId) }
  return new Common({ chain, hardfork, customCrypto: { kzg: NO_KZG } })
}
