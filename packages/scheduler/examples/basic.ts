// A block of toy transfers executed by 4 worker threads under the Block-STM scheduler,
// checked against serial execution. Self-contained: a minimal multi-version store lives
// below (the real executor uses @blockstm/mvmemory instead).
//
//   pnpm exec tsx --conditions=blockstm-src packages/scheduler/examples/basic.ts [strategy]
//
// The file is both the main thread and the worker script (run through tsx in the workers too).
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { DependencyGraph, Scheduler, TaskKind, type SchedulerShared, type StrategyName } from '@blockstm/scheduler'

const TXS = 64
const ACCOUNTS = 16
const WORKERS = 4
const INITIAL = 1000
const WORK_MICROS = 20 // simulated EVM time per execution

function spin(us: number): void {
  const end = performance.now() + us / 1000
  while (performance.now() < end);
}

// tx i moves amount(i) from account from(i) to to(i) if the sender can pay.
const from = (i: number): number => (i * 7) % ACCOUNTS
const to = (i: number): number => (i * 7 + 1 + (i % 5)) % ACCOUNTS
const amount = (i: number): number => 1 + ((i * 37) % 100)

/** Minimal multi-version store: per (account, tx) a version word and a value; read sets per tx. */
class ToyStore {
  readonly ver: Int32Array // 0 = none, else (incarnation + 1) << 1 | estimate
  readonly val: Int32Array
  readonly readFrom: Int32Array // per tx, 2 reads: writer tx (-1 = storage)
  readonly readVer: Int32Array
  constructor(readonly buf: SharedArrayBuffer) {
    const n = ACCOUNTS * TXS
    this.ver = new Int32Array(buf, 0, n)
    this.val = new Int32Array(buf, n * 4, n)
    this.readFrom = new Int32Array(buf, n * 8, TXS * 2)
    this.readVer = new Int32Array(buf, n * 8 + TXS * 8, TXS * 2)
  }
  static bytes(): number {
    return ACCOUNTS * TXS * 8 + TXS * 16
  }
  blocker = -1
  /** Latest version of `acct` below `tx`: returns the value, or -1 for an ESTIMATE (blocker set). */
  read(tx: number, acct: number, slot: number): number {
    for (let t = tx - 1; t >= 0; t--) {
      const v = Atomics.load(this.ver, acct * TXS + t)
      if (v === 0) continue
      if (v & 1) return ((this.blocker = t), -1)
      if (slot >= 0) ((this.readFrom[tx * 2 + slot] = t), (this.readVer[tx * 2 + slot] = v))
      return Atomics.load(this.val, acct * TXS + t)
    }
    if (slot >= 0) ((this.readFrom[tx * 2 + slot] = -1), (this.readVer[tx * 2 + slot] = 0))
    return INITIAL
  }
  write(tx: number, inc: number, acct: number, value: number): void {
    Atomics.store(this.val, acct * TXS + tx, value) // value first: a reader that sees the version sees the value
    Atomics.store(this.ver, acct * TXS + tx, (inc + 1) << 1)
  }
  validate(tx: number): boolean {
    for (let slot = 0; slot < 2; slot++) {
      const acct = slot === 0 ? from(tx) : to(tx)
      let writer = -1
      let v = 0
      for (let t = tx - 1; t >= 0; t--) if ((v = Atomics.load(this.ver, acct * TXS + t)) !== 0) ((writer = t), (t = -1))
      if (v & 1 || writer !== this.readFrom[tx * 2 + slot] || v !== this.readVer[tx * 2 + slot]) return false
    }
    return true
  }
  convertWritesToEstimates(tx: number): void {
    for (const acct of [from(tx), to(tx)]) Atomics.or(this.ver, acct * TXS + tx, 1)
  }
}

function serial(): number[] {
  const b = new Array<number>(ACCOUNTS).fill(INITIAL)
  for (let i = 0; i < TXS; i++) if (b[from(i)]! >= amount(i)) ((b[from(i)]! -= amount(i)), (b[to(i)]! += amount(i)))
  return b
}

