import test from 'ava'
import { ReadSet, ReadStatus, WriteSet, type MVMemory } from '../src/index.js'
import { buf, key, store, val } from './helpers.js'

function write(mv: MVMemory, tx: number, inc: number, loc: number, v: bigint, delta = false): boolean {
  const w = new WriteSet()
  if (delta) w.addDelta(loc, val(v))
  else w.write(loc, val(v))
  return mv.record(tx, inc, w)
}

/** Reads loc as tx and records it, like an executor does. */
function readInto(mv: MVMemory, rs: ReadSet, loc: number, tx: number): ReadStatus {
  const out = buf()
  const st = mv.read(loc, tx, out)
  rs.recordRead(loc, st, out)
  return st
}

test('validation passes while nothing below changed', (t) => {
  const mv = store()
  const [a, b, c] = [1, 2, 3].map((n) => mv.locate(key(n)))
  write(mv, 1, 0, a, 10n)
  write(mv, 2, 0, b, 3n, true)
  const rs = new ReadSet(1)
  t.is(readInto(mv, rs, a, 5), ReadStatus.VALUE)
  t.is(readInto(mv, rs, b, 5), ReadStatus.DELTA_ON_BASE)
  t.is(readInto(mv, rs, c, 5), ReadStatus.NONE)
  t.is(rs.size, 3)
  t.true(mv.validateReadSet(5, rs))
  write(mv, 7, 0, a, 99n) // above the reader: irrelevant
  write(mv, 5, 0, c, 99n) // the reader's own write: irrelevant
  t.true(mv.validateReadSet(5, rs))
})

test('value-based: a lower re-execution that writes the same value does not fail validation', (t) => {
  const mv = store()
  const a = mv.locate(key(1))
  write(mv, 1, 0, a, 10n)
  const rs = new ReadSet()
  readInto(mv, rs, a, 5)
  write(mv, 1, 1, a, 10n) // new incarnation, same value
  t.true(mv.validateReadSet(5, rs))
  write(mv, 3, 0, a, 10n) // a new writer in between with the same value
  t.true(mv.validateReadSet(5, rs))
})

test('validation fails when a read would now see another value, status or writer state', (t) => {
  const mv = store()
  const [a, b, c] = [1, 2, 3].map((n) => mv.locate(key(n)))
  write(mv, 1, 0, a, 10n)
  write(mv, 1, 0, a, 10n)
  const rsA = new ReadSet()
  readInto(mv, rsA, a, 5)
  write(mv, 1, 1, a, 11n)
  t.false(mv.validateReadSet(5, rsA), 'changed value')

  const rsC = new ReadSet()
  readInto(mv, rsC, c, 5)
  write(mv, 4, 0, c, 0n)
  t.false(mv.validateReadSet(5, rsC), 'NONE -> VALUE (base value unknown)')

  write(mv, 2, 0, b, 5n, true)
  const rsB = new ReadSet()
  readInto(mv, rsB, b, 5)
  write(mv, 3, 0, b, 1n, true)
  t.false(mv.validateReadSet(5, rsB), 'delta sum changed')
})

test('validation fails after the writer below became an ESTIMATE, and for a recorded ESTIMATE read', (t) => {
  const mv = store()
  const [a, b] = [1, 2].map((n) => mv.locate(key(n)))
  write(mv, 1, 0, a, 10n)
  write(mv, 2, 0, b, 1n, true)
  const rs = new ReadSet()
  readInto(mv, rs, a, 5)
  readInto(mv, rs, b, 5)
  t.true(mv.validateReadSet(5, rs))
  mv.convertWritesToEstimates(2)
  t.false(mv.validateReadSet(5, rs), 'delta writer aborted')
  write(mv, 2, 1, b, 1n, true)
  t.true(mv.validateReadSet(5, rs), 'same delta re-written: same value again')
  mv.convertWritesToEstimates(1)
  t.false(mv.validateReadSet(5, rs))
  const rsE = new ReadSet()
  t.is(readInto(mv, rsE, a, 5), ReadStatus.ESTIMATE)
  write(mv, 1, 1, a, 10n)
  t.false(mv.validateReadSet(5, rsE), 'an ESTIMATE read never validates')
})

test('validation treats folded reads by their folded value', (t) => {
  const mv = store()
  const a = mv.locate(key(1))
  write(mv, 0, 0, a, 100n)
  write(mv, 1, 0, a, 5n, true)
  write(mv, 2, 0, a, -5n, true)
  const rs = new ReadSet()
  t.is(readInto(mv, rs, a, 3), ReadStatus.VALUE)
  write(mv, 1, 1, a, 7n, true)
  t.false(mv.validateReadSet(3, rs), '100+7-5 != 100')
  write(mv, 2, 1, a, -7n, true)
  t.true(mv.validateReadSet(3, rs), '100+7-7 == 100: same value, different deltas')
  write(mv, 1, 2, a, 107n) // absolute now: 107 - 7 = 100, read as VALUE still
  t.true(mv.validateReadSet(3, rs), 'folded from another absolute version, same value')
  write(mv, 1, 3, a, 5n)
  t.false(mv.validateReadSet(3, rs), '5 - 7 != 100')
})

test('NONE and a zero DELTA_ON_BASE are the same read (both: the base value)', (t) => {
  const mv = store()
  const a = mv.locate(key(1))
  const rs = new ReadSet()
  t.is(readInto(mv, rs, a, 5), ReadStatus.NONE)
  write(mv, 1, 0, a, 4n, true)
  write(mv, 2, 0, a, -4n, true)
  t.true(mv.validateReadSet(5, rs))
  const rs2 = new ReadSet()
  t.is(readInto(mv, rs2, a, 5), ReadStatus.DELTA_ON_BASE)
  mv.record(1, 1, new WriteSet())
  mv.record(2, 1, new WriteSet())
  t.true(mv.validateReadSet(5, rs2))
})

test('ReadSet is reusable and grows', (t) => {
  const rs = new ReadSet(1)
  for (let i = 0; i < 100; i++) rs.recordRead(i, ReadStatus.VALUE, val(BigInt(i)))
  t.is(rs.size, 100)
  t.is(rs.locAt(99), 99)
  t.is(rs.statusAt(99), ReadStatus.VALUE)
  t.is(rs.values[99 * 8], 99)
  rs.clear()
  t.is(rs.size, 0)
  t.throws(() => rs.recordRead(1, ReadStatus.VALUE), { instanceOf: TypeError })
})

test('touches: whether a tx last recorded a write to a location among the first reads of a read set', (t) => {
  const mv = store()
  const [a, b, c, d] = [1, 2, 3, 4].map((n) => mv.locate(key(n)))
  const rs = new ReadSet(1)
  readInto(mv, rs, a, 9)
  readInto(mv, rs, b, 9)
  readInto(mv, rs, c, 9)
  t.false(mv.touches(3, rs), 'tx 3 recorded nothing')
  write(mv, 3, 0, d, 1n)
  t.false(mv.touches(3, rs), 'd was not read')
  write(mv, 3, 1, c, 1n)
  t.true(mv.touches(3, rs), 'its latest record wrote c')
  t.false(mv.touches(3, rs, 2), 'c is the third read: not among the first two')
  write(mv, 3, 2, d, 2n)
  t.false(mv.touches(3, rs), 'a later record without c')
  t.false(mv.touches(-1, rs))
  t.false(mv.touches(1000, rs), 'out of range: no, not a throw (a hint)')
})
