/**
 * The executor API the harness uses, in one place. The reference oracle
 * (`@blockstm/executor/reference`, stock @ethereumjs/vm) is loaded lazily so
 * runs that do not use it never load ethereumjs/vm.
 */
import type { BlockInput, BlockResult } from '@blockstm/executor'

export { executeSequential, forgetBlockImage, loadBlockFile, openBaseStateLayers, parseBlockJson, stateDiffHash, ParallelExecutor } from '@blockstm/executor'
export type { BaseStateSpec, BlockInput, BlockResult, ParallelOptions, ParallelResult, ParallelStats } from '@blockstm/executor'

type ExecuteReference = (block: BlockInput) => Promise<BlockResult>

let reference: Promise<ExecuteReference> | undefined

export function loadReference(): Promise<ExecuteReference> {
  reference ??= import('@blockstm/executor/reference').then((m) => m.executeReference)
  return reference
}
