/**
 * TxInput → the field object @ethereumjs/tx builds a transaction from (unsigned unless
 * `withSignature`): shared by the reference oracle and sender recovery.
 */
import type { TypedTxData } from '@ethereumjs/tx'
import { bigIntToUnpaddedBytes, hexToBytes } from '@ethereumjs/util'

import type { TxInput } from '../types.js'

export function ethjsTxData(input: TxInput, chainId: bigint, withSignature = false): TypedTxData {
  const base = {
    nonce: input.nonce,
    gasLimit: input.gasLimit,
    to: input.to ?? undefined,
    value: input.value,
    data: input.data,
  }
  const accessList = input.accessList.map((a) => ({ address: a.address, storageKeys: a.storageKeys }))
  const txChainId = input.chainId ?? chainId
  let data: TypedTxData
  switch (input.type) {
    case 0:
      data = { ...base, type: 0, gasPrice: input.gasPrice }
      break
    case 1:
      data = { ...base, type: 1, gasPrice: input.gasPrice, chainId: txChainId, accessList }
      break
    case 2:
      data = { ...base, type: 2, chainId: txChainId, accessList, ...fees(input) }
      break
    case 3:
      data = {
        ...base,
        type: 3,
        chainId: txChainId,
        accessList,
        ...fees(input),
        maxFeePerBlobGas: input.maxFeePerBlobGas,
        blobVersionedHashes: input.blobVersionedHashes ?? [],
      }
      break
    case 4:
      data = {
        ...base,
        type: 4,
        chainId: txChainId,
        accessList,
        ...fees(input),
        authorizationList: (input.authorizationList ?? []).map((a) => [
          bigIntToUnpaddedBytes(a.chainId),
          hexToBytes(a.address),
          bigIntToUnpaddedBytes(a.nonce),
          bigIntToUnpaddedBytes(BigInt(a.yParity)),
          bigIntToUnpaddedBytes(a.r),
          bigIntToUnpaddedBytes(a.s),
        ]),
      }
      break
    default:
      throw new Error(`unsupported transaction type ${input.type}`)
  }
  if (withSignature) Object.assign(data, { v: input.v, r: input.r, s: input.s })
  return data
}

function fees(input: TxInput): { maxFeePerGas?: bigint; maxPriorityFeePerGas?: bigint } {
  return { maxFeePerGas: input.maxFeePerGas, maxPriorityFeePerGas: input.maxPriorityFeePerGas }
}
