/**
 * Shared by the stress worker and the main-thread checker: how values are tagged so
 * a concurrent read can be checked for tearing, and the sequential model.
 */
import { VALUE_WORDS } from '../src/index.js'

export function mix(a: number, b: number, c: number, salt: number): number {
  let h = Math.imul(a ^ 0x9e3779b1, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(c + salt, 0x27d4eb2f)
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d)
  h ^= h >>> 12
  return h >>> 0
}

/**
 * An absolute value written by (tx, inc) at loc: words 0..5 name the writer and
 * carry a checksum, words 6..7 a checksum too. Deltas only touch words 6..7 (they
 * are d * 2^192), so after folding, words 0..5 still name the absolute version.
 */
export function absValue(tx: number, inc: number, loc: number, out: Uint32Array, o = 0): void {
  out[o] = tx
  out[o + 1] = inc
  out[o + 2] = loc
  out[o + 3] = mix(tx, inc, loc, 3)
  out[o + 4] = mix(tx, inc, loc, 4)
  out[o + 5] = mix(tx, inc, loc, 5)
  out[o + 6] = mix(tx, inc, loc, 6)
  out[o + 7] = mix(tx, inc, loc, 7)
}

/** d * 2^192 mod 2^256 for a small signed d. */
export function deltaValue(d: number, out: Uint32Array, o = 0): void {
  out.fill(0, o, o + VALUE_WORDS)
  out[o + 6] = d >>> 0
  out[o + 7] = d < 0 ? 0xffffffff : 0
}

/** Words 0..5 are a well-formed absolute tag (returns its tx) or all zero (returns -1); -2 if torn. */
export function tagOf(v: Uint32Array, o = 0): number {
  if (v[o] === 0 && v[o + 1] === 0 && v[o + 2] === 0 && v[o + 3] === 0 && v[o + 4] === 0 && v[o + 5] === 0) return -1
  const [tx, inc, loc] = [v[o], v[o + 1], v[o + 2]]
  if (v[o + 3] !== mix(tx, inc, loc, 3) || v[o + 4] !== mix(tx, inc, loc, 4) || v[o + 5] !== mix(tx, inc, loc, 5)) return -2
  return tx
}

/** What one owned tx ended with, as a worker reports it. */
export interface TxState {
  tx: number
  inc: number
  estimated: boolean
  writes: Array<{ loc: number; delta: boolean; value: number[] }>
}
