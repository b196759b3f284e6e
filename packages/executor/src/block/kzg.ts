/**
 * KZG proof verification for the point-evaluation precompile (0x0a, EIP-4844), the one
 * KZG operation block execution needs. ethereumjs's precompile checks the input's length
 * and versioned hash and calls `common.customCrypto.kzg.verifyProof`, synchronously, so a
 * Common without it cannot run a transaction that calls 0x0a.
 *
 * verify_kzg_proof (EIP-4844 / the consensus specs' polynomial-commitments):
 *   commitment C and proof π are compressed G1 points (checked: on the curve, in the
 *   subgroup; the point at infinity allowed); z and y are field elements below
 *   BLS_MODULUS; the proof holds when e(C - [y]G1, G2) = e(π, [s]G2 - [z]G2), where
 *   [s]G2 is the trusted setup's second G2 point (`g2_monomial[1]` of the ceremony's
 *   output). Bad arguments throw C_KZG_BADARGS (the precompile then fails, as with c-kzg).
 *
 * Uses @noble/curves' BLS12-381, which the EVM already loads for the EIP-2537 precompiles.
 * A pairing check costs ~20 ms: point evaluations are rare (rollup batches), not a hot path.
 */
import { bls12_381 as bls } from '@noble/curves/bls12-381.js'
import type { KZG } from '@ethereumjs/util'

const { G1, G2 } = bls
const { Fr, Fp12 } = bls.fields

/** [s]G2 from the KZG ceremony (EIP-4844's trusted setup, g2_monomial[1]). */
const S_G2_HEX =
  'b5bfd7dd8cdeb128843bc287230af38926187075cbfbefa81009a2ce615ac53d2914e5870cb452d2afaaab24f3499f72185cbfee53492714734429b7b38608e23926c911cceceac9a36851477ba4c60b087041de621000edc98edada20c1def2'
// Decoded on first use (~8 ms with its subgroup check): not on every worker's start-up.
let sG2: ReturnType<typeof G2.Point.fromHex> | undefined

function badArgs(what: string): never {
  throw new Error(`C_KZG_BADARGS: ${what}`)
}

function scalar(hex: string, name: string): bigint {
  const h = hex.startsWith('0x') ? hex.slice(2) : hex
  if (h.length !== 64) badArgs(`${name} is not 32 bytes`)
  const v = BigInt(`0x${h}`)
  if (v >= Fr.ORDER) badArgs(`${name} is not below BLS_MODULUS`)
  return v
}

type G1Point = ReturnType<typeof G1.Point.fromHex>

function g1(hex: string, name: string): G1Point {
  const h = hex.startsWith('0x') ? hex.slice(2) : hex
  if (h.length !== 96) badArgs(`${name} is not 48 bytes`)
  try {
    // fromHex checks the encoding, the curve and the subgroup.
    return G1.Point.fromHex(h)
  } catch (e) {
    return badArgs(`${name}: ${e instanceof Error ? e.message : String(e)}`)
  }
}

/** verify_kzg_proof: whether `proof` shows that the polynomial committed to by `commitment` takes `y` at `z`. */
export function verifyKzgProof(commitment: string, z: string, y: string, proof: string): boolean {
  const zv = scalar(z, 'z')
  const yv = scalar(y, 'y')
  const c = g1(commitment, 'commitment')
  const p = g1(proof, 'proof')
  // noble refuses multiply(0): the zero terms are the identity.
  const cMinusY = yv === 0n ? c : c.subtract(G1.Point.BASE.multiply(yv))
  sG2 ??= G2.Point.fromHex(S_G2_HEX)
  const sMinusZ = zv === 0n ? sG2 : sG2.subtract(G2.Point.BASE.multiply(zv))
  // e(C - yG1, G2)^-1 · e(π, sG2 - zG2) = 1; a pair with the identity contributes 1 and is left out.
  const pairs = [
    { g1: cMinusY.negate(), g2: G2.Point.BASE },
    { g1: p, g2: sMinusZ },
  ].filter((q) => !q.g1.equals(G1.Point.ZERO) && !q.g2.equals(G2.Point.ZERO))
  return pairs.length === 0 || Fp12.eql(bls.pairingBatch(pairs), Fp12.ONE)
}

function unsupported(): never {
  throw new Error('blob commitments, proofs and cells are not computed by @blockstm/executor (only verifyProof, for the 0x0a precompile)')
}

/** The `KZG` an ethereumjs Common needs to run the point-evaluation precompile. */
export const pointEvaluationKzg: KZG = {
  verifyProof: verifyKzgProof,
  blobToKzgCommitment: unsupported,
  computeBlobProof: unsupported,
  verifyBlobProofBatch: unsupported,
  computeCells: unsupported,
  computeCellsAndProofs: unsupported,
  recoverCellsAndProofs: unsupported,
  verifyCellKzgProofBatch: unsupported,
}
