/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so that a workload is a
 * pure function of its seed: same seed, same bytes, on every Node version
 * (Math.random cannot be seeded).
 */
export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number) {
    let s = seed >>> 0
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0
      let z = s
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    for (let i = 0; i < 12; i++) this.u32() // mix away weak seeds
  }

  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0
    this.d = (this.d + 1) >>> 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) >>> 0
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0
    this.c = (this.c + t) >>> 0
    return t
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return this.u32() / 4294967296
  }

  /** Uniform integer in [0, n), n ≤ 2^32. */
  int(n: number): number {
    return Math.floor(this.float() * n)
  }

  /** Uniform bigint in [lo, hi] (inclusive), for token and wei amounts. */
  bigintBetween(lo: bigint, hi: bigint): bigint {
    const span = hi - lo + 1n
    let r = 0n
    for (let i = 0; i < 4; i++) r = (r << 32n) | BigInt(this.u32())
    return lo + (r % span)
  }
}
