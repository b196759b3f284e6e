import type { MVMemoryShared } from '@blockstm/mvmemory'
import type { SchedulerShared } from '@blockstm/scheduler'

import type { TxOutcome } from '../tx/process.js'
import type { BaseStateSpec } from '../state/open.js'
import type { SharedReadSetsShared } from './read-sets.js'

/** main → worker: run one block. */
export interface BlockTask {
  type: 'block'
  /** The block's header and pre-state, written once into shared memory (see block-image.ts). */
  blockImage: SharedArrayBuffer
  /** Its transactions, possibly still being written when the task arrives (block-image.ts). */
  txImage: SharedArrayBuffer
  mv: MVMemoryShared
  sched: SchedulerShared
  readSets: SharedReadSetsShared
  /** Float64Array[txCount]: each execution's gas, so that after the block every worker knows the cumulative gas (receipt-leaves.ts). */
  gasUsed: SharedArrayBuffer
  /** Where base state comes from; each worker opens its own (LMDB handle, latency clock). */
  state: BaseStateSpec
  /** Transactions each worker keeps in flight (slots); more than 1 pays off when reads wait on storage. */
  inflight: number
  /** Date.now() when the main thread posted it (to see the message's transfer cost). */
  sentAt: number
  /** Slots take new tasks as executions wait on storage, fewer while transactions conflict (ParallelOptions.adaptInflight). */
  adaptInflight: boolean
  /** Executions stop once their reads are known stale (ParallelOptions.staleAborts). */
  staleAborts: boolean
  /** Base-state keys to read ahead when the worker caches base reads (ParallelOptions.prefetch). */
  prefetch?: { accounts: string[]; slots: [address: string, slot: string][] }
  /** Test hook: make this worker fail mid-block ('throw' | 'exit'). */
  fault?: 'throw' | 'exit'
}

/** The final incarnation's outcome of one transaction, or why it is invalid. */
export type OutcomeEntry = [tx: number, outcome: TxOutcome] | [tx: number, invalid: { txIndex: number; reason: string; message: string }]

export type WorkerReply =
  | { type: 'ready' }
  /**
   * Sent as soon as the block is done, before the worker computes its diff share: the
   * main thread builds the receipts and their root from these while the workers diff.
   */
  | {
      type: 'outcomes'
      /** Final outcomes of the transactions this worker executed last (codec/outcome.ts). */
      outcomes: ArrayBuffer
    }
  /**
   * Next: this worker's share of the post-state diff, sent before it hashes its receipts'
   * leaves, so the main thread decodes it meanwhile (the decode was most of what the
   * main thread did after the last worker finished).
   */
  | {
      type: 'diff'
      /** This worker's share of the post-state diff (codec/state-diff.ts). */
      diff: ArrayBuffer
    }
  | {
      type: 'done'
      /** The receipts trie's leaves of this worker's final outcomes (parallel/receipt-leaves.ts). */
      leaves: ArrayBuffer
      busyMs: number
      startMs: number
      loopMs: number
      diffMs: number
      queuedMs: number
      doneAt: number
      /** The most slots that took tasks at once (adaptInflight moves it between 1 and inflight). */
      inflightPeak: number
      /** Executions this worker stopped early because their reads were stale (ParallelOptions.staleAborts). */
      staleAborts: number
    }
  | { type: 'error'; message: string; stack?: string; name?: string }
