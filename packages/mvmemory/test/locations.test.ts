import test from 'ava'
import { CapacityError, KEY_WORDS, ReadStatus, WriteSet, hashKey } from '../src/index.js'
import { big, buf, key, store, val } from './helpers.js'

test('locate is find-or-insert; lookup finds or returns -1; keyOf round-trips', (t) => {
  const mv = store()
  t.is(mv.lookup(key(1)), -1)
  const a = mv.locate(key(1))
  t.is(mv.locate(key(1)), a)
  t.is(mv.lookup(key(1)), a)
  const b = mv.locate(key(2))
  t.not(a, b)
  const out = new Uint32Array(KEY_WORDS + 3)
  mv.keyOf(b, out, 3)
  t.deepEqual(Array.from(out.subarray(3)), Array.from(key(2)))
  t.is(mv.locationCount(), 2)
  t.throws(() => mv.keyOf(7, out), { instanceOf: RangeError })
})

test('locate honours keyOffset', (t) => {
  const mv = store()
  const packed = new Uint32Array(KEY_WORDS * 2)
  packed.set(key(5), KEY_WORDS)
  t.is(mv.locate(packed, KEY_WORDS), mv.locate(key(5)))
})

test('I1: keys are compared in full: a 32-bit hash collision never merges two locations', (t) => {
  // Birthday search for two different keys with the same full 32-bit hash.
  const seen = new Map<number, number>()
  let pair: [number, number] | undefined
  for (let n = 0; n < 1 << 20 && !pair; n++) {
    const h = hashKey(key(n, 77), 0)
    const m = seen.get(h)
    if (m !== undefined) pair = [m, n]
    else seen.set(h, n)
  }
  t.truthy(pair, 'found a full-hash collision')
  const [x, y] = pair!
  const mv = store({ locationCapacity: 8 })
  const lx = mv.locate(key(x, 77))
  const ly = mv.locate(key(y, 77))
  t.not(lx, ly)
  t.is(mv.lookup(key(x, 77)), lx)
  t.is(mv.lookup(key(y, 77)), ly)
  t.is(mv.locationCount(), 2)
})

test('I1: keys that differ only in the last word, in the same bucket, stay separate', (t) => {
  const mv = store({ locationCapacity: 4 }) // 8 buckets: most keys share buckets
  const ids = new Set<number>()
  const bucketOf = (k: Uint32Array) => hashKey(k, 0) & 7
  const base = key(9)
  const sameBucket: Uint32Array[] = []
  for (let w = 0; sameBucket.length < 4; w++) {
    const k = base.slice()
    k[KEY_WORDS - 1] = w
    if (bucketOf(k) === bucketOf(base)) sameBucket.push(k)
  }
  for (const k of sameBucket) ids.add(mv.locate(k))
  t.is(ids.size, 4)
  sameBucket.forEach((k, i) => t.is(mv.lookup(k), [...ids][i]))
})

test('I2: location ids are dense and assigned in insertion order', (t) => {
  const mv = store({ locationCapacity: 100 })
  for (let i = 0; i < 100; i++) t.is(mv.locate(key(i)), i)
  t.is(mv.locationCount(), 100)
})

test('I10: a full location table throws CapacityError(locations) and stays usable for lookups', (t) => {
  const mv = store({ locationCapacity: 3 })
  for (let i = 0; i < 3; i++) mv.locate(key(i))
  const err = t.throws(() => mv.locate(key(99)), { instanceOf: CapacityError })
  t.is(err?.table, 'locations')
  t.is(err?.capacity, 3)
  t.is(mv.lookup(key(99)), -1)
  t.is(mv.locate(key(1)), 1)
  t.is(mv.locationCount(), 3)
})

test('I12: reserveDirect(n) makes ids 0..n-1 direct: the table hands out ids from n, keyOf of a direct id throws', (t) => {
  const mv = store({ locationCapacity: 16 })
  mv.reserveDirect(10)
  t.is(mv.directCount(), 10)
  t.is(mv.locationCount(), 10)
  t.is(mv.locate(key(1)), 10)
  t.is(mv.locate(key(2)), 11)
  t.is(mv.lookup(key(1)), 10)
  const out = new Uint32Array(KEY_WORDS)
  t.throws(() => mv.keyOf(3, out), { instanceOf: RangeError, message: /direct/ })
  mv.keyOf(11, out)
  t.deepEqual(Array.from(out), Array.from(key(2)))
  // A full table still fails loudly, counting the direct ids.
  for (let i = 3; i < 7; i++) mv.locate(key(i))
  t.throws(() => mv.locate(key(50)), { instanceOf: CapacityError })
})

test('I12: direct locations hold versions like any other, fresh after clear() and a new reserveDirect()', (t) => {
  const mv = store({ locationCapacity: 16 })
  mv.reserveDirect(4)
  const ws = new WriteSet(4)
  ws.write(2, val(77n))
  mv.record(3, 0, ws)
  const out = buf()
  t.is(mv.read(2, 5, out), ReadStatus.VALUE)
  t.is(big(out), 77n)
  t.is(mv.read(2, 3, out), ReadStatus.NONE, 'no version below tx 3')
  t.is(mv.read(1, 5, out), ReadStatus.NONE)
  mv.clear()
  t.is(mv.directCount(), 0)
  mv.reserveDirect(8)
  t.is(mv.read(2, 5, out), ReadStatus.NONE, 'the version of the previous block is gone')
  t.is(mv.locate(key(1)), 8)
})

test('I12: reserveDirect() only on an empty table, and not beyond its capacity', (t) => {
  const mv = store({ locationCapacity: 16 })
  mv.locate(key(1))
  t.throws(() => mv.reserveDirect(4), { message: /after locations were handed out/ })
  mv.clear()
  t.throws(() => mv.reserveDirect(17), { instanceOf: CapacityError })
  t.throws(() => mv.reserveDirect(-1), { instanceOf: RangeError })
  t.throws(() => mv.reserveDirect(1.5), { instanceOf: RangeError })
  t.is(mv.directCount(), 0)
  mv.reserveDirect(16)
  t.throws(() => mv.locate(key(1)), { instanceOf: CapacityError })
})

test('writtenInBlock: every location a final incarnation wrote, once, ascending; a location the re-execution dropped is gone', (t) => {
  const mv = store({ locationCapacity: 16 })
  mv.reserveDirect(4)
  const a = mv.locate(key(1))
  const b = mv.locate(key(2))
  mv.locate(key(3)) // read-only: never written
  const w = (...locs: number[]) => {
    const ws = new WriteSet(4)
    for (const l of locs) ws.write(l, val(1n))
    return ws
  }
  mv.record(0, 0, w(b, 2))
  mv.record(1, 0, w(2, a))
  mv.record(2, 0, w(3))
  t.deepEqual(Array.from(mv.writtenInBlock()), [2, 3, a, b])
  mv.record(2, 1, w()) // the re-execution writes nothing
  t.deepEqual(Array.from(mv.writtenInBlock()), [2, a, b])
})
