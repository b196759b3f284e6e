/**
 * Every import from the other workspace packages goes through this one file.
 *
 * Why relative paths: packages/hints has no node_modules links yet (no `pnpm install`
 * has run since the dependencies were declared), so `@blockstm/executor` does not
 * resolve from here. Once it does, replace the two paths below with
 * `@blockstm/executor` / `@blockstm/scheduler`; nothing else changes. `makeEvm` and
 * `keccak256` are not exported from the executor's index (yet), hence the deep paths.
 */
export {
  InMemoryState,
  EMPTY_CODE_HASH,
  TxState,
  BlockState,
  InvalidTransactionError,
  makeBlockEnv,
  prepareTx,
  processTx,
  checkStatic,
  executeSequential,
  stateDiffHash,
  ParallelExecutor,
  parseBlockJson,
} from '../../executor/src/index.js'
export type {
  AccountRecord,
  BaseState,
  BlockEnv,
  BlockInput,
  BlockResult,
  Hex,
  MaybePromise,
  ParallelOptions,
  ParallelResult,
  PreparedTx,
  StateReader,
  TxInput,
  WriteBuffer,
} from '../../executor/src/index.js'
export { makeEvm } from '../../executor/src/block/evm.js'
export { keccak256 } from '../../executor/src/hash.js'
export { DependencyGraph } from '../../scheduler/src/index.js'
export type { CsrGraph } from '../../scheduler/src/index.js'
