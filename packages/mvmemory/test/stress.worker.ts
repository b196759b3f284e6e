/**
 * Stress worker. Modes:
 *  - random: hammer the store with records / estimates / reads on the txs this
 *    worker owns (tx % workers === id), checking every read for tearing and against
 *    what it knows exactly (its own txs); report final tx states for the model.
 *  - hot: insert K versions (own txs, random order) into one hot location while
 *    reading it; the main thread counts lost inserts.
 *  - locate: find-or-insert keys from an overlapping pool in random order.
 *  - lock: increment a plain (non-atomic) counter under a seqlock.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { MVMemory, ReadStatus, WriteSet, KEY_WORDS, VALUE_WORDS, type MVMemoryShared } from '../src/index.js'
import { seqLock, seqUnlock } from '../src/seqlock.js'
import { absValue, deltaValue, tagOf, type TxState } from './stress-model.js'

interface Data {
  mode: 'random' | 'hot' | 'locate' | 'lock'
  shared: MVMemoryShared
  id: number
  workers: number
  iterations: number
  locations: number
  seed: number
  lockBuffer?: SharedArrayBuffer
  keyPool?: number
  barrier: SharedArrayBuffer
}

const d = workerData as Data
let seed = (d.seed ^ Math.imul(d.id + 1, 0x9e3779b1)) >>> 0 || 1
function rand(n: number): number {
  seed ^= seed << 13
  seed >>>= 0
  seed ^= seed >>> 17
  seed ^= seed << 5
  seed >>>= 0
  return seed % n
}

const errors: string[] = []
let mismatches = 0
function fail(msg: string): void {
  mismatches++
  if (errors.length < 10) errors.push(msg)
}

function keyWords(n: number, out: Uint32Array): void {
  for (let i = 0; i < KEY_WORDS; i++) out[i] = (Math.imul(n + 1, 0x9e3779b1) + i * 7919) >>> 0
  out[0] = n
}

function shuffled(n: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = rand(i + 1)
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}

function runLocate(mv: MVMemory): unknown {
  const k = new Uint32Array(KEY_WORDS)
  const ids: number[] = []
  const order = shuffled(d.keyPool!)
  for (const n of order) {
    keyWords(n, k)
    const id = mv.locate(k)
    ids[n] = id
    if (mv.lookup(k) !== id) fail(`lookup(${n}) != locate`)
  }
  return { ids }
}

function runLock(): unknown {
  const meta = new Int32Array(d.lockBuffer!)
  for (let i = 0; i < d.iterations; i++) {
    const odd = seqLock(meta, 0, 1)
    // A racy read-modify-write that only the lock keeps whole.
    const v = meta[2]
    for (let spin = 0; spin < 20; spin++) meta[3] = spin // widen the race window
    meta[2] = v + 1
    seqUnlock(meta, 0, 1, odd)
  }
  return {}
}

/** Checks a read result for tearing and against this worker's own txs. */
function checkRead(mv: MVMemory, loc: number, tx: number, st: ReadStatus, out: Uint32Array, mine: Map<number, TxState>): void {
  const last = mv.lastTxIdx
  if (st === ReadStatus.NONE) {
    if (last !== -1) fail(`NONE with lastTxIdx ${last}`)
    return
  }
  if (!(last >= 0 && last < tx)) fail(`status ${st} at tx ${tx} with lastTxIdx ${last}`)
  // My own txs change only in this thread, so what the read says about them is exact.
  const own = mine.get(last)
  if (own) {
    const w = own.writes.find((x) => x.loc === loc)
    if (!w) fail(`read ${loc}@${tx} saw my tx ${last}, which does not write it`)
    else if ((st === ReadStatus.ESTIMATE) !== own.estimated) fail(`read saw my tx ${last} as status ${st}, estimated=${own.estimated}`)
    else if (mv.lastIncarnation !== own.inc) fail(`incarnation ${mv.lastIncarnation} != ${own.inc}`)
    else if (st === ReadStatus.VALUE && !w.delta) {
      for (let k = 0; k < VALUE_WORDS; k++) if (out[k] !== w.value[k]) { fail(`value of my tx ${last} at ${loc} differs`); break }
    }
  }
  if (st === ReadStatus.VALUE) {
    const base = tagOf(out)
    if (base < 0 || base > last) fail(`VALUE with bad tag ${base} (last ${last})`)
    else if (out[2] !== loc) fail(`VALUE of another location`)
  } else if (st === ReadStatus.DELTA_ON_BASE) {
    if (tagOf(out) !== -1) fail('DELTA_ON_BASE with a non-zero low part')
  }
}

