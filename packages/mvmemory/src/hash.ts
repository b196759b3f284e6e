/**
 * MurmurHash3-style mixing of a 16-word key to 32 bits. Only the bucket choice
 * depends on it: equal hashes never merge two locations (keys are compared in full).
 */
import * as types from './types.js'

// Module-local copies: CommonJS-emitting transpilers (tsx) turn imported bindings into getter calls on hot paths.
const { KEY_WORDS } = types

export function hashKey(key: Uint32Array, off: number): number {
  let h = 0x9747b28c
  for (let i = 0; i < KEY_WORDS; i++) {
    let k = Math.imul(key[off + i], 0xcc9e2d51)
    k = (k << 15) | (k >>> 17)
    k = Math.imul(k, 0x1b873593)
    h ^= k
    h = (h << 13) | (h >>> 19)
    h = (Math.imul(h, 5) + 0xe6546b64) | 0
  }
  h ^= KEY_WORDS * 4
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Mixes the first word of an (already uniform) 32-byte hash; used by BlobArena. */
export function hashWords8(w: Uint32Array, off: number): number {
  let h = w[off] ^ Math.imul(w[off + 1], 0x9e3779b1)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  return h >>> 0
}
