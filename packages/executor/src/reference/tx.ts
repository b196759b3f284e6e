/**
 * TxInput → an ethereumjs transaction whose sender is `TxInput.from`.
 *
 * Generated blocks carry no signatures and mainnet fixtures already name the recovered sender,
 * so the oracle never runs ecrecover: the tx is built unsigned and unfrozen, and
 * `getSenderAddress` is overridden on the instance. `runTx` (10.1.3) asks for the sender only
 * through that method and passes it on explicitly (intrinsic gas, the 7623 floor, the call).
 */
import { createTx } from '@ethereumjs/tx'
import type { TypedTransaction, TypedTxData } from '@ethereumjs/tx'
import { Address, bigIntToUnpaddedBytes, hexToBytes } from '@ethereumjs/util'
import type { Common } from '@ethereumjs/common'

import type { TxInput } from '../types.js'

export function buildTx(input: TxInput, common: Common, chainId: bigint): TypedTransaction {
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
  const tx = createTx(data, { common, freeze: false })
  const sender = new Address(hexToBytes(input.from))
  Object.defineProperty(tx, 'getSenderAddress', { value: () => sender })
  return tx
}

function fees(input: TxInput): { maxFeePerGas?: bigint; maxPriorityFeePerGas?: bigint } {
  return { maxFeePerGas: input.maxFeePerGas, maxPriorityFeePerGas: input.maxPriorityFeePerGas }
}
