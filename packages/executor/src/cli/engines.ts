import { executeSequential } from '../block/sequential.js'
import type { BlockInput, BlockResult } from '../types.js'
import { UsageError } from './args.js'

export interface CliEngineRun {
  result: BlockResult
  stats?: Record<string, unknown>
}

export type CliEngine = (block: BlockInput, options: Map<string, string | true>) => Promise<CliEngineRun>

/** Engines the CLI can run. The reference engine loads @ethereumjs/vm lazily (an optional dependency). */
export const ENGINES: Record<string, CliEngine> = {
  sequential: async (block) => ({ result: await executeSequential(block) }),
  parallel: async (block, options) => {
    const { ParallelExecutor } = await import('../parallel/engine.js')
    const workers = Number(options.get('workers') ?? 2)
    const strategy = String(options.get('strategy') ?? 'blockstm')
    if (!['blockstm', 'dag', 'sequential'].includes(strategy)) throw new UsageError(`unknown strategy ${strategy}`)
    const ex = await ParallelExecutor.create({ workers })
    try {
      const { stats, ...result } = await ex.execute(block, { strategy: strategy as 'blockstm' })
      return { result, stats: { ...stats } }
    } finally {
      await ex.close()
    }
  },
  reference: async (block) => {
    const { executeReference } = await import('../reference/index.js')
    return { result: await executeReference(block) }
  },
}
