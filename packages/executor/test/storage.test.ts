/**
 * Storage layer: the LMDB layout round-trips every field, the importer is idempotent,
 * and the sequential engine gives the same result from LMDB (with and without
 * simulated latency) as from the in-memory pre-state.
 */
import test from 'ava'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { executeSequential, loadBlockFile, stateDiffHash } from '../src/index.js'
import type { BlockInput, BlockResult, Hex, PreStateAccount } from '../src/index.js'
import { EMPTY_CODE_HASH, InMemoryState } from '../src/state/base.js'
import type { AccountRecord, BaseState } from '../src/state/base.js'
import { importBlockState, importFixtureFile } from '../src/state/import.js'
import { CountingState, LatencyState } from '../src/state/latency.js'
import { LmdbState, decodeAccount, encodeAccount } from '../src/state/lmdb.js'
import { openBaseState, openBaseStateLayers } from '../src/state/open.js'
import type { BaseStateSpec } from '../src/state/open.js'

const FIXTURES = fileURLToPath(new URL('../../../fixtures/mainnet/', import.meta.url))
const dirs: string[] = []
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'blockstm-storage-test-'))
  dirs.push(d)
  return d
}
test.after.always(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

const hex = (b: Uint8Array | undefined) => (b === undefined ? 'undefined' : Buffer.from(b).toString('hex'))
const MAX = (1n << 256n) - 1n
const addr = (n: number) => `0x${n.toString(16).padStart(40, '0')}` as Hex
const slot = (n: bigint) => `0x${n.toString(16).padStart(64, '0')}` as Hex

/** A block (header of a small mainnet fixture) whose pre-state covers every field's edge cases. */
async function syntheticBlock(): Promise<BlockInput> {
  const base = await loadBlockFile(FIXTURES + '46147.json.gz')
  const pre = new Map<Hex, PreStateAccount>()
  const acc = (balance: bigint, nonce: bigint, code: number[] = [], storage: [bigint, bigint][] = []) => ({
    balance,
    nonce,
    code: Uint8Array.from(code),
    storage: new Map(storage.map(([k, v]) => [slot(k), v] as const)),
  })
  pre.set(addr(1), acc(0n, 0n)) // empty account
  pre.set(addr(2), acc(1n, 1n))
  pre.set(addr(3), acc(MAX, (1n << 64n) - 1n)) // 32-byte balance, 8-byte nonce
  pre.set(addr(4), acc(10n ** 18n, 7n, [0x60, 0x00, 0x60, 0x00, 0xf3], [[0n, 1n], [MAX, MAX], [1n << 255n, 0x80n], [42n, 256n]]))
  pre.set(addr(5), acc(5n, 0n, [], [[1n, 2n]])) // storage without code
  pre.set(addr(6), acc(0n, 1n, [0x60, 0x00, 0x60, 0x00, 0xf3])) // same code as addr(4)
  pre.set(addr(7), acc(255n, 256n, [0xfe])) // code, no storage
  pre.set('0xabcdefabcdefabcdefabcdefabcdefabcdefabcd', acc(0x1234567890abcdefn, 0n))
  const hashes = new Map<bigint, Hex>([
    [0n, `0x${'11'.repeat(32)}`],
    [46146n, `0x${'ab'.repeat(32)}`],
    [(1n << 63n) + 5n, `0x${'00'.repeat(31)}01`],
  ])
  return { ...base, preState: pre, blockHashes: hashes }
}

/** Every answer `a` and `b` give for the keys of `block` (and some absent ones) agrees. */
function assertSameState(t: import('ava').ExecutionContext, a: BaseState, b: BaseState, block: BlockInput): void {
  const show = (r: AccountRecord | undefined) => (r === undefined ? 'none' : `${r.nonce}/${r.balance}/${r.codeHash}/${r.hasStorage}`)
  for (const [ad, acc] of block.preState) {
    const k = ad.slice(2)
    const ra = a.account(k) as AccountRecord | undefined
    const rb = b.account(k) as AccountRecord | undefined
    t.is(show(ra), show(rb), `account ${ad}`)
    if (ra && ra.codeHash !== EMPTY_CODE_HASH) t.is(hex(a.code(ra.codeHash) as Uint8Array), hex(b.code(rb!.codeHash) as Uint8Array))
    for (const s of acc.storage.keys()) t.is(hex(a.storage(k, s.slice(2)) as Uint8Array), hex(b.storage(k, s.slice(2)) as Uint8Array), `slot ${ad} ${s}`)
    t.is(hex(a.storage(k, 'fe'.repeat(32)) as Uint8Array), '', 'unset slot is empty')
  }
  for (const n of block.blockHashes.keys()) t.is(hex(a.blockHash(n) as Uint8Array), hex(b.blockHash(n) as Uint8Array))
  t.is(a.account('99'.repeat(20)), undefined)
  t.is(a.blockHash(1n << 70n), undefined)
  t.is(a.blockHash(-1n), undefined)
  t.is(a.blockHash(123456789n), undefined)
}

test('account records encode and decode every field', (t) => {
  const cases: AccountRecord[] = [
    { nonce: 0n, balance: 0n, codeHash: EMPTY_CODE_HASH, hasStorage: false },
    { nonce: 1n, balance: MAX, codeHash: EMPTY_CODE_HASH, hasStorage: true },
    { nonce: (1n << 64n) - 1n, balance: 1n, codeHash: 'ab'.repeat(32), hasStorage: false },
    { nonce: 300n, balance: 10n ** 30n, codeHash: '01'.repeat(32), hasStorage: true },
  ]
  for (const c of cases) t.deepEqual(decodeAccount(encodeAccount(c)), c)
  t.is(encodeAccount(cases[0]).length, 2)
})

test('LMDB round-trips accounts, code, storage and block hashes exactly as the in-memory state', async (t) => {
  const block = await syntheticBlock()
  const dir = tempDir()
  const stats = await importBlockState(block, dir)
  t.like(stats, { version: 1, accounts: 8, codes: 2, slots: 5, blockHashes: 3 })
  const db = LmdbState.open(dir)
  try {
    assertSameState(t, db, InMemoryState.fromBlock(block), block)
    // Spot checks of the edge cases, and that answers are synchronous values.
    const a3 = db.account('0'.repeat(39) + '3')
    t.false(a3 instanceof Promise)
    t.deepEqual(a3, { nonce: (1n << 64n) - 1n, balance: MAX, codeHash: EMPTY_CODE_HASH, hasStorage: false })
    t.true(db.account('0'.repeat(39) + '5')!.hasStorage)
    t.false(db.account('0'.repeat(39) + '7')!.hasStorage)
    t.deepEqual(db.account('0'.repeat(39) + '1'), { nonce: 0n, balance: 0n, codeHash: EMPTY_CODE_HASH, hasStorage: false })
    t.is(hex(db.storage('0'.repeat(39) + '4', 'ff'.repeat(32))), 'ff'.repeat(32))
    t.is(hex(db.storage('0'.repeat(39) + '4', '00'.repeat(31) + '2a')), '0100')
    t.is(hex(db.code(EMPTY_CODE_HASH)), '')
    t.is(hex(db.code('12'.repeat(32))), '')
    t.is(hex(db.blockHash((1n << 63n) + 5n)), '00'.repeat(31) + '01')
    t.is(db.meta?.blockNumber, '46147')
    // Returned buffers are copies: a later read does not change an earlier answer.
    const v = db.storage('0'.repeat(39) + '4', '00'.repeat(32))
    db.storage('0'.repeat(39) + '4', 'ff'.repeat(32))
    t.is(hex(v), '01')
  } finally {
    await db.close()
  }
})

test('import is idempotent, replaces by default and merges on request', async (t) => {
  const block = await syntheticBlock()
  const dir = tempDir()
  const first = await importBlockState(block, dir)
  const second = await importBlockState(block, dir)
  t.like(second, { accounts: first.accounts, codes: first.codes, slots: first.slots, blockHashes: first.blockHashes })
  let db = LmdbState.open(dir)
  assertSameState(t, db, InMemoryState.fromBlock(block), block)
  await db.close()

  // Replace: a block with only one account leaves only that account.
  const small: BlockInput = { ...block, preState: new Map([[addr(9), { balance: 9n, nonce: 9n, code: new Uint8Array(0), storage: new Map() }]]), blockHashes: new Map() }
  await importBlockState(small, dir)
  db = LmdbState.open(dir)
  t.is(db.account('0'.repeat(39) + '4'), undefined)
  t.is(hex(db.storage('0'.repeat(39) + '4', '00'.repeat(32))), '')
  t.is(db.blockHash(0n), undefined)
  t.is(db.account('0'.repeat(39) + '9')?.balance, 9n)
  await db.close()

  // Merge: both blocks' accounts are there.
  await importBlockState(block, dir, { merge: true })
  db = LmdbState.open(dir)
  t.is(db.account('0'.repeat(39) + '9')?.balance, 9n)
  t.is(db.account('0'.repeat(39) + '4')?.nonce, 7n)
  await db.close()
})

test('opening a directory without an imported state fails clearly', (t) => {
  const dir = tempDir()
  t.throws(() => LmdbState.open(join(dir, 'nothing')), { message: /no such file|ENOENT|No such|no blockstm state/i })
})

const same = (a: BlockResult, b: BlockResult) => ({
  receiptsRoot: hex(a.receiptsRoot) === hex(b.receiptsRoot),
  stateDiffHash: hex(stateDiffHash(a.stateDiff)) === hex(stateDiffHash(b.stateDiff)),
  gasUsed: a.gasUsed === b.gasUsed,
})
const ALL_SAME = { receiptsRoot: true, stateDiffHash: true, gasUsed: true }

for (const number of [19426587, 4370000]) {
  test(`sequential from LMDB (and LMDB + 20 µs latency) equals in-memory on mainnet block ${number}`, async (t) => {
    const file = `${FIXTURES}${number}.json.gz`
    const block = await loadBlockFile(file)
    const dir = tempDir()
    await importFixtureFile(file, dir)
    const mem = await executeSequential(block, { state: InMemoryState.fromBlock(block) })
    const db = LmdbState.open(dir)
    try {
      const counter = new CountingState(db)
      const disk = await executeSequential(block, { state: counter })
      t.deepEqual(same(disk, mem), ALL_SAME)
      t.true(counter.total > 0)
      const slow = new LatencyState(db, { latencyUs: 20 })
      const t0 = performance.now()
      const late = await executeSequential(block, { state: slow })
      const ms = performance.now() - t0
      t.deepEqual(same(late, mem), ALL_SAME)
      t.is(slow.reads, counter.total)
      // Sequential reads do not overlap: at least the sum of the latencies.
      t.true(ms >= (counter.total * 20) / 1000, `${ms} ms for ${counter.total} reads`)
    } finally {
      await db.close()
    }
  })
}

test('openBaseState builds memory, LMDB, latency and cache layers from a cloneable spec', async (t) => {
  const block = await syntheticBlock()
  const dir = tempDir()
  await importBlockState(block, dir)
  const specs: BaseStateSpec[] = [{ kind: 'memory' }, { kind: 'lmdb', dir }, { kind: 'lmdb', dir, latencyUs: 50 }, { kind: 'memory', latencyUs: 10, latencyMode: 'immediate', cache: true }]
  const mem = InMemoryState.fromBlock(block)
  for (const spec of specs) {
    t.deepEqual(structuredClone(spec), spec)
    const opened = openBaseStateLayers(structuredClone(spec), block)
    t.is(opened.lmdb !== undefined, spec.kind === 'lmdb')
    t.is(opened.latency?.latencyUs, spec.latencyUs)
    t.is(opened.cache !== undefined, spec.cache === true)
    const s = opened.state
    for (const [ad, acc] of block.preState) {
      const k = ad.slice(2)
      t.deepEqual(await s.account(k), mem.account(k))
      for (const sl of acc.storage.keys()) t.is(hex(await s.storage(k, sl.slice(2))), hex(mem.storage(k, sl.slice(2))))
    }
    t.is(hex(await s.blockHash(46146n)), 'ab'.repeat(32))
    if (spec.latencyUs) t.true(s.account('00'.repeat(20)) instanceof Promise)
    else t.false(s.account('00'.repeat(20)) instanceof Promise)
    await opened.close()
  }
  t.true(openBaseState({ kind: 'memory' }, block) instanceof InMemoryState)
  t.throws(() => openBaseState({ kind: 'disk' } as unknown as BaseStateSpec, block), { message: /unknown base state kind/ })
})
