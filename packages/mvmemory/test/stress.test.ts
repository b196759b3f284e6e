/**
 * Multi-worker stress tests: N worker_threads (2 and 4) on one store, checked
 * against a sequential model with 0 mismatches. Every test has a timeout that
 * fails it (a deadlock is a failure, not a hang) and terminates its workers.
 */
import test, { type ExecutionContext } from 'ava'
import { Worker } from 'node:worker_threads'
import { KEY_WORDS, MVMemory, ReadStatus, VALUE_WORDS, u256ToBigInt } from '../src/index.js'
import type { TxState } from './stress-model.js'
import { absValue } from './stress-model.js'

const WORKER = new URL('../dist/test-workers/stress.js', import.meta.url)
// Generous: the suite shares 2 cores with other work; a deadlock still fails, just later.
const TIMEOUT_MS = 60_000

interface WorkerReport {
  errors: string[]
  mismatches: number
  result: unknown
}

async function runWorkers(
  t: ExecutionContext,
  n: number,
  data: (id: number) => Record<string, unknown>,
): Promise<WorkerReport[]> {
  t.timeout(TIMEOUT_MS + 5_000)
  const barrier = new SharedArrayBuffer(4)
  const workers = Array.from({ length: n }, (_, id) => new Worker(WORKER, { workerData: { id, workers: n, barrier, ...data(id) } }))
  let timer: NodeJS.Timeout | undefined
  try {
    const done = Promise.all(
      workers.map(
        (w) =>
          new Promise<WorkerReport>((resolve, reject) => {
            w.once('message', resolve)
            w.once('error', reject)
            w.once('exit', (code) => reject(new Error(`worker exited (${code}) before reporting`)))
          }),
      ),
    )
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`deadlock or livelock: workers did not finish in ${TIMEOUT_MS} ms`)), TIMEOUT_MS)
    })
    return await Promise.race([done, timeout])
  } finally {
    clearTimeout(timer)
    await Promise.all(workers.map((w) => w.terminate()))
  }
}

function assertClean(t: ExecutionContext, reports: WorkerReport[]): void {
  const mismatches = reports.reduce((s, r) => s + r.mismatches, 0)
  t.deepEqual(reports.flatMap((r) => r.errors), [])
  t.is(mismatches, 0, 'mismatches')
}

const M = 1n << 256n

/** The sequential model: what every tx reads at loc, from the final tx states. */
function checkAgainstModel(t: ExecutionContext, mv: MVMemory, locs: number[], txs: TxState[]): number {
  const byTx = new Map(txs.map((s) => [s.tx, s]))
  const out = new Uint32Array(VALUE_WORDS)
  let bad = 0
  const note = (msg: string) => {
    if (bad++ < 10) t.log(msg)
  }
  for (const loc of locs) {
    let status: ReadStatus = ReadStatus.NONE
    let value = 0n
    let lastTx = -1
    let lastInc = -1
    for (let reader = 0; reader <= mv.txCount; reader++) {
      const st = mv.read(loc, reader, out)
      if (st !== status) note(`loc ${loc} tx ${reader}: status ${st}, model ${status}`)
      else if (mv.lastTxIdx !== lastTx) note(`loc ${loc} tx ${reader}: lastTxIdx ${mv.lastTxIdx}, model ${lastTx}`)
      else if (st !== ReadStatus.NONE && mv.lastIncarnation !== lastInc) note(`loc ${loc} tx ${reader}: incarnation`)
      else if ((st === ReadStatus.VALUE || st === ReadStatus.DELTA_ON_BASE) && u256ToBigInt(out) !== value) note(`loc ${loc} tx ${reader}: value`)
      // Tx `reader` becomes visible to the next reader.
      const s = byTx.get(reader)
      const w = s?.writes.find((x) => x.loc === loc)
      if (!s || !w) continue
      const v = u256ToBigInt(Uint32Array.from(w.value))
      if (s.estimated) {
        status = ReadStatus.ESTIMATE
        lastTx = reader
        lastInc = s.inc
      } else if (!w.delta) {
        status = ReadStatus.VALUE
        value = v
        lastTx = reader
        lastInc = s.inc
      } else if (status !== ReadStatus.ESTIMATE) {
        if (status === ReadStatus.NONE) status = ReadStatus.DELTA_ON_BASE
        value = (value + v) % M
        lastTx = reader
        lastInc = s.inc
      }
    }
    const fin = mv.finalValue(loc, out)
    if (fin !== status) note(`loc ${loc}: finalValue status ${fin}, model ${status}`)
  }
  return bad
}

