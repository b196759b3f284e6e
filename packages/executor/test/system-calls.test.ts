/**
 * Pre-block system calls (EIP-4788 from Cancun, EIP-2935 from Prague): the engines run the
 * canonical contracts' code (block/system-calls.ts), the oracle writes their slots the way
 * ethereumjs's runBlock does; every engine must agree with it, and a transaction of the
 * block must read what the calls stored.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import test from 'ava'

import { composePreludeDiff, preludeBlock } from '../src/block/system-diff.js'
import { stateDiffHash } from '../src/block/diff.js'
import { executeSequential } from '../src/block/sequential.js'
import { BEACON_ROOTS_ADDRESS, HISTORY_STORAGE_ADDRESS, SYSTEM_ADDRESS, needsPreBlockCalls } from '../src/block/system-calls.js'
import { loadBlockFile } from '../src/input/parse.js'
import { forgetBlockImage } from '../src/parallel/engine.js'
import { executeReference } from '../src/reference/index.js'
import { importBlockState } from '../src/state/import.js'
import type { BlockInput, Hex } from '../src/types.js'
import { asm, jumpi, label, push, raw } from './helpers/asm.js'
import { BlockBuilder, slot } from './helpers/builder.js'
import { assertSameResult } from './helpers/compare.js'
import { runBoth } from './helpers/engines.js'
import { ALICE, BOB, ETHER, addr } from './helpers/keys.js'
import { Pools, checkParallel } from './helpers/parallel.js'

// The contracts' runtime code as deployed on mainnet (EIP-4788, EIP-2935).
const BEACON_ROOTS_CODE = raw(
  '3373fffffffffffffffffffffffffffffffffffffffe14604d57602036146024575f5ffd5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b62001fff42064281555f359062001fff015500',
)
const HISTORY_CODE = raw(
  '3373fffffffffffffffffffffffffffffffffffffffe14604657602036036042575f35600143038111604257611fff81430311604257611fff9006545f5260205ff35b5f5ffd5b5f35611fff60014303065500',
)
const ROOT = `0x${'5a'.repeat(32)}` as Hex
const PARENT = `0x${'7c'.repeat(32)}` as Hex
const READER = addr(0xbe)

/** Stores whether a STATICCALL to `target` with `input` (pushed by the items) succeeded (slot 1) and the word it returned (slot 0). */
function reader(target: Hex, ...input: (string | Uint8Array)[]): Uint8Array {
  return asm(
    ...input, push(0), 'MSTORE',
    push(32), push(32), push(32), push(0), push(target), 'GAS', 'STATICCALL',
    push(1), 'SSTORE',
    push(32), 'MLOAD', push(0), 'SSTORE',
  )
}

function cancunBlock(header: Partial<BlockInput['header']> = { parentBeaconBlockRoot: ROOT }): BlockBuilder {
  const b = new BlockBuilder('cancun', header)
  b.account(ALICE, { balance: ETHER })
  b.account(BEACON_ROOTS_ADDRESS, { nonce: 1n, code: BEACON_ROOTS_CODE })
  b.account(READER, { nonce: 1n, code: reader(BEACON_ROOTS_ADDRESS, 'TIMESTAMP') })
  b.tx({ from: ALICE, to: READER, gasLimit: 200_000n })
  b.tx({ from: ALICE, to: BOB, value: 5n, gasLimit: 21_000n })
  return b
}

const sorted = <V>(m: Map<string, V> | undefined): [string, V][] => [...(m ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))

const pools = new Pools()
test.after.always(() => pools.closeAll())

/** Parallel == reference on 1, 2 and 4 workers and every strategy, every block kept on the workers. */
async function checkAllParallel(t: Parameters<typeof runBoth>[0], block: BlockInput, reference: Awaited<ReturnType<typeof executeReference>>) {
  for (const workers of [1, 2, 4]) {
    const ex = await pools.get(workers)
    for (const strategy of ['blockstm', 'dag', 'sequential'] as const) {
      const got = await ex.execute(block, { strategy, minParallelGas: 0, minPredictedSpeedup: 0 })
      checkParallel(t, block, reference, got, `w${workers}/${strategy}`)
    }
  }
}

test('EIP-4788: a transaction reads the parent beacon root the block stored before it', async (t) => {
  const block = cancunBlock().build()
  const ts = block.header.timestamp
  const r = await runBoth(t, block)
  t.is(r.txs[0]!.receipt.status, 1)
  t.deepEqual(sorted(r.stateDiff.get(READER)?.storage), [[slot(0), BigInt(ROOT)], [slot(1), 1n]])
  t.deepEqual(sorted(r.stateDiff.get(BEACON_ROOTS_ADDRESS)?.storage), [[slot(ts % 8191n), ts], [slot((ts % 8191n) + 8191n), BigInt(ROOT)]])
  t.false(r.stateDiff.has(SYSTEM_ADDRESS), 'the system address is not touched')
  await checkAllParallel(t, block, r)
})

