/**
 * The byte codecs between the main thread and the workers (block image, outcomes,
 * post-state diff shares) must give back exactly what went in: every mainnet
 * fixture's transactions and pre-state, plus hand-made edge cases.
 */
import test from 'ava'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { ByteReader, ByteWriter } from '../src/codec/bytes.js'
import { decodeOutcomes, encodeOutcomes } from '../src/codec/outcome.js'
import { DIFF_BALANCE, DIFF_DELETED, DIFF_ORDINAL, decodeStateDiff, encodeAccountDiff, encodeStateDiff } from '../src/codec/state-diff.js'
import { decodeTx, encodeTx } from '../src/codec/tx.js'
import { InputError } from '../src/errors.js'
import { keccak256 } from '../src/hash.js'
import { EMPTY_CODE_HASH } from '../src/state/base.js'
import { accountWords, nonceOf } from '../src/parallel/keys.js'
import { loadBlockFile } from '../src/input/parse.js'
import { BlockView, blockImage, completeBlockImage, dropBlockImage, isBlockImageCached } from '../src/parallel/block-image.js'
import type { OutcomeEntry } from '../src/parallel/messages.js'
import { InMemoryState } from '../src/state/base.js'
import { PreStateImage, encodePreState } from '../src/state/pre-state-image.js'
import type { BlockInput, Hex, StateDiff, TxInput } from '../src/types.js'

const dir = fileURLToPath(new URL('../../../fixtures/mainnet/', import.meta.url))
const files = readdirSync(dir).filter((f) => f.endsWith('.json.gz'))

/** TxInput with absent optional fields dropped (the decoder leaves them out rather than undefined), data as plain bytes. */
function normal(tx: TxInput): Record<string, unknown> {
  return { ...Object.fromEntries(Object.entries(tx).filter(([, v]) => v !== undefined)), data: Uint8Array.from(tx.data) }
}

function checkImage(t: import('ava').ExecutionContext, block: BlockInput): void {
  const image = completeBlockImage(block)
  const view = new BlockView(image.sab, image.txs)
  t.is(view.txCount, block.transactions.length)
  // Everything but the hash and signature, which the image leaves out (workers do not use them).
  const unsigned = (tx: TxInput) => normal({ ...tx, hash: undefined, v: undefined, r: undefined, s: undefined })
  for (let i = 0; i < block.transactions.length; i++) {
    t.deepEqual(normal(view.tx(i)), unsigned(block.transactions[i]!), `tx ${i}`)
    t.is(view.tx(i).r, undefined)
  }
  // Out of order and twice: decoding is random access.
  if (view.txCount > 2) t.deepEqual(normal(view.tx(1)), unsigned(block.transactions[1]!))
  t.deepEqual(view.block.header, block.header)
  t.deepEqual(view.block.blockHashes, block.blockHashes)
  const mem = InMemoryState.fromBlock(block)
  for (const [addr, acc] of block.preState) {
    const a = addr.slice(2)
    t.deepEqual(view.pre.account(a), mem.account(a), `account ${addr}`)
    const rec = mem.account(a)!
    if (acc.code.length > 0) t.deepEqual(Buffer.from(view.pre.code(rec.codeHash)), Buffer.from(mem.code(rec.codeHash)))
    for (const slot of acc.storage.keys()) t.deepEqual(Buffer.from(view.pre.storage(a, slot.slice(2))), Buffer.from(mem.storage(a, slot.slice(2))))
    const back = view.pre.get(addr)!
    t.is(back.balance, acc.balance)
    t.is(back.nonce, acc.nonce)
    t.deepEqual(Buffer.from(back.code), Buffer.from(acc.code))
    t.deepEqual(new Map(back.storage), acc.storage) // a Map subclass reading the image lazily (see ImageSlots)
  }
  // By key words (a worker's diff looks accounts up so): the same table slot as by hex.
  for (const addr of [...block.preState.keys(), `0x${'ee'.repeat(20)}`]) {
    const words = Uint32Array.from({ length: 5 }, (_, k) => parseInt(addr.slice(2 + 8 * k, 10 + 8 * k), 16))
    t.is(view.pre.indexOfWords(words), view.pre.indexOf(addr.slice(2)), `indexOfWords ${addr}`)
  }
  t.throws(() => view.pre.indexOfWords(new Uint32Array(4)), { instanceOf: RangeError })
  t.deepEqual(view.pre.account('00'.repeat(20)), mem.account('00'.repeat(20)))
  t.is(view.pre.account('ee'.repeat(20)), undefined)
  t.is(view.pre.get(`0x${'ee'.repeat(20)}`), undefined)
  t.deepEqual(view.pre.storage('ee'.repeat(20), '00'.repeat(32)), new Uint8Array(0))
  for (const n of block.blockHashes.keys()) t.deepEqual(view.pre.blockHash(n), mem.blockHash(n))
}

