/** EIP-7702 authorizations signed with a known key (the signature is real: engines recover it). */
import { bigIntToBytes, bytesToBigInt, bytesToHex, eoaCode7702SignAuthorization, hexToBytes } from '@ethereumjs/util'

import type { Authorization, Hex } from '../../src/types.js'

export function authorize(key: Uint8Array, chainId: bigint, target: Hex, nonce: bigint): Authorization {
  const [c, a, n, y, r, s] = eoaCode7702SignAuthorization(
    [bigIntToBytes(chainId), hexToBytes(target), bigIntToBytes(nonce)],
    key,
  )
  return {
    chainId: bytesToBigInt(c),
    address: bytesToHex(a).toLowerCase() as Hex,
    nonce: bytesToBigInt(n),
    yParity: Number(bytesToBigInt(y)),
    r: bytesToBigInt(r),
    s: bytesToBigInt(s),
  }
}
