/**
 * Generated blocks: gas accounting rules — SSTORE refunds before and after EIP-3529, blob
 * transactions (EIP-4844/7516), EIP-7702 authorizations, and the EIP-7623 calldata floor.
 */
import test from 'ava'
import { hexToBytes } from '@ethereumjs/util'

import type { Hex } from '../src/types.js'
import { asm, push, sstore } from './helpers/asm.js'
import { BlockBuilder, slot } from './helpers/builder.js'
import { authorize } from './helpers/authorize.js'
import { runBoth } from './helpers/engines.js'
import { ALICE, BOB, BOB_KEY, CAROL, CAROL_KEY, ETHER, GWEI, addr } from './helpers/keys.js'

const CLEARER = addr(0x700)

for (const [hardfork, refund] of [['berlin', 18_009n], ['london', 7_203n]] as const) {
  test(`SSTORE-clear refunds are capped (${hardfork})`, async (t) => {
    const b = new BlockBuilder(hardfork)
    b.account(ALICE, { balance: ETHER })
    b.account(CLEARER, { nonce: 1n, code: asm(sstore(1, 0), sstore(2, 0), sstore(3, 0)), storage: { 1: 1n, 2: 1n, 3: 1n, 4: 5n } })
    // Sets slot 4 away from and back to its original value: the EIP-2200 restore refund.
    const restorer = addr(0x701)
    b.account(restorer, { nonce: 1n, code: asm(sstore(4, 6), sstore(4, 5)), storage: { 4: 5n } })
    b.tx({ from: ALICE, to: CLEARER, gasLimit: 100_000n, type: 0 })
    b.tx({ from: ALICE, to: restorer, gasLimit: 100_000n, type: 0 })
    const r = await runBoth(t, b.build())
    // 21,000 + 3 × (2 PUSH1 + cold SSTORE 5,000) = 36,018 before the refund:
    // berlin refunds 3 × 15,000 capped at 1/2; london 3 × 4,800 capped at 1/5.
    t.is(r.txs[0].gasUsed, 36_018n - refund)
    t.deepEqual(r.stateDiff.get(CLEARER)?.storage, new Map([[slot(1), 0n], [slot(2), 0n], [slot(3), 0n]]))
    t.is(r.txs[1].receipt.status, 1)
    t.false(r.stateDiff.has(restorer))
  })
}

/** EIP-4844 fake_exponential(1, excess, fraction): the blob base fee. */
function blobBaseFee(excess: bigint, fraction: bigint): bigint {
  let i = 1n
  let out = 0n
  let acc = fraction
  while (acc > 0n) {
    out += acc
    acc = (acc * excess) / (fraction * i)
    i++
  }
  return out / fraction
}

for (const [hardfork, fraction] of [['cancun', 3_338_477n], ['prague', 5_007_716n]] as const) {
  test(`blob transactions: BLOBHASH, BLOBBASEFEE and the blob fee (${hardfork})`, async (t) => {
    const probe = addr(0x800)
    const hashes: Hex[] = [`0x01${'11'.repeat(31)}`, `0x01${'22'.repeat(31)}`]
    const excess = 10_000_000n
    const b = new BlockBuilder(hardfork, { excessBlobGas: excess, blobGasUsed: 262_144n })
    b.account(ALICE, { balance: ETHER })
    b.account(probe, {
      nonce: 1n,
      code: asm(push(0), 'BLOBHASH', push(0), 'SSTORE', push(1), 'BLOBHASH', push(1), 'SSTORE', 'BLOBBASEFEE', push(2), 'SSTORE'),
    })
    b.tx({ from: ALICE, to: probe, type: 3, gasLimit: 200_000n, blobVersionedHashes: hashes, maxFeePerBlobGas: 1_000n })
    b.tx({ from: ALICE, to: BOB, type: 3, gasLimit: 21_000n, value: 1n, maxFeePerBlobGas: 1_000n })
    const r = await runBoth(t, b.build())
    const price = blobBaseFee(excess, fraction)
    t.true(price > 1n)
    t.deepEqual(r.stateDiff.get(probe)?.storage, new Map([
      [slot(0), BigInt(hashes[0])], [slot(1), BigInt(hashes[1])], [slot(2), price],
    ]))
    t.is(r.txs[0].receipt.type, 3)
    const gasCost = (r.txs[0].gasUsed + r.txs[1].gasUsed) * 2n * GWEI // base fee 1 gwei + tip 1 gwei
    const blobCost = 3n * 131_072n * price
    t.is(r.stateDiff.get(ALICE)?.balance, ETHER - gasCost - blobCost - 1n)
  })
}