for (const f of files) {
  test(`block image round-trips ${f}`, async (t) => checkImage(t, await loadBlockFile(dir + f)))
}

test('encodeTx keeps the hash and signature by default, and drops only them without; decodeTx hands out the state keys', async (t) => {
  const block = await loadBlockFile(dir + files[0])
  for (const tx of block.transactions.slice(0, 50)) {
    for (const withSignature of [true, false]) {
      const w = new ByteWriter()
      encodeTx(w, tx, withSignature)
      const keys = { from: '', to: undefined as string | undefined }
      const back = decodeTx(new ByteReader(new Uint8Array(w.finish())), keys)
      t.deepEqual(normal(back), normal(withSignature ? tx : { ...tx, hash: undefined, v: undefined, r: undefined, s: undefined }))
      // The state keys: lower-case hex without 0x, as prepareTx would derive them.
      t.is(keys.from, tx.from.slice(2).toLowerCase())
      t.is(keys.to, tx.to === null ? undefined : tx.to.slice(2).toLowerCase())
    }
    t.not(tx.r, undefined, 'the fixture carries signatures')
  }
})

test('block image is cached per block object until forgotten', async (t) => {
  const block = await loadBlockFile(dir + files[0])
  const a = blockImage(block)
  t.true(isBlockImageCached(block))
  t.is(blockImage(block), a)
  dropBlockImage(block)
  t.false(isBlockImageCached(block))
  t.not(blockImage(block), a)
})

test('block image: transactions are read only once written; on this thread an unwritten one throws, not waits', async (t) => {
  const block = await loadBlockFile(dir + files.find((f) => f.startsWith('1'))!)
  dropBlockImage(block)
  const image = blockImage(block)
  const view = new BlockView(image.sab, image.txs)
  t.false(image.complete)
  t.throws(() => view.tx(0), { message: /transaction 0 is not written yet/ })
  image.fillTxs()
  t.true(image.complete)
  t.deepEqual(normal(view.tx(0)), normal({ ...block.transactions[0]!, hash: undefined, v: undefined, r: undefined, s: undefined }))
  t.throws(() => view.tx(block.transactions.length), { instanceOf: RangeError })
  // A second fill writes nothing more.
  image.fillTxs()
  t.true(image.complete)
})

