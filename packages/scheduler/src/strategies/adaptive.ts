import type { Scheduler } from '../scheduler.js'
import type { Strategy } from '../strategy.js'
import { TaskKind, type TxIdx } from '../types.js'
import { cursorTask } from './blockstm.js'
import { dag } from './dag.js'

/**
 * Consecutive transactions that must each have been seen reading from the one right
 * before them before `adaptive` stops speculating past the chain's front. Three: two
 * could be one sender's pair of transactions; a hot contract's accidental neighbours
 * rarely make three in a row.
 */
export const CHAIN_AFTER = 3

// The chain detector, strategyState[DETECTOR]: (last + 1) << RUN_BITS | run, where `last`
// is the highest transaction seen depending on its predecessor and `run` how many
// consecutive ones ended there (capped). One word, so readers see a consistent pair;
// writers race benignly (a lost update only delays a mode change).
const DETECTOR = 0
// heldBack's patience with a finished front: which front (+1) and since when (ticks()).
const HELD_FRONT = 1
const HELD_SINCE = 2
const RUN_BITS = 4
const RUN_MAX = (1 << RUN_BITS) - 1

/**
 * `dag` that also learns chains at run time, without hints.
 *
 * On a chain of dependent transactions (each reads what the one before it wrote)
 * speculation only loses: tx k+1, run beside tx k, reads a stale value and runs again, so
 * two workers do twice the work in the time of one. Evidence that tx depends on tx-1:
 *  - a validation aborted tx because of a write of tx-1 (afterAbort's conflictTx), or
 *  - an execution of tx read from tx-1 (finishExecution's readFrom).
 * Once CHAIN_AFTER consecutive transactions showed it, the block is taken to be in a chain
 * (chain mode), until evidence breaks it:
 *  - nextTask does not claim cursor tx e while e-1 is unfinished: the worker validates,
 *    or sleeps until work appears (NONE);
 *  - afterExecution: the worker that finished tx runs tx+1 itself at once (chained: no
 *    wake-up, warm caches), as dag does along a distance-1 graph edge.
 * A chained execution starts after its predecessor, so if it did not read from it the
 * chain is broken: chain mode ends, the sleepers are woken and speculation resumes.
 * (While speculating, "did not read from tx-1" proves nothing: tx-1's own execution may
 * have been stale.) Outside chain mode it is `dag` (graph and learned edges park a
 * transaction). Like every strategy it only chooses which READY tx is claimed when (I10):
 * a wrong guess costs time, never a result.
 */
export const adaptive: Strategy = {
  name: 'adaptive',
  nextTask(s: Scheduler): TaskKind {
    return cursorTask(s, heldBack)
  },
  admit: dag.admit,
  afterExecution(s: Scheduler, tx: TxIdx): TxIdx {
    const wasChain = runOf(Atomics.load(s.strategyState, DETECTOR)) >= CHAIN_AFTER
    if (tx > 0 && s.readFromOf(tx) === tx - 1) link(s, tx)
    else if (s.taskAfterPredecessor && wasChain) unlink(s, tx)
    const next = tx + 1
    if (next >= s.txCount) {
      // The chain's validations waited for the sleepers' next wake-up: let them help now.
      if (wasChain) s.notifyWork()
      return -1
    }
    const w = Atomics.load(s.strategyState, DETECTOR)
    const chain = runOf(w) >= CHAIN_AFTER
    // Along the chain only from its front: a stale execution further on (run before chain
    // mode began) would hand its stale successor on and on.
    const front = chain && tx === lastOf(w)
    if ((front || s.hasPredecessor(next, tx)) && s.nearestUnfinishedPredecessor(next) < 0 && s.claimExecution(next)) return next
    // Workers may be held back on `next` (nextTask): it can be claimed now.
    if (chain || wasChain) s.notifyWork()
    return -1
  },
  afterAbort(s: Scheduler, tx: TxIdx, conflictTx: TxIdx): void {
    if (tx > 0 && conflictTx === tx - 1) link(s, tx)
  },
}

