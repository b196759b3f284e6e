/**
 * Generated blocks, basic execution: reverts with data, out of gas, logs, one sender with many
 * nonces, the coinbase's balance read mid-block, access lists, EIP-161 touched empty accounts.
 * Each runs on the oracle and (once exported) the sequential engine; results must be identical.
 */
import test from 'ava'

import { asm, call, jump, label, push, sstore } from './helpers/asm.js'
import { BlockBuilder, slot } from './helpers/builder.js'
import { runBoth } from './helpers/engines.js'
import { ALICE, BOB, CAROL, COINBASE, ETHER, GWEI, addr } from './helpers/keys.js'

const REVERTER = addr(0x100)
const CALLER_C = addr(0x101)
const LOOP = addr(0x200)
const FRESH_STORE = addr(0x201)
const COUNTER = addr(0x300)
const LOGGER = addr(0x301)

// Stores 1 at slot 0, emits a log, then REVERTs with the 4 bytes 0xdeadbeef: none of it must stick.
const revertCode = asm(sstore(0, 1), push(0), push(0), 'LOG0', push(0xdeadbeef), push(0), 'MSTORE', push(4), push(28), 'REVERT')
// Calls REVERTER and keeps what it saw: RETURNDATASIZE at slot 0, the success flag at slot 1.
const callerCode = asm(call(REVERTER), push(1), 'SSTORE', 'RETURNDATASIZE', push(0), 'SSTORE')
// Emits LOG2(topics 0xaa, 0xbb) with 32 bytes of data (the caller's address).
const loggerCode = asm('CALLER', push(0), 'MSTORE', push(0xbb), push(0xaa), push(32), push(0), 'LOG2')

test('revert with data: state and logs undone, caller sees the return data', async (t) => {
  const b = new BlockBuilder('cancun')
  b.account(ALICE, { balance: ETHER })
  b.account(REVERTER, { nonce: 1n, code: revertCode })
  b.account(CALLER_C, { nonce: 1n, code: callerCode })
  b.account(LOGGER, { nonce: 1n, code: loggerCode })
  b.tx({ from: ALICE, to: REVERTER, gasLimit: 100_000n })
  b.tx({ from: ALICE, to: CALLER_C, gasLimit: 150_000n })
  b.tx({ from: ALICE, to: LOGGER, gasLimit: 100_000n })
  const r = await runBoth(t, b.build())
  t.is(r.txs[0].receipt.status, 0)
  t.is(r.txs[0].error, 'revert')
  t.true(r.txs[0].gasUsed < 100_000n, 'REVERT returns unused gas')
  t.deepEqual(r.txs[0].receipt.logs, [])
  t.is(r.txs[1].receipt.status, 1)
  t.false(r.stateDiff.has(REVERTER))
  t.deepEqual(r.stateDiff.get(CALLER_C)?.storage, new Map([[slot(0), 4n]]), 'RETURNDATASIZE 4, success flag 0 (unchanged)')
  t.deepEqual(r.txs[2].receipt.logs, [
    { address: LOGGER, topics: [slot(0xaa), slot(0xbb)], data: slot(ALICE) },
  ])
  t.is(r.txs[2].receipt.cumulativeGasUsed, r.gasUsed)
})

test('out of gas: all gas consumed, nothing stored', async (t) => {
  const b = new BlockBuilder('cancun')
  b.account(ALICE, { balance: ETHER })
  b.account(LOOP, { nonce: 1n, code: asm(label('top'), jump('top')) })
  b.account(FRESH_STORE, { nonce: 1n, code: asm(sstore(1, 1)) })
  b.tx({ from: ALICE, to: LOOP, gasLimit: 60_000n })
  // A fresh SSTORE needs 22,100 gas; give it 10,000 beyond the intrinsic 21,000.
  b.tx({ from: ALICE, to: FRESH_STORE, gasLimit: 31_000n })
  const r = await runBoth(t, b.build())
  t.is(r.txs[0].receipt.status, 0)
  t.is(r.txs[0].gasUsed, 60_000n)
  t.is(r.txs[0].error, 'out of gas')
  t.is(r.txs[1].receipt.status, 0)
  t.is(r.txs[1].gasUsed, 31_000n)
  t.false(r.stateDiff.has(FRESH_STORE))
  t.is(r.gasUsed, 91_000n)
})

test('one sender, many nonces: transfers and calls interleaved', async (t) => {
  const b = new BlockBuilder('shanghai')
  b.account(ALICE, { balance: ETHER, nonce: 3n })
  b.account(COUNTER, { nonce: 1n, code: asm(push(0), 'SLOAD', push(1), 'ADD', push(0), 'SSTORE') })
  for (let i = 0; i < 20; i++) {
    if (i % 2 === 0) b.tx({ from: ALICE, to: BOB, value: 1n, gasLimit: 21_000n })
    else b.tx({ from: ALICE, to: COUNTER, gasLimit: 60_000n })
  }
  const r = await runBoth(t, b.build())
  t.is(r.txs.length, 20)
  t.is(r.stateDiff.get(ALICE)?.nonce, 23n)
  t.is(r.stateDiff.get(BOB)?.balance, 10n)
  t.deepEqual(r.stateDiff.get(COUNTER)?.storage, new Map([[slot(0), 10n]]))
})

// Records BALANCE(COINBASE) at slot k (k counted at slot 0xff, so each call uses the next slot).
const probeCode = asm(
  push(0xff), 'SLOAD', 'DUP1', push(1), 'ADD', push(0xff), 'SSTORE',
  'COINBASE', 'BALANCE', 'SWAP1', 'SSTORE',
)
// The same, when the probe *is* the coinbase: SELFBALANCE.
const selfProbeCode = asm(
  push(0xff), 'SLOAD', 'DUP1', push(1), 'ADD', push(0xff), 'SSTORE',
  'SELFBALANCE', 'SWAP1', 'SSTORE',
)

