/**
 * A minimal binary writer/reader for the block image (see parallel/block-image.ts):
 * fixed-width integers, length-prefixed bytes, hex fields written as raw bytes and
 * unsigned bigints as a length byte plus minimal big-endian bytes.
 */

/**
 * Char code → hex digit value, 16 for any other character (bit 4 flags a bad digit): one
 * table for every hex parse of the package (a lookup, no branch per digit).
 */
export const HEX_DIGIT = new Uint8Array(65536).fill(16)
for (let c = 0; c < 10; c++) HEX_DIGIT[48 + c] = c
for (let c = 0; c < 6; c++) HEX_DIGIT[65 + c] = HEX_DIGIT[97 + c] = 10 + c

const EMPTY_BYTES = new Uint8Array(0)

/**
 * 64-bit lanes over 32-bit words, for quantities of 49..128 bits (balances in wei): one
 * BigInt conversion per lane where a hex string was built and parsed (writer) or three
 * BigInt operations were needed (reader). Little-endian hosts only (the words of a lane
 * are in order there); elsewhere the hex paths serve. The multi-version memory's value words
 * (parallel/keys.ts) go through the same lanes.
 */
const LANE32 = new Uint32Array(4)
const LANE64 = new BigUint64Array(LANE32.buffer)
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1
const TWO_128 = 1n << 128n
const TWO_64 = 1n << 64n

/** Whether `v` may go through splitLanes: a little-endian host and 0 <= v < 2^128. */
export function fitsLanes(v: bigint): boolean {
  return LITTLE_ENDIAN && v >= 0n && v < TWO_128
}

/** `v` (fitsLanes) as 4 little-endian u32 words, in a scratch that the next lanes call overwrites. */
export function splitLanes(v: bigint): Uint32Array {
  LANE64[0] = v // stored mod 2^64
  // Below 2^64 (wei values, small balances) no shift: it would allocate a BigInt.
  if (v < TWO_64) LANE32[2] = LANE32[3] = 0
  else LANE64[1] = v >> 64n
  return LANE32
}

/** The value of 4 little-endian u32 words (little-endian hosts only: check canJoinLanes). */
export function joinLanes(w0: number, w1: number, w2: number, w3: number): bigint {
  const w = LANE32
  w[0] = w0
  w[1] = w1
  if ((w2 | w3) === 0) return LANE64[0]!
  w[2] = w2
  w[3] = w3
  return (LANE64[1]! << 64n) | LANE64[0]!
}

export const canJoinLanes = LITTLE_ENDIAN

/** Word k (0 = least significant) of the big-endian bytes [at, end): 0 past their start. */
export function beWord(b: Uint8Array, at: number, end: number, k: number): number {
  let x = 0
  for (let p = Math.max(at, end - 4 * k - 4); p < end - 4 * k; p++) x = (x << 8) | b[p]!
  return x >>> 0
}

/**
 * Grows by doubling; `finish()` copies the written bytes into a SharedArrayBuffer.
 * `ByteWriter.into(memory)` writes in place into given memory instead, never growing.
 */
export class ByteWriter {
  private buf: Buffer
  pos = 0
  private fixed = false

  /** `room`: the initial size; a writer whose size is roughly known skips the doublings' copies. */
  constructor(room = 1 << 16) {
    this.buf = Buffer.allocUnsafe(Math.max(64, room))
  }

  /** A writer over `memory` (e.g. a SharedArrayBuffer sized beforehand): writing past its end throws. */
  static into(memory: ArrayBufferLike): ByteWriter {
    const w = new ByteWriter(64)
    w.buf = Buffer.from(memory)
    w.fixed = true
    return w
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return
    if (this.fixed) throw new RangeError(`ByteWriter: ${this.pos + n} bytes written into ${this.buf.length} (internal error: the size bound is wrong)`)
    let size = this.buf.length * 2
    while (size < this.pos + n) size *= 2
    const next = Buffer.allocUnsafe(size)
    this.buf.copy(next, 0, 0, this.pos)
    this.buf = next
  }

  u8(v: number): void {
    this.ensure(1)
    this.buf[this.pos++] = v
  }

  u32(v: number): void {
    this.ensure(4)
    // Byte stores: Buffer.writeUInt32LE validates its arguments on every call (the image writes ~10 per record).
    const b = this.buf
    const p = this.pos
    b[p] = v
    b[p + 1] = v >>> 8
    b[p + 2] = v >>> 16
    b[p + 3] = v >>> 24
    this.pos = p + 4
  }

