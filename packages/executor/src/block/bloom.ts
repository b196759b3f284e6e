import { keccak256 } from '../hash.js'

/** Adds one item (an address or a topic) to a 256-byte logs bloom (yellow paper §4.3.1). */
export function bloomAdd(bloom: Uint8Array, item: Uint8Array): void {
  const h = keccak256(item)
  for (let i = 0; i < 6; i += 2) {
    const bit = ((h[i] << 8) | h[i + 1]) & 2047
    bloom[255 - (bit >> 3)] |= 1 << (bit & 7)
  }
}

export function bloomOr(into: Uint8Array, other: Uint8Array): void {
  for (let i = 0; i < 256; i++) into[i] |= other[i]
}
