// Unit tests of the state machine and its invariants (names I1..I10 from src/scheduler.ts),
// driving interleavings by hand with several per-worker instances in one thread.
import test from 'ava'
import { Scheduler, TaskKind, DependencyGraph, type Strategy } from '../src/index.js'

function pair(txCount: number, strategy: 'blockstm' | 'dag' | 'sequential' = 'blockstm', graph?: DependencyGraph) {
  const a = Scheduler.create({ txCount, workers: 2, strategy, graph, trace: true })
  const b = Scheduler.fromShared(a.shared, 1)
  return { a, b }
}

test('I3 transitions: READY -> EXECUTING -> EXECUTED, validation, DONE', (t) => {
  const { a } = pair(1)
  t.deepEqual(a.txStatus(0), { status: 'READY', incarnation: 0 })
  t.is(a.nextTask(), TaskKind.EXECUTE)
  t.is(a.taskTx, 0)
  t.is(a.taskIncarnation, 0)
  t.deepEqual(a.txStatus(0), { status: 'EXECUTING', incarnation: 0 })
  t.is(a.finishExecution(0, 0, true), TaskKind.NONE) // validation_idx (0) is not past tx 0: the cursor will validate it
  t.deepEqual(a.txStatus(0), { status: 'EXECUTED', incarnation: 0 })
  t.is(a.nextTask(), TaskKind.VALIDATE)
  t.is(a.taskTx, 0)
  t.is(a.finishValidation(0, false), TaskKind.NONE)
  t.is(a.nextTask(), TaskKind.DONE)
  t.true(a.isDone())
  t.deepEqual(a.checkQuiescentInvariants(), [])
})

test('I3 transitions: finishExecution of a tx that is not EXECUTING(inc) throws and changes nothing', (t) => {
  const { a } = pair(2)
  t.is(a.nextTask(), TaskKind.EXECUTE)
  t.throws(() => a.finishExecution(0, 1, false), { message: /not EXECUTING\(1\)/ })
  t.throws(() => a.finishExecution(1, 0, false), { message: /READY/ })
  t.deepEqual(a.txStatus(0), { status: 'EXECUTING', incarnation: 0 })
})

test('I1 single owner: two workers never get the same incarnation to execute', (t) => {
  const { a, b } = pair(2)
  t.is(a.nextTask(), TaskKind.EXECUTE)
  t.is(b.nextTask(), TaskKind.EXECUTE)
  t.not(a.taskTx, b.taskTx)
  t.false(a.claimExecution(a.taskTx)) // already EXECUTING
})

test('I2 incarnations grow: a validation abort re-executes with incarnation + 1; a stale abort is a no-op', (t) => {
  const { a, b } = pair(2)
  t.is(a.nextTask(), TaskKind.EXECUTE) // 0
  t.is(b.nextTask(), TaskKind.EXECUTE, 'validation cursor skipped 0 (executing), then execute 1')
  t.is(b.taskTx, 1)
  t.is(a.finishExecution(0, 0, false), TaskKind.VALIDATE, 'validation_idx passed 0: validate it now')
  t.is(a.finishValidation(0, false), TaskKind.NONE)
  t.is(b.finishExecution(1, 0, false), TaskKind.NONE, 'validation_idx <= 1: the cursor will validate 1')
  t.is(b.nextTask(), TaskKind.VALIDATE)
  t.is(b.taskTx, 1)
  t.true(b.tryValidationAbort(1, 0))
  t.false(a.tryValidationAbort(1, 0), 'second abort of the same incarnation loses')
  t.deepEqual(b.txStatus(1), { status: 'ABORTING', incarnation: 0 })
  t.is(b.finishValidation(1, true), TaskKind.EXECUTE, 'execution_idx > 1, so the re-execution is handed back directly')
  t.is(b.taskTx, 1)
  t.is(b.taskIncarnation, 1)
  t.false(a.tryValidationAbort(1, 0), 'incarnation 0 no longer exists')
  t.is(b.finishExecution(1, 1, false), TaskKind.VALIDATE, 'validation_idx > 1 and no new location: validate only tx 1')
  t.is(b.finishValidation(1, false), TaskKind.NONE)
  t.is(a.nextTask(), TaskKind.DONE)
  const c = a.counters()
  t.is(c.executions, 3)
  t.is(c.reExecutions, 1)
  t.is(c.failedValidations, 1)
  t.deepEqual(a.checkQuiescentInvariants(), [])
})

