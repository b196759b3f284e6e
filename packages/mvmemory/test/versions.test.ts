import test from 'ava'
import { CapacityError, ReadStatus, WriteSet } from '../src/index.js'
import { big, buf, key, store, val } from './helpers.js'

const M = 1n << 256n

function ws(...writes: Array<[number, bigint] | [number, bigint, 'delta']>): WriteSet {
  const w = new WriteSet(2)
  for (const [loc, v, kind] of writes) {
    if (kind === 'delta') w.addDelta(loc, val(v))
    else w.write(loc, val(v))
  }
  return w
}

test('read: NONE below the first writer, VALUE of the highest writer below', (t) => {
  const mv = store()
  const loc = mv.locate(key(1))
  const out = buf()
  t.is(mv.read(loc, 5, out), ReadStatus.NONE)
  t.is(mv.lastTxIdx, -1)
  mv.record(3, 0, ws([loc, 30n]))
  mv.record(7, 2, ws([loc, 70n]))
  t.is(mv.read(loc, 3, out), ReadStatus.NONE, 'a tx does not read its own write')
  t.is(mv.read(loc, 4, out), ReadStatus.VALUE)
  t.is(big(out), 30n)
  t.is(mv.lastTxIdx, 3)
  t.is(mv.lastIncarnation, 0)
  t.is(mv.read(loc, 7, out), ReadStatus.VALUE)
  t.is(big(out), 30n)
  t.is(mv.read(loc, 8, out), ReadStatus.VALUE)
  t.is(big(out), 70n)
  t.is(mv.lastTxIdx, 7)
  t.is(mv.lastIncarnation, 2)
  t.is(mv.finalValue(loc, out), ReadStatus.VALUE)
  t.is(big(out), 70n)
})

test('read honours outOffset', (t) => {
  const mv = store()
  const loc = mv.locate(key(1))
  mv.record(0, 0, ws([loc, 0xdeadbeefn << 200n]))
  const out = new Uint32Array(20)
  t.is(mv.read(loc, 1, out, 5), ReadStatus.VALUE)
  t.is(big(out, 5), 0xdeadbeefn << 200n)
})

test('I3: versions of a location are sorted by txIdx, one per tx, whatever the record order', (t) => {
  const mv = store({ txCount: 200 })
  const loc = mv.locate(key(1))
  const order = Array.from({ length: 200 }, (_, i) => (i * 73) % 200)
  for (const tx of order) mv.record(tx, 0, ws([loc, BigInt(tx)]))
  for (const tx of order.slice(0, 50)) mv.record(tx, 1, ws([loc, BigInt(tx) + 1000n]))
  const v = mv.versionsOf(loc)
  t.is(v.length, 200)
  for (let i = 1; i < v.length; i++) t.true(v[i - 1].txIdx < v[i].txIdx)
  const out = buf()
  for (let tx = 1; tx <= 200; tx++) {
    t.is(mv.read(loc, tx, out), ReadStatus.VALUE)
    const w = tx - 1
    t.is(big(out), BigInt(w) + (order.slice(0, 50).includes(w) ? 1000n : 0n))
  }
})

test('hot location: 10,000 versions read by binary search', (t) => {
  const n = 10_000
  const mv = store({ txCount: n, versionCapacity: 4 * n })
  const loc = mv.locate(key(1))
  const w = new WriteSet()
  for (let tx = 0; tx < n; tx += 2) {
    w.clear()
    w.write(loc, val(BigInt(tx) * 3n))
    mv.record(tx, 0, w)
  }
  const out = buf()
  for (let r = 1; r < n; r += 37) {
    t.is(mv.read(loc, r, out), ReadStatus.VALUE)
    const writer = (r - 1) & ~1
    t.is(mv.lastTxIdx, writer)
    t.is(big(out), BigInt(writer) * 3n)
  }
})

test('I7: convertWritesToEstimates turns absolute and delta writes into ESTIMATE; record clears it', (t) => {
  const mv = store()
  const a = mv.locate(key(1))
  const b = mv.locate(key(2))
  mv.record(2, 0, ws([a, 5n], [b, 1n, 'delta']))
  mv.convertWritesToEstimates(2)
  const out = buf()
  t.is(mv.read(a, 3, out), ReadStatus.ESTIMATE)
  t.is(mv.lastTxIdx, 2)
  t.is(mv.read(b, 9, out), ReadStatus.ESTIMATE)
  t.is(mv.lastTxIdx, 2)
  t.is(mv.read(a, 2, out), ReadStatus.NONE, 'lower txs do not see it')
  t.true(mv.versionsOf(a)[0].estimate)
  t.false(mv.record(2, 1, ws([a, 6n], [b, 2n, 'delta'])), 're-writing the estimated locations is not new')
  t.is(mv.read(a, 3, out), ReadStatus.VALUE)
  t.is(big(out), 6n)
  t.is(mv.lastIncarnation, 1)
  t.is(mv.read(b, 3, out), ReadStatus.DELTA_ON_BASE)
  t.is(big(out), 2n)
})