test('block image: a malformed transaction gives an InputError naming it and its field; the image is aborted and forgotten', async (t) => {
  const block = await loadBlockFile(dir + files.find((f) => f.startsWith('1'))!)
  const n = block.transactions.length
  t.true(n > 3, 'a block of several transactions')
  const bad = { ...block, transactions: block.transactions.map((tx, i) => (i === n - 2 ? { ...tx, from: '0x1234' as Hex } : tx)) }
  const image = blockImage(bad)
  const view = new BlockView(image.sab, image.txs)
  const e = t.throws(() => image.fillTxs(), { instanceOf: InputError })
  t.is(e.field, `block.transactions[${n - 2}].from`)
  t.is(e.txIndex, n - 2)
  t.regex(e.message, /"0x1234" is not 20 bytes of hex/)
  t.false(isBlockImageCached(bad))
  // A reader of it is told why instead of waiting.
  t.throws(() => view.tx(n - 2), { message: /stopped writing transactions/ })
  const negative = { ...block, transactions: block.transactions.map((tx, i) => (i === 1 ? { ...tx, value: -1n } : tx)) }
  t.is(t.throws(() => completeBlockImage(negative), { instanceOf: InputError }).field, 'block.transactions[1].value')
  const notBytes = { ...block, transactions: block.transactions.map((tx, i) => (i === 2 ? { ...tx, data: 'nope' as unknown as Uint8Array } : tx)) }
  t.is(t.throws(() => completeBlockImage(notBytes), { instanceOf: InputError }).field, 'block.transactions[2].data')
  const noList = { ...block, transactions: block.transactions.map((tx, i) => (i === 0 ? { ...tx, accessList: undefined as unknown as [] } : tx)) }
  t.is(t.throws(() => completeBlockImage(noList), { instanceOf: InputError }).field, 'block.transactions[0].accessList')
})

test('code asked for by hash before its account is found (full index on miss)', async (t) => {
  const block = (await Promise.all(files.map((f) => loadBlockFile(dir + f)))).find((b) => [...b.preState.values()].some((a) => a.code.length > 0))!
  const image = completeBlockImage(block)
  const view = new BlockView(image.sab, image.txs)
  const mem = InMemoryState.fromBlock(block)
  const [addr] = [...block.preState].find(([, a]) => a.code.length > 0)!
  const hash = mem.account(addr.slice(2))!.codeHash
  t.deepEqual(Buffer.from(view.pre.code(hash)), Buffer.from(mem.code(hash)))
  t.deepEqual(view.pre.code('11'.repeat(32)), new Uint8Array(0))
})

test('bigints of 49..128 bits (the 64-bit lane paths) write the bytes of their hex and read back', (t) => {
  let seed = 12345n
  const next = () => (seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 128n) - 1n))
  for (let i = 0; i < 400; i++) {
    const bits = 49n + BigInt(i % 80)
    const v = (next() & ((1n << bits) - 1n)) | (1n << (bits - 1n))
    const w = new ByteWriter()
    w.big(v)
    const bytes = Buffer.from(w.finish())
    const hex = v.toString(16)
    t.deepEqual(bytes, Buffer.concat([Buffer.of((hex.length + 1) >> 1), Buffer.from(hex.length & 1 ? `0${hex}` : hex, 'hex')]), `${v}`)
    t.is(new ByteReader(bytes).big(), v)
  }
})

test('bigints: lengths 0..32 bytes round-trip; negative and >256-bit are refused', (t) => {
  const w = new ByteWriter()
  const values: bigint[] = [0n, 1n, 255n, 256n]
  for (let bytes = 1; bytes <= 32; bytes++) values.push((1n << BigInt(8 * bytes)) - 1n, 1n << BigInt(8 * bytes - 1))
  for (const v of values) {
    const at = w.pos
    w.big(v)
    // Minimal: a length byte, then the value's bytes without leading zeros.
    t.is(w.pos - at, v === 0n ? 1 : 1 + Math.ceil(v.toString(16).length / 2), `size of ${v}`)
  }
  const r = new ByteReader(new Uint8Array(w.finish()))
  for (const v of values) t.is(r.big(), v)
  t.throws(() => w.big(-1n), { instanceOf: RangeError })
  t.throws(() => w.big(1n << 256n), { instanceOf: RangeError })
  t.throws(() => w.hex('0xabc', 2), { instanceOf: RangeError })
  t.throws(() => w.hex('0xzz', 1), { instanceOf: RangeError })
  t.throws(() => w.hex('0x0g', 1), { instanceOf: RangeError })
})

