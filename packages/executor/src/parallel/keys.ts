/**
 * How EVM state maps onto multi-version memory locations and 256-bit values.
 *
 * Granularity (finer = fewer false conflicts): an account is four locations, so a
 * transaction that only pays a recipient does not conflict with one that bumps the
 * same account's nonce, and a storage slot is one location.
 *
 *   kind        key words                 value (8 LE words)
 *   ACCOUNT  1  [1, addr×5, 0×10]         w0 flags (bit0 exists, bit1 hasStorage), w1..w2 nonce (lo, hi)
 *   BALANCE  2  [2, addr×5, 0×10]         balance (deltas allowed: lazy credits)
 *   CODEHASH 3  [3, addr×5, 0×10]         code hash (bytes 0..31 packed big-endian per word, word 0 first)
 *   STORAGE  4  [4, addr×5, slot×8, 0×2]  slot value
 *   WIPE     5  [5, addr×5, 0×10]         1 + index of the last transaction that wiped the account's storage
 *
 * An account exists iff ACCOUNT.exists or its balance is non-zero: a lazy credit to
 * a missing account brings it into existence without writing ACCOUNT. A deletion
 * writes ACCOUNT = 0 and BALANCE = 0 (absolute). Storage slots written before the
 * latest WIPE read as zero.
 */
import { KEY_WORDS, VALUE_WORDS } from '@blockstm/mvmemory'

export const Kind = { ACCOUNT: 1, BALANCE: 2, CODEHASH: 3, STORAGE: 4, WIPE: 5 } as const
export type Kind = (typeof Kind)[keyof typeof Kind]

export const FLAG_EXISTS = 1
export const FLAG_HAS_STORAGE = 2

/** Packs hex chars (no 0x) into big-endian 32-bit words at out[offset..]. */
function packHex(hex: string, out: Uint32Array, offset: number, words: number): void {
  for (let w = 0; w < words; w++) out[offset + w] = parseInt(hex.substr(w * 8, 8), 16) >>> 0
}

function unpackHex(words: Uint32Array, offset: number, n: number): string {
  let s = ''
  for (let w = 0; w < n; w++) s += words[offset + w].toString(16).padStart(8, '0')
  return s
}

/** Writes the key for (kind, address[, slot]) into `out` (KEY_WORDS words). */
export function makeKey(out: Uint32Array, kind: Kind, address: string, slot?: string): Uint32Array {
  out.fill(0)
  out[0] = kind
  packHex(address, out, 1, 5)
  if (slot !== undefined) packHex(slot, out, 6, 8)
  return out
}

export interface DecodedKey {
  kind: Kind
  address: string
  slot: string | undefined
}

export function decodeKey(key: Uint32Array): DecodedKey {
  const kind = key[0] as Kind
  return { kind, address: unpackHex(key, 1, 5), slot: kind === Kind.STORAGE ? unpackHex(key, 6, 8) : undefined }
}

export const newKey = (): Uint32Array => new Uint32Array(KEY_WORDS)
export const newValue = (): Uint32Array => new Uint32Array(VALUE_WORDS)

// ---- values -------------------------------------------------------------------

export function bigintToWords(v: bigint, out: Uint32Array): Uint32Array {
  let x = BigInt.asUintN(256, v)
  for (let i = 0; i < 8; i++) {
    out[i] = Number(x & 0xffffffffn)
    x >>= 32n
  }
  return out
}

export function wordsToBigint(w: Uint32Array): bigint {
  let x = 0n
  for (let i = 7; i >= 0; i--) x = (x << 32n) | BigInt(w[i])
  return x
}

export function isZeroWords(w: Uint32Array): boolean {
  for (let i = 0; i < 8; i++) if (w[i] !== 0) return false
  return true
}

/** Minimal big-endian bytes (storage values as the EVM gives them) → LE words. */
export function bytesToWords(b: Uint8Array, out: Uint32Array): Uint32Array {
  out.fill(0)
  for (let i = 0; i < b.length; i++) {
    const bytePos = b.length - 1 - i // 0 = least significant
    out[bytePos >>> 2] |= b[i] << ((bytePos & 3) * 8)
  }
  return out
}

/** LE words → minimal big-endian bytes (empty for zero). */
export function wordsToBytes(w: Uint32Array): Uint8Array {
  let top = 31
  while (top >= 0 && ((w[top >>> 2] >>> ((top & 3) * 8)) & 0xff) === 0) top--
  const out = new Uint8Array(top + 1)
  for (let p = top; p >= 0; p--) out[top - p] = (w[p >>> 2] >>> ((p & 3) * 8)) & 0xff
  return out
}

/** 64-char code hash → words (big-endian packing, word 0 = first 4 bytes). */
export function hashToWords(hex: string, out: Uint32Array): Uint32Array {
  packHex(hex, out, 0, 8)
  return out
}

export function wordsToHash(w: Uint32Array): string {
  return unpackHex(w, 0, 8)
}

export function accountWords(exists: boolean, hasStorage: boolean, nonce: bigint, out: Uint32Array): Uint32Array {
  out.fill(0)
  out[0] = (exists ? FLAG_EXISTS : 0) | (hasStorage ? FLAG_HAS_STORAGE : 0)
  out[1] = Number(nonce & 0xffffffffn)
  out[2] = Number((nonce >> 32n) & 0xffffffffn)
  return out
}

export function nonceOf(w: Uint32Array): bigint {
  return (BigInt(w[2]) << 32n) | BigInt(w[1])
}