/** Evidence that tx depends on tx-1: extends the run the detector holds if it ends at tx-1. */
function link(s: Scheduler, tx: TxIdx): void {
  const state = s.strategyState
  const w = Atomics.load(state, DETECTOR)
  const last = lastOf(w)
  if (tx <= last) return // behind the newest evidence: nothing new
  Atomics.store(state, DETECTOR, detector(tx, tx === last + 1 ? Math.min(runOf(w) + 1, RUN_MAX) : 1))
}

/**
 * Evidence that tx does not depend on tx-1 (it ran after it and read nothing of it): the
 * chain is broken at tx. Only right after the newest link, and only if tx-1's execution
 * was itself one that read from tx-2: a stale execution of tx-1 (run before its own
 * predecessor's writes existed, say a transfer that reverted) may have written nothing
 * that tx would read, and a chain's transactions run ahead of the evidence before chain
 * mode starts.
 */
function unlink(s: Scheduler, tx: TxIdx): void {
  const w = Atomics.load(s.strategyState, DETECTOR)
  if (tx === lastOf(w) + 1 && tx >= 2 && s.readFromOf(tx - 1) === tx - 2) Atomics.store(s.strategyState, DETECTOR, detector(tx, 0))
}

/** The detector word: `last` (the newest transaction seen depending on its predecessor, or a break there with run 0) and the run ending at it. */
const detector = (last: TxIdx, run: number): number => ((last + 1) << RUN_BITS) | run
/** The detector's `last` (-1: nothing seen yet). */
const lastOf = (w: number): TxIdx => (w >>> RUN_BITS) - 1
const runOf = (w: number): number => w & RUN_MAX

/**
 * In chain mode, cursor tx e waits for the chain's front to move: for e-1 if the chain
 * seen so far reaches it, else for the first transaction past the chain (`front`, not
 * yet seen depending on its predecessor) - speculating beyond it would read what it has
 * not written. The front's finish claims its successor itself or wakes us
 * (afterExecution), and a suspension or abort lowers the cursor, which wakes us too.
 *
 * A front that has finished without showing a dependency is either stale (it ran before
 * its predecessor's writes existed, as a chain's transactions do before chain mode
 * begins, and its validation is about to abort it: holding the cursor then saves a
 * stale execution per transaction) or independent (the chain has ended). Which one
 * shows within FRONT_PATIENCE_MS; after that the chain is taken to have ended there.
 * With no task under way anywhere no evidence can come, so nothing is held back
 * (liveness).
 */
function heldBack(s: Scheduler, e: TxIdx): boolean {
  if (e === 0) return false
  const state = s.strategyState
  const w = Atomics.load(state, DETECTOR)
  if (runOf(w) < CHAIN_AFTER || s.activeTasks() === 0) return false
  const front = lastOf(w) + 1 // the first transaction not seen in the chain
  // Waiting for an execution: its finish chains the next tx itself or wakes us.
  const waitFor = e - 1 < front ? e - 1 : front
  if (!s.isExecuted(waitFor)) {
    s.expectLongWait()
    return true
  }
  if (e - 1 < front) return false
  const t = ticks()
  if (Atomics.load(state, HELD_FRONT) !== front + 1) {
    Atomics.store(state, HELD_SINCE, t)
    Atomics.store(state, HELD_FRONT, front + 1)
    return true
  }
  if (((t - Atomics.load(state, HELD_SINCE)) | 0) < FRONT_PATIENCE_TICKS) return true
  // Only if no link or break moved the detector meanwhile.
  Atomics.compareExchange(state, DETECTOR, w, detector(front, 0))
  return false
}

/**
 * How long a finished front without evidence holds the cursor back: a stale front's
 * validation (µs) aborts it well within this; kept short because on a large pool every
 * other worker idles meanwhile (on 2 cores 0.2 and 1 ms saved the same stale executions
 * on chain-erc20).
 */
const FRONT_PATIENCE_MS = 0.25
const TICK_MS = 0.01
const FRONT_PATIENCE_TICKS = FRONT_PATIENCE_MS / TICK_MS

/** Wall time in TICK_MS units, wrapping in 32 bits: comparable across threads (timeOrigin-based). */
function ticks(): number {
  return Math.floor((performance.timeOrigin + performance.now()) / TICK_MS) | 0
}

