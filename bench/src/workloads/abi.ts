/** The handful of ABI encodings the workloads send (fixed shapes, so no ABI library). */
import { keccak256 } from './keccak.js'

import { type Hex, word } from './hex.js'

function selector(signature: string): string {
  return Buffer.from(keccak256(new TextEncoder().encode(signature)).subarray(0, 4)).toString('hex')
}

export const SELECTORS = {
  transfer: selector('transfer(address,uint256)'),
  swapExactTokensForTokens: selector('swapExactTokensForTokens(uint256,uint256,address[],address,uint256)'),
} as const

function addr(a: Hex): string {
  return word(BigInt(a))
}

export function encodeTransfer(to: Hex, amount: bigint): Hex {
  return `0x${SELECTORS.transfer}${addr(to)}${word(amount)}`
}

export function encodeSwapExactTokensForTokens(
  amountIn: bigint,
  amountOutMin: bigint,
  path: Hex[],
  to: Hex,
  deadline: bigint,
): Hex {
  // Head: 5 words, the dynamic `path` at offset 0xa0; tail: length then elements.
  const head = word(amountIn) + word(amountOutMin) + word(0xa0n) + addr(to) + word(deadline)
  const tail = word(BigInt(path.length)) + path.map(addr).join('')
  return `0x${SELECTORS.swapExactTokensForTokens}${head}${tail}`
}
