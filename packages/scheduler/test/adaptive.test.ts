// The primitives `adaptive` is built on (readFrom, taskAfterPredecessor, strategyState,
// afterAbort) and its chain mode, driven by hand with two per-worker instances in one
// thread, so that each step's effect is deterministic.
import test from 'ava'
import { CHAIN_AFTER, READ_FROM_NONE, READ_FROM_UNKNOWN, Scheduler, TaskKind, type Strategy } from '../src/index.js'

function pair(txCount: number, strategy: 'blockstm' | 'adaptive' | Strategy = 'adaptive') {
  const a = Scheduler.create({ txCount, workers: 2, strategy })
  const b = Scheduler.fromShared(a.shared, 1)
  return { a, b }
}

test('readFrom: recorded per tx, unknown until reported; an out-of-range value throws and changes nothing', (t) => {
  const { a, b } = pair(3, 'blockstm')
  t.is(a.nextTask(), TaskKind.EXECUTE)
  t.true(a.taskAfterPredecessor, 'tx 0 has no predecessor to wait for')
  t.is(b.nextTask(), TaskKind.EXECUTE)
  t.is(b.taskTx, 1)
  t.false(b.taskAfterPredecessor, 'tx 1 was handed out while tx 0 was executing')
  t.is(a.readFromOf(0), READ_FROM_UNKNOWN)
  t.throws(() => b.finishExecution(1, 0, true, 1), { instanceOf: RangeError, message: /readFrom 1/ })
  t.throws(() => b.finishExecution(1, 0, true, -3), { instanceOf: RangeError })
  t.deepEqual(b.txStatus(1), { status: 'EXECUTING', incarnation: 0 })
  t.is(b.readFromOf(1), READ_FROM_UNKNOWN)
  a.finishExecution(0, 0, true, READ_FROM_NONE)
  b.finishExecution(1, 0, true, 0)
  t.is(a.readFromOf(0), READ_FROM_NONE)
  t.is(a.readFromOf(1), 0)
  t.deepEqual(a.observedEdges(), [[0, 1]])
  // Not reported (an executor that does not track it): stays unknown.
  for (let k = a.nextTask(); k !== TaskKind.DONE; k = a.nextTask()) {
    if (k === TaskKind.EXECUTE) a.finishExecution(a.taskTx, a.taskIncarnation, true)
    else if (k === TaskKind.VALIDATE) a.finishValidation(a.taskTx, false)
  }
  t.is(a.readFromOf(2), READ_FROM_UNKNOWN)
  t.deepEqual(a.observedEdges(), [[0, 1]])
})

test('strategyState: shared by every instance, zeroed by reset', (t) => {
  const { a, b } = pair(2)
  Atomics.store(a.strategyState, 3, 42)
  t.is(Atomics.load(b.strategyState, 3), 42)
  a.reset({ txCount: 2 })
  t.is(b.nextTask(), TaskKind.EXECUTE) // picks up the new generation
  t.is(Atomics.load(b.strategyState, 3), 0)
  t.is(a.readFromOf(0), READ_FROM_UNKNOWN)
})

test('afterAbort: called with the conflict the executor reported, -1 when unknown or not lower', (t) => {
  const calls: Array<[number, number]> = []
  const recording: Strategy = {
    name: 'abort-recorder',
    nextTask: (s) => (s.validationIdx() < s.executionIdx() ? (s.nextVersionToValidate() ? TaskKind.VALIDATE : TaskKind.NONE) : s.nextVersionToExecute() ? TaskKind.EXECUTE : s.checkDone() ? TaskKind.DONE : TaskKind.NONE),
    afterAbort: (_s, tx, conflictTx) => void calls.push([tx, conflictTx]),
  }
  const { a } = pair(3, recording)
  const abortOnce = (tx: number, conflict: number | undefined): void => {
    a.nextTask()
    t.is(a.taskTx, tx)
    a.finishExecution(tx, a.taskIncarnation, true)
    t.is(a.nextTask(), TaskKind.VALIDATE)
    t.true(a.tryValidationAbort(tx, a.taskIncarnation))
    a.finishValidation(tx, true, conflict)
  }
  a.nextTask()
  a.finishExecution(0, 0, true)
  a.nextTask()
  a.finishValidation(0, false)
  abortOnce(1, 0)
  t.deepEqual(calls, [[1, 0]])
  t.deepEqual(a.learnedEdges(), [[0, 1]])
  t.deepEqual(a.txStatus(1), { status: 'EXECUTING', incarnation: 1 }, 're-executed at once, as in the paper')
  a.finishExecution(1, 1, false)
  a.nextTask()
  a.finishValidation(1, false)
  abortOnce(2, 7) // not a lower tx: unknown
  t.deepEqual(calls, [[1, 0], [2, -1]])
})

