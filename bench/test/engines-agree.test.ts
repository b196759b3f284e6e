/**
 * Every workload, small, on both engines: identical results, no failed
 * transaction, and the gas model's prediction equal to the gas used (which is
 * what makes the generated blocks hit their gas target).
 */
import test from 'ava'

import { executeSequential, parseBlockJson } from '@blockstm/executor'
import { executeReference } from '@blockstm/executor/reference'

import { fingerprint } from '../src/harness/verify.js'
import { generateWorkloadDetailed, WORKLOAD_NAMES } from '../src/workloads/index.js'

for (const w of WORKLOAD_NAMES) {
  test(`${w}: reference and sequential agree; gas is as predicted`, async (t) => {
    // 60 accounts: hot accounts repeat and the chains wrap around, exercising nonces and refilled balances.
    const g = generateWorkloadDetailed(w, { numEoa: 60, hotRatio: 0.3, scale: 0.004, seed: 5 })
    const block = parseBlockJson(g.fixture)
    const [ref, seq] = [await executeReference(block), await executeSequential(block)]
    const a = fingerprint(ref)
    t.deepEqual(fingerprint(seq), a)
    t.is(a.failedTxs, 0)
    t.is(ref.gasUsed, g.predictedGas)
    // Per transaction too: the model, not just the sum.
    const predicted = g.fixture.block.transactions.map((tx) => (tx.input === '0x' ? BigInt(tx.gas) : (BigInt(tx.gas) * 2n) / 3n))
    ref.txs.forEach((r, i) => t.true(r.gasUsed - predicted[i] <= 1n && predicted[i] - r.gasUsed <= 1n, `tx ${i}`))
  })
}
