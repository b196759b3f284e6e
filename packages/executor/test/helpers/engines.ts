/**
 * Runs a generated block on the oracle and, once the package exports it, on the sequential
 * engine, comparing the two in full. Until `executeSequential` exists the comparison is skipped
 * (and logged), so each case still checks the oracle's hand-derived facts.
 */
import type { ExecutionContext } from 'ava'

import { InvalidTransactionError } from '../../src/errors.js'
import type { InvalidTxReason } from '../../src/errors.js'
import { ReferenceInvalidTxError, executeReference } from '../../src/reference/index.js'
import type { BlockInput, BlockResult } from '../../src/types.js'
import { assertSameResult } from './compare.js'

export type Engine = (block: BlockInput) => Promise<BlockResult>

let cached: Promise<Engine | undefined> | undefined

/** The lead's `executeSequential`, if `src/index.ts` exports it yet. */
export function sequentialEngine(): Promise<Engine | undefined> {
  cached ??= import('../../src/index.js').then((mod: Record<string, unknown>) =>
    typeof mod.executeSequential === 'function' ? (mod.executeSequential as Engine) : undefined,
  )
  return cached
}

/** Executes on both; returns the reference result for the case's own assertions. */
export async function runBoth(t: ExecutionContext, block: BlockInput): Promise<BlockResult> {
  const reference = await executeReference(block)
  const engine = await sequentialEngine()
  if (engine === undefined) {
    t.log('executeSequential is not exported yet: oracle checked alone')
    return reference
  }
  const result = await engine(block)
  assertSameResult(t, reference, result, 'sequential')
  return reference
}

/** Both engines must refuse the block, naming `txIndex` and `reason`. */
export async function expectInvalidBoth(
  t: ExecutionContext,
  block: BlockInput,
  txIndex: number,
  reason: InvalidTxReason,
): Promise<void> {
  const ref = await t.throwsAsync(executeReference(block), { instanceOf: ReferenceInvalidTxError })
  if (ref instanceof ReferenceInvalidTxError) {
    t.is(ref.txIndex, txIndex, `reference names tx ${ref.txIndex}: ${ref.detail}`)
    t.is(ref.reason, reason, `reference reason: ${ref.detail}`)
  }
  const engine = await sequentialEngine()
  if (engine === undefined) {
    t.log('executeSequential is not exported yet: oracle checked alone')
    return
  }
  const err = await t.throwsAsync(engine(block))
  t.true(err instanceof InvalidTransactionError, `sequential threw ${err?.name}: ${err?.message}`)
  if (err instanceof InvalidTransactionError) {
    t.is(err.txIndex, txIndex, `sequential names tx ${err.txIndex}: ${err.message}`)
    t.is(err.reason, reason, `sequential reason: ${err.message}`)
  }
}
