import { executeSequential } from '../block/sequential.js'
import type { BlockInput, BlockResult } from '../types.js'

export interface CliEngineRun {
  result: BlockResult
  stats?: Record<string, unknown>
}

export type CliEngine = (block: BlockInput, options: Map<string, string | true>) => Promise<CliEngineRun>

/** Engines the CLI can run. The reference engine loads @ethereumjs/vm lazily (an optional dependency). */
export const ENGINES: Record<string, CliEngine> = {
  sequential: async (block) => ({ result: await executeSequential(block) }),
  reference: async (block) => {
    const { executeReference } = await import('../reference/index.js')
    return { result: await executeReference(block) }
  },
}
