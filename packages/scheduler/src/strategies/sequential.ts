import type { Scheduler } from '../scheduler.js'
import type { Strategy } from '../strategy.js'
import { TaskKind, type TxIdx } from '../types.js'

/**
 * One transaction at a time, in order, no speculation: tx i is claimed only once tx i-1 has
 * finished executing, so every read sees final values and every validation passes. Other
 * workers sleep until `afterExecution` signals that the next tx may start. A baseline for
 * measuring what speculation buys.
 */
export const sequential: Strategy = {
  name: 'sequential',
  nextTask(s: Scheduler): TaskKind {
    const n = s.txCount
    for (;;) {
      const v = s.validationIdx()
      const e = s.executionIdx()
      if (v >= n && e >= n) return s.checkDone() ? TaskKind.DONE : TaskKind.NONE
      if (v < e) {
        if (s.nextVersionToValidate()) return TaskKind.VALIDATE
        continue
      }
      if (e > 0 && !s.isExecuted(e - 1)) return TaskKind.NONE
      if (s.claimCursorExecution(e)) return TaskKind.EXECUTE
    }
  },
  afterExecution(s: Scheduler, _tx: TxIdx): TxIdx {
    s.notifyWork() // the next tx may start now; idle workers are waiting for exactly this
    return -1
  },
}