/** v as n little-endian u32 words. */
function toWords(v: bigint, n: number): Uint32Array {
  const out = new Uint32Array(n)
  for (let k = 0; k < n; k++) out[k] = Number((v >> BigInt(32 * k)) & 0xffffffffn)
  return out
}

test('bigWords writes what big() writes, from little-endian words: every length 0..32 bytes and random values', (t) => {
  let seed = 987654321n
  const next = () => (seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 256n) - 1n))
  const values: bigint[] = [0n, 1n, 255n, 256n, (1n << 256n) - 1n]
  for (let bytes = 1; bytes <= 32; bytes++) values.push((1n << BigInt(8 * bytes)) - 1n, 1n << BigInt(8 * bytes - 1))
  for (let i = 0; i < 300; i++) values.push(next() >> BigInt(i % 256))
  for (const v of values) {
    const a = new ByteWriter()
    a.big(v)
    const b = new ByteWriter()
    b.bigWords(toWords(v, 8), 8)
    t.deepEqual(Buffer.from(b.finish()), Buffer.from(a.finish()), `${v}`)
  }
  // Only the first n words count.
  const c = new ByteWriter()
  c.bigWords(Uint32Array.of(7, 0, 0xffffffff), 2)
  t.deepEqual([...new Uint8Array(c.finish())], [1, 7])
})

test('account words carry a nonce of up to 64 bits both ways, on the Number path and the BigInt one', (t) => {
  const out = new Uint32Array(8)
  for (const nonce of [0n, 1n, (1n << 32n) - 1n, 1n << 32n, (1n << 53n) - 1n, 1n << 53n, (1n << 53n) + 1n, (1n << 64n) - 1n]) {
    const w = accountWords(true, nonce % 2n === 0n, nonce, out)
    t.is(w[0], nonce % 2n === 0n ? 3 : 1, `flags of ${nonce}`)
    t.deepEqual([w[1], w[2]], [Number(nonce & 0xffffffffn), Number(nonce >> 32n)], `words of ${nonce}`)
    t.is(nonceOf(w), nonce)
  }
})

test('pre-state image fieldWordsAt: the nonce and balance words of each record; a nonce past 64 bits is refused', (t) => {
  const balances = [0n, 1n, (1n << 200n) + 12345n, (1n << 256n) - 1n, 10n ** 21n]
  const nonces = [0n, 1n, (1n << 64n) - 1n, 1n << 32n, 7n]
  const pre = new Map(balances.map((b, i) => [`0x${(i + 1).toString(16).padStart(40, '0')}` as Hex, { balance: b, nonce: nonces[i]!, code: new Uint8Array(0), storage: new Map<Hex, bigint>() }]))
  pre.set(`0x${'ee'.repeat(20)}` as Hex, { balance: 5n, nonce: 1n << 64n, code: Uint8Array.of(0x60), storage: new Map() })
  const w = new ByteWriter()
  encodePreState(w, pre)
  const image = new PreStateImage(new Uint8Array(w.finish()), new Map())
  const nonce = new Uint32Array(2)
  const balance = new Uint32Array(8)
  balances.forEach((b, o) => {
    t.true(image.fieldWordsAt(image.slotOfOrdinal(o), nonce, balance))
    t.deepEqual([...nonce], [...toWords(nonces[o]!, 2)])
    t.deepEqual([...balance], [...toWords(b, 8)])
  })
  t.false(image.fieldWordsAt(image.slotOfOrdinal(balances.length), nonce, balance))
  // Code hashes without decoding a record: the empty one, and the one of the account with code (before and after its record is decoded).
  t.is(image.codeHashAtOrdinal(0), EMPTY_CODE_HASH)
  const withCode = balances.length
  const hash = Buffer.from(keccak256(Uint8Array.of(0x60))).toString('hex')
  t.is(image.codeHashAtOrdinal(withCode), hash)
  t.is(image.recordAtOrdinal(withCode).codeHash, hash)
  t.is(image.codeHashAtOrdinal(withCode), hash)
})