test('EIP-7702 authorizations: delegate, self-sponsor, skip the invalid, call through', async (t) => {
  const impl = addr(0x900)
  // Delegated code: remembers its caller at slot 0 and counts calls at slot 1.
  const implCode = asm('CALLER', push(0), 'SSTORE', push(1), 'SLOAD', push(1), 'ADD', push(1), 'SSTORE')
  const b = new BlockBuilder('prague')
  b.account(ALICE, { balance: ETHER })
  b.account(BOB, { balance: ETHER, nonce: 2n })
  b.account(CAROL, { balance: 5n, nonce: 7n })
  b.account(impl, { nonce: 1n, code: implCode })
  // tx0: ALICE delegates CAROL to impl (CAROL signs) and calls CAROL; an authorization with the
  // wrong nonce (BOB's) is skipped, one for another chain too.
  b.tx({
    from: ALICE,
    to: CAROL,
    type: 4,
    gasLimit: 200_000n,
    authorizationList: [
      authorize(CAROL_KEY, 1n, impl, 7n),
      authorize(BOB_KEY, 1n, impl, 99n),
      authorize(BOB_KEY, 5n, impl, 2n),
    ],
  })
  // tx1: BOB sponsors himself: his authorization carries his nonce after the tx's own bump.
  b.tx({ from: BOB, to: BOB, type: 4, gasLimit: 200_000n, authorizationList: [authorize(BOB_KEY, 0n, impl, 3n)] })
  // tx2: a plain call into a delegated account runs impl in its context.
  b.tx({ from: ALICE, to: CAROL, gasLimit: 100_000n })
  const r = await runBoth(t, b.build())
  t.true(r.txs.every((x) => x.receipt.status === 1))
  const designator = Uint8Array.from([0xef, 0x01, 0x00, ...hexToBytes(impl)])
  t.deepEqual(r.stateDiff.get(CAROL), {
    nonce: 8n,
    code: designator,
    storage: new Map([[slot(0), BigInt(ALICE)], [slot(1), 2n]]),
  })
  const bob = r.stateDiff.get(BOB)!
  t.is(bob.nonce, 4n)
  t.deepEqual(bob.code, designator)
  t.deepEqual(bob.storage, new Map([[slot(0), BigInt(BOB)], [slot(1), 1n]]))
})

for (const hardfork of ['cancun', 'prague']) {
  test(`EIP-7623 calldata floor (${hardfork})`, async (t) => {
    const b = new BlockBuilder(hardfork)
    b.account(ALICE, { balance: ETHER })
    b.account(BOB, {})
    const data = new Uint8Array(4000).fill(1)
    b.tx({ from: ALICE, to: BOB, data, gasLimit: 200_000n })
    // Much zero calldata and real work: above the floor, the floor does not apply.
    const worker = addr(0xa00)
    b.account(worker, { nonce: 1n, code: asm(sstore(1, 1), sstore(2, 2), sstore(3, 3)) })
    b.tx({ from: ALICE, to: worker, data: new Uint8Array(1000), gasLimit: 200_000n })
    const r = await runBoth(t, b.build())
    // 4,000 non-zero bytes = 16,000 tokens: standard cost 21,000 + 16 × 4,000; floor 21,000 + 10 × 16,000.
    t.is(r.txs[0].gasUsed, hardfork === 'prague' ? 181_000n : 85_000n)
    t.is(r.txs[1].gasUsed, 21_000n + 4n * 1000n + 3n * (6n + 22_100n))
  })
}
