// The Block-STM collaborative scheduler (Gelashvili et al., "Block-STM", Algorithms 4-5),
// with every bit of state in one SharedArrayBuffer and changed only by Atomics, so that
// worker threads coordinate without sending a message per task.
//
// STATE MACHINE (per transaction; one Int32 word `incarnation << 2 | status`, CAS only)
//
//        claim (cursor / finishValidation / chain)          finishExecution
//   READY(i) ---------------------------------> EXECUTING(i) ----------------> EXECUTED(i)
//      ^                                          |     ^                          |
//      | resume (blocker finished) /              |     | rollback: blocker was    | tryValidationAbort
//      | finishValidation(aborted)                v     | already executed         v
//      +------------------------------------ ABORTING(i) <-------------------- ABORTING(i)
//              incarnation i -> i+1            (addDependency / defer)      (validation failed)
//
//   All words start at 0 = READY(0). ABORTING(i) -> READY(i+1) is the only increment.
//
// SHARED WORDS (header, one cache line each): execution_idx, validation_idx, decrease_cnt,
// num_active_tasks, done_marker, work_epoch, sleepers, and strategy_state (a line of words a
// strategy keeps its per-block state in, zeroed by reset; strategies/adaptive.ts). Per tx:
// status, dependents list head and next link (dependents.ts), execution count, nearest
// learned predecessor, and read_from:
// the highest lower tx whose write its latest finished execution read (READ_FROM_NONE: none,
// READ_FROM_UNKNOWN: not executed yet or not reported) - the dependency actually observed,
// which strategies may use to predict the next one (strategies/adaptive.ts). For the counters
// only, two Float64 per tx: when its current execution was handed out (on the executing
// thread's clock) and how long its latest finished execution took (executionTimes()).
//
// INVARIANTS (tests in test/ refer to them by these names)
//
// I1 single owner. Only the thread whose CAS moved a tx READY -> EXECUTING may move it out of
//    EXECUTING (finishExecution, addDependency, defer); only the thread whose CAS moved it
//    EXECUTED -> ABORTING (tryValidationAbort) or EXECUTING -> ABORTING may make it READY
//    again - except a suspended tx, which its blocker's finishExecution makes READY (I5).
// I2 incarnations grow. An incarnation number only increases, by one, on ABORTING -> READY;
//    each incarnation is handed out for execution at most once.
// I3 transitions. The only transitions are the arrows above; each is a CAS from the exact
//    expected word, so a stale actor (e.g. validating an older incarnation) changes nothing.
// I4 closed iff executed. The dependents list of b is closed exactly while b is EXECUTED,
//    up to two benign windows, both while b's current writes are recorded (no ESTIMATE of
//    b is visible): finishExecution closes the list just BEFORE publishing EXECUTED, and
//    tryValidationAbort reopens it just AFTER EXECUTED -> ABORTING (and before the caller
//    converts b's writes to ESTIMATEs). A push in either window fails and the reader
//    re-reads, as if b were executed. Closing before EXECUTED matters: closing after it
//    could undo a reopen done by a validator that aborted b in between.
// I5 no lost wake-up. A tx registered on b (push succeeded) is made READY by the close of
//    b's list that follows the push (dependents.ts). Its ABORTING status is written before
//    the push, so the resume can never be overwritten by the suspender.
// I6 execution coverage. Every READY tx t has t >= execution_idx, or a thread holding an
//    active task will claim t or lower execution_idx to <= t before releasing that task.
// I7 validation coverage. Every EXECUTED incarnation that still needs validating (it has not
//    been validated after the latest finishExecution of a lower tx that wrote a new location,
//    or after the latest abort of a lower tx) has t >= validation_idx, or a thread holding an
//    active task will validate it or lower validation_idx to <= t before releasing that task.
// I8 done is final. done_marker is set only after observing, as one consistent snapshot,
//    execution_idx >= n, validation_idx >= n and num_active_tasks = 0. By I6/I7 every tx is
//    then EXECUTED and validated, and with no active task nothing can change any more.
// I9 waits are acyclic. A tx only waits (suspension or deferral) on a lower tx, so the
//    "waits for" relation is a forest rooted at txs that are READY/EXECUTING/being aborted by
//    an active task: no deadlock, and with I6 someone always makes progress.
// I10 hints only steer. Strategies and the dependency graph only choose which READY tx is
//    claimed when (or park it per I9); they never mark a tx executed or skip a validation.
//
// DONE DETECTION (I8, the paper's double-collect). checkDone reads decrease_cnt, then both
// cursors, then num_active_tasks, then decrease_cnt again. Cursors only ever go down inside
// an active task, and such a decrease is followed, before the task is released, by
// decrease_cnt++ . If the two reads of decrease_cnt agree, no decrease completed its
// counting between them; a decrease that lowered a cursor after we read it but counted later
// would still hold its active task when we read num_active_tasks (non-zero: no done). Cursor
// increments only consume work. Hence when all checks pass there was an instant with both
// cursors >= n and no active task: nothing is left, by I6/I7. Each cursor increment is
// preceded by num_active_tasks++ so a task in flight is never invisible to the check.
//
// IDLE WORKERS. nextTask() snapshots work_epoch before looking for work; every event that
// creates work (a cursor decrease, done, and for `sequential` each finished execution) bumps
// work_epoch and notifies only if someone sleeps. waitForWork() spins briefly on the epoch,
// then Atomics.wait(work_epoch, snapshot, timeout): work that appeared after the snapshot
// changed the epoch, so the wait returns at once - no lost wake-up.

