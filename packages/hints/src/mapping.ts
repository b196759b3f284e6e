/** Solidity mapping slots: where `mapping(address => …)` keeps the entry of a key. */
import { keccak256 } from './deps.js'

/**
 * The 64 bytes hashed, reused by every call (single-threaded per module instance):
 * applying a template to each call of a block computes two or three of these per call,
 * and a fresh buffer and two hex parses each were most of a template's cost.
 */
const scratch = Buffer.alloc(64)

/** Writes hex `h` (0x optional) right-aligned to end at byte `end`; the bytes before it in its word are zero. */
function putWord(h: string, end: number): void {
  let digits = h.charCodeAt(0) === 48 && (h.charCodeAt(1) | 32) === 120 ? h.slice(2) : h
  if (digits.length & 1) digits = '0' + digits
  const n = digits.length >> 1
  if (n > 32) throw new RangeError(`mapping key or base over 32 bytes: ${h}`)
  scratch.fill(0, end - 32, end - n)
  if (scratch.write(digits, end - n, n, 'hex') !== n) throw new TypeError(`not hex: ${h}`)
}

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
  putWord(base, 64)
  const h = keccak256(scratch)
  return Buffer.from(h.buffer, h.byteOffset, 32).toString('hex')
}

/** Slot of `m[a][b]` for `mapping(address => mapping(address => …)) m` at slot index k. */
export function nestedMappingSlot(a: string, b: string, k: number | bigint): string {
  return mappingSlot(b, mappingSlot(a, slotIndex(k)))
}