test('I7: an ESTIMATE below folded deltas blocks the read', (t) => {
  const mv = store()
  const loc = mv.locate(key(1))
  mv.record(1, 0, ws([loc, 100n]))
  mv.record(2, 0, ws([loc, 5n, 'delta']))
  mv.record(3, 0, ws([loc, 7n, 'delta']))
  mv.convertWritesToEstimates(1)
  const out = buf()
  t.is(mv.read(loc, 4, out), ReadStatus.ESTIMATE)
  t.is(mv.lastTxIdx, 1)
  mv.convertWritesToEstimates(3)
  t.is(mv.read(loc, 4, out), ReadStatus.ESTIMATE)
  t.is(mv.lastTxIdx, 3)
})

test('I11: a new location counts as new only when a higher tx has read it', (t) => {
  const mv = store()
  const [a, b, c] = [1, 2, 3].map((n) => mv.locate(key(n)))
  const out = buf()
  t.false(mv.record(4, 0, ws([a, 1n])), 'nobody read a')
  mv.read(b, 2, out) // a lower reader
  mv.read(b, 5, out) // the writer itself... as tx 5 below
  t.false(mv.record(5, 0, ws([b, 1n])), 'b was read by tx 2 and by tx 5 itself only')
  mv.read(c, 7, out)
  t.true(mv.record(6, 0, ws([c, 1n])), 'tx 7 read c before tx 6 wrote it')
  t.false(mv.record(6, 1, ws([c, 2n])), 'not new to tx 6 any more')
  mv.read(a, 8, out)
  t.true(mv.record(4, 1, ws([a, 3n], [b, 5n, 'delta'])), 'b is new to tx 4, and tx 5 read it')
})

test('I4: re-incarnation replaces the write set: shrinking removes, growing reports wroteNewLocation', (t) => {
  const mv = store()
  const [a, b, c] = [1, 2, 3].map((n) => mv.locate(key(n)))
  // A higher tx has read every location (I11: otherwise no write is reported as new).
  for (const l of [a, b, c]) mv.read(l, 9, buf())
  t.true(mv.record(4, 0, ws([a, 1n], [b, 2n])), 'first incarnation writes new locations')
  t.false(mv.record(4, 1, ws([a, 10n])), 'shrinking is not new')
  t.deepEqual(mv.writtenLocations(4), [a])
  const out = buf()
  t.is(mv.read(b, 5, out), ReadStatus.NONE, 'the dropped write is gone')
  t.is(mv.versionsOf(b).length, 0)
  t.true(mv.record(4, 2, ws([a, 11n], [c, 3n])), 'c is new')
  t.true(mv.record(4, 3, ws([a, 12n], [b, 4n], [c, 5n])), 'b is new again')
  t.false(mv.record(4, 4, ws([c, 6n], [b, 7n], [a, 8n])), 'same set, other order')
  t.deepEqual(mv.writtenLocations(4).sort(), [a, b, c].sort())
  t.false(mv.record(4, 5, ws()), 'empty write set')
  for (const l of [a, b, c]) t.is(mv.versionsOf(l).length, 0)
  // I4 both ways: an entry exists iff it is in the tx's list.
  mv.record(1, 0, ws([a, 1n], [c, 1n]))
  mv.record(2, 0, ws([b, 1n]))
  for (const tx of [1, 2, 4]) {
    const listed = new Set(mv.writtenLocations(tx))
    for (const l of [a, b, c]) t.is(mv.versionsOf(l).some((v) => v.txIdx === tx), listed.has(l))
  }
})

test('record switches a location between absolute and delta in place', (t) => {
  const mv = store()
  const loc = mv.locate(key(1))
  mv.record(0, 0, ws([loc, 50n]))
  mv.record(1, 0, ws([loc, 5n]))
  const out = buf()
  t.is(mv.read(loc, 2, out), ReadStatus.VALUE)
  t.is(big(out), 5n)
  mv.record(1, 1, ws([loc, 5n, 'delta']))
  t.is(mv.read(loc, 2, out), ReadStatus.VALUE)
  t.is(big(out), 55n)
})

test('I8: deltas fold onto the nearest absolute version below, mod 2^256, negatives as two\'s complement', (t) => {
  const mv = store()
  const loc = mv.locate(key(1))
  mv.record(0, 0, ws([loc, 1000n]))
  mv.record(1, 0, ws([loc, 10n, 'delta']))
  mv.record(3, 0, ws([loc, -25n, 'delta']))
  mv.record(5, 0, ws([loc, 7n]))
  mv.record(6, 0, ws([loc, 1n, 'delta']))
  const out = buf()
  const expect = [undefined, 1000n, 1010n, 1010n, 985n, 985n, 7n, 8n]
  for (let tx = 1; tx <= 7; tx++) {
    t.is(mv.read(loc, tx, out), ReadStatus.VALUE, `tx ${tx}`)
    t.is(big(out), expect[tx]!, `tx ${tx}`)
  }
  t.is(mv.read(loc, 4, out), ReadStatus.VALUE)
  t.is(mv.lastTxIdx, 3, 'the nearest version folded in')
})

