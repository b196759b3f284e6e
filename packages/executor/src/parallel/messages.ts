import type { MVMemoryShared } from '@blockstm/mvmemory'
import type { SchedulerShared } from '@blockstm/scheduler'

import type { TxOutcome } from '../tx/process.js'
import type { BlockInput } from '../types.js'
import type { SharedReadSetsShared } from './read-sets.js'

/** main → worker: run one block. */
export interface BlockTask {
  type: 'block'
  block: BlockInput
  mv: MVMemoryShared
  sched: SchedulerShared
  readSets: SharedReadSetsShared
  /** Test hook: make this worker fail mid-block ('throw' | 'exit'). */
  fault?: 'throw' | 'exit'
}

/** The final incarnation's outcome of one transaction, or why it is invalid. */
export type OutcomeEntry = [tx: number, outcome: TxOutcome] | [tx: number, invalid: { txIndex: number; reason: string; message: string }]

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; outcomes: OutcomeEntry[]; busyMs: number }
  | { type: 'error'; message: string; stack?: string; name?: string }
