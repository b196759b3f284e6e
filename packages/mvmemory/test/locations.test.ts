import test from 'ava'
import { CapacityError, KEY_WORDS, hashKey } from '../src/index.js'
import { key, store } from './helpers.js'

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