test('hex fields: with or without 0x, either case, every digit value; odd-length bigints', (t) => {
  const w = new ByteWriter()
  const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i))
  w.hex(all.toString('hex'), 256)
  w.hex(`0x${all.toString('hex').toUpperCase()}`, 256)
  w.hex('0XaBcD', 2)
  for (const v of [0xfn, 0xabcn, 0x1234567890abcdefn, (1n << 255n) + 0x123n]) w.big(v)
  const r = new ByteReader(new Uint8Array(w.finish()))
  t.is(r.hex(256), all.toString('hex'))
  t.is(r.hex(256), all.toString('hex'))
  t.is(r.hex(2), 'abcd')
  for (const v of [0xfn, 0xabcn, 0x1234567890abcdefn, (1n << 255n) + 0x123n]) t.is(r.big(), v)
})

test('outcomes round-trip: logs, blooms, contract address, error, invalid entries', (t) => {
  const bloom = new Uint8Array(256)
  bloom[7] = 0x80
  const entries: OutcomeEntry[] = [
    [3, { status: 1, gasUsed: 21000n, beneficiaryFee: 0n, logs: [], logsBloom: new Uint8Array(256), contractAddress: null }],
    [
      0,
      {
        status: 0,
        gasUsed: 1n << 60n,
        beneficiaryFee: (1n << 200n) + 5n,
        logs: [
          { address: `0x${'ab'.repeat(20)}`, topics: [], data: '0x' },
          { address: `0x${'cd'.repeat(20)}`, topics: [`0x${'01'.repeat(32)}`, `0x${'02'.repeat(32)}`], data: `0x${'ff'.repeat(300)}` },
        ],
        logsBloom: bloom,
        contractAddress: `0x${'12'.repeat(20)}`,
        error: 'out of gas ✓',
      },
    ],
    [9, { txIndex: 9, reason: 'NONCE_TOO_LOW', message: 'transaction 9 is invalid (NONCE_TOO_LOW): account nonce 3, tx nonce 2' }],
  ]
  const out = new Array<OutcomeEntry[1] | undefined>(10)
  const blockBloom = Uint8Array.of(1, ...new Uint8Array(255))
  decodeOutcomes(encodeOutcomes(entries), out, blockBloom)
  for (const [tx, o] of entries) t.deepEqual(out[tx], o)
  // The accumulator gets the OR of the entries' blooms on top of what it held.
  const want = Uint8Array.of(1, ...new Uint8Array(255))
  for (const [, o] of entries) if ('logsBloom' in o) for (let i = 0; i < 256; i++) want[i] |= o.logsBloom[i]
  t.true(want.some((b, i) => i > 0 && b !== 0), 'some entry has a non-zero bloom')
  t.deepEqual(blockBloom, want)
  t.is(out[1], undefined)
  // Blooms are never shared between receipts.
  t.not((out[3] as { logsBloom: Uint8Array }).logsBloom, (out[0] as { logsBloom: Uint8Array }).logsBloom)
})

test('outcomes with raw logs (as the workers make them) decode to the same hex logs', (t) => {
  const hexLogs = [
    { address: `0x${'ab'.repeat(20)}` as Hex, topics: [] as Hex[], data: '0x' as Hex },
    { address: `0x${'cd'.repeat(20)}` as Hex, topics: [`0x${'01'.repeat(32)}`, `0x${'02'.repeat(32)}`] as Hex[], data: `0x${'ff'.repeat(300)}` as Hex },
  ]
  const b = (h: string) => Uint8Array.from(Buffer.from(h.slice(2), 'hex'))
  const rawLogs = hexLogs.map((l) => [b(l.address), l.topics.map(b), b(l.data)] as [Uint8Array, Uint8Array[], Uint8Array])
  const base = { status: 1 as const, gasUsed: 50_000n, beneficiaryFee: 7n, logsBloom: new Uint8Array(256), contractAddress: null }
  const out = new Array<OutcomeEntry[1] | undefined>(2)
  decodeOutcomes(encodeOutcomes([[0, { ...base, logs: [], rawLogs }], [1, { ...base, logs: hexLogs }]]), out, new Uint8Array(256))
  t.deepEqual(out[0], { ...base, logs: hexLogs })
  t.deepEqual(out[1], out[0])
})

