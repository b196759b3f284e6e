/**
 * TxInput → an ethereumjs transaction whose sender is `TxInput.from`.
 *
 * Generated blocks carry no signatures and mainnet fixtures already name the recovered sender,
 * so the oracle never runs ecrecover: the tx is built unsigned and unfrozen, and
 * `getSenderAddress` is overridden on the instance. `runTx` (10.1.3) asks for the sender only
 * through that method and passes it on explicitly (intrinsic gas, the 7623 floor, the call).
 */
import { createTx } from '@ethereumjs/tx'
import type { TypedTransaction } from '@ethereumjs/tx'
import { Address, hexToBytes } from '@ethereumjs/util'

import { ethjsTxData } from '../tx/ethjs-data.js'
import type { Common } from '@ethereumjs/common'

import type { TxInput } from '../types.js'

export function buildTx(input: TxInput, common: Common, chainId: bigint): TypedTransaction {
  const tx = createTx(ethjsTxData(input, chainId), { common, freeze: false })
  const sender = new Address(hexToBytes(input.from))
  Object.defineProperty(tx, 'getSenderAddress', { value: () => sender })
  return tx
}