import { C, F, H, MAX_STRATEGY_NAME, STRATEGY_WORDS, TRACE_RECORD, allocate, views, type SchedulerShared, type Views } from './layout.js'
import { TxStatus, packStatus, statusOf, incarnationOf, statusName, MAX_INCARNATION } from './status.js'
import { pushDependent, closeDependents, reopenDependents, CLOSED } from './dependents.js'
import { sumCounters, type SchedulerCounters } from './counters.js'
import { TraceEvent, decodeTrace, type TraceRecord } from './trace.js'
import { DependencyGraph, type CsrGraph } from './graph.js'
import { lookupStrategy, registerStrategy, type Strategy } from './strategy.js'
import { blockstm } from './strategies/blockstm.js'
import { dag } from './strategies/dag.js'
import { sequential } from './strategies/sequential.js'
import { adaptive } from './strategies/adaptive.js'
import { READ_FROM_NONE, READ_FROM_UNKNOWN, TaskKind, type Incarnation, type StrategyName, type TxIdx } from './types.js'

registerStrategy(blockstm)
registerStrategy(dag)
registerStrategy(sequential)
registerStrategy(adaptive)

export interface SchedulerOptions {
  txCount: number
  /** Number of worker ids (0 .. workers-1) that will call fromShared; sizes counters and trace rings. */
  workers: number
  /** Default 'blockstm'. A Strategy object is registered in this thread. */
  strategy?: StrategyName | Strategy
  /** Predicted dependencies (edges i -> j, i < j); used by 'dag'. */
  graph?: DependencyGraph | CsrGraph
  /** Record an event trace (default false). */
  trace?: boolean
  /** Largest txCount later blocks may pass to reset(); default txCount. */
  capacity?: number
  /** Largest edge count of any graph passed later; default max(graph edges, 4 * capacity). */
  maxEdges?: number
  /** Trace records kept per worker (a ring: the latest are kept); default 65536. */
  traceCapacity?: number
  /** Spin this long in waitForWork before sleeping; default 20 µs (about one wake-up). */
  spinMicros?: number
  /** Atomics.wait timeout, a safety net only; default 1000 µs. */
  waitMicros?: number
}

export interface ResetOptions {
  txCount?: number
  strategy?: StrategyName | Strategy
  /** A new graph; `null` clears it; undefined keeps the current one only if txCount is unchanged. */
  graph?: DependencyGraph | CsrGraph | null
  trace?: boolean
}

export interface TxStatusInfo {
  status: 'READY' | 'EXECUTING' | 'EXECUTED' | 'ABORTING'
  incarnation: Incarnation
}

const now = (): number => performance.timeOrigin + performance.now()

export class Scheduler {
  /** The task handed out by the last nextTask/finishExecution/finishValidation. */
  taskTx: TxIdx = -1
  taskIncarnation: Incarnation = 0
  /**
   * Of the last EXECUTE task handed out by this instance: whether taskTx - 1 was EXECUTED
   * when it was (always for tx 0). Then what the execution read (finishExecution's
   * readFrom) tells whether it depends on its predecessor; otherwise it may have run
   * before its predecessor's writes existed.
   */
  taskAfterPredecessor = false
  /**
   * STRATEGY_WORDS shared Int32 words, zeroed by reset(), in which a strategy keeps
   * per-block state that every worker sees (strategies themselves are stateless objects;
   * strategies/adaptive.ts keeps its chain detector here). Use Atomics on them.
   */
  readonly strategyState: Int32Array

  readonly shared: SchedulerShared
  readonly workerId: number

  private readonly v: Views
  private readonly h: Int32Array
  private readonly st: Int32Array
  private readonly cnt: number // this worker's first counter slot
  private readonly tm: number // this worker's first Float64 slot
  private n = 0
  private generation = -1
  private strategy: Strategy = blockstm
  private tracing = false
  private spinMs = 0
  private waitMs = 0
  /** Set by expectLongWait(): the next waitForWork skips the spin and sleeps LONG_WAIT_FACTOR times longer. */
  private longWait = false
  private epochSeen = 0
  private startedAt = 0
  private idleMs = 0
  private finished = false

  private constructor(shared: SchedulerShared, workerId: number, strategy?: Strategy) {
    if (!Number.isInteger(workerId) || workerId < 0 || workerId >= shared.workers) {
      throw new RangeError(`workerId ${workerId} outside 0..${shared.workers - 1}`)
    }
    if (strategy) registerStrategy(strategy)
    this.shared = shared
    this.workerId = workerId
    this.v = views(shared)
    this.h = this.v.header
    this.strategyState = this.h.subarray(H.STRATEGY_STATE, H.STRATEGY_STATE + STRATEGY_WORDS)
    this.st = this.v.status
    this.cnt = workerId * C.STRIDE
    this.tm = F.STRIDE + workerId * F.STRIDE
    this.sync()
  }

