/**
 * A worker's diff share over the pre-state image (parallel/diff-share.ts: nonces and
 * balances folded and compared as words, accounts named by ordinal) must equal the
 * object path it replaced (post-state.ts mvStateDiff: records, BigInts, diffAccount) on
 * any final state: random writes of every kind over random pre-states, whole and split
 * into shares.
 */
import test from 'ava'
import { MVMemory, WriteSet } from '@blockstm/mvmemory'

import { ByteWriter } from '../src/codec/bytes.js'
import { decodeStateDiff } from '../src/codec/state-diff.js'
import { keccak256 } from '../src/hash.js'
import { encodeImageDiffShare } from '../src/parallel/diff-share.js'
import { Kind, accountWords, bigintToWords, hashToWords } from '../src/parallel/keys.js'
import { LocationCache, directLocations } from '../src/parallel/location-cache.js'
import { mvStateDiff } from '../src/parallel/post-state.js'
import { EMPTY_CODE_HASH } from '../src/state/base.js'
import { PreStateImage, encodePreState } from '../src/state/pre-state-image.js'
import type { Hex, PreStateAccount, StateDiff } from '../src/types.js'

/** A small deterministic generator: integers in [0, n). */
function rng(seed: number): (n: number) => number {
  let s = BigInt(seed) * 0x9e3779b97f4a7c15n
  return (n) => {
    s = (s * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn
    return Number(s >> 33n) % n
  }
}

const BALANCES = [0n, 1n, 21_000n, 10n ** 18n, 10n ** 21n + 7n, (1n << 64n) - 1n, 1n << 64n, (1n << 200n) + 3n, (1n << 256n) - 1n]
const NONCES = [0n, 1n, 2n, 1000n, (1n << 32n) - 1n, (1n << 32n) + 5n, (1n << 63n) + 1n]
const DELTAS = [1n, 21_000n * 10n ** 9n, 10n ** 18n, 1n << 70n]

const hex40 = (i: number) => (0x1000 + i).toString(16).padStart(40, '0')
const slotHex = (i: number) => i.toString(16).padStart(64, '0')

function preState(pick: (n: number) => number, accounts: number): Map<Hex, PreStateAccount> {
  const pre = new Map<Hex, PreStateAccount>()
  for (let i = 0; i < accounts; i++) {
    const storage = new Map<Hex, bigint>()
    if (pick(4) === 0) for (let s = 0; s < 1 + pick(3); s++) storage.set(`0x${slotHex(s)}` as Hex, BigInt(1 + pick(1000)))
    const code = pick(6) === 0 ? Uint8Array.of(0x60, i & 0xff, 0x00) : new Uint8Array(0)
    pre.set(`0x${hex40(i)}` as Hex, { balance: BALANCES[pick(BALANCES.length)]!, nonce: NONCES[pick(NONCES.length)]!, code, storage })
  }
  return pre
}

/** Final states: each of `txs` transactions writes a few locations of one kind or another (each location once per transaction). */
function writeBlock(pick: (n: number) => number, mv: MVMemory, locs: LocationCache, addresses: string[], codeHashes: string[], txs: number): void {
  const v = new Uint32Array(8)
  for (let tx = 0; tx < txs; tx++) {
    const ws = new WriteSet()
    const used = new Set<number>()
    for (let k = 0; k < 1 + pick(6); k++) {
      const a = addresses[pick(addresses.length)]!
      const kind = pick(10)
      let loc: number
      if (kind < 2) loc = locs.locate(Kind.ACCOUNT, a)
      else if (kind < 6) loc = locs.locate(Kind.BALANCE, a)
      else if (kind < 8) loc = locs.locate(Kind.STORAGE, a, slotHex(pick(4)))
      else if (kind < 9) loc = locs.locate(Kind.CODEHASH, a)
      else loc = locs.locate(Kind.WIPE, a)
      if (used.has(loc)) continue
      used.add(loc)
      if (kind < 2) ws.write(loc, accountWords(pick(5) !== 0, pick(2) === 0, NONCES[pick(NONCES.length)]!, v))
      else if (kind < 4) ws.write(loc, bigintToWords(BALANCES[pick(BALANCES.length)]!, v))
      else if (kind < 6) ws.addDelta(loc, bigintToWords(DELTAS[pick(DELTAS.length)]!, v))
      else if (kind < 8) ws.write(loc, bigintToWords(pick(3) === 0 ? 0n : BigInt(pick(1 << 20)), v))
      else if (kind < 9) ws.write(loc, hashToWords(codeHashes[pick(codeHashes.length)]!, v))
      else {
        v.fill(0)
        v[0] = tx + 1 // wiped by transaction tx (post-state.ts: slots written before it read as zero)
        ws.write(loc, v)
      }
    }
    mv.record(tx, 0, ws)
  }
}

for (let seed = 1; seed <= 40; seed++) {
  test(`diff share on words equals the object path: random block ${seed}`, async (t) => {
    const pick = rng(seed)
    const accounts = 20 + pick(40)
    const pre = preState(pick, accounts)
    const w = new ByteWriter()
    const keys: Hex[] = []
    encodePreState(w, pre, keys)
    const image = new PreStateImage(new Uint8Array(w.finish()), new Map())
    const mv = MVMemory.create({ txCount: 12, locationCapacity: directLocations(accounts) + 1024 })
    mv.reserveDirect(directLocations(accounts))
    const locs = new LocationCache(mv, image)
    // Pre-state accounts and a few new ones; code hashes of the pre-state's code, and the empty one.
    const addresses = [...Array.from({ length: accounts }, (_, i) => hex40(i)), ...Array.from({ length: 6 }, (_, i) => hex40(accounts + i))]
    const codeHashes = [EMPTY_CODE_HASH, ...[...pre.values()].filter((a) => a.code.length > 0).map((a) => Buffer.from(keccak256(a.code)).toString('hex'))]
    writeBlock(pick, mv, locs, addresses, codeHashes, 12)

    const want = await mvStateDiff(mv, image, image, { index: 0, of: 1 })
    const whole: StateDiff = new Map()
    decodeStateDiff(encodeImageDiffShare(mv, image, { index: 0, of: 1 }), whole, keys)
    t.deepEqual(whole, want)
    // Shares split the accounts: together they are the whole, each account once.
    for (const of of [2, 3]) {
      const joined: StateDiff = new Map()
      let entries = 0
      for (let index = 0; index < of; index++) {
        const share: StateDiff = new Map()
        decodeStateDiff(encodeImageDiffShare(mv, image, { index, of }), share, keys)
        entries += share.size
        for (const [k, d] of share) joined.set(k, d)
      }
      t.is(entries, joined.size, `${of} shares: an account in two of them`)
      t.deepEqual(new Map([...joined].sort()), new Map([...want].sort()), `${of} shares`)
    }
    t.true(want.size > 0, 'the block changed something')
  })
}
