/**
 * The worker's Block-STM loop: take a task from the shared scheduler, execute or
 * validate, hand the follow-up back. Everything it touches per task is in shared
 * memory (scheduler words, multi-version memory, read sets); no message per task.
 */
import { MVMemory, ReadSet } from '@blockstm/mvmemory'
import { TaskKind } from '@blockstm/scheduler'

import { makeBlockEnv } from '../block/env.js'
import type { BlockEnv } from '../block/env.js'
import { InvalidTransactionError } from '../errors.js'
import { openBaseStateLayers } from '../state/open.js'
import type { BaseState } from '../state/base.js'
import { BlockView } from './block-image.js'
import { encodeImageDiffShare } from './diff-share.js'
import { mvStateDiff } from './post-state.js'
import { encodeStateDiff } from '../codec/state-diff.js'
import { prepareTx } from '../tx/prepared.js'
import type { PreparedTx } from '../tx/prepared.js'
import { checkStatic, executeTx } from '../tx/process.js'
import type { TxOutcome } from '../tx/process.js'
import { DependencyAbort } from './abort.js'
import type { BlockTask, OutcomeEntry } from './messages.js'
import type { TxKeys } from '../codec/tx.js'
import { makeSlot } from './slot.js'
import { LocationCache } from './location-cache.js'
import type { Slot } from './slot.js'
import { SharedReadSets } from './read-sets.js'
import { cumulativeGas, encodeReceiptLeaves } from './receipt-leaves.js'

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

export class BlockRun {
  /**
   * The latest outcome this worker produced per transaction, and its incarnation (-1:
   * none): arrays by txIdx, not a Map of {inc, outcome} records, whose entries and
   * wrappers all lived to the end of the block (copied by each young-generation GC).
   */
  private readonly heldInc: Int32Array
  private readonly heldOutcome: (TxOutcome | InvalidTransactionError | undefined)[]
  private readonly validationReads = new ReadSet(64)
  /** Each execution's gas (BlockTask.gasUsed); final once the block is done. */
  private readonly gasUsed: Float64Array
  /** Slots with no task, waiting in idle(). */
  private idleSlots = 0

  private constructor(
    private readonly task: BlockTask,
    private readonly view: BlockView,
    private readonly env: BlockEnv,
    private readonly mv: MVMemory,
    private readonly slots: Slot[],
    private readonly readSets: SharedReadSets,
    private readonly base: BaseState,
    private readonly workerId: number,
  ) {
    this.active = task.adaptInflight ? 1 : slots.length
    this.inflightPeak = this.active
    this.gasUsed = new Float64Array(task.gasUsed)
    this.heldInc = new Int32Array(view.txCount).fill(-1)
    this.heldOutcome = new Array(view.txCount)
    this.types = new Uint8Array(view.txCount)
  }

  static async start(task: BlockTask, workerId: number): Promise<BlockRun> {
    const view = new BlockView(task.blockImage, task.txImage)
    const env = makeBlockEnv(view.block)
    const opened = openBaseStateLayers(task.state, view.block, view.pre)
    // Not awaited: the reads overlap with execution, which waits on any still in flight (CachedState dedupes).
    if (task.prefetch !== undefined && opened.cache !== undefined) {
      opened.cache.warm(task.prefetch.accounts, task.prefetch.slots, { code: false }).catch(() => {})
    }
    const base = opened.state
    const mv = MVMemory.fromShared(task.mv)
    const slots: Slot[] = []
    const locs = new LocationCache(mv, view.pre)
    const readSets = new SharedReadSets(task.readSets)
    const log = task.staleAborts ? readSets : undefined
    for (let i = 0; i < Math.max(1, task.inflight); i++) slots.push(await makeSlot(env, mv, base, task.sched, workerId, locs, log))
    const run = new BlockRun(task, view, env, mv, slots, readSets, base, workerId)
    run.close = () => opened.close()
    return run
  }

  /** Releases the base state (LMDB handle). */
  close: () => Promise<void> = async () => {}

  /** After the block: this worker's share of the post-state diff (addresses split by hash across workers), encoded for the reply. */
  async diffShare(): Promise<ArrayBuffer> {
    const part = { index: this.workerId, of: this.task.sched.workers }
    const pre = this.view.pre
    // Embedded: the base state is the pre-state image itself, so the diff is written straight to bytes.
    if ((this.base as unknown) === pre) return encodeImageDiffShare(this.mv, pre, part)
    return encodeStateDiff(await mvStateDiff(this.mv, this.base, pre, part))
  }

  async run(): Promise<OutcomeEntry[]> {
    await Promise.all(this.slots.map((slot, i) => this.slotLoop(slot, i)))
    return this.finalOutcomes()
  }

  /** After run(): the receipts trie's leaves of the valid ones among its outcomes, encoded for the reply. */
  receiptLeaves(outcomes: OutcomeEntry[]): ArrayBuffer {
    const valid = outcomes.filter((e): e is [number, TxOutcome] => !('reason' in e[1]))
    const view = this.view
    return encodeReceiptLeaves(valid, view.txCount, cumulativeGas(this.gasUsed), (tx) => this.types[tx]!, this.env.eip.byzantium)
  }