test('state diff shares round-trip: deleted, partial fields, code, storage', (t) => {
  const diff: StateDiff = new Map([
    [`0x${'01'.repeat(20)}` as Hex, { deleted: true, storage: new Map() }],
    [`0x${'02'.repeat(20)}` as Hex, { balance: 0n, storage: new Map() }],
    [`0x${'03'.repeat(20)}` as Hex, { nonce: 7n, code: Uint8Array.of(0x60, 0x00), storage: new Map([[`0x${'04'.repeat(32)}` as Hex, 0n], [`0x${'05'.repeat(32)}` as Hex, (1n << 255n) + 1n]]) }],
    [`0x${'06'.repeat(20)}` as Hex, { balance: 1n << 100n, nonce: 0n, code: new Uint8Array(0), storage: new Map() }],
  ])
  const back: StateDiff = new Map()
  decodeStateDiff(encodeStateDiff(diff), back)
  t.deepEqual(back, diff)
})

test('state diff shares: accounts written by pre-state ordinal take the pre-state key; an unknown ordinal is refused', (t) => {
  const preKeys = [`0x${'0a'.repeat(20)}`, `0x${'0b'.repeat(20)}`] as Hex[]
  const w = new ByteWriter()
  w.u32(3)
  // By ordinal 1, balance changed; by address, nonce; by ordinal 0, deleted.
  w.u8(DIFF_ORDINAL | DIFF_BALANCE)
  w.u32(1)
  w.big(5n)
  w.u32(0)
  encodeAccountDiff(w, `0x${'0c'.repeat(20)}`, { nonce: 2n, storage: new Map() })
  w.u8(DIFF_ORDINAL | DIFF_DELETED)
  w.u32(0)
  w.u32(0)
  const bytes = w.finishTransferable()
  const back: StateDiff = new Map()
  decodeStateDiff(bytes, back, preKeys)
  t.deepEqual(back, new Map([
    [preKeys[1], { balance: 5n, storage: new Map() }],
    [`0x${'0c'.repeat(20)}`, { nonce: 2n, storage: new Map() }],
    [preKeys[0], { deleted: true, storage: new Map() }],
  ]))
  // The key is the pre-state's own string, not a copy.
  t.true([...back.keys()].includes(preKeys[1]!))
  t.throws(() => decodeStateDiff(bytes, new Map()), { instanceOf: RangeError, message: /pre-state ordinal 1, but no pre-state keys/ })
  t.throws(() => decodeStateDiff(bytes, new Map(), preKeys.slice(0, 1)), { instanceOf: RangeError, message: /pre-state ordinal 1, but only 1/ })
})

test('pre-state image table: addresses that share hash inputs are all found, near misses are not', (t) => {
  // Three families: sequential low bits; equal low 32 bits; equal first and last 32 bits
  // (only the middle differs, so they all hash alike and probe past each other).
  const addrs: Hex[] = []
  for (let i = 0; i < 3000; i++) addrs.push(`0x${i.toString(16).padStart(40, '0')}` as Hex)
  for (let i = 1; i < 500; i++) addrs.push(`0x${i.toString(16).padStart(8, '0')}${'00'.repeat(12)}deadbeef` as Hex)
  for (let i = 1; i < 500; i++) addrs.push(`0xcafebabe${i.toString(16).padStart(24, '0')}feedface` as Hex)
  const preState = new Map(addrs.map((a, i) => [a, { balance: BigInt(i) + 1n, nonce: BigInt(i & 7), code: new Uint8Array(0), storage: new Map<Hex, bigint>() }]))
  const w = new ByteWriter()
  encodePreState(w, preState)
  const image = new PreStateImage(new Uint8Array(w.finish()), new Map())
  for (const [a, acc] of preState) {
    t.is(image.account(a.slice(2))?.balance, acc.balance, a)
    t.is(image.get(a)?.nonce, acc.nonce, a)
  }
  t.is(image.account(`cafebabe${'0'.repeat(24)}feedface`), undefined)
  t.is(image.account(`${'0'.repeat(39)}`), undefined, 'too short')
  t.is(image.account(`zz${'0'.repeat(38)}`), undefined, 'not hex')
  t.is(image.get(`0x${(5000).toString(16).padStart(40, '0')}` as Hex), undefined)
})