  /** Allocates the shared state and returns the instance for worker 0 (also the coordinator). */
  static create(o: SchedulerOptions): Scheduler {
    const capacity = o.capacity ?? o.txCount
    if (!Number.isInteger(o.txCount) || o.txCount < 0 || o.txCount > capacity) throw new RangeError('txCount must be in 0..capacity')
    if (!Number.isInteger(o.workers) || o.workers < 1) throw new RangeError('workers must be >= 1')
    const graphEdges = o.graph ? o.graph.preds.length : 0
    const shared = allocate({
      capacity,
      workers: o.workers,
      maxEdges: o.maxEdges ?? Math.max(graphEdges, 4 * capacity),
      traceCapacity: o.traceCapacity ?? 1 << 16,
    })
    const h = views(shared).header
    Atomics.store(h, H.SPIN_NS, Math.round((o.spinMicros ?? 20) * 1000))
    Atomics.store(h, H.WAIT_US, Math.max(1, Math.round(o.waitMicros ?? 1000)))
    const s = new Scheduler(shared, 0, typeof o.strategy === 'object' ? o.strategy : undefined)
    s.reset({ txCount: o.txCount, strategy: o.strategy ?? 'blockstm', graph: o.graph ?? null, trace: o.trace ?? false })
    return s
  }

  /** The per-thread instance of worker `workerId`. Pass a custom strategy object if this thread has not registered it. */
  static fromShared(shared: SchedulerShared, workerId: number, strategy?: Strategy): Scheduler {
    return new Scheduler(shared, workerId, strategy)
  }

  /**
   * Prepares for a new block. Call only while no worker is inside the scheduler (before the
   * first block, or after every worker saw DONE). Workers pick up the change on their next
   * nextTask() (a generation word), so the same pool serves block after block.
   */
  reset(o: ResetOptions = {}): void {
    const v = this.v
    const h = this.h
    const n = o.txCount ?? Atomics.load(h, H.TX_COUNT)
    if (!Number.isInteger(n) || n < 0 || n > this.shared.capacity) throw new RangeError(`txCount ${n} outside 0..${this.shared.capacity}`)
    const txCountChanged = n !== Atomics.load(h, H.TX_COUNT)
    v.status.fill(0)
    v.depHead.fill(0)
    v.depNext.fill(0)
    v.execCount.fill(0)
    v.learnedPred.fill(-1)
    v.readFrom.fill(READ_FROM_UNKNOWN)
    this.strategyState.fill(0)
    v.counters.fill(0)
    v.times.fill(0, F.STRIDE)
    v.execLast.fill(0)
    if (o.graph !== undefined || txCountChanged) this.storeGraph(n, o.graph ?? null)
    if (o.strategy !== undefined) {
      const strategy = typeof o.strategy === 'string' ? lookupStrategy(o.strategy) : o.strategy
      registerStrategy(strategy)
      const name = strategy.name
      if (name.length > MAX_STRATEGY_NAME) throw new RangeError(`strategy name longer than ${MAX_STRATEGY_NAME}`)
      for (let i = 0; i < name.length; i++) h[H.STRATEGY_NAME + i] = name.charCodeAt(i)
      h[H.STRATEGY_LEN] = name.length
    }
    if (o.trace !== undefined) h[H.TRACE_ON] = o.trace ? 1 : 0
    h[H.TX_COUNT] = n
    Atomics.store(h, H.EXECUTION_IDX, 0)
    Atomics.store(h, H.VALIDATION_IDX, 0)
    Atomics.store(h, H.DECREASE_CNT, 0)
    Atomics.store(h, H.NUM_ACTIVE_TASKS, 0)
    Atomics.store(h, H.DONE_MARKER, n === 0 ? 1 : 0)
    v.times[0] = now()
    Atomics.add(h, H.GENERATION, 1) // seq-cst: publishes everything above
    this.sync()
  }

  private storeGraph(n: number, graph: CsrGraph | null): void {
    const { offsets, preds } = this.v
    offsets.fill(0)
    let e = 0
    if (graph) {
      const g = graph instanceof DependencyGraph && graph.txCount === n ? graph : DependencyGraph.fromCsr(n, graph)
      if (g.edgeCount > this.shared.maxEdges) throw new RangeError(`graph has ${g.edgeCount} edges, maxEdges is ${this.shared.maxEdges}`)
      offsets.set(g.offsets.subarray(0, n + 1))
      preds.set(g.preds)
      e = g.edgeCount
    }
    this.h[H.EDGE_COUNT] = e
  }

  /** Re-reads the per-block configuration after a reset (cheap; checked on every nextTask). */
  private sync(): void {
    const h = this.h
    this.generation = Atomics.load(h, H.GENERATION)
    this.n = h[H.TX_COUNT]!
    const len = h[H.STRATEGY_LEN]!
    let name = ''
    for (let i = 0; i < len; i++) name += String.fromCharCode(h[H.STRATEGY_NAME + i]!)
    if (len > 0 && name !== this.strategy.name) this.strategy = lookupStrategy(name)
    this.tracing = h[H.TRACE_ON] === 1
    this.spinMs = h[H.SPIN_NS]! / 1e6
    this.waitMs = h[H.WAIT_US]! / 1e3
    this.startedAt = 0
    this.idleMs = 0
    this.finished = false
    this.taskTx = -1
    this.taskIncarnation = 0
  }

