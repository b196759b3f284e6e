/**
 * 256-bit arithmetic on 8 little-endian Uint32 words, allocation-free (no BigInt on
 * hot paths). The BigInt converters are for tests, examples and the slow paths of
 * callers.
 */
import * as types from './types.js'

// Module-local copies: CommonJS-emitting transpilers (tsx) turn imported bindings into getter calls on hot paths.
const { VALUE_WORDS } = types

const TWO_256 = 1n << 256n
const MASK_32 = 0xffffffffn

/** dst[d..d+8) += src[s..s+8) mod 2^256. Doubles hold the 33-bit sums exactly. */
export function add256(dst: Uint32Array, d: number, src: Uint32Array, s: number): void {
  let carry = 0
  for (let k = 0; k < VALUE_WORDS; k++) {
    const sum = dst[d + k] + src[s + k] + carry
    dst[d + k] = sum >>> 0
    carry = sum > 0xffffffff ? 1 : 0
  }
}

export function isZero256(a: Uint32Array, o: number): boolean {
  for (let k = 0; k < VALUE_WORDS; k++) if (a[o + k] !== 0) return false
  return true
}

export function equal256(a: Uint32Array, ao: number, b: Uint32Array, bo: number): boolean {
  for (let k = 0; k < VALUE_WORDS; k++) if (a[ao + k] !== b[bo + k]) return false
  return true
}

/** Writes x mod 2^256 (negative x as two's complement) into out[o..o+8). */
export function u256FromBigInt(x: bigint, out: Uint32Array = new Uint32Array(VALUE_WORDS), o = 0): Uint32Array {
  let v = ((x % TWO_256) + TWO_256) % TWO_256
  for (let k = 0; k < VALUE_WORDS; k++) {
    out[o + k] = Number(v & MASK_32)
    v >>= 32n
  }
  return out
}

/** The unsigned value of words[o..o+8). */
export function u256ToBigInt(words: Uint32Array, o = 0): bigint {
  let v = 0n
  for (let k = VALUE_WORDS - 1; k >= 0; k--) v = (v << 32n) | BigInt(words[o + k])
  return v
}