test('finishExecution: wroteNewLocation lowers validation_idx to tx instead of validating only tx', (t) => {
  for (const wroteNew of [false, true]) {
    const { a, b } = pair(3)
    a.nextTask() // exec 0
    t.is(a.finishExecution(0, 0, false), TaskKind.NONE)
    t.is(a.nextTask(), TaskKind.VALIDATE) // 0
    a.finishValidation(0, false)
    t.is(a.nextTask(), TaskKind.EXECUTE) // 1
    t.is(b.nextTask(), TaskKind.EXECUTE, 'skips validating 1 (executing), executes 2')
    t.is(b.taskTx, 2)
    t.is(a.snapshot().validationIdx, 2)
    const k = a.finishExecution(1, 0, wroteNew)
    if (wroteNew) {
      t.is(k, TaskKind.NONE)
      t.is(a.snapshot().validationIdx, 1, 'every tx from 1 up gets revalidated')
    } else {
      t.is(k, TaskKind.VALIDATE, 'only tx 1 needs validating')
      t.is(a.taskTx, 1)
      t.is(a.snapshot().validationIdx, 2)
    }
  }
})

test('I5 no lost wake-up: blocker finishes BEFORE the registration -> addDependency is false (re-read now)', (t) => {
  const { a, b } = pair(2)
  a.nextTask() // 0
  b.nextTask() // 1
  // b read an ESTIMATE of 0 ... but 0 finishes before b registers
  a.finishExecution(0, 0, false)
  t.false(b.addDependency(1, 0))
  t.deepEqual(b.txStatus(1), { status: 'EXECUTING', incarnation: 0 }, 'rollback leaves tx 1 executing')
  t.is(b.counters().dependencyRetries, 1)
})

test('I5 no lost wake-up: registration BEFORE the blocker finishes -> resumed by that finish', (t) => {
  const { a, b } = pair(2)
  a.nextTask() // 0
  b.nextTask() // 1
  t.true(b.addDependency(1, 0))
  t.deepEqual(b.txStatus(1), { status: 'ABORTING', incarnation: 0 })
  t.is(b.snapshot().numActiveTasks, 1, 'the suspended task released its active slot')
  t.is(b.nextTask(), TaskKind.NONE, 'nothing to do while 0 runs')
  t.is(a.finishExecution(0, 0, false), TaskKind.VALIDATE)
  t.deepEqual(a.txStatus(1), { status: 'READY', incarnation: 1 })
  t.is(a.snapshot().executionIdx, 1, 'the resume lowered execution_idx to the dependent')
  const t0 = performance.now()
  b.waitForWork() // returns at once: the resume bumped the work epoch after b's snapshot
  t.true(performance.now() - t0 < 500)
  t.is(b.nextTask(), TaskKind.EXECUTE)
  t.is(b.taskTx, 1)
  t.is(b.taskIncarnation, 1)
  t.is(a.counters().dependencyWaits, 1)
  t.true(a.traceLines().some((l) => JSON.parse(l).ev === 'resume'))
})

test('I4 closed iff executed: after a validation abort, dependents can register again', (t) => {
  const { a, b } = pair(2)
  a.nextTask()
  b.nextTask()
  a.finishExecution(0, 0, false)
  t.false(b.addDependency(1, 0), 'closed while EXECUTED')
  a.nextTask() // validate 0
  t.true(a.tryValidationAbort(0, 0))
  t.true(b.addDependency(1, 0), 'reopened once aborted')
  t.is(a.finishValidation(0, true), TaskKind.EXECUTE)
  t.is(a.finishExecution(0, 1, false), TaskKind.VALIDATE)
  t.deepEqual(a.txStatus(1), { status: 'READY', incarnation: 1 })
})

