/**
 * `openBaseState(spec, block)`: the base state a run reads from, described by a
 * plain, structured-cloneable spec so the parallel engine can hand it to every
 * worker and each worker opens its own (LMDB handles and timers are per thread).
 */
import type { BlockInput } from '../types.js'
import { InMemoryState } from './base.js'
import type { BaseState } from './base.js'
import { CachedState, LatencyState } from './latency.js'
import type { LatencyMode } from './latency.js'
import { LmdbState } from './lmdb.js'

export type BaseStateSpec = ({ kind: 'memory' } | { kind: 'lmdb'; dir: string }) & {
  /** Every base read costs this many µs, asynchronously (LatencyState). 0 / absent: none. */
  latencyUs?: number
  /** How the latency is waited out (default 'hybrid'; 'sync' is for comparison only). */
  latencyMode?: LatencyMode
  /** Remember every answer of the base state in this thread (CachedState, outermost). */
  cache?: boolean
}

/** What `openBaseState` built, with its layers, and `close()` for the LMDB handle. */
export interface OpenedBaseState {
  state: BaseState
  lmdb?: LmdbState
  latency?: LatencyState
  cache?: CachedState
  close(): Promise<void>
}

/**
 * Builds the layered state a spec describes; see `openBaseState` for the plain form.
 * `memory`, when given, stands for the block's pre-state in memory.
 */
export function openBaseStateLayers(spec: BaseStateSpec, block: BlockInput, memory?: BaseState): OpenedBaseState {
  let lmdb: LmdbState | undefined
  let state: BaseState
  switch (spec.kind) {
    case 'memory':
      // A worker passes the pre-state image it already has (block.preState is empty there).
      state = memory ?? InMemoryState.fromBlock(block)
      break
    case 'lmdb':
      state = lmdb = LmdbState.open(spec.dir)
      break
    default:
      throw new Error(`unknown base state kind ${JSON.stringify((spec as { kind: unknown }).kind)}`)
  }
  let latency: LatencyState | undefined
  if (spec.latencyUs !== undefined && spec.latencyUs > 0) {
    state = latency = new LatencyState(state, { latencyUs: spec.latencyUs, mode: spec.latencyMode })
  }
  let cache: CachedState | undefined
  if (spec.cache) state = cache = new CachedState(state)
  return { state, lmdb, latency, cache, close: async () => lmdb?.close() }
}

/**
 * The base state for `block` as `spec` says: the block's pre-state in memory, or an
 * LMDB directory written by `importBlockState`, wrapped in a LatencyState when
 * `latencyUs > 0` (and a CachedState when `cache`). An LMDB handle stays open for the
 * thread's life unless closed through `openBaseStateLayers`.
 */
export function openBaseState(spec: BaseStateSpec, block: BlockInput): BaseState {
  return openBaseStateLayers(spec, block).state
}
