/**
 * Every import from the other workspace packages goes through this one file: the
 * single-transaction pieces of the executor (state views, transaction processing)
 * and the scheduler's graph type. The executor loads lmdb lazily, so a simulation
 * worker bundle does not need it.
 */
export { InMemoryState, EMPTY_CODE_HASH } from '@blockstm/executor'
export type { AccountRecord, BaseState, MaybePromise } from '@blockstm/executor'
export type { StateReader, WriteBuffer } from '@blockstm/executor'
export { TxState } from '@blockstm/executor'
export { BlockState } from '@blockstm/executor'
export { InvalidTransactionError } from '@blockstm/executor'
export { makeBlockEnv } from '@blockstm/executor'
export type { BlockEnv } from '@blockstm/executor'
export { makeEvm } from '@blockstm/executor'
export { prepareTx } from '@blockstm/executor'
export type { PreparedTx } from '@blockstm/executor'
export { processTx, checkStatic } from '@blockstm/executor'
export { keccak256 } from '@blockstm/executor'
export type { BlockInput, Hex, TxInput } from '@blockstm/executor'
export { DependencyGraph } from '@blockstm/scheduler'
export type { CsrGraph } from '@blockstm/scheduler'
export { listenOnce } from '@blockstm/executor'
