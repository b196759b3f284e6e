import type { Scheduler } from './scheduler.js'
import type { TaskKind, TxIdx } from './types.js'

/**
 * A dispatch policy. It decides *which* task a worker gets, using the scheduler's strategy
 * primitives (`nextVersionToExecute`, `nextVersionToValidate`, `claimCursorExecution`,
 * `claimExecution`, `defer`, `checkDone`, ...); it never changes *whether* a transaction is
 * executed and validated - that stays with the state machine in scheduler.ts, so any
 * strategy that only uses the primitives keeps the results identical to serial execution.
 *
 * Strategies are stateless objects: per-block state belongs in shared memory (the scheduler
 * exposes the graph, learned edges and statuses). Code cannot cross threads, so a custom
 * strategy must be registered (`registerStrategy`) in every thread that uses the scheduler,
 * or passed to `Scheduler.fromShared`; the shared memory only carries its name.
 */
export interface Strategy {
  readonly name: string
  /**
   * Find the next task for this worker. Must return EXECUTE / VALIDATE with
   * `s.taskTx`/`s.taskIncarnation` set by a primitive, NONE only when there is nothing to do
   * until other workers make progress (the worker then sleeps until `notifyWork`), or DONE
   * when `s.checkDone()` says so. Must not allocate.
   */
  nextTask(s: Scheduler): TaskKind
  /**
   * Optional. Called right after this worker claimed `tx` for execution (READY -> EXECUTING,
   * an active task is held), before the task is handed out. Return false after parking the
   * tx with `s.defer(tx, blocker)` (which released the active task) to skip it for now.
   */
  admit?(s: Scheduler, tx: TxIdx): boolean
  /**
   * Optional. Called when `tx` finished executing (it is EXECUTED and its dependents were
   * resumed). Return a tx this worker claimed with `s.claimExecution` to execute next
   * (the active task carries over), or -1.
   */
  afterExecution?(s: Scheduler, tx: TxIdx): TxIdx
  /**
   * Optional. Called when a validation aborted `tx` (before it is made READY again), with
   * the lower tx whose write invalidated its reads when the executor knows it
   * (finishValidation's conflictTx), else -1. For strategies that learn from conflicts.
   */
  afterAbort?(s: Scheduler, tx: TxIdx, conflictTx: TxIdx): void
}

const registry = new Map<string, Strategy>()

export function registerStrategy(strategy: Strategy): void {
  const existing = registry.get(strategy.name)
  if (existing && existing !== strategy) throw new Error(`another strategy is already registered as '${strategy.name}'`)
  registry.set(strategy.name, strategy)
}

export function lookupStrategy(name: string): Strategy {
  const s = registry.get(name)
  if (!s) throw new Error(`unknown strategy '${name}': registerStrategy() it in this thread first`)
  return s
}
