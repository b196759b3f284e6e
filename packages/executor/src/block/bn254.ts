/**
 * The BN254 precompiles for our EVMs: the stock `NobleBN254`, with ECMUL (0x07) through
 * `multiplyUnsafe` instead of `multiply`.
 *
 * The stock ECMUL multiplies with noble's constant-time ladder, blinded by a random point:
 * the protection a secret scalar needs, and ECMUL's scalars are public calldata. The
 * variable-time wNAF multiplication gives the same point (the group law is exact; only the
 * time depends on the scalar). Decoding, validation and the zero cases are the stock
 * ones, step for step, so a bad point fails as it did (a non-EVM error, which the
 * precompile turns into a REVERT). ECADD and the pairing stay stock. Checked against
 * `NobleBN254` on valid, infinite and invalid points and edge scalars
 * (test/bn254.test.ts); @ethereumjs/vm's EVM in the reference engine keeps the stock one.
 */
import { NobleBN254 } from '@ethereumjs/evm'
import { bn254 } from '@noble/curves/bn254.js'

const G1_BYTES = 64
const ELEMENT_BYTES = 32

function bigintOf(b: Uint8Array): bigint {
  return b.length === 0 ? 0n : BigInt('0x' + Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex'))
}

function bytes32(v: bigint, out: Uint8Array, at: number): void {
  for (let i = at + ELEMENT_BYTES - 1; i >= at; i--) {
    out[i] = Number(v & 0xffn)
    v >>= 8n
  }
}

/** The stock toG1Point: all zeros is the point at infinity; anything else must be on the curve. */
function g1(input: Uint8Array): InstanceType<typeof bn254.G1.Point> {
  if (input.every((x) => x === 0)) return bn254.G1.Point.ZERO
  const p = bn254.G1.Point.fromAffine({ x: bigintOf(input.subarray(0, ELEMENT_BYTES)), y: bigintOf(input.subarray(ELEMENT_BYTES, G1_BYTES)) })
  p.assertValidity()
  return p
}

export class FastBN254 extends NobleBN254 {
  override mul(input: Uint8Array): Uint8Array {
    const p = g1(input.slice(0, G1_BYTES))
    const scalar = bn254.fields.Fr.create(bigintOf(input.slice(G1_BYTES, 96)))
    const out = new Uint8Array(G1_BYTES)
    if (scalar === 0n) return out
    const r = p.multiplyUnsafe(scalar).toAffine()
    bytes32(r.x, out, 0)
    bytes32(r.y, out, ELEMENT_BYTES)
    return out
  }
}