/** The executor loop every worker runs: the whole scheduler API in one place. */
function work(s: Scheduler, store: ToyStore): void {
  let k = s.nextTask()
  while (k !== TaskKind.DONE) {
    if (k === TaskKind.NONE) {
      s.waitForWork() // spins briefly, then sleeps until new work is announced
      k = s.nextTask()
      continue
    }
    const tx = s.taskTx
    const inc = s.taskIncarnation
    if (k === TaskKind.EXECUTE) {
      spin(WORK_MICROS)
      const bal = [0, 0]
      let suspended = false
      for (let slot = 0; slot < 2 && !suspended; slot++) {
        for (;;) {
          const v = store.read(tx, slot === 0 ? from(tx) : to(tx), slot)
          if (v >= 0) {
            bal[slot] = v
            break
          }
          // ESTIMATE: wait for the blocker (true) or re-read at once (false: it just finished)
          if (s.addDependency(tx, store.blocker)) {
            suspended = true
            break
          }
        }
      }
      if (suspended) {
        k = s.nextTask()
        continue
      }
      const pay = bal[0]! >= amount(tx) ? amount(tx) : 0
      const wasWritten = Atomics.load(store.ver, from(tx) * TXS + tx) !== 0
      store.write(tx, inc, from(tx), bal[0]! - pay)
      store.write(tx, inc, to(tx), bal[1]! + pay)
      // wroteNewLocation: same two accounts every time, new only on the first run; readFrom:
      // the nearest earlier writer it read (what `adaptive` learns chains from).
      const readFrom = Math.max(store.readFrom[tx * 2]!, store.readFrom[tx * 2 + 1]!)
      k = s.finishExecution(tx, inc, !wasWritten, readFrom)
    } else {
      const aborted = !store.validate(tx) && s.tryValidationAbort(tx, inc)
      if (aborted) store.convertWritesToEstimates(tx)
      k = s.finishValidation(tx, aborted)
    }
    if (k === TaskKind.NONE) k = s.nextTask()
  }
}

if (isMainThread) {
  const strategy = (process.argv[2] ?? 'dag') as StrategyName
  // Predicted dependencies: tx j reads the accounts the nearest earlier txs wrote.
  const edges: Array<[number, number]> = []
  for (let j = 0; j < TXS; j++)
    for (let i = j - 1; i >= 0; i--) if ([from(i), to(i)].some((a) => a === from(j) || a === to(j))) edges.push([i, j])
  const s = Scheduler.create({ txCount: TXS, workers: WORKERS, strategy, graph: DependencyGraph.fromEdges(TXS, edges), trace: true })
  const storeBuf = new SharedArrayBuffer(ToyStore.bytes())
  const barrier = new SharedArrayBuffer(4)
    // A worker entry must be JavaScript: a one-line bootstrap loads this .ts file through tsx.
  const bootstrap = `import('tsx/esm/api').then((m) => m.tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`
  const workers = Array.from(
    { length: WORKERS },
    (_, id) => new Worker(bootstrap, { eval: true, workerData: { shared: s.shared, storeBuf, barrier, id }, execArgv: ['--conditions=blockstm-src'] }),
  )
  await Promise.all(workers.map((w) => new Promise((resolve, reject) => (w.once('message', resolve), w.once('error', reject)))))
  await Promise.all(workers.map((w) => w.terminate()))

  const store = new ToyStore(storeBuf)
  const final = Array.from({ length: ACCOUNTS }, (_, a) => store.read(TXS, a, -1))
  const ok = JSON.stringify(final) === JSON.stringify(serial())
  const c = s.counters()
  console.log(`strategy=${strategy} workers=${WORKERS} txs=${TXS} done=${s.isDone()} matches serial: ${ok}`)
  console.log(
    `executions=${c.executions} reExecutions=${c.reExecutions} validations=${c.validations} failedValidations=${c.failedValidations} ` +
      `dependencyWaits=${c.dependencyWaits} deferrals=${c.deferrals} chained=${c.chainedExecutions} sleeps=${c.sleeps}`,
  )
  console.log('first trace lines:\n' + s.traceLines().slice(0, 6).join('\n'))
  if (!ok) process.exitCode = 1
} else {
  const { shared, storeBuf, barrier, id } = workerData as { shared: SchedulerShared; storeBuf: SharedArrayBuffer; barrier: SharedArrayBuffer; id: number }
  const arrived = new Int32Array(barrier) // start together (worker start-up through tsx takes a while)
  Atomics.add(arrived, 0, 1)
  while (Atomics.load(arrived, 0) < WORKERS) Atomics.wait(arrived, 0, Atomics.load(arrived, 0), 1)
  work(Scheduler.fromShared(shared, id), new ToyStore(storeBuf))
  parentPort!.postMessage('done')
}
