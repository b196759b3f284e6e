import { executeSequential } from '../block/sequential.js'
import { openBaseStateLayers } from '../state/open.js'
import type { BaseStateSpec } from '../state/open.js'
import type { BlockInput, BlockResult } from '../types.js'
import { UsageError } from './args.js'

export interface CliEngineRun {
  result: BlockResult
  stats?: Record<string, unknown>
}

export type CliEngine = (block: BlockInput, options: Map<string, string | true>) => Promise<CliEngineRun>

/** `--state DIR` (an LMDB store made by `blockstm import`) and `--latency-us L` → a base-state spec. */
export function stateSpec(options: Map<string, string | true>): BaseStateSpec {
  const dir = options.get('state')
  const latency = options.get('latency-us')
  const latencyUs = latency === undefined ? 0 : Number(latency)
  if (!(latencyUs >= 0)) throw new UsageError(`--latency-us must be a non-negative number, got ${latency}`)
  const base: BaseStateSpec = typeof dir === 'string' ? { kind: 'lmdb', dir } : { kind: 'memory' }
  return latencyUs > 0 ? { ...base, latencyUs } : base
}

/** `--no-system-calls`: the transactions alone, without the system calls (EIP-4788/2935/7002/7251). */
const systemCalls = (options: Map<string, string | true>): boolean => !options.has('no-system-calls')

/** Engines the CLI can run. The reference engine loads @ethereumjs/vm lazily (an optional dependency). */
export const ENGINES: Record<string, CliEngine> = {
  sequential: async (block, options) => {
    const opened = openBaseStateLayers(stateSpec(options), block)
    try {
      return { result: await executeSequential(block, { state: opened.state, systemCalls: systemCalls(options) }) }
    } finally {
      await opened.close()
    }
  },
  parallel: async (block, options) => {
    const { ParallelExecutor, DEFAULT_STRATEGY } = await import('../parallel/engine.js')
    const workers = Number(options.get('workers') ?? 2)
    const strategy = String(options.get('strategy') ?? DEFAULT_STRATEGY)
    if (!['blockstm', 'dag', 'sequential', 'adaptive'].includes(strategy)) throw new UsageError(`unknown strategy ${strategy}`)
    const ex = await ParallelExecutor.create({ workers })
    try {
      // min-parallel-gas: the executor's default unless given (0 = always parallel).
      const minParallelGas = options.has('min-parallel-gas') ? Number(options.get('min-parallel-gas')) : undefined
      if (minParallelGas !== undefined && !(Number.isInteger(minParallelGas) && minParallelGas >= 0)) throw new UsageError(`min-parallel-gas must be an integer ≥ 0, got ${options.get('min-parallel-gas')}`)
      const { stats, ...result } = await ex.execute(block, { strategy: strategy as 'blockstm', state: stateSpec(options), systemCalls: systemCalls(options), observeEdges: options.has('observe-edges'), senderEdges: !options.has('no-sender-edges'), ...(minParallelGas !== undefined ? { minParallelGas } : {}) })
      return { result, stats: { ...stats } }
    } finally {
      await ex.close()
    }
  },
  reference: async (block, options) => {
    if (options.has('state') || options.has('latency-us')) throw new UsageError('the reference engine reads the file\'s pre-state only (no --state / --latency-us)')
    const { executeReference } = await import('../reference/index.js')
    return { result: await executeReference(block, { systemCalls: systemCalls(options) }) }
  },
}
