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
import { EMPTY_CODE_HASH } from '../state/base.js'
import type { AccountRecord } from '../state/base.js'
import * as codec from '../codec/bytes.js'

// A module-local copy: CommonJS-emitting transpilers (tsx) turn imported bindings into getter calls on hot paths.
const { HEX_DIGIT, canJoinLanes, fitsLanes, joinLanes, splitLanes } = codec

export const Kind = { ACCOUNT: 1, BALANCE: 2, CODEHASH: 3, STORAGE: 4, WIPE: 5 } as const
export type Kind = (typeof Kind)[keyof typeof Kind]

export const FLAG_EXISTS = 1
export const FLAG_HAS_STORAGE = 2

/** Nibble value by char code ('0'-'9', 'a'-'f', 'A'-'F'); 0 elsewhere. */

/** Packs hex chars (no 0x) into big-endian 32-bit words at out[offset..]; no substrings, no parseInt (hot: every location miss). */
function packHex(hex: string, out: Uint32Array, offset: number, words: number): void {
  for (let w = 0, c = 0; w < words; w++) {
    let v = 0
    for (const end = c + 8; c < end; c++) v = (v << 4) | (HEX_DIGIT[hex.charCodeAt(c)]! & 15)
    out[offset + w] = v >>> 0
  }
}

const hexScratch = Buffer.alloc(64)

/**
 * Hex (no 0x) of `n` big-endian words from `offset` (an address is 5 key words, a slot 8).
 * Through a Buffer so the string is born flat: a `+=`-built one is a rope that is
 * flattened (copied) the first time it is hashed as a Map key.
 */
export function wordsToHex(words: Uint32Array, offset: number, n: number): string {
  for (let w = 0; w < n; w++) hexScratch.writeUInt32BE(words[offset + w], w * 4)
  return hexScratch.toString('hex', 0, n * 4)
}

/** Writes the key for (kind, address[, slot]) into `out` (KEY_WORDS words). */
export function makeKey(out: Uint32Array, kind: Kind, address: string, slot?: string): Uint32Array {
  out.fill(0)
  out[0] = kind
  packHex(address, out, 1, 5)
  if (slot !== undefined) packHex(slot, out, 6, 8)
  return out
}

export const newKey = (): Uint32Array => new Uint32Array(KEY_WORDS)
export const newValue = (): Uint32Array => new Uint32Array(VALUE_WORDS)

// ---- values -------------------------------------------------------------------

const TWO_32 = 2 ** 32

export function bigintToWords(v: bigint, out: Uint32Array): Uint32Array {
  // Balances and most values fit in 53 bits: two words, one BigInt → Number conversion.
  if (v >= 0n && v <= 0x1fffffffffffffn) {
    const n = Number(v)
    out.fill(0)
    out[0] = n >>> 0
    out[1] = Math.floor(n / TWO_32)
    return out
  }
  // Up to 128 bits (balances in wei): two 64-bit lanes (codec/bytes.ts), not a shift and mask per word.
  if (fitsLanes(v)) {
    const l = splitLanes(v)
    out[0] = l[0]!
    out[1] = l[1]!
    out[2] = l[2]!
    out[3] = l[3]!
    out[4] = out[5] = out[6] = out[7] = 0
    return out
  }
  let x = BigInt.asUintN(256, v)
  for (let i = 0; i < 8; i++) {
    out[i] = Number(x & 0xffffffffn)
    x >>= 32n
  }
  return out
}

export function wordsToBigint(w: Uint32Array): bigint {
  if ((w[2] | w[3] | w[4] | w[5] | w[6] | w[7]) === 0 && w[1] <= 0x1fffff) return BigInt(w[1] * TWO_32 + w[0])
  if (canJoinLanes && (w[4] | w[5] | w[6] | w[7]) === 0) return joinLanes(w[0]!, w[1]!, w[2]!, w[3]!)
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
  return wordsToHex(w, 0, 8)
}

export function accountWords(exists: boolean, hasStorage: boolean, nonce: bigint, out: Uint32Array): Uint32Array {
  out.fill(0)
  out[0] = (exists ? FLAG_EXISTS : 0) | (hasStorage ? FLAG_HAS_STORAGE : 0)
  if (nonce >= 0n && nonce <= 0x1fffffffffffffn) {
    // Every real nonce: one conversion, no BigInt masks and shifts (each an allocation).
    const n = Number(nonce)
    out[1] = n >>> 0
    out[2] = Math.floor(n / TWO_32)
  } else {
    out[1] = Number(nonce & 0xffffffffn)
    out[2] = Number((nonce >> 32n) & 0xffffffffn)
  }
  return out
}

export function nonceOf(w: Uint32Array): bigint {
  // Below 2^53 (every real nonce): one BigInt, not four.
  return w[2]! <= 0x1fffff ? BigInt(w[2]! * TWO_32 + w[1]!) : (BigInt(w[2]!) << 32n) | BigInt(w[1]!)
}

/**
 * An account from the fields the multi-version memory gave (abs* = an absolute value was
 * there; otherwise `balance` is a delta, or 0) folded over its base record `b`. An account
 * exists when its ACCOUNT flags say so or its balance is non-zero. One rule for the
 * incarnations' reads (mv-reader.ts) and the post-state diff (post-state.ts).
 */
export function foldAccount(
  absAccount: boolean, flags: number, nonce: bigint,
  absBalance: boolean, balance: bigint,
  absCode: boolean, codeHash: string,
  b: AccountRecord | undefined,
): AccountRecord | undefined {
  const f = absAccount ? flags : b !== undefined ? FLAG_EXISTS | (b.hasStorage ? FLAG_HAS_STORAGE : 0) : 0
  const bal = absBalance ? balance : BigInt.asUintN(256, (b?.balance ?? 0n) + balance)
  if ((f & FLAG_EXISTS) === 0 && bal === 0n) return undefined
  return {
    nonce: absAccount ? nonce : (b?.nonce ?? 0n),
    balance: bal,
    codeHash: absCode ? codeHash : (b?.codeHash ?? EMPTY_CODE_HASH),
    hasStorage: (f & FLAG_HAS_STORAGE) !== 0,
  }
}
