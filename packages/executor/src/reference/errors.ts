/**
 * How the oracle reports a transaction that cannot be included: the block is then invalid,
 * so this is thrown, never swallowed.
 */
import type { InvalidTxReason } from '../errors.js'

export class ReferenceInvalidTxError extends Error {
  override readonly name = 'ReferenceInvalidTxError'
  constructor(
    readonly txIndex: number,
    /** ethereumjs's own message (why `runTx` or the tx constructor refused it). */
    readonly detail: string,
    /** The same reason in the engines' vocabulary, when the message is recognised. */
    readonly reason: InvalidTxReason | undefined = classify(detail),
  ) {
    super(`reference: transaction ${txIndex} is invalid (${reason ?? 'UNCLASSIFIED'}): ${detail}`)
  }
}

// ethereumjs 10.1.3 message fragments (vm/src/runTx.ts, tx constructors) → reason. Ordered:
// the first match wins, so the more specific patterns come first.
const PATTERNS: [RegExp, InvalidTxReason][] = [
  [/remaining gas in the block|block gas exhausted/i, 'BLOCK_GAS_EXHAUSTED'],
  [/higher gas limit than the block/i, 'GAS_LIMIT_ABOVE_BLOCK'],
  [/INTRINSIC_GAS_TOO_LOW|gasLimit is too low/i, 'INTRINSIC_GAS_TOO_LOW'],
  [/maxFeePerBlobGas|blobGasPrice/i, 'BLOB_FEE_CAP_BELOW_BLOB_BASE_FEE'],
  [/less than the block's baseFeePerGas/i, 'FEE_CAP_BELOW_BASE_FEE'],
  [/maxFeePerGas cannot be less than maxPriorityFeePerGas/i, 'PRIORITY_FEE_ABOVE_FEE_CAP'],
  [/not EOA \(EIP-3607\)/i, 'SENDER_NOT_EOA'],
  [/enough funds/i, 'INSUFFICIENT_FUNDS'],
  [/EIP[- ]?\d+ (is )?not (activated|enabled)|only valid with EIP4844 active/i, 'TX_TYPE_NOT_ACTIVE'],
  [/initcode|INITCODE/i, 'INITCODE_TOO_LARGE'],
  [/nonce cannot (exceed|equal)/i, 'NONCE_MAX'],
  [/authorization list|authorizationList/i, 'AUTHORIZATION_LIST_EMPTY'],
  [/blob/i, 'BLOB_TX_INVALID'],
]

const NONCE = /account has nonce of: (\d+) tx has nonce of: (\d+)/

function classify(detail: string): InvalidTxReason | undefined {
  const nonce = NONCE.exec(detail)
  if (nonce !== null) return BigInt(nonce[2]) < BigInt(nonce[1]) ? 'NONCE_TOO_LOW' : 'NONCE_TOO_HIGH'
  for (const [re, reason] of PATTERNS) if (re.test(detail)) return reason
  return undefined
}
