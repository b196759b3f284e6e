/**
 * Hex <-> bytes in JS for the static pass's per-call work (mapping slots, address
 * arguments): a call into Buffer.write / toString('hex') costs more than the 20 or 32
 * bytes it converts, and applying a template does a few of each per transaction.
 */

/** Digit value of a char code, 16 for anything that is not a hex digit. */
const DIGIT = new Uint8Array(128).fill(16)
for (let c = 0; c < 10; c++) DIGIT[48 + c] = c
for (let c = 0; c < 6; c++) DIGIT[65 + c] = DIGIT[97 + c] = 10 + c

const HEX_CHAR = Buffer.from('0123456789abcdef', 'latin1')

/** The chars of hexOf's result, turned into one flat string by a single latin1 decode. */
const chars = Buffer.alloc(128)

/**
 * Parses the hex digits of `h` from char `from` (an even count of them) into `out`,
 * right-aligned to end at byte `end`. False on a non-hex digit.
 */
export function hexInto(h: string, from: number, out: Uint8Array, end: number): boolean {
  const n = (h.length - from) >> 1
  let at = end - n
  for (let i = from; i < h.length; i += 2) {
    const c1 = h.charCodeAt(i)
    const c2 = h.charCodeAt(i + 1)
    const hi = c1 < 128 ? DIGIT[c1]! : 16
    const lo = c2 < 128 ? DIGIT[c2]! : 16
    if ((hi | lo) > 15) return false
    out[at++] = (hi << 4) | lo
  }
  return true
}

/**
 * Lower-case hex (no 0x) of bytes [start, end) of `b`, at most 64 bytes. One flat string:
 * appending pairs of chars builds a deep rope that every later hash or compare flattens.
 */
export function hexOf(b: Uint8Array, start: number, end: number): string {
  if (end - start > 64) throw new RangeError('hexOf: over 64 bytes')
  let at = 0
  for (let i = start; i < end; i++) {
    const x = b[i]!
    chars[at++] = HEX_CHAR[x >> 4]!
    chars[at++] = HEX_CHAR[x & 15]!
  }
  return chars.toString('latin1', 0, at)
}