  private async slotLoop(slot: Slot, index: number): Promise<void> {
    const s = slot.sched
    // Beyond the in-flight limit from the start: wait for executions that waited on storage.
    if (index >= Math.floor(this.active) && !s.isDone()) await this.park()
    let kind = s.nextTask()
    while (kind !== TaskKind.DONE) {
      if (kind === TaskKind.EXECUTE) {
        const k = this.execute(slot, s.taskTx, s.taskIncarnation)
        kind = k instanceof Promise ? await k : k
      }
      else if (kind === TaskKind.VALIDATE) kind = this.validate(slot, s.taskTx, s.taskIncarnation)
      else await this.idle(s)
      if (kind !== TaskKind.NONE) continue
      // No task held: a slot beyond the in-flight limit waits before taking another.
      if (index >= Math.floor(this.active) && !s.isDone()) await this.park()
      kind = s.nextTask()
    }
    // The block is done: parked slots must see it too. (A slot parks only while the block
    // is not done, and this thread runs one slot at a time, so none parks after this.)
    this.unparkAll()
  }

  /**
   * Adaptive in-flight count (BlockTask.adaptInflight): each transaction in flight is a
   * speculation on what lower ones will write, and it only pays while executions wait
   * on storage. So a worker starts with one slot taking tasks, adds one back per
   * `active` executions that waited on a base-state read and met no conflict, and
   * halves them while transactions conflict (an ESTIMATE met, a validation failed):
   * AIMD. Measured at 100 µs per read: 8 in flight hide storage waits on conflict-free
   * blocks, but multiply re-executions on contended ones (uniswap: 300 with 8, 82
   * adaptive); and when a prefetch list has already put the block's reads in flight,
   * executions rarely wait, so one slot stays active (uniswap with learned hints:
   * 797 ms with 8 fixed, 668 ms with 1; 625 ms at 0 µs).
   */
  private active: number
  /** The most slots that took tasks at once. */
  inflightPeak = 1
  private readonly parked: (() => void)[] = []

  private conflict(): void {
    if (this.task.adaptInflight) this.active = Math.max(1, this.active / 2)
  }

  private progress(waited: boolean): void {
    if (!this.task.adaptInflight || !waited || this.active >= this.slots.length) return
    const before = Math.floor(this.active)
    this.active = Math.min(this.slots.length, this.active + 1 / this.active)
    if (Math.floor(this.active) > before) {
      this.inflightPeak = Math.max(this.inflightPeak, Math.floor(this.active))
      this.parked.shift()?.()
    }
  }

  /** Waits (counted idle: it holds no task) until progress() or the end of the block wakes it. */
  private park(): Promise<void> {
    this.idleSlots++
    return new Promise((resolve) =>
      this.parked.push(() => {
        this.idleSlots--
        resolve()
      }),
    )
  }

  private unparkAll(): void {
    for (const wake of this.parked.splice(0)) wake()
  }

  /**
   * No task for this slot. With one slot, sleep until there is work (Atomics.wait).
   * With several, first yield to the event loop: a sibling may hold a task whose
   * continuation is queued behind this one (or await a storage read), and blocking
   * the thread here would keep it from ever finishing that task — every worker would
   * then wait for work only it can produce (a hang seen once under heavy load). Block
   * only when every slot of this worker is idle, i.e. nothing here can make progress.
   */
  private async idle(s: Slot['sched']): Promise<void> {
    if (this.slots.length === 1) return s.waitForWork()
    this.idleSlots++
    try {
      await yieldToEventLoop()
      if (this.idleSlots === this.slots.length) s.waitForWork()
    } finally {
      this.idleSlots--
    }
  }

  /**
   * Decoded and prepared afresh for each incarnation, not cached: objects kept until
   * the block ends survive every young-generation GC and are copied by each one (a
   * cache of them cost a quarter of a worker's scavenge time on a 10k-transfer block),
   * while preparing again costs a few µs, and only re-executions pay it twice.
   */
  private tx(i: number): PreparedTx {
    const keys = this.keys
    const input = this.view.tx(i, keys)
    this.types[i] = input.type
    return prepareTx(input, this.env, keys)
  }

  /**
   * Type of each transaction this worker executed, for its receipts: read back from the
   * image after the block, each was a cache miss (~1 ms a block of 5k transfers).
   */
  private readonly types: Uint8Array

  /** Scratch for tx(): the decoded transaction's state keys. */
  private readonly keys: TxKeys = { from: '', to: undefined }

  /**
   * Executes incarnation `inc` of `txIdx` (again, while its ESTIMATE's blocker finished
   * meanwhile) and records it. Synchronous when the execution is (a transfer whose reads
   * all answer from memory): an async method cost each execution a promise and a
   * microtask turn.
   */
  private execute(slot: Slot, txIdx: number, inc: number): TaskKind | Promise<TaskKind> {
    for (;;) {
      const a = this.attempt(slot, txIdx)
      if (a instanceof Promise) {
        return a.then((r) => {
          const k = this.settle(slot, txIdx, inc, r)
          if (k !== RETRY) return k
          slot.sched.restartExecution(txIdx) // the time so far was wasted
          return this.execute(slot, txIdx, inc)
        })
      }
      const k = this.settle(slot, txIdx, inc, a)
      if (k !== RETRY) return k
      slot.sched.restartExecution(txIdx)
    }
  }

