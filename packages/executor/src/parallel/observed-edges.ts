/**
 * The dependencies a block really had, from the multi-version memory once the block is
 * done (ParallelOptions.observeEdges): for each transaction, the highest lower one that
 * wrote (or credited) a location its final incarnation read.
 *
 * Computed after the run, not from what each execution saw (the scheduler's readFrom):
 * validation is value-based, so an execution that read a stale writer's value, equal to
 * the final one, stays valid while naming the wrong writer - a lower incarnation that no
 * longer writes the location, or a higher writer that had not written it yet. Re-reading
 * the final read sets against the final versions names the writer sequential execution
 * would have read from: the nearest edge of each transaction in the block's true
 * dependency graph (checked against @blockstm/hints' recordSequential in the tests).
 */
import { VALUE_WORDS } from '@blockstm/mvmemory'
import type { MVMemory } from '@blockstm/mvmemory'

import type { SharedReadSets } from './read-sets.js'

/** [from, to] for every transaction `to` that read a lower one's write, ascending by `to`. */
export function observedEdges(mv: MVMemory, readSets: SharedReadSets, txCount: number): Array<[from: number, to: number]> {
  const out: Array<[number, number]> = []
  const scratch = new Uint32Array(VALUE_WORDS)
  let tx = 0
  let from = -1
  // One closure for the whole pass; mv.read leaves the writer it found (-1: none) in lastTxIdx.
  const visit = (loc: number): void => {
    mv.read(loc, tx, scratch)
    if (mv.lastTxIdx > from) from = mv.lastTxIdx
  }
  for (; tx < txCount; tx++) {
    from = -1
    readSets.forEachLatestLocation(tx, visit)
    if (from >= 0) out.push([from, tx])
  }
  return out
}
