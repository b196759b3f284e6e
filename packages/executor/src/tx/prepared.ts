/**
 * A transaction with everything that does not depend on state computed once:
 * Address objects, intrinsic gas, the calldata floor, fee caps. Re-executions in
 * the parallel engine reuse it.
 */
import { Address } from '@ethereumjs/util'

import type { BlockEnv } from '../block/env.js'
import type { TxInput } from '../types.js'
import { calldataFloorGas, intrinsicGas } from './intrinsic.js'

export interface PreparedTx {
  input: TxInput
  index: number
  caller: Address
  callerKey: string
  to: Address | undefined
  toKey: string | undefined
  intrinsicGas: bigint
  floorGas: bigint
  /** Per-gas price actually paid, and the part of it that goes to the beneficiary. */
  gasPrice: bigint
  inclusionFeePerGas: bigint
  /** Most the sender can be charged (balance check): value + gas × fee cap + blob gas × blob fee cap. */
  maxCost: bigint
  /** Charged before execution: gasLimit × gasPrice (+ blob fee). */
  upfrontGasCost: bigint
  blobGas: bigint
  blobVersionedHashes: Uint8Array[] | undefined
  accessList: { address: string; slots: string[] }[]
}

const addr = (h: string): Address => new Address(Buffer.from(h.slice(2), 'hex'))

export function prepareTx(tx: TxInput, env: BlockEnv): PreparedTx {
  const baseFee = env.baseFee
  let gasPrice: bigint
  let inclusion: bigint
  let feeCap: bigint
  if (tx.type >= 2) {
    const maxFee = tx.maxFeePerGas!
    const prio = tx.maxPriorityFeePerGas!
    const b = baseFee ?? 0n
    inclusion = prio < maxFee - b ? prio : maxFee - b
    gasPrice = b + inclusion
    feeCap = maxFee
  } else {
    gasPrice = tx.gasPrice!
    inclusion = baseFee === undefined ? gasPrice : gasPrice - baseFee
    feeCap = gasPrice
  }
  const blobCount = BigInt(tx.blobVersionedHashes?.length ?? 0)
  const blobGas = tx.type === 3 ? env.common.param('blobGasPerBlob') * blobCount : 0n
  return {
    input: tx,
    index: tx.index,
    caller: addr(tx.from),
    callerKey: tx.from.slice(2).toLowerCase(),
    to: tx.to === null ? undefined : addr(tx.to),
    toKey: tx.to === null ? undefined : tx.to.slice(2).toLowerCase(),
    intrinsicGas: intrinsicGas(tx, env),
    floorGas: calldataFloorGas(tx, env),
    gasPrice,
    inclusionFeePerGas: inclusion,
    maxCost: tx.value + tx.gasLimit * feeCap + blobGas * (tx.maxFeePerBlobGas ?? 0n),
    upfrontGasCost: tx.gasLimit * gasPrice + blobGas * env.blobGasPrice,
    blobGas,
    blobVersionedHashes: tx.blobVersionedHashes?.map((h) => Buffer.from(h.slice(2), 'hex')),
    accessList: tx.accessList.map((i) => ({ address: i.address.slice(2), slots: i.storageKeys.map((k) => k.slice(2)) })),
  }
}