  /** A float64, little-endian (an integer up to 2^53 without a BigInt: cumulative gas). */
  f64(v: number): void {
    this.ensure(8)
    this.buf.writeDoubleLE(v, this.pos)
    this.pos += 8
  }

  /** A u32, big-endian (an address's key words back to its bytes). */
  u32be(v: number): void {
    this.ensure(4)
    this.buf.writeUInt32BE(v, this.pos)
    this.pos += 4
  }

  /** Overwrites a byte written earlier (flags known only after the fields). */
  u8At(at: number, v: number): void {
    this.buf[at] = v
  }

  /** Overwrites a u32 written earlier (record lengths). */
  u32At(at: number, v: number): void {
    this.buf.writeUInt32LE(v, at)
  }

  /** Reads back a u32 written earlier (the pre-state image probes its table while building it). */
  /** Reads back a byte written earlier. */
  u8Get(at: number): number {
    return this.buf[at]!
  }

  u32Get(at: number): number {
    return this.buf.readUInt32LE(at)
  }

  /** Reads back 4 bytes written earlier as a big-endian u32 (an address's first or last word). */
  u32beGet(at: number): number {
    return this.buf.readUInt32BE(at)
  }

  /** Reads back `n` bytes written earlier as lower-case hex (no 0x). */
  hexGet(at: number, n: number): string {
    return this.buf.toString('hex', at, at + n)
  }

  /** `n` zero bytes (a table to fill in with u32At). */
  zeros(n: number): void {
    this.ensure(n)
    this.buf.fill(0, this.pos, this.pos + n)
    this.pos += n
  }

  bytes(b: Uint8Array): void {
    this.ensure(b.length)
    this.buf.set(b, this.pos)
    this.pos += b.length
  }

  lenBytes(b: Uint8Array): void {
    this.u32(b.length)
    this.bytes(b)
  }

  /** `n` bytes from a hex string (with or without 0x) that must spell exactly that many. */
  hex(h: string, n: number): void {
    this.ensure(n)
    const start = h.charCodeAt(0) === 48 && (h.charCodeAt(1) | 0x20) === 120 ? 2 : 0
    if (h.length - start !== 2 * n) throw new RangeError(`expected ${n} bytes of hex, got ${JSON.stringify(h)}`)
    if (!this.hexDigits(h, start, n)) throw new RangeError(`invalid hex ${JSON.stringify(h)}`)
  }

  /**
   * Parses 2n hex digits of `h` from `at` into the next n bytes, in JS: no slice of the
   * string and no call into Buffer.write per field. False (nothing advanced) on a non-hex digit.
   */
  private hexDigits(h: string, at: number, n: number): boolean {
    const b = this.buf
    const p = this.pos
    let bad = 0
    for (let i = 0; i < n; i++) {
      const hi = HEX_DIGIT[h.charCodeAt(at + 2 * i) & 0xffff]
      const lo = HEX_DIGIT[h.charCodeAt(at + 2 * i + 1) & 0xffff]
      bad |= hi | lo
      b[p + i] = (hi << 4) | (lo & 15)
    }
    if (bad & 16) return false
    this.pos = p + n
    return true
  }

  /** An unsigned bigint below 2^256: a length byte, then minimal big-endian bytes. */
  big(v: bigint): void {
    if (v < 0n) throw new RangeError(`negative quantity ${v}`)
    if (v === 0n) return this.u8(0)
    // Below 2^48 (nonces, gas, prices, small balances): integer writes, no hex string.
    if (v <= 0xffffffffffffn) return this.small(Number(v))
    if (fitsLanes(v)) return this.lanes(v)
    const h = v.toString(16)
    const n = (h.length + 1) >> 1
    if (n > 32) throw new RangeError(`quantity ${v} exceeds 256 bits`)
    this.u8(n)
    this.ensure(n)
    if (h.length & 1) {
      // Odd digit count: the first byte is one digit.
      this.buf[this.pos++] = HEX_DIGIT[h.charCodeAt(0)]
      this.hexDigits(h, 1, n - 1)
    } else this.hexDigits(h, 0, n)
  }

  /** big() of 2^48 <= v < 2^128: the top word's significant bytes, then the lower words whole. */
  private lanes(v: bigint): void {
    this.bigWords(splitLanes(v), 4)
  }

  private small(x: number): void {
    const n = x < 0x100 ? 1 : x < 0x10000 ? 2 : x < 0x1000000 ? 3 : x < 0x100000000 ? 4 : x < 0x10000000000 ? 5 : 6
    this.ensure(n + 1)
    const b = this.buf
    b[this.pos++] = n
    // Big-endian. x < 2^48: its low 32 bits by unsigned shifts (>>> 0 is x mod 2^32), the rest exactly by one division.
    const lo = x >>> 0
    const hi = (x - lo) / 0x100000000
    for (let k = 0, at = this.pos + n - 1; k < n; k++, at--) b[at] = k < 4 ? (lo >>> (8 * k)) & 255 : (hi >>> (8 * (k - 4))) & 255
    this.pos += n
  }

