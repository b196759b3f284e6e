/**
 * A transaction with everything that does not depend on state computed once:
 * Address objects, intrinsic gas, the calldata floor, fee caps. Re-executions in
 * the parallel engine reuse it.
 */
import { Address } from '@ethereumjs/util'

import type { BlockEnv } from '../block/env.js'
import type { TxKeys } from '../codec/tx.js'
import type { TxInput } from '../types.js'
import { calldataFloorGas, intrinsicGas } from './intrinsic.js'

export interface PreparedTx {
  readonly input: TxInput
  readonly index: number
  readonly caller: Address
  readonly callerKey: string
  readonly to: Address | undefined
  readonly toKey: string | undefined
  readonly intrinsicGas: bigint
  readonly floorGas: bigint
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

/**
 * The Address objects are made on first use: a plain transfer (processTx's direct
 * path) never needs them, and two Buffers per transaction were a tenth of what a
 * parallel worker allocates on a block of transfers.
 */
class Prepared implements PreparedTx {
  private callerAddress: Address | undefined
  private toAddress: Address | undefined
  readonly index: number
  readonly callerKey: string
  readonly toKey: string | undefined

  constructor(
    readonly input: TxInput,
    readonly intrinsicGas: bigint,
    readonly floorGas: bigint,
    readonly gasPrice: bigint,
    readonly inclusionFeePerGas: bigint,
    readonly maxCost: bigint,
    readonly upfrontGasCost: bigint,
    readonly blobGas: bigint,
    readonly blobVersionedHashes: Uint8Array[] | undefined,
    readonly accessList: { address: string; slots: string[] }[],
    keys: TxKeys | undefined,
  ) {
    this.index = input.index
    this.callerKey = keys?.from ?? input.from.slice(2).toLowerCase()
    this.toKey = keys !== undefined ? keys.to : input.to === null ? undefined : input.to.slice(2).toLowerCase()
  }

  get caller(): Address {
    return (this.callerAddress ??= addr(this.input.from))
  }

  get to(): Address | undefined {
    return this.input.to === null ? undefined : (this.toAddress ??= addr(this.input.to))
  }
}

const NO_ACCESS_LIST: { address: string; slots: string[] }[] = []

/** `keys`: the state keys of `tx.from` and `tx.to` when the caller has them (decodeTx); read once, not kept. */
export function prepareTx(tx: TxInput, env: BlockEnv, keys?: TxKeys): PreparedTx {
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
  const blobGas = tx.type === 3 ? env.common.param('blobGasPerBlob') * BigInt(tx.blobVersionedHashes?.length ?? 0) : 0n
  return new Prepared(
    tx,
    intrinsicGas(tx, env),
    calldataFloorGas(tx, env),
    gasPrice,
    inclusion,
    // Blob terms only for blob transactions: each BigInt product is an allocation.
    blobGas === 0n ? tx.value + tx.gasLimit * feeCap : tx.value + tx.gasLimit * feeCap + blobGas * (tx.maxFeePerBlobGas ?? 0n),
    blobGas === 0n ? tx.gasLimit * gasPrice : tx.gasLimit * gasPrice + blobGas * env.blobGasPrice,
    blobGas,
    tx.blobVersionedHashes?.map((h) => Buffer.from(h.slice(2), 'hex')),
    // Never mutated by readers: the empty list is shared.
    tx.accessList.length === 0 ? NO_ACCESS_LIST : tx.accessList.map((i) => ({ address: i.address.slice(2), slots: i.storageKeys.map((k) => k.slice(2)) })),
    keys,
  )
}