  // ---------------------------------------------------------------- public task API

  get txCount(): number {
    return this.n
  }

  get strategyName(): string {
    return this.strategy.name
  }

  /**
   * The next task for this worker: EXECUTE / VALIDATE (see taskTx, taskIncarnation), NONE
   * (nothing right now: call waitForWork() and then nextTask() again) or DONE.
   */
  nextTask(): TaskKind {
    if (Atomics.load(this.h, H.GENERATION) !== this.generation) this.sync()
    if (this.startedAt === 0) this.startedAt = now()
    // Snapshot before looking: any work created after this bumps the epoch (no lost wake-up).
    this.epochSeen = Atomics.load(this.h, H.WORK_EPOCH)
    if (Atomics.load(this.h, H.DONE_MARKER) === 1) return this.onDone()
    const k = this.strategy.nextTask(this)
    return k === TaskKind.DONE ? this.onDone() : k
  }

  /**
   * The current execution of (tx, inc) completed and its writes are recorded.
   * `wroteNewLocation`: the write set contains a location the previous incarnation did not
   * write - then higher txs may have missed it, so validation restarts from tx; otherwise
   * only tx itself needs validating. `readFrom` (optional): the highest lower tx whose
   * write this execution read, READ_FROM_NONE if it read none; kept for strategies
   * (readFromOf) and observedEdges(). Returns a follow-up task (EXECUTE/VALIDATE) or NONE.
   */
  finishExecution(tx: TxIdx, inc: Incarnation, wroteNewLocation: boolean, readFrom?: TxIdx): TaskKind {
    if (this.tracing) this.trace(TraceEvent.EXEC_END, tx, inc, wroteNewLocation ? 1 : 0)
    const executing = packStatus(inc, TxStatus.EXECUTING)
    if (Atomics.load(this.st, tx) !== executing) throw new Error(`finishExecution(${tx}, ${inc}): tx is ${this.describe(tx)}, not EXECUTING(${inc})`)
    this.v.execLast[tx] = this.endExecutionSpan(tx)
    if (readFrom !== undefined) {
      if (!(Number.isInteger(readFrom) && readFrom >= READ_FROM_NONE && readFrom < tx)) throw new RangeError(`finishExecution(${tx}, ${inc}): readFrom ${readFrom} is not a lower tx or READ_FROM_NONE`)
      // Before EXECUTED is published: a strategy that sees tx executed sees what it read.
      Atomics.store(this.v.readFrom, tx, readFrom)
    }
    // Close the dependents list BEFORE publishing EXECUTED: once EXECUTED, a validator may
    // abort tx and reopen the list at any moment, and a close after that would clobber the
    // reopened list (I4). tx's writes are recorded already, so a reader whose push fails in
    // between simply re-reads and sees them.
    const dependents = closeDependents(this.v.depHead, tx)
    Atomics.store(this.st, tx, packStatus(inc, TxStatus.EXECUTED)) // owner-only transition (I1)
    this.resumeDependents(tx, dependents)
    const next = this.strategy.afterExecution ? this.strategy.afterExecution(this, tx) : -1
    if (next >= 0) {
      // Keep the active task for `next`; tx's own validation goes through the cursor. No
      // wake-up: this thread holds an active task and reaches the cursor itself (I7), and a
      // sleeper woken per chained execution costs the chain a syscall and the core it needs.
      if (this.validationIdx() > tx) {
        atomicMin(this.h, H.VALIDATION_IDX, tx)
        Atomics.add(this.h, H.DECREASE_CNT, 1)
      }
      this.v.counters[this.cnt + C.CHAINED]!++
      return this.handExecute(next, incarnationOf(Atomics.load(this.st, next)))
    }
    if (this.validationIdx() > tx) {
      if (wroteNewLocation) this.decreaseValidationIdx(tx)
      else return this.handValidate(tx, inc)
    }
    Atomics.sub(this.h, H.NUM_ACTIVE_TASKS, 1)
    return TaskKind.NONE
  }

  /**
   * The current execution of tx stopped before its end and runs again at once, under the
   * same task and incarnation (an executor's retry after an ESTIMATE whose blocker had
   * finished meanwhile, or after finding its reads stale mid-way): the time it ran so far
   * counts as executed and wasted, and its span starts again.
   */
  restartExecution(tx: TxIdx): void {
    const executing = packStatus(this.taskIncarnation, TxStatus.EXECUTING)
    if (tx !== this.taskTx || Atomics.load(this.st, tx) !== executing) throw new Error(`restartExecution(${tx}): not this handle's execution (${this.describe(tx)})`)
    this.endExecutionSpan(tx)
    this.v.execStart[tx] = performance.now()
  }

