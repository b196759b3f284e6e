/** Worker side of bench/src/micro/mvmemory.ts: runs one timed loop per message. */
import { parentPort } from 'node:worker_threads'
import { MVMemory, WriteSet, VALUE_WORDS, type MVMemoryShared } from '../../../packages/mvmemory/src/index.js'

export interface BenchTask {
  scenario: 'read-cold' | 'read-hot' | 'read-hot-fold' | 'record-cold' | 'record-hot' | 'insert-hot'
  shared: MVMemoryShared
  id: number
  workers: number
  ops: number
  seed: number
  /** Setup facts: cold locations are 1..coldLocations; hot location 0 has versions at 0..hotVersions-1. */
  coldLocations: number
  hotVersions: number
  /** Shared per-tx incarnation counters (only a tx's owner touches it during a run). */
  incarnations: SharedArrayBuffer
  barrier: SharedArrayBuffer
}

const views = new Map<SharedArrayBuffer, MVMemory>()

function run(task: BenchTask): number {
  let mv = views.get(task.shared.ctrl)
  if (!mv) {
    mv = MVMemory.fromShared(task.shared)
    views.set(task.shared.ctrl, mv)
  }
  const incs = new Int32Array(task.incarnations)
  const out = new Uint32Array(VALUE_WORDS)
  const value = new Uint32Array(VALUE_WORDS)
  const ws = new WriteSet()
  const txCount = mv.txCount
  let seed = (task.seed + task.id * 7919) >>> 0 || 1
  const rand = (n: number): number => {
    seed ^= seed << 13
    seed >>>= 0
    seed ^= seed >>> 17
    seed ^= seed << 5
    seed >>>= 0
    return seed % n
  }
  const barrier = new Int32Array(task.barrier)
  Atomics.add(barrier, 0, 1)
  while (Atomics.load(barrier, 0) < task.workers) {} // spin: start together
  const t0 = process.hrtime.bigint()
  let sink = 0
  const { ops, id, workers, coldLocations, hotVersions } = task
  switch (task.scenario) {
    case 'read-cold':
      for (let i = 0; i < ops; i++) sink += mv.read(1 + rand(coldLocations), rand(txCount + 1), out)
      break
    case 'read-hot':
    case 'read-hot-fold':
      for (let i = 0; i < ops; i++) sink += mv.read(0, rand(hotVersions + 1), out)
      break
    case 'record-cold': {
      // Txs above the hot range, owned round-robin; each record moves the tx's 4 writes.
      const first = hotVersions
      const owned = Math.floor((txCount - first - id + workers - 1) / workers)
      for (let i = 0; i < ops; i++) {
        const tx = first + id + workers * rand(owned)
        ws.clear()
        for (let k = 0; k < 4; k++) {
          value[0] = i
          ws.write(1 + rand(coldLocations), value)
        }
        mv.record(tx, ++incs[tx], ws)
      }
      break
    }
    case 'record-hot': {
      // Re-incarnations of hot-location writers: an in-place update among 10,000 versions.
      const owned = Math.floor((hotVersions - id + workers - 1) / workers)
      for (let i = 0; i < ops; i++) {
        const tx = id + workers * rand(owned)
        ws.clear()
        value[0] = i
        ws.write(0, value)
        mv.record(tx, ++incs[tx], ws)
      }
      break
    }
    case 'insert-hot':
      // A fresh store: txs id, id+workers, ... insert ascending into one location.
      for (let i = 0; i < ops; i++) {
        const tx = id + workers * i
        ws.clear()
        value[0] = tx
        ws.write(0, value)
        mv.record(tx, 0, ws)
      }
      break
  }
  const ns = Number(process.hrtime.bigint() - t0)
  if (sink === -1) console.log(sink)
  return ns
}

parentPort!.on('message', (task: BenchTask) => parentPort!.postMessage(run(task)))