test('without system calls the same transaction finds no root (its call reverts)', async (t) => {
  const block = cancunBlock().build()
  const off = await executeReference(block, { systemCalls: false })
  assertSameResult(t, off, await executeSequential(block, { systemCalls: false }), 'sequential')
  const ex = await pools.get(2)
  const { stats, ...par } = await ex.execute(block, { systemCalls: false, minParallelGas: 0, minPredictedSpeedup: 0 })
  t.false(stats.sequentialFallback)
  assertSameResult(t, off, par, 'parallel')
  t.false(off.stateDiff.has(BEACON_ROOTS_ADDRESS))
  t.is(off.stateDiff.get(READER)?.storage.get(slot(1)), undefined, 'STATICCALL failed: success flag stays 0')
})

test('EIP-4788 over older ring-buffer entries, a missing root (zero), and the system address with a balance', async (t) => {
  const b = cancunBlock({})
  const ts = b.header.timestamp
  b.account(BEACON_ROOTS_ADDRESS, { nonce: 1n, code: BEACON_ROOTS_CODE, storage: [[ts % 8191n, ts - 8191n * 12n], [(ts % 8191n) + 8191n, 77n], [3n, 4n]] })
  b.account(SYSTEM_ADDRESS, { balance: 123n })
  const block = b.build()
  const r = await runBoth(t, block)
  // The root defaults to 32 zero bytes: the old entry's root slot is cleared, its timestamp replaced.
  t.deepEqual(sorted(r.stateDiff.get(BEACON_ROOTS_ADDRESS)?.storage), [[slot(ts % 8191n), ts], [slot((ts % 8191n) + 8191n), 0n]])
  t.false(r.stateDiff.has(SYSTEM_ADDRESS))
  await checkAllParallel(t, block, r)
})

test('EIP-2935 and EIP-4788 in Prague: the parent hash and root are readable in the block', async (t) => {
  const b = new BlockBuilder('prague', { parentBeaconBlockRoot: ROOT, parentHash: PARENT })
  const history = addr(0xbf)
  b.account(ALICE, { balance: ETHER })
  b.account(BEACON_ROOTS_ADDRESS, { nonce: 1n, code: BEACON_ROOTS_CODE })
  b.account(HISTORY_STORAGE_ADDRESS, { nonce: 1n, code: HISTORY_CODE })
  b.account(READER, { nonce: 1n, code: reader(BEACON_ROOTS_ADDRESS, 'TIMESTAMP') })
  b.account(history, { nonce: 1n, code: reader(HISTORY_STORAGE_ADDRESS, push(1), 'NUMBER', 'SUB') })
  b.tx({ from: ALICE, to: history, gasLimit: 200_000n })
  b.tx({ from: ALICE, to: READER, gasLimit: 200_000n })
  const block = b.build()
  const r = await runBoth(t, block)
  t.deepEqual(sorted(r.stateDiff.get(history)?.storage), [[slot(0), BigInt(PARENT)], [slot(1), 1n]])
  t.is(r.stateDiff.get(READER)?.storage.get(slot(0)), BigInt(ROOT))
  t.deepEqual(sorted(r.stateDiff.get(HISTORY_STORAGE_ADDRESS)?.storage), [[slot((block.header.number - 1n) % 8191n), BigInt(PARENT)]])
  await checkAllParallel(t, block, r)
})

test('before Cancun no call is made, even with code at the address', async (t) => {
  const b = new BlockBuilder('shanghai', { parentBeaconBlockRoot: ROOT })
  b.account(ALICE, { balance: ETHER })
  b.account(BEACON_ROOTS_ADDRESS, { nonce: 1n, code: BEACON_ROOTS_CODE })
  b.tx({ from: ALICE, to: BOB, value: 1n, gasLimit: 21_000n })
  const block = b.build()
  t.false(needsPreBlockCalls(block))
  const r = await runBoth(t, block)
  t.false(r.stateDiff.has(BEACON_ROOTS_ADDRESS))
})

/**
 * Non-canonical code at the address (a devnet may deploy anything): the engines run it,
 * so its writes and the block's own writes to the same account must compose. Called by the
 * system it stores its input at slot 5 and clears slot 7; called by anyone else it puts
 * slot 5 back to its pre-block value 9 and counts in slot 6.
 */
const CUSTOM = asm(
  'CALLER', push(SYSTEM_ADDRESS), 'EQ', ...jumpi('system'),
  push(9), push(5), 'SSTORE', push(6), 'SLOAD', push(1), 'ADD', push(6), 'SSTORE', 'STOP',
  label('system'), push(0), 'CALLDATALOAD', push(5), 'SSTORE', push(0), push(7), 'SSTORE',
)

