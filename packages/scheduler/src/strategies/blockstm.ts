import type { Scheduler } from '../scheduler.js'
import type { Strategy } from '../strategy.js'
import { TaskKind } from '../types.js'

/**
 * Classic Block-STM (paper, Algorithm 4 `next_task`): take work from whichever cursor is
 * lower, validation first on ties' other side; execute in index order.
 */
export const blockstm: Strategy = {
  name: 'blockstm',
  nextTask(s: Scheduler): TaskKind {
    const n = s.txCount
    for (;;) {
      const v = s.validationIdx()
      const e = s.executionIdx()
      if (v >= n && e >= n) return s.checkDone() ? TaskKind.DONE : TaskKind.NONE
      if (v < e) {
        if (s.nextVersionToValidate()) return TaskKind.VALIDATE
      } else if (s.nextVersionToExecute()) {
        return TaskKind.EXECUTE
      }
    }
  },
}
