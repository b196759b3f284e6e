/**
 * Typed errors. Each names what was wrong precisely enough to act on: the field and,
 * where there is one, the transaction index.
 */

/** Malformed block input (a field missing, of the wrong type or out of range). */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(
    /** Dotted path of the offending field, e.g. `block.transactions[3].gas`. */
    readonly field: string,
    readonly problem: string,
    /** Index of the transaction the field belongs to, when it belongs to one. */
    readonly txIndex?: number,
  ) {
    super(`${field}: ${problem}`)
  }
}

/** Reasons a transaction is not valid in its block (the block is then invalid). */
export type InvalidTxReason =
  | 'NONCE_TOO_LOW'
  | 'NONCE_TOO_HIGH'
  | 'NONCE_MAX'
  | 'INSUFFICIENT_FUNDS'
  | 'INTRINSIC_GAS_TOO_LOW'
  | 'FEE_CAP_BELOW_BASE_FEE'
  | 'PRIORITY_FEE_ABOVE_FEE_CAP'
  | 'BLOB_FEE_CAP_BELOW_BLOB_BASE_FEE'
  | 'SENDER_NOT_EOA'
  | 'GAS_LIMIT_ABOVE_BLOCK'
  | 'BLOCK_GAS_EXHAUSTED'
  | 'TX_TYPE_NOT_ACTIVE'
  | 'INITCODE_TOO_LARGE'
  | 'BLOB_TX_INVALID'
  | 'AUTHORIZATION_LIST_EMPTY'
  | 'SENDER_MISMATCH'

export class InvalidTransactionError extends Error {
  override readonly name = 'InvalidTransactionError'
  constructor(
    readonly txIndex: number,
    readonly reason: InvalidTxReason,
    detail: string,
  ) {
    super(`transaction ${txIndex} is invalid (${reason}): ${detail}`)
  }
}

/**
 * The block is invalid as a whole, not through one transaction: a post-block system call
 * (EIP-7002 / EIP-7251) failed, or a deposit log (EIP-6110) does not have the layout the
 * consensus layer reads. `eip` names the rule.
 */
export class InvalidBlockError extends Error {
  override readonly name = 'InvalidBlockError'
  constructor(
    readonly eip: number,
    detail: string,
  ) {
    super(`block is invalid (EIP-${eip}): ${detail}`)
  }
}