  /**
   * During execution of (current incarnation of) tx, a read found an ESTIMATE written by
   * blockingTx. true: tx is suspended (abandon this execution; it becomes READY again, with
   * the next incarnation, when blockingTx finishes executing). false: blockingTx has already
   * finished - re-read and continue.
   */
  addDependency(tx: TxIdx, blockingTx: TxIdx): boolean {
    if (!(blockingTx >= 0 && blockingTx < tx)) throw new RangeError(`addDependency(${tx}, ${blockingTx}): blocker must be a lower tx`)
    this.learnEdge(blockingTx, tx)
    if (this.suspend(tx, blockingTx)) {
      this.v.counters[this.cnt + C.DEPENDENCY_WAITS]!++
      if (this.tracing) this.trace(TraceEvent.WAIT, tx, this.taskIncarnation, blockingTx)
      this.endExecutionSpan(tx) // abandoned: wasted
      Atomics.sub(this.h, H.NUM_ACTIVE_TASKS, 1)
      return true
    }
    this.v.counters[this.cnt + C.DEPENDENCY_RETRIES]!++
    return false
  }

  /**
   * Validation of (tx, inc) failed. true: this caller aborted that incarnation (now convert
   * its writes to ESTIMATEs, then finishValidation(tx, true)). false: already aborted by
   * someone else or a newer incarnation exists; call finishValidation(tx, false).
   */
  tryValidationAbort(tx: TxIdx, inc: Incarnation): boolean {
    if (Atomics.compareExchange(this.st, tx, packStatus(inc, TxStatus.EXECUTED), packStatus(inc, TxStatus.ABORTING)) !== packStatus(inc, TxStatus.EXECUTED)) return false
    reopenDependents(this.v.depHead, tx)
    this.v.counters[this.cnt + C.FAILED_VALIDATIONS]!++
    if (this.tracing) this.trace(TraceEvent.ABORT, tx, inc, -1)
    return true
  }

  /**
   * Ends a validation task. `aborted` = tryValidationAbort returned true. `conflictTx`, if
   * the caller knows which lower tx invalidated the read set, is learned as an edge.
   * Returns a follow-up (re-execution of tx) or NONE.
   */
  finishValidation(tx: TxIdx, aborted: boolean, conflictTx: TxIdx = -1): TaskKind {
    if (this.tracing) this.trace(TraceEvent.VALIDATE_END, tx, this.taskIncarnation, aborted ? 1 : 0)
    if (aborted) {
      const known = conflictTx >= 0 && conflictTx < tx
      if (known) this.learnEdge(conflictTx, tx)
      if (this.strategy.afterAbort) this.strategy.afterAbort(this, tx, known ? conflictTx : -1)
      this.setReady(tx)
      this.decreaseValidationIdx(tx + 1)
      if (this.executionIdx() > tx) {
        if (this.claimExecution(tx)) {
          if (this.strategy.admit && !this.strategy.admit(this, tx)) return TaskKind.NONE // parked, active released
          return this.handExecute(tx, incarnationOf(Atomics.load(this.st, tx)))
        }
      }
    }
    Atomics.sub(this.h, H.NUM_ACTIVE_TASKS, 1)
    return TaskKind.NONE
  }

  /** After nextTask() returned NONE: spin briefly, then sleep until work appears (or a short timeout). */
  waitForWork(): void {
    const h = this.h
    const seen = this.epochSeen
    const t0 = now()
    const long = this.longWait
    this.longWait = false
    let t = t0
    while (!long && t - t0 < this.spinMs) {
      if (Atomics.load(h, H.WORK_EPOCH) !== seen || Atomics.load(h, H.DONE_MARKER) === 1) {
        this.idleMs += now() - t0
        return
      }
      t = now()
    }
    if (this.tracing) this.trace(TraceEvent.SLEEP, -1, 0, -1)
    this.v.counters[this.cnt + C.SLEEPS]!++
    Atomics.add(h, H.SLEEPERS, 1)
    Atomics.wait(h, H.WORK_EPOCH, seen, long ? this.waitMs * LONG_WAIT_FACTOR : this.waitMs)
    Atomics.sub(h, H.SLEEPERS, 1)
    if (this.tracing) this.trace(TraceEvent.WAKE, -1, 0, -1)
    this.idleMs += now() - t0
  }

  isDone(): boolean {
    return Atomics.load(this.h, H.DONE_MARKER) === 1
  }

  counters(): SchedulerCounters {
    return sumCounters(this.v.counters, this.v.times, this.shared.workers, this.v.execLast, Atomics.load(this.h, H.TX_COUNT))
  }

  traceRecords(): TraceRecord[] {
    return decodeTrace(this.v.trace, this.v.traceTimes, this.v.counters, this.shared.workers, this.shared.traceCapacity, this.v.times[0]!)
  }

  /** The trace of the current block as JSON lines (time order across workers). */
  traceLines(): string[] {
    return this.traceRecords().map((r) => JSON.stringify(r))
  }

  /** Edges learned at run time in this block, as [from, to] (nearest learned predecessor per tx). */
  learnedEdges(): Array<[TxIdx, TxIdx]> {
    const out: Array<[TxIdx, TxIdx]> = []
    for (let j = 0; j < this.n; j++) if (this.v.learnedPred[j]! >= 0) out.push([this.v.learnedPred[j]!, j])
    return out
  }

