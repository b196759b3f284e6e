/**
 * The worker's Block-STM loop: take a task from the shared scheduler, execute or
 * validate, hand the follow-up back. Everything it touches per task is in shared
 * memory (scheduler words, multi-version memory, read sets); no message per task.
 */
import { MVMemory, ReadSet } from '@blockstm/mvmemory'
import { Scheduler, TaskKind } from '@blockstm/scheduler'
import type { EVM } from '@ethereumjs/evm'

import { makeBlockEnv } from '../block/env.js'
import type { BlockEnv } from '../block/env.js'
import { makeEvm } from '../block/evm.js'
import { InvalidTransactionError } from '../errors.js'
import { openBaseStateLayers } from '../state/open.js'
import type { BaseState } from '../state/base.js'
import { computeStateDiff } from '../block/diff.js'
import type { StateDiff } from '../types.js'
import { mvDiffSource } from './post-state.js'
import { TxState } from '../state/tx-state.js'
import { prepareTx } from '../tx/prepared.js'
import type { PreparedTx } from '../tx/prepared.js'
import { checkStatic, processTx } from '../tx/process.js'
import type { TxOutcome } from '../tx/process.js'
import { DependencyAbort } from './abort.js'
import type { BlockTask, OutcomeEntry } from './messages.js'
import { MvStateReader } from './mv-reader.js'
import { MvWriter } from './mv-writes.js'
import { SharedReadSets } from './read-sets.js'

type Held = { inc: number; outcome: TxOutcome | InvalidTransactionError }

export class BlockRun {
  private readonly prepared: (PreparedTx | undefined)[]
  private readonly held = new Map<number, Held>()
  private readonly validationReads = new ReadSet(64)

  private constructor(
    private readonly task: BlockTask,
    private readonly env: BlockEnv,
    private readonly mv: MVMemory,
    private readonly sched: Scheduler,
    private readonly readSets: SharedReadSets,
    private readonly reader: MvStateReader,
    private readonly writer: MvWriter,
    private readonly txState: TxState,
    private readonly evm: EVM,
    private readonly base: BaseState,
  ) {
    this.prepared = new Array(task.block.transactions.length)
  }

  static async start(task: BlockTask, workerId: number): Promise<BlockRun> {
    const env = makeBlockEnv(task.block)
    const opened = openBaseStateLayers(task.state, task.block)
    const base = opened.state
    const mv = MVMemory.fromShared(task.mv)
    const reader = new MvStateReader(mv, base)
    const txState = new TxState(reader)
    const evm = await makeEvm(env, txState, base)
    const sched = Scheduler.fromShared(task.sched, workerId)
    const run = new BlockRun(task, env, mv, sched, new SharedReadSets(task.readSets), reader, new MvWriter(mv), txState, evm, base)
    run.close = () => opened.close()
    return run
  }

  /** After the block: this worker's share of the post-state diff (addresses split by hash across workers). */
  /** Releases the base state (LMDB handle). */
  close: () => Promise<void> = async () => {}

  async diffShare(): Promise<StateDiff> {
    const part = { index: this.sched.workerId, of: this.task.sched.workers }
    return computeStateDiff(this.task.block.preState, mvDiffSource(this.mv, this.base, part))
  }

  async run(): Promise<OutcomeEntry[]> {
    const s = this.sched
    let kind = s.nextTask()
    while (kind !== TaskKind.DONE) {
      if (kind === TaskKind.EXECUTE) kind = await this.execute(s.taskTx, s.taskIncarnation)
      else if (kind === TaskKind.VALIDATE) kind = this.validate(s.taskTx, s.taskIncarnation)
      else {
        s.waitForWork()
        kind = s.nextTask()
        continue
      }
      if (kind === TaskKind.NONE) kind = s.nextTask()
    }
    return this.finalOutcomes()
  }

  private tx(i: number): PreparedTx {
    return (this.prepared[i] ??= prepareTx(this.task.block.transactions[i], this.env))
  }

  private async execute(txIdx: number, inc: number): Promise<TaskKind> {
    for (;;) {
      const tx = this.tx(txIdx)
      this.reader.begin(txIdx)
      this.txState.reset(this.reader)
      let outcome: TxOutcome | InvalidTransactionError
      try {
        // Cumulative block gas is checked in order by the caller: 0 here.
        checkStatic(tx, this.env, 0n)
        outcome = await processTx(this.evm, this.env, tx)
        // An ESTIMATE whose abort something inside the EVM caught still blocks the tx.
        if (this.reader.blockedBy >= 0) throw new DependencyAbort(this.reader.blockedBy)
        await this.writer.build(txIdx, this.txState.writes, this.reader)
      } catch (e) {
        if (e instanceof DependencyAbort) {
          if (this.sched.addDependency(txIdx, e.blockingTx)) return TaskKind.NONE
          continue // the blocker finished meanwhile: run again now
        }
        if (!(e instanceof InvalidTransactionError)) throw e
        // Invalid as speculated; a valid block's final incarnation never is.
        outcome = e
        this.writer.writes.clear()
      }
      this.readSets.publish(txIdx, inc, this.reader.reads)
      const wroteNew = this.mv.record(txIdx, inc, this.writer.writes)
      this.held.set(txIdx, { inc, outcome })
      return this.sched.finishExecution(txIdx, inc, wroteNew)
    }
  }

  private validate(txIdx: number, inc: number): TaskKind {
    const reads = this.validationReads
    // A read set of another incarnation means this task is stale: nothing to abort.
    const valid = !this.readSets.load(txIdx, inc, reads) || this.mv.validateReadSet(txIdx, reads)
    const aborted = !valid && this.sched.tryValidationAbort(txIdx, inc)
    if (aborted) this.mv.convertWritesToEstimates(txIdx)
    return this.sched.finishValidation(txIdx, aborted)
  }

  /** Outcomes this worker holds for the final incarnation of their transaction. */
  private finalOutcomes(): OutcomeEntry[] {
    const out: OutcomeEntry[] = []
    for (const [tx, h] of this.held) {
      if (this.sched.txStatus(tx).incarnation !== h.inc) continue
      const o = h.outcome
      out.push(o instanceof InvalidTransactionError ? [tx, { txIndex: o.txIndex, reason: o.reason, message: o.message }] : [tx, o])
    }
    return out
  }

  busyMs(): number {
    return 0
  }
}