test('composition: the block writes over what a (custom) system call wrote', async (t) => {
  const b = new BlockBuilder('cancun', { parentBeaconBlockRoot: ROOT })
  b.account(ALICE, { balance: ETHER })
  b.account(BEACON_ROOTS_ADDRESS, { nonce: 1n, code: CUSTOM, storage: { 5: 9n, 7: 3n } })
  b.tx({ from: ALICE, to: BEACON_ROOTS_ADDRESS, gasLimit: 100_000n })
  const block = b.build()
  const seq = await executeSequential(block)
  // Slot 5: root, then 9 again = unchanged; 7 cleared by the call; 6 counted by the tx.
  t.deepEqual(sorted(seq.stateDiff.get(BEACON_ROOTS_ADDRESS)?.storage), [[slot(6), 1n], [slot(7), 0n]])
  const prelude = await preludeBlock(block)
  t.truthy(prelude)
  t.deepEqual(prelude!.block.preState.get(BEACON_ROOTS_ADDRESS)?.storage, new Map([[slot(5), BigInt(ROOT)]]))
  t.is(block.preState.get(BEACON_ROOTS_ADDRESS)?.storage.get(slot(5)), 9n, 'the caller’s pre-state is left alone')
  t.is(await preludeBlock(block), prelude, 'one prelude per block object')
  forgetBlockImage(block)
  t.not(await preludeBlock(block), prelude, 'forgetBlockImage drops the prelude too')
  // The folded block's own diff lists slot 5 (root → 9); composed against the block's pre-state it goes.
  const folded = await executeSequential(prelude!.block, { systemCalls: false })
  t.is(folded.stateDiff.get(BEACON_ROOTS_ADDRESS)?.storage.get(slot(5)), 9n)
  const composed = composePreludeDiff(block.preState, prelude!, folded.stateDiff)
  t.deepEqual(Buffer.from(stateDiffHash(composed)).toString('hex'), Buffer.from(stateDiffHash(seq.stateDiff)).toString('hex'))
  t.deepEqual(sorted(composed.get(BEACON_ROOTS_ADDRESS)?.storage), sorted(seq.stateDiff.get(BEACON_ROOTS_ADDRESS)?.storage))
  await checkAllParallel(t, block, seq)
})

test('a system call that fails changes nothing and the block goes on', async (t) => {
  const b = new BlockBuilder('cancun', { parentBeaconBlockRoot: ROOT })
  b.account(ALICE, { balance: ETHER })
  b.account(BEACON_ROOTS_ADDRESS, { nonce: 1n, code: asm(push(1), push(2), 'SSTORE', push(0), push(0), 'REVERT') })
  b.tx({ from: ALICE, to: BOB, value: 1n, gasLimit: 21_000n })
  const block = b.build()
  const r = await executeSequential(block)
  t.false(r.stateDiff.has(BEACON_ROOTS_ADDRESS))
  t.is(await preludeBlock(block), undefined)
  const { stats: _s, ...par } = await (await pools.get(2)).execute(block, { minParallelGas: 0, minPredictedSpeedup: 0 })
  assertSameResult(t, r, par, 'parallel')
})

test('mainnet block 19934116 (Cancun) with the beacon-roots contract in its pre-state: every engine agrees, the receipts root still matches', async (t) => {
  const block = await loadBlockFile(fileURLToPath(new URL('../../../fixtures/mainnet/19934116.json.gz', import.meta.url)))
  t.false(needsPreBlockCalls(block), 'the fixture lacks the contract (a partial pre-state)')
  block.preState.set(BEACON_ROOTS_ADDRESS, { balance: 0n, nonce: 1n, code: BEACON_ROOTS_CODE, storage: new Map() })
  const r = await runBoth(t, block)
  const ts = block.header.timestamp
  t.deepEqual(sorted(r.stateDiff.get(BEACON_ROOTS_ADDRESS)?.storage), [[slot(ts % 8191n), ts], [slot((ts % 8191n) + 8191n), BigInt(block.header.parentBeaconBlockRoot!)]].sort(([a], [b]) => (a! < b! ? -1 : 1)))
  t.is(Buffer.from(r.receiptsRoot).toString('hex'), block.header.receiptsRoot!.slice(2))
  for (const strategy of ['blockstm', 'dag'] as const) {
    checkParallel(t, block, r, await (await pools.get(2)).execute(block, { strategy, minParallelGas: 0, minPredictedSpeedup: 0 }), `w2/${strategy}`)
  }
})

test('over an LMDB base state with a system contract the parallel engine runs the block sequentially', async (t) => {
  const block = cancunBlock().build()
  const dir = mkdtempSync(join(tmpdir(), 'blockstm-system-calls-'))
  try {
    await importBlockState(block, dir)
    const reference = await executeReference(block)
    const got = await (await pools.get(2)).execute(block, { state: { kind: 'lmdb', dir }, minParallelGas: 0, minPredictedSpeedup: 0 })
    const { stats, ...result } = got
    assertSameResult(t, reference, result, 'parallel over LMDB')
    t.true(stats.sequentialFallback)
    t.regex(stats.fallbackReason ?? '', /system calls/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