  /**
   * The dependencies observed in this block, as [from, to]: for each tx whose executor
   * reported it (finishExecution's readFrom), the highest lower tx its latest execution
   * read from. Unlike learnedEdges (conflicts met while speculating), these are what the
   * final executions read, as they saw it: with version-based validation the nearest
   * edge of each tx in the block's true dependency graph. With value-based validation (as
   * @blockstm/executor's) an execution that read a stale writer's value, equal to the
   * final one, stays valid and names that writer; the executor's observeEdges re-reads
   * the final read sets instead.
   */
  observedEdges(): Array<[TxIdx, TxIdx]> {
    const out: Array<[TxIdx, TxIdx]> = []
    for (let j = 0; j < this.n; j++) if (this.v.readFrom[j]! >= 0) out.push([this.v.readFrom[j]!, j])
    return out
  }

  /**
   * Per tx of this block, the wall time (ms) of its latest finished execution - each
   * transaction's own cost as this run measured it (0 for one that never finished), e.g.
   * to weight a dependency graph by time (`parallelism`). A copy.
   */
  executionTimes(): Float64Array {
    return this.v.execLast.slice(0, this.n)
  }

  /** Status of tx (allocates: for tests and debugging, not the hot path). */
  txStatus(tx: TxIdx): TxStatusInfo {
    const w = Atomics.load(this.st, tx)
    return { status: statusName(statusOf(w)) as TxStatusInfo['status'], incarnation: incarnationOf(w) }
  }

  /** Snapshot of the shared words, for tests and debugging. */
  snapshot(): { executionIdx: number; validationIdx: number; decreaseCnt: number; numActiveTasks: number; done: boolean; sleepers: number } {
    const h = this.h
    return {
      executionIdx: Atomics.load(h, H.EXECUTION_IDX),
      validationIdx: Atomics.load(h, H.VALIDATION_IDX),
      decreaseCnt: Atomics.load(h, H.DECREASE_CNT),
      numActiveTasks: Atomics.load(h, H.NUM_ACTIVE_TASKS),
      done: Atomics.load(h, H.DONE_MARKER) === 1,
      sleepers: Atomics.load(h, H.SLEEPERS),
    }
  }

  /**
   * Checks the invariants that must hold once the block is DONE (I6-I8 at quiescence):
   * returns a list of violations, empty when all hold.
   */
  checkQuiescentInvariants(): string[] {
    const bad: string[] = []
    const s = this.snapshot()
    if (!s.done) bad.push('I8: done_marker not set')
    if (s.numActiveTasks !== 0) bad.push(`I8: num_active_tasks = ${s.numActiveTasks}`)
    if (s.executionIdx < this.n || s.validationIdx < this.n) bad.push(`I6/I7: cursors ${s.executionIdx}/${s.validationIdx} < ${this.n}`)
    for (let t = 0; t < this.n; t++) {
      if (statusOf(Atomics.load(this.st, t)) !== TxStatus.EXECUTED) bad.push(`I8: tx ${t} is ${this.describe(t)}`)
      if (Atomics.load(this.v.depHead, t) !== CLOSED) bad.push(`I4/I5: tx ${t} dependents list is ${Atomics.load(this.v.depHead, t)}, not closed and empty`)
    }
    return bad
  }

  // ------------------------------------------------ strategy primitives (for Strategy authors)

  executionIdx(): number {
    return Atomics.load(this.h, H.EXECUTION_IDX)
  }

  validationIdx(): number {
    return Atomics.load(this.h, H.VALIDATION_IDX)
  }

  /**
   * For a strategy about to return NONE because it waits for an event that is announced
   * (notifyWork, a cursor decrease, done): the worker's next waitForWork does not spin and
   * sleeps LONG_WAIT_FACTOR times the usual timeout, which is then only a safety net. A
   * held-back worker that woke every millisecond took the core from the worker it waits for.
   */
  expectLongWait(): void {
    this.longWait = true
  }

  /** Tasks held right now (num_active_tasks): 0 means no execution or validation is under way anywhere. */
  activeTasks(): number {
    return Atomics.load(this.h, H.NUM_ACTIVE_TASKS)
  }

  isExecuted(tx: TxIdx): boolean {
    return statusOf(Atomics.load(this.st, tx)) === TxStatus.EXECUTED
  }

  /** Paper: next_version_to_execute, plus the strategy's admit(). True: an EXECUTE task is set. */
  nextVersionToExecute(): boolean {
    if (this.executionIdx() >= this.n) return false
    Atomics.add(this.h, H.NUM_ACTIVE_TASKS, 1)
    return this.incarnate(Atomics.add(this.h, H.EXECUTION_IDX, 1))
  }

  /** Claims exactly cursor position `e` (CAS e -> e+1), for strategies that gate the cursor. */
  claimCursorExecution(e: TxIdx): boolean {
    if (e >= this.n) return false
    Atomics.add(this.h, H.NUM_ACTIVE_TASKS, 1)
    if (Atomics.compareExchange(this.h, H.EXECUTION_IDX, e, e + 1) !== e) {
      Atomics.sub(this.h, H.NUM_ACTIVE_TASKS, 1)
      return false
    }
    return this.incarnate(e)
  }

  /** Paper: next_version_to_validate. True: a VALIDATE task is set. */
  nextVersionToValidate(): boolean {
    if (this.validationIdx() >= this.n) return false
    Atomics.add(this.h, H.NUM_ACTIVE_TASKS, 1)
    const tx = Atomics.add(this.h, H.VALIDATION_IDX, 1)
    if (tx < this.n) {
      const w = Atomics.load(this.st, tx)
      if (statusOf(w) === TxStatus.EXECUTED) {
        this.handValidate(tx, incarnationOf(w))
        return true
      }
    }
    Atomics.sub(this.h, H.NUM_ACTIVE_TASKS, 1)
    return false
  }