test('I9 waits are acyclic: addDependency on a higher or equal tx is rejected', (t) => {
  const { a } = pair(3)
  a.nextTask()
  t.throws(() => a.addDependency(0, 0), { instanceOf: RangeError })
  t.throws(() => a.addDependency(0, 2), { instanceOf: RangeError })
  t.false(a.defer(0, 1))
})

test('I8 done is final: not done while a task is active or a cursor is below n', (t) => {
  const { a, b } = pair(2)
  a.nextTask() // 0
  b.nextTask() // 1
  t.is(a.finishExecution(0, 0, false), TaskKind.VALIDATE) // a holds an active validation
  t.is(b.finishExecution(1, 0, false), TaskKind.NONE)
  t.is(b.nextTask(), TaskKind.VALIDATE)
  t.is(b.finishValidation(1, false), TaskKind.NONE)
  t.is(b.nextTask(), TaskKind.NONE, 'cursors at n but a validation is active')
  t.false(b.isDone())
  t.is(a.finishValidation(0, false), TaskKind.NONE)
  t.is(b.nextTask(), TaskKind.DONE)
  t.is(a.nextTask(), TaskKind.DONE)
})

test('I8 done is final: an empty block is done at once', (t) => {
  const s = Scheduler.create({ txCount: 0, workers: 1 })
  t.is(s.nextTask(), TaskKind.DONE)
})

test('I10 hints only steer (dag): a tx with an unfinished predicted predecessor is deferred, then resumed', (t) => {
  const a = Scheduler.create({ txCount: 3, workers: 3, strategy: 'dag', graph: DependencyGraph.fromEdges(3, [[0, 2]]) })
  const b = Scheduler.fromShared(a.shared, 1)
  const c = Scheduler.fromShared(a.shared, 2)
  t.is(a.nextTask(), TaskKind.EXECUTE) // 0
  t.is(b.nextTask(), TaskKind.EXECUTE) // 1 (no predecessors)
  t.is(b.taskTx, 1)
  t.is(c.nextTask(), TaskKind.NONE, 'tx 2 was claimed, found 0 unfinished and was parked')
  t.deepEqual(c.txStatus(2), { status: 'ABORTING', incarnation: 0 })
  t.is(c.counters().deferrals, 1)
  t.is(c.counters().executions, 2, 'a deferral is not an execution')
  t.is(a.finishExecution(0, 0, false), TaskKind.VALIDATE)
  t.deepEqual(a.txStatus(2), { status: 'READY', incarnation: 1 })
  t.is(c.nextTask(), TaskKind.EXECUTE)
  t.is(c.taskTx, 2)
  t.is(c.taskIncarnation, 1)
})

test('dag chains distance-1 dependencies on one worker', (t) => {
  const { a } = pair(3, 'dag', DependencyGraph.chain(3))
  t.is(a.nextTask(), TaskKind.EXECUTE)
  t.is(a.finishExecution(0, 0, false), TaskKind.EXECUTE, 'tx 1 handed over directly')
  t.is(a.taskTx, 1)
  t.is(a.finishExecution(1, 0, false), TaskKind.EXECUTE)
  t.is(a.taskTx, 2)
  t.is(a.finishExecution(2, 0, false), TaskKind.NONE)
  for (let k = a.nextTask(); k !== TaskKind.DONE; k = a.nextTask()) {
    t.is(k, TaskKind.VALIDATE)
    a.finishValidation(a.taskTx, false)
  }
  const c = a.counters()
  t.is(c.chainedExecutions, 2)
  t.is(c.executions, 3)
  t.is(c.validations, 3)
  t.deepEqual(a.checkQuiescentInvariants(), [])
})

