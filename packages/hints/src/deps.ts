/**
 * Every import from the other workspace packages goes through this one file.
 *
 * Why relative deep paths: packages/hints has no node_modules links yet (no
 * `pnpm install` has run since the dependencies were declared), so
 * `@blockstm/executor` does not resolve from here; and the executor's index also
 * pulls in the parallel engine and its on-disk storage (lmdb, a native module the
 * simulation worker bundle could not load from packages/hints/dist). Only the
 * single-transaction pieces are needed. Once the packages resolve, these can become
 * `@blockstm/executor` / `@blockstm/scheduler` imports, provided the executor
 * exports `makeEvm` and `keccak256` and its index loads lmdb lazily.
 */
export { InMemoryState, EMPTY_CODE_HASH } from '../../executor/src/state/base.js'
export type { AccountRecord, BaseState, MaybePromise } from '../../executor/src/state/base.js'
export type { StateReader, WriteBuffer } from '../../executor/src/state/reader.js'
export { TxState } from '../../executor/src/state/tx-state.js'
export { BlockState } from '../../executor/src/state/block-state.js'
export { InvalidTransactionError } from '../../executor/src/errors.js'
export { makeBlockEnv } from '../../executor/src/block/env.js'
export type { BlockEnv } from '../../executor/src/block/env.js'
export { makeEvm } from '../../executor/src/block/evm.js'
export { prepareTx } from '../../executor/src/tx/prepared.js'
export type { PreparedTx } from '../../executor/src/tx/prepared.js'
export { processTx, checkStatic } from '../../executor/src/tx/process.js'
export { keccak256 } from '../../executor/src/hash.js'
export type { BlockInput, Hex, TxInput } from '../../executor/src/types.js'
export { DependencyGraph } from '../../scheduler/src/graph.js'
export type { CsrGraph } from '../../scheduler/src/graph.js'
