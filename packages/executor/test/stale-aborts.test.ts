/**
 * Early stale-read aborts (ParallelOptions.staleAborts), step by step on one reader: an
 * execution that has made STALE_CHECK_READS reads stops at its next read once a lower
 * transaction's record changed a value it read, names that writer, and counts it; a
 * record that leaves its reads' values as they were, a higher transaction's record, a
 * record of untouched locations, or too few reads so far change nothing; a reader that
 * fell behind the record log validates in full. And the parallel engine with the aborts
 * on and off gives the sequential result on a contended block.
 */
import test from 'ava'
import { MVMemory, WriteSet } from '@blockstm/mvmemory'

import { DependencyAbort } from '../src/parallel/abort.js'
import { Kind, bytesToWords } from '../src/parallel/keys.js'
import { LocationCache } from '../src/parallel/location-cache.js'
import { MvStateReader, STALE_CHECK_READS, STALE_RESTART } from '../src/parallel/mv-reader.js'
import { RECORD_LOG_SIZE, SharedReadSets } from '../src/parallel/read-sets.js'
import { InMemoryState } from '../src/state/base.js'
import { executeSequential } from '../src/block/sequential.js'
import { ParallelExecutor } from '../src/parallel/engine.js'
import { parseBlockJson } from '../src/input/parse.js'
import { generateWorkload } from '../../../bench/src/workloads/index.js'
import { checkParallel } from './helpers/parallel.js'

// As the state layer spells them: hex without 0x.
const ADDR = '11'.repeat(20)
const slot = (i: number): string => i.toString(16).padStart(64, '0')

function setup() {
  const mv = MVMemory.create({ txCount: 16, locationCapacity: 256 })
  const log = SharedReadSets.create(16, 1024)
  const locs = new LocationCache(mv)
  const reader = new MvStateReader(mv, new InMemoryState(), locs, log)
  const loc = (i: number): number => locs.locate(Kind.STORAGE, ADDR, slot(i))
  /** tx records `value` into slot i (as the loop does: the write, then the log). */
  const record = (tx: number, inc: number, i: number, value: number): void => {
    const w = new WriteSet()
    w.write(loc(i), bytesToWords(Uint8Array.from([value]), new Uint32Array(8)))
    mv.record(tx, inc, w)
    log.noteRecorded(tx)
  }
  /** Reads slots from..to-1 as the reader's current tx. */
  const read = (from: number, to: number): void => {
    for (let i = from; i < to; i++) reader.storage(ADDR, slot(i))
  }
  return { mv, log, reader, record, read }
}

const stopped = (f: () => void): number | undefined => {
  try {
    f()
    return undefined
  } catch (e) {
    if (e instanceof DependencyAbort) return e.blockingTx
    throw e
  }
}

test('a lower record that changed a value read stops the execution at its next read, naming the writer', (t) => {
  const { reader, record, read } = setup()
  record(2, 0, 3, 7) // tx 5 will read slot 3 from tx 2
  reader.begin(5)
  read(0, STALE_CHECK_READS)
  t.is(stopped(() => read(STALE_CHECK_READS, STALE_CHECK_READS + 1)), undefined, 'nothing recorded since it began')
  record(3, 0, 3, 8) // a lower tx now writes slot 3: tx 5 read tx 2's value
  t.is(stopped(() => read(STALE_CHECK_READS + 1, STALE_CHECK_READS + 2)), 3)
  t.is(reader.staleAborts, 1)
  t.is(reader.blockedBy, 3, 'kept for an abort something inside the EVM might swallow')
  reader.begin(5)
  t.is(reader.blockedBy, -1, 'a new execution starts clean')
  read(0, STALE_CHECK_READS + 4)
  t.is(reader.staleAborts, 1, 'the re-run reads the new value: nothing stale')
})

test('records that leave the reads valid, higher ones, untouched locations, and too few reads do not stop it', (t) => {
  const { reader, record, read } = setup()
  record(2, 0, 3, 7)
  reader.begin(5)
  read(0, STALE_CHECK_READS)
  record(3, 0, 3, 7) // the same value: value-based validation passes
  record(9, 0, 4, 1) // a higher tx
  record(1, 0, 200, 1) // a location not read
  t.is(stopped(() => read(STALE_CHECK_READS, STALE_CHECK_READS + 3)), undefined)
  t.is(reader.staleAborts, 0)
  const few = setup()
  few.record(2, 0, 0, 7)
  few.reader.begin(5)
  // The first storage read of an account also reads its WIPE location: 1 + k reads after k slots.
  few.read(0, STALE_CHECK_READS - 3)
  few.record(3, 0, 0, 9) // stale, but the execution has read too little to check yet
  t.is(stopped(() => few.read(STALE_CHECK_READS - 3, STALE_CHECK_READS - 1)), undefined)
  t.is(few.reader.reads.size, STALE_CHECK_READS)
  t.is(stopped(() => few.read(STALE_CHECK_READS - 1, STALE_CHECK_READS)), 3, 'checked once it has read enough')
})

test('a reader that fell behind the record log validates in full; a stale read whose writer is gone restarts at once', (t) => {
  const { reader, record, read } = setup()
  record(2, 0, 3, 7)
  reader.begin(5)
  read(0, STALE_CHECK_READS)
  for (let k = 0; k <= RECORD_LOG_SIZE; k++) record(9, k, 100, k) // higher records push the log past it
  record(2, 1, 200, 1) // tx 2 re-records without slot 3: the version tx 5 read is gone
  t.is(stopped(() => read(STALE_CHECK_READS, STALE_CHECK_READS + 1)), STALE_RESTART)
  t.is(reader.staleAborts, 1)
})

test('the parallel engine with stale aborts on and off equals sequential on a contended block', async (t) => {
  const block = parseBlockJson(generateWorkload('hybrid', { scale: 0.01, hotRatio: 0.3, numEoa: 1000, seed: 3 }))
  const want = await executeSequential(block)
  const ex = await ParallelExecutor.create({ workers: 2 })
  try {
    let aborts = 0
    for (let run = 0; run < 6; run++) {
      for (const staleAborts of [true, false]) {
        const got = await ex.execute(block, { minParallelGas: 0, staleAborts })
        checkParallel(t, block, want, got, `staleAborts ${staleAborts}`)
        if (!staleAborts) t.is(got.stats.staleAborts, 0)
        else aborts += got.stats.staleAborts ?? 0
      }
    }
    t.log(`${block.transactions.length} txs, 6 runs: ${aborts} stale aborts`)
  } finally {
    await ex.close()
  }
})
