/**
 * Plain value transfers: the journal-free path of processTx (directTransfer) and the cases it
 * hands to the EVM (zero value, zero fee, self-transfer, recipients with code, precompiles).
 * Every block runs on the oracle, the sequential engine and the parallel engine; all must agree.
 */
import test from 'ava'

import { executeParallel } from '../src/parallel/engine.js'
import { asm, sstore } from './helpers/asm.js'
import { BlockBuilder, isAtLeast } from './helpers/builder.js'
import { assertSameResult } from './helpers/compare.js'
import { expectInvalidBoth, runBoth } from './helpers/engines.js'
import { ALICE, BOB, CAROL, COINBASE, ETHER, GWEI, addr } from './helpers/keys.js'
import type { BlockInput, BlockResult } from '../src/types.js'

const STORE = addr(0xa00)
const IDENTITY = addr(0x4)
const EMPTY_ONE = addr(0xa01)
const DAVE = addr(0xa02)

async function runAll(t: Parameters<typeof runBoth>[0], block: BlockInput): Promise<BlockResult> {
  const reference = await runBoth(t, block)
  const { stats, ...parallel } = await executeParallel(block, { workers: 2, minParallelTxs: 0, minParallelGas: 0, minPredictedSpeedup: 0 })
  t.false(stats.sequentialFallback)
  assertSameResult(t, reference, parallel, 'parallel')
  return reference
}

for (const hardfork of ['spuriousDragon', 'berlin', 'london', 'cancun', 'prague']) {
  test(`plain transfers and their edges (${hardfork})`, async (t) => {
    const london = isAtLeast(hardfork, 'london')
    const typed = isAtLeast(hardfork, 'berlin') ? 1 : 0
    const b = new BlockBuilder(hardfork)
    b.account(ALICE, { balance: ETHER })
    b.account(COINBASE, { balance: ETHER })
    b.account(CAROL, { balance: ETHER })
    b.account(STORE, { nonce: 1n, code: asm(sstore(1, 1)) })
    b.account(EMPTY_ONE, {})
    b.tx({ from: ALICE, to: BOB, value: 3n, gasLimit: 21_000n }) // to a new account
    b.tx({ from: ALICE, to: COINBASE, value: 5n, gasLimit: 30_000n }) // to the beneficiary
    b.tx({ from: COINBASE, to: CAROL, value: 7n, gasLimit: 21_000n }) // from the beneficiary
    b.tx({ from: CAROL, to: CAROL, value: 11n, gasLimit: 21_000n }) // self-transfer
    b.tx({ from: CAROL, to: EMPTY_ONE, value: 0n, gasLimit: 21_000n }) // zero value touches an empty account
    b.tx({ from: ALICE, to: STORE, value: 13n, gasLimit: 60_000n }) // a recipient with code
    b.tx({ from: ALICE, to: IDENTITY, value: 17n, gasLimit: 30_000n }) // a precompile
    // Zero fee: no tip after London, gas price 0 before it. The beneficiary is then only touched.
    if (london) b.tx({ from: CAROL, to: BOB, value: 19n, gasLimit: 21_000n, maxPriorityFeePerGas: 0n, maxFeePerGas: GWEI })
    else b.tx({ from: CAROL, to: BOB, value: 19n, gasLimit: 21_000n, gasPrice: 0n })
    if (typed) b.tx({ from: ALICE, to: BOB, value: 23n, gasLimit: 30_000n, type: 1, accessList: [{ address: STORE, storageKeys: [`0x${'00'.repeat(31)}01`] }] })
    // Dave spends all he has: the value and the gas limit at his fee cap.
    const cap = london ? 3n * GWEI : 2n * GWEI
    b.account(DAVE, { balance: 21_000n * cap + 29n })
    b.tx({ from: DAVE, to: ALICE, value: 29n, gasLimit: 21_000n })
    const r = await runAll(t, b.build())
    t.true(r.txs.every((x) => x.error === undefined && x.receipt.status !== 0), 'every transfer succeeds')
  })
}

test('plain transfers that are invalid name the transaction, in every engine', async (t) => {
  const poor = (): BlockBuilder => {
    const b = new BlockBuilder('cancun')
    b.account(ALICE, { balance: ETHER })
    b.account(DAVE, { balance: 21_000n * 3n * GWEI + 5n })
    b.tx({ from: ALICE, to: BOB, value: 1n, gasLimit: 21_000n })
    return b
  }
  const broke = poor()
  broke.tx({ from: DAVE, to: BOB, value: 6n, gasLimit: 21_000n })
  await expectInvalidBoth(t, broke.build(), 1, 'INSUFFICIENT_FUNDS')
  const err = await t.throwsAsync(executeParallel(broke.build(), { workers: 2, minParallelGas: 0 }))
  t.regex(err?.message ?? '', /transaction 1\b/)
  const skipped = poor()
  skipped.tx({ from: DAVE, to: BOB, value: 1n, gasLimit: 21_000n, nonce: 1n })
  await expectInvalidBoth(t, skipped.build(), 1, 'NONCE_TOO_HIGH')
})
