import type { Scheduler } from '../scheduler.js'
import type { Strategy } from '../strategy.js'
import type { TaskKind, TxIdx } from '../types.js'
import { cursorTask } from './blockstm.js'

/**
 * One transaction at a time, in order, no speculation: tx i is claimed only once tx i-1 has
 * finished executing, so every read sees final values and every validation passes. Other
 * workers sleep until `afterExecution` signals that the next tx may start. A baseline for
 * measuring what speculation buys.
 */
export const sequential: Strategy = {
  name: 'sequential',
  nextTask(s: Scheduler): TaskKind {
    return cursorTask(s, predecessorUnfinished, true)
  },
  afterExecution(s: Scheduler, _tx: TxIdx): TxIdx {
    s.notifyWork() // the next tx may start now; idle workers are waiting for exactly this
    return -1
  },
}

function predecessorUnfinished(s: Scheduler, e: TxIdx): boolean {
  return e > 0 && !s.isExecuted(e - 1)
}