for (const workers of [2, 4]) {
  test.serial(`stress: ${workers} workers hammer one store; reads, final state and I3/I4 match the sequential model`, async (t) => {
    const txCount = 512
    const locations = 48
    const mv = MVMemory.create({ txCount, locationCapacity: 64, versionCapacity: 64 * 1024 })
    const reports = await runWorkers(t, workers, () => ({ mode: 'random', shared: mv.shared, iterations: 80_000 / workers, locations, seed: 12345 + workers }))
    assertClean(t, reports)
    const results = reports.map((r) => r.result as { locs: number[]; txs: TxState[] })
    // Concurrent locate of the same keys agreed on one dense id per key (I1, I2).
    for (const r of results) t.deepEqual(r.locs, results[0].locs)
    t.is(mv.locationCount(), locations)
    t.deepEqual([...results[0].locs].sort((a, b) => a - b), Array.from({ length: locations }, (_, i) => i))
    const txs = results.flatMap((r) => r.txs)
    t.true(txs.length > txCount / 2, 'most txs were recorded')
    t.is(checkAgainstModel(t, mv, results[0].locs, txs), 0, 'model mismatches')
    // I3 sorted, I4 entries <-> write lists.
    for (const loc of results[0].locs) {
      const v = mv.versionsOf(loc)
      for (let i = 1; i < v.length; i++) t.true(v[i - 1].txIdx < v[i].txIdx)
      const writers = new Set(txs.filter((s) => s.writes.some((w) => w.loc === loc)).map((s) => s.tx))
      t.deepEqual(v.map((e) => e.txIdx), [...writers].sort((a, b) => a - b))
    }
    for (const s of txs) t.deepEqual(mv.writtenLocations(s.tx).sort(), s.writes.map((w) => w.loc).sort())
  })
}

for (const workers of [2, 4]) {
  test.serial(`I3/I5: ${workers} workers insert into one hot location concurrently: no lost inserts, sorted, no torn reads`, async (t) => {
    const perWorker = 4000
    const txCount = perWorker * workers
    const mv = MVMemory.create({ txCount, locationCapacity: 4, versionCapacity: 8 * txCount })
    const reports = await runWorkers(t, workers, () => ({ mode: 'hot', shared: mv.shared, iterations: perWorker, seed: 99 }))
    assertClean(t, reports)
    const v = mv.versionsOf(0)
    t.is(txCount - v.length, 0, 'lost inserts')
    let unsorted = 0
    for (let i = 1; i < v.length; i++) if (!(v[i - 1].txIdx < v[i].txIdx)) unsorted++
    t.is(unsorted, 0)
    const out = new Uint32Array(VALUE_WORDS)
    const expect = new Uint32Array(VALUE_WORDS)
    let wrong = 0
    for (let tx = 1; tx <= txCount; tx++) {
      mv.read(0, tx, out)
      absValue(tx - 1, 0, 0, expect)
      if (mv.lastTxIdx !== tx - 1 || out.some((w, k) => w !== expect[k])) wrong++
    }
    t.is(wrong, 0)
  })
}

test.serial('I1/I2: 4 workers locate an overlapping key pool concurrently and agree on one dense id per key', async (t) => {
  const keyPool = 3000
  const mv = MVMemory.create({ txCount: 1, locationCapacity: keyPool })
  const reports = await runWorkers(t, 4, (id) => ({ mode: 'locate', shared: mv.shared, keyPool, seed: 7 + id }))
  assertClean(t, reports)
  const ids = reports.map((r) => (r.result as { ids: number[] }).ids)
  for (const x of ids) t.deepEqual(x, ids[0])
  t.is(new Set(ids[0]).size, keyPool)
  t.is(mv.locationCount(), keyPool)
  const k = new Uint32Array(KEY_WORDS)
  let wrong = 0
  for (let n = 0; n < keyPool; n++) {
    mv.keyOf(ids[0][n], k)
    if (k[0] !== n) wrong++
  }
  t.is(wrong, 0)
})

for (const workers of [2, 4]) {
  test.serial(`lock: ${workers} workers increment a plain counter under the seqlock: 0 lost updates`, async (t) => {
    const lockBuffer = new SharedArrayBuffer(16)
    const iterations = 100_000
    const reports = await runWorkers(t, workers, () => ({ mode: 'lock', lockBuffer, iterations, seed: 1 }))
    assertClean(t, reports)
    const meta = new Int32Array(lockBuffer)
    t.is(workers * iterations - meta[2], 0, 'lost updates')
    t.is(meta[0] & 1, 0, 'lock released')
    t.is(meta[1], 0, 'no waiter left parked')
  })
}
