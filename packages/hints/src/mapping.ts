/** Solidity mapping slots: where `mapping(address => …)` keeps the entry of a key. */
import { keccak256 } from './deps.js'

function hexBytes(h: string): Uint8Array {
  return Buffer.from(h.startsWith('0x') ? h.slice(2) : h, 'hex')
}

/** pad32(n) as 64 hex chars. */
export function slotIndex(k: number | bigint): string {
  return BigInt(k).toString(16).padStart(64, '0')
}

/**
 * keccak256(pad32(key) ++ pad32(base)): the slot of `m[key]` for a mapping declared at
 * slot index `base` (or, for a nested mapping, at the slot of the outer entry).
 * Keys and result are hex without 0x; `key` is an address (40 chars) or a word (64).
 */
export function mappingSlot(key: string, base: string): string {
  const buf = new Uint8Array(64)
  const k = hexBytes(key)
  buf.set(k, 32 - k.length)
  const b = hexBytes(base.padStart(64, '0'))
  buf.set(b, 64 - b.length)
  return Buffer.from(keccak256(buf)).toString('hex')
}

/** Slot of `m[a][b]` for `mapping(address => mapping(address => …)) m` at slot index k. */
export function nestedMappingSlot(a: string, b: string, k: number | bigint): string {
  return mappingSlot(b, mappingSlot(a, slotIndex(k)))
}