function runRandom(mv: MVMemory): unknown {
  const k = new Uint32Array(KEY_WORDS)
  const locs: number[] = []
  for (const n of shuffled(d.locations)) {
    keyWords(n, k)
    locs[n] = mv.locate(k)
  }
  const txCount = mv.txCount
  const owned: number[] = []
  for (let tx = d.id; tx < txCount; tx += d.workers) owned.push(tx)
  const mine = new Map<number, TxState>()
  const ws = new WriteSet()
  const out = new Uint32Array(VALUE_WORDS)
  const v = new Uint32Array(VALUE_WORDS)
  for (let it = 0; it < d.iterations; it++) {
    const r = rand(100)
    if (r < 40) {
      const tx = owned[rand(owned.length)]
      const prev = mine.get(tx)
      const inc = prev ? prev.inc + 1 : 0
      const state: TxState = { tx, inc, estimated: false, writes: [] }
      ws.clear()
      const n = 1 + rand(4)
      for (let j = 0; j < n; j++) {
        // Location 0 is hot: half the writes go there.
        const loc = rand(2) === 0 ? locs[0] : locs[rand(d.locations)]
        if (state.writes.some((w) => w.loc === loc)) continue
        const delta = rand(5) < 2
        if (delta) deltaValue(rand(2001) - 1000, v)
        else absValue(tx, inc, loc, v)
        if (delta) ws.addDelta(loc, v)
        else ws.write(loc, v)
        state.writes.push({ loc, delta, value: Array.from(v) })
      }
      const wroteNew = mv.record(tx, inc, ws)
      // I11: true only for a location new to the tx (and then only if a higher tx read it, which
      // other threads decide concurrently: checked one way here, both ways in versions.test.ts).
      const anyNew = state.writes.some((w) => !prev?.writes.some((p) => p.loc === w.loc))
      if (wroteNew && !anyNew) fail(`wroteNewLocation without a new location (tx ${tx})`)
      mine.set(tx, state)
    } else if (r < 48) {
      const tx = owned[rand(owned.length)]
      const s = mine.get(tx)
      mv.convertWritesToEstimates(tx)
      if (s) s.estimated = true
    } else {
      const loc = rand(3) === 0 ? locs[0] : locs[rand(d.locations)]
      const tx = rand(txCount + 1)
      const st = mv.read(loc, tx, out)
      checkRead(mv, loc, tx, st, out, mine)
    }
  }
  return { locs, txs: [...mine.values()] }
}

function runHot(mv: MVMemory): unknown {
  const k = new Uint32Array(KEY_WORDS)
  keyWords(0, k)
  const hot = mv.locate(k)
  const ws = new WriteSet()
  const v = new Uint32Array(VALUE_WORDS)
  const out = new Uint32Array(VALUE_WORDS)
  const owned: number[] = []
  for (let j = 0; j < d.iterations; j++) owned.push(d.id + j * d.workers)
  const order = shuffled(owned.length).map((i) => owned[i])
  const txCount = mv.txCount
  for (const tx of order) {
    ws.clear()
    absValue(tx, 0, hot, v)
    ws.write(hot, v)
    mv.record(tx, 0, ws)
    for (let r = 0; r < 2; r++) {
      const at = rand(txCount + 1)
      const st = mv.read(hot, at, out)
      if (st === ReadStatus.VALUE) {
        if (tagOf(out) !== mv.lastTxIdx || mv.lastTxIdx >= at) fail(`hot read at ${at}: tag ${tagOf(out)} last ${mv.lastTxIdx}`)
      } else if (st !== ReadStatus.NONE) fail(`hot read status ${st}`)
    }
  }
  return {}
}

const mv = d.mode === 'lock' ? undefined : MVMemory.fromShared(d.shared)
// Start barrier: worker start-up takes longer than a short run, so without it the
// workers would barely overlap.
const barrier = new Int32Array(d.barrier)
Atomics.add(barrier, 0, 1)
for (let arrived = Atomics.load(barrier, 0); arrived < d.workers; arrived = Atomics.load(barrier, 0)) Atomics.wait(barrier, 0, arrived, 5)
Atomics.notify(barrier, 0)
let result: unknown
try {
  if (d.mode === 'locate') result = runLocate(mv!)
  else if (d.mode === 'lock') result = runLock()
  else if (d.mode === 'hot') result = runHot(mv!)
  else result = runRandom(mv!)
} catch (e) {
  fail(`threw: ${(e as Error).stack ?? String(e)}`)
}
parentPort!.postMessage({ errors, mismatches, result })