  /**
   * big() of the unsigned integer in words[0..n) (little-endian u32 words, as the
   * multi-version memory holds values): the same bytes, without a BigInt in between.
   */
  bigWords(words: Uint32Array, n: number): void {
    let k = n - 1
    while (k >= 0 && words[k] === 0) k--
    if (k < 0) return this.u8(0)
    const top = words[k]!
    const tb = top >= 0x1000000 ? 4 : top >= 0x10000 ? 3 : top >= 0x100 ? 2 : 1
    const len = tb + 4 * k
    this.ensure(len + 1)
    const b = this.buf
    let p = this.pos
    b[p++] = len
    for (let s = 8 * (tb - 1); s >= 0; s -= 8) b[p++] = (top >>> s) & 255
    for (let j = k - 1; j >= 0; j--) {
      const x = words[j]!
      b[p] = x >>> 24
      b[p + 1] = (x >>> 16) & 255
      b[p + 2] = (x >>> 8) & 255
      b[p + 3] = x & 255
      p += 4
    }
    this.pos = p
  }

  /**
   * The written bytes in a new ArrayBuffer of their own, to hand to another thread in
   * postMessage's transfer list: a SharedArrayBuffer in a message cost ~1 ms to post
   * (per block, per worker reply), a transferred ArrayBuffer a few µs.
   */
  finishTransferable(): ArrayBuffer {
    const out = new ArrayBuffer(this.pos)
    new Uint8Array(out).set(this.buf.subarray(0, this.pos))
    return out
  }

  finish(): SharedArrayBuffer {
    const sab = new SharedArrayBuffer(this.pos)
    new Uint8Array(sab).set(this.buf.subarray(0, this.pos))
    return sab
  }
}

/** Reads what ByteWriter wrote; `pos` moves forward. */
export class ByteReader {
  readonly buf: Buffer
  pos: number

  constructor(bytes: Uint8Array, pos = 0) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    this.pos = pos
  }

  u8(): number {
    return this.buf[this.pos++]
  }

  u32(): number {
    const v = this.buf.readUInt32LE(this.pos)
    this.pos += 4
    return v
  }

  f64(): number {
    const v = this.buf.readDoubleLE(this.pos)
    this.pos += 8
    return v
  }

  /**
   * The next n bytes as a view, not a copy: only for bytes whose buffer is the
   * reader's own to hand out (a reply's transferred ArrayBuffer, never shared memory).
   */
  view(n: number): Uint8Array {
    const b = this.buf
    const out = new Uint8Array(b.buffer, b.byteOffset + this.pos, n)
    this.pos += n
    return out
  }

  /** A copy (execution may keep it past the block; views into shared memory are not handed out). */
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n)
    out.set(this.buf.subarray(this.pos, this.pos + n))
    this.pos += n
    return out
  }

  /** A copy (its own buffer); the empty case is one shared zero-length array (nothing to write into). */
  lenBytes(): Uint8Array {
    const n = this.u32()
    return n === 0 ? EMPTY_BYTES : this.bytes(n)
  }

  /** `n` bytes as lower-case hex, no 0x. */
  hex(n: number): string {
    const s = this.buf.toString('hex', this.pos, this.pos + n)
    this.pos += n
    return s
  }

  big(): bigint {
    const n = this.u8()
    if (n === 0) return 0n
    const at = this.pos
    this.pos += n
    if (n <= 6) return BigInt(this.buf.readUIntBE(at, n))
    if (LITTLE_ENDIAN && n <= 16) return this.lanes(at, n)
    // Up to 12 bytes (balances): two integer reads instead of a hex string and a parse.
    if (n <= 12) return (BigInt(this.buf.readUIntBE(at, n - 6)) << 48n) | BigInt(this.buf.readUIntBE(at + n - 6, 6))
    return BigInt('0x' + this.buf.toString('hex', at, at + n))
  }

  /** big() of 7..16 bytes at `at`: the big-endian bytes into LE words, then one or two 64-bit lanes. */
  private lanes(at: number, n: number): bigint {
    const b = this.buf
    const end = at + n
    return joinLanes(beWord(b, at, end, 0), beWord(b, at, end, 1), beWord(b, at, end, 2), beWord(b, at, end, 3))
  }

  skip(n: number): void {
    this.pos += n
  }
}