test('dag learns edges from ESTIMATE hits and from failed validations', (t) => {
  const { a, b } = pair(3, 'dag')
  a.nextTask() // 0
  b.nextTask() // 1
  t.true(b.addDependency(1, 0))
  t.deepEqual(a.learnedEdges(), [[0, 1]])
  const s = Scheduler.create({ txCount: 3, workers: 1, strategy: 'dag' })
  const seen: string[] = []
  for (let k = s.nextTask(); k !== TaskKind.DONE; k = s.nextTask()) {
    while (k === TaskKind.EXECUTE || k === TaskKind.VALIDATE) {
      const tx = s.taskTx
      const inc = s.taskIncarnation
      seen.push(`${k === TaskKind.EXECUTE ? 'E' : 'V'}${tx}.${inc}`)
      if (k === TaskKind.EXECUTE) k = s.finishExecution(tx, inc, false)
      else if (tx === 2 && inc === 0) k = s.finishValidation(2, s.tryValidationAbort(2, 0), 0)
      else k = s.finishValidation(tx, false)
    }
  }
  t.deepEqual(seen, ['E0.0', 'V0.0', 'E1.0', 'V1.0', 'E2.0', 'V2.0', 'E2.1', 'V2.1'])
  t.deepEqual(s.learnedEdges(), [[0, 2]])
  t.is(s.counters().learnedEdges, 1)
})

test('sequential: no tx starts before its predecessor finished executing', (t) => {
  const { a, b } = pair(2, 'sequential')
  t.is(a.nextTask(), TaskKind.EXECUTE)
  t.is(b.nextTask(), TaskKind.NONE)
  t.is(a.finishExecution(0, 0, false), TaskKind.VALIDATE)
  b.waitForWork() // returns at once: afterExecution notified
  t.is(b.nextTask(), TaskKind.EXECUTE)
  t.is(b.taskTx, 1)
})

test('a custom Strategy built from the primitives (execute-first, no deferral)', (t) => {
  const executeFirst: Strategy = {
    name: 'test-execute-first',
    nextTask(s) {
      for (;;) {
        if (s.nextVersionToExecute()) return TaskKind.EXECUTE
        if (s.nextVersionToValidate()) return TaskKind.VALIDATE
        if (s.executionIdx() >= s.txCount && s.validationIdx() >= s.txCount) return s.checkDone() ? TaskKind.DONE : TaskKind.NONE
      }
    },
  }
  const s = Scheduler.create({ txCount: 3, workers: 1, strategy: executeFirst })
  t.is(s.strategyName, 'test-execute-first')
  const order: string[] = []
  for (let k = s.nextTask(); k !== TaskKind.DONE; k = s.nextTask()) {
    while (k === TaskKind.EXECUTE || k === TaskKind.VALIDATE) {
      order.push(`${k === TaskKind.EXECUTE ? 'E' : 'V'}${s.taskTx}`)
      k = k === TaskKind.EXECUTE ? s.finishExecution(s.taskTx, s.taskIncarnation, false) : s.finishValidation(s.taskTx, false)
    }
  }
  t.deepEqual(order, ['E0', 'E1', 'E2', 'V0', 'V1', 'V2'])
})

test('reset: the same instances serve the next block; workers pick it up via the generation word', (t) => {
  const { a, b } = pair(4)
  for (let k = b.nextTask(); k !== TaskKind.DONE; k = b.nextTask()) {
    while (k === TaskKind.EXECUTE || k === TaskKind.VALIDATE) k = k === TaskKind.EXECUTE ? b.finishExecution(b.taskTx, b.taskIncarnation, false) : b.finishValidation(b.taskTx, false)
  }
  t.true(a.isDone())
  a.reset({ txCount: 2, strategy: 'sequential' })
  t.false(b.isDone())
  t.is(b.nextTask(), TaskKind.EXECUTE)
  t.is(b.strategyName, 'sequential')
  t.is(b.txCount, 2)
  t.is(a.counters().executions, 1)
  t.throws(() => a.reset({ txCount: 5 }), { instanceOf: RangeError })
})

test('trace: JSON lines when on, nothing recorded (and no cost beyond a flag) when off', (t) => {
  const on = Scheduler.create({ txCount: 2, workers: 1, trace: true })
  const off = Scheduler.create({ txCount: 2, workers: 1 })
  for (const s of [on, off]) {
    for (let k = s.nextTask(); k !== TaskKind.DONE; k = s.nextTask()) {
      while (k === TaskKind.EXECUTE || k === TaskKind.VALIDATE) k = k === TaskKind.EXECUTE ? s.finishExecution(s.taskTx, s.taskIncarnation, false) : s.finishValidation(s.taskTx, false)
    }
  }
  const lines = on.traceLines()
  const events = lines.map((l) => JSON.parse(l) as { ev: string; tx: number; t: number; w: number })
  t.deepEqual(
    events.map((e) => `${e.ev}${e.tx >= 0 ? e.tx : ''}`),
    ['exec_start0', 'exec_end0', 'validate_start0', 'validate_end0', 'exec_start1', 'exec_end1', 'validate_start1', 'validate_end1', 'done'],
  )
  t.true(events.every((e, i) => i === 0 || e.t >= events[i - 1]!.t))
  t.deepEqual(off.traceLines(), [])
})

