/** Known private keys and their addresses, for senders and EIP-7702 authorities in generated blocks. */
import { bytesToHex, privateToAddress } from '@ethereumjs/util'

import type { Hex } from '../../src/types.js'

export function privateKey(n: number): Uint8Array {
  const k = new Uint8Array(32)
  k[31] = n & 0xff
  k[30] = (n >> 8) & 0xff
  k[0] = 0x42 // keep keys well away from tiny scalars
  return k
}

export function keyAddress(key: Uint8Array): Hex {
  return bytesToHex(privateToAddress(key)).toLowerCase() as Hex
}

/** A plain address from a short tag (contracts placed directly in the pre-state). */
export function addr(tag: number): Hex {
  return `0x${tag.toString(16).padStart(40, '0')}` as Hex
}

export const ALICE_KEY = privateKey(1)
export const BOB_KEY = privateKey(2)
export const CAROL_KEY = privateKey(3)
export const ALICE = keyAddress(ALICE_KEY)
export const BOB = keyAddress(BOB_KEY)
export const CAROL = keyAddress(CAROL_KEY)
export const COINBASE: Hex = '0xc0ffee00000000000000000000000000000000c0'
export const ETHER = 10n ** 18n
export const GWEI = 10n ** 9n
