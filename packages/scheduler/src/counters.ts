import { C, F } from './layout.js'

/** Totals of one block (since the last reset), summed over workers. */
export interface SchedulerCounters {
  /** EXECUTE tasks handed out (first executions plus re-executions). */
  executions: number
  /** Executions of a transaction that had already been executed in this block. */
  reExecutions: number
  /** VALIDATE tasks handed out. */
  validations: number
  /** Validations that aborted the transaction (tryValidationAbort succeeded). */
  failedValidations: number
  /** Suspensions: a read hit an ESTIMATE and the tx waited for its blocker (addDependency true). */
  dependencyWaits: number
  /** addDependency calls that found the blocker already executed (tx re-reads at once). */
  dependencyRetries: number
  /** dag: a claimed tx was parked on an unfinished predicted predecessor instead of executed. */
  deferrals: number
  /** dag: executions handed straight to the worker that finished the tx's predecessor. */
  chainedExecutions: number
  /** Times a worker went to sleep in Atomics.wait (after spinning). */
  sleeps: number
  /** Edges learned at run time (ESTIMATE hits, failed validations with a known conflict). */
  learnedEdges: number
  /**
   * Wall time of every execution, from its hand-out (nextTask, or a follow-up task) to its
   * finishExecution, or to the addDependency that abandoned it, or to a restartExecution
   * (an execution stopped and run again at once), summed over the workers.
   * With several execution slots per worker (the executor's `inflight`) executions overlap
   * on one thread and each counts its whole span, waits for storage included.
   */
  executionMs: number
  /**
   * The part of executionMs that bought nothing: executions later superseded by a newer
   * incarnation, executions abandoned on an ESTIMATE, and the parts of executions stopped
   * and restarted. executionMs minus the latest finished execution of every transaction.
   */
  wastedExecutionMs: number
  perWorker: WorkerCounters[]
}

export interface WorkerCounters {
  executions: number
  validations: number
  /** Time between the worker's first nextTask and DONE, minus idle time. */
  busyMs: number
  /** Time spent in waitForWork (spinning or sleeping). */
  idleMs: number
  /** This worker's share of SchedulerCounters.executionMs. */
  executionMs: number
}

/** `execLast`: per tx, its latest finished execution's wall time; `txCount` of them count. */
export function sumCounters(counters: Int32Array, times: Float64Array, workers: number, execLast: Float64Array, txCount: number): SchedulerCounters {
  const total = (slot: number): number => {
    let s = 0
    for (let w = 0; w < workers; w++) s += counters[w * C.STRIDE + slot]!
    return s
  }
  const perWorker: WorkerCounters[] = []
  for (let w = 0; w < workers; w++) {
    const f = F.STRIDE + w * F.STRIDE
    perWorker.push({
      executions: counters[w * C.STRIDE + C.EXECUTIONS]!,
      validations: counters[w * C.STRIDE + C.VALIDATIONS]!,
      busyMs: times[f + F.BUSY_MS]!,
      idleMs: times[f + F.IDLE_MS]!,
      executionMs: times[f + F.EXEC_MS]!,
    })
  }
  let executionMs = 0
  for (const w of perWorker) executionMs += w.executionMs
  let finalMs = 0
  for (let tx = 0; tx < txCount; tx++) finalMs += execLast[tx]!
  return {
    executions: total(C.EXECUTIONS),
    reExecutions: total(C.RE_EXECUTIONS),
    validations: total(C.VALIDATIONS),
    failedValidations: total(C.FAILED_VALIDATIONS),
    dependencyWaits: total(C.DEPENDENCY_WAITS),
    dependencyRetries: total(C.DEPENDENCY_RETRIES),
    deferrals: total(C.DEFERRALS),
    chainedExecutions: total(C.CHAINED),
    sleeps: total(C.SLEEPS),
    learnedEdges: total(C.LEARNED_EDGES),
    executionMs,
    // Clamped: the sums are of floats taken on different threads' clocks (each span on one).
    wastedExecutionMs: Math.max(0, executionMs - finalMs),
    perWorker,
  }
}
