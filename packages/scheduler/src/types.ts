// Names follow the Block-STM paper and pevm: a transaction is identified by its index in
// the block, each (re-)execution of it is a new incarnation, and the pair is a version.

/** Index of a transaction in the block (0-based, block order is the serial order). */
export type TxIdx = number
/** How many times a transaction was (re-)incarnated before; 0 for its first execution. */
export type Incarnation = number

export interface TxVersion {
  readonly txIdx: TxIdx
  readonly incarnation: Incarnation
}

/**
 * What a worker should do next. Returned by `nextTask()` and, as a follow-up handed back
 * directly (no trip through the shared cursors), by `finishExecution()` and
 * `finishValidation()`; the task itself is in `taskTx` / `taskIncarnation`.
 */
export const TaskKind = {
  /** From nextTask: nothing to do right now, call waitForWork(). From finish*: no follow-up, call nextTask(). */
  NONE: 0,
  EXECUTE: 1,
  VALIDATE: 2,
  /** Every transaction is executed and validated; the block is final. */
  DONE: 3,
} as const
export type TaskKind = (typeof TaskKind)[keyof typeof TaskKind]

/** Built-in strategy names. */
export type StrategyName = 'blockstm' | 'dag' | 'sequential' | 'adaptive'

/** finishExecution's readFrom: the execution read no lower tx's write (storage, or nothing). */
export const READ_FROM_NONE = -1
/** readFromOf: the tx has not finished an execution in this block, or its executor did not say. */
export const READ_FROM_UNKNOWN = -2
