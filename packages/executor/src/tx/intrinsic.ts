import type { BlockEnv } from '../block/env.js'
import type { TxInput } from '../types.js'

/** Intrinsic gas: base, calldata, creation, access list, initcode words, authorisations. */
export function intrinsicGas(tx: TxInput, env: BlockEnv): bigint {
  const c = env.gas
  // A plain call or transfer: the base cost, no BigInt arithmetic.
  if (tx.data.length === 0 && tx.to !== null && tx.accessList.length === 0 && tx.type !== 4) return c.txGas
  let gas = c.txGas
  const zero = c.txDataZeroGas
  const nonZero = c.txDataNonZeroGas
  let zeros = 0
  for (let i = 0; i < tx.data.length; i++) if (tx.data[i] === 0) zeros++
  gas += zero * BigInt(zeros) + nonZero * BigInt(tx.data.length - zeros)
  if (tx.to === null) {
    if (env.eip.homestead) gas += c.txCreationGas
    if (env.eip.e3860) gas += c.initCodeWordGas * BigInt(Math.ceil(tx.data.length / 32))
  }
  if (tx.type >= 1) {
    let slots = 0
    for (const item of tx.accessList) slots += item.storageKeys.length
    gas += c.accessListAddressGas * BigInt(tx.accessList.length) + c.accessListStorageKeyGas * BigInt(slots)
  }
  if (tx.type === 4) gas += c.perEmptyAccountCost * BigInt(tx.authorizationList!.length)
  return gas
}

/** EIP-7623 floor: the least gas a transaction pays, from its calldata tokens. */
export function calldataFloorGas(tx: TxInput, env: BlockEnv): bigint {
  if (!env.eip.e7623) return 0n
  if (tx.data.length === 0) return env.gas.txGas
  let tokens = 0n
  for (let i = 0; i < tx.data.length; i++) tokens += tx.data[i] === 0 ? 1n : 4n
  return env.gas.txGas + env.gas.totalCostFloorPerToken * tokens
}