  /** READY(i) -> EXECUTING(i) by CAS; no task accounting (the caller holds or transfers one). */
  claimExecution(tx: TxIdx): boolean {
    const w = Atomics.load(this.st, tx)
    if (statusOf(w) !== TxStatus.READY) return false
    return Atomics.compareExchange(this.st, tx, w, w | TxStatus.EXECUTING) === w
  }

  /**
   * Parks a tx this worker just claimed (EXECUTING, active task held, not yet executed) until
   * `blocker` (< tx) finishes executing; releases the active task. False (nothing changed)
   * when the blocker is already executed.
   */
  defer(tx: TxIdx, blocker: TxIdx): boolean {
    if (!(blocker >= 0 && blocker < tx)) return false
    if (!this.suspend(tx, blocker)) return false
    this.v.counters[this.cnt + C.DEFERRALS]!++
    if (this.tracing) this.trace(TraceEvent.DEFER, tx, incarnationOf(Atomics.load(this.st, tx)), blocker)
    Atomics.sub(this.h, H.NUM_ACTIVE_TASKS, 1)
    return true
  }

  /** The highest predecessor of tx (graph or learned) that is not EXECUTED, or -1. */
  nearestUnfinishedPredecessor(tx: TxIdx): TxIdx {
    const { offsets, preds, learnedPred } = this.v
    let best = -1
    const learned = Atomics.load(learnedPred, tx)
    if (learned >= 0 && !this.isExecuted(learned)) best = learned
    const end = offsets[tx + 1]!
    for (let k = offsets[tx]!; k < end; k++) {
      const p = preds[k]! // descending: the first unfinished is the nearest
      if (p <= best) break
      if (!this.isExecuted(p)) return p
    }
    return best
  }

  /** What the latest finished execution of tx read from (finishExecution's readFrom): a lower tx, READ_FROM_NONE or READ_FROM_UNKNOWN. */
  readFromOf(tx: TxIdx): TxIdx {
    return Atomics.load(this.v.readFrom, tx)
  }

  /** Whether p -> tx is a graph edge or the learned edge of tx. */
  hasPredecessor(tx: TxIdx, p: TxIdx): boolean {
    const { offsets, preds } = this.v
    if (Atomics.load(this.v.learnedPred, tx) === p) return true
    const end = offsets[tx + 1]!
    for (let k = offsets[tx]!; k < end; k++) if (preds[k] === p) return true
    return false
  }

  /** Paper: check_done (double-collect of decrease_cnt, see the header). */
  checkDone(): boolean {
    const h = this.h
    const observed = Atomics.load(h, H.DECREASE_CNT)
    if (
      Math.min(Atomics.load(h, H.EXECUTION_IDX), Atomics.load(h, H.VALIDATION_IDX)) >= this.n &&
      Atomics.load(h, H.NUM_ACTIVE_TASKS) === 0 &&
      Atomics.load(h, H.DECREASE_CNT) === observed
    ) {
      Atomics.store(h, H.DONE_MARKER, 1)
      this.notifyWork()
      return true
    }
    return Atomics.load(h, H.DONE_MARKER) === 1
  }

  decreaseExecutionIdx(target: TxIdx): void {
    atomicMin(this.h, H.EXECUTION_IDX, target)
    Atomics.add(this.h, H.DECREASE_CNT, 1)
    this.notifyWork()
  }

  decreaseValidationIdx(target: TxIdx): void {
    atomicMin(this.h, H.VALIDATION_IDX, target)
    Atomics.add(this.h, H.DECREASE_CNT, 1)
    this.notifyWork()
  }

  /** Signals idle workers that work may be available. Costs one atomic add when nobody sleeps. */
  notifyWork(): void {
    Atomics.add(this.h, H.WORK_EPOCH, 1)
    if (Atomics.load(this.h, H.SLEEPERS) > 0) Atomics.notify(this.h, H.WORK_EPOCH)
  }

  // ---------------------------------------------------------------- internals

  /** Paper: try_incarnate, plus admit(). Releases the active task on failure. */
  private incarnate(tx: TxIdx): boolean {
    if (tx < this.n && this.claimExecution(tx)) {
      if (this.strategy.admit && !this.strategy.admit(this, tx)) return false // parked, released
      this.handExecute(tx, incarnationOf(Atomics.load(this.st, tx)))
      return true
    }
    Atomics.sub(this.h, H.NUM_ACTIVE_TASKS, 1)
    return false
  }

  /** EXECUTING(i) -> ABORTING(i), then register on blocker; rolls back if the blocker is done. */
  private suspend(tx: TxIdx, blocker: TxIdx): boolean {
    const w = Atomics.load(this.st, tx)
    if (statusOf(w) !== TxStatus.EXECUTING) throw new Error(`suspend(${tx}): tx is ${this.describe(tx)}, not EXECUTING`)
    const aborting = packStatus(incarnationOf(w), TxStatus.ABORTING)
    // I5: ABORTING is written before the push, so the blocker's resume cannot be overwritten.
    Atomics.store(this.st, tx, aborting)
    if (pushDependent(this.v.depHead, this.v.depNext, blocker, tx)) return true
    Atomics.store(this.st, tx, w) // rollback; nobody else acts on an EXECUTING/ABORTING tx they do not own (I1)
    return false
  }