test('counters: busy and idle time per worker are reported', (t) => {
  const s = Scheduler.create({ txCount: 1, workers: 1 })
  for (let k = s.nextTask(); k !== TaskKind.DONE; k = s.nextTask()) {
    while (k === TaskKind.EXECUTE || k === TaskKind.VALIDATE) k = k === TaskKind.EXECUTE ? s.finishExecution(s.taskTx, s.taskIncarnation, false) : s.finishValidation(s.taskTx, false)
  }
  const c = s.counters()
  t.is(c.perWorker.length, 1)
  t.true(c.perWorker[0]!.busyMs >= 0)
  t.is(c.perWorker[0]!.idleMs, 0)
})

test('DependencyGraph: CSR, invalid edges dropped, nearest predecessor first', (t) => {
  const g = DependencyGraph.fromEdges(4, [[0, 3], [2, 3], [3, 1], [1, 1], [-1, 2], [1, 2]])
  t.deepEqual([...g.predecessors(3)], [2, 0])
  t.deepEqual([...g.predecessors(2)], [1])
  t.deepEqual([...g.predecessors(1)], [])
  t.is(g.edgeCount, 3)
  const h = DependencyGraph.fromCsr(4, { offsets: g.offsets, preds: g.preds })
  t.deepEqual([...h.edges()], [...g.edges()])
})

test('DependencyGraph normalization: random edge lists (duplicates, backward, out of range, non-integer) against a naive reference', (t) => {
  let seed = 12345
  const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n)
  for (let round = 0; round < 200; round++) {
    const n = 1 + rand(40)
    const edges: Array<[number, number]> = Array.from({ length: rand(120) }, () => {
      const odd = rand(20)
      if (odd === 0) return [rand(n) + 0.5, rand(n)] as [number, number]
      if (odd === 1) return [-1 - rand(3), rand(n)] as [number, number]
      if (odd === 2) return [rand(n), n + rand(3)] as [number, number]
      return [rand(n), rand(n)] as [number, number]
    })
    const want: number[][] = Array.from({ length: n }, (_, j) =>
      [...new Set(edges.filter(([f, to]) => to === j && Number.isInteger(f) && f >= 0 && f < to).map(([f]) => f))].sort((a, b) => b - a),
    )
    const g = DependencyGraph.fromEdges(n, edges)
    t.deepEqual(Array.from({ length: n }, (_, j) => [...g.predecessors(j)]), want, `round ${round}`)
    const lists = Array.from({ length: n }, (_, j) => edges.filter(([, to]) => to === j).map(([f]) => f))
    t.deepEqual([...DependencyGraph.fromPredecessors(n, lists).preds], [...g.preds])
    t.deepEqual([...DependencyGraph.fromCsr(n, g).offsets], [...g.offsets])
  }
})

