/**
 * The oracle against the sequential engine on real blocks, in full (receipts, fees, the complete
 * state diff) — including the Prague block 22546209, whose header has no receipts root to check.
 */
import test from 'ava'

import { executeReference } from '../src/reference/index.js'
import { assertSameResult, firstDifference } from './helpers/compare.js'
import { sequentialEngine } from './helpers/engines.js'
import { loadMainnetBlock } from './helpers/fixtures.js'

for (const number of [2179522, 19934116, 22546209]) {
  test(`reference and sequential agree on mainnet block ${number}`, async (t) => {
    const engine = await sequentialEngine()
    if (engine === undefined) return t.pass('executeSequential is not exported yet')
    const block = loadMainnetBlock(number)
    assertSameResult(t, await executeReference(block), await engine(block), 'sequential')
  })
}

test('the comparison names the first difference', async (t) => {
  const block = loadMainnetBlock(46147)
  const a = await executeReference(block)
  const b = await executeReference(block)
  t.is(firstDifference(a, b), undefined)
  b.txs[0].receipt.logs = [{ address: '0x00', topics: [], data: '0x' }]
  t.regex(firstDifference(a, b) ?? '', /^txs\[0\]\.receipt\.logs\.length: 0 vs 1/)
  const [addr, diff] = [...b.stateDiff][0]
  b.stateDiff.set(addr, { ...diff, balance: (diff.balance ?? 0n) + 1n })
  b.txs[0].receipt.logs = []
  t.regex(firstDifference(a, b) ?? '', new RegExp(`^stateDiff\\[${addr}\\]\\.balance`))
})

test('the sequential engine is exported (the generated comparisons are live)', async (t) => {
  t.not(await sequentialEngine(), undefined)
})
