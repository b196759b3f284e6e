import { KEY_WORDS, VALUE_WORDS, u256FromBigInt, u256ToBigInt, MVMemory, type MVMemoryOptions } from '../src/index.js'

/** A key whose 16 words are derived from n (word 0 = n, so keys are distinct). */
export function key(n: number, salt = 0): Uint32Array {
  const k = new Uint32Array(KEY_WORDS)
  k[0] = n
  k[1] = salt
  for (let i = 2; i < KEY_WORDS; i++) k[i] = (Math.imul(n + 1, 0x9e3779b1) + i * 7919 + salt) >>> 0
  return k
}

export const val = (x: bigint): Uint32Array => u256FromBigInt(x)
export const big = (w: Uint32Array, o = 0): bigint => u256ToBigInt(w, o)
export const buf = (): Uint32Array => new Uint32Array(VALUE_WORDS)

export function store(opts: Partial<MVMemoryOptions> = {}): MVMemory {
  return MVMemory.create({ txCount: 64, locationCapacity: 64, ...opts })
}