test('I6 execution coverage / I7 validation coverage: new work always lowers a cursor to it', (t) => {
  const { a, b } = pair(4)
  a.nextTask() // exec 0
  b.nextTask() // exec 1 (validation cursor passed 0)
  t.true(b.addDependency(1, 0)) // 1 suspended on 0
  t.is(b.nextTask(), TaskKind.EXECUTE) // 2 (validation cursor passed 1)
  t.is(b.taskTx, 2)
  t.is(a.finishExecution(0, 0, false), TaskKind.VALIDATE)
  t.is(a.snapshot().executionIdx, 1, 'I6: tx 1 became READY, so execution_idx <= 1')
  t.is(a.finishValidation(0, false), TaskKind.NONE)
  t.is(a.nextTask(), TaskKind.EXECUTE)
  t.is(a.taskTx, 1)
  t.is(a.taskIncarnation, 1)
  t.is(b.finishExecution(2, 0, false), TaskKind.NONE, 'I7: validation_idx <= 2, the cursor will validate 2')
  t.is(a.finishExecution(1, 1, true), TaskKind.NONE, 'wrote a new location')
  t.is(a.snapshot().validationIdx, 1, 'I7: 1 wrote a new location, everything from 1 up is validated again')
  t.is(a.nextTask(), TaskKind.VALIDATE)
  t.is(a.taskTx, 1)
  t.true(a.tryValidationAbort(1, 1))
  t.is(a.finishValidation(1, true), TaskKind.EXECUTE)
  t.is(a.snapshot().validationIdx, 2, 'I7: an abort of 1 lowers validation_idx to 2')
})

test('counters: handles sharing a worker id (a worker\'s slots) add their idle time, keep the longest wall', (t) => {
  const a = Scheduler.create({ txCount: 2, workers: 1, spinMicros: 1000, waitMicros: 5000 })
  const b = Scheduler.fromShared(a.shared, 0)
  a.waitForWork() // nothing was announced: a spins, then sleeps until the timeout
  // b does all the work, stopping short of the nextTask() that would report DONE.
  const allDone = (): boolean => {
    const s = b.snapshot()
    return s.executionIdx >= 2 && s.validationIdx >= 2 && s.numActiveTasks === 0
  }
  while (!allDone()) {
    let k = b.nextTask()
    while (k === TaskKind.EXECUTE || k === TaskKind.VALIDATE) k = k === TaskKind.EXECUTE ? b.finishExecution(b.taskTx, b.taskIncarnation, false) : b.finishValidation(b.taskTx, false)
  }
  // a (idle) reports first, b (never idle) last: b's report must not overwrite a's idle time.
  t.is(a.nextTask(), TaskKind.DONE)
  t.is(b.nextTask(), TaskKind.DONE)
  const w = a.counters().perWorker[0]!
  t.true(w.idleMs >= 4, `idle ${w.idleMs} ms`)
  t.true(w.busyMs >= 0)
})

/** Busy-waits `ms` milliseconds: a span the counters must see. */
function spin(ms: number): void {
  const end = performance.now() + ms
  while (performance.now() < end);
}