/** Runs a's tasks until it is handed an execution of `tx` (validating what comes first). */
function executeUpTo(a: Scheduler, tx: number): void {
  for (let k = a.nextTask(); ; k = a.nextTask()) {
    if (k === TaskKind.VALIDATE) a.finishValidation(a.taskTx, false)
    else if (k === TaskKind.EXECUTE && a.taskTx === tx) return
    else throw new Error(`unexpected task ${k} (tx ${a.taskTx}) before executing ${tx}`)
  }
}

test('adaptive: CHAIN_AFTER links start chain mode (the finishing worker runs the next tx, the other is held back); a chained tx that did not read its predecessor ends it', (t) => {
  const { a, b } = pair(10)
  // Txs 0..CHAIN_AFTER one after another, each reading its predecessor.
  executeUpTo(a, 0)
  let k = a.finishExecution(0, 0, true, READ_FROM_NONE)
  for (let tx = 1; tx < CHAIN_AFTER; tx++) {
    executeUpTo(a, tx)
    k = a.finishExecution(tx, 0, true, tx - 1)
    t.not(k, TaskKind.EXECUTE, `no chain mode after ${tx} link(s)`)
  }
  executeUpTo(a, CHAIN_AFTER)
  k = a.finishExecution(CHAIN_AFTER, 0, true, CHAIN_AFTER - 1)
  t.is(k, TaskKind.EXECUTE, 'chain mode: the finishing worker runs the next tx itself')
  const front = CHAIN_AFTER + 1
  t.is(a.taskTx, front)
  t.true(a.taskAfterPredecessor)
  t.is(a.counters().chainedExecutions, 1)
  // b validates what is pending, then is held back rather than speculate past the front.
  for (k = b.nextTask(); k === TaskKind.VALIDATE; k = b.nextTask()) b.finishValidation(b.taskTx, false)
  t.is(k, TaskKind.NONE, 'held back while the front executes')
  // The front read its predecessor: the chain goes on.
  k = a.finishExecution(front, 0, true, front - 1)
  t.is(k, TaskKind.EXECUTE)
  t.is(a.taskTx, front + 1)
  for (k = b.nextTask(); k === TaskKind.VALIDATE; k = b.nextTask()) b.finishValidation(b.taskTx, false)
  t.is(k, TaskKind.NONE)
  // It ran after its predecessor and read nothing of it: the chain has ended.
  k = a.finishExecution(front + 1, 0, true, READ_FROM_NONE)
  t.not(k, TaskKind.EXECUTE, 'no chaining once the chain is broken')
  t.is(a.counters().chainedExecutions, 2)
  for (k = b.nextTask(); k === TaskKind.VALIDATE; k = b.nextTask()) b.finishValidation(b.taskTx, false)
  t.is(k, TaskKind.EXECUTE, 'speculation resumes')
  t.is(b.taskTx, front + 2)
})

test('adaptive: a front that finished without evidence (it started before its predecessor finished) does not hold the cursor once no task is under way', (t) => {
  const { a, b } = pair(8)
  for (let tx = 0; tx < CHAIN_AFTER; tx++) {
    executeUpTo(a, tx)
    a.finishExecution(tx, 0, true, tx - 1)
  }
  // b runs the last link while a speculates on the tx after it.
  for (let k = b.nextTask(); !(k === TaskKind.EXECUTE && b.taskTx === CHAIN_AFTER); k = b.nextTask()) b.finishValidation(b.taskTx, false)
  const front = CHAIN_AFTER + 1
  executeUpTo(a, front)
  t.false(a.taskAfterPredecessor)
  t.not(b.finishExecution(CHAIN_AFTER, 0, true, CHAIN_AFTER - 1), TaskKind.EXECUTE, 'chain mode, but the next tx is taken')
  // The front read nothing of its predecessor, but ran beside it: no evidence either way.
  t.not(a.finishExecution(front, 0, true, READ_FROM_NONE), TaskKind.EXECUTE)
  let k = b.nextTask()
  while (k === TaskKind.VALIDATE) {
    b.finishValidation(b.taskTx, false)
    k = b.nextTask()
  }
  // Nobody holds a task, so no evidence can come: b does not wait for it.
  t.is(b.activeTasks(), 1)
  t.is(k, TaskKind.EXECUTE)
  t.is(b.taskTx, front + 1)
  t.is(a.counters().chainedExecutions, 0)
})