  /** One run of the transaction: its outcome, or why it has none (invalid, or an ESTIMATE read). */
  private attempt(slot: Slot, txIdx: number): Attempt | Promise<Attempt> {
    const { reader, txState, evm } = slot
    const tx = this.tx(txIdx)
    reader.begin(txIdx)
    txState.reset(reader, true) // the writer has turned the previous buffer into a WriteSet
    try {
      // Cumulative block gas is checked in order by the caller: 0 here.
      checkStatic(tx, this.env, 0n)
      // Logs stay bytes: the reply encodes them as bytes (codec/outcome.ts).
      const out = executeTx(evm, this.env, tx, true)
      return out instanceof Promise ? out.then((o) => this.build(slot, txIdx, o), caught) : this.build(slot, txIdx, out)
    } catch (e) {
      return caught(e)
    }
  }

  /** The write set of an execution that finished. */
  private build(slot: Slot, txIdx: number, outcome: TxOutcome): Attempt | Promise<Attempt> {
    const { reader, txState, writer } = slot
    // An ESTIMATE (or stale reads) whose abort something inside the EVM caught still stops the tx.
    if (reader.blockedBy !== -1) return new DependencyAbort(reader.blockedBy)
    try {
      const built = writer.build(txIdx, txState.writes, reader)
      return built instanceof Promise ? built.then(() => outcome, caught) : outcome
    } catch (e) {
      return caught(e)
    }
  }

  /** Records an attempt; RETRY when it met an ESTIMATE whose blocker has finished meanwhile. */
  private settle(slot: Slot, txIdx: number, inc: number, r: Attempt): TaskKind | typeof RETRY {
    const { reader, writer, sched } = slot
    if (r instanceof DependencyAbort) {
      // Stale reads whose writer is unknown (STALE_RESTART): run again at once.
      if (r.blockingTx < 0 || !sched.addDependency(txIdx, r.blockingTx)) return RETRY
      this.conflict()
      return TaskKind.NONE
    }
    // Invalid as speculated; a valid block's final incarnation never is.
    if (r instanceof InvalidTransactionError) writer.writes.clear()
    // Before finishExecution: once the block is done, the last write is the final incarnation's.
    this.gasUsed[txIdx] = r instanceof InvalidTransactionError ? 0 : Number(r.gasUsed)
    this.readSets.publish(txIdx, inc, reader.reads)
    const wroteNew = this.mv.record(txIdx, inc, writer.writes)
    this.readSets.noteRecorded(txIdx) // after the writes are in: executions in flight check them (staleAborts)
    this.heldInc[txIdx] = inc
    this.heldOutcome[txIdx] = r
    this.progress(reader.baseWaits > 0)
    return sched.finishExecution(txIdx, inc, wroteNew, reader.readFrom)
  }

  private validate(slot: Slot, txIdx: number, inc: number): TaskKind {
    const sched = slot.sched
    const reads = this.validationReads
    // A read set of another incarnation means this task is stale: nothing to abort.
    const valid = !this.readSets.load(txIdx, inc, reads) || this.mv.validateReadSet(txIdx, reads)
    const aborted = !valid && sched.tryValidationAbort(txIdx, inc)
    if (aborted) {
      // The writer whose version the first changed read now sees (validateReadSet), read
      // before the conversion below reads anything else.
      const conflictTx = this.mv.lastTxIdx
      this.mv.convertWritesToEstimates(txIdx)
      this.conflict()
      return sched.finishValidation(txIdx, true, conflictTx)
    }
    return sched.finishValidation(txIdx, false)
  }

  /** Executions stopped early by stale reads in this block, over this worker's slots. */
  staleAborts(): number {
    let n = 0
    for (const s of this.slots) n += s.reader.staleAborts
    return n
  }

  /** Outcomes this worker holds for the final incarnation of their transaction. */
  private finalOutcomes(): OutcomeEntry[] {
    const out: OutcomeEntry[] = []
    const sched = this.slots[0].sched
    for (let tx = 0; tx < this.heldInc.length; tx++) {
      const inc = this.heldInc[tx]!
      if (inc < 0 || sched.txStatus(tx).incarnation !== inc) continue
      const o = this.heldOutcome[tx]!
      out.push(o instanceof InvalidTransactionError ? [tx, { txIndex: o.txIndex, reason: o.reason, message: o.message }] : [tx, o])
    }
    return out
  }

}

/** What one run of a transaction gives: its outcome, or why it has none. */
type Attempt = TxOutcome | InvalidTransactionError | DependencyAbort

/** BlockRun.settle: run the transaction again (not a TaskKind). */
const RETRY = -1

/** An execution's error as an Attempt; anything else is a bug or a crash and propagates. */
function caught(e: unknown): InvalidTransactionError | DependencyAbort {
  if (e instanceof DependencyAbort || e instanceof InvalidTransactionError) return e
  throw e
}
