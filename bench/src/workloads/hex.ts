/** Hex helpers shared by the generators (fixture JSON speaks 0x-hex). */

export type Hex = `0x${string}`

/** A quantity as JSON-RPC writes it: no leading zeros, 0 is 0x0. */
export function quantity(n: bigint | number): Hex {
  return `0x${n.toString(16)}`
}

/** 32-byte word, left-padded, no 0x. */
export function word(n: bigint): string {
  return n.toString(16).padStart(64, '0')
}

/** An address (20 bytes, lower-case) from an integer. */
export function addressFromInt(n: bigint): Hex {
  return `0x${n.toString(16).padStart(40, '0')}`
}

export function hexToBytes(h: string): Uint8Array {
  const s = h.startsWith('0x') ? h.slice(2) : h
  return Uint8Array.from(Buffer.from(s, 'hex'))
}

export function bytesToHex(b: Uint8Array): Hex {
  return `0x${Buffer.from(b).toString('hex')}`
}
