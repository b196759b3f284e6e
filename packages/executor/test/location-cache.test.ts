/**
 * The worker's key → location map: pre-state accounts on direct locations (mvmemory
 * I12) numbered by their image ordinal, everything else through the shared table,
 * and the same answer from every thread's cache.
 */
import test from 'ava'
import { MVMemory } from '@blockstm/mvmemory'

import { ByteWriter } from '../src/codec/bytes.js'
import { DIRECT_FIELDS, LocationCache, directLocations } from '../src/parallel/location-cache.js'
import { Kind, bigintToWords, wordsToBigint } from '../src/parallel/keys.js'
import { PreStateImage, encodePreState } from '../src/state/pre-state-image.js'
import type { Hex } from '../src/types.js'

function image(n: number): PreStateImage {
  const pre = new Map<Hex, { balance: bigint; nonce: bigint; code: Uint8Array; storage: Map<Hex, bigint> }>()
  for (let i = 0; i < n; i++) pre.set(`0x${(i + 1).toString(16).padStart(40, '0')}` as Hex, { balance: 1n, nonce: 0n, code: new Uint8Array(0), storage: new Map() })
  const w = new ByteWriter()
  encodePreState(w, pre)
  return new PreStateImage(new Uint8Array(w.finish()), new Map())
}

const hex = (i: number) => (i + 1).toString(16).padStart(40, '0')

test('a pre-state account\'s fields are direct locations 4·ordinal + column; others and slots go through the table, the same in every cache', (t) => {
  const img = image(100)
  const mv = MVMemory.create({ txCount: 4, locationCapacity: directLocations(100) + 64 })
  mv.reserveDirect(directLocations(100))
  const a = new LocationCache(mv, img)
  const b = new LocationCache(MVMemory.fromShared(mv.shared), img)
  const kinds = [Kind.ACCOUNT, Kind.BALANCE, Kind.CODEHASH, Kind.WIPE]
  const seen = new Set<number>()
  for (const i of [0, 57, 99, 57, 0]) {
    for (const k of kinds) {
      const id = a.locate(k, hex(i))
      t.is(Math.floor(id / DIRECT_FIELDS), i, `ordinal of account ${i}`)
      t.is(b.locate(k, hex(i)), id)
      seen.add(id)
    }
    t.is(a.ordinalOf(hex(i)), i)
  }
  t.is(seen.size, 3 * kinds.length, 'four distinct ids per account')
  t.is(mv.locationCount(), directLocations(100), 'no table insert for them')
  const outsider = 'ee'.repeat(20)
  const o = a.locate(Kind.BALANCE, outsider)
  t.true(o >= directLocations(100))
  t.is(b.locate(Kind.BALANCE, outsider), o)
  t.is(a.ordinalOf(outsider), -1)
  const s = a.locate(Kind.STORAGE, hex(5), '00'.repeat(32))
  t.true(s >= directLocations(100), 'storage slots are table locations')
  t.is(b.locate(Kind.STORAGE, hex(5), '00'.repeat(32)), s)
})

test('a cache refuses a store whose direct locations it cannot number', (t) => {
  const mv = MVMemory.create({ txCount: 4, locationCapacity: 1024 })
  mv.reserveDirect(directLocations(10))
  t.throws(() => new LocationCache(mv), { message: /direct locations/ })
  t.throws(() => new LocationCache(mv, image(11)), { message: /image of 11 accounts/ })
  t.notThrows(() => new LocationCache(mv, image(10)))
  mv.clear()
  const plain = new LocationCache(mv, image(10))
  t.is(plain.locate(Kind.BALANCE, hex(3)), 0, 'without direct locations every account goes through the table')
  t.is(plain.ordinalOf(hex(3)), -1)
})

test('bigintToWords / wordsToBigint round-trip across the 53-, 64-, 128- and 256-bit boundaries (negatives wrap mod 2^256)', (t) => {
  const w = new Uint32Array(8)
  const edges = [0n, 1n, (1n << 53n) - 1n, 1n << 53n, (1n << 64n) - 1n, 1n << 64n, 10n ** 18n * 12345n, (1n << 128n) - 1n, 1n << 128n, (1n << 255n) + 7n, (1n << 256n) - 1n]
  for (const v of edges) {
    t.is(wordsToBigint(bigintToWords(v, w)), v, `${v}`)
    let x = v
    for (let i = 0; i < 8; i++, x >>= 32n) t.is(w[i], Number(x & 0xffffffffn), `${v} word ${i}`)
  }
  t.is(wordsToBigint(bigintToWords(-1n, w)), (1n << 256n) - 1n)
})
