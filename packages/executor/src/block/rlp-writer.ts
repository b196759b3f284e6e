/**
 * A small allocation-lean RLP writer for the hot consensus encodings (receipts,
 * trie nodes). `@ethereumjs/rlp` builds one Uint8Array per item and concatenates
 * them level by level; here the caller computes the exact encoded size first
 * (the `*Size` functions), allocates once, and the writer fills that buffer in
 * one pass. Only what those encodings need is here: byte strings, `0x` hex
 * strings, unsigned integers and list headers.
 */

/** Minimal big-endian byte count of a non-negative safe integer (0 for 0). */
export function uintByteLength(n: number): number {
  let len = 0
  // Division, not shifts: lengths and gas values may exceed 2^31.
  while (n > 0) {
    len++
    n = Math.floor(n / 256)
  }
  return len
}

/** Size of the header in front of a string or list payload of `len` bytes. */
export function headerSize(len: number): number {
  return len < 56 ? 1 : 1 + uintByteLength(len)
}

/** Encoded size of a list whose items take `payload` bytes. */
export function listSize(payload: number): number {
  return headerSize(payload) + payload
}

/** Encoded size of a byte string; `first` is its first byte (matters only for length 1). */
export function stringSize(len: number, first: number): number {
  return len === 1 && first < 0x80 ? 1 : headerSize(len) + len
}

export function bytesSize(b: Uint8Array): number {
  return stringSize(b.length, b[0])
}

/** Decoded value of each ASCII hex digit (either case); other characters read as 0. */
const HEX_VALUE = new Uint8Array(128)
for (let i = 0; i < 10; i++) HEX_VALUE[48 + i] = i
for (let i = 0; i < 6; i++) HEX_VALUE[65 + i] = HEX_VALUE[97 + i] = 10 + i

/** Byte length of a `0x…` hex string (an odd trailing digit is dropped, as Buffer.from does). */
export function hexByteLength(hex: string): number {
  return (hex.length - 2) >> 1
}

function hexByteAt(hex: string, i: number): number {
  return (HEX_VALUE[hex.charCodeAt(2 + 2 * i) & 127] << 4) | HEX_VALUE[hex.charCodeAt(3 + 2 * i) & 127]
}

/** Encoded size of the bytes a `0x…` hex string denotes. */
export function hexSize(hex: string): number {
  const len = hexByteLength(hex)
  return stringSize(len, len === 1 ? hexByteAt(hex, 0) : 0)
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** Encoded size of an unsigned integer as minimal big-endian bytes (0 is the empty string). */
export function uintSize(v: bigint): number {
  if (v <= MAX_SAFE) {
    const n = Number(v)
    return n < 0x80 ? 1 : 1 + uintByteLength(n)
  }
  return stringSize(bigUintByteLength(v), 0x80)
}

function bigUintByteLength(v: bigint): number {
  return (v.toString(16).length + 1) >> 1
}

/** Writes RLP items into a buffer the caller sized exactly with the functions above. */
export class RlpWriter {
  constructor(
    public buf: Uint8Array,
    public pos = 0,
  ) {}

  /** One raw byte (a type prefix, or a single-byte item such as 0x80). */
  byte(b: number): void {
    this.buf[this.pos++] = b
  }

  /** Bytes copied verbatim: an already-encoded item. */
  raw(b: Uint8Array): void {
    this.buf.set(b, this.pos)
    this.pos += b.length
  }

  listHeader(payload: number): void {
    this.header(0xc0, payload)
  }

  stringHeader(len: number): void {
    this.header(0x80, len)
  }

  /** A byte string. */
  bytes(b: Uint8Array): void {
    if (b.length === 1 && b[0] < 0x80) {
      this.buf[this.pos++] = b[0]
      return
    }
    this.stringHeader(b.length)
    this.raw(b)
  }

  /** The bytes a `0x…` hex string denotes, decoded straight into the buffer. */
  hex(hex: string): void {
    const len = hexByteLength(hex)
    if (len === 1 && hexByteAt(hex, 0) < 0x80) {
      this.buf[this.pos++] = hexByteAt(hex, 0)
      return
    }
    this.stringHeader(len)
    const buf = this.buf
    let p = this.pos
    for (let i = 0; i < len; i++) buf[p++] = hexByteAt(hex, i)
    this.pos = p
  }

  /** An unsigned integer as minimal big-endian bytes. */
  uint(v: bigint): void {
    if (v > MAX_SAFE) {
      this.bigUint(v)
      return
    }
    const n = Number(v)
    if (n === 0) this.buf[this.pos++] = 0x80
    else if (n < 0x80) this.buf[this.pos++] = n
    else {
      const len = uintByteLength(n)
      this.buf[this.pos++] = 0x80 + len
      this.beUint(n, len)
    }
  }

  private bigUint(v: bigint): void {
    const len = bigUintByteLength(v)
    this.stringHeader(len)
    for (let i = len - 1; i >= 0; i--) {
      this.buf[this.pos + i] = Number(v & 0xffn)
      v >>= 8n
    }
    this.pos += len
  }

  /** `n` as exactly `len` big-endian bytes. */
  private beUint(n: number, len: number): void {
    for (let i = len - 1; i >= 0; i--) {
      this.buf[this.pos + i] = n % 256
      n = Math.floor(n / 256)
    }
    this.pos += len
  }

  /** Short form (base + len) under 56 bytes, else base + 55 + length-of-length, then the length. */
  private header(base: number, len: number): void {
    if (len < 56) {
      this.buf[this.pos++] = base + len
      return
    }
    const lenLen = uintByteLength(len)
    this.buf[this.pos++] = base + 55 + lenLen
    this.beUint(len, lenLen)
  }
}
