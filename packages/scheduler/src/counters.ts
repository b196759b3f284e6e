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
  perWorker: WorkerCounters[]
}

export interface WorkerCounters {
  executions: number
  validations: number
  /** Time between the worker's first nextTask and DONE, minus idle time. */
  busyMs: number
  /** Time spent in waitForWork (spinning or sleeping). */
  idleMs: number
}

export function sumCounters(counters: Int32Array, times: Float64Array, workers: number): SchedulerCounters {
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
    })
  }
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
    perWorker,
  }
}