test('pre-state image ordinals: dense in input order, found by hex and by words, back to the account by table slot', (t) => {
  const addrs: Hex[] = []
  for (let i = 0; i < 1500; i++) addrs.push(`0x${(i * 7919).toString(16).padStart(8, '0')}${'00'.repeat(12)}${(i & 3).toString(16).padStart(8, '0')}` as Hex)
  const preState = new Map(addrs.map((a, i) => [a, { balance: BigInt(i) + 1n, nonce: 0n, code: new Uint8Array(0), storage: new Map<Hex, bigint>() }]))
  const w = new ByteWriter()
  encodePreState(w, preState)
  const image = new PreStateImage(new Uint8Array(w.finish()), new Map())
  t.is(image.accountCount, addrs.length)
  const words = new Uint32Array(5)
  addrs.forEach((a, o) => {
    t.is(image.ordinalOf(a.slice(2)), o, a)
    const at = image.slotOfOrdinal(o)
    t.is(Buffer.from(Uint32Array.from(image.addressWordsAt(at, words), (x) => x).buffer).swap32().toString('hex'), a.slice(2))
    t.is(image.ordinalOfWords(words), o)
    t.is(image.recordAtOrdinal(o).balance, BigInt(o) + 1n)
  })
  t.is(image.ordinalOf('ff'.repeat(20)), -1)
  t.is(image.ordinalOf('zz'), -1)
  t.throws(() => image.slotOfOrdinal(addrs.length), { instanceOf: RangeError })
})

test('pre-state image storage: point reads probe the slot table; the Map from get() behaves as a Map', (t) => {
  const token: Hex = `0x${'ab'.repeat(20)}`
  const storage = new Map<Hex, bigint>()
  for (let i = 1; i <= 2000; i++) storage.set(`0x${i.toString(16).padStart(64, '0')}` as Hex, BigInt(i) << BigInt(i % 200))
  const preState = new Map([[token, { balance: 0n, nonce: 1n, code: Uint8Array.of(0x00), storage }]])
  const w = new ByteWriter()
  encodePreState(w, preState)
  const image = new PreStateImage(new Uint8Array(w.finish()), new Map())
  const mem = InMemoryState.fromBlock({ preState, blockHashes: new Map() } as unknown as BlockInput)
  for (const slot of [...storage.keys()].slice(0, 300)) {
    t.deepEqual(Buffer.from(image.storage(token.slice(2), slot.slice(2))), Buffer.from(mem.storage(token.slice(2), slot.slice(2))), slot)
  }
  t.is(image.storage(token.slice(2), 'ff'.repeat(32)).length, 0)
  const got = image.get(token)!.storage
  const some = [...storage.keys()][1234]!
  t.is(got.get(some), storage.get(some), 'point read before loading')
  t.true(got.has(some))
  t.false(got.has(`0x${'ff'.repeat(32)}`))
  t.is(got.size, storage.size)
  t.deepEqual(new Map(got), storage, 'iteration gives every slot')
  got.set(some, 7n)
  t.is(got.get(some), 7n)
  t.is(got.size, storage.size)
  const fresh = image.get(token)!.storage
  fresh.delete(some)
  t.is(fresh.size, storage.size - 1)
  t.deepEqual([...fresh.keys()].length, storage.size - 1)
})
