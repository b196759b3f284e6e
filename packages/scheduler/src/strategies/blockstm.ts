import type { Scheduler } from '../scheduler.js'
import type { Strategy } from '../strategy.js'
import { TaskKind, type TxIdx } from '../types.js'

/**
 * Classic Block-STM (paper, Algorithm 4 `next_task`): take work from whichever cursor is
 * lower, validation first on ties' other side; execute in index order.
 */
export const blockstm: Strategy = {
  name: 'blockstm',
  nextTask(s: Scheduler): TaskKind {
    return cursorTask(s, undefined)
  },
}

/**
 * The paper's next_task loop, for strategies that only add a condition to it: `held(s, e)`
 * true makes the worker wait (NONE) instead of claiming cursor tx e (e < txCount). Pass a
 * module-level function: the loop must not allocate. `exact`: claim exactly e
 * (claimCursorExecution), so that two workers that both found e free cannot take e and e+1.
 */
export function cursorTask(s: Scheduler, held: ((s: Scheduler, e: TxIdx) => boolean) | undefined, exact = false): TaskKind {
  const n = s.txCount
  for (;;) {
    const v = s.validationIdx()
    const e = s.executionIdx()
    if (v >= n && e >= n) return s.checkDone() ? TaskKind.DONE : TaskKind.NONE
    if (v < e) {
      if (s.nextVersionToValidate()) return TaskKind.VALIDATE
    } else if (held !== undefined && e < n && held(s, e)) {
      return TaskKind.NONE
    } else if (exact ? s.claimCursorExecution(e) : s.nextVersionToExecute()) {
      return TaskKind.EXECUTE
    }
  }
}
