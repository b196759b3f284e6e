// The test-only driver loop: what an executor does with the scheduler, minus the EVM.
import { Scheduler, TaskKind } from '../../src/index.js'
import { runTx, spinMicros, SUSPENDED, SPEC } from './mock-block.js'
import { ESTIMATE, type TxStore } from './model-store.js'

export const DelayMode = { NONE: 0, EXACT: 1, RANDOM: 2 } as const

export interface DriverOptions {
  keys: number
  delayMode: number
  random: () => number
}

export function runBlock(s: Scheduler, store: TxStore, specs: Int32Array, o: DriverOptions): void {
  let tx = -1
  const read = (key: number): number => {
    for (;;) {
      const v = store.read(tx, key)
      if (v !== ESTIMATE) return v
      if (s.addDependency(tx, store.blocker)) return SUSPENDED
    }
  }
  // The simulated work runs after the reads and before the writes, so that it is on the
  // dependency path: a tx on a chain cannot finish before its input is known.
  let pendingDelay = 0
  const write = (key: number, value: number): void => {
    if (pendingDelay > 0) {
      spinMicros(pendingDelay)
      pendingDelay = 0
    }
    store.write(key, value)
  }
  let k: TaskKind = s.nextTask()
  for (;;) {
    if (k === TaskKind.DONE) return
    if (k === TaskKind.NONE) {
      s.waitForWork()
      k = s.nextTask()
      continue
    }
    tx = s.taskTx
    const inc = s.taskIncarnation
    if (k === TaskKind.EXECUTE) {
      const d = specs[tx * SPEC + 7]!
      pendingDelay = o.delayMode === DelayMode.EXACT ? d : o.delayMode === DelayMode.RANDOM && d > 0 ? Math.floor(o.random() * d) : 0
      store.beginTx(tx)
      if (!runTx(specs, tx, o.keys, read, write)) {
        k = s.nextTask() // suspended: the blocker's finishExecution makes it READY again
        continue
      }
      k = s.finishExecution(tx, inc, store.commit(tx, inc), store.readFrom)
    } else {
      const aborted = !store.validate(tx) && s.tryValidationAbort(tx, inc)
      if (aborted) store.convertWritesToEstimates(tx)
      k = aborted ? s.finishValidation(tx, true, store.conflict) : s.finishValidation(tx, false)
    }
    if (k === TaskKind.NONE) k = s.nextTask()
  }
}
