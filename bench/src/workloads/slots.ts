/** Solidity storage slots of mapping entries, as the prestate must name them. */
import { keccak256 } from './keccak.js'

import { bytesToHex, hexToBytes, type Hex } from './hex.js'

/** keccak256(pad32(key) ++ pad32(slot)): the slot of `mapping(address => ...)[key]` declared at `slot`. */
export function mappingSlot(key: Hex, slot: Hex | number | bigint): Hex {
  const buf = new Uint8Array(64)
  buf.set(hexToBytes(key), 32 - (key.length - 2) / 2)
  const base = typeof slot === 'string' ? hexToBytes(slot) : hexToBytes(BigInt(slot).toString(16).padStart(64, '0'))
  buf.set(base, 64 - base.length)
  return bytesToHex(keccak256(buf))
}

/** Slot of `mapping(address => mapping(address => ...))[a][b]` declared at `slot`. */
export function nestedMappingSlot(a: Hex, b: Hex, slot: number): Hex {
  return mappingSlot(b, mappingSlot(a, slot))
}

/** A plain state variable's slot as a 32-byte key. */
export function plainSlot(slot: number | bigint): Hex {
  return `0x${BigInt(slot).toString(16).padStart(64, '0')}`
}