test('I8: delta folding wraps around 2^256 both ways (carry across every word)', (t) => {
  const mv = store()
  const loc = mv.locate(key(1))
  mv.record(0, 0, ws([loc, M - 1n]))
  mv.record(1, 0, ws([loc, 2n, 'delta']))
  const out = buf()
  t.is(mv.read(loc, 2, out), ReadStatus.VALUE)
  t.is(big(out), 1n)
  mv.record(2, 0, ws([loc, -3n, 'delta']))
  t.is(mv.read(loc, 3, out), ReadStatus.VALUE)
  t.is(big(out), M - 2n)
  mv.record(0, 1, ws([loc, 0n]))
  t.is(mv.read(loc, 3, out), ReadStatus.VALUE)
  t.is(big(out), M - 1n)
})

test('DELTA_ON_BASE: only deltas below: out is their sum mod 2^256', (t) => {
  const mv = store()
  const loc = mv.locate(key(1))
  mv.record(2, 0, ws([loc, 40n, 'delta']))
  mv.record(4, 0, ws([loc, -50n, 'delta']))
  const out = buf()
  t.is(mv.read(loc, 3, out), ReadStatus.DELTA_ON_BASE)
  t.is(big(out), 40n)
  t.is(mv.lastTxIdx, 2)
  t.is(mv.read(loc, 5, out), ReadStatus.DELTA_ON_BASE)
  t.is(big(out), M - 10n, 'base + (M - 10) = base - 10 mod 2^256')
  t.is(mv.finalValue(loc, out), ReadStatus.DELTA_ON_BASE)
  t.is(mv.read(loc, 2, out), ReadStatus.NONE)
})

test('WriteSet merges repeated writes of a location', (t) => {
  const w = new WriteSet(1)
  w.addDelta(3, val(5n))
  w.addDelta(3, val(-7n))
  t.is(w.size, 1)
  t.is(w.deltas[0], 1)
  t.is(big(w.values, 0), M - 2n)
  w.write(3, val(100n))
  w.addDelta(3, val(1n))
  t.is(w.deltas[0], 0)
  t.is(big(w.values, 0), 101n)
  for (let i = 0; i < 100; i++) w.write(1000 + i, val(BigInt(i)))
  t.is(w.size, 101)
  t.true(w.has(1050))
  t.is(big(w.values, w.indexOf(1050) * 8), 50n)
  w.clear()
  t.is(w.size, 0)
  t.false(w.has(3))
  w.write(3, val(9n))
  t.is(w.size, 1)
})

test('record rejects out-of-range txIdx and incarnation', (t) => {
  const mv = store({ txCount: 4 })
  t.throws(() => mv.record(4, 0, ws()), { instanceOf: RangeError })
  t.throws(() => mv.record(-1, 0, ws()), { instanceOf: RangeError })
  t.throws(() => mv.record(0, 2 ** 30, ws()), { instanceOf: RangeError })
})

test('I10: a full version arena throws CapacityError(versions); a full write-list arena CapacityError(txWrites)', (t) => {
  const mv = store({ txCount: 64, locationCapacity: 64, versionCapacity: 8, txWriteCapacity: 1000 })
  const locs = [1, 2, 3].map((n) => mv.locate(key(n)))
  mv.record(0, 0, ws([locs[0], 1n], [locs[1], 1n])) // two blocks of 4
  const err = t.throws(() => mv.record(1, 0, ws([locs[2], 1n])), { instanceOf: CapacityError })
  t.is(err?.table, 'versions')
  t.is(err?.capacity, 8)
  const out = buf()
  t.is(mv.read(locs[0], 1, out), ReadStatus.VALUE, 'earlier versions intact')
  const mv2 = store({ txWriteCapacity: 4 })
  const l = mv2.locate(key(1))
  mv2.record(0, 0, ws([l, 1n]))
  const err2 = t.throws(() => mv2.record(1, 0, ws([l, 1n])), { instanceOf: CapacityError })
  t.is(err2?.table, 'txWrites')
})

test('clear() empties the store for the next block, reusing the buffers', (t) => {
  const mv = store({ txCount: 8, locationCapacity: 4, versionCapacity: 16 })
  const versionsBuf = mv.shared.versions
  for (let round = 0; round < 50; round++) {
    const locs = [0, 1, 2, 3].map((n) => mv.locate(key(n + round)))
    t.deepEqual(locs, [0, 1, 2, 3])
    mv.record(1, 0, ws([locs[0], BigInt(round)], [locs[1], 1n], [locs[2], 1n], [locs[3], 1n, 'delta']))
    const out = buf()
    t.is(mv.read(locs[0], 2, out), ReadStatus.VALUE)
    t.is(big(out), BigInt(round))
    mv.clear()
    t.is(mv.locationCount(), 0)
    t.is(mv.lookup(key(round)), -1)
  }
  t.is(mv.shared.versions, versionsBuf)
  mv.clear(3)
  t.is(mv.txCount, 3)
  t.throws(() => mv.record(3, 0, ws()), { instanceOf: RangeError })
  t.throws(() => mv.clear(9), { instanceOf: RangeError })
})
