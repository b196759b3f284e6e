import type { WireAccess } from './access.js'
import type { BlockInput } from './deps.js'

/** main → worker: simulate these transactions of this block. */
export interface SimulateTask {
  type: 'simulate'
  block: BlockInput
  indices: number[]
}

export type SimulateReply =
  | { type: 'ready' }
  | { type: 'done'; results: WireAccess[]; busyMs: number }
  | { type: 'error'; message: string; stack?: string }
