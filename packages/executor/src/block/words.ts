/**
 * uint256 words ⇄ 32 big-endian bytes through a DataView, without the hex strings
 * @ethereumjs/util's conversions go through (bigIntToBytes, bytesToBigInt): for the
 * replacement opcode handlers (memory-opcodes.ts, word-opcodes.ts).
 */
const WORD = new Uint8Array(32)
const VIEW = new DataView(WORD.buffer)
const MAX64 = (1n << 64n) - 1n

/** The uint256 `v` as 32 big-endian bytes, in a shared scratch buffer: copy it before keeping it. */
export function wordBytes(v: bigint): Uint8Array {
  if (v <= MAX64) {
    WORD.fill(0, 0, 24)
    VIEW.setBigUint64(24, v)
  } else {
    VIEW.setBigUint64(24, BigInt.asUintN(64, v))
    VIEW.setBigUint64(16, BigInt.asUintN(64, v >> 64n))
    VIEW.setBigUint64(8, BigInt.asUintN(64, v >> 128n))
    VIEW.setBigUint64(0, BigInt.asUintN(64, v >> 192n))
  }
  return WORD
}

/** 32 big-endian bytes (at most; fewer are the high end of the word, zeros after them) as a uint256. */
export function wordValue(b: Uint8Array): bigint {
  if (b.length < 32) WORD.fill(0)
  WORD.set(b)
  const low = VIEW.getBigUint64(24)
  if (VIEW.getUint32(0) === 0 && VIEW.getUint32(4) === 0 && VIEW.getUint32(8) === 0 && VIEW.getUint32(12) === 0 && VIEW.getUint32(16) === 0 && VIEW.getUint32(20) === 0) return low
  return (VIEW.getBigUint64(0) << 192n) | (VIEW.getBigUint64(8) << 128n) | (VIEW.getBigUint64(16) << 64n) | low
}

/** bigIntToBytes: the shortest big-endian bytes of the uint256 `v`, fresh (empty for 0). */
export function shortBytes(v: bigint): Uint8Array {
  if (v === 0n) return new Uint8Array(0)
  const w = wordBytes(v)
  let i = 0
  while (w[i] === 0) i++
  return w.slice(i)
}

const SMALL_LIMIT = 1 << 16
/** BigInts below 2^16 (jump targets, offsets, small constants), made once each. */
const SMALL: bigint[] = []

/**
 * A PUSH immediate: the `len` big-endian bytes of `code` at `start`, zero-padded on the right
 * past the code's end (the stock `setLengthRight`), without the stock hex round trip. Up to 6
 * bytes as a Number; longer through the DataView.
 */
export function pushValue(code: Uint8Array, start: number, len: number): bigint {
  const end = Math.min(start + len, code.length)
  if (len <= 6) {
    let v = 0
    for (let k = start; k < end; k++) v = v * 256 + code[k]!
    for (let k = end; k < start + len; k++) v *= 256
    return v < SMALL_LIMIT ? (SMALL[v] ??= BigInt(v)) : BigInt(v)
  }
  WORD.fill(0)
  WORD.set(code.subarray(start, end), 32 - len)
  const low = VIEW.getBigUint64(24)
  if (len <= 8) return low
  return (VIEW.getBigUint64(0) << 192n) | (VIEW.getBigUint64(8) << 128n) | (VIEW.getBigUint64(16) << 64n) | low
}
