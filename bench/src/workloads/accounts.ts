/**
 * Where accounts and contracts live, and how transactions pick accounts.
 *
 * EOAs are numbered 0..numEoa-1; the first 10% are the hot set. A pick lands in
 * the hot set with probability hotRatio and in the cold set otherwise, so the
 * knob moves transactions onto few accounts (more conflicts) without changing
 * anything else about them.
 */
import { addressFromInt, type Hex } from './hex.js'
import type { Rng } from './rng.js'

const EOA_BASE = 0xa000000000000000000000000000000000000000n
const TOKEN_BASE = 0xc000000000000000000000000000000000000000n
const PAIR_BASE = 0xd000000000000000000000000000000000000000n
export const ROUTER_ADDRESS: Hex = addressFromInt(0xe000000000000000000000000000000000000001n)
/** Fee recipient: not an EOA the workloads use, so fees never conflict with transfers. */
export const COINBASE: Hex = '0xc0ffee000000000000000000000000000000c0de'

export const HOT_FRACTION = 0.1

export function eoaAddress(i: number): Hex {
  return addressFromInt(EOA_BASE + BigInt(i))
}

/** Token k; addresses increase with k, so in a pair of tokens (k, k+1) token k is token0. */
export function tokenAddress(k: number): Hex {
  return addressFromInt(TOKEN_BASE + BigInt(k))
}

export function pairAddress(k: number): Hex {
  return addressFromInt(PAIR_BASE + BigInt(k))
}

export class AccountSpace {
  readonly hotCount: number
  private readonly hotSet = new Set<Hex>()

  constructor(
    readonly numEoa: number,
    readonly hotRatio: number,
    private readonly rng: Rng,
  ) {
    this.hotCount = Math.max(1, Math.floor(numEoa * HOT_FRACTION))
  }

  isHot(i: number): boolean {
    return i < this.hotCount
  }

  /** An account index: hot with probability hotRatio, else uniform over the cold set. */
  pick(): number {
    const coldCount = this.numEoa - this.hotCount
    if (coldCount === 0 || this.rng.float() < this.hotRatio) return this.rng.int(this.hotCount)
    return this.hotCount + this.rng.int(coldCount)
  }

  /** Two distinct accounts (sender, receiver), each drawn by `pick`. */
  pickPair(): [number, number] {
    const from = this.pick()
    let to = this.pick()
    while (to === from) to = this.pick()
    return [from, to]
  }

  /** Addresses of the hot set, for analysis (tests, stats). */
  hotAddresses(): Set<Hex> {
    if (this.hotSet.size === 0) for (let i = 0; i < this.hotCount; i++) this.hotSet.add(eoaAddress(i))
    return this.hotSet
  }
}