  /** finishExecution part: make every dependent drained from tx's (now closed) list READY. */
  private resumeDependents(tx: TxIdx, head: number): void {
    let link = head
    let min = this.n
    while (link !== 0) {
      const d = link - 1
      link = Atomics.load(this.v.depNext, d) // read before d is READY: d may be re-suspended at once
      if (this.tracing) this.trace(TraceEvent.RESUME, d, incarnationOf(Atomics.load(this.st, d)) + 1, tx)
      this.setReady(d)
      if (d < min) min = d
    }
    if (min < this.n) this.decreaseExecutionIdx(min)
  }

  /** ABORTING(i) -> READY(i+1). */
  private setReady(tx: TxIdx): void {
    const w = Atomics.load(this.st, tx)
    const inc = incarnationOf(w)
    if (statusOf(w) !== TxStatus.ABORTING || inc >= MAX_INCARNATION) throw new Error(`setReady(${tx}): tx is ${this.describe(tx)}`)
    if (Atomics.compareExchange(this.st, tx, w, packStatus(inc + 1, TxStatus.READY)) !== w) throw new Error(`setReady(${tx}): raced`)
  }

  private learnEdge(from: TxIdx, to: TxIdx): void {
    const lp = this.v.learnedPred
    for (;;) {
      const cur = Atomics.load(lp, to)
      if (cur >= from) return // keep the nearest predecessor
      if (Atomics.compareExchange(lp, to, cur, from) === cur) {
        this.v.counters[this.cnt + C.LEARNED_EDGES]!++
        return
      }
    }
  }

  private handExecute(tx: TxIdx, inc: Incarnation): TaskKind {
    this.taskTx = tx
    this.taskIncarnation = inc
    this.taskAfterPredecessor = tx === 0 || this.isExecuted(tx - 1)
    const c = this.v.counters
    c[this.cnt + C.EXECUTIONS]!++
    if (Atomics.add(this.v.execCount, tx, 1) > 0) c[this.cnt + C.RE_EXECUTIONS]!++
    if (this.tracing) this.trace(TraceEvent.EXEC_START, tx, inc, -1)
    // The executing thread owns tx until it finishes or abandons it (I1): a plain write,
    // read back only by this thread, on its own clock.
    this.v.execStart[tx] = performance.now()
    return TaskKind.EXECUTE
  }

  /** Adds the span of tx's current execution (handExecute until now) to this worker's executionMs; returns it. */
  private endExecutionSpan(tx: TxIdx): number {
    const d = performance.now() - this.v.execStart[tx]!
    this.v.times[this.tm + F.EXEC_MS] += d
    return d
  }

  private handValidate(tx: TxIdx, inc: Incarnation): TaskKind {
    this.taskTx = tx
    this.taskIncarnation = inc
    this.v.counters[this.cnt + C.VALIDATIONS]!++
    if (this.tracing) this.trace(TraceEvent.VALIDATE_START, tx, inc, -1)
    return TaskKind.VALIDATE
  }

  private onDone(): TaskKind {
    if (!this.finished) {
      this.finished = true
      const t = this.v.times
      const wall = this.startedAt === 0 ? 0 : now() - this.startedAt
      // Several handles may share a worker id (a worker's execution slots, one thread):
      // the worker's wall is the longest, its idle time the sum (a handle waits in
      // waitForWork only when its worker has nothing else to run).
      const w = Math.max(t[this.tm + F.WALL_MS]!, wall)
      const idle = t[this.tm + F.IDLE_MS]! + this.idleMs
      t[this.tm + F.WALL_MS] = w
      t[this.tm + F.IDLE_MS] = idle
      t[this.tm + F.BUSY_MS] = Math.max(0, w - idle)
      if (this.tracing) this.trace(TraceEvent.DONE, -1, 0, -1)
    }
    return TaskKind.DONE
  }

  private trace(ev: number, tx: number, inc: number, aux: number): void {
    const cap = this.shared.traceCapacity
    if (cap === 0) return
    const c = this.v.counters
    const i = c[this.cnt + C.TRACE_WRITTEN]!
    c[this.cnt + C.TRACE_WRITTEN] = i + 1
    const slot = this.workerId * cap + (i % cap)
    const r = slot * TRACE_RECORD
    const tr = this.v.trace
    tr[r] = ev
    tr[r + 1] = tx
    tr[r + 2] = inc
    tr[r + 3] = aux
    this.v.traceTimes[slot] = now()
  }

  private describe(tx: TxIdx): string {
    const s = this.txStatus(tx)
    return `${s.status}(${s.incarnation})`
  }
}

/** expectLongWait(): how many usual wait timeouts (waitMicros) the next sleep may last. */
const LONG_WAIT_FACTOR = 20

function atomicMin(a: Int32Array, i: number, target: number): void {
  for (;;) {
    const cur = Atomics.load(a, i)
    if (cur <= target) return
    if (Atomics.compareExchange(a, i, cur, target) === cur) return
  }
}