test('executionMs / wastedExecutionMs: execution spans from hand-out to finish or abandon; superseded and abandoned ones are waste', (t) => {
  const { a, b } = pair(3)
  t.is(a.nextTask(), TaskKind.EXECUTE) // tx 0
  t.is(b.nextTask(), TaskKind.EXECUTE) // tx 1
  t.is(b.taskTx, 1)
  spin(3)
  t.true(b.addDependency(1, 0), 'tx 1 read an ESTIMATE of tx 0: abandoned after ~3 ms (waste)')
  spin(2)
  t.is(a.finishExecution(0, 0, true), TaskKind.NONE) // ~5 ms, final
  let k = b.nextTask()
  if (k === TaskKind.VALIDATE) {
    t.is(b.taskTx, 0)
    k = b.finishValidation(0, false)
    if (k === TaskKind.NONE) k = b.nextTask()
  }
  t.is(k, TaskKind.EXECUTE)
  t.is(b.taskTx, 1, 'tx 1 again (resumed)')
  spin(4)
  k = b.finishExecution(1, 1, true) // ~4 ms, superseded below (waste)
  if (k === TaskKind.NONE) k = b.nextTask()
  t.is(k, TaskKind.VALIDATE)
  t.is(b.taskTx, 1)
  t.true(b.tryValidationAbort(1, 1))
  k = b.finishValidation(1, true)
  if (k === TaskKind.NONE) k = b.nextTask()
  t.is(k, TaskKind.EXECUTE)
  t.deepEqual([b.taskTx, b.taskIncarnation], [1, 2])
  spin(1)
  t.is(b.finishExecution(1, 2, true), TaskKind.NONE) // ~1 ms, final
  k = a.nextTask()
  while (k !== TaskKind.DONE) {
    if (k === TaskKind.EXECUTE) k = a.finishExecution(a.taskTx, a.taskIncarnation, true) // tx 2, ~0 ms
    else if (k === TaskKind.VALIDATE) k = a.finishValidation(a.taskTx, false)
    if (k === TaskKind.NONE) k = a.nextTask()
  }
  const c = a.counters()
  t.log(`executionMs ${c.executionMs.toFixed(3)} wastedExecutionMs ${c.wastedExecutionMs.toFixed(3)}`)
  // Lower bounds from the spins; upper bounds loose (a slow machine may stretch a span).
  t.true(c.executionMs >= 5 + 3 + 4 + 1 - 0.01, `executionMs ${c.executionMs}`) // tx 0 spans both spins before its finish
  t.true(c.wastedExecutionMs >= 3 + 4 - 0.01, `wastedExecutionMs ${c.wastedExecutionMs}`)
  t.true(c.wastedExecutionMs < c.executionMs - 5 - 1 + 0.01, 'the final executions (tx 0 ~5 ms, tx 1 ~1 ms) are not waste')
  t.is(c.perWorker[0]!.executionMs + c.perWorker[1]!.executionMs, c.executionMs)
  const times = a.executionTimes()
  t.is(times.length, 3)
  t.true(times[0]! >= 5 - 0.01 && times[1]! >= 1 - 0.01, `final executions: ${[...times].map((x) => x.toFixed(2))}`)
  t.true(Math.abs(c.executionMs - c.wastedExecutionMs - (times[0]! + times[1]! + times[2]!)) < 1e-9, 'useful time = the final executions')
  t.true(c.perWorker[1]!.executionMs >= 3 + 4 + 1 - 0.01, 'worker 1 ran the abandoned, the superseded and the final span of tx 1')
  a.reset()
  const z = a.counters()
  t.is(z.executionMs, 0)
  t.is(z.wastedExecutionMs, 0, 'reset clears the per-tx spans')
  t.deepEqual([...a.executionTimes()], [0, 0, 0])
})

test('restartExecution: the part of an execution stopped and run again at once is waste; only this handle may restart its own execution', (t) => {
  const { a, b } = pair(2)
  t.is(a.nextTask(), TaskKind.EXECUTE) // tx 0
  t.is(b.nextTask(), TaskKind.EXECUTE) // tx 1
  t.throws(() => a.restartExecution(1), { message: /restartExecution\(1\): not this handle's execution/ })
  spin(3)
  b.restartExecution(1) // its reads were stale: ~3 ms wasted, run again under the same task
  t.deepEqual([b.taskTx, b.taskIncarnation], [1, 0], 'same task, same incarnation')
  spin(2)
  // Both handles one step at a time until both are done (either may hold a task the other waits on).
  const step = (h: typeof a, k: TaskKind): TaskKind => {
    if (k === TaskKind.EXECUTE) k = h.finishExecution(h.taskTx, h.taskIncarnation, false)
    else if (k === TaskKind.VALIDATE) k = h.finishValidation(h.taskTx, false)
    return k === TaskKind.NONE ? h.nextTask() : k
  }
  let ka = a.finishExecution(0, 0, false)
  let kb = b.finishExecution(1, 0, false)
  for (let i = 0; i < 1000 && (ka !== TaskKind.DONE || kb !== TaskKind.DONE); i++) {
    if (ka !== TaskKind.DONE) ka = step(a, ka)
    if (kb !== TaskKind.DONE) kb = step(b, kb)
  }
  t.deepEqual([ka, kb], [TaskKind.DONE, TaskKind.DONE])
  t.is(a.counters().reExecutions, 0, 'a restart is no re-execution')
  const c = a.counters()
  t.log(`executionMs ${c.executionMs.toFixed(3)} wastedExecutionMs ${c.wastedExecutionMs.toFixed(3)}`)
  t.true(c.wastedExecutionMs >= 3 - 0.01, 'the stopped part')
  t.true(a.executionTimes()[1]! >= 2 - 0.01 && a.executionTimes()[1]! < c.executionMs - 3, 'tx 1 final span: after the restart only')
  t.throws(() => b.restartExecution(1), { message: /not this handle's execution/ }, 'tx 1 is executed now')
})
