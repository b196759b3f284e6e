/** Solidity mapping slots: where `mapping(address => …)` keeps the entry of a key. */
import { keccak256 } from './deps.js'
import { hexInto, hexOf } from './hex.js'

/**
 * The 64 bytes hashed, reused by every call (single-threaded per module instance):
 * applying a template to each call of a block computes two or three of these per call,
 * and a fresh buffer and two hex parses each were most of a template's cost.
 */
const scratch = new Uint8Array(64)

/** Writes hex `h` (0x optional) right-aligned to end at byte `end`; the bytes before it in its word are zero. */
function putWord(h: string, end: number): void {
  const from = h.charCodeAt(0) === 48 && (h.charCodeAt(1) | 32) === 120 ? 2 : 0
  const digits = h.length - from
  const n = (digits + 1) >> 1
  if (n > 32) throw new RangeError(`mapping key or base over 32 bytes: ${h}`)
  for (let i = end - 32; i < end - n; i++) scratch[i] = 0
  // An odd count: the first digit alone is the high byte's low nibble.
  const ok = digits & 1 ? hexInto('0' + h.slice(from), 0, scratch, end) : hexInto(h, from, scratch, end)
  if (!ok) throw new TypeError(`not hex: ${h}`)
}

/** The base now in scratch[32..64]. */
let lastBase: string | undefined

const INDEXES: string[] = []

/** pad32(n) as 64 hex chars. */
export function slotIndex(k: number | bigint): string {
  if (typeof k === 'number' && k >= 0 && k < 64 && Number.isInteger(k)) return (INDEXES[k] ??= k.toString(16).padStart(64, '0'))
  return BigInt(k).toString(16).padStart(64, '0')
}

/**
 * keccak256(pad32(key) ++ pad32(base)): the slot of `m[key]` for a mapping declared at
 * slot index `base` (or, for a nested mapping, at the slot of the outer entry).
 * Keys and result are hex without 0x; `key` is an address (40 chars) or a word (64).
 */
export function mappingSlot(key: string, base: string): string {
  putWord(key, 32)
  // Most calls share a base (slotIndex(k)): comparing it costs less than parsing it again.
  if (base !== lastBase) {
    lastBase = undefined // stays unset if putWord throws
    putWord(base, 64)
    lastBase = base
  }
  return hexOf(keccak256(scratch), 0, 32)
}

/** Slot of `m[a][b]` for `mapping(address => mapping(address => …)) m` at slot index k. */
export function nestedMappingSlot(a: string, b: string, k: number | bigint): string {
  return mappingSlot(b, mappingSlot(a, slotIndex(k)))
}
