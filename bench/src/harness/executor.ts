/**
 * The executor API the harness uses, in one place. The reference oracle
 * (`@blockstm/executor/reference`, stock @ethereumjs/vm) runs in a worker thread of its own
 * (src/reference.worker.ts), so the main thread never loads ethereumjs/vm.
 */
export { executeSequential, forgetBlockImage, loadBlockFile, openBaseStateLayers, parseBlockJson, stateDiffHash, ParallelExecutor, DEFAULT_STRATEGY } from '@blockstm/executor'
export type { BaseStateSpec, BlockInput, BlockResult, ParallelOptions, ParallelResult, ParallelStats } from '@blockstm/executor'
