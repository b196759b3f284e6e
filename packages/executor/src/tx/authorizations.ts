/**
 * EIP-7702 authorisation processing (Prague): each valid tuple bumps the
 * authority's nonce and sets its code to a delegation designator.
 */
import type { EVM } from '@ethereumjs/evm'
import { Account, Address, bigIntToUnpaddedBytes, eoaCode7702RecoverAuthority, equalsBytes, setLengthLeft } from '@ethereumjs/util'

import type { BlockEnv } from '../block/env.js'
import type { TxInput } from '../types.js'

const DELEGATION_PREFIX = Uint8Array.of(0xef, 0x01, 0x00)
const SECP256K1_N_DIV_2 = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n
const MAX_UINT64 = (1n << 64n) - 1n

/** Returns the gas refund earned by authorisations of already-existing accounts. */
export async function applyAuthorizations(evm: EVM, env: BlockEnv, tx: TxInput): Promise<bigint> {
  const state = evm.stateManager
  let refund = 0n
  const perExisting = env.common.param('perEmptyAccountCost') - env.common.param('perAuthBaseGas')
  const chainId = env.common.chainId()
  for (const auth of tx.authorizationList ?? []) {
    if (auth.chainId !== 0n && auth.chainId !== chainId) continue
    if (auth.nonce >= MAX_UINT64) continue
    if (auth.s > SECP256K1_N_DIV_2 || auth.yParity > 1) continue
    let authority: Address
    try {
      authority = eoaCode7702RecoverAuthority([
        bigIntToUnpaddedBytes(auth.chainId),
        Buffer.from(auth.address.slice(2), 'hex'),
        bigIntToUnpaddedBytes(auth.nonce),
        bigIntToUnpaddedBytes(BigInt(auth.yParity)),
        setLengthLeft(bigIntToUnpaddedBytes(auth.r), 32),
        setLengthLeft(bigIntToUnpaddedBytes(auth.s), 32),
      ])
    } catch {
      continue
    }
    const existing = await state.getAccount(authority)
    const account = existing ?? new Account()
    evm.journal.addAlwaysWarmAddress(authority.toString())
    if (account.isContract()) {
      const code = await state.getCode(authority)
      if (!equalsBytes(code.subarray(0, 3), DELEGATION_PREFIX)) continue
    }
    if (account.nonce !== auth.nonce) continue
    if (existing !== undefined) refund += perExisting
    account.nonce++
    await evm.journal.putAccount(authority, account)
    const target = Buffer.from(auth.address.slice(2), 'hex')
    const clearing = target.every((b) => b === 0)
    await state.putCode(authority, clearing ? new Uint8Array(0) : Buffer.concat([DELEGATION_PREFIX, target]))
  }
  return refund
}
