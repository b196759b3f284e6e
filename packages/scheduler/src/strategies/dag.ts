import type { Scheduler } from '../scheduler.js'
import type { Strategy } from '../strategy.js'
import { TaskKind, type TxIdx } from '../types.js'
import { blockstm } from './blockstm.js'

// How often a claimed tx may find its chosen blocker executed-and-then-aborted again before
// we stop trying to park it and just run it (validation keeps that safe).
const MAX_DEFER_TRIES = 4

/**
 * DAG-aware dispatch (after Grevm 2.0). Same cursors as Block-STM, plus:
 *  - admit: a claimed tx whose nearest unfinished predicted predecessor (graph edge or edge
 *    learned at run time) has not finished executing is parked on it (`defer`, the same
 *    lock-free suspension as an ESTIMATE hit) instead of running to a near-certain abort.
 *    The cursor moves on, so txs whose predecessors are done are preferred.
 *  - afterExecution: when tx finishes and tx+1 has the edge tx -> tx+1 and no other
 *    unfinished predecessor, this worker runs tx+1 at once (a chain of distance-1
 *    dependencies runs back to back on one worker, no wake-up, warm caches).
 * The graph is only a hint: parking waits for a lower tx (no cycles, I9), and every
 * execution is validated as usual, so an empty or wrong graph changes speed, not results.
 */
export const dag: Strategy = {
  name: 'dag',
  nextTask(s: Scheduler): TaskKind {
    return blockstm.nextTask(s) // admit() is applied by the primitives
  },
  admit(s: Scheduler, tx: TxIdx): boolean {
    for (let i = 0; i < MAX_DEFER_TRIES; i++) {
      const p = s.nearestUnfinishedPredecessor(tx)
      if (p < 0) return true
      if (s.defer(tx, p)) return false
    }
    return true
  },
  afterExecution(s: Scheduler, tx: TxIdx): TxIdx {
    const next = tx + 1
    if (next >= s.txCount || !s.hasPredecessor(next, tx)) return -1
    if (s.nearestUnfinishedPredecessor(next) >= 0) return -1
    return s.claimExecution(next) ? next : -1
  },
}
