import test from 'ava'
import { BlobArena, CapacityError } from '../src/index.js'
import { store } from './helpers.js'

const h = (n: number) => Uint32Array.from({ length: 8 }, (_, i) => (Math.imul(n + 1, 0x9e3779b1) ^ i) >>> 0)
const bytes = (n: number, len: number) => Uint8Array.from({ length: len }, (_, i) => (n + i) & 0xff)

test('B1: put is idempotent; get returns the bytes (a view) or undefined', (t) => {
  const a = BlobArena.create({ capacityBytes: 1024 })
  t.is(a.get(h(1)), undefined)
  a.put(h(1), bytes(1, 100))
  a.put(h(1), bytes(1, 100))
  a.put(h(2), new Uint8Array(0))
  t.deepEqual(a.get(h(1)), bytes(1, 100))
  t.is(a.get(h(2))?.length, 0)
  t.true(a.has(h(2)))
  t.is(a.count(), 2)
  const view = a.get(h(1))!
  t.is(view.buffer, a.shared.bytes, 'B3: a view on shared memory, not a copy')
})

test('B1: colliding buckets keep blobs apart (hashes differ in the last word only)', (t) => {
  const a = BlobArena.create({ capacityBytes: 4096, entryCapacity: 4 })
  const base = h(7)
  const keys = [0, 1, 2, 3].map((w) => {
    const k = base.slice()
    k[7] = w
    return k
  })
  keys.forEach((k, i) => a.put(k, bytes(i, 10 + i)))
  keys.forEach((k, i) => t.deepEqual(a.get(k), bytes(i, 10 + i)))
})

test('B4: full arenas throw CapacityError(blobEntries / blobBytes)', (t) => {
  const a = BlobArena.create({ capacityBytes: 100, entryCapacity: 2 })
  a.put(h(1), bytes(1, 60))
  t.is(t.throws(() => a.put(h(2), bytes(2, 60)), { instanceOf: CapacityError })?.table, 'blobBytes')
  t.is(a.get(h(2)), undefined)
  a.put(h(3), bytes(3, 10)) // a failed put spends nothing: 40 bytes and one entry were still free
  t.is(t.throws(() => a.put(h(4), bytes(4, 1)), { instanceOf: CapacityError })?.table, 'blobEntries')
  t.deepEqual(a.get(h(1)), bytes(1, 60))
  a.clear()
  t.is(a.get(h(1)), undefined)
  a.put(h(5), bytes(5, 90))
  t.deepEqual(a.get(h(5)), bytes(5, 90))
})

test('MVMemory carries a BlobArena that fromShared views share; clear() keeps blobs', (t) => {
  const mv = store({ blobCapacityBytes: 1 << 12 })
  mv.blobs.put(h(1), bytes(1, 33), 0)
  const other = (mv.constructor as typeof import('../src/index.js').MVMemory).fromShared(mv.shared)
  t.deepEqual(other.blobs.get(h(1)), bytes(1, 33))
  mv.clear()
  t.deepEqual(other.blobs.get(h(1)), bytes(1, 33))
})
