/**
 * Microbenchmark of @blockstm/mvmemory: reads/s and records/s from 1 and 2 worker
 * threads, on a hot location (10,000 versions) and on cold locations.
 *
 *   pnpm exec tsx --conditions=blockstm-src bench/src/micro/mvmemory.ts
 *
 * Its worker (mvmemory-bench.worker.ts) is bundled to bench/dist/workers/mvmemory-bench.js
 * by scripts/bundle-workers.mjs, which this script runs first.
 */
import { execFileSync } from 'node:child_process'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { KEY_WORDS, MVMemory, VALUE_WORDS, WriteSet, u256FromBigInt } from '../../../packages/mvmemory/src/index.js'
import type { BenchTask } from './mvmemory-bench.worker.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
execFileSync(process.execPath, ['scripts/bundle-workers.mjs'], { cwd: root, stdio: 'inherit' })
const WORKER = new URL('../../dist/workers/mvmemory-bench.js', import.meta.url)

const HOT_VERSIONS = 10_000
const COLD_LOCATIONS = 100_000
const TX_COUNT = 20_000
const DELTA_EVERY = 8 // read-hot-fold: 7 of 8 hot versions are deltas

function key(n: number): Uint32Array {
  const k = new Uint32Array(KEY_WORDS)
  k[0] = n
  for (let i = 1; i < KEY_WORDS; i++) k[i] = Math.imul(n + 1, 0x9e3779b1 + i) >>> 0
  return k
}

/** Hot location 0 written by txs 0..9,999 (deltas if fold); cold locations 1..100,000 one version each. */
function populate(fold: boolean): MVMemory {
  const mv = MVMemory.create({ txCount: TX_COUNT, locationCapacity: COLD_LOCATIONS + 1, versionCapacity: 2_000_000 })
  mv.locate(key(0))
  for (let i = 1; i <= COLD_LOCATIONS; i++) mv.locate(key(i))
  const ws = new WriteSet()
  const v = new Uint32Array(VALUE_WORDS)
  const perTx = Math.ceil(COLD_LOCATIONS / HOT_VERSIONS)
  for (let tx = 0; tx < HOT_VERSIONS; tx++) {
    ws.clear()
    v[0] = tx
    if (fold && tx % DELTA_EVERY !== 0) ws.addDelta(0, u256FromBigInt(-1n))
    else ws.write(0, v)
    for (let j = 0; j < perTx; j++) {
      const loc = 1 + tx * perTx + j
      if (loc <= COLD_LOCATIONS) ws.write(loc, v)
    }
    mv.record(tx, 0, ws)
  }
  return mv
}

interface Row {
  label: string
  unit: string
  scenario: BenchTask['scenario']
  ops: number
  writesPerOp: number
  store: () => MVMemory
}

async function main(): Promise<void> {
  const base = populate(false)
  const fold = populate(true)
  const incarnations = new SharedArrayBuffer(TX_COUNT * 4)
  const rows: Row[] = [
    { label: 'read, cold (100k locations, 1 version each)', unit: 'reads/s', scenario: 'read-cold', ops: 2_000_000, writesPerOp: 1, store: () => base },
    { label: 'read, hot (1 location, 10,000 versions)', unit: 'reads/s', scenario: 'read-hot', ops: 2_000_000, writesPerOp: 1, store: () => base },
    { label: `read, hot, folding deltas (7 of 8 versions deltas)`, unit: 'reads/s', scenario: 'read-hot-fold', ops: 2_000_000, writesPerOp: 1, store: () => fold },
    { label: 'record, cold (4 writes move to 4 other locations)', unit: 'writes/s', scenario: 'record-cold', ops: 200_000, writesPerOp: 4, store: () => base },
    { label: 'record, hot (re-incarnation, 10,000 versions)', unit: 'writes/s', scenario: 'record-hot', ops: 400_000, writesPerOp: 1, store: () => base },
    {
      label: 'record, hot insert (fresh location, 10,000 txs ascending)',
      unit: 'writes/s',
      scenario: 'insert-hot',
      ops: 10_000,
      writesPerOp: 1,
      store: () => MVMemory.create({ txCount: 10_000, locationCapacity: 1, versionCapacity: 50_000 }),
    },
  ]
  const workers = [new Worker(WORKER), new Worker(WORKER)]
  const results: string[][] = []
  try {
    const runOnce = async (row: Row, n: number): Promise<number> => {
      const mv = row.store()
      if (row.scenario === 'insert-hot') mv.locate(key(0))
      const barrier = new SharedArrayBuffer(4)
      const opsEach = Math.floor(row.ops / n)
      const times = await Promise.all(
        workers.slice(0, n).map(
          (w, id) =>
            new Promise<number>((resolve, reject) => {
              const fail = (e: Error) => reject(e)
              w.once('error', fail)
              w.once('message', (ns: number) => {
                w.off('error', fail)
                resolve(ns)
              })
              const task: BenchTask = {
                scenario: row.scenario, shared: mv.shared, id, workers: n, ops: opsEach, seed: 42,
                coldLocations: COLD_LOCATIONS, hotVersions: HOT_VERSIONS, incarnations, barrier,
              }
              w.postMessage(task)
            }),
        ),
      )
      return (opsEach * n * row.writesPerOp) / (Math.max(...times) / 1e9)
    }
    for (const row of rows) {
      const cells = [row.label, row.unit]
      for (const n of [1, 2]) {
        await runOnce(row, n) // warm-up (JIT)
        let best = 0
        for (let rep = 0; rep < 3; rep++) best = Math.max(best, await runOnce(row, n))
        cells.push(fmt(best))
      }
      results.push(cells)
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  console.log(`\nmvmemory microbenchmark — node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), best of 3 after a warm-up\n`)
  console.log('| scenario | unit | 1 worker | 2 workers |')
  console.log('|---|---|---:|---:|')
  for (const r of results) console.log(`| ${r.join(' | ')} |`)
  console.log(
    '\nhot insert, 2 workers: the workers drift apart, so one inserts below thousands of versions:' +
      '\nan insert in the middle of a sorted block moves the entries above it (O(n) copyWithin).',
  )
}

function fmt(x: number): string {
  return x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(0)} k`
}

await main()