for (const hardfork of ['berlin', 'london', 'cancun']) {
  test(`coinbase balance read mid-block sees earlier fees (${hardfork})`, async (t) => {
    const probe = addr(0x400)
    const b = new BlockBuilder(hardfork)
    b.account(probe, { nonce: 1n, code: probeCode })
    b.account(COINBASE, { balance: 5n })
    for (const from of [ALICE, BOB, CAROL]) {
      b.account(from, { balance: ETHER })
      b.tx({ from, to: probe, gasLimit: 100_000n })
    }
    const r = await runBoth(t, b.build())
    const storage = r.stateDiff.get(probe)!.storage
    t.is(storage.get(slot(0)), 5n)
    t.is(storage.get(slot(1)), 5n + r.txs[0].beneficiaryFee)
    t.is(storage.get(slot(2)), 5n + r.txs[0].beneficiaryFee + r.txs[1].beneficiaryFee)
    t.is(r.stateDiff.get(COINBASE)?.balance, 5n + r.txs.reduce((s, x) => s + x.beneficiaryFee, 0n))
    if (hardfork === 'berlin') t.is(r.txs[0].beneficiaryFee, r.txs[0].gasUsed * 2n * GWEI)
    else t.is(r.txs[0].beneficiaryFee, r.txs[0].gasUsed * GWEI, 'priority fee only')
  })
}

test('the coinbase is a contract reading SELFBALANCE', async (t) => {
  const b = new BlockBuilder('cancun')
  b.account(COINBASE, { nonce: 1n, balance: 7n, code: selfProbeCode })
  b.account(ALICE, { balance: ETHER })
  b.account(BOB, { balance: ETHER })
  b.tx({ from: ALICE, to: COINBASE, gasLimit: 100_000n, value: 100n })
  b.tx({ from: BOB, to: COINBASE, gasLimit: 100_000n })
  const r = await runBoth(t, b.build())
  const storage = r.stateDiff.get(COINBASE)!.storage
  t.is(storage.get(slot(0)), 107n, 'value arrives before the fee')
  t.is(storage.get(slot(1)), 107n + r.txs[0].beneficiaryFee)
})

test('access lists (type 1, berlin): pre-warmed slot and address', async (t) => {
  const reader = addr(0x500)
  const other = addr(0x501)
  const code = asm(push(1), 'SLOAD', 'POP', push(2), 'SLOAD', 'POP', push(other), 'BALANCE', 'POP')
  const b = new BlockBuilder('berlin')
  b.account(ALICE, { balance: ETHER })
  b.account(reader, { nonce: 1n, code, storage: { 1: 10n, 2: 20n } })
  b.account(other, { balance: 1n })
  b.tx({ from: ALICE, to: reader, type: 1, gasLimit: 100_000n })
  b.tx({
    from: ALICE,
    to: reader,
    type: 1,
    gasLimit: 100_000n,
    accessList: [
      { address: reader, storageKeys: [slot(1)] },
      { address: other, storageKeys: [] },
    ],
  })
  const r = await runBoth(t, b.build())
  // + 2 × 2,400 (addresses) + 1,900 (key) − 2,000 (warm SLOAD) − 2,500 (warm BALANCE)
  t.is(r.txs[1].gasUsed - r.txs[0].gasUsed, 2_200n)
  t.is(r.txs[1].receipt.type, 1)
})

test('access lists on a type 2 transaction (london)', async (t) => {
  const reader = addr(0x500)
  const b = new BlockBuilder('london')
  b.account(ALICE, { balance: ETHER })
  b.account(reader, { nonce: 1n, code: asm(push(1), 'SLOAD', push(3), 'SSTORE'), storage: { 1: 10n } })
  b.tx({ from: ALICE, to: reader, gasLimit: 100_000n, accessList: [{ address: reader, storageKeys: [slot(1), slot(3)] }] })
  const r = await runBoth(t, b.build())
  t.is(r.txs[0].receipt.status, 1)
  t.deepEqual(r.stateDiff.get(reader)?.storage, new Map([[slot(3), 10n]]))
})

for (const hardfork of ['tangerineWhistle', 'spuriousDragon', 'london']) {
  test(`EIP-161: a zero-value call to an empty account (${hardfork})`, async (t) => {
    const empty = addr(0xe0)
    const ghost = addr(0xe1) // does not exist before
    const toucher = addr(0x600)
    const b = new BlockBuilder(hardfork)
    b.account(ALICE, { balance: ETHER })
    b.account(empty, {})
    b.account(toucher, { nonce: 1n, code: asm(call(empty), push(0), 'SSTORE', call(ghost), 'POP') })
    b.tx({ from: ALICE, to: toucher, gasLimit: 100_000n, type: 0 })
    const r = await runBoth(t, b.build())
    t.is(r.txs[0].receipt.status, hardfork === 'london' ? 1 : undefined, 'status exists from Byzantium on')
    if (hardfork === 'tangerineWhistle') {
      t.false(r.stateDiff.has(empty), 'before EIP-161 it stays')
      t.deepEqual(r.stateDiff.get(ghost), { storage: new Map() }, 'before EIP-161 a call creates an empty account')
    } else {
      t.deepEqual(r.stateDiff.get(empty), { deleted: true, storage: new Map() })
      t.false(r.stateDiff.has(ghost))
    }
    t.is(r.stateDiff.get(toucher)?.storage.get(slot(0)), 1n)
  })
}
